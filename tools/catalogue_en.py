"""English for the program's Vietnamese interface strings: source text → English (tools/update_translations.py).

Frameworks' texts (competency names, level descriptors, position statements) are data from legal documents
and stay Vietnamese; every interface label around them is here.
"""

from __future__ import annotations

EN = {
    "&Cài đặt": "&Settings", "&Sửa": "&Edit", "&Trợ giúp": "&Help", "&Tệp": "&File", "&Xem": "&View",
    "(chưa có)": "(none)", "(theo vị trí)": "(from position)", "Báo cáo": "Reports",
    "Chưa có kỳ đánh giá.": "No assessment period yet.", "Chưa có điểm nào để in.": "There are no scores to print yet.",
    "Chưa lưu được": "Not saved", "Chứng chỉ:": "Certificates:", "Cơ quan": "Agency",
    "Cơ sở dữ liệu đã sẵn sàng, có khung năng lực của Thông tư 02/2023/TT-BTP và Thông tư 09/2023/TT-BTTTT. "
    "Chưa có công chức nào: hãy thêm công chức, hoặc mở tổ chức mẫu để dùng thử.":
        "The database is ready with the competency frameworks of Circulars 02/2023/TT-BTP and 09/2023/TT-BTTTT. "
        "There are no civil servants yet: add staff, or open the sample organisation to try the program.",
    "Giới thiệu": "About", "Giới tính:": "Gender:", "Gửi": "Submit", "Hoàn tác": "Undo", "Họ và tên:": "Full name:",
    "In phiếu": "Print form", "In phiếu đánh giá…": "Print assessment form…",
    "Không mở được cơ sở dữ liệu": "Cannot open the database", "Không mở được phiếu": "Cannot open the assessment",
    "Không thực hiện được": "Not possible", "Kỳ đánh giá đã đóng: phiếu chỉ để xem.":
        "The assessment period is closed: this form is read-only.",
    "Kỳ đánh giá:": "Period:", "Loại:": "Kind:", "Làm lại": "Redo", "Lý do mở lại:": "Reason for reopening:",
    "Mã công chức:": "Employee code:", "Mở lại phiếu đánh giá": "Reopen assessment", "Mở lại…": "Reopen…",
    "Mở tổ chức mẫu": "Open sample organisation", "Mở tổ chức mẫu (dữ liệu mẫu)": "Open the sample organisation (sample data)",
    "Ngày giữ ngạch:": "In grade since:", "Ngày sinh:": "Date of birth:", "Ngôn ngữ": "Language",
    "Người đánh giá": "Assessor", "Ngạch:": "Grade:", "Ngạch": "Grade", "Nhân sự": "Staff", "Năng lực": "Competency",
    "Phiếu {0}: không sửa được điểm. Dùng \"Mở lại…\" nếu cần sửa.":
        "Assessment {0}: scores cannot be changed. Use \"Reopen…\" to change them.",
    "Phê duyệt": "Approve", "Số người chưa đạt": "Staff below", "Số người được đánh giá": "Staff assessed",
    "Sửa thông tin công chức": "Edit civil servant", "Sửa…": "Edit…", "Thoát": "Quit",
    "Thêm công chức": "Add civil servant", "Thêm công chức…": "Add civil servant…",
    "Trình độ đào tạo:": "Education:", "Tìm công chức (gõ không dấu cũng được)…": "Find a civil servant (accents optional)…",
    "Tìm theo tên hoặc mã (gõ không dấu cũng được)…": "Find by name or code (accents optional)…",
    "Tìm vị trí việc làm (gõ không dấu cũng được)…": "Find a job position (accents optional)…",
    "Tìm vị trí việc làm ở mọi khung…": "Find a job position in any framework…", "Tất cả đơn vị": "All units",
    "Tổ chức mẫu đã có sẵn.": "The sample organisation is already loaded.",
    "Tổng hợp theo năng lực (phiếu của người đánh giá): {0} phiếu": "Summary by competency (assessor forms): {0} forms",
    "Tự đánh giá": "Self-assessment", "Tỷ lệ chưa đạt": "Share below", "Vị trí việc làm": "Job positions",
    "Vị trí việc làm:": "Job position:", "Vị trí đánh giá:": "Target position:", "Xem trước khi in": "Print preview",
    "Xem trước khi in…": "Print preview…", "Xuất PDF": "Export PDF", "Xuất PDF…": "Export PDF…",
    "{0} công chức": "{0} civil servants", "Đang mở cơ sở dữ liệu…": "Opening the database…",
    "Điểm trung bình": "Mean score", "Đánh giá": "Assessment",
    "Đánh giá khoảng cách năng lực công chức": "Civil servant competency gap assessment",
    "Đánh giá khoảng cách năng lực công chức theo khung năng lực vị trí việc làm.\n"
    "Kết quả dùng cho đào tạo, bồi dưỡng, quy hoạch; không phải xếp loại chất lượng.\n\nCơ sở dữ liệu: {0}":
        "Civil servant competency gap assessment against job-position competency frameworks.\n"
        "Results serve training, development and planning; they are not a quality rating.\n\nDatabase: {0}",
    "Đã lưu lúc {0}": "Saved at {0}", "Đã mở tổ chức mẫu: {0} công chức.": "Sample organisation opened: {0} civil servants.",
    "Đã xuất {0}": "Exported {0}", "Đơn vị:": "Unit:", "Chấm điểm {0}": "Score {0}",
    "Chọn một công chức để bắt đầu đánh giá.": "Choose a civil servant to start assessing.",
    "Đánh giá mức sẵn sàng cho vị trí khác vị trí hiện tại.": "Readiness assessment for a position other than the current one.",
    "Cấp độ yêu cầu mặc định theo ngạch: văn bản không quy định cấp độ.":
        "Required levels are grade defaults: the document sets no levels.",
    "yêu cầu": "required", "đã đóng": "closed", "Đánh giá khoảng cách năng lực": "Competency gap assessment",
    "Chào mừng đến với chương trình đánh giá khoảng cách năng lực": "Welcome to the competency gap assessment program",
    "Nhập danh sách công chức": "Import staff list",
    "Thêm mới {0}, cập nhật {1}, không đổi {2} công chức.": "{0} new, {1} updated, {2} unchanged civil servants.",
    "Thêm mới: {0}": "New: {0}", "Cập nhật: {0}": "Updated: {0}", "Nhập": "Import",
    "Tệp có {0} lỗi; chưa nhập gì. Hãy sửa rồi nhập lại.": "The file has {0} problems; nothing was imported. "
        "Correct them and import again.",
    "Nhập danh sách công chức từ Excel…": "Import staff list from Excel…",
    "Xuất danh sách công chức ra Excel…": "Export staff list to Excel…",
    "Tải tệp mẫu danh sách công chức…": "Download staff list template…",
    "Tải tệp mẫu danh sách công chức": "Download staff list template",
    "Xuất danh sách công chức": "Export staff list",
    "Xuất Excel phiếu đánh giá…": "Export assessment form to Excel…",
    "Xuất Excel phiếu đánh giá": "Export assessment form to Excel",
    "Đã nhập danh sách công chức.": "Staff list imported.", "Không nạp được bản dịch.": "Cannot load the translation.",
    "Xuất Excel tổng hợp…": "Export summary to Excel…", "Xuất Excel tổng hợp": "Export summary to Excel",
    "Đang nhập…": "Importing…", "Hủy": "Cancel", "Đã hủy": "Cancelled",
    "Đã hủy: cơ sở dữ liệu giữ nguyên như trước.": "Cancelled: the database is unchanged.",
    "Chưa nhập được": "Not imported",
    "Thêm kỳ đánh giá…": "Add period…", "Thêm kỳ đánh giá": "Add period", "Theo năng lực": "By competency",
    "Tiến độ": "Progress", "Mở lại kỳ": "Reopen period", "Đóng kỳ": "Close period",
    "Tên kỳ đánh giá (ví dụ Năm 2027):": "Period name (e.g. Year 2027):", "Không tạo được": "Not created",
    "chưa làm": "not started", "đang soạn": "draft", "đã gửi": "submitted", "đã phê duyệt": "approved",
    "Điều kiện theo quy định của vị trí": "Statutory conditions of the position", "Yêu cầu": "Requirement",
    "Hồ sơ": "Record",
    "Bản đồ nhiệt": "Heatmap", "Nhu cầu đào tạo": "Training needs", "Mọi vị trí": "All positions",
    "{0} công chức được đánh giá trong kỳ (theo phiếu của người đánh giá, nếu chưa có thì phiếu tự đánh giá)":
        "{0} civil servants assessed in the period (assessor's form, else the self-assessment)",
    "Đơn vị…": "Units…", "Ngừng / tiếp tục theo dõi": "Stop / resume following",
    "Hiện cả người đã ngừng theo dõi": "Show people no longer followed", "Tên đơn vị": "Unit name",
    "Thêm đơn vị trực thuộc…": "Add sub-unit…", "Đổi tên…": "Rename…", "Chuyển sang đơn vị khác…": "Move under…",
    "Xóa": "Delete", "Thêm đơn vị": "Add unit", "Mã đơn vị:": "Unit code:", "Tên đơn vị:": "Unit name:",
    "Đổi tên đơn vị": "Rename unit", "Tên mới:": "New name:", "(cấp cao nhất)": "(top level)",
    "Chuyển đơn vị": "Move unit", "Đặt dưới đơn vị:": "Place under unit:",
    "Nhập điểm từ phiếu giấy (Excel)…": "Import scores from paper forms (Excel)…",
    "Tải tệp mẫu nhập điểm…": "Download scores template…", "Tải tệp mẫu nhập điểm": "Download scores template",
    "Nhập khung năng lực từ Excel…": "Import framework from Excel…",
    "Xuất khung năng lực ra Excel…": "Export framework to Excel…", "Xuất khung năng lực ra Excel": "Export framework to Excel",
    "Đã nhập điểm.": "Scores imported.", "Đã nhập khung năng lực.": "Framework imported.",
    "Xuất khung năng lực": "Export framework", "Khung năng lực:": "Framework:",
    "Nhập điểm từ phiếu giấy": "Import scores from paper forms", "{0} điểm cho {1} phiếu đánh giá.": "{0} scores for {1} forms.",
    "Nhập khung năng lực": "Import framework", "Khung {0}: {1} năng lực, {2} vị trí việc làm.":
        "Framework {0}: {1} competencies, {2} job positions.",
    "Đăng nhập": "Log in", "Tên đăng nhập:": "User name:", "Mật khẩu:": "Password:", "T&ài khoản": "&Account",
    "Tạo tài khoản quản trị đầu tiên…": "Create the first administrator…",
    "Tạo tài khoản quản trị đầu tiên": "Create the first administrator", "Đổi mật khẩu…": "Change password…",
    "Đăng xuất": "Log out", "Chưa tạo được": "Not created",
    "Đã tạo tài khoản quản trị; từ nay cần đăng nhập.": "Administrator created; logging in is required from now on.",
    "Đổi mật khẩu": "Change password", "Chưa đổi được": "Not changed", "Đã đổi mật khẩu.": "Password changed.",
    "Mật khẩu mới:": "New password:", "Nhập lại:": "Repeat:",
    "Hai lần nhập mật khẩu không khớp.": "The two passwords differ.",
    # column titles
    "Họ và tên": "Full name", "Mã": "Code", "Đơn vị": "Unit", "Ngày giữ ngạch": "In grade since",
    "Cấp độ yêu cầu": "Required level", "Điểm": "Score", "Trạng thái": "Status", "Thiếu hụt": "Shortfall",
    "Đối chiếu": "Compare", "Ghi chú": "Note",
    # gap, workflow
    "Chưa đạt": "Below", "Đạt": "Within", "Vượt": "Above", "Chưa đánh giá": "Not rated", "Không định mức": "No level set",
    "Đáp ứng": "Meets", "Chưa đáp ứng": "Does not meet", "Chưa đánh giá đủ": "Not fully assessed",
    "Đang soạn": "Draft", "Đã gửi": "Submitted", "Đã phê duyệt": "Approved",
    "Mặc định theo ngạch (văn bản không quy định cấp độ)": "Grade default (the document sets no levels)",
    # report panel
    "Đạt yêu cầu": "Met", "Tổng mức thiếu hụt": "Total shortfall", "Theo nhóm năng lực": "By competency group",
    "Nhóm": "Group", "Kết luận": "Verdict", "Năng lực chưa đạt (thiếu nhiều nhất trước)": "Competencies below (largest gap first)",
    "điểm": "score", "thiếu": "short by", "Chênh lệch tự đánh giá và người đánh giá từ 2 điểm":
        "Self vs assessor differences of 2 or more", "tự đánh giá": "self", "người đánh giá": "assessor",
    "Kết quả này dùng để xác định nhu cầu đào tạo, bồi dưỡng; không phải xếp loại chất lượng.":
        "This result identifies training needs; it is not a quality rating.",
    # position browser
    "cấp tỉnh": "provincial level", "cấp huyện": "district level", "Mục tiêu vị trí việc làm": "Position objective",
    "Công việc và tiêu chí đánh giá": "Tasks and assessment criteria", "Tiêu chí": "Criteria",
    "Yêu cầu về trình độ": "Qualification requirements", "Khung năng lực": "Competency framework", "Nguồn": "Source",
    "Trình độ đào tạo": "Education", "Bồi dưỡng, chứng chỉ": "Training and certificates",
    "Kiến thức bổ trợ": "Supplementary knowledge", "Kinh nghiệm (thành tích công tác)": "Experience (record)",
    "Phẩm chất cá nhân": "Personal qualities", "Các yêu cầu khác": "Other requirements",
    "theo văn bản": "from the document", "mặc định theo ngạch": "grade default", "do đơn vị quy định": "set by the agency",
    # audit trail, requirement changes
    "Lịch sử thay đổi…": "Change history…", "Ai đã sửa gì, khi nào, giá trị cũ và mới, lý do (Ctrl+H)":
        "Who changed what, when, old and new value, reason (Ctrl+H)",
    "Tìm trong nhật ký (không cần dấu)…": "Search the trail…", "Mọi loại đối tượng": "Every kind of record",
    "Xuất Excel…": "Export to Excel…", "{0} thay đổi": "{0} changes", "Xuất nhật ký thay đổi": "Export the audit trail",
    "Lịch sử thay đổi của phiếu…": "Change history of the form…",
    "Nhật ký thay đổi của cơ quan…": "Agency audit trail…", "Sửa cấp độ yêu cầu…": "Change a required level…",
    "Sửa cấp độ yêu cầu": "Change a required level", "từ": "from", "đến": "to",
    "ví dụ: Quyết định số 12/QĐ-STP ngày 05/11/2026": "e.g. Decision 12/QĐ-STP of 05/11/2026",
    "Phiếu đã tạo giữ nguyên cấp độ yêu cầu lúc tạo; thay đổi áp dụng cho phiếu mới và được ghi vào nhật ký.":
        "Forms already created keep the level they were created with; the change applies to new forms and is "
        "recorded in the audit trail.",
    "Năng lực:": "Competency:", "Cấp độ yêu cầu:": "Required level:", "Lý do (bắt buộc):": "Reason (required):",
    "Không xem được": "Cannot be shown", "Lịch sử thay đổi của phiếu": "Change history of the form",
    "Nhật ký thay đổi": "Audit trail", "Toàn bộ thay đổi trong cơ sở dữ liệu": "Every change in the database",
    "Nhật ký chỉ để xem: không ai sửa hay xóa được.": "The trail is read-only: nobody can edit or delete it.",
    "Thời gian": "Time", "Người thực hiện": "By", "Thao tác": "Action", "Đối tượng": "Record",
    "Nội dung": "Change", "Giá trị cũ": "Old value", "Giá trị mới": "New value", "Lý do": "Reason",
    "Đồng ý": "OK", "Hủy": "Cancel", "Đóng": "Close", "Lưu": "Save",
    # account management, remembered login
    "Quản lý tài khoản": "Accounts", "Quản lý tài khoản…": "Accounts…", "Thêm tài khoản…": "Add account…",
    "Thêm vai trò…": "Add role…", "Đặt lại mật khẩu…": "Reset password…", "Khóa tài khoản": "Disable account",
    "Đang dùng": "Active", "Đã khóa": "Disabled", "Tạm khóa (nhập sai mật khẩu)": "Locked (wrong passwords)",
    "Thêm tài khoản": "Add account", "Thêm vai trò cho {0}": "Add a role to {0}",
    "Đặt lại mật khẩu cho {0}": "Reset the password of {0}", "Không khóa được": "Not disabled",
    "Ghi nhớ đăng nhập trên máy tính này": "Remember me on this computer",
    "Không cần nhập mật khẩu ở lần mở sau (trong {0} ngày) cho đến khi đăng xuất. Không dùng trên máy tính dùng chung.":
        "No password next time (for {0} days) until you log out. Do not use on a shared computer.",
    "Vai trò:": "Role:", "Đơn vị lãnh đạo:": "Unit led:", "Công chức:": "Employee:",
    "Tài khoản": "Account", "Vai trò": "Roles", "Công chức": "Employee",
    # two windows on one form, saves the database refused
    "Sửa ghi chú {0}": "Edit note {0}",
    "Đã giữ giá trị của đồng nghiệp ở năng lực {0}.": "Kept your colleague's value for competency {0}.",
    "Không hoàn tác: năng lực {0} đã được sửa sau thay đổi của bạn.":
        "Not undone: competency {0} was changed after your change.",
    "Không làm lại: năng lực {0} đã được sửa sau thay đổi của bạn.":
        "Not redone: competency {0} was changed after your change.",
    "Chưa lưu ghi chú {0}: {1}": "Note {0} not saved: {1}", "Chưa lưu điểm {0}: {1}": "Score {0} not saved: {1}",
    "Chưa lưu: {0}": "Not saved: {0}",
    "Ghi chú vừa được người khác sửa": "The note was just changed by someone else",
    "Điểm vừa được người khác sửa": "The score was just changed by someone else",
    "Trong lúc bạn sửa, {0} đã sửa ghi chú của năng lực này. Thay đổi của bạn chưa được ghi.":
        "While you were editing, {0} changed the note of this competency. Your change has not been saved.",
    "Trong lúc bạn sửa, {0} đã sửa điểm của năng lực này. Thay đổi của bạn chưa được ghi.":
        "While you were editing, {0} changed the score of this competency. Your change has not been saved.",
    "Giữ ghi chú của đồng nghiệp": "Keep my colleague's note", "Ghi ghi chú của tôi": "Save my note",
    "Giữ điểm của đồng nghiệp": "Keep my colleague's score", "Ghi điểm của tôi": "Save my score",
    "Đang lưu (của đồng nghiệp):": "Saved (your colleague's):", "Bạn vừa nhập (chưa lưu):": "You typed (not saved):",
    "Bỏ thay đổi của bạn; ô hiện lại giá trị đang lưu.": "Drop your change; the cell shows the saved value again.",
    "Ghi giá trị của bạn thay giá trị của đồng nghiệp (có ghi nhật ký).":
        "Save your value over your colleague's (recorded in the change history).",
    "(để trống)": "(empty)", "(chưa chấm)": "(not scored)", "một người khác": "someone else",
    "{0} (lúc {1})": "{0} (at {1})", "Không làm lại được": "Cannot redo", "Không hoàn tác được": "Cannot undo",
    "Sau thay đổi của bạn, {0} đã sửa ghi chú năng lực {1} thành {2}.":
        "After your change, {0} changed the note of competency {1} to {2}.",
    "Sau thay đổi của bạn, {0} đã sửa điểm năng lực {1} thành {2}.":
        "After your change, {0} changed the score of competency {1} to {2}.",
    "Giá trị mới hơn được giữ nguyên; nếu vẫn cần sửa, hãy nhập lại vào ô.":
        "The newer value is kept; if it still needs changing, type it into the cell again.",
    "Ô chưa lưu được đánh dấu trên bảng. Khi đã khắc phục, hãy nhập lại giá trị vào ô đó để lưu.":
        "The unsaved cell is marked in the table. Once the problem is fixed, type the value into that cell again "
        "to save it.",
    # the database: backups, restore, integrity, start-up problems, unexpected errors
    "Lỗi không mong đợi của chương trình; việc vừa làm có thể chưa được lưu. Chương trình vẫn chạy tiếp. "
    "Chi tiết đã ghi vào nhật ký: {0}":
        "Unexpected error in the program; what you just did may not have been saved. The program keeps running. "
        "Details were written to the log: {0}",
    "Có lỗi": "Error", "Sao lưu cơ sở dữ liệu…": "Back up the database…",
    "Khôi phục từ bản sao lưu…": "Restore from a backup…", "Kiểm tra toàn vẹn dữ liệu": "Check data integrity",
    "Khôi phục từ bản sao lưu": "Restore from a backup",
    "Chọn bản sao lưu. Dữ liệu hiện tại sẽ được thay bằng bản đã chọn; trước đó chương trình tự sao lưu dữ liệu "
    "hiện tại để có thể quay lại.":
        "Choose a backup. The current data will be replaced by it; the program first backs up the current data "
        "so that you can go back.",
    "{0} — {1} ({2})": "{0} — {1} ({2})", "(Chưa có bản sao lưu tự động nào)": "(No automatic backups yet)",
    "Chọn tệp khác…": "Choose another file…", "Khôi phục": "Restore", "Chọn tệp sao lưu": "Choose a backup file",
    "Mở tệp khác…": "Open another file…", "Tạo cơ sở dữ liệu mới trống": "Create a new empty database",
    "Chưa ghi được tệp": "File not written",
    "Lỗi không mong đợi khi mở cơ sở dữ liệu. Chi tiết đã ghi vào nhật ký chương trình.":
        "Unexpected error while opening the database. Details were written to the program's log.",
    "Không khôi phục được": "Not restored", "Mở cơ sở dữ liệu": "Open a database",
    "Chưa sao lưu được": "Not backed up",
    "Cơ sở dữ liệu bị hỏng: {0}\n\nKhôi phục từ một bản sao lưu?":
        "The database is damaged: {0}\n\nRestore from a backup?",
    "Dữ liệu bị hỏng": "Damaged data", "Hủy": "Cancel", "Khôi phục…": "Restore…", "Kiểm tra dữ liệu": "Data check",
    "Sao lưu cơ sở dữ liệu": "Back up the database", "Sao lưu": "Backup",
    "Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu\n{0}?\n\nDữ liệu hiện tại được tự sao lưu trước khi thay.":
        "Replace all current data with the backup\n{0}?\n\nThe current data is backed up first.",
    "Đã khôi phục": "Restored", "Đã sao lưu": "Backed up",
    "Đã khôi phục từ {0}.\nDữ liệu trước khi khôi phục được giữ ở {1}.":
        "Restored from {0}.\nThe data as it was before is kept in {1}.",
    "Cơ sở dữ liệu dùng chung PostgreSQL được sao lưu trên máy chủ bằng pg_dump (xem README).":
        "A shared PostgreSQL database is backed up on the server with pg_dump (see the README).",
    "Đã sao lưu vào {0} (đã kiểm tra toàn vẹn).": "Backed up to {0} (integrity checked).",
    "PostgreSQL tự kiểm tra toàn vẹn dữ liệu; hãy sao lưu định kỳ bằng pg_dump.":
        "PostgreSQL checks its own integrity; back it up regularly with pg_dump.",
    "Cơ sở dữ liệu toàn vẹn (đã kiểm tra mọi trang và mọi tham chiếu).":
        "The database is intact (every page and every reference checked).",
    # framework editor
    'Văn bản': 'Document',
    'Vị trí số {0}': 'Position {0}',
    'yêu cầu năng lực {0}': 'requirement {0}',
    'nhiệm vụ': 'task',
    'tiêu chí': 'criterion',
    'quan hệ công việc': 'working relationship',
    'quyền hạn': 'authority',
    'trình độ': 'qualification',
    'điều kiện': 'conditions',
    'Nhóm năng lực': 'Competency groups',
    'Chuyên ngành': 'Specialties',
    'Nhóm {0}': 'Group {0}',
    'Năng lực {0}': 'Competency {0}',
    'Chuyên ngành {0}': 'Specialty {0}',
    'Mô tả năm cấp độ: {0}': 'The five level descriptors: {0}',
    'Mô tả năm cấp độ': 'The five level descriptors',
    'Cấp độ {0}:': 'Level {0}:',
    'Nguồn mô tả:': 'Descriptor source:',
    'Năng lực mới nhận thang mô tả chung (chưa có mô tả chính thức); hãy sửa theo văn bản của cơ quan và chọn nguồn mô tả tương ứng.': "A new competency gets the generic scale (no official descriptors exist); adapt it to your agency's document and choose the matching source.",
    'Sao chép khung năng lực': 'Copy framework',
    'Bản sao là khung của cơ quan: sửa được mọi phần; khung gốc giữ nguyên.': "The copy is your agency's own framework: every part can be edited; the original stays as it is.",
    'Mã khung mới:': 'New framework code:',
    'Tên văn bản:': 'Document title:',
    'Tạo mới…': 'New…',
    'Sao chép…': 'Copy…',
    'Khung có sẵn theo văn bản không sửa trực tiếp: hãy sao chép rồi sửa bản sao.': 'Built-in frameworks from legal documents are not edited directly: copy one and edit the copy.',
    '{0} vị trí': '{0} positions',
    'có sẵn': 'built-in',
    'Khung có sẵn: hãy sao chép rồi sửa bản sao.': 'Built-in framework: copy it and edit the copy.',
    'Chưa sao chép được': 'Not copied',
    '(mọi ngạch, hạng)': '(any grade)',
    'Sửa': 'Edit',
    'Thêm': 'Add',
    'đổi thứ tự': 'reorder',
    'sửa': 'change',
    'thêm dòng': 'add row',
    'xóa dòng': 'delete row',
    'đổi mã {0} thành {1}': 'rename code {0} to {1}',
    'Văn bản, nhóm năng lực': 'Document, groups',
    'Năng lực và cấp độ': 'Competencies and levels',
    'Hoàn tác (Ctrl+Z)': 'Undo (Ctrl+Z)',
    'Làm lại (Ctrl+Y)': 'Redo (Ctrl+Y)',
    'Lưu…': 'Save…',
    'Xem trước thay đổi rồi lưu (Ctrl+S)': 'Preview the changes, then save (Ctrl+S)',
    '(khung mới)': '(new framework)',
    'Khung năng lực {0}': 'Framework {0}',
    'Lỗi cần sửa trước khi lưu: {0}': 'Problems to fix before saving: {0}',
    'Không có lỗi: khung đã sẵn sàng để lưu.': 'No problems: the framework is ready to save.',
    'Chưa lưu: còn {0} lỗi.': 'Not saved: {0} problems left.',
    "Đã có khung mã '{0}'. Hãy đặt mã khác cho khung mới (để sửa khung đã có, mở khung đó).": "A framework with code '{0}' already exists. Give the new framework another code (to change the existing one, open it).",
    'Không có gì thay đổi so với bản đã lưu.': 'Nothing changed since the saved version.',
    'Đã lưu khung mới.': 'New framework saved.',
    'Đã lưu các thay đổi.': 'Changes saved.',
    'Khung năng lực chưa lưu': 'Framework not saved',
    'Khung năng lực có thay đổi chưa lưu. Lưu trước khi đóng?': 'The framework has unsaved changes. Save before closing?',
    'Bỏ thay đổi': 'Discard changes',
    '(không có)': '(none)',
    'Chuyển lên': 'Move up',
    'Chuyển xuống': 'Move down',
    'Tên năng lực': 'Competency name',
    'Riêng cho ngạch, hạng': 'Only for grade',
    'Mã nhóm': 'Group code',
    'Tên nhóm': 'Group name',
    'Tên chuyên ngành': 'Specialty name',
    'Số': 'No.',
    'Ký hiệu': 'Marker',
    'Cấp': 'Indent',
    'Phạm vi': 'Scope',
    'Mục': 'Section',
    'Tên nhóm nhiệm vụ': 'Task group',
    'Loại': 'Kind',
    'Ngạch, hạng': 'Grade',
    'Tối thiểu': 'Minimum',
    'Tối đa': 'Maximum',
    'Yêu cầu bằng lời, cách đánh giá, minh chứng': 'Requirement in words, assessment method, evidence',
    'Tên vị trí việc làm': 'Position name',
    'Trình độ đào tạo tối thiểu:': 'Minimum education:',
    'Lý luận chính trị:': 'Political theory:',
    'Bồi dưỡng quản lý nhà nước theo ngạch, hạng:': 'State management training for grade:',
    'Ngạch, hạng dưới liền kề:': 'Grade directly below:',
    'Số năm giữ ngạch, hạng dưới:': 'Years in the grade below:',
    'Trong đó thực giữ ngạch, hạng dưới ít nhất (năm):': 'Of which actually in the grade below, at least (years):',
    'Số văn bản, đề án đã tham gia xây dựng ít nhất:': 'Documents or projects drafted, at least:',
    'Vai trò (chủ trì, tham gia):': 'Role (led, took part):',
    'thang chung (mặc định)': 'generic scale (default)',
    'Nhóm năng lực chung': 'General competencies',
    'Nhóm năng lực chuyên môn': 'Professional competencies',
    'Nhóm năng lực quản lý': 'Management competencies',
    'Trong cơ quan': 'Inside the agency',
    'Ngoài cơ quan': 'Outside the agency',
    'Số trong văn bản:': 'Number in the document:',
    'Tên vị trí việc làm:': 'Position name:',
    'Chuyên ngành:': 'Specialty:',
    'Ngạch, hạng:': 'Grade:',
    'Mục tiêu vị trí:': 'Objective of the position:',
    'Lưu ý (mỗi dòng một ý):': 'Notes (one per line):',
    'Mã khung:': 'Framework code:',
    'Cơ quan ban hành:': 'Issued by:',
    'Số hiệu:': 'Document number:',
    'Ngày ban hành:': 'Issued on:',
    'Nguồn:': 'Source:',
    'ví dụ: so-gd-2026': 'e.g. so-gd-2026',
    'ví dụ: Khung năng lực vị trí việc làm giáo viên': 'e.g. Competency framework of teacher positions',
    'ví dụ: 15/QĐ-SGDĐT': 'e.g. 15/QĐ-SGDĐT',
    'Văn bản gốc, phụ lục, trang… (không bắt buộc)': 'Original document, appendix, page… (optional)',
    'Mã ngắn, không dấu, dùng trong mã vị trí (mã khung:số).': 'A short code without accents, used in position keys (code:number).',
    '&Vị trí việc làm': '&Positions',
    'Khung năng lực…': 'Competency frameworks…',
    'Thông tin chung': 'General',
    'Nhiệm vụ, tiêu chí': 'Tasks, criteria',
    'Quan hệ, quyền hạn': 'Relationships, authorities',
    'Trình độ, điều kiện': 'Qualifications, conditions',
    'Yêu cầu năng lực': 'Competency requirements',
    'Cấp độ từ 1 đến 5 (tối thiểu ≤ tối đa), hoặc để trống cấp độ và ghi yêu cầu bằng lời. Cột bên cạnh có thể ghi cách đánh giá hoặc minh chứng cần có.': 'Levels 1 to 5 (minimum ≤ maximum), or no level and the requirement in words. The column beside may give the assessment method or the evidence expected.',
    'Điều kiện theo quy định (chương trình dùng để xét mức sẵn sàng)': 'Statutory conditions (the program uses them to check readiness)',
    'Lưu khung năng lực': 'Save framework',
    'ví dụ: Quyết định số 125/QĐ-SGDĐT ngày 05/11/2026': 'e.g. Quyết định số 125/QĐ-SGDĐT ngày 05/11/2026',
    'Khung đang được dùng (có phiếu đánh giá hoặc công chức giữ vị trí). Hãy ghi căn cứ sửa đổi: số và ngày văn bản. Căn cứ được ghi vào nhật ký cùng từng thay đổi.': 'The framework is in use (assessments made or staff holding its positions). Give the legal basis of the revision: document number and date. It is recorded in the audit trail with each change.',
    'Phiếu đánh giá đã lập giữ nguyên cấp độ yêu cầu lúc lập; mọi thay đổi được ghi vào nhật ký thay đổi của cơ quan.': "Assessments already made keep the required levels they were made with; every change is recorded in the agency's audit trail.",
    'Vị trí này còn {0} lỗi ở các phần bên phải.': 'This position has {0} problems in the parts on the right.',
}

