"""Vietnamese for Qt's own strings that the program shows (Qt ships no Vietnamese catalogue).

Context → {Qt's English source text: Vietnamese}. tools/update_translations.py writes these into
resources/translations/qt_vi.ts and compiles qt_vi.qm, which app/ui/i18n.py installs when the interface
is Vietnamese. The sources are Qt's own (qtbase: QPlatformTheme, QFileDialog, QFileSystemModel,
QPrintDialog and its .ui widgets, QPrintPreviewDialog, QPageSetupWidget, QLineEdit, QWidgetTextControl,
QUndoStack/QUndoGroup, QAbstractSpinBox, …); a source Qt no longer uses is simply never asked for.
Key names in shortcuts (Ctrl, Shift, Alt) stay as printed on the keyboard.
"""

from __future__ import annotations

_BUTTONS = {  # QPlatformTheme::defaultStandardButtonText: QMessageBox and QDialogButtonBox standard buttons
    "OK": "Đồng ý", "Save": "Lưu", "Save All": "Lưu tất cả", "Open": "Mở", "&Yes": "&Có", "Yes to &All": "Có với &tất cả",
    "&No": "&Không", "N&o to All": "K&hông với tất cả", "Abort": "Dừng hẳn", "Retry": "Thử lại", "Ignore": "Bỏ qua",
    "Close": "Đóng", "Cancel": "Hủy", "Discard": "Không lưu", "Help": "Trợ giúp", "Apply": "Áp dụng", "Reset": "Đặt lại",
    "Restore Defaults": "Khôi phục mặc định", "Don't Save": "Không lưu", "Close without Saving": "Đóng, không lưu",
}

_EDIT_MENU = {  # the context menu of line edits and text fields
    "&Undo": "&Hoàn tác", "&Redo": "&Làm lại", "Cu&t": "&Cắt", "&Copy": "&Sao chép", "&Paste": "&Dán",
    "Delete": "Xóa", "Select All": "Chọn tất cả", "Copy &Link Location": "Sao chép địa chỉ &liên kết",
}

_ICON_PROVIDER = {
    "Drive": "Ổ đĩa", "File Folder": "Thư mục", "Folder": "Thư mục", "Alias": "Lối tắt", "Shortcut": "Lối tắt",
    "%1 File": "Tệp %1", "File": "Tệp", "Directory": "Thư mục", "Unknown": "Không rõ",
}

_FILE_MODEL = {
    "Name": "Tên", "Size": "Kích thước", "Type": "Loại", "Kind": "Loại", "Date Modified": "Ngày sửa",
    "%1 TB": "%1 TB", "%1 GB": "%1 GB", "%1 MB": "%1 MB", "%1 KB": "%1 KB", "%1 bytes": "%1 byte",
    "%1 byte(s)": "%1 byte", "Computer": "Máy tính", "My Computer": "Máy tính", "Invalid filename": "Tên tệp không hợp lệ",
    '<b>The name "%1" cannot be used.</b><p>Try using another name, with fewer characters or no punctuation marks.':
        '<b>Không dùng được tên "%1".</b><p>Hãy đặt tên khác, ngắn hơn hoặc không có dấu câu.',
    '<b>The name "%1" can not be used.</b><p>Try using another name, with fewer characters or no punctuations marks.':
        '<b>Không dùng được tên "%1".</b><p>Hãy đặt tên khác, ngắn hơn hoặc không có dấu câu.',
}

