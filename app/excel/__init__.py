"""Excel workbooks in and out (openpyxl to write, python-calamine to read fast). No Qt."""