EN.update({  # Báo cáo: the own position's results, each person once; readiness for another position apart
    "Năng lực của:": "Competencies of:", "{0} ({1} người)": "{0} ({1} people)",
    "Sẵn sàng cho vị trí khác": "Readiness for another position",
    "Năng lực cần đào tạo, bồi dưỡng": "Competency needing training", "Số người\nchưa đạt": "People\nbelow",
    "Tổng mức\nthiếu hụt": "Total\nshortfall", "Mức thiếu hụt\nlớn nhất": "Largest\nshortfall",
    "Vị trí hiện tại": "Current position", "Vị trí được xem xét": "Position considered", "Tỷ lệ\nđạt": "Share\nmet",
    "Năng lực chưa đạt\n(mức thiếu hụt)": "Competencies below\n(shortfall)",
    "Điều kiện\ntheo quy định": "Statutory\nconditions", "Số người\nđược đánh giá": "People\nassessed",
    "Điểm\ntrung bình": "Mean\nscore", "Tỷ lệ\nchưa đạt": "Share\nbelow",
    "Số người được chấm 1 … 5": "People scored 1 … 5",
    "{0} công chức được đánh giá theo vị trí hiện tại (phiếu của người đánh giá, nếu chưa có thì phiếu tự đánh giá); "
    "{1} người có phiếu sẵn sàng cho vị trí khác, xem riêng ở thẻ cuối":
        "{0} civil servants assessed for their current position (the assessor's form, else the self-assessment); "
        "{1} people with a readiness form for another position, shown apart in the last tab",
    "{0} công chức được đánh giá theo vị trí hiện tại (phiếu của người đánh giá, nếu chưa có thì phiếu tự đánh giá); "
    "kỳ này không có phiếu sẵn sàng cho vị trí khác":
        "{0} civil servants assessed for their current position (the assessor's form, else the self-assessment); "
        "no readiness form for another position in this period",
    "chưa có vị trí": "no position", "Vị trí hiện tại: {0}": "Current position: {0}",
    "Vị trí được xem xét: {0}": "Position considered: {0}", "Không có năng lực chưa đạt": "No competency below",
    "không có": "none",
    "Ô trắng: không thuộc vị trí của người đó · tên đầy đủ: rê chuột lên tiêu đề · nhấp đúp: mở phiếu":
        "Blank: not part of the person's position · full name: hover the header · double-click: open the form",
})
EN.update({  # the grade catalogue: ngạch of công chức, hạng chức danh nghề nghiệp of viên chức
    "Ngạch, hạng": "Grade", "Ngạch, hạng:": "Grade:", "Ngày giữ ngạch, hạng": "In grade since",
    "Ngày giữ ngạch, hạng:": "In grade since:", "Hạng chức danh nghề nghiệp": "Professional title grade",
    "Ngạch, hạng chức danh nghề nghiệp": "Civil-service and professional title grades",
    "Ngạch, hạng chức danh nghề nghiệp…": "Grades…", "Thêm ngạch, hạng": "Add grade", "Sửa ngạch, hạng": "Edit grade",
    "Thêm ngạch, hạng…": "Add grade…", "ví dụ V.07.05.14": "e.g. V.07.05.14",
    "tên đầy đủ, in trên phiếu": "full name, as printed on forms",
    "Số lớn hơn là bậc cao hơn; dùng để sắp xếp danh sách.": "A larger number is a more senior grade; it orders lists.",
    "Mã:": "Code:", "Tên:": "Name:", "Tên": "Name", "Thứ bậc:": "Rank:", "Thứ bậc": "Rank",
    "Cấp độ yêu cầu mặc định:": "Default required levels:", "Cấp độ mặc định": "Default levels",
    "Cấp độ mặc định dùng cho vị trí việc làm của ngạch, hạng này khi văn bản không quy định cấp độ; các vị trí đã "
    "có giữ nguyên yêu cầu của mình.":
        "The default levels apply to job positions of this grade when their document sets no levels; existing "
        "positions keep their own requirements.",
})