_FILE_DIALOG = {
    **_ICON_PROVIDER,
    "Look in:": "Tìm trong:", "&Look in:": "&Tìm trong:", "File &name:": "&Tên tệp:", "File name:": "Tên tệp:",
    "Files of type:": "Loại tệp:", "Files of &type:": "&Loại tệp:", "Directory:": "Thư mục:", "Directories": "Thư mục",
    "Files": "Tệp", "Back": "Quay lại", "Forward": "Tiến tới", "Parent Directory": "Thư mục cha",
    "Create New Folder": "Tạo thư mục mới", "List View": "Xem dạng danh sách", "Detail View": "Xem chi tiết",
    "Save As": "Lưu thành", "Open": "Mở", "&Open": "&Mở", "&Save": "&Lưu", "&Choose": "&Chọn",
    "Find Directory": "Chọn thư mục", "New Folder": "Thư mục mới", "&New Folder": "Thư mục &mới",
    "&Rename": "Đổi &tên", "&Delete": "&Xóa", "Delete": "Xóa", "Remove": "Bỏ khỏi danh sách",
    "Show &hidden files": "Hiện tệp &ẩn", "Show ": "Hiện ", "My Computer": "Máy tính", "Computer": "Máy tính",
    "Recent Places": "Nơi dùng gần đây", "Sidebar": "Thanh bên", "List of places and bookmarks": "Các nơi hay dùng",
    "Go back": "Quay lại", "Go forward": "Tiến tới", "Go to the parent directory": "Lên thư mục cha",
    "Create a New Folder": "Tạo thư mục mới", "Change to list view mode": "Xem dạng danh sách",
    "Change to detail view mode": "Xem chi tiết", "All Files (*)": "Mọi tệp (*)", "All files (*)": "Mọi tệp (*)",
    "%1 already exists.\nDo you want to replace it?": "Tệp %1 đã có.\nGhi đè lên tệp đó?",
    "%1\nFile not found.\nPlease verify the correct file name was given.":
        "%1\nKhông tìm thấy tệp.\nHãy kiểm tra lại tên tệp.",
    "%1\nDirectory not found.\nPlease verify the correct directory name was given.":
        "%1\nKhông tìm thấy thư mục.\nHãy kiểm tra lại tên thư mục.",
    "'%1' is write protected.\nDo you want to delete it anyway?": "'%1' đang được bảo vệ chống ghi.\nVẫn xóa?",
    "Are you sure you want to delete '%1'?": "Xóa '%1'?", "Could not delete directory.": "Không xóa được thư mục.",
    "Alt+Left": "Alt+Left", "Alt+Right": "Alt+Right", "Alt+Up": "Alt+Up",
}

_PRINT_DIALOG = {
    "Print": "In", "&Print": "&In", "OK": "Đồng ý", "&Options >>": "&Tùy chọn >>", "&Options <<": "&Tùy chọn <<",
    "Print To File ...": "In ra tệp…", "Print to File (PDF)": "In ra tệp (PDF)", "Local file": "Tệp trên máy",
    "Write PDF file": "Ghi tệp PDF", "Automatic": "Tự động", "All Pages": "Mọi trang", "Odd Pages": "Trang lẻ",
    "Even Pages": "Trang chẵn", "1 (1x1)": "1 (1x1)", "2 (2x1)": "2 (2x1)", "4 (2x2)": "4 (2x2)", "6 (2x3)": "6 (2x3)",
    "9 (3x3)": "9 (3x3)", "16 (4x4)": "16 (4x4)",
    "Left to Right, Top to Bottom": "Trái sang phải, trên xuống dưới",
    "Left to Right, Bottom to Top": "Trái sang phải, dưới lên trên",
    "Right to Left, Bottom to Top": "Phải sang trái, dưới lên trên",
    "Right to Left, Top to Bottom": "Phải sang trái, trên xuống dưới",
    "Bottom to Top, Left to Right": "Dưới lên trên, trái sang phải",
    "Bottom to Top, Right to Left": "Dưới lên trên, phải sang trái",
    "Top to Bottom, Left to Right": "Trên xuống dưới, trái sang phải",
    "Top to Bottom, Right to Left": "Trên xuống dưới, phải sang trái",
    "%1 already exists.\nDo you want to overwrite it?": "Tệp %1 đã có.\nGhi đè lên tệp đó?",
    "%1 is a directory.\nPlease choose a different file name.": "%1 là một thư mục.\nHãy chọn tên tệp khác.",
    "File %1 is not writable.\nPlease choose a different file name.":
        "Không ghi được vào tệp %1.\nHãy chọn tên tệp khác.",
    "The 'From' value cannot be greater than the 'To' value.": "Trang 'Từ' không được lớn hơn trang 'Đến'.",
    "Invalid Pages Definition": "Danh sách trang không hợp lệ",
    "%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and "
    "make sure ranges do not intersect with each other.":
        "%1 không đúng cách ghi. Hãy dùng ',' để ngăn cách các trang và khoảng trang, '-' để ghi một khoảng, "
        "và các khoảng không được chồng lên nhau.",
    "Duplex Settings Conflicts": "Thiết lập in hai mặt mâu thuẫn",
    "There are conflicts in duplex settings. Do you want to fix them?":
        "Thiết lập in hai mặt có chỗ mâu thuẫn. Sửa lại?",
    "Options 'Pages Per Sheet' and 'Page Set' cannot be used together.\nPlease turn one of those options off.":
        "Không dùng cùng lúc 'Số trang mỗi tờ' và 'Nhóm trang'.\nHãy tắt một trong hai.",
}

