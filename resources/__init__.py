"""Data shipped with the program: built-in frameworks, translations."""