EN.update({  # framework import from the window: problems by cell, preview, legal basis
    "Tệp {0} có {1} lỗi; chưa nhập gì.": "The file {0} has {1} problems; nothing was imported.",
    "Hãy sửa các ô dưới đây (trang, dòng, cột) rồi nhập lại.":
        "Correct the cells below (sheet, row, column), then import again.",
    "Chép danh sách lỗi": "Copy the problems", "Khung mới": "New framework", "Sửa đổi khung": "Revision of framework",
    "Tệp {0}: {1} năng lực, {2} vị trí việc làm.": "File {0}: {1} competencies, {2} job positions.",
    "Căn cứ sửa đổi": "Legal basis of the revision", "{0} phiếu đánh giá": "{0} assessments",
    "{0} công chức giữ vị trí": "{0} civil servants holding its positions",
    "Khung đang được dùng ({0}). Sửa đổi cần ghi căn cứ: số, ký hiệu và ngày ban hành văn bản. Căn cứ được ghi vào "
    "nhật ký thay đổi cùng từng thay đổi.":
        "The framework is in use ({0}). A revision needs its legal basis: the document's number, symbol and date of "
        "issue. The basis is recorded in the audit trail with each change.",
    "Số, ký hiệu văn bản:": "Document number and symbol:",
    "ví dụ: Quyết định số 125/QĐ-UBND": "e.g. Quyết định số 125/QĐ-UBND",
    "Khung mới được thêm; các khung đã có giữ nguyên.": "The new framework is added; existing frameworks stay as they are.",
    "Phiếu đánh giá đã lập giữ nguyên cấp độ yêu cầu lúc lập; công chức giữ nguyên vị trí; mọi thay đổi được ghi vào "
    "nhật ký thay đổi của cơ quan.":
        "Assessments already made keep the required levels they were made with; staff keep their positions; every "
        "change is recorded in the agency's audit trail.",
    "Cần số, ký hiệu văn bản có số và dấu '/', ví dụ “Quyết định số 125/QĐ-UBND”.":
        "The document number needs digits and a '/', e.g. “Quyết định số 125/QĐ-UBND”.",
    "Khung {0} không có gì thay đổi so với bản đã lưu; không ghi gì.":
        "Framework {0} is the same as the saved one; nothing was written.",
    "Cần thêm để kết luận:": "Needed to conclude:",
})