_PRINT_WIDGET = {
    "Form": "Biểu mẫu", "Printer": "Máy in", "&Name:": "&Tên:", "P&roperties": "&Thuộc tính",
    "Location:": "Vị trí:", "Preview": "Xem trước", "Type:": "Loại:", "Output &file:": "&Tệp kết quả:", "...": "…",
}

_PRINT_OUTPUT = {
    "Form": "Biểu mẫu", "Copies": "Số bản", "Print range": "Phạm vi in", "Print all": "In tất cả",
    "Pages from": "Các trang từ", "to": "đến", "Pages": "Các trang", "Current Page": "Trang hiện tại",
    "Selection": "Phần đã chọn", "Output Settings": "Thiết lập bản in", "Copies:": "Số bản:", "Collate": "In theo bộ",
    "Reverse": "In ngược thứ tự", "Options": "Tùy chọn", "Color Mode": "Chế độ màu", "Color": "Màu",
    "Grayscale": "Thang xám", "Duplex Printing": "In hai mặt", "Double Sided Printing": "In hai mặt",
    "None": "Không", "Off": "Tắt", "Long side": "Lật theo cạnh dài", "Long side binding": "Lật theo cạnh dài",
    "Short side": "Lật theo cạnh ngắn", "Short side binding": "Lật theo cạnh ngắn", "Page Set:": "Nhóm trang:",
    "Page &Set:": "&Nhóm trang:",
    "Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. "
    "E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.":
        "Ghi các trang hoặc khoảng trang, ngăn cách bằng dấu phẩy; một khoảng là hai số nối bằng gạch ngang. "
        "Ví dụ: 3,5-7,9 in các trang 3, 5, 6, 7 và 9.",
}

_PAGE_SETUP = {
    "Form": "Biểu mẫu", "Paper": "Giấy", "Page size:": "Khổ giấy:", "Width:": "Rộng:", "Height:": "Cao:",
    "Paper source:": "Khay giấy:", "Orientation": "Hướng giấy", "Portrait": "Dọc", "Landscape": "Ngang",
    "Reverse landscape": "Ngang, lật ngược", "Reverse portrait": "Dọc, lật ngược", "Margins": "Lề",
    "top margin": "lề trên", "left margin": "lề trái", "right margin": "lề phải", "bottom margin": "lề dưới",
    "Page Layout": "Bố cục trang", "Page order:": "Thứ tự trang:", "Page &order:": "&Thứ tự trang:",
    "Pages per sheet:": "Số trang mỗi tờ:", "Pages &per sheet:": "Số trang &mỗi tờ:", "Custom": "Tùy chỉnh",
    "Millimeters (mm)": "Milimét (mm)", "Inches (in)": "Inch (in)", "Points (pt)": "Điểm (pt)",
    "Pica (P̸)": "Pica (P̸)", "Didot (DD)": "Didot (DD)", "Cicero (CC)": "Cicero (CC)",
    "mm": "mm", "in": "in", "pt": "pt", "P̸": "P̸", "DD": "DD", "CC": "CC",
}

_PREVIEW = {
    "Page Setup": "Thiết lập trang", "Page setup": "Thiết lập trang", "Print Preview": "Xem trước khi in",
    "Next page": "Trang sau", "Previous page": "Trang trước", "First page": "Trang đầu", "Last page": "Trang cuối",
    "Fit width": "Vừa chiều rộng", "Fit page": "Vừa trang", "Zoom in": "Phóng to", "Zoom out": "Thu nhỏ",
    "Portrait": "Dọc", "Landscape": "Ngang", "Show single page": "Xem từng trang",
    "Show facing pages": "Xem hai trang cạnh nhau", "Show overview of all pages": "Xem tất cả các trang",
    "Print": "In", "Export to PDF": "Xuất PDF", "%1%": "%1%", "Close": "Đóng",
}

