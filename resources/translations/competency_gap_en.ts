<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="vi">
  <context>
    <name />
    <message>
      <location filename="../../app/ui/framework_editor/issues.py" line="94" />
      <source>Văn bản</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/issues.py" line="97" />
      <location filename="../../app/ui/framework_editor/issues.py" line="110" />
      <source>Vị trí số {0}</source>
      <translation>Position {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/issues.py" line="100" />
      <source>yêu cầu năng lực {0}</source>
      <translation>requirement {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/issues.py" line="101" />
      <source>nhiệm vụ</source>
      <translation>task</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/issues.py" line="101" />
      <source>tiêu chí</source>
      <translation>criterion</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/issues.py" line="101" />
      <source>quan hệ công việc</source>
      <translation>working relationship</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/issues.py" line="102" />
      <source>quyền hạn</source>
      <translation>authority</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/issues.py" line="102" />
      <source>trình độ</source>
      <translation>qualification</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/issues.py" line="103" />
      <source>điều kiện</source>
      <translation>conditions</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/issues.py" line="106" />
      <source>Nhóm năng lực</source>
      <translation>Competency groups</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/issues.py" line="106" />
      <source>Năng lực</source>
      <translation>Competency</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/issues.py" line="106" />
      <source>Chuyên ngành</source>
      <translation>Specialties</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/issues.py" line="107" />
      <source>Vị trí việc làm</source>
      <translation>Job positions</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/issues.py" line="111" />
      <source>Nhóm {0}</source>
      <translation>Group {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/issues.py" line="111" />
      <source>Năng lực {0}</source>
      <translation>Competency {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/issues.py" line="111" />
      <source>Chuyên ngành {0}</source>
      <translation>Specialty {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/i18n.py" line="144" />
      <source>Người dùng máy tính ({0})</source>
      <translation>Computer user ({0})</translation>
    </message>
  </context>
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../app/ui/help_window.py" line="114" />
      <source>Giới thiệu</source>
      <translation>About</translation>
    </message>
    <message>
      <location filename="../../app/ui/help_window.py" line="115" />
      <source>Đánh giá khoảng cách năng lực công chức</source>
      <translation>Civil servant competency gap assessment</translation>
    </message>
    <message>
      <location filename="../../app/ui/help_window.py" line="117" />
      <source>Đánh giá khoảng cách năng lực công chức theo khung năng lực vị trí việc làm. Kết quả dùng cho đào tạo, bồi dưỡng, quy hoạch; không phải xếp loại chất lượng.</source>
      <translation>Civil servant competency gap assessment against job-position competency frameworks. Results serve training, development and planning; they are not a quality rating.</translation>
    </message>
    <message>
      <location filename="../../app/ui/help_window.py" line="128" />
      <source>Phiên bản:</source>
      <translation>Version:</translation>
    </message>
    <message>
      <location filename="../../app/ui/help_window.py" line="129" />
      <source>Cơ sở dữ liệu:</source>
      <translation>Database:</translation>
    </message>
    <message>
      <location filename="../../app/ui/help_window.py" line="130" />
      <source>Thư mục nhật ký:</source>
      <translation>Log folder:</translation>
    </message>
    <message>
      <location filename="../../app/ui/help_window.py" line="131" />
      <source>Mở thư mục nhật ký</source>
      <translation>Open the log folder</translation>
    </message>
    <message>
      <location filename="../../app/ui/help_window.py" line="136" />
      <source>Biểu tượng: Lucide (giấy phép ISC).</source>
      <translation>Icons: Lucide (ISC licence).</translation>
    </message>
  </context>
  <context>
    <name>AccountActions</name>
    <message>
      <location filename="../../app/ui/window_accounts.py" line="41" />
      <source>Tài khoản '{0}' đã bị khóa hoặc đã thay đổi quyền, hoặc mật khẩu vừa được đổi: hãy đăng nhập lại.</source>
      <translation>Account '{0}' was disabled, its rights changed, or its password was just changed: please log in again.</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_accounts.py" line="66" />
      <source>Tạo tài khoản quản trị đầu tiên</source>
      <translation>Create the first administrator</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_accounts.py" line="73" />
      <source>Chưa tạo được</source>
      <translation>Not created</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_accounts.py" line="78" />
      <source>Đã tạo tài khoản quản trị; từ nay cần đăng nhập.</source>
      <translation>Administrator created; logging in is required from now on.</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_accounts.py" line="95" />
      <source>Đổi mật khẩu</source>
      <translation>Change password</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_accounts.py" line="96" />
      <source>Đã đổi mật khẩu.</source>
      <translation>Password changed.</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_accounts.py" line="136" />
      <location filename="../../app/ui/window_accounts.py" line="140" />
      <source>Kiểm tra nhật ký thay đổi</source>
      <translation>Check the audit trail</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_accounts.py" line="138" />
      <source>Nhật ký nguyên vẹn.</source>
      <translation>The audit trail is intact.</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_accounts.py" line="138" />
      <source>Nhật ký đã bị sửa ngoài chương trình.</source>
      <translation>The audit trail was changed outside the program.</translation>
    </message>
  </context>
  <context>
    <name>AccountsDialog</name>
    <message>
      <location filename="../../app/ui/accounts_dialog.py" line="102" />
      <source>Quản lý tài khoản</source>
      <translation>Accounts</translation>
    </message>
    <message>
      <location filename="../../app/ui/accounts_dialog.py" line="111" />
      <source>Thêm tài khoản…</source>
      <translation>Add account…</translation>
    </message>
    <message>
      <location filename="../../app/ui/accounts_dialog.py" line="112" />
      <source>Thêm vai trò…</source>
      <translation>Add role…</translation>
    </message>
    <message>
      <location filename="../../app/ui/accounts_dialog.py" line="113" />
      <source>Đặt lại mật khẩu…</source>
      <translation>Reset password…</translation>
    </message>
    <message>
      <location filename="../../app/ui/accounts_dialog.py" line="114" />
      <source>Khóa tài khoản</source>
      <translation>Disable account</translation>
    </message>
    <message>
      <location filename="../../app/ui/accounts_dialog.py" line="136" />
      <source>Đang dùng</source>
      <translation>Active</translation>
    </message>
    <message>
      <location filename="../../app/ui/accounts_dialog.py" line="136" />
      <source>Đã khóa</source>
      <translation>Disabled</translation>
    </message>
    <message>
      <location filename="../../app/ui/accounts_dialog.py" line="138" />
      <source>Tạm khóa (nhập sai mật khẩu)</source>
      <translation>Locked (wrong passwords)</translation>
    </message>
    <message>
      <location filename="../../app/ui/accounts_dialog.py" line="148" />
      <source>Thêm tài khoản</source>
      <translation>Add account</translation>
    </message>
    <message>
      <location filename="../../app/ui/accounts_dialog.py" line="163" />
      <source>Thêm vai trò cho {0}</source>
      <translation>Add a role to {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/accounts_dialog.py" line="180" />
      <source>Đặt lại mật khẩu cho {0}</source>
      <translation>Reset the password of {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/accounts_dialog.py" line="185" />
      <source>Chưa đổi được</source>
      <translation>Not changed</translation>
    </message>
    <message>
      <location filename="../../app/ui/accounts_dialog.py" line="194" />
      <source>Không khóa được</source>
      <translation>Not disabled</translation>
    </message>
    <message>
      <source>Tài khoản</source>
      <translation>Account</translation>
    </message>
    <message>
      <source>Họ và tên</source>
      <translation>Full name</translation>
    </message>
    <message>
      <source>Vai trò</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>Công chức</source>
      <translation>Employee</translation>
    </message>
    <message>
      <source>Trạng thái</source>
      <translation>Status</translation>
    </message>
  </context>
  <context>
    <name>AssessmentPage</name>
    <message>
      <location filename="../../app/ui/assessment_page.py" line="59" />
      <source>Sửa ghi chú {0}</source>
      <translation>Edit note {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/assessment_page.py" line="61" />
      <source>Chấm điểm {0}</source>
      <translation>Score {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/assessment_page.py" line="212" />
      <source>Vị trí đánh giá:</source>
      <translation>Target position:</translation>
    </message>
    <message>
      <location filename="../../app/ui/assessment_page.py" line="213" />
      <source>Kỳ đánh giá:</source>
      <translation>Period:</translation>
    </message>
    <message>
      <location filename="../../app/ui/assessment_page.py" line="214" />
      <source>Loại:</source>
      <translation>Kind:</translation>
    </message>
    <message>
      <location filename="../../app/ui/assessment_page.py" line="215" />
      <location filename="../../app/ui/assessment_page.py" line="308" />
      <source>Người đánh giá</source>
      <translation>Assessor</translation>
    </message>
    <message>
      <location filename="../../app/ui/assessment_page.py" line="216" />
      <location filename="../../app/ui/assessment_page.py" line="308" />
      <source>Tự đánh giá</source>
      <translation>Self-assessment</translation>
    </message>
    <message>
      <location filename="../../app/ui/assessment_page.py" line="217" />
      <source>Gửi</source>
      <translation>Submit</translation>
    </message>
    <message>
      <location filename="../../app/ui/assessment_page.py" line="218" />
      <source>Phê duyệt</source>
      <translation>Approve</translation>
    </message>
    <message>
      <location filename="../../app/ui/assessment_page.py" line="219" />
      <source>Mở lại…</source>
      <translation>Reopen…</translation>
    </message>
    <message>
      <location filename="../../app/ui/assessment_page.py" line="220" />
      <source>Lịch sử thay đổi…</source>
      <translation>Change history…</translation>
    </message>
    <message>
      <location filename="../../app/ui/assessment_page.py" line="221" />
      <source>Ai đã sửa gì, khi nào, giá trị cũ và mới, lý do (Ctrl+H)</source>
      <translation>Who changed what, when, old and new value, reason (Ctrl+H)</translation>
    </message>
    <message>
      <location filename="../../app/ui/assessment_actions.py" line="67" />
      <source>Gửi phiếu…</source>
      <translation>Submit the form…</translation>
    </message>
    <message>
      <location filename="../../app/ui/assessment_actions.py" line="68" />
      <source>Phê duyệt phiếu…</source>
      <translation>Approve the form…</translation>
    </message>
    <message>
      <location filename="../../app/ui/assessment_actions.py" line="69" />
      <source>Mở lại phiếu…</source>
      <translation>Reopen the form…</translation>
    </message>
    <message>
      <location filename="../../app/ui/assessment_actions.py" line="70" />
      <source>Danh sách công chức</source>
      <translation>Staff list</translation>
    </message>
    <message>
      <location filename="../../app/ui/assessment_actions.py" line="71" />
      <source>Biểu đồ và báo cáo</source>
      <translation>Chart and report</translation>
    </message>
    <message>
      <location filename="../../app/ui/assessment_page.py" line="306" />
      <location filename="../../app/ui/assessment_page.py" line="447" />
      <source>Không mở được phiếu</source>
      <translation>Cannot open the assessment</translation>
    </message>
    <message>
      <location filename="../../app/ui/assessment_page.py" line="330" />
      <source>Phiếu của người đánh giá chỉ xem được khi đã phê duyệt: đang hiện phiếu tự đánh giá.</source>
      <translation>The assessor's form can be seen once approved: showing the self-assessment.</translation>
    </message>
    <message>
      <location filename="../../app/ui/assessment_page.py" line="378" />
      <source>Đã giữ giá trị của đồng nghiệp ở năng lực {0}.</source>
      <translation>Kept your colleague's value for competency {0}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/assessment_page.py" line="399" />
      <source>Không hoàn tác: năng lực {0} đã được sửa sau thay đổi của bạn.</source>
      <translation>Not undone: competency {0} was changed after your change.</translation>
    </message>
    <message>
      <location filename="../../app/ui/assessment_page.py" line="401" />
      <source>Không làm lại: năng lực {0} đã được sửa sau thay đổi của bạn.</source>
      <translation>Not redone: competency {0} was changed after your change.</translation>
    </message>
    <message>
      <location filename="../../app/ui/assessment_page.py" line="422" />
      <source>Đã lưu lúc {0}</source>
      <translation>Saved at {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/assessment_page.py" line="434" />
      <source>Chưa lưu ghi chú {0}: {1}</source>
      <translation>Note {0} not saved: {1}</translation>
    </message>
    <message>
      <location filename="../../app/ui/assessment_page.py" line="436" />
      <source>Chưa lưu điểm {0}: {1}</source>
      <translation>Score {0} not saved: {1}</translation>
    </message>
    <message>
      <location filename="../../app/ui/assessment_page.py" line="478" />
      <source>Không thực hiện được</source>
      <translation>Not possible</translation>
    </message>
    <message>
      <location filename="../../app/ui/assessment_page.py" line="528" />
      <source>Kỳ đánh giá đã đóng: phiếu chỉ để xem.</source>
      <translation>The assessment period is closed: this form is read-only.</translation>
    </message>
    <message>
      <location filename="../../app/ui/assessment_page.py" line="529" />
      <source>Phiếu {0}: không sửa được điểm. Dùng "Mở lại…" nếu cần sửa.</source>
      <translation>Assessment {0}: scores cannot be changed. Use "Reopen…" to change them.</translation>
    </message>
    <message>
      <location filename="../../app/ui/assessment_page.py" line="543" />
      <source>Chưa có phiếu</source>
      <translation>No form yet</translation>
    </message>
    <message>
      <source>Đánh giá mức sẵn sàng cho vị trí khác vị trí hiện tại.</source>
      <translation>Readiness assessment for a position other than the current one.</translation>
    </message>
    <message>
      <source>Cấp độ yêu cầu mặc định theo ngạch: văn bản không quy định cấp độ.</source>
      <translation>Required levels are grade defaults: the document sets no levels.</translation>
    </message>
    <message>
      <source>yêu cầu</source>
      <translation>required</translation>
    </message>
    <message>
      <source>đã đóng</source>
      <translation>closed</translation>
    </message>
    <message>
      <source>Chọn một công chức để bắt đầu đánh giá.</source>
      <translation>Choose a civil servant to start assessing.</translation>
    </message>
    <message>
      <source>Lịch sử thay đổi của phiếu</source>
      <translation>Change history of the form</translation>
    </message>
    <message>
      <source>Không xem được</source>
      <translation>Cannot be shown</translation>
    </message>
    <message>
      <source>Nhật ký thay đổi</source>
      <translation>Audit trail</translation>
    </message>
    <message>
      <source>Toàn bộ thay đổi trong cơ sở dữ liệu</source>
      <translation>Every change in the database</translation>
    </message>
    <message>
      <source>Không mở được cơ sở dữ liệu</source>
      <translation>Cannot open the database</translation>
    </message>
    <message>
      <source>Đang dùng cơ sở dữ liệu {0}</source>
      <translation>Using the database {0}</translation>
    </message>
    <message>
      <source>Chưa ghi được tệp</source>
      <translation>File not written</translation>
    </message>
    <message>
      <source>Tải tệp mẫu danh sách công chức</source>
      <translation>Download staff list template</translation>
    </message>
    <message>
      <source>Xuất danh sách công chức</source>
      <translation>Export staff list</translation>
    </message>
    <message>
      <source>Đang nhập…</source>
      <translation>Importing…</translation>
    </message>
    <message>
      <source>Hủy</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Nhập danh sách công chức</source>
      <translation>Import staff list</translation>
    </message>
    <message>
      <source>Đã hủy</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <source>Đã hủy: cơ sở dữ liệu giữ nguyên như trước.</source>
      <translation>Cancelled: the database is unchanged.</translation>
    </message>
    <message>
      <source>Chưa nhập được</source>
      <translation>Not imported</translation>
    </message>
    <message>
      <source>Xuất Excel tổng hợp</source>
      <translation>Export summary to Excel</translation>
    </message>
    <message>
      <source>Xuất Excel phiếu đánh giá</source>
      <translation>Export assessment form to Excel</translation>
    </message>
    <message>
      <source>Nhập điểm từ phiếu giấy</source>
      <translation>Import scores from paper forms</translation>
    </message>
    <message>
      <source>Tệp có {0} lỗi; chưa nhập gì. Hãy sửa rồi nhập lại.</source>
      <translation>The file has {0} problems; nothing was imported. Correct them and import again.</translation>
    </message>
    <message>
      <source>{0} điểm cho {1} phiếu đánh giá.</source>
      <translation>{0} scores for {1} forms.</translation>
    </message>
    <message>
      <source>Tải tệp mẫu nhập điểm</source>
      <translation>Download scores template</translation>
    </message>
    <message>
      <source>Xuất khung năng lực ra Excel</source>
      <translation>Export framework to Excel</translation>
    </message>
    <message>
      <source>Vị trí này còn {0} lỗi ở các phần bên phải.</source>
      <translation>This position has {0} problems in the parts on the right.</translation>
    </message>
    <message>
      <source>Nhập khung năng lực</source>
      <translation>Import framework</translation>
    </message>
    <message>
      <source>Khung {0} không có gì thay đổi so với bản đã lưu; không ghi gì.</source>
      <translation>Framework {0} is the same as the saved one; nothing was written.</translation>
    </message>
    <message>
      <source>Lỗi không mong đợi khi mở cơ sở dữ liệu. Chi tiết đã ghi vào nhật ký chương trình.</source>
      <translation>Unexpected error while opening the database. Details were written to the program's log.</translation>
    </message>
    <message>
      <source>Mở cơ sở dữ liệu</source>
      <translation>Open a database</translation>
    </message>
    <message>
      <source>Không khôi phục được</source>
      <translation>Not restored</translation>
    </message>
    <message>
      <source>Xem trước khi in</source>
      <translation>Print preview</translation>
    </message>
  </context>
  <context>
    <name>AuditDialog</name>
    <message>
      <location filename="../../app/ui/audit_dialog.py" line="96" />
      <source>Tìm trong nhật ký (không cần dấu)…</source>
      <translation>Search the trail…</translation>
    </message>
    <message>
      <location filename="../../app/ui/audit_dialog.py" line="100" />
      <source>Mọi loại đối tượng</source>
      <translation>Every kind of record</translation>
    </message>
    <message>
      <location filename="../../app/ui/audit_dialog.py" line="109" />
      <source>Xuất Excel…</source>
      <translation>Export to Excel…</translation>
    </message>
    <message>
      <location filename="../../app/ui/audit_dialog.py" line="118" />
      <source>Nhật ký chỉ để xem: không ai sửa hay xóa được.</source>
      <translation>The trail is read-only: nobody can edit or delete it.</translation>
    </message>
    <message>
      <location filename="../../app/ui/audit_dialog.py" line="134" />
      <source>{0} thay đổi</source>
      <translation>{0} changes</translation>
    </message>
    <message>
      <location filename="../../app/ui/audit_dialog.py" line="153" />
      <source>Xuất nhật ký thay đổi</source>
      <translation>Export the audit trail</translation>
    </message>
    <message>
      <location filename="../../app/ui/audit_dialog.py" line="157" />
      <source>Đã xuất {0}</source>
      <translation>Exported {0}</translation>
    </message>
    <message>
      <source>Lịch sử thay đổi của phiếu</source>
      <translation>Change history of the form</translation>
    </message>
    <message>
      <source>Không xem được</source>
      <translation>Cannot be shown</translation>
    </message>
    <message>
      <source>Nhật ký thay đổi</source>
      <translation>Audit trail</translation>
    </message>
    <message>
      <source>Toàn bộ thay đổi trong cơ sở dữ liệu</source>
      <translation>Every change in the database</translation>
    </message>
    <message>
      <source>Không mở được cơ sở dữ liệu</source>
      <translation>Cannot open the database</translation>
    </message>
    <message>
      <source>Đang dùng cơ sở dữ liệu {0}</source>
      <translation>Using the database {0}</translation>
    </message>
    <message>
      <source>Chưa ghi được tệp</source>
      <translation>File not written</translation>
    </message>
    <message>
      <source>Tải tệp mẫu danh sách công chức</source>
      <translation>Download staff list template</translation>
    </message>
    <message>
      <source>Xuất danh sách công chức</source>
      <translation>Export staff list</translation>
    </message>
    <message>
      <source>Đang nhập…</source>
      <translation>Importing…</translation>
    </message>
    <message>
      <source>Hủy</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Nhập danh sách công chức</source>
      <translation>Import staff list</translation>
    </message>
    <message>
      <source>Đã hủy</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <source>Đã hủy: cơ sở dữ liệu giữ nguyên như trước.</source>
      <translation>Cancelled: the database is unchanged.</translation>
    </message>
    <message>
      <source>Chưa nhập được</source>
      <translation>Not imported</translation>
    </message>
    <message>
      <source>Xuất Excel tổng hợp</source>
      <translation>Export summary to Excel</translation>
    </message>
    <message>
      <source>Xuất Excel phiếu đánh giá</source>
      <translation>Export assessment form to Excel</translation>
    </message>
    <message>
      <source>Nhập điểm từ phiếu giấy</source>
      <translation>Import scores from paper forms</translation>
    </message>
    <message>
      <source>Tệp có {0} lỗi; chưa nhập gì. Hãy sửa rồi nhập lại.</source>
      <translation>The file has {0} problems; nothing was imported. Correct them and import again.</translation>
    </message>
    <message>
      <source>{0} điểm cho {1} phiếu đánh giá.</source>
      <translation>{0} scores for {1} forms.</translation>
    </message>
    <message>
      <source>Tải tệp mẫu nhập điểm</source>
      <translation>Download scores template</translation>
    </message>
    <message>
      <source>Xuất khung năng lực ra Excel</source>
      <translation>Export framework to Excel</translation>
    </message>
    <message>
      <source>Vị trí này còn {0} lỗi ở các phần bên phải.</source>
      <translation>This position has {0} problems in the parts on the right.</translation>
    </message>
    <message>
      <source>Nhập khung năng lực</source>
      <translation>Import framework</translation>
    </message>
    <message>
      <source>Khung {0} không có gì thay đổi so với bản đã lưu; không ghi gì.</source>
      <translation>Framework {0} is the same as the saved one; nothing was written.</translation>
    </message>
    <message>
      <source>Lỗi không mong đợi khi mở cơ sở dữ liệu. Chi tiết đã ghi vào nhật ký chương trình.</source>
      <translation>Unexpected error while opening the database. Details were written to the program's log.</translation>
    </message>
    <message>
      <source>Mở cơ sở dữ liệu</source>
      <translation>Open a database</translation>
    </message>
    <message>
      <source>Không khôi phục được</source>
      <translation>Not restored</translation>
    </message>
    <message>
      <source>Xem trước khi in</source>
      <translation>Print preview</translation>
    </message>
  </context>
  <context>
    <name>Buttons</name>
    <message>
      <location filename="../../app/ui/file_dialogs.py" line="116" />
      <source>Đóng</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Đồng ý</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Hủy</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Lưu</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>CompetenciesTab</name>
    <message>
      <location filename="../../app/ui/framework_editor/competencies_tab.py" line="92" />
      <source>Mô tả năm cấp độ: {0}</source>
      <translation>The five level descriptors: {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/competencies_tab.py" line="92" />
      <source>Mô tả năm cấp độ</source>
      <translation>The five level descriptors</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/competencies_tab.py" line="96" />
      <source>Cấp độ {0}:</source>
      <translation>Level {0}:</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/competencies_tab.py" line="97" />
      <source>Nguồn mô tả:</source>
      <translation>Descriptor source:</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/competencies_tab.py" line="98" />
      <source>Năng lực mới nhận thang mô tả chung (chưa có mô tả chính thức); hãy sửa theo văn bản của cơ quan và chọn nguồn mô tả tương ứng.</source>
      <translation>A new competency gets the generic scale (no official descriptors exist); adapt it to your agency's document and choose the matching source.</translation>
    </message>
  </context>
  <context>
    <name>ConfirmStep</name>
    <message>
      <location filename="../../app/ui/workflow_confirm.py" line="24" />
      <source>{0}/{1} năng lực đã chấm, {2} chưa chấm; kết luận: {3}</source>
      <translation>{0}/{1} competencies scored, {2} not scored; verdict: {3}</translation>
    </message>
    <message>
      <location filename="../../app/ui/workflow_confirm.py" line="36" />
      <source>Chưa chấm: {0}.</source>
      <translation>Not scored: {0}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/workflow_confirm.py" line="46" />
      <source>Sau khi gửi, phiếu bị khóa: không sửa được điểm nữa. Muốn sửa phải dùng "Mở lại…" và ghi lý do.</source>
      <translation>Once submitted, the form is locked: scores can no longer be changed. To change them, use "Reopen…" and give a reason.</translation>
    </message>
    <message>
      <location filename="../../app/ui/workflow_confirm.py" line="48" />
      <source>Gửi</source>
      <translation>Submit</translation>
    </message>
    <message>
      <location filename="../../app/ui/workflow_confirm.py" line="50" />
      <source>Phê duyệt phiếu đánh giá của {0}?</source>
      <translation>Approve the assessment of {0}?</translation>
    </message>
    <message>
      <location filename="../../app/ui/workflow_confirm.py" line="51" />
      <source>Phiếu đã phê duyệt là kết quả chính thức, người được đánh giá xem được. Muốn sửa phải dùng "Mở lại…" và ghi lý do.</source>
      <translation>An approved form is the official result, which the person assessed can see. To change it, use "Reopen…" and give a reason.</translation>
    </message>
    <message>
      <location filename="../../app/ui/workflow_confirm.py" line="53" />
      <source>Phê duyệt</source>
      <translation>Approve</translation>
    </message>
    <message>
      <location filename="../../app/ui/workflow_confirm.py" line="23" />
      <source>{0}/{1} năng lực đã chấm; kết luận: {2}</source>
      <translation>{0}/{1} competencies scored; verdict: {2}</translation>
    </message>
    <message>
      <location filename="../../app/ui/workflow_confirm.py" line="35" />
      <source>{0} và {1} năng lực khác</source>
      <translation>{0} and {1} other competencies</translation>
    </message>
    <message>
      <location filename="../../app/ui/workflow_confirm.py" line="43" />
      <source>Gửi phiếu tự đánh giá của {0}?</source>
      <translation>Submit the self-assessment of {0}?</translation>
    </message>
    <message>
      <location filename="../../app/ui/workflow_confirm.py" line="44" />
      <source>Gửi phiếu đánh giá của {0}?</source>
      <translation>Submit the assessment of {0}?</translation>
    </message>
    <message>
      <location filename="../../app/ui/workflow_confirm.py" line="45" />
      <source>Gửi phiếu</source>
      <translation>Submit the form</translation>
    </message>
    <message>
      <location filename="../../app/ui/workflow_confirm.py" line="49" />
      <source>Phê duyệt phiếu</source>
      <translation>Approve the form</translation>
    </message>
  </context>
  <context>
    <name>ConflictDialog</name>
    <message>
      <location filename="../../app/ui/save_dialogs.py" line="63" />
      <source>Ghi chú vừa được người khác sửa</source>
      <translation>The note was just changed by someone else</translation>
    </message>
    <message>
      <location filename="../../app/ui/save_dialogs.py" line="64" />
      <source>Trong lúc bạn sửa, {0} đã sửa ghi chú của năng lực này. Thay đổi của bạn chưa được ghi.</source>
      <translation>While you were editing, {0} changed the note of this competency. Your change has not been saved.</translation>
    </message>
    <message>
      <location filename="../../app/ui/save_dialogs.py" line="66" />
      <source>Giữ ghi chú của đồng nghiệp</source>
      <translation>Keep my colleague's note</translation>
    </message>
    <message>
      <location filename="../../app/ui/save_dialogs.py" line="66" />
      <source>Ghi ghi chú của tôi</source>
      <translation>Save my note</translation>
    </message>
    <message>
      <location filename="../../app/ui/save_dialogs.py" line="68" />
      <source>Điểm vừa được người khác sửa</source>
      <translation>The score was just changed by someone else</translation>
    </message>
    <message>
      <location filename="../../app/ui/save_dialogs.py" line="69" />
      <source>Trong lúc bạn sửa, {0} đã sửa điểm của năng lực này. Thay đổi của bạn chưa được ghi.</source>
      <translation>While you were editing, {0} changed the score of this competency. Your change has not been saved.</translation>
    </message>
    <message>
      <location filename="../../app/ui/save_dialogs.py" line="71" />
      <source>Giữ điểm của đồng nghiệp</source>
      <translation>Keep my colleague's score</translation>
    </message>
    <message>
      <location filename="../../app/ui/save_dialogs.py" line="71" />
      <source>Ghi điểm của tôi</source>
      <translation>Save my score</translation>
    </message>
    <message>
      <location filename="../../app/ui/save_dialogs.py" line="91" />
      <source>Đang lưu (của đồng nghiệp):</source>
      <translation>Saved (your colleague's):</translation>
    </message>
    <message>
      <location filename="../../app/ui/save_dialogs.py" line="93" />
      <source>Bạn vừa nhập (chưa lưu):</source>
      <translation>You typed (not saved):</translation>
    </message>
    <message>
      <location filename="../../app/ui/save_dialogs.py" line="100" />
      <source>Bỏ thay đổi của bạn; ô hiện lại giá trị đang lưu.</source>
      <translation>Drop your change; the cell shows the saved value again.</translation>
    </message>
    <message>
      <location filename="../../app/ui/save_dialogs.py" line="101" />
      <source>Ghi giá trị của bạn thay giá trị của đồng nghiệp (có ghi nhật ký).</source>
      <translation>Save your value over your colleague's (recorded in the change history).</translation>
    </message>
  </context>
  <context>
    <name>ConnectionDialog</name>
    <message>
      <location filename="../../app/ui/connection_dialog.py" line="43" />
      <source>Kết nối cơ sở dữ liệu dùng chung</source>
      <translation>Connect to the shared database</translation>
    </message>
    <message>
      <location filename="../../app/ui/connection_dialog.py" line="44" />
      <source>Máy chủ PostgreSQL của cơ quan. Bộ phận CNTT cung cấp các thông tin dưới đây; tài khoản là tài khoản ứng dụng (không phải tài khoản chủ sở hữu).</source>
      <translation>The agency's PostgreSQL server. The IT department gives the details below; the account is the application's account (not the owner's).</translation>
    </message>
    <message>
      <location filename="../../app/ui/connection_dialog.py" line="60" />
      <source>tệp CA (.crt, .pem) cho verify-ca, verify-full</source>
      <translation>CA file (.crt, .pem) for verify-ca, verify-full</translation>
    </message>
    <message>
      <location filename="../../app/ui/connection_dialog.py" line="61" />
      <source>Chọn…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <location filename="../../app/ui/connection_dialog.py" line="66" />
      <source>Ghi nhớ mật khẩu trong kho khóa của hệ điều hành</source>
      <translation>Remember the password in the system keyring</translation>
    </message>
    <message>
      <location filename="../../app/ui/connection_dialog.py" line="71" />
      <source>Máy này không có kho khóa của hệ điều hành: mật khẩu chỉ dùng cho lần này, lần sau chương trình hỏi lại.</source>
      <translation>This computer has no system keyring: the password is used this time only; the program asks again next time.</translation>
    </message>
    <message>
      <location filename="../../app/ui/connection_dialog.py" line="74" />
      <source>Máy chủ:</source>
      <translation>Server:</translation>
    </message>
    <message>
      <location filename="../../app/ui/connection_dialog.py" line="75" />
      <source>Cổng:</source>
      <translation>Port:</translation>
    </message>
    <message>
      <location filename="../../app/ui/connection_dialog.py" line="76" />
      <source>Cơ sở dữ liệu:</source>
      <translation>Database:</translation>
    </message>
    <message>
      <location filename="../../app/ui/connection_dialog.py" line="77" />
      <source>Tên đăng nhập:</source>
      <translation>User name:</translation>
    </message>
    <message>
      <location filename="../../app/ui/connection_dialog.py" line="78" />
      <source>Mật khẩu:</source>
      <translation>Password:</translation>
    </message>
    <message>
      <location filename="../../app/ui/connection_dialog.py" line="79" />
      <source>Mã hóa (sslmode):</source>
      <translation>Encryption (sslmode):</translation>
    </message>
    <message>
      <location filename="../../app/ui/connection_dialog.py" line="80" />
      <source>Chứng chỉ CA:</source>
      <translation>CA certificate:</translation>
    </message>
    <message>
      <location filename="../../app/ui/connection_dialog.py" line="82" />
      <source>Kiểm tra kết nối</source>
      <translation>Test the connection</translation>
    </message>
    <message>
      <location filename="../../app/ui/connection_dialog.py" line="92" />
      <source>Lưu và kết nối</source>
      <translation>Save and connect</translation>
    </message>
    <message>
      <location filename="../../app/ui/connection_dialog.py" line="127" />
      <source>Chọn tệp chứng chỉ CA</source>
      <translation>Choose the CA certificate file</translation>
    </message>
    <message>
      <location filename="../../app/ui/connection_dialog.py" line="128" />
      <source>Chứng chỉ (*.crt *.pem *.cer);;Mọi tệp (*)</source>
      <translation>Certificates (*.crt *.pem *.cer);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../app/ui/connection_dialog.py" line="134" />
      <source>máy chủ</source>
      <translation>server</translation>
    </message>
    <message>
      <location filename="../../app/ui/connection_dialog.py" line="134" />
      <source>cơ sở dữ liệu</source>
      <translation>database</translation>
    </message>
    <message>
      <location filename="../../app/ui/connection_dialog.py" line="135" />
      <source>tên đăng nhập</source>
      <translation>user name</translation>
    </message>
    <message>
      <location filename="../../app/ui/connection_dialog.py" line="137" />
      <source>Hãy điền: {0}.</source>
      <translation>Please fill in: {0}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/connection_dialog.py" line="147" />
      <source>Đang kết nối…</source>
      <translation>Connecting…</translation>
    </message>
    <message>
      <location filename="../../app/ui/connection_dialog.py" line="171" />
      <source>Chưa ghi nhớ mật khẩu</source>
      <translation>Password not remembered</translation>
    </message>
    <message>
      <location filename="../../app/ui/connection_dialog.py" line="172" />
      <source>Không ghi được mật khẩu vào kho khóa của hệ điều hành; mật khẩu chỉ dùng cho lần này.</source>
      <translation>The password could not be written to the system keyring; it is used this time only.</translation>
    </message>
    <message>
      <source>không mã hóa</source>
      <translation>no encryption</translation>
    </message>
    <message>
      <source>mã hóa nếu máy chủ yêu cầu</source>
      <translation>encrypt if the server requires it</translation>
    </message>
    <message>
      <source>mã hóa nếu máy chủ hỗ trợ</source>
      <translation>encrypt if the server supports it</translation>
    </message>
    <message>
      <source>luôn mã hóa (không kiểm tra chứng chỉ)</source>
      <translation>always encrypt (certificate not checked)</translation>
    </message>
    <message>
      <source>luôn mã hóa, kiểm tra chứng chỉ theo tệp CA</source>
      <translation>always encrypt, check the certificate against the CA file</translation>
    </message>
    <message>
      <source>luôn mã hóa, kiểm tra chứng chỉ và tên máy chủ</source>
      <translation>always encrypt, check the certificate and the server name</translation>
    </message>
  </context>
  <context>
    <name>CopyDialog</name>
    <message>
      <location filename="../../app/ui/framework_editor/chooser.py" line="38" />
      <source>Sao chép khung năng lực</source>
      <translation>Copy framework</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/chooser.py" line="42" />
      <source>Bản sao là khung của cơ quan: sửa được mọi phần; khung gốc giữ nguyên.</source>
      <translation>The copy is your agency's own framework: every part can be edited; the original stays as it is.</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/chooser.py" line="45" />
      <source>Mã khung mới:</source>
      <translation>New framework code:</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/chooser.py" line="46" />
      <source>Tên văn bản:</source>
      <translation>Document title:</translation>
    </message>
  </context>
  <context>
    <name>DateEdit</name>
    <message>
      <location filename="../../app/ui/date_edit.py" line="31" />
      <source>(chưa ghi)</source>
      <translation>(not recorded)</translation>
    </message>
    <message>
      <location filename="../../app/ui/date_edit.py" line="32" />
      <source>Ngày dạng dd/mm/yyyy; bấm mũi tên để chọn trên lịch; Delete để xóa.</source>
      <translation>A date as dd/mm/yyyy; click the arrow to pick it on a calendar; Delete empties it.</translation>
    </message>
    <message>
      <location filename="../../app/ui/date_edit.py" line="33" />
      <source>Ngày dạng dd/mm/yyyy; bấm mũi tên để chọn trên lịch.</source>
      <translation>A date as dd/mm/yyyy; click the arrow to pick it on a calendar.</translation>
    </message>
  </context>
  <context>
    <name>Edit</name>
    <message>
      <location filename="../../app/ui/i18n.py" line="69" />
      <source>Hoàn tác {0}</source>
      <translation>Undo {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/i18n.py" line="69" />
      <source>Hoàn tác</source>
      <translation>Undo</translation>
    </message>
    <message>
      <location filename="../../app/ui/i18n.py" line="73" />
      <source>Làm lại {0}</source>
      <translation>Redo {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/i18n.py" line="73" />
      <source>Làm lại</source>
      <translation>Redo</translation>
    </message>
  </context>
  <context>
    <name>EmployeeDialog</name>
    <message>
      <location filename="../../app/ui/employee_dialog.py" line="50" />
      <source>Thêm công chức</source>
      <translation>Add civil servant</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_dialog.py" line="50" />
      <source>Sửa thông tin công chức</source>
      <translation>Edit civil servant</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_dialog.py" line="69" />
      <source>(chưa có)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_dialog.py" line="81" />
      <source>(theo vị trí)</source>
      <translation>(from position)</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_dialog.py" line="101" />
      <source>Cá nhân</source>
      <translation>Personal</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_dialog.py" line="102" />
      <source>Mã công chức:</source>
      <translation>Employee code:</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_dialog.py" line="103" />
      <source>Họ và tên:</source>
      <translation>Full name:</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_dialog.py" line="108" />
      <source>Giữ ngạch, hạng từ:</source>
      <translation>In grade since:</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_dialog.py" line="110" />
      <source>Trình độ</source>
      <translation>Level</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_dialog.py" line="102" />
      <source>Ngày sinh:</source>
      <translation>Date of birth:</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_dialog.py" line="103" />
      <source>Giới tính:</source>
      <translation>Gender:</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_dialog.py" line="105" />
      <source>Công tác</source>
      <translation>Work</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_dialog.py" line="106" />
      <source>Đơn vị:</source>
      <translation>Unit:</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_dialog.py" line="107" />
      <source>Vị trí việc làm:</source>
      <translation>Job position:</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_dialog.py" line="108" />
      <source>Ngạch, hạng:</source>
      <translation>Grade:</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_dialog.py" line="111" />
      <source>Trình độ đào tạo:</source>
      <translation>Education:</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_dialog.py" line="112" />
      <source>Chứng chỉ:</source>
      <translation>Certificates:</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_dialog.py" line="128" />
      <source>Thông tin chung</source>
      <translation>General</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_dialog.py" line="129" />
      <source>Trình độ, quá trình công tác</source>
      <translation>Qualifications and career</translation>
    </message>
    <message>
      <source>Nam</source>
      <translation>Male</translation>
    </message>
    <message>
      <source>Nữ</source>
      <translation>Female</translation>
    </message>
  </context>
  <context>
    <name>EmployeePicker</name>
    <message>
      <location filename="../../app/ui/pickers.py" line="56" />
      <source>Tìm công chức (gõ không dấu cũng được)…</source>
      <translation>Find a civil servant (accents optional)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/pickers.py" line="58" />
      <location filename="../../app/ui/pickers.py" line="65" />
      <source>Tất cả đơn vị</source>
      <translation>All units</translation>
    </message>
  </context>
  <context>
    <name>EmployeeRecordTab</name>
    <message>
      <location filename="../../app/ui/employee_record_tab.py" line="108" />
      <source>(chưa ghi)</source>
      <translation>(not recorded)</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_record_tab.py" line="111" />
      <source>(chưa ghi loại bằng)</source>
      <translation>(kind of degree not recorded)</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_record_tab.py" line="113" />
      <source>Chưa xác định</source>
      <translation>Not decided</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_record_tab.py" line="113" />
      <location filename="../../app/ui/employee_record_tab.py" line="116" />
      <source>Có</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_record_tab.py" line="113" />
      <location filename="../../app/ui/employee_record_tab.py" line="116" />
      <source>Không</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_record_tab.py" line="115" />
      <source>Đã kê khai đủ quá trình giữ ngạch và văn bản, đề án (kể cả khi không có)</source>
      <translation>Grade history and documents declared complete (even when there are none)</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_record_tab.py" line="117" />
      <source>Trình độ</source>
      <translation>Level</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_record_tab.py" line="118" />
      <source>Ngành, chuyên ngành</source>
      <translation>Major</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_record_tab.py" line="119" />
      <source>Cơ sở đào tạo</source>
      <translation>Institution</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_record_tab.py" line="119" />
      <source>Năm</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_record_tab.py" line="120" />
      <location filename="../../app/ui/employee_record_tab.py" line="128" />
      <source>Loại</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_record_tab.py" line="121" />
      <source>Tên chứng chỉ</source>
      <translation>Certificate</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_record_tab.py" line="122" />
      <source>Ngạch, trình độ</source>
      <translation>Grade or level</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_record_tab.py" line="123" />
      <source>Ngày cấp</source>
      <translation>Issued on</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_record_tab.py" line="124" />
      <source>Ngạch, hạng</source>
      <translation>Grade</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_record_tab.py" line="124" />
      <source>Từ ngày</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_record_tab.py" line="125" />
      <source>Đến ngày</source>
      <translation>To</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_record_tab.py" line="126" />
      <source>Tên văn bản, đề án</source>
      <translation>Document or project</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_record_tab.py" line="127" />
      <source>Vai trò</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_record_tab.py" line="129" />
      <source>Cấp</source>
      <translation>Level</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_record_tab.py" line="129" />
      <source>(chưa rõ)</source>
      <translation>(unknown)</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_record_tab.py" line="130" />
      <source>Đã ban hành</source>
      <translation>Adopted</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_record_tab.py" line="131" />
      <source>Cơ quan chủ trì</source>
      <translation>Agency led</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_record_tab.py" line="132" />
      <source>Ngày ban hành</source>
      <translation>Adopted on</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_record_tab.py" line="133" />
      <source>Đã ban hành: đã được cấp có thẩm quyền ban hành hoặc nghiệm thu. Cơ quan chủ trì: cơ quan sử dụng công chức được giao chủ trì nghiên cứu, xây dựng.</source>
      <translation>Adopted: issued or accepted by the competent authority. Agency led: the agency employing the civil servant was charged with leading the research and drafting.</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_record_tab.py" line="135" />
      <source>Ngạch, trình độ: ngạch của chứng chỉ quản lý nhà nước (CV, CVC, CVCC), bậc ngoại ngữ (B1, bậc 3…), trình độ tin học (cơ bản, nâng cao).</source>
      <translation>Grade or level: the grade of a state-management certificate (CV, CVC, CVCC), a language level (B1, level 3…), an IT level (basic, advanced).</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_record_tab.py" line="137" />
      <source>Các ngạch, hạng đã giữ trước ngạch hiện tại (ngạch tương đương được tính theo thứ bậc trong danh mục ngạch, hạng).</source>
      <translation>The grades held before the current one (equivalent grades are those of the same rank in the grade catalogue).</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_record_tab.py" line="142" />
      <location filename="../../app/ui/employee_record_tab.py" line="183" />
      <source>Bằng cấp</source>
      <translation>Degrees</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_record_tab.py" line="143" />
      <location filename="../../app/ui/employee_record_tab.py" line="186" />
      <source>Chứng chỉ</source>
      <translation>Certificates</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_record_tab.py" line="144" />
      <location filename="../../app/ui/employee_record_tab.py" line="190" />
      <source>Quá trình giữ ngạch</source>
      <translation>Grade history</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_record_tab.py" line="145" />
      <source>Văn bản đã chủ trì, tham gia</source>
      <translation>Documents led or taken part in</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_record_tab.py" line="151" />
      <source>Lý luận chính trị:</source>
      <translation>Political theory:</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_record_tab.py" line="152" />
      <source>Ngành đào tạo phù hợp lĩnh vực công tác (cơ quan xác định):</source>
      <translation>Major suits the field of work (agency's finding):</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_record_tab.py" line="191" />
      <source>Văn bản, đề án</source>
      <translation>Documents</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_record_tab.py" line="202" />
      <source>{0}, dòng {1}: {2}.</source>
      <translation>{0}, row {1}: {2}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_record_tab.py" line="209" />
      <source>thiếu ngày bắt đầu (dd/mm/yyyy)</source>
      <translation>start date missing (dd/mm/yyyy)</translation>
    </message>
  </context>
  <context>
    <name>EmptyState</name>
    <message>
      <location filename="../../app/ui/window_look.py" line="105" />
      <source>Chưa có phiếu nào trong kỳ và phạm vi đã chọn.</source>
      <translation>No form yet in the period and scope chosen.</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_look.py" line="107" />
      <source>Chưa chọn công chức. Chọn một người ở danh sách bên trái (Ctrl+F để tìm) để bắt đầu đánh giá.</source>
      <translation>No civil servant chosen. Pick someone in the list on the left (Ctrl+F to search) to start the assessment.</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_look.py" line="109" />
      <source>Không có công chức nào khớp. Thử gõ ít chữ hơn, hoặc chọn Tất cả đơn vị.</source>
      <translation>No civil servant matches. Try typing less, or choose All units.</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_look.py" line="111" />
      <source>Không có công chức nào khớp với điều kiện tìm.</source>
      <translation>No civil servant matches the search.</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_look.py" line="112" />
      <source>Không có vị trí việc làm nào khớp với điều kiện tìm.</source>
      <translation>No job position matches the search.</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_look.py" line="116" />
      <source>Không có phiếu đánh giá sẵn sàng cho vị trí khác trong kỳ này.</source>
      <translation>No readiness assessment for another position in this period.</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../../app/ui/launcher.py" line="154" />
      <source>Lỗi không mong đợi của chương trình; việc vừa làm có thể chưa được lưu. Chương trình vẫn chạy tiếp. Chi tiết đã ghi vào nhật ký: {0}</source>
      <translation>Unexpected error in the program; what you just did may not have been saved. The program keeps running. Details were written to the log: {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/launcher.py" line="160" />
      <source>Có lỗi</source>
      <translation>Error</translation>
    </message>
  </context>
  <context>
    <name>ExportDone</name>
    <message>
      <location filename="../../app/ui/file_dialogs.py" line="105" />
      <source>Đã xuất tệp</source>
      <translation>File exported</translation>
    </message>
    <message>
      <location filename="../../app/ui/file_dialogs.py" line="109" />
      <source>Đã ghi tệp {0}
vào thư mục {1}</source>
      <translation>Wrote the file {0}
to the folder {1}</translation>
    </message>
    <message>
      <location filename="../../app/ui/file_dialogs.py" line="114" />
      <source>Mở tệp</source>
      <translation>Open file</translation>
    </message>
    <message>
      <location filename="../../app/ui/file_dialogs.py" line="115" />
      <source>Mở thư mục</source>
      <translation>Open folder</translation>
    </message>
  </context>
  <context>
    <name>FileActions</name>
    <message>
      <location filename="../../app/ui/window_files.py" line="20" />
      <source>Đã mở tổ chức mẫu: {0} công chức.</source>
      <translation>Sample organisation opened: {0} civil servants.</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_files.py" line="21" />
      <source>Tổ chức mẫu đã có sẵn.</source>
      <translation>The sample organisation is already loaded.</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_files.py" line="31" />
      <source>Đã nhập danh sách công chức.</source>
      <translation>Staff list imported.</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_files.py" line="38" />
      <source>Đã nhập điểm.</source>
      <translation>Scores imported.</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_files.py" line="45" />
      <location filename="../../app/ui/window_files.py" line="85" />
      <location filename="../../app/ui/window_files.py" line="93" />
      <location filename="../../app/ui/window_files.py" line="102" />
      <location filename="../../app/ui/window_files.py" line="150" />
      <source>Đã xuất {0}</source>
      <translation>Exported {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_files.py" line="53" />
      <source>Đã nhập khung năng lực.</source>
      <translation>Framework imported.</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_files.py" line="80" />
      <source>Xuất khung năng lực</source>
      <translation>Export framework</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_files.py" line="80" />
      <source>Khung năng lực:</source>
      <translation>Framework:</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_files.py" line="107" />
      <source>In phiếu</source>
      <translation>Print form</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_files.py" line="107" />
      <source>Chưa có điểm nào để in.</source>
      <translation>There are no scores to print yet.</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_files.py" line="142" />
      <source>Xuất PDF</source>
      <translation>Export PDF</translation>
    </message>
  </context>
  <context>
    <name>FrameworkChooser</name>
    <message>
      <location filename="../../app/ui/framework_editor/chooser.py" line="100" />
      <source>Khung năng lực</source>
      <translation>Competency framework</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/chooser.py" line="101" />
      <source>Tạo mới…</source>
      <translation>New…</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/chooser.py" line="102" />
      <source>Sao chép…</source>
      <translation>Copy…</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/chooser.py" line="103" />
      <source>Sửa…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/chooser.py" line="105" />
      <source>Khung có sẵn theo văn bản không sửa trực tiếp: hãy sao chép rồi sửa bản sao.</source>
      <translation>Built-in frameworks from legal documents are not edited directly: copy one and edit the copy.</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/chooser.py" line="111" />
      <source>{0} vị trí</source>
      <translation>{0} positions</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/chooser.py" line="113" />
      <source>có sẵn</source>
      <translation>built-in</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/chooser.py" line="132" />
      <source>Khung có sẵn: hãy sao chép rồi sửa bản sao.</source>
      <translation>Built-in framework: copy it and edit the copy.</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/chooser.py" line="158" />
      <source>Chưa sao chép được</source>
      <translation>Not copied</translation>
    </message>
    <message>
      <source>Lịch sử thay đổi của phiếu</source>
      <translation>Change history of the form</translation>
    </message>
    <message>
      <source>Không xem được</source>
      <translation>Cannot be shown</translation>
    </message>
    <message>
      <source>Nhật ký thay đổi</source>
      <translation>Audit trail</translation>
    </message>
    <message>
      <source>Toàn bộ thay đổi trong cơ sở dữ liệu</source>
      <translation>Every change in the database</translation>
    </message>
    <message>
      <source>Không mở được cơ sở dữ liệu</source>
      <translation>Cannot open the database</translation>
    </message>
    <message>
      <source>Đang dùng cơ sở dữ liệu {0}</source>
      <translation>Using the database {0}</translation>
    </message>
    <message>
      <source>Chưa ghi được tệp</source>
      <translation>File not written</translation>
    </message>
    <message>
      <source>Tải tệp mẫu danh sách công chức</source>
      <translation>Download staff list template</translation>
    </message>
    <message>
      <source>Xuất danh sách công chức</source>
      <translation>Export staff list</translation>
    </message>
    <message>
      <source>Đang nhập…</source>
      <translation>Importing…</translation>
    </message>
    <message>
      <source>Hủy</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Nhập danh sách công chức</source>
      <translation>Import staff list</translation>
    </message>
    <message>
      <source>Đã hủy</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <source>Đã hủy: cơ sở dữ liệu giữ nguyên như trước.</source>
      <translation>Cancelled: the database is unchanged.</translation>
    </message>
    <message>
      <source>Chưa nhập được</source>
      <translation>Not imported</translation>
    </message>
    <message>
      <source>Xuất Excel tổng hợp</source>
      <translation>Export summary to Excel</translation>
    </message>
    <message>
      <source>Xuất Excel phiếu đánh giá</source>
      <translation>Export assessment form to Excel</translation>
    </message>
    <message>
      <source>Nhập điểm từ phiếu giấy</source>
      <translation>Import scores from paper forms</translation>
    </message>
    <message>
      <source>Tệp có {0} lỗi; chưa nhập gì. Hãy sửa rồi nhập lại.</source>
      <translation>The file has {0} problems; nothing was imported. Correct them and import again.</translation>
    </message>
    <message>
      <source>{0} điểm cho {1} phiếu đánh giá.</source>
      <translation>{0} scores for {1} forms.</translation>
    </message>
    <message>
      <source>Tải tệp mẫu nhập điểm</source>
      <translation>Download scores template</translation>
    </message>
    <message>
      <source>Xuất khung năng lực ra Excel</source>
      <translation>Export framework to Excel</translation>
    </message>
    <message>
      <source>mã</source>
      <translation>code</translation>
    </message>
    <message>
      <source>Vị trí này còn {0} lỗi ở các phần bên phải.</source>
      <translation>This position has {0} problems in the parts on the right.</translation>
    </message>
    <message>
      <source>Nhập khung năng lực</source>
      <translation>Import framework</translation>
    </message>
    <message>
      <source>Khung {0} không có gì thay đổi so với bản đã lưu; không ghi gì.</source>
      <translation>Framework {0} is the same as the saved one; nothing was written.</translation>
    </message>
    <message>
      <source>Lỗi không mong đợi khi mở cơ sở dữ liệu. Chi tiết đã ghi vào nhật ký chương trình.</source>
      <translation>Unexpected error while opening the database. Details were written to the program's log.</translation>
    </message>
    <message>
      <source>Mở cơ sở dữ liệu</source>
      <translation>Open a database</translation>
    </message>
    <message>
      <source>Không khôi phục được</source>
      <translation>Not restored</translation>
    </message>
    <message>
      <source>Xem trước khi in</source>
      <translation>Print preview</translation>
    </message>
  </context>
  <context>
    <name>FrameworkEditor</name>
    <message>
      <location filename="../../app/ui/framework_editor/competencies_tab.py" line="27" />
      <source>(mọi ngạch, hạng)</source>
      <translation>(any grade)</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/tables.py" line="272" />
      <source>Thêm</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/tables.py" line="273" />
      <source>Xóa</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/editor.py" line="139" />
      <source>Văn bản, nhóm năng lực</source>
      <translation>Document, groups</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/editor.py" line="139" />
      <source>Năng lực và cấp độ</source>
      <translation>Competencies and levels</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/editor.py" line="140" />
      <source>Vị trí việc làm</source>
      <translation>Job positions</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/editor.py" line="86" />
      <source>Hoàn tác</source>
      <translation>Undo</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/editor.py" line="88" />
      <source>Làm lại</source>
      <translation>Redo</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/editor.py" line="142" />
      <source>Hoàn tác (Ctrl+Z)</source>
      <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/editor.py" line="143" />
      <source>Làm lại (Ctrl+Y)</source>
      <translation>Redo (Ctrl+Y)</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/editor.py" line="144" />
      <source>Lưu…</source>
      <translation>Save…</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/editor.py" line="145" />
      <source>Xem trước thay đổi rồi lưu (Ctrl+S)</source>
      <translation>Preview the changes, then save (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/editor.py" line="146" />
      <source>Đóng</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/editor.py" line="153" />
      <source>(khung mới)</source>
      <translation>(new framework)</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/editor.py" line="155" />
      <source>Khung năng lực {0}</source>
      <translation>Framework {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/editor.py" line="178" />
      <source>Lỗi cần sửa trước khi lưu: {0}</source>
      <translation>Problems to fix before saving: {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/editor.py" line="179" />
      <source>Không có lỗi: khung đã sẵn sàng để lưu.</source>
      <translation>No problems: the framework is ready to save.</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/editor.py" line="201" />
      <location filename="../../app/ui/framework_editor/editor.py" line="254" />
      <source>Chưa lưu: còn {0} lỗi.</source>
      <translation>Not saved: {0} problems left.</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/editor.py" line="205" />
      <location filename="../../app/ui/framework_editor/editor.py" line="225" />
      <source>Chưa lưu được</source>
      <translation>Not saved</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/editor.py" line="206" />
      <source>Đã có khung mã '{0}'. Hãy đặt mã khác cho khung mới (để sửa khung đã có, mở khung đó).</source>
      <translation>A framework with code '{0}' already exists. Give the new framework another code (to change the existing one, open it).</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/editor.py" line="214" />
      <location filename="../../app/ui/framework_editor/editor.py" line="232" />
      <source>Không có gì thay đổi so với bản đã lưu.</source>
      <translation>Nothing changed since the saved version.</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/editor.py" line="231" />
      <source>Đã lưu khung mới.</source>
      <translation>New framework saved.</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/editor.py" line="231" />
      <source>Đã lưu các thay đổi.</source>
      <translation>Changes saved.</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/editor.py" line="281" />
      <source>Khung năng lực chưa lưu</source>
      <translation>Framework not saved</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/editor.py" line="282" />
      <source>Khung năng lực có thay đổi chưa lưu. Lưu trước khi đóng?</source>
      <translation>The framework has unsaved changes. Save before closing?</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/editor.py" line="290" />
      <source>Bỏ thay đổi</source>
      <translation>Discard changes</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/positions_tab.py" line="29" />
      <source>(không có)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/tables.py" line="276" />
      <source>Chuyển lên</source>
      <translation>Move up</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/tables.py" line="277" />
      <source>Chuyển xuống</source>
      <translation>Move down</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/document.py" line="42" />
      <source>sửa</source>
      <translation>change</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/document.py" line="139" />
      <source>thêm dòng</source>
      <translation>add row</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/document.py" line="148" />
      <source>xóa dòng</source>
      <translation>delete row</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/document.py" line="155" />
      <source>đổi thứ tự</source>
      <translation>reorder</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/document.py" line="166" />
      <source>đổi mã {0} thành {1}</source>
      <translation>rename code {0} to {1}</translation>
    </message>
    <message>
      <source>Lịch sử thay đổi của phiếu</source>
      <translation>Change history of the form</translation>
    </message>
    <message>
      <source>Không xem được</source>
      <translation>Cannot be shown</translation>
    </message>
    <message>
      <source>Nhật ký thay đổi</source>
      <translation>Audit trail</translation>
    </message>
    <message>
      <source>Toàn bộ thay đổi trong cơ sở dữ liệu</source>
      <translation>Every change in the database</translation>
    </message>
    <message>
      <source>Không mở được cơ sở dữ liệu</source>
      <translation>Cannot open the database</translation>
    </message>
    <message>
      <source>Đang dùng cơ sở dữ liệu {0}</source>
      <translation>Using the database {0}</translation>
    </message>
    <message>
      <source>Chưa ghi được tệp</source>
      <translation>File not written</translation>
    </message>
    <message>
      <source>Tải tệp mẫu danh sách công chức</source>
      <translation>Download staff list template</translation>
    </message>
    <message>
      <source>Xuất danh sách công chức</source>
      <translation>Export staff list</translation>
    </message>
    <message>
      <source>Đang nhập…</source>
      <translation>Importing…</translation>
    </message>
    <message>
      <source>Hủy</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Nhập danh sách công chức</source>
      <translation>Import staff list</translation>
    </message>
    <message>
      <source>Đã hủy</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <source>Đã hủy: cơ sở dữ liệu giữ nguyên như trước.</source>
      <translation>Cancelled: the database is unchanged.</translation>
    </message>
    <message>
      <source>Chưa nhập được</source>
      <translation>Not imported</translation>
    </message>
    <message>
      <source>Xuất Excel tổng hợp</source>
      <translation>Export summary to Excel</translation>
    </message>
    <message>
      <source>Xuất Excel phiếu đánh giá</source>
      <translation>Export assessment form to Excel</translation>
    </message>
    <message>
      <source>Nhập điểm từ phiếu giấy</source>
      <translation>Import scores from paper forms</translation>
    </message>
    <message>
      <source>Tệp có {0} lỗi; chưa nhập gì. Hãy sửa rồi nhập lại.</source>
      <translation>The file has {0} problems; nothing was imported. Correct them and import again.</translation>
    </message>
    <message>
      <source>{0} điểm cho {1} phiếu đánh giá.</source>
      <translation>{0} scores for {1} forms.</translation>
    </message>
    <message>
      <source>Tải tệp mẫu nhập điểm</source>
      <translation>Download scores template</translation>
    </message>
    <message>
      <source>Xuất khung năng lực ra Excel</source>
      <translation>Export framework to Excel</translation>
    </message>
    <message>
      <source>Vị trí này còn {0} lỗi ở các phần bên phải.</source>
      <translation>This position has {0} problems in the parts on the right.</translation>
    </message>
    <message>
      <source>Nhập khung năng lực</source>
      <translation>Import framework</translation>
    </message>
    <message>
      <source>Khung {0} không có gì thay đổi so với bản đã lưu; không ghi gì.</source>
      <translation>Framework {0} is the same as the saved one; nothing was written.</translation>
    </message>
    <message>
      <source>Lỗi không mong đợi khi mở cơ sở dữ liệu. Chi tiết đã ghi vào nhật ký chương trình.</source>
      <translation>Unexpected error while opening the database. Details were written to the program's log.</translation>
    </message>
    <message>
      <source>Mở cơ sở dữ liệu</source>
      <translation>Open a database</translation>
    </message>
    <message>
      <source>Không khôi phục được</source>
      <translation>Not restored</translation>
    </message>
    <message>
      <source>Xem trước khi in</source>
      <translation>Print preview</translation>
    </message>
    <message>
      <source>Mã</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Nhóm</source>
      <translation>Group</translation>
    </message>
    <message>
      <source>Tên năng lực</source>
      <translation>Competency name</translation>
    </message>
    <message>
      <source>Riêng cho ngạch, hạng</source>
      <translation>Only for grade</translation>
    </message>
    <message>
      <source>Mã nhóm</source>
      <translation>Group code</translation>
    </message>
    <message>
      <source>Tên nhóm</source>
      <translation>Group name</translation>
    </message>
    <message>
      <source>Tên chuyên ngành</source>
      <translation>Specialty name</translation>
    </message>
    <message>
      <source>Văn bản</source>
      <translation>Document</translation>
    </message>
    <message>
      <source>Nhóm {0}</source>
      <translation>Group {0}</translation>
    </message>
    <message>
      <source>Năng lực {0}</source>
      <translation>Competency {0}</translation>
    </message>
    <message>
      <source>Chuyên ngành {0}</source>
      <translation>Specialty {0}</translation>
    </message>
    <message>
      <source>Vị trí số {0}</source>
      <translation>Position {0}</translation>
    </message>
    <message>
      <source>nhiệm vụ</source>
      <translation>task</translation>
    </message>
    <message>
      <source>tiêu chí</source>
      <translation>criterion</translation>
    </message>
    <message>
      <source>quan hệ công việc</source>
      <translation>working relationship</translation>
    </message>
    <message>
      <source>quyền hạn</source>
      <translation>authority</translation>
    </message>
    <message>
      <source>trình độ</source>
      <translation>qualification</translation>
    </message>
    <message>
      <source>điều kiện</source>
      <translation>conditions</translation>
    </message>
    <message>
      <source>Nhóm năng lực</source>
      <translation>Competency groups</translation>
    </message>
    <message>
      <source>Năng lực</source>
      <translation>Competency</translation>
    </message>
    <message>
      <source>Chuyên ngành</source>
      <translation>Specialties</translation>
    </message>
    <message>
      <source>yêu cầu năng lực {0}</source>
      <translation>requirement {0}</translation>
    </message>
    <message>
      <source>Số</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>Ký hiệu</source>
      <translation>Marker</translation>
    </message>
    <message>
      <source>Cấp</source>
      <translation>Level</translation>
    </message>
    <message>
      <source>Nội dung</source>
      <translation>Change</translation>
    </message>
    <message>
      <source>Phạm vi</source>
      <translation>Scope</translation>
    </message>
    <message>
      <source>Mục</source>
      <translation>Section</translation>
    </message>
    <message>
      <source>Tên nhóm nhiệm vụ</source>
      <translation>Task group</translation>
    </message>
    <message>
      <source>Loại</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Đối tượng</source>
      <translation>Record</translation>
    </message>
    <message>
      <source>Ngạch, hạng</source>
      <translation>Grade</translation>
    </message>
    <message>
      <source>Tối thiểu</source>
      <translation>Minimum</translation>
    </message>
    <message>
      <source>Tối đa</source>
      <translation>Maximum</translation>
    </message>
    <message>
      <source>Yêu cầu bằng lời, cách đánh giá, minh chứng</source>
      <translation>Requirement in words, assessment method, evidence</translation>
    </message>
    <message>
      <source>Nguồn</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>Tên vị trí việc làm</source>
      <translation>Position name</translation>
    </message>
    <message>
      <source>Trình độ đào tạo tối thiểu:</source>
      <translation>Minimum education:</translation>
    </message>
    <message>
      <source>Lý luận chính trị:</source>
      <translation>Political theory:</translation>
    </message>
    <message>
      <source>Bồi dưỡng quản lý nhà nước theo ngạch, hạng:</source>
      <translation>State management training for grade:</translation>
    </message>
    <message>
      <source>Ngạch, hạng dưới liền kề:</source>
      <translation>Grade directly below:</translation>
    </message>
    <message>
      <source>Số năm giữ ngạch, hạng dưới:</source>
      <translation>Years in the grade below:</translation>
    </message>
    <message>
      <source>Trong đó thực giữ ngạch, hạng dưới ít nhất (năm):</source>
      <translation>Of which actually in the grade below, at least (years):</translation>
    </message>
    <message>
      <source>Số văn bản, đề án đã tham gia xây dựng ít nhất:</source>
      <translation>Documents or projects drafted, at least:</translation>
    </message>
    <message>
      <source>Vai trò (chủ trì, tham gia):</source>
      <translation>Role (led, took part):</translation>
    </message>
    <message>
      <source>thang chung (mặc định)</source>
      <translation>generic scale (default)</translation>
    </message>
    <message>
      <source>theo văn bản</source>
      <translation>from the document</translation>
    </message>
    <message>
      <source>do đơn vị quy định</source>
      <translation>set by the agency</translation>
    </message>
    <message>
      <source>Nhóm năng lực chung</source>
      <translation>General competencies</translation>
    </message>
    <message>
      <source>Nhóm năng lực chuyên môn</source>
      <translation>Professional competencies</translation>
    </message>
    <message>
      <source>Nhóm năng lực quản lý</source>
      <translation>Management competencies</translation>
    </message>
    <message>
      <source>Trong cơ quan</source>
      <translation>Inside the agency</translation>
    </message>
    <message>
      <source>Ngoài cơ quan</source>
      <translation>Outside the agency</translation>
    </message>
  </context>
  <context>
    <name>FrameworkImportDialog</name>
    <message>
      <location filename="../../app/ui/framework_import.py" line="48" />
      <source>Nhập khung năng lực</source>
      <translation>Import framework</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_import.py" line="140" />
      <source>Tệp {0} có {1} lỗi; chưa nhập gì.</source>
      <translation>The file {0} has {1} problems; nothing was imported.</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_import.py" line="142" />
      <source>Hãy sửa các ô dưới đây (trang, dòng, cột) rồi nhập lại.</source>
      <translation>Correct the cells below (sheet, row, column), then import again.</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_import.py" line="143" />
      <source>Chép danh sách lỗi</source>
      <translation>Copy the problems</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_import.py" line="144" />
      <source>Đóng</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_import.py" line="147" />
      <source>Khung mới</source>
      <translation>New framework</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_import.py" line="147" />
      <source>Sửa đổi khung</source>
      <translation>Revision of framework</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_import.py" line="150" />
      <source>Tệp {0}: {1} năng lực, {2} vị trí việc làm.</source>
      <translation>File {0}: {1} competencies, {2} job positions.</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_import.py" line="160" />
      <source>Căn cứ sửa đổi</source>
      <translation>Legal basis of the revision</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_import.py" line="161" />
      <source>{0} phiếu đánh giá</source>
      <translation>{0} assessments</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_import.py" line="163" />
      <source>{0} công chức giữ vị trí</source>
      <translation>{0} civil servants holding its positions</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_import.py" line="165" />
      <source>Khung đang được dùng ({0}). Sửa đổi cần ghi căn cứ: số, ký hiệu và ngày ban hành văn bản. Căn cứ được ghi vào nhật ký thay đổi cùng từng thay đổi.</source>
      <translation>The framework is in use ({0}). A revision needs its legal basis: the document's number, symbol and date of issue. The basis is recorded in the audit trail with each change.</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_import.py" line="167" />
      <source>Số, ký hiệu văn bản:</source>
      <translation>Document number and symbol:</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_import.py" line="168" />
      <source>Ngày ban hành:</source>
      <translation>Issued on:</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_import.py" line="169" />
      <source>ví dụ: Quyết định số 125/QĐ-UBND</source>
      <translation>e.g. Quyết định số 125/QĐ-UBND</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_import.py" line="171" />
      <source>Khung mới được thêm; các khung đã có giữ nguyên.</source>
      <translation>The new framework is added; existing frameworks stay as they are.</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_import.py" line="173" />
      <source>Phiếu đánh giá đã lập giữ nguyên cấp độ yêu cầu lúc lập; công chức giữ nguyên vị trí; mọi thay đổi được ghi vào nhật ký thay đổi của cơ quan.</source>
      <translation>Assessments already made keep the required levels they were made with; staff keep their positions; every change is recorded in the agency's audit trail.</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_import.py" line="176" />
      <source>Nhập</source>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_import.py" line="194" />
      <source>Cần số, ký hiệu văn bản có số và dấu '/', ví dụ “Quyết định số 125/QĐ-UBND”.</source>
      <translation>The document number needs digits and a '/', e.g. “Quyết định số 125/QĐ-UBND”.</translation>
    </message>
    <message>
      <source>thêm</source>
      <translation>added</translation>
    </message>
    <message>
      <source>sửa</source>
      <translation>change</translation>
    </message>
    <message>
      <source>bỏ</source>
      <translation>removed</translation>
    </message>
  </context>
  <context>
    <name>GeneralPanel</name>
    <message>
      <location filename="../../app/ui/framework_editor/positions_tab.py" line="48" />
      <source>Số trong văn bản:</source>
      <translation>Number in the document:</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/positions_tab.py" line="48" />
      <source>Tên vị trí việc làm:</source>
      <translation>Position name:</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/positions_tab.py" line="49" />
      <source>Chuyên ngành:</source>
      <translation>Specialty:</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/positions_tab.py" line="49" />
      <source>Ngạch, hạng:</source>
      <translation>Grade:</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/positions_tab.py" line="50" />
      <source>Mục tiêu vị trí:</source>
      <translation>Objective of the position:</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/positions_tab.py" line="51" />
      <source>Lưu ý (mỗi dòng một ý):</source>
      <translation>Notes (one per line):</translation>
    </message>
  </context>
  <context>
    <name>GradeEditDialog</name>
    <message>
      <location filename="../../app/ui/grades_dialog.py" line="39" />
      <source>Thêm ngạch, hạng</source>
      <translation>Add grade</translation>
    </message>
    <message>
      <location filename="../../app/ui/grades_dialog.py" line="39" />
      <source>Sửa ngạch, hạng</source>
      <translation>Edit grade</translation>
    </message>
    <message>
      <location filename="../../app/ui/grades_dialog.py" line="43" />
      <source>ví dụ V.07.05.14</source>
      <translation>e.g. V.07.05.14</translation>
    </message>
    <message>
      <location filename="../../app/ui/grades_dialog.py" line="45" />
      <source>tên đầy đủ, in trên phiếu</source>
      <translation>full name, as printed on forms</translation>
    </message>
    <message>
      <location filename="../../app/ui/grades_dialog.py" line="53" />
      <source>Số lớn hơn là bậc cao hơn; dùng để sắp xếp danh sách.</source>
      <translation>A larger number is a more senior grade; it orders lists.</translation>
    </message>
    <message>
      <location filename="../../app/ui/grades_dialog.py" line="56" />
      <source>(không có)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="../../app/ui/grades_dialog.py" line="68" />
      <source>Mã:</source>
      <translation>Code:</translation>
    </message>
    <message>
      <location filename="../../app/ui/grades_dialog.py" line="69" />
      <source>Tên:</source>
      <translation>Name:</translation>
    </message>
    <message>
      <location filename="../../app/ui/grades_dialog.py" line="70" />
      <source>Loại:</source>
      <translation>Kind:</translation>
    </message>
    <message>
      <location filename="../../app/ui/grades_dialog.py" line="71" />
      <source>Thứ bậc:</source>
      <translation>Rank:</translation>
    </message>
    <message>
      <location filename="../../app/ui/grades_dialog.py" line="72" />
      <source>Cấp độ yêu cầu mặc định:</source>
      <translation>Default required levels:</translation>
    </message>
    <message>
      <location filename="../../app/ui/grades_dialog.py" line="73" />
      <source>Cấp độ mặc định dùng cho vị trí việc làm của ngạch, hạng này khi văn bản không quy định cấp độ; các vị trí đã có giữ nguyên yêu cầu của mình.</source>
      <translation>The default levels apply to job positions of this grade when their document sets no levels; existing positions keep their own requirements.</translation>
    </message>
  </context>
  <context>
    <name>GradesDialog</name>
    <message>
      <location filename="../../app/ui/grades_dialog.py" line="104" />
      <source>Ngạch, hạng chức danh nghề nghiệp</source>
      <translation>Civil-service and professional title grades</translation>
    </message>
    <message>
      <location filename="../../app/ui/grades_dialog.py" line="114" />
      <source>Thêm ngạch, hạng…</source>
      <translation>Add grade…</translation>
    </message>
    <message>
      <location filename="../../app/ui/grades_dialog.py" line="114" />
      <source>Sửa…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <location filename="../../app/ui/grades_dialog.py" line="151" />
      <source>Không thực hiện được</source>
      <translation>Not possible</translation>
    </message>
    <message>
      <source>Mã</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Tên</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Loại</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Thứ bậc</source>
      <translation>Rank</translation>
    </message>
    <message>
      <source>Cấp độ mặc định</source>
      <translation>Default levels</translation>
    </message>
  </context>
  <context>
    <name>HeaderTab</name>
    <message>
      <location filename="../../app/ui/framework_editor/header_tab.py" line="63" />
      <source>Mã khung:</source>
      <translation>Framework code:</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/header_tab.py" line="63" />
      <source>Tên văn bản:</source>
      <translation>Document title:</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/header_tab.py" line="63" />
      <source>Cơ quan ban hành:</source>
      <translation>Issued by:</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/header_tab.py" line="64" />
      <source>Số hiệu:</source>
      <translation>Document number:</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/header_tab.py" line="64" />
      <source>Ngày ban hành:</source>
      <translation>Issued on:</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/header_tab.py" line="64" />
      <source>Nguồn:</source>
      <translation>Source:</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/header_tab.py" line="67" />
      <source>ví dụ: so-gd-2026</source>
      <translation>e.g. so-gd-2026</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/header_tab.py" line="68" />
      <source>ví dụ: Khung năng lực vị trí việc làm giáo viên</source>
      <translation>e.g. Competency framework of teacher positions</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/header_tab.py" line="69" />
      <source>ví dụ: 15/QĐ-SGDĐT</source>
      <translation>e.g. 15/QĐ-SGDĐT</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/header_tab.py" line="70" />
      <source>Văn bản gốc, phụ lục, trang… (không bắt buộc)</source>
      <translation>Original document, appendix, page… (optional)</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/header_tab.py" line="71" />
      <source>Mã ngắn, không dấu, dùng trong mã vị trí (mã khung:số).</source>
      <translation>A short code without accents, used in position keys (code:number).</translation>
    </message>
  </context>
  <context>
    <name>HeatmapModel</name>
    <message>
      <location filename="../../app/ui/table_models.py" line="534" />
      <source>Họ và tên</source>
      <translation>Full name</translation>
    </message>
  </context>
  <context>
    <name>HeatmapPanel</name>
    <message>
      <location filename="../../app/ui/report_tables.py" line="444" />
      <source>Năng lực của:</source>
      <translation>Competencies of:</translation>
    </message>
    <message>
      <location filename="../../app/ui/report_tables.py" line="454" />
      <source>{0} ({1} người)</source>
      <translation>{0} ({1} people)</translation>
    </message>
  </context>
  <context>
    <name>HelpWindow</name>
    <message>
      <location filename="../../app/ui/help_window.py" line="45" />
      <source>Hướng dẫn sử dụng</source>
      <translation>User guide</translation>
    </message>
    <message>
      <location filename="../../app/ui/help_window.py" line="52" />
      <source>Quay lại</source>
      <translation>Back</translation>
    </message>
    <message>
      <location filename="../../app/ui/help_window.py" line="53" />
      <source>Mục lục</source>
      <translation>Contents</translation>
    </message>
  </context>
  <context>
    <name>ImportPreviewDialog</name>
    <message>
      <location filename="../../app/ui/excel_actions.py" line="32" />
      <source>Nhập danh sách công chức</source>
      <translation>Import staff list</translation>
    </message>
    <message>
      <location filename="../../app/ui/excel_actions.py" line="38" />
      <source>Thêm mới {0}, cập nhật {1}, không đổi {2} công chức.</source>
      <translation>{0} new, {1} updated, {2} unchanged civil servants.</translation>
    </message>
    <message>
      <location filename="../../app/ui/excel_actions.py" line="40" />
      <source>Thêm mới: {0}</source>
      <translation>New: {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/excel_actions.py" line="41" />
      <source>Cập nhật: {0}</source>
      <translation>Updated: {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/excel_actions.py" line="43" />
      <source>Nhập</source>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="../../app/ui/excel_actions.py" line="45" />
      <source>Tệp có {0} lỗi; chưa nhập gì. Hãy sửa rồi nhập lại.</source>
      <translation>The file has {0} problems; nothing was imported. Correct them and import again.</translation>
    </message>
  </context>
  <context>
    <name>LazyHeatmapModel</name>
    <message>
      <location filename="../../app/ui/report_tables.py" line="359" />
      <source>Họ và tên</source>
      <translation>Full name</translation>
    </message>
  </context>
  <context>
    <name>ListTable</name>
    <message>
      <location filename="../../app/ui/employee_record_tab.py" line="51" />
      <source>Thêm dòng</source>
      <translation>Add row</translation>
    </message>
    <message>
      <location filename="../../app/ui/employee_record_tab.py" line="52" />
      <source>Xóa dòng</source>
      <translation>Remove row</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <location filename="../../app/ui/login.py" line="29" />
      <source>Ghi nhớ đăng nhập trên máy tính này</source>
      <translation>Remember me on this computer</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="32" />
      <source>Không cần nhập mật khẩu ở lần mở sau (trong {0} ngày) cho đến khi đăng xuất. Không dùng trên máy tính dùng chung.</source>
      <translation>No password next time (for {0} days) until you log out. Do not use on a shared computer.</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="35" />
      <source>Mã ghi nhớ được cất trong kho khóa của hệ điều hành, chỉ tài khoản người dùng này của máy tính dùng được.</source>
      <translation>The remembered login is kept in the operating system's keyring: only this user account on this computer can use it.</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="38" />
      <source>Máy này không có kho khóa của hệ điều hành: mã ghi nhớ nằm trong tệp cài đặt (chỉ người dùng này đọc được), gắn với tài khoản người dùng và máy tính này; tệp chép sang tài khoản hay máy khác không đăng nhập được.</source>
      <translation>This computer has no operating-system keyring: the remembered login is kept in the settings file (readable by this user only), bound to this user account and this computer; a copy of the file used by another account or computer logs no one in.</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="42" />
      <source>Đăng nhập</source>
      <translation>Log in</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="51" />
      <source>Tên đăng nhập:</source>
      <translation>User name:</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="52" />
      <source>Mật khẩu:</source>
      <translation>Password:</translation>
    </message>
  </context>
  <context>
    <name>LookActions</name>
    <message>
      <location filename="../../app/ui/window_look.py" line="120" />
      <source>Thanh công cụ</source>
      <translation>Toolbar</translation>
    </message>
    <message>
      <location filename="../../app/ui/window_look.py" line="121" />
      <source>Hướng dẫn sử dụng</source>
      <translation>User guide</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../app/ui/main_window.py" line="225" />
      <location filename="../../app/ui/main_window.py" line="333" />
      <source>Đánh giá khoảng cách năng lực công chức</source>
      <translation>Civil servant competency gap assessment</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="226" />
      <source>Đánh giá</source>
      <translation>Assessment</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="226" />
      <source>Nhân sự</source>
      <translation>Staff</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="226" />
      <source>Vị trí việc làm</source>
      <translation>Job positions</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="226" />
      <source>Báo cáo</source>
      <translation>Reports</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="230" />
      <source>&amp;Tệp</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="231" />
      <source>&amp;Sửa</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="232" />
      <source>&amp;Phiếu</source>
      <translation>F&amp;orm</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="233" />
      <source>Tìm kiếm</source>
      <translation>Search</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="234" />
      <source>&amp;Xem</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="235" />
      <source>&amp;Vị trí việc làm</source>
      <translation>&amp;Positions</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="236" />
      <source>Khung năng lực…</source>
      <translation>Competency frameworks…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="237" />
      <source>Ngạch, hạng chức danh nghề nghiệp…</source>
      <translation>Grades…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="238" />
      <source>&amp;Cài đặt</source>
      <translation>&amp;Settings</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="239" />
      <location filename="../../app/ui/main_window.py" line="387" />
      <source>Ngôn ngữ</source>
      <translation>Language</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="240" />
      <source>&amp;Trợ giúp</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="241" />
      <source>T&amp;ài khoản</source>
      <translation>&amp;Account</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="242" />
      <source>Tạo tài khoản quản trị đầu tiên…</source>
      <translation>Create the first administrator…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="243" />
      <source>Đổi mật khẩu…</source>
      <translation>Change password…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="244" />
      <source>Đăng xuất</source>
      <translation>Log out</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="245" />
      <source>Quản lý tài khoản…</source>
      <translation>Accounts…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="246" />
      <source>Lịch sử thay đổi của phiếu…</source>
      <translation>Change history of the form…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="247" />
      <source>Nhật ký thay đổi của cơ quan…</source>
      <translation>Agency audit trail…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="248" />
      <source>Kiểm tra nhật ký thay đổi…</source>
      <translation>Check the audit trail…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="249" />
      <source>In phiếu đánh giá…</source>
      <translation>Print assessment form…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="250" />
      <source>Xem trước khi in…</source>
      <translation>Print preview…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="251" />
      <source>Xuất PDF…</source>
      <translation>Export PDF…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="252" />
      <source>Mở tổ chức mẫu</source>
      <translation>Open sample organisation</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="253" />
      <source>Nhập danh sách công chức từ Excel…</source>
      <translation>Import staff list from Excel…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="254" />
      <source>Xuất danh sách công chức ra Excel…</source>
      <translation>Export staff list to Excel…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="255" />
      <source>Tải tệp mẫu danh sách công chức…</source>
      <translation>Download staff list template…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="256" />
      <source>Xuất Excel phiếu đánh giá…</source>
      <translation>Export assessment form to Excel…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="257" />
      <source>Nhập điểm từ phiếu giấy (Excel)…</source>
      <translation>Import scores from paper forms (Excel)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="258" />
      <source>Tải tệp mẫu nhập điểm…</source>
      <translation>Download scores template…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="259" />
      <source>Nhập khung năng lực từ Excel…</source>
      <translation>Import framework from Excel…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="260" />
      <source>Xuất khung năng lực ra Excel…</source>
      <translation>Export framework to Excel…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="261" />
      <source>Thoát</source>
      <translation>Quit</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="262" />
      <source>Sao lưu cơ sở dữ liệu…</source>
      <translation>Back up the database…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="263" />
      <source>Khôi phục từ bản sao lưu…</source>
      <translation>Restore from a backup…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="264" />
      <source>Kiểm tra toàn vẹn dữ liệu</source>
      <translation>Check data integrity</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="265" />
      <source>Kết nối cơ sở dữ liệu dùng chung…</source>
      <translation>Connect to the shared database…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="268" />
      <source>Giới thiệu</source>
      <translation>About</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="269" />
      <source>Đang mở cơ sở dữ liệu…</source>
      <translation>Opening the database…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="380" />
      <source>Cơ quan</source>
      <translation>Agency</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="387" />
      <source>Không nạp được bản dịch.</source>
      <translation>Cannot load the translation.</translation>
    </message>
    <message>
      <source>Lịch sử thay đổi của phiếu</source>
      <translation>Change history of the form</translation>
    </message>
    <message>
      <source>Không xem được</source>
      <translation>Cannot be shown</translation>
    </message>
    <message>
      <source>Nhật ký thay đổi</source>
      <translation>Audit trail</translation>
    </message>
    <message>
      <source>Toàn bộ thay đổi trong cơ sở dữ liệu</source>
      <translation>Every change in the database</translation>
    </message>
    <message>
      <source>Không mở được cơ sở dữ liệu</source>
      <translation>Cannot open the database</translation>
    </message>
    <message>
      <source>Đang dùng cơ sở dữ liệu {0}</source>
      <translation>Using the database {0}</translation>
    </message>
    <message>
      <source>Chưa ghi được tệp</source>
      <translation>File not written</translation>
    </message>
    <message>
      <source>Tải tệp mẫu danh sách công chức</source>
      <translation>Download staff list template</translation>
    </message>
    <message>
      <source>Xuất danh sách công chức</source>
      <translation>Export staff list</translation>
    </message>
    <message>
      <source>Đang nhập…</source>
      <translation>Importing…</translation>
    </message>
    <message>
      <source>Hủy</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Nhập danh sách công chức</source>
      <translation>Import staff list</translation>
    </message>
    <message>
      <source>Đã hủy</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <source>Đã hủy: cơ sở dữ liệu giữ nguyên như trước.</source>
      <translation>Cancelled: the database is unchanged.</translation>
    </message>
    <message>
      <source>Chưa nhập được</source>
      <translation>Not imported</translation>
    </message>
    <message>
      <source>Xuất Excel tổng hợp</source>
      <translation>Export summary to Excel</translation>
    </message>
    <message>
      <source>Xuất Excel phiếu đánh giá</source>
      <translation>Export assessment form to Excel</translation>
    </message>
    <message>
      <source>Nhập điểm từ phiếu giấy</source>
      <translation>Import scores from paper forms</translation>
    </message>
    <message>
      <source>Tệp có {0} lỗi; chưa nhập gì. Hãy sửa rồi nhập lại.</source>
      <translation>The file has {0} problems; nothing was imported. Correct them and import again.</translation>
    </message>
    <message>
      <source>{0} điểm cho {1} phiếu đánh giá.</source>
      <translation>{0} scores for {1} forms.</translation>
    </message>
    <message>
      <source>Tải tệp mẫu nhập điểm</source>
      <translation>Download scores template</translation>
    </message>
    <message>
      <source>Xuất khung năng lực ra Excel</source>
      <translation>Export framework to Excel</translation>
    </message>
    <message>
      <source>Vị trí này còn {0} lỗi ở các phần bên phải.</source>
      <translation>This position has {0} problems in the parts on the right.</translation>
    </message>
    <message>
      <source>Nhập khung năng lực</source>
      <translation>Import framework</translation>
    </message>
    <message>
      <source>Khung {0} không có gì thay đổi so với bản đã lưu; không ghi gì.</source>
      <translation>Framework {0} is the same as the saved one; nothing was written.</translation>
    </message>
    <message>
      <source>Lỗi không mong đợi khi mở cơ sở dữ liệu. Chi tiết đã ghi vào nhật ký chương trình.</source>
      <translation>Unexpected error while opening the database. Details were written to the program's log.</translation>
    </message>
    <message>
      <source>Mở cơ sở dữ liệu</source>
      <translation>Open a database</translation>
    </message>
    <message>
      <source>Không khôi phục được</source>
      <translation>Not restored</translation>
    </message>
    <message>
      <source>Xem trước khi in</source>
      <translation>Print preview</translation>
    </message>
  </context>
  <context>
    <name>PasswordDialog</name>
    <message>
      <location filename="../../app/ui/login.py" line="155" />
      <source>Tên đăng nhập:</source>
      <translation>User name:</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="157" />
      <source>Mật khẩu hiện tại:</source>
      <translation>Current password:</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="158" />
      <source>Mật khẩu mới:</source>
      <translation>New password:</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="159" />
      <source>Nhập lại:</source>
      <translation>Repeat:</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="170" />
      <source>Hãy nhập mật khẩu hiện tại.</source>
      <translation>Enter your current password.</translation>
    </message>
    <message>
      <location filename="../../app/ui/login.py" line="173" />
      <source>Hai lần nhập mật khẩu không khớp.</source>
      <translation>The two passwords differ.</translation>
    </message>
  </context>
  <context>
    <name>PeriodDialog</name>
    <message>
      <location filename="../../app/ui/period_dialog.py" line="20" />
      <source>Năm {0}</source>
      <translation>Year {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/period_dialog.py" line="30" />
      <source>Thêm kỳ đánh giá</source>
      <translation>Add period</translation>
    </message>
    <message>
      <location filename="../../app/ui/period_dialog.py" line="33" />
      <source>ví dụ {0}</source>
      <translation>e.g. {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/period_dialog.py" line="43" />
      <source>Tên kỳ đánh giá:</source>
      <translation>Period name:</translation>
    </message>
    <message>
      <location filename="../../app/ui/period_dialog.py" line="44" />
      <source>Từ ngày:</source>
      <translation>From:</translation>
    </message>
    <message>
      <location filename="../../app/ui/period_dialog.py" line="45" />
      <source>Đến ngày:</source>
      <translation>To:</translation>
    </message>
    <message>
      <location filename="../../app/ui/period_dialog.py" line="57" />
      <source>Hãy nhập tên kỳ đánh giá (ví dụ Năm 2027).</source>
      <translation>Enter the period's name (e.g. Year 2027).</translation>
    </message>
  </context>
  <context>
    <name>PositionPicker</name>
    <message>
      <location filename="../../app/ui/pickers.py" line="172" />
      <source>Tìm vị trí việc làm ở mọi khung…</source>
      <translation>Find a job position in any framework…</translation>
    </message>
  </context>
  <context>
    <name>PositionsPage</name>
    <message>
      <location filename="../../app/ui/positions_page.py" line="98" />
      <source>Tìm vị trí việc làm (gõ không dấu cũng được)…</source>
      <translation>Find a job position (accents optional)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/positions_page.py" line="99" />
      <source>Sửa cấp độ yêu cầu…</source>
      <translation>Change a required level…</translation>
    </message>
    <message>
      <location filename="../../app/ui/positions_page.py" line="100" />
      <source>In bản mô tả vị trí…</source>
      <translation>Print position description…</translation>
    </message>
    <message>
      <location filename="../../app/ui/positions_page.py" line="101" />
      <source>In…</source>
      <translation>Print…</translation>
    </message>
    <message>
      <location filename="../../app/ui/positions_page.py" line="102" />
      <source>Xem trước khi in…</source>
      <translation>Print preview…</translation>
    </message>
    <message>
      <location filename="../../app/ui/positions_page.py" line="103" />
      <source>Xuất PDF…</source>
      <translation>Export PDF…</translation>
    </message>
    <message>
      <location filename="../../app/ui/positions_page.py" line="205" />
      <source>Xuất PDF bản mô tả vị trí</source>
      <translation>Export position description to PDF</translation>
    </message>
    <message>
      <source>Lịch sử thay đổi của phiếu</source>
      <translation>Change history of the form</translation>
    </message>
    <message>
      <source>Không xem được</source>
      <translation>Cannot be shown</translation>
    </message>
    <message>
      <source>Nhật ký thay đổi</source>
      <translation>Audit trail</translation>
    </message>
    <message>
      <source>Toàn bộ thay đổi trong cơ sở dữ liệu</source>
      <translation>Every change in the database</translation>
    </message>
    <message>
      <source>Không mở được cơ sở dữ liệu</source>
      <translation>Cannot open the database</translation>
    </message>
    <message>
      <source>Đang dùng cơ sở dữ liệu {0}</source>
      <translation>Using the database {0}</translation>
    </message>
    <message>
      <source>Chưa ghi được tệp</source>
      <translation>File not written</translation>
    </message>
    <message>
      <source>Tải tệp mẫu danh sách công chức</source>
      <translation>Download staff list template</translation>
    </message>
    <message>
      <source>Xuất danh sách công chức</source>
      <translation>Export staff list</translation>
    </message>
    <message>
      <source>Đang nhập…</source>
      <translation>Importing…</translation>
    </message>
    <message>
      <source>Hủy</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Nhập danh sách công chức</source>
      <translation>Import staff list</translation>
    </message>
    <message>
      <source>Đã hủy</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <source>Đã hủy: cơ sở dữ liệu giữ nguyên như trước.</source>
      <translation>Cancelled: the database is unchanged.</translation>
    </message>
    <message>
      <source>Chưa nhập được</source>
      <translation>Not imported</translation>
    </message>
    <message>
      <source>Xuất Excel tổng hợp</source>
      <translation>Export summary to Excel</translation>
    </message>
    <message>
      <source>Xuất Excel phiếu đánh giá</source>
      <translation>Export assessment form to Excel</translation>
    </message>
    <message>
      <source>Nhập điểm từ phiếu giấy</source>
      <translation>Import scores from paper forms</translation>
    </message>
    <message>
      <source>Tệp có {0} lỗi; chưa nhập gì. Hãy sửa rồi nhập lại.</source>
      <translation>The file has {0} problems; nothing was imported. Correct them and import again.</translation>
    </message>
    <message>
      <source>{0} điểm cho {1} phiếu đánh giá.</source>
      <translation>{0} scores for {1} forms.</translation>
    </message>
    <message>
      <source>Tải tệp mẫu nhập điểm</source>
      <translation>Download scores template</translation>
    </message>
    <message>
      <source>Xuất khung năng lực ra Excel</source>
      <translation>Export framework to Excel</translation>
    </message>
    <message>
      <source>Vị trí này còn {0} lỗi ở các phần bên phải.</source>
      <translation>This position has {0} problems in the parts on the right.</translation>
    </message>
    <message>
      <source>Nhập khung năng lực</source>
      <translation>Import framework</translation>
    </message>
    <message>
      <source>Khung {0} không có gì thay đổi so với bản đã lưu; không ghi gì.</source>
      <translation>Framework {0} is the same as the saved one; nothing was written.</translation>
    </message>
    <message>
      <source>Lỗi không mong đợi khi mở cơ sở dữ liệu. Chi tiết đã ghi vào nhật ký chương trình.</source>
      <translation>Unexpected error while opening the database. Details were written to the program's log.</translation>
    </message>
    <message>
      <source>Mở cơ sở dữ liệu</source>
      <translation>Open a database</translation>
    </message>
    <message>
      <source>Không khôi phục được</source>
      <translation>Not restored</translation>
    </message>
    <message>
      <source>Xem trước khi in</source>
      <translation>Print preview</translation>
    </message>
  </context>
  <context>
    <name>PositionsTab</name>
    <message>
      <location filename="../../app/ui/framework_editor/positions_tab.py" line="112" />
      <source>Thông tin chung</source>
      <translation>General</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/positions_tab.py" line="112" />
      <source>Nhiệm vụ, tiêu chí</source>
      <translation>Tasks, criteria</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/positions_tab.py" line="113" />
      <source>Quan hệ, quyền hạn</source>
      <translation>Relationships, authorities</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/positions_tab.py" line="113" />
      <source>Trình độ, điều kiện</source>
      <translation>Qualifications, conditions</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/positions_tab.py" line="114" />
      <source>Yêu cầu năng lực</source>
      <translation>Competency requirements</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/positions_tab.py" line="117" />
      <source>Cấp độ từ 1 đến 5 (tối thiểu ≤ tối đa), hoặc để trống cấp độ và ghi yêu cầu bằng lời. Cột bên cạnh có thể ghi cách đánh giá hoặc minh chứng cần có.</source>
      <translation>Levels 1 to 5 (minimum ≤ maximum), or no level and the requirement in words. The column beside may give the assessment method or the evidence expected.</translation>
    </message>
  </context>
  <context>
    <name>ProblemsDialog</name>
    <message>
      <location filename="../../app/ui/excel_actions.py" line="195" />
      <source>Nhập</source>
      <translation>Import</translation>
    </message>
  </context>
  <context>
    <name>QualificationsPanel</name>
    <message>
      <location filename="../../app/ui/framework_editor/position_parts.py" line="232" />
      <source>Điều kiện theo quy định (chương trình dùng để xét mức sẵn sàng)</source>
      <translation>Statutory conditions (the program uses them to check readiness)</translation>
    </message>
  </context>
  <context>
    <name>RadarPanel</name>
    <message>
      <location filename="../../app/ui/radar_widget.py" line="104" />
      <location filename="../../app/ui/radar_widget.py" line="105" />
      <source>Tự đánh giá</source>
      <translation>Self-assessment</translation>
    </message>
    <message>
      <location filename="../../app/ui/radar_widget.py" line="104" />
      <location filename="../../app/ui/radar_widget.py" line="105" />
      <source>Người đánh giá</source>
      <translation>Assessor</translation>
    </message>
    <message>
      <location filename="../../app/ui/radar_widget.py" line="110" />
      <source>Cấp độ yêu cầu</source>
      <translation>Required level</translation>
    </message>
    <message>
      <location filename="../../app/ui/radar_widget.py" line="110" />
      <source>Trục để trống: chưa đánh giá</source>
      <translation>Blank axis: not yet rated</translation>
    </message>
  </context>
  <context>
    <name>RatingGrid</name>
    <message>
      <location filename="../../app/ui/table_models.py" line="395" />
      <source>Cấp độ yêu cầu: {0}</source>
      <translation>Required level: {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/table_models.py" line="397" />
      <source>Mặc định theo ngạch (văn bản không quy định cấp độ)</source>
      <translation>Grade default (the document sets no levels)</translation>
    </message>
    <message>
      <location filename="../../app/ui/table_models.py" line="377" />
      <source>Chưa lưu: {0}</source>
      <translation>Not saved: {0}</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <location filename="../../app/ui/reports_page.py" line="81" />
      <source>Xuất Excel tổng hợp…</source>
      <translation>Export summary to Excel…</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports_page.py" line="82" />
      <source>Thêm kỳ đánh giá…</source>
      <translation>Add period…</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports_page.py" line="84" />
      <source>Theo năng lực</source>
      <translation>By competency</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports_page.py" line="86" />
      <source>Tiến độ</source>
      <translation>Progress</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports_page.py" line="87" />
      <source>Sẵn sàng cho vị trí khác</source>
      <translation>Readiness for another position</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports_page.py" line="89" />
      <location filename="../../app/ui/reports_page.py" line="98" />
      <source>Mã</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports_page.py" line="89" />
      <source>Năng lực cần đào tạo, bồi dưỡng</source>
      <translation>Competency needing training</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports_page.py" line="90" />
      <location filename="../../app/ui/reports_page.py" line="104" />
      <source>Số người
chưa đạt</source>
      <translation>People
below</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports_page.py" line="90" />
      <source>Tổng mức
thiếu hụt</source>
      <translation>Total
shortfall</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports_page.py" line="91" />
      <source>Mức thiếu hụt
lớn nhất</source>
      <translation>Largest
shortfall</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports_page.py" line="92" />
      <location filename="../../app/ui/reports_page.py" line="98" />
      <source>Họ và tên</source>
      <translation>Full name</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports_page.py" line="92" />
      <source>Vị trí hiện tại</source>
      <translation>Current position</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports_page.py" line="92" />
      <source>Vị trí được xem xét</source>
      <translation>Position considered</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports_page.py" line="93" />
      <source>Kết luận</source>
      <translation>Verdict</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports_page.py" line="93" />
      <source>Tỷ lệ
đạt</source>
      <translation>Share
met</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports_page.py" line="94" />
      <source>Năng lực chưa đạt
(mức thiếu hụt)</source>
      <translation>Competencies below
(shortfall)</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports_page.py" line="95" />
      <source>Điều kiện
theo quy định</source>
      <translation>Statutory
conditions</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports_page.py" line="98" />
      <source>Tự đánh giá</source>
      <translation>Self-assessment</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports_page.py" line="99" />
      <source>Người đánh giá</source>
      <translation>Assessor</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports_page.py" line="103" />
      <source>Số người
được đánh giá</source>
      <translation>People
assessed</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports_page.py" line="103" />
      <source>Điểm
trung bình</source>
      <translation>Mean
score</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports_page.py" line="104" />
      <source>Tỷ lệ
chưa đạt</source>
      <translation>Share
below</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports_page.py" line="101" />
      <source>Số người được chấm 1 … 5</source>
      <translation>People scored 1 … 5</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports_page.py" line="193" />
      <source>{0} công chức được đánh giá theo vị trí hiện tại (phiếu của người đánh giá, nếu chưa có thì phiếu tự đánh giá); {1} người có phiếu sẵn sàng cho vị trí khác, xem riêng ở thẻ cuối</source>
      <translation>{0} civil servants assessed for their current position (the assessor's form, else the self-assessment); {1} people with a readiness form for another position, shown apart in the last tab</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports_page.py" line="196" />
      <source>{0} công chức được đánh giá theo vị trí hiện tại (phiếu của người đánh giá, nếu chưa có thì phiếu tự đánh giá); kỳ này không có phiếu sẵn sàng cho vị trí khác</source>
      <translation>{0} civil servants assessed for their current position (the assessor's form, else the self-assessment); no readiness form for another position in this period</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports_page.py" line="221" />
      <source>chưa có vị trí</source>
      <translation>no position</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports_page.py" line="223" />
      <source>Vị trí hiện tại: {0}</source>
      <translation>Current position: {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports_page.py" line="224" />
      <source>Vị trí được xem xét: {0}</source>
      <translation>Position considered: {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports_page.py" line="225" />
      <source>Không có năng lực chưa đạt</source>
      <translation>No competency below</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports_page.py" line="228" />
      <source>không có</source>
      <translation>none</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports_page.py" line="103" />
      <source>Năng lực</source>
      <translation>Competency</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports_page.py" line="83" />
      <source>Bản đồ nhiệt</source>
      <translation>Heatmap</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports_page.py" line="85" />
      <source>Nhu cầu đào tạo</source>
      <translation>Training needs</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports_page.py" line="97" />
      <location filename="../../app/ui/reports_page.py" line="130" />
      <source>Mọi vị trí</source>
      <translation>All positions</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports_page.py" line="123" />
      <source>Tất cả đơn vị</source>
      <translation>All units</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports_page.py" line="145" />
      <source>Mở lại kỳ</source>
      <translation>Reopen period</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports_page.py" line="146" />
      <source>Đóng kỳ</source>
      <translation>Close period</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports_page.py" line="172" />
      <source>Chưa có kỳ đánh giá.</source>
      <translation>No assessment period yet.</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports_page.py" line="257" />
      <source>chưa làm</source>
      <translation>not started</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports_page.py" line="257" />
      <source>đang soạn</source>
      <translation>draft</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports_page.py" line="257" />
      <source>đã gửi</source>
      <translation>submitted</translation>
    </message>
    <message>
      <location filename="../../app/ui/reports_page.py" line="258" />
      <source>đã phê duyệt</source>
      <translation>approved</translation>
    </message>
    <message>
      <source>Lịch sử thay đổi của phiếu</source>
      <translation>Change history of the form</translation>
    </message>
    <message>
      <source>Không xem được</source>
      <translation>Cannot be shown</translation>
    </message>
    <message>
      <source>Nhật ký thay đổi</source>
      <translation>Audit trail</translation>
    </message>
    <message>
      <source>Toàn bộ thay đổi trong cơ sở dữ liệu</source>
      <translation>Every change in the database</translation>
    </message>
    <message>
      <source>Không mở được cơ sở dữ liệu</source>
      <translation>Cannot open the database</translation>
    </message>
    <message>
      <source>Đang dùng cơ sở dữ liệu {0}</source>
      <translation>Using the database {0}</translation>
    </message>
    <message>
      <source>Chưa ghi được tệp</source>
      <translation>File not written</translation>
    </message>
    <message>
      <source>Tải tệp mẫu danh sách công chức</source>
      <translation>Download staff list template</translation>
    </message>
    <message>
      <source>Xuất danh sách công chức</source>
      <translation>Export staff list</translation>
    </message>
    <message>
      <source>Đang nhập…</source>
      <translation>Importing…</translation>
    </message>
    <message>
      <source>Hủy</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Nhập danh sách công chức</source>
      <translation>Import staff list</translation>
    </message>
    <message>
      <source>Đã hủy</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <source>Đã hủy: cơ sở dữ liệu giữ nguyên như trước.</source>
      <translation>Cancelled: the database is unchanged.</translation>
    </message>
    <message>
      <source>Chưa nhập được</source>
      <translation>Not imported</translation>
    </message>
    <message>
      <source>Xuất Excel tổng hợp</source>
      <translation>Export summary to Excel</translation>
    </message>
    <message>
      <source>Xuất Excel phiếu đánh giá</source>
      <translation>Export assessment form to Excel</translation>
    </message>
    <message>
      <source>Nhập điểm từ phiếu giấy</source>
      <translation>Import scores from paper forms</translation>
    </message>
    <message>
      <source>Tệp có {0} lỗi; chưa nhập gì. Hãy sửa rồi nhập lại.</source>
      <translation>The file has {0} problems; nothing was imported. Correct them and import again.</translation>
    </message>
    <message>
      <source>{0} điểm cho {1} phiếu đánh giá.</source>
      <translation>{0} scores for {1} forms.</translation>
    </message>
    <message>
      <source>Tải tệp mẫu nhập điểm</source>
      <translation>Download scores template</translation>
    </message>
    <message>
      <source>Xuất khung năng lực ra Excel</source>
      <translation>Export framework to Excel</translation>
    </message>
    <message>
      <source>Vị trí này còn {0} lỗi ở các phần bên phải.</source>
      <translation>This position has {0} problems in the parts on the right.</translation>
    </message>
    <message>
      <source>Nhập khung năng lực</source>
      <translation>Import framework</translation>
    </message>
    <message>
      <source>Khung {0} không có gì thay đổi so với bản đã lưu; không ghi gì.</source>
      <translation>Framework {0} is the same as the saved one; nothing was written.</translation>
    </message>
    <message>
      <source>Lỗi không mong đợi khi mở cơ sở dữ liệu. Chi tiết đã ghi vào nhật ký chương trình.</source>
      <translation>Unexpected error while opening the database. Details were written to the program's log.</translation>
    </message>
    <message>
      <source>Mở cơ sở dữ liệu</source>
      <translation>Open a database</translation>
    </message>
    <message>
      <source>Không khôi phục được</source>
      <translation>Not restored</translation>
    </message>
    <message>
      <source>Xem trước khi in</source>
      <translation>Print preview</translation>
    </message>
    <message>
      <source>đã đóng</source>
      <translation>closed</translation>
    </message>
  </context>
  <context>
    <name>RequirementDialog</name>
    <message>
      <location filename="../../app/ui/requirement_dialog.py" line="29" />
      <source>Sửa cấp độ yêu cầu</source>
      <translation>Change a required level</translation>
    </message>
    <message>
      <location filename="../../app/ui/requirement_dialog.py" line="37" />
      <source>từ</source>
      <translation>from</translation>
    </message>
    <message>
      <location filename="../../app/ui/requirement_dialog.py" line="39" />
      <source>đến</source>
      <translation>to</translation>
    </message>
    <message>
      <location filename="../../app/ui/requirement_dialog.py" line="43" />
      <source>ví dụ: Quyết định số 12/QĐ-STP ngày 05/11/2026</source>
      <translation>e.g. Decision 12/QĐ-STP of 05/11/2026</translation>
    </message>
    <message>
      <location filename="../../app/ui/requirement_dialog.py" line="44" />
      <source>Phiếu đã tạo giữ nguyên cấp độ yêu cầu lúc tạo; thay đổi áp dụng cho phiếu mới và được ghi vào nhật ký.</source>
      <translation>Forms already created keep the level they were created with; the change applies to new forms and is recorded in the audit trail.</translation>
    </message>
    <message>
      <location filename="../../app/ui/requirement_dialog.py" line="55" />
      <source>Năng lực:</source>
      <translation>Competency:</translation>
    </message>
    <message>
      <location filename="../../app/ui/requirement_dialog.py" line="56" />
      <source>Cấp độ yêu cầu:</source>
      <translation>Required level:</translation>
    </message>
    <message>
      <location filename="../../app/ui/requirement_dialog.py" line="57" />
      <source>Lý do (bắt buộc):</source>
      <translation>Reason (required):</translation>
    </message>
    <message>
      <location filename="../../app/ui/requirement_dialog.py" line="77" />
      <source>Chưa lưu được</source>
      <translation>Not saved</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <location filename="../../app/ui/database_actions.py" line="35" />
      <source>Khôi phục từ bản sao lưu</source>
      <translation>Restore from a backup</translation>
    </message>
    <message>
      <location filename="../../app/ui/database_actions.py" line="37" />
      <source>Chọn bản sao lưu. Dữ liệu hiện tại sẽ được thay bằng bản đã chọn; trước đó chương trình tự sao lưu dữ liệu hiện tại để có thể quay lại.</source>
      <translation>Choose a backup. The current data will be replaced by it; the program first backs up the current data so that you can go back.</translation>
    </message>
    <message>
      <location filename="../../app/ui/database_actions.py" line="42" />
      <source>{0} — {1} ({2})</source>
      <translation>{0} — {1} ({2})</translation>
    </message>
    <message>
      <location filename="../../app/ui/database_actions.py" line="47" />
      <source>(Chưa có bản sao lưu tự động nào)</source>
      <translation>(No automatic backups yet)</translation>
    </message>
    <message>
      <location filename="../../app/ui/database_actions.py" line="52" />
      <source>Chọn tệp khác…</source>
      <translation>Choose another file…</translation>
    </message>
    <message>
      <location filename="../../app/ui/database_actions.py" line="55" />
      <source>Khôi phục</source>
      <translation>Restore</translation>
    </message>
    <message>
      <location filename="../../app/ui/database_actions.py" line="73" />
      <source>Chọn tệp sao lưu</source>
      <translation>Choose a backup file</translation>
    </message>
  </context>
  <context>
    <name>RoleForm</name>
    <message>
      <location filename="../../app/ui/accounts_dialog.py" line="60" />
      <source>Tên đăng nhập:</source>
      <translation>User name:</translation>
    </message>
    <message>
      <location filename="../../app/ui/accounts_dialog.py" line="61" />
      <source>Vai trò:</source>
      <translation>Role:</translation>
    </message>
    <message>
      <location filename="../../app/ui/accounts_dialog.py" line="62" />
      <source>Đơn vị lãnh đạo:</source>
      <translation>Unit led:</translation>
    </message>
    <message>
      <location filename="../../app/ui/accounts_dialog.py" line="63" />
      <source>Công chức:</source>
      <translation>Employee:</translation>
    </message>
    <message>
      <location filename="../../app/ui/accounts_dialog.py" line="65" />
      <source>Mật khẩu:</source>
      <translation>Password:</translation>
    </message>
    <message>
      <location filename="../../app/ui/accounts_dialog.py" line="66" />
      <source>Nhập lại:</source>
      <translation>Repeat:</translation>
    </message>
    <message>
      <location filename="../../app/ui/accounts_dialog.py" line="83" />
      <source>Hai lần nhập mật khẩu không khớp.</source>
      <translation>The two passwords differ.</translation>
    </message>
  </context>
  <context>
    <name>SaveDialogs</name>
    <message>
      <location filename="../../app/ui/save_dialogs.py" line="34" />
      <source>(để trống)</source>
      <translation>(empty)</translation>
    </message>
    <message>
      <location filename="../../app/ui/save_dialogs.py" line="35" />
      <source>(chưa chấm)</source>
      <translation>(not scored)</translation>
    </message>
    <message>
      <location filename="../../app/ui/save_dialogs.py" line="48" />
      <source>một người khác</source>
      <translation>someone else</translation>
    </message>
    <message>
      <location filename="../../app/ui/save_dialogs.py" line="50" />
      <source>{0} (lúc {1})</source>
      <translation>{0} (at {1})</translation>
    </message>
    <message>
      <location filename="../../app/ui/save_dialogs.py" line="150" />
      <source>Không làm lại được</source>
      <translation>Cannot redo</translation>
    </message>
    <message>
      <location filename="../../app/ui/save_dialogs.py" line="151" />
      <source>Không hoàn tác được</source>
      <translation>Cannot undo</translation>
    </message>
    <message>
      <location filename="../../app/ui/save_dialogs.py" line="153" />
      <source>Sau thay đổi của bạn, {0} đã sửa ghi chú năng lực {1} thành {2}.</source>
      <translation>After your change, {0} changed the note of competency {1} to {2}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/save_dialogs.py" line="155" />
      <source>Sau thay đổi của bạn, {0} đã sửa điểm năng lực {1} thành {2}.</source>
      <translation>After your change, {0} changed the score of competency {1} to {2}.</translation>
    </message>
    <message>
      <location filename="../../app/ui/save_dialogs.py" line="157" />
      <source>Giá trị mới hơn được giữ nguyên; nếu vẫn cần sửa, hãy nhập lại vào ô.</source>
      <translation>The newer value is kept; if it still needs changing, type it into the cell again.</translation>
    </message>
    <message>
      <location filename="../../app/ui/save_dialogs.py" line="166" />
      <source>Ô chưa lưu được đánh dấu trên bảng. Khi đã khắc phục, hãy nhập lại giá trị vào ô đó để lưu.</source>
      <translation>The unsaved cell is marked in the table. Once the problem is fixed, type the value into that cell again to save it.</translation>
    </message>
    <message>
      <location filename="../../app/ui/save_dialogs.py" line="168" />
      <source>Chưa lưu được</source>
      <translation>Not saved</translation>
    </message>
  </context>
  <context>
    <name>SavePreviewDialog</name>
    <message>
      <location filename="../../app/ui/framework_editor/save_dialog.py" line="15" />
      <source>Lưu khung năng lực</source>
      <translation>Save framework</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/save_dialog.py" line="34" />
      <source>ví dụ: Quyết định số 125/QĐ-SGDĐT ngày 05/11/2026</source>
      <translation>e.g. Quyết định số 125/QĐ-SGDĐT ngày 05/11/2026</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/save_dialog.py" line="50" />
      <source>Khung đang được dùng (có phiếu đánh giá hoặc công chức giữ vị trí). Hãy ghi căn cứ sửa đổi: số và ngày văn bản. Căn cứ được ghi vào nhật ký cùng từng thay đổi.</source>
      <translation>The framework is in use (assessments made or staff holding its positions). Give the legal basis of the revision: document number and date. It is recorded in the audit trail with each change.</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_editor/save_dialog.py" line="52" />
      <source>Phiếu đánh giá đã lập giữ nguyên cấp độ yêu cầu lúc lập; mọi thay đổi được ghi vào nhật ký thay đổi của cơ quan.</source>
      <translation>Assessments already made keep the required levels they were made with; every change is recorded in the agency's audit trail.</translation>
    </message>
  </context>
  <context>
    <name>StaffPage</name>
    <message>
      <location filename="../../app/ui/staff_page.py" line="94" />
      <source>Tìm theo tên hoặc mã (gõ không dấu cũng được)…</source>
      <translation>Find by name or code (accents optional)…</translation>
    </message>
    <message>
      <location filename="../../app/ui/staff_page.py" line="95" />
      <source>Thêm công chức…</source>
      <translation>Add civil servant…</translation>
    </message>
    <message>
      <location filename="../../app/ui/staff_page.py" line="96" />
      <source>Sửa…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <location filename="../../app/ui/staff_page.py" line="97" />
      <source>Đánh giá</source>
      <translation>Assessment</translation>
    </message>
    <message>
      <location filename="../../app/ui/staff_page.py" line="98" />
      <source>Đơn vị…</source>
      <translation>Units…</translation>
    </message>
    <message>
      <location filename="../../app/ui/staff_page.py" line="99" />
      <source>Ngừng / tiếp tục theo dõi</source>
      <translation>Stop / resume following</translation>
    </message>
    <message>
      <location filename="../../app/ui/staff_page.py" line="100" />
      <source>Hiện cả người đã ngừng theo dõi</source>
      <translation>Show people no longer followed</translation>
    </message>
    <message>
      <location filename="../../app/ui/staff_page.py" line="120" />
      <source>Tất cả đơn vị</source>
      <translation>All units</translation>
    </message>
    <message>
      <location filename="../../app/ui/staff_page.py" line="147" />
      <source>{0} công chức</source>
      <translation>{0} civil servants</translation>
    </message>
    <message>
      <source>Lịch sử thay đổi của phiếu</source>
      <translation>Change history of the form</translation>
    </message>
    <message>
      <source>Không xem được</source>
      <translation>Cannot be shown</translation>
    </message>
    <message>
      <source>Nhật ký thay đổi</source>
      <translation>Audit trail</translation>
    </message>
    <message>
      <source>Toàn bộ thay đổi trong cơ sở dữ liệu</source>
      <translation>Every change in the database</translation>
    </message>
    <message>
      <source>Không mở được cơ sở dữ liệu</source>
      <translation>Cannot open the database</translation>
    </message>
    <message>
      <source>Đang dùng cơ sở dữ liệu {0}</source>
      <translation>Using the database {0}</translation>
    </message>
    <message>
      <source>Chưa ghi được tệp</source>
      <translation>File not written</translation>
    </message>
    <message>
      <source>Tải tệp mẫu danh sách công chức</source>
      <translation>Download staff list template</translation>
    </message>
    <message>
      <source>Xuất danh sách công chức</source>
      <translation>Export staff list</translation>
    </message>
    <message>
      <source>Đang nhập…</source>
      <translation>Importing…</translation>
    </message>
    <message>
      <source>Hủy</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Nhập danh sách công chức</source>
      <translation>Import staff list</translation>
    </message>
    <message>
      <source>Đã hủy</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <source>Đã hủy: cơ sở dữ liệu giữ nguyên như trước.</source>
      <translation>Cancelled: the database is unchanged.</translation>
    </message>
    <message>
      <source>Chưa nhập được</source>
      <translation>Not imported</translation>
    </message>
    <message>
      <source>Xuất Excel tổng hợp</source>
      <translation>Export summary to Excel</translation>
    </message>
    <message>
      <source>Xuất Excel phiếu đánh giá</source>
      <translation>Export assessment form to Excel</translation>
    </message>
    <message>
      <source>Nhập điểm từ phiếu giấy</source>
      <translation>Import scores from paper forms</translation>
    </message>
    <message>
      <source>Tệp có {0} lỗi; chưa nhập gì. Hãy sửa rồi nhập lại.</source>
      <translation>The file has {0} problems; nothing was imported. Correct them and import again.</translation>
    </message>
    <message>
      <source>{0} điểm cho {1} phiếu đánh giá.</source>
      <translation>{0} scores for {1} forms.</translation>
    </message>
    <message>
      <source>Tải tệp mẫu nhập điểm</source>
      <translation>Download scores template</translation>
    </message>
    <message>
      <source>Xuất khung năng lực ra Excel</source>
      <translation>Export framework to Excel</translation>
    </message>
    <message>
      <source>Vị trí này còn {0} lỗi ở các phần bên phải.</source>
      <translation>This position has {0} problems in the parts on the right.</translation>
    </message>
    <message>
      <source>Nhập khung năng lực</source>
      <translation>Import framework</translation>
    </message>
    <message>
      <source>Khung {0} không có gì thay đổi so với bản đã lưu; không ghi gì.</source>
      <translation>Framework {0} is the same as the saved one; nothing was written.</translation>
    </message>
    <message>
      <source>Lỗi không mong đợi khi mở cơ sở dữ liệu. Chi tiết đã ghi vào nhật ký chương trình.</source>
      <translation>Unexpected error while opening the database. Details were written to the program's log.</translation>
    </message>
    <message>
      <source>Mở cơ sở dữ liệu</source>
      <translation>Open a database</translation>
    </message>
    <message>
      <source>Không khôi phục được</source>
      <translation>Not restored</translation>
    </message>
    <message>
      <source>Xem trước khi in</source>
      <translation>Print preview</translation>
    </message>
  </context>
  <context>
    <name>StartupProblemDialog</name>
    <message>
      <location filename="../../app/ui/database_actions.py" line="174" />
      <location filename="../../app/ui/database_actions.py" line="179" />
      <source>Không mở được cơ sở dữ liệu</source>
      <translation>Cannot open the database</translation>
    </message>
    <message>
      <location filename="../../app/ui/database_actions.py" line="198" />
      <source>Khôi phục từ bản sao lưu…</source>
      <translation>Restore from a backup…</translation>
    </message>
    <message>
      <location filename="../../app/ui/database_actions.py" line="199" />
      <source>Mở tệp khác…</source>
      <translation>Open another file…</translation>
    </message>
    <message>
      <location filename="../../app/ui/database_actions.py" line="200" />
      <source>Kết nối máy chủ…</source>
      <translation>Connect to a server…</translation>
    </message>
    <message>
      <location filename="../../app/ui/database_actions.py" line="202" />
      <source>Tạo cơ sở dữ liệu mới trống</source>
      <translation>Create a new empty database</translation>
    </message>
    <message>
      <location filename="../../app/ui/database_actions.py" line="203" />
      <source>Thoát</source>
      <translation>Quit</translation>
    </message>
  </context>
  <context>
    <name>StatusLegend</name>
    <message>
      <location filename="../../app/ui/report_tables.py" line="255" />
      <source>Ô trắng: không thuộc vị trí của người đó · tên đầy đủ: rê chuột lên tiêu đề · nhấp đúp: mở phiếu</source>
      <translation>Blank: not part of the person's position · full name: hover the header · double-click: open the form</translation>
    </message>
  </context>
  <context>
    <name>UnitsDialog</name>
    <message>
      <location filename="../../app/ui/units_dialog.py" line="28" />
      <source>Đơn vị</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../app/ui/units_dialog.py" line="30" />
      <source>Tên đơn vị</source>
      <translation>Unit name</translation>
    </message>
    <message>
      <location filename="../../app/ui/units_dialog.py" line="30" />
      <source>Mã</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../app/ui/units_dialog.py" line="33" />
      <source>Thêm đơn vị trực thuộc…</source>
      <translation>Add sub-unit…</translation>
    </message>
    <message>
      <location filename="../../app/ui/units_dialog.py" line="34" />
      <source>Đổi tên…</source>
      <translation>Rename…</translation>
    </message>
    <message>
      <location filename="../../app/ui/units_dialog.py" line="35" />
      <source>Chuyển sang đơn vị khác…</source>
      <translation>Move under…</translation>
    </message>
    <message>
      <location filename="../../app/ui/units_dialog.py" line="36" />
      <source>Xóa</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../app/ui/units_dialog.py" line="67" />
      <source>Không thực hiện được</source>
      <translation>Not possible</translation>
    </message>
    <message>
      <location filename="../../app/ui/units_dialog.py" line="73" />
      <location filename="../../app/ui/units_dialog.py" line="76" />
      <source>Thêm đơn vị</source>
      <translation>Add unit</translation>
    </message>
    <message>
      <location filename="../../app/ui/units_dialog.py" line="73" />
      <source>Mã đơn vị:</source>
      <translation>Unit code:</translation>
    </message>
    <message>
      <location filename="../../app/ui/units_dialog.py" line="76" />
      <source>Tên đơn vị:</source>
      <translation>Unit name:</translation>
    </message>
    <message>
      <location filename="../../app/ui/units_dialog.py" line="83" />
      <source>Đổi tên đơn vị</source>
      <translation>Rename unit</translation>
    </message>
    <message>
      <location filename="../../app/ui/units_dialog.py" line="83" />
      <source>Tên mới:</source>
      <translation>New name:</translation>
    </message>
    <message>
      <location filename="../../app/ui/units_dialog.py" line="93" />
      <source>(cấp cao nhất)</source>
      <translation>(top level)</translation>
    </message>
    <message>
      <location filename="../../app/ui/units_dialog.py" line="94" />
      <source>Chuyển đơn vị</source>
      <translation>Move unit</translation>
    </message>
    <message>
      <location filename="../../app/ui/units_dialog.py" line="94" />
      <source>Đặt dưới đơn vị:</source>
      <translation>Place under unit:</translation>
    </message>
  </context>
  <context>
    <name>WelcomePanel</name>
    <message>
      <location filename="../../app/ui/main_window.py" line="58" />
      <source>Cơ sở dữ liệu đã sẵn sàng, có khung năng lực của Thông tư 02/2023/TT-BTP và Thông tư 09/2023/TT-BTTTT. Chưa có công chức nào: hãy thêm công chức, hoặc mở tổ chức mẫu để dùng thử.</source>
      <translation>The database is ready with the competency frameworks of Circulars 02/2023/TT-BTP and 09/2023/TT-BTTTT. There are no civil servants yet: add staff, or open the sample organisation to try the program.</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="60" />
      <source>Thêm công chức…</source>
      <translation>Add civil servant…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="61" />
      <source>Nhập danh sách công chức từ Excel…</source>
      <translation>Import staff list from Excel…</translation>
    </message>
    <message>
      <location filename="../../app/ui/main_window.py" line="62" />
      <source>Mở tổ chức mẫu (dữ liệu mẫu)</source>
      <translation>Open the sample organisation (sample data)</translation>
    </message>
    <message>
      <source>Chào mừng đến với chương trình đánh giá khoảng cách năng lực</source>
      <translation>Welcome to the competency gap assessment program</translation>
    </message>
  </context>
  <context>
    <name>editor</name>
    <message>
      <location filename="../../app/ui/framework_editor/marks.py" line="76" />
      <source>Vị trí này còn {0} lỗi ở các phần bên phải.</source>
      <translation>This position has {0} problems in the parts on the right.</translation>
    </message>
  </context>
  <context>
    <name>gap</name>
    <message>
      <location filename="../../app/ui/report_tables.py" line="401" />
      <location filename="../../app/ui/table_models.py" line="575" />
      <source>văn bản</source>
      <translation>in words</translation>
    </message>
    <message>
      <source>Chưa đạt</source>
      <translation>Below</translation>
    </message>
    <message>
      <source>Đạt</source>
      <translation>Within</translation>
    </message>
    <message>
      <source>Vượt</source>
      <translation>Above</translation>
    </message>
    <message>
      <source>Chưa đánh giá</source>
      <translation>Not rated</translation>
    </message>
    <message>
      <source>Không định mức</source>
      <translation>No level set</translation>
    </message>
    <message>
      <source>Đáp ứng</source>
      <translation>Meets</translation>
    </message>
    <message>
      <source>Chưa đáp ứng</source>
      <translation>Does not meet</translation>
    </message>
    <message>
      <source>Chưa đánh giá đủ</source>
      <translation>Not fully assessed</translation>
    </message>
    <message>
      <source>yêu cầu {0}</source>
      <translation>required {0}</translation>
    </message>
  </context>
  <context>
    <name>parent</name>
    <message>
      <location filename="../../app/ui/assessment_page.py" line="603" />
      <source>Mở lại phiếu đánh giá</source>
      <translation>Reopen assessment</translation>
    </message>
    <message>
      <location filename="../../app/ui/assessment_page.py" line="603" />
      <source>Lý do mở lại:</source>
      <translation>Reason for reopening:</translation>
    </message>
    <message>
      <location filename="../../app/ui/printing.py" line="77" />
      <location filename="../../app/ui/printing.py" line="146" />
      <source>Xem trước khi in</source>
      <translation>Print preview</translation>
    </message>
    <message>
      <location filename="../../app/ui/excel_actions.py" line="79" />
      <source>Chưa ghi được tệp</source>
      <translation>File not written</translation>
    </message>
    <message>
      <location filename="../../app/ui/excel_actions.py" line="94" />
      <source>Tải tệp mẫu danh sách công chức</source>
      <translation>Download staff list template</translation>
    </message>
    <message>
      <location filename="../../app/ui/excel_actions.py" line="94" />
      <source>Xuất danh sách công chức</source>
      <translation>Export staff list</translation>
    </message>
    <message>
      <location filename="../../app/ui/excel_actions.py" line="113" />
      <source>Nhập danh sách công chức</source>
      <translation>Import staff list</translation>
    </message>
    <message>
      <location filename="../../app/ui/excel_actions.py" line="126" />
      <source>Đang nhập…</source>
      <translation>Importing…</translation>
    </message>
    <message>
      <location filename="../../app/ui/excel_actions.py" line="126" />
      <source>Hủy</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../app/ui/excel_actions.py" line="140" />
      <source>Đã hủy</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <location filename="../../app/ui/excel_actions.py" line="140" />
      <source>Đã hủy: cơ sở dữ liệu giữ nguyên như trước.</source>
      <translation>Cancelled: the database is unchanged.</translation>
    </message>
    <message>
      <location filename="../../app/ui/excel_actions.py" line="143" />
      <location filename="../../app/ui/excel_actions.py" line="230" />
      <location filename="../../app/ui/framework_import.py" line="235" />
      <location filename="../../app/ui/framework_import.py" line="252" />
      <source>Chưa nhập được</source>
      <translation>Not imported</translation>
    </message>
    <message>
      <location filename="../../app/ui/excel_actions.py" line="155" />
      <source>Xuất Excel tổng hợp</source>
      <translation>Export summary to Excel</translation>
    </message>
    <message>
      <location filename="../../app/ui/excel_actions.py" line="171" />
      <source>Xuất Excel phiếu đánh giá</source>
      <translation>Export assessment form to Excel</translation>
    </message>
    <message>
      <location filename="../../app/ui/excel_actions.py" line="214" />
      <location filename="../../app/ui/excel_actions.py" line="218" />
      <source>Nhập điểm từ phiếu giấy</source>
      <translation>Import scores from paper forms</translation>
    </message>
    <message>
      <location filename="../../app/ui/excel_actions.py" line="220" />
      <source>Tệp có {0} lỗi; chưa nhập gì. Hãy sửa rồi nhập lại.</source>
      <translation>The file has {0} problems; nothing was imported. Correct them and import again.</translation>
    </message>
    <message>
      <location filename="../../app/ui/excel_actions.py" line="224" />
      <source>{0} điểm cho {1} phiếu đánh giá.</source>
      <translation>{0} scores for {1} forms.</translation>
    </message>
    <message>
      <location filename="../../app/ui/excel_actions.py" line="238" />
      <source>Tải tệp mẫu nhập điểm</source>
      <translation>Download scores template</translation>
    </message>
    <message>
      <location filename="../../app/ui/excel_actions.py" line="246" />
      <source>Xuất khung năng lực ra Excel</source>
      <translation>Export framework to Excel</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_import.py" line="224" />
      <source>Nhập khung năng lực</source>
      <translation>Import framework</translation>
    </message>
    <message>
      <location filename="../../app/ui/framework_import.py" line="241" />
      <source>Khung {0} không có gì thay đổi so với bản đã lưu; không ghi gì.</source>
      <translation>Framework {0} is the same as the saved one; nothing was written.</translation>
    </message>
    <message>
      <location filename="../../app/ui/audit_dialog.py" line="172" />
      <location filename="../../app/ui/audit_dialog.py" line="189" />
      <source>Không xem được</source>
      <translation>Cannot be shown</translation>
    </message>
    <message>
      <location filename="../../app/ui/audit_dialog.py" line="177" />
      <source>Lịch sử thay đổi của phiếu</source>
      <translation>Change history of the form</translation>
    </message>
    <message>
      <location filename="../../app/ui/audit_dialog.py" line="192" />
      <source>Nhật ký thay đổi</source>
      <translation>Audit trail</translation>
    </message>
    <message>
      <location filename="../../app/ui/audit_dialog.py" line="192" />
      <source>Toàn bộ thay đổi trong cơ sở dữ liệu</source>
      <translation>Every change in the database</translation>
    </message>
  </context>
  <context>
    <name>window</name>
    <message>
      <location filename="../../app/ui/connection_dialog.py" line="201" />
      <location filename="../../app/ui/launcher.py" line="67" />
      <source>Không mở được cơ sở dữ liệu</source>
      <translation>Cannot open the database</translation>
    </message>
    <message>
      <location filename="../../app/ui/connection_dialog.py" line="212" />
      <source>Đang dùng cơ sở dữ liệu {0}</source>
      <translation>Using the database {0}</translation>
    </message>
    <message>
      <location filename="../../app/ui/launcher.py" line="68" />
      <source>Lỗi không mong đợi khi mở cơ sở dữ liệu. Chi tiết đã ghi vào nhật ký chương trình.</source>
      <translation>Unexpected error while opening the database. Details were written to the program's log.</translation>
    </message>
    <message>
      <location filename="../../app/ui/launcher.py" line="75" />
      <source>Không khôi phục được</source>
      <translation>Not restored</translation>
    </message>
    <message>
      <location filename="../../app/ui/launcher.py" line="84" />
      <source>Mở cơ sở dữ liệu</source>
      <translation>Open a database</translation>
    </message>
  </context>
  <context>
    <name>PageActions</name>
  </context>
  <context>
    <name>ScoreCommand</name>
  </context>
  <context>
    <name>ReasonDialog</name>
    <message>
      <source>Mở lại phiếu đánh giá</source>
      <translation>Reopen assessment</translation>
    </message>
    <message>
      <source>Lý do mở lại:</source>
      <translation>Reason for reopening:</translation>
    </message>
  </context>
  <context>
    <name>PanelSplitter</name>
  </context>
  <context>
    <name>AuditTableModel</name>
    <message>
      <source>Thời gian</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>Người thực hiện</source>
      <translation>By</translation>
    </message>
    <message>
      <source>Thao tác</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Đối tượng</source>
      <translation>Record</translation>
    </message>
    <message>
      <source>Nội dung</source>
      <translation>Change</translation>
    </message>
    <message>
      <source>Giá trị cũ</source>
      <translation>Old value</translation>
    </message>
    <message>
      <source>Giá trị mới</source>
      <translation>New value</translation>
    </message>
    <message>
      <source>Lý do</source>
      <translation>Reason</translation>
    </message>
  </context>
  <context>
    <name>Preload</name>
  </context>
  <context>
    <name>AppContext</name>
  </context>
  <context>
    <name>IndentDelegate</name>
  </context>
  <context>
    <name>Block</name>
  </context>
  <context>
    <name>FormPainter</name>
  </context>
  <context>
    <name>SetValue</name>
  </context>
  <context>
    <name>ListEdit</name>
  </context>
  <context>
    <name>FrameworkDocument</name>
  </context>
  <context>
    <name>BoundField</name>
  </context>
  <context>
    <name>TextField</name>
  </context>
  <context>
    <name>NumberField</name>
  </context>
  <context>
    <name>DateField</name>
  </context>
  <context>
    <name>LongTextField</name>
  </context>
  <context>
    <name>ChoiceField</name>
  </context>
  <context>
    <name>Location</name>
  </context>
  <context>
    <name>TasksPanel</name>
  </context>
  <context>
    <name>RelationsPanel</name>
  </context>
  <context>
    <name>QualificationsModel</name>
  </context>
  <context>
    <name>QualificationsEditor</name>
  </context>
  <context>
    <name>Col</name>
  </context>
  <context>
    <name>ListTableModel</name>
  </context>
  <context>
    <name>TableDelegate</name>
  </context>
  <context>
    <name>ListButtons</name>
  </context>
  <context>
    <name>ListEditor</name>
  </context>
  <context>
    <name>UnexpectedErrorHook</name>
  </context>
  <context>
    <name>TreeSearchProxy</name>
  </context>
  <context>
    <name>ThreeLineDelegate</name>
  </context>
  <context>
    <name>GroupedModel</name>
  </context>
  <context>
    <name>GroupedTable</name>
  </context>
  <context>
    <name>UndoRefusedMessage</name>
  </context>
  <context>
    <name>NotSavedMessage</name>
  </context>
  <context>
    <name>StaffListModel</name>
  </context>
  <context>
    <name>_SvgIconEngine</name>
  </context>
  <context>
    <name>SearchFilterProxy</name>
  </context>
  <context>
    <name>Column</name>
  </context>
  <context>
    <name>EmployeeTableModel</name>
  </context>
  <context>
    <name>PositionListModel</name>
  </context>
  <context>
    <name>GridRow</name>
  </context>
  <context>
    <name>RatingTableModel</name>
  </context>
  <context>
    <name>DatabaseActions</name>
    <message>
      <source>Đã khôi phục</source>
      <translation>Restored</translation>
    </message>
    <message>
      <source>Sao lưu cơ sở dữ liệu</source>
      <translation>Back up the database</translation>
    </message>
    <message>
      <source>Đã sao lưu</source>
      <translation>Backed up</translation>
    </message>
    <message>
      <source>Hủy</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu
{0}?

Dữ liệu hiện tại được tự sao lưu trước khi thay.</source>
      <translation>Replace all current data with the backup
{0}?

The current data is backed up first.</translation>
    </message>
    <message>
      <source>Khôi phục</source>
      <translation>Restore</translation>
    </message>
    <message>
      <source>Sao lưu</source>
      <translation>Backup</translation>
    </message>
    <message>
      <source>Cơ sở dữ liệu dùng chung PostgreSQL được sao lưu trên máy chủ bằng pg_dump (xem README).</source>
      <translation>A shared PostgreSQL database is backed up on the server with pg_dump (see the README).</translation>
    </message>
    <message>
      <source>Kiểm tra dữ liệu</source>
      <translation>Data check</translation>
    </message>
    <message>
      <source>PostgreSQL tự kiểm tra toàn vẹn dữ liệu; hãy sao lưu định kỳ bằng pg_dump.</source>
      <translation>PostgreSQL checks its own integrity; back it up regularly with pg_dump.</translation>
    </message>
    <message>
      <source>Cơ sở dữ liệu toàn vẹn (đã kiểm tra mọi trang và mọi tham chiếu).</source>
      <translation>The database is intact (every page and every reference checked).</translation>
    </message>
    <message>
      <source>Cơ sở dữ liệu bị hỏng: {0}

Khôi phục từ một bản sao lưu?</source>
      <translation>The database is damaged: {0}

Restore from a backup?</translation>
    </message>
    <message>
      <source>Dữ liệu bị hỏng</source>
      <translation>Damaged data</translation>
    </message>
    <message>
      <source>Khôi phục…</source>
      <translation>Restore…</translation>
    </message>
    <message>
      <source>Không khôi phục được</source>
      <translation>Not restored</translation>
    </message>
    <message>
      <source>Đã khôi phục từ {0}.
Dữ liệu trước khi khôi phục được giữ ở {1}.</source>
      <translation>Restored from {0}.
The data as it was before is kept in {1}.</translation>
    </message>
    <message>
      <source>Chưa sao lưu được</source>
      <translation>Not backed up</translation>
    </message>
    <message>
      <source>Đã sao lưu vào {0} (đã kiểm tra toàn vẹn).</source>
      <translation>Backed up to {0} (integrity checked).</translation>
    </message>
  </context>
  <context>
    <name>Columns</name>
    <message>
      <source>Năng lực</source>
      <translation>Competency</translation>
    </message>
    <message>
      <source>Cấp độ yêu cầu</source>
      <translation>Required level</translation>
    </message>
    <message>
      <source>Điểm</source>
      <translation>Score</translation>
    </message>
    <message>
      <source>Trạng thái</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Thiếu hụt</source>
      <translation>Shortfall</translation>
    </message>
    <message>
      <source>Đối chiếu</source>
      <translation>Compare</translation>
    </message>
    <message>
      <source>Ghi chú</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Họ và tên</source>
      <translation>Full name</translation>
    </message>
    <message>
      <source>Mã</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Đơn vị</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Ngạch, hạng</source>
      <translation>Grade</translation>
    </message>
    <message>
      <source>Vị trí việc làm</source>
      <translation>Job positions</translation>
    </message>
    <message>
      <source>Ngày giữ ngạch, hạng</source>
      <translation>In grade since</translation>
    </message>
    <message>
      <source>Tự đánh giá</source>
      <translation>Self</translation>
    </message>
    <message>
      <source>Người đánh giá</source>
      <translation>Assessor</translation>
    </message>
  </context>
  <context>
    <name>Status</name>
    <message>
      <source>Đang soạn</source>
      <translation>Draft</translation>
    </message>
    <message>
      <source>Đã gửi</source>
      <translation>Submitted</translation>
    </message>
    <message>
      <source>Đã phê duyệt</source>
      <translation>Approved</translation>
    </message>
  </context>
  <context>
    <name>Report</name>
    <message>
      <source>Đạt yêu cầu</source>
      <translation>Met</translation>
    </message>
    <message>
      <source>Chưa đạt</source>
      <translation>Below</translation>
    </message>
    <message>
      <source>Chưa đánh giá</source>
      <translation>Not rated</translation>
    </message>
    <message>
      <source>Tổng mức thiếu hụt</source>
      <translation>Total shortfall</translation>
    </message>
    <message>
      <source>Theo nhóm năng lực</source>
      <translation>By competency group</translation>
    </message>
    <message>
      <source>Nhóm</source>
      <translation>Group</translation>
    </message>
    <message>
      <source>Đạt</source>
      <translation>Within</translation>
    </message>
    <message>
      <source>Thiếu hụt</source>
      <translation>Shortfall</translation>
    </message>
    <message>
      <source>Kết luận</source>
      <translation>Verdict</translation>
    </message>
    <message>
      <source>Năng lực chưa đạt (thiếu nhiều nhất trước)</source>
      <translation>Competencies below (largest gap first)</translation>
    </message>
    <message>
      <source>yêu cầu</source>
      <translation>required</translation>
    </message>
    <message>
      <source>điểm</source>
      <translation>score</translation>
    </message>
    <message>
      <source>thiếu</source>
      <translation>short by</translation>
    </message>
    <message>
      <source>Chênh lệch tự đánh giá và người đánh giá từ 2 điểm</source>
      <translation>Self vs assessor differences of 2 or more</translation>
    </message>
    <message>
      <source>tự đánh giá</source>
      <translation>self</translation>
    </message>
    <message>
      <source>người đánh giá</source>
      <translation>assessor</translation>
    </message>
    <message>
      <source>Kết quả này dùng để xác định nhu cầu đào tạo, bồi dưỡng; không phải xếp loại chất lượng.</source>
      <translation>This result identifies training needs; it is not a quality rating.</translation>
    </message>
    <message>
      <source>Tiêu chí</source>
      <translation>Criteria</translation>
    </message>
    <message>
      <source>Mã</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Mục tiêu vị trí việc làm</source>
      <translation>Position objective</translation>
    </message>
    <message>
      <source>Công việc và tiêu chí đánh giá</source>
      <translation>Tasks and assessment criteria</translation>
    </message>
    <message>
      <source>Quan hệ công việc</source>
      <translation>Working relationships</translation>
    </message>
    <message>
      <source>Phạm vi quyền hạn</source>
      <translation>Scope of authority</translation>
    </message>
    <message>
      <source>Yêu cầu về trình độ</source>
      <translation>Qualification requirements</translation>
    </message>
    <message>
      <source>Khung năng lực</source>
      <translation>Competency framework</translation>
    </message>
    <message>
      <source>Năng lực</source>
      <translation>Competency</translation>
    </message>
    <message>
      <source>Cấp độ yêu cầu</source>
      <translation>Required level</translation>
    </message>
    <message>
      <source>Nguồn</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>Ghi chú</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Năng lực và mô tả cấp độ</source>
      <translation>Competencies and level descriptors</translation>
    </message>
    <message>
      <source>mô tả cấp độ</source>
      <translation>level descriptors</translation>
    </message>
    <message>
      <source>Cần thêm để kết luận:</source>
      <translation>Needed to conclude:</translation>
    </message>
    <message>
      <source>Điều kiện theo quy định của vị trí</source>
      <translation>Statutory conditions of the position</translation>
    </message>
    <message>
      <source>Yêu cầu</source>
      <translation>Requirement</translation>
    </message>
    <message>
      <source>Hồ sơ</source>
      <translation>Record</translation>
    </message>
    <message>
      <source>cấp tỉnh</source>
      <translation>provincial level</translation>
    </message>
    <message>
      <source>cấp huyện</source>
      <translation>district level</translation>
    </message>
    <message>
      <source>Trong cơ quan</source>
      <translation>Inside the agency</translation>
    </message>
    <message>
      <source>Ngoài cơ quan</source>
      <translation>Outside the agency</translation>
    </message>
    <message>
      <source>thang chung (mặc định)</source>
      <translation>generic scale (default)</translation>
    </message>
    <message>
      <source>theo văn bản</source>
      <translation>from the document</translation>
    </message>
    <message>
      <source>do đơn vị quy định</source>
      <translation>set by the agency</translation>
    </message>
    <message>
      <source>Số hiệu</source>
      <translation>Document number</translation>
    </message>
    <message>
      <source>Cơ quan ban hành</source>
      <translation>Issued by</translation>
    </message>
    <message>
      <source>Ngày ban hành</source>
      <translation>Adopted on</translation>
    </message>
    <message>
      <source>Vị trí việc làm</source>
      <translation>Job positions</translation>
    </message>
    <message>
      <source>Đáp ứng</source>
      <translation>Meets</translation>
    </message>
    <message>
      <source>Chưa đáp ứng</source>
      <translation>Does not meet</translation>
    </message>
    <message>
      <source>Chưa đánh giá đủ</source>
      <translation>Not fully assessed</translation>
    </message>
    <message>
      <source>Vị trí không nêu điều kiện</source>
      <translation>The position states no conditions</translation>
    </message>
    <message>
      <source>Đạt {0}/{1} điều kiện</source>
      <translation>{0}/{1} conditions met</translation>
    </message>
    <message>
      <source>Đạt {0}/{1}</source>
      <translation>{0}/{1} met</translation>
    </message>
    <message>
      <source>chưa đạt</source>
      <translation>not met</translation>
    </message>
    <message>
      <source>chưa rõ</source>
      <translation>unknown</translation>
    </message>
    <message>
      <source>thiếu {0}</source>
      <translation>short by {0}</translation>
    </message>
  </context>
  <context>
    <name>Position</name>
    <message>
      <source>Đạt yêu cầu</source>
      <translation>Met</translation>
    </message>
    <message>
      <source>Chưa đạt</source>
      <translation>Below</translation>
    </message>
    <message>
      <source>Chưa đánh giá</source>
      <translation>Not rated</translation>
    </message>
    <message>
      <source>Tổng mức thiếu hụt</source>
      <translation>Total shortfall</translation>
    </message>
    <message>
      <source>Theo nhóm năng lực</source>
      <translation>By competency group</translation>
    </message>
    <message>
      <source>Nhóm</source>
      <translation>Group</translation>
    </message>
    <message>
      <source>Đạt</source>
      <translation>Within</translation>
    </message>
    <message>
      <source>Thiếu hụt</source>
      <translation>Shortfall</translation>
    </message>
    <message>
      <source>Kết luận</source>
      <translation>Verdict</translation>
    </message>
    <message>
      <source>Năng lực chưa đạt (thiếu nhiều nhất trước)</source>
      <translation>Competencies below (largest gap first)</translation>
    </message>
    <message>
      <source>yêu cầu</source>
      <translation>required</translation>
    </message>
    <message>
      <source>điểm</source>
      <translation>score</translation>
    </message>
    <message>
      <source>thiếu</source>
      <translation>short by</translation>
    </message>
    <message>
      <source>Chênh lệch tự đánh giá và người đánh giá từ 2 điểm</source>
      <translation>Self vs assessor differences of 2 or more</translation>
    </message>
    <message>
      <source>tự đánh giá</source>
      <translation>self</translation>
    </message>
    <message>
      <source>người đánh giá</source>
      <translation>assessor</translation>
    </message>
    <message>
      <source>Kết quả này dùng để xác định nhu cầu đào tạo, bồi dưỡng; không phải xếp loại chất lượng.</source>
      <translation>This result identifies training needs; it is not a quality rating.</translation>
    </message>
    <message>
      <source>Tiêu chí</source>
      <translation>Criteria</translation>
    </message>
    <message>
      <source>Mã</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Mục tiêu vị trí việc làm</source>
      <translation>Position objective</translation>
    </message>
    <message>
      <source>Công việc và tiêu chí đánh giá</source>
      <translation>Tasks and assessment criteria</translation>
    </message>
    <message>
      <source>Quan hệ công việc</source>
      <translation>Working relationships</translation>
    </message>
    <message>
      <source>Phạm vi quyền hạn</source>
      <translation>Scope of authority</translation>
    </message>
    <message>
      <source>Yêu cầu về trình độ</source>
      <translation>Qualification requirements</translation>
    </message>
    <message>
      <source>Khung năng lực</source>
      <translation>Competency framework</translation>
    </message>
    <message>
      <source>Năng lực</source>
      <translation>Competency</translation>
    </message>
    <message>
      <source>Cấp độ yêu cầu</source>
      <translation>Required level</translation>
    </message>
    <message>
      <source>Nguồn</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>Ghi chú</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Năng lực và mô tả cấp độ</source>
      <translation>Competencies and level descriptors</translation>
    </message>
    <message>
      <source>mô tả cấp độ</source>
      <translation>level descriptors</translation>
    </message>
    <message>
      <source>Cần thêm để kết luận:</source>
      <translation>Needed to conclude:</translation>
    </message>
    <message>
      <source>Điều kiện theo quy định của vị trí</source>
      <translation>Statutory conditions of the position</translation>
    </message>
    <message>
      <source>Yêu cầu</source>
      <translation>Requirement</translation>
    </message>
    <message>
      <source>Hồ sơ</source>
      <translation>Record</translation>
    </message>
    <message>
      <source>cấp tỉnh</source>
      <translation>provincial level</translation>
    </message>
    <message>
      <source>cấp huyện</source>
      <translation>district level</translation>
    </message>
    <message>
      <source>Trong cơ quan</source>
      <translation>Inside the agency</translation>
    </message>
    <message>
      <source>Ngoài cơ quan</source>
      <translation>Outside the agency</translation>
    </message>
    <message>
      <source>thang chung (mặc định)</source>
      <translation>generic scale (default)</translation>
    </message>
    <message>
      <source>theo văn bản</source>
      <translation>from the document</translation>
    </message>
    <message>
      <source>do đơn vị quy định</source>
      <translation>set by the agency</translation>
    </message>
    <message>
      <source>Số hiệu</source>
      <translation>Document number</translation>
    </message>
    <message>
      <source>Cơ quan ban hành</source>
      <translation>Issued by</translation>
    </message>
    <message>
      <source>Ngày ban hành</source>
      <translation>Adopted on</translation>
    </message>
    <message>
      <source>Vị trí việc làm</source>
      <translation>Job positions</translation>
    </message>
    <message>
      <source>Trình độ đào tạo</source>
      <translation>Education</translation>
    </message>
    <message>
      <source>Bồi dưỡng, chứng chỉ</source>
      <translation>Training and certificates</translation>
    </message>
    <message>
      <source>Kiến thức bổ trợ</source>
      <translation>Supplementary knowledge</translation>
    </message>
    <message>
      <source>Kinh nghiệm (thành tích công tác)</source>
      <translation>Experience (record)</translation>
    </message>
    <message>
      <source>Phẩm chất cá nhân</source>
      <translation>Personal qualities</translation>
    </message>
    <message>
      <source>Các yêu cầu khác</source>
      <translation>Other requirements</translation>
    </message>
    <message>
      <source>mặc định theo ngạch</source>
      <translation>grade default</translation>
    </message>
  </context>
  <context>
    <name>Audit</name>
    <message>
      <source>Phiếu đánh giá</source>
      <translation>Assessment form</translation>
    </message>
    <message>
      <source>Vị trí việc làm</source>
      <translation>Job positions</translation>
    </message>
    <message>
      <source>Công chức</source>
      <translation>Employee</translation>
    </message>
    <message>
      <source>Đơn vị</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Kỳ đánh giá</source>
      <translation>Assessment period</translation>
    </message>
    <message>
      <source>Khung năng lực</source>
      <translation>Competency framework</translation>
    </message>
    <message>
      <source>Tài khoản</source>
      <translation>Account</translation>
    </message>
    <message>
      <source>Ngạch, hạng</source>
      <translation>Grade</translation>
    </message>
    <message>
      <source>Nhật ký thay đổi</source>
      <translation>Audit trail</translation>
    </message>
    <message>
      <source>Điểm</source>
      <translation>Score</translation>
    </message>
    <message>
      <source>Ghi chú</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Trạng thái</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Cấp độ yêu cầu</source>
      <translation>Required level</translation>
    </message>
    <message>
      <source>Ngạch</source>
      <translation>Grade</translation>
    </message>
    <message>
      <source>Giữ ngạch từ</source>
      <translation>In grade since</translation>
    </message>
    <message>
      <source>Họ và tên</source>
      <translation>Full name</translation>
    </message>
    <message>
      <source>Ngày sinh</source>
      <translation>Date of birth</translation>
    </message>
    <message>
      <source>Giới tính</source>
      <translation>Gender</translation>
    </message>
    <message>
      <source>Trình độ đào tạo</source>
      <translation>Education</translation>
    </message>
    <message>
      <source>Chứng chỉ</source>
      <translation>Certificates</translation>
    </message>
    <message>
      <source>Đang theo dõi</source>
      <translation>Active</translation>
    </message>
    <message>
      <source>Hồ sơ</source>
      <translation>Record</translation>
    </message>
    <message>
      <source>Tên</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Đơn vị cấp trên</source>
      <translation>Parent unit</translation>
    </message>
    <message>
      <source>Vai trò</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>Mật khẩu</source>
      <translation>Password</translation>
    </message>
    <message>
      <source>Sửa đổi</source>
      <translation>Revision</translation>
    </message>
    <message>
      <source>Loại</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Thứ bậc</source>
      <translation>Rank</translation>
    </message>
    <message>
      <source>Cấp độ yêu cầu mặc định</source>
      <translation>Default required levels</translation>
    </message>
    <message>
      <source>Lý luận chính trị</source>
      <translation>Political theory</translation>
    </message>
    <message>
      <source>Loại bằng lý luận chính trị</source>
      <translation>Kind of political theory degree</translation>
    </message>
    <message>
      <source>Ngành đào tạo phù hợp lĩnh vực</source>
      <translation>Major fits the field</translation>
    </message>
    <message>
      <source>Đã kê khai đủ quá trình công tác</source>
      <translation>Work history complete</translation>
    </message>
    <message>
      <source>Bằng cấp</source>
      <translation>Degrees</translation>
    </message>
    <message>
      <source>Quá trình giữ ngạch</source>
      <translation>Grade history</translation>
    </message>
    <message>
      <source>Văn bản đã chủ trì, tham gia</source>
      <translation>Documents led or taken part in</translation>
    </message>
    <message>
      <source>Danh sách chứng chỉ</source>
      <translation>Certificate list</translation>
    </message>
    <message>
      <source>Dấu kiểm tra tài khoản</source>
      <translation>Account check mark</translation>
    </message>
    <message>
      <source>Trigger chống sửa nhật ký</source>
      <translation>Trail protection trigger</translation>
    </message>
    <message>
      <source>Thêm</source>
      <translation>Add</translation>
    </message>
    <message>
      <source>Sửa</source>
      <translation>Edit</translation>
    </message>
    <message>
      <source>Xóa</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>Gửi</source>
      <translation>Submit</translation>
    </message>
    <message>
      <source>Phê duyệt</source>
      <translation>Approve</translation>
    </message>
    <message>
      <source>Mở lại</source>
      <translation>Reopen</translation>
    </message>
    <message>
      <source>Khóa</source>
      <translation>Disable</translation>
    </message>
    <message>
      <source>Đổi mật khẩu</source>
      <translation>Change password</translation>
    </message>
    <message>
      <source>Nhập từ tệp</source>
      <translation>Import from file</translation>
    </message>
    <message>
      <source>Thay thế</source>
      <translation>Replace</translation>
    </message>
    <message>
      <source>Sửa đổi khung</source>
      <translation>Revision of framework</translation>
    </message>
    <message>
      <source>Ghi dấu kiểm tra</source>
      <translation>Seal</translation>
    </message>
    <message>
      <source>Khôi phục</source>
      <translation>Restore</translation>
    </message>
    <message>
      <source>Tự đánh giá</source>
      <translation>Self-assessment</translation>
    </message>
    <message>
      <source>Người đánh giá</source>
      <translation>Assessor</translation>
    </message>
    <message>
      <source>Đang soạn</source>
      <translation>Draft</translation>
    </message>
    <message>
      <source>Đã gửi</source>
      <translation>Submitted</translation>
    </message>
    <message>
      <source>Đã phê duyệt</source>
      <translation>Approved</translation>
    </message>
    <message>
      <source>Đang mở</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>Đã đóng</source>
      <translation>Closed</translation>
    </message>
    <message>
      <source>Người dùng máy tính ({0})</source>
      <translation>Computer user ({0})</translation>
    </message>
    <message>
      <source>Có</source>
      <translation>Yes</translation>
    </message>
    <message>
      <source>Không</source>
      <translation>No</translation>
    </message>
  </context>
  <context>
    <name>Backups</name>
    <message>
      <source>hằng ngày</source>
      <translation>daily</translation>
    </message>
    <message>
      <source>trước khi cập nhật cấu trúc</source>
      <translation>before a structure upgrade</translation>
    </message>
    <message>
      <source>trước khi nhập tệp</source>
      <translation>before an import</translation>
    </message>
    <message>
      <source>trước khi sửa khung năng lực</source>
      <translation>before a framework change</translation>
    </message>
    <message>
      <source>trước khi khôi phục</source>
      <translation>before a restore</translation>
    </message>
    <message>
      <source>do người dùng</source>
      <translation>by the user</translation>
    </message>
  </context>
  <context>
    <name>TrailCheck</name>
    <message>
      <source>Nhật ký nguyên vẹn: {0} mục, chuỗi liền mạch.</source>
      <translation>Audit trail intact: {0} entries, the chain unbroken.</translation>
    </message>
    <message>
      <source>Mã đầu chuỗi (hãy lưu ở nơi khác để đối chiếu lần sau): {0}</source>
      <translation>Head of the chain (keep it elsewhere to compare next time): {0}</translation>
    </message>
  </context>
  <context>
    <name>Grades</name>
    <message>
      <source>Ngạch</source>
      <translation>Grade</translation>
    </message>
    <message>
      <source>Hạng chức danh nghề nghiệp</source>
      <translation>Professional title grade</translation>
    </message>
  </context>
  <context>
    <name>EmployeeRecord</name>
    <message>
      <source>Phổ thông, sơ cấp</source>
      <translation>Secondary, elementary</translation>
    </message>
    <message>
      <source>Trung cấp</source>
      <translation>Intermediate</translation>
    </message>
    <message>
      <source>Cao đẳng</source>
      <translation>College</translation>
    </message>
    <message>
      <source>Đại học</source>
      <translation>University</translation>
    </message>
    <message>
      <source>Thạc sĩ</source>
      <translation>Master</translation>
    </message>
    <message>
      <source>Tiến sĩ</source>
      <translation>Doctorate</translation>
    </message>
    <message>
      <source>Sơ cấp</source>
      <translation>Elementary</translation>
    </message>
    <message>
      <source>Cao cấp</source>
      <translation>Advanced</translation>
    </message>
    <message>
      <source>Bằng cao cấp LLCT</source>
      <translation>Advanced political theory degree</translation>
    </message>
    <message>
      <source>Bằng cao cấp LLCT - hành chính</source>
      <translation>Advanced political theory and administration degree</translation>
    </message>
    <message>
      <source>Giấy xác nhận tương đương cao cấp LLCT</source>
      <translation>Confirmation of a level equivalent to advanced political theory</translation>
    </message>
    <message>
      <source>Chủ trì</source>
      <translation>Led</translation>
    </message>
    <message>
      <source>Tham gia</source>
      <translation>Took part</translation>
    </message>
    <message>
      <source>Văn bản quy phạm pháp luật</source>
      <translation>Legal normative document</translation>
    </message>
    <message>
      <source>Đề án</source>
      <translation>Scheme</translation>
    </message>
    <message>
      <source>Đề tài</source>
      <translation>Research topic</translation>
    </message>
    <message>
      <source>Dự án</source>
      <translation>Project</translation>
    </message>
    <message>
      <source>Chương trình</source>
      <translation>Programme</translation>
    </message>
    <message>
      <source>Khác</source>
      <translation>Other</translation>
    </message>
    <message>
      <source>Cấp nhà nước</source>
      <translation>State level</translation>
    </message>
    <message>
      <source>Cấp bộ</source>
      <translation>Ministry level</translation>
    </message>
    <message>
      <source>Cấp ban</source>
      <translation>Party board level</translation>
    </message>
    <message>
      <source>Cấp ngành</source>
      <translation>Sector level</translation>
    </message>
    <message>
      <source>Cấp tỉnh</source>
      <translation>Province level</translation>
    </message>
    <message>
      <source>Cấp cơ sở</source>
      <translation>Grassroots level</translation>
    </message>
    <message>
      <source>Quản lý nhà nước</source>
      <translation>State management</translation>
    </message>
    <message>
      <source>Tin học</source>
      <translation>IT</translation>
    </message>
    <message>
      <source>Ngoại ngữ</source>
      <translation>Foreign language</translation>
    </message>
    <message>
      <source>Bồi dưỡng nghiệp vụ</source>
      <translation>Professional training</translation>
    </message>
  </context>
</TS>