EN.update({  # all a framework holds, shown: the text beside levels, relationships, authorities, the printed position
    "In bản mô tả vị trí…": "Print position description…", "In…": "Print…",
    "Xuất PDF bản mô tả vị trí": "Export position description to PDF", "Cấp độ yêu cầu: {0}": "Required level: {0}",
    "Quan hệ công việc": "Working relationships", "Phạm vi quyền hạn": "Scope of authority",
    "Năng lực và mô tả cấp độ": "Competencies and level descriptors", "mô tả cấp độ": "level descriptors",
    "Số hiệu": "Document number", "Cơ quan ban hành": "Issued by", "Ngày ban hành": "Issued on",
})

EN.update({  # accounts that hold: the remembered login's storage, the current password, a session ended
    "Mã ghi nhớ được cất trong kho khóa của hệ điều hành, chỉ tài khoản người dùng này của máy tính dùng được.":
        "The remembered login is kept in the operating system's keyring: only this user account on this computer "
        "can use it.",
    "Máy này không có kho khóa của hệ điều hành: mã ghi nhớ nằm trong tệp cài đặt (chỉ người dùng này đọc được), "
    "gắn với tài khoản người dùng và máy tính này; tệp chép sang tài khoản hay máy khác không đăng nhập được.":
        "This computer has no operating-system keyring: the remembered login is kept in the settings file "
        "(readable by this user only), bound to this user account and this computer; a copy of the file used by "
        "another account or computer logs no one in.",
    "Mật khẩu hiện tại:": "Current password:", "Hãy nhập mật khẩu hiện tại.": "Enter your current password.",
    "Tài khoản '{0}' đã bị khóa hoặc đã thay đổi quyền, hoặc mật khẩu vừa được đổi: hãy đăng nhập lại.":
        "Account '{0}' was disabled, its rights changed, or its password was just changed: please log in again.",
    "Phiếu của người đánh giá chỉ xem được khi đã phê duyệt: đang hiện phiếu tự đánh giá.":
        "The assessor's form can be seen once approved: showing the self-assessment.",
})