_PROPERTIES = {
    "Printer Properties": "Thuộc tính máy in", "Job Options": "Tùy chọn lệnh in",
    "Page Setup Conflicts": "Thiết lập trang mâu thuẫn", "Advanced Option Conflicts": "Tùy chọn nâng cao mâu thuẫn",
    "There are conflicts in page setup options. Do you want to fix them?":
        "Thiết lập trang có chỗ mâu thuẫn. Sửa lại?",
    "There are conflicts in some advanced options. Do you want to fix them?":
        "Một số tùy chọn nâng cao mâu thuẫn. Sửa lại?",
    "Custom value for %1": "Giá trị riêng cho %1",
}

_CUPS_JOB = {
    "Job": "Lệnh in", "Job Control": "Điều khiển lệnh in", "Scheduled printing:": "Hẹn giờ in:",
    "Scheduled &printing:": "&Hẹn giờ in:", "Billing information:": "Thông tin thanh toán:",
    "&Billing information:": "Thông tin &thanh toán:", "Job priority:": "Độ ưu tiên:", "Job &priority:": "Độ &ưu tiên:",
    "Banner Pages": "Trang bìa", "Start:": "Đầu:", "&Start:": "&Đầu:", "End:": "Cuối:", "&End:": "&Cuối:",
    "Print Immediately": "In ngay", "Hold Indefinitely": "Giữ lại, chưa in", "Day (06:00 to 17:59)": "Ban ngày (06:00 đến 17:59)",
    "Night (18:00 to 05:59)": "Ban đêm (18:00 đến 05:59)", "Second Shift (16:00 to 23:59)": "Ca hai (16:00 đến 23:59)",
    "Third Shift (00:00 to 07:59)": "Ca ba (00:00 đến 07:59)", "Weekend (Saturday to Sunday)": "Cuối tuần (thứ Bảy, Chủ nhật)",
    "Specific Time": "Giờ cụ thể", "None": "Không", "Standard": "Thường", "Unclassified": "Không mật",
    "Confidential": "Mật", "Classified": "Hạn chế", "Secret": "Tối mật", "Top Secret": "Tuyệt mật",
}