EN.update({  # the employee record for statutory readiness: degrees, certificates, grade history, documents
    "Thông tin chung": "General", "Trình độ, quá trình công tác": "Qualifications and career",
    "Thêm dòng": "Add row", "Xóa dòng": "Remove row", "(chưa ghi)": "(not recorded)",
    "(chưa ghi loại bằng)": "(kind of degree not recorded)", "Chưa xác định": "Not decided", "Có": "Yes",
    "Không": "No", "Đã kê khai đủ quá trình giữ ngạch và văn bản, đề án (kể cả khi không có)":
        "Grade history and documents declared complete (even when there are none)",
    "Trình độ": "Level", "Ngành, chuyên ngành": "Major", "Cơ sở đào tạo": "Institution", "Năm": "Year",
    "Loại": "Kind", "Tên chứng chỉ": "Certificate", "Ngạch, trình độ": "Grade or level", "Ngày cấp": "Issued on",
    "Ngạch, hạng": "Grade", "Từ ngày": "From", "Đến ngày": "To", "Tên văn bản, đề án": "Document or project",
    "Vai trò": "Role", "Cấp": "Level", "(chưa rõ)": "(unknown)", "Đã ban hành": "Adopted",
    "Cơ quan chủ trì": "Agency led", "Ngày ban hành": "Adopted on", "Bằng cấp": "Degrees", "Chứng chỉ": "Certificates",
    "Quá trình giữ ngạch": "Grade history", "Văn bản đã chủ trì, tham gia": "Documents led or taken part in",
    "Lý luận chính trị:": "Political theory:",
    "Ngành đào tạo phù hợp lĩnh vực công tác (cơ quan xác định):": "Major suits the field of work (agency's finding):",
    "Văn bản, đề án": "Documents", "{0}, dòng {1}: {2}.": "{0}, row {1}: {2}.",
    "thiếu ngày bắt đầu (dd/mm/yyyy)": "start date missing (dd/mm/yyyy)",
    "Đã ban hành: đã được cấp có thẩm quyền ban hành hoặc nghiệm thu. Cơ quan chủ trì: cơ quan sử dụng công chức "
    "được giao chủ trì nghiên cứu, xây dựng.":
        "Adopted: issued or accepted by the competent authority. Agency led: the agency employing the civil servant "
        "was charged with leading the research and drafting.",
    "Ngạch, trình độ: ngạch của chứng chỉ quản lý nhà nước (CV, CVC, CVCC), bậc ngoại ngữ (B1, bậc 3…), trình độ "
    "tin học (cơ bản, nâng cao).":
        "Grade or level: the grade of a state-management certificate (CV, CVC, CVCC), a language level (B1, level 3…), "
        "an IT level (basic, advanced).",
    "Các ngạch, hạng đã giữ trước ngạch hiện tại (ngạch tương đương được tính theo thứ bậc trong danh mục ngạch, "
    "hạng).": "The grades held before the current one (equivalent grades are those of the same rank in the grade "
              "catalogue).",
    # app.employee_record labels (context EmployeeRecord)
    "Phổ thông, sơ cấp": "Secondary, elementary", "Trung cấp": "Intermediate", "Cao đẳng": "College",
    "Đại học": "University", "Thạc sĩ": "Master", "Tiến sĩ": "Doctorate", "Sơ cấp": "Elementary", "Cao cấp": "Advanced",
    "Bằng cao cấp LLCT": "Advanced political theory degree",
    "Bằng cao cấp LLCT - hành chính": "Advanced political theory and administration degree",
    "Giấy xác nhận tương đương cao cấp LLCT": "Confirmation of a level equivalent to advanced political theory",
    "Chủ trì": "Led", "Tham gia": "Took part", "Văn bản quy phạm pháp luật": "Legal normative document",
    "Đề án": "Scheme", "Đề tài": "Research topic", "Dự án": "Project", "Chương trình": "Programme", "Khác": "Other",
    "Cấp nhà nước": "State level", "Cấp bộ": "Ministry level", "Cấp ban": "Party board level",
    "Cấp ngành": "Sector level", "Cấp tỉnh": "Province level", "Cấp cơ sở": "Grassroots level",
    "Quản lý nhà nước": "State management", "Tin học": "IT", "Ngoại ngữ": "Foreign language",
    "Bồi dưỡng nghiệp vụ": "Professional training",
})
EN.update({  # a trail that shows tampering
    "Kiểm tra nhật ký thay đổi…": "Check the audit trail…", "Kiểm tra nhật ký thay đổi": "Check the audit trail",
    "Nhật ký nguyên vẹn.": "The audit trail is intact.",
    "Nhật ký đã bị sửa ngoài chương trình.": "The audit trail was changed outside the program.",
})
EN.update({  # the Sửa menu: what would be undone or redone
    "Hoàn tác {0}": "Undo {0}", "Làm lại {0}": "Redo {0}",
    "Trục để trống: chưa đánh giá": "Blank axis: not yet rated",
})

EN.update({  # the readiness columns of Báo cáo; the trail's words
    "Vị trí không nêu điều kiện": "The position states no conditions", "Đạt {0}/{1} điều kiện": "{0}/{1} conditions met",
    "Đạt {0}/{1}": "{0}/{1} met", "chưa đạt": "not met", "chưa rõ": "unknown", "thiếu {0}": "short by {0}",
    "Người dùng máy tính ({0})": "Computer user ({0})", "Có": "Yes", "Không": "No",
    "Phiếu đánh giá": "Assessment form", "Kỳ đánh giá": "Assessment period", "Giữ ngạch từ": "In grade since",
    "Ngày sinh": "Date of birth", "Giới tính": "Gender", "Đang theo dõi": "Active", "Đơn vị cấp trên": "Parent unit",
    "Mật khẩu": "Password", "Sửa đổi": "Revision", "Cấp độ yêu cầu mặc định": "Default required levels",
    "Lý luận chính trị": "Political theory", "Loại bằng lý luận chính trị": "Kind of political theory degree",
    "Ngành đào tạo phù hợp lĩnh vực": "Major fits the field", "Đã kê khai đủ quá trình công tác": "Work history complete",
    "Danh sách chứng chỉ": "Certificate list", "Dấu kiểm tra tài khoản": "Account check mark",
    "Trigger chống sửa nhật ký": "Trail protection trigger", "Mở lại": "Reopen", "Khóa": "Disable",
    "Nhập từ tệp": "Import from file", "Thay thế": "Replace", "Ghi dấu kiểm tra": "Seal", "Đang mở": "Open",
    "Đã đóng": "Closed",
})