QT_VI: dict[str, dict[str, str]] = {
    "QPlatformTheme": _BUTTONS,
    "QGnomeTheme": {"&OK": "&Đồng ý", "&Save": "&Lưu", "&Cancel": "&Hủy", "&Close": "Đó&ng",
                    "Close without Saving": "Đóng, không lưu"},
    "QDialogButtonBox": {"OK": "Đồng ý"},
    "QMessageBox": {"OK": "Đồng ý", "Help": "Trợ giúp", "Show Details...": "Xem chi tiết…",
                    "Hide Details...": "Ẩn chi tiết", "About Qt": "Về Qt"},
    "QInputDialog": {"Enter a value:": "Nhập giá trị:"},
    "QProgressDialog": {"Cancel": "Hủy"},
    "QErrorMessage": {"&OK": "Đồng ý", "&Show this message again": "&Hiện lại thông báo này",
                      "Debug Message:": "Thông báo gỡ lỗi:", "Warning:": "Cảnh báo:", "Critical Error:": "Lỗi nghiêm trọng:",
                      "Fatal Error:": "Lỗi không khắc phục được:", "Information:": "Thông tin:",
                      "An error occurred": "Đã có lỗi"},
    "QDialog": {"What's This?": "Đây là gì?"},
    "QWhatsThisAction": {"What's This?": "Đây là gì?"},
    "QLineEdit": _EDIT_MENU,
    "QWidgetTextControl": _EDIT_MENU,
    "QAbstractSpinBox": {"&Select All": "&Chọn tất cả", "&Step up": "&Tăng", "Step &down": "&Giảm"},
    "QUnicodeControlCharacterMenu": {"Insert Unicode control character": "Chèn ký tự điều khiển Unicode"},
    "QComboBox": {"Open the combo box selection popup": "Mở danh sách chọn", "False": "Sai", "True": "Đúng"},
    "QScrollBar": {"Scroll here": "Cuộn đến đây", "Left edge": "Mép trái", "Top": "Trên cùng",
                   "Right edge": "Mép phải", "Bottom": "Dưới cùng", "Page left": "Sang trái một trang",
                   "Page up": "Lên một trang", "Page right": "Sang phải một trang", "Page down": "Xuống một trang",
                   "Scroll left": "Cuộn sang trái", "Scroll up": "Cuộn lên", "Scroll right": "Cuộn sang phải",
                   "Scroll down": "Cuộn xuống"},
    "QTabBar": {"Scroll Left": "Cuộn sang trái", "Scroll Right": "Cuộn sang phải"},
    "QDockWidget": {"Float": "Tách ra", "Close": "Đóng", "Closes the dock widget": "Đóng khung này",
                    "Undocks and re-attaches the dock widget": "Tách hoặc gắn lại khung này"},
    "QUndoGroup": {"Undo %1": "Hoàn tác %1", "Undo": "Hoàn tác", "Redo %1": "Làm lại %1", "Redo": "Làm lại"},
    "QUndoStack": {"Undo %1": "Hoàn tác %1", "Undo": "Hoàn tác", "Redo %1": "Làm lại %1", "Redo": "Làm lại"},
    "QUndoModel": {"<empty>": "<trống>"},
    "QAbstractFileIconProvider": _ICON_PROVIDER,
    "QFileIconProvider": _ICON_PROVIDER,
    "QFileSystemModel": _FILE_MODEL,
    "QDirModel": _FILE_MODEL,
    "QFileDialog": _FILE_DIALOG,
    "QSideBar": {"Remove": "Bỏ khỏi danh sách"},
    "QPrintDialog": _PRINT_DIALOG,
    "QPrintWidget": _PRINT_WIDGET,
    "QPrintSettingsOutput": _PRINT_OUTPUT,
    "QPageSetupWidget": _PAGE_SETUP,
    "QPrintPreviewDialog": _PREVIEW,
    "QPrintPropertiesDialog": _PROPERTIES,
    "QPrintPropertiesWidget": {"Form": "Biểu mẫu", "Page": "Trang", "Advanced": "Nâng cao",
                               "There are conflicts in some options. Please fix them.":
                                   "Một số tùy chọn mâu thuẫn nhau. Hãy sửa lại."},
    "QCupsJobWidget": _CUPS_JOB,
    "QCupsPrinterSupport": {"Authentication Needed": "Cần xác thực", "Username:": "Tên đăng nhập:",
                            "Password:": "Mật khẩu:", "Authentication needed to use %1.": "Cần xác thực để dùng %1.",
                            "Authentication needed to use %1 on %2.": "Cần xác thực để dùng %1 trên %2."},
    "QPageSize": {"Custom": "Tùy chỉnh", "Custom (%1mm x %2mm)": "Tùy chỉnh (%1mm x %2mm)",
                  "Custom (%1pt x %2pt)": "Tùy chỉnh (%1pt x %2pt)", "Custom (%1in x %2in)": "Tùy chỉnh (%1in x %2in)",
                  "Custom (%1pc x %2pc)": "Tùy chỉnh (%1pc x %2pc)", "Custom (%1DD x %2DD)": "Tùy chỉnh (%1DD x %2DD)",
                  "Custom (%1CC x %2CC)": "Tùy chỉnh (%1CC x %2CC)"},
    "QColorDialog": {"Select Color": "Chọn màu", "&Basic colors": "Màu &cơ bản", "&Custom colors": "Màu &tự chọn",
                     "&Add to Custom Colors": "&Thêm vào màu tự chọn", "&Pick Screen Color": "&Lấy màu trên màn hình",
                     "Hu&e:": "Sắc &độ:", "&Sat:": "Độ &bão hòa:", "&Val:": "Độ &sáng:", "&Red:": "Đỏ:",
                     "&Green:": "Xanh lá:", "Bl&ue:": "Xanh lam:", "A&lpha channel:": "Độ trong suốt:", "&HTML:": "&HTML:",
                     "Cursor at %1, %2\nPress ESC to cancel": "Con trỏ ở %1, %2\nBấm ESC để hủy"},
}