EN.update({  # the shared database's encryption modes; backups; the trail check; Gửi and Phê duyệt asked first
    "không mã hóa": "no encryption", "mã hóa nếu máy chủ yêu cầu": "encrypt if the server requires it",
    "mã hóa nếu máy chủ hỗ trợ": "encrypt if the server supports it",
    "luôn mã hóa (không kiểm tra chứng chỉ)": "always encrypt (certificate not checked)",
    "luôn mã hóa, kiểm tra chứng chỉ theo tệp CA": "always encrypt, check the certificate against the CA file",
    "luôn mã hóa, kiểm tra chứng chỉ và tên máy chủ": "always encrypt, check the certificate and the server name",
    "hằng ngày": "daily", "trước khi cập nhật cấu trúc": "before a structure upgrade",
    "trước khi nhập tệp": "before an import", "trước khi sửa khung năng lực": "before a framework change",
    "trước khi khôi phục": "before a restore", "do người dùng": "by the user",
    "Nhật ký nguyên vẹn: {0} mục, chuỗi liền mạch.": "Audit trail intact: {0} entries, the chain unbroken.",
    "Mã đầu chuỗi (hãy lưu ở nơi khác để đối chiếu lần sau): {0}":
        "Head of the chain (keep it elsewhere to compare next time): {0}",
    "{0}/{1} năng lực đã chấm, {2} chưa chấm; kết luận: {3}": "{0}/{1} competencies scored, {2} not scored; verdict: {3}",
    "{0}/{1} năng lực đã chấm; kết luận: {2}": "{0}/{1} competencies scored; verdict: {2}",
    "Chưa chấm: {0}.": "Not scored: {0}.", "{0} và {1} năng lực khác": "{0} and {1} other competencies",
    "Sau khi gửi, phiếu bị khóa: không sửa được điểm nữa. Muốn sửa phải dùng \"Mở lại…\" và ghi lý do.":
        "Once submitted, the form is locked: scores can no longer be changed. To change them, use \"Reopen…\" "
        "and give a reason.",
    "Phiếu đã phê duyệt là kết quả chính thức, người được đánh giá xem được. Muốn sửa phải dùng \"Mở lại…\" và ghi "
    "lý do.": "An approved form is the official result, which the person assessed can see. To change it, use "
              "\"Reopen…\" and give a reason.",
    "Gửi phiếu": "Submit the form", "Phê duyệt phiếu": "Approve the form",
    "Gửi phiếu {0} của {1}?": "Submit the {0} form of {1}?", "Phê duyệt phiếu {0} của {1}?": "Approve the {0} form of {1}?",
    "Gửi phiếu tự đánh giá của {0}?": "Submit the self-assessment of {0}?",
    "Gửi phiếu đánh giá của {0}?": "Submit the assessment of {0}?",
    "Phê duyệt phiếu đánh giá của {0}?": "Approve the assessment of {0}?",
})

# A text whose English depends on where it is shown: (context, source) → English.
EN_IN_CONTEXT = {
    ("Columns", "Tự đánh giá"): "Self",  # the grid's narrow counterpart column ("Self-assessment" was cut there)
    ("Columns", "Người đánh giá"): "Assessor",
    ("ConfirmStep", "tự đánh giá"): "self-assessment", ("ConfirmStep", "đánh giá"): "assessment",
}

EN.update({  # Giới thiệu, the user guide, the form's menu and panels
    "Đánh giá khoảng cách năng lực công chức theo khung năng lực vị trí việc làm. Kết quả dùng cho đào tạo, bồi "
    "dưỡng, quy hoạch; không phải xếp loại chất lượng.":
        "Civil servant competency gap assessment against job-position competency frameworks. Results serve "
        "training, development and planning; they are not a quality rating.",
    "Phiên bản:": "Version:", "Cơ sở dữ liệu:": "Database:", "Thư mục nhật ký:": "Log folder:",
    "Mở thư mục nhật ký": "Open the log folder", "Biểu tượng: Lucide (giấy phép ISC).": "Icons: Lucide (ISC licence).",
    "Gửi phiếu…": "Submit the form…", "Phê duyệt phiếu…": "Approve the form…", "Mở lại phiếu…": "Reopen the form…",
    "Danh sách công chức": "Staff list", "◂ Danh sách": "◂ List", "Biểu đồ và báo cáo": "Chart and report",
    "Biểu đồ ▸": "Chart ▸", "Chưa có phiếu": "No form yet", "Hướng dẫn sử dụng": "User guide", "Quay lại": "Back",
    "Mục lục": "Contents", "Thanh công cụ": "Toolbar", "&Phiếu": "F&orm", "Tìm kiếm": "Search",
    "Cá nhân": "Personal", "Giữ ngạch, hạng từ:": "In grade since:", "Công tác": "Work",
    "Đã xuất tệp": "File exported", "Đã ghi tệp {0}\nvào thư mục {1}": "Wrote the file {0}\nto the folder {1}",
    "Mở tệp": "Open file", "Mở thư mục": "Open folder",
    "ví dụ {0}": "e.g. {0}", "Tên kỳ đánh giá:": "Period name:", "Từ ngày:": "From:", "Đến ngày:": "To:",
    "Hãy nhập tên kỳ đánh giá (ví dụ Năm 2027).": "Enter the period's name (e.g. Year 2027).", "Năm {0}": "Year {0}",
    "Nam": "Male", "Nữ": "Female",
    "Ngày dạng dd/mm/yyyy; bấm mũi tên để chọn trên lịch; Delete để xóa.":
        "A date as dd/mm/yyyy; click the arrow to pick it on a calendar; Delete empties it.",
    "Ngày dạng dd/mm/yyyy; bấm mũi tên để chọn trên lịch.": "A date as dd/mm/yyyy; click the arrow to pick it on a calendar.",
    "yêu cầu {0}": "required {0}", "văn bản": "in words", "mã": "code", "thêm": "added", "bỏ": "removed",
})
EN.update({  # the shared PostgreSQL database
    "Kết nối cơ sở dữ liệu dùng chung": "Connect to the shared database",
    "Kết nối cơ sở dữ liệu dùng chung…": "Connect to the shared database…",
    "Máy chủ PostgreSQL của cơ quan. Bộ phận CNTT cung cấp các thông tin dưới đây; tài khoản là tài khoản ứng dụng "
    "(không phải tài khoản chủ sở hữu).":
        "The agency's PostgreSQL server. The IT department gives the details below; the account is the "
        "application's account (not the owner's).",
    "tệp CA (.crt, .pem) cho verify-ca, verify-full": "CA file (.crt, .pem) for verify-ca, verify-full",
    "Chọn…": "Choose…", "Ghi nhớ mật khẩu trong kho khóa của hệ điều hành": "Remember the password in the system keyring",
    "Máy này không có kho khóa của hệ điều hành: mật khẩu chỉ dùng cho lần này, lần sau chương trình hỏi lại.":
        "This computer has no system keyring: the password is used this time only; the program asks again next "
        "time.",
    "Máy chủ:": "Server:", "Cổng:": "Port:", "Mã hóa (sslmode):": "Encryption (sslmode):", "Chứng chỉ CA:": "CA certificate:",
    "Kiểm tra kết nối": "Test the connection", "Lưu và kết nối": "Save and connect",
    "Chọn tệp chứng chỉ CA": "Choose the CA certificate file",
    "Chứng chỉ (*.crt *.pem *.cer);;Mọi tệp (*)": "Certificates (*.crt *.pem *.cer);;All files (*)",
    "máy chủ": "server", "cơ sở dữ liệu": "database", "tên đăng nhập": "user name", "Hãy điền: {0}.": "Please fill in: {0}.",
    "Đang kết nối…": "Connecting…", "Chưa ghi nhớ mật khẩu": "Password not remembered",
    "Không ghi được mật khẩu vào kho khóa của hệ điều hành; mật khẩu chỉ dùng cho lần này.":
        "The password could not be written to the system keyring; it is used this time only.",
    "Kết nối máy chủ…": "Connect to a server…", "Đang dùng cơ sở dữ liệu {0}": "Using the database {0}",
    # empty lists and tables (app.ui.window_look, app.ui.empty_state)
    "Chưa có phiếu nào trong kỳ và phạm vi đã chọn.": "No form yet in the period and scope chosen.",
    "Chưa chọn công chức. Chọn một người ở danh sách bên trái (Ctrl+F để tìm) để bắt đầu đánh giá.":
        "No civil servant chosen. Pick someone in the list on the left (Ctrl+F to search) to start the assessment.",
    "Không có công chức nào khớp. Thử gõ ít chữ hơn, hoặc chọn Tất cả đơn vị.":
        "No civil servant matches. Try typing less, or choose All units.",
    "Không có công chức nào khớp với điều kiện tìm.": "No civil servant matches the search.",
    "Không có vị trí việc làm nào khớp với điều kiện tìm.": "No job position matches the search.",
    "Không có phiếu đánh giá sẵn sàng cho vị trí khác trong kỳ này.":
        "No readiness assessment for another position in this period.",
})
