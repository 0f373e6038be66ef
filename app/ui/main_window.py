"""The main window: navigation to Đánh giá, Nhân sự, Vị trí việc làm, Báo cáo; menus; settings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui import i18n
from app.ui.plain import plain_message

if TYPE_CHECKING:  # the pages pull in the database layer: they are built once it is open
    from app.ui.context import AppContext

PAGES = ("assess", "staff", "positions", "reports")


class WelcomePanel(QWidget):
    """Shown while there is no staff yet: add staff, or open the sample organisation."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = QLabel()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.add_button = QPushButton()
        self.import_button = QPushButton()
        self.demo_button = QPushButton()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        for b in (self.add_button, self.import_button, self.demo_button):
            b.setMinimumHeight(36)
            layout.addWidget(b, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(f"<h2>{self.tr('Chào mừng đến với chương trình đánh giá khoảng cách năng lực')}</h2>")
        self.text.setText(self.tr(
            "Cơ sở dữ liệu đã sẵn sàng, có khung năng lực của Thông tư 02/2023/TT-BTP và Thông tư "
            "09/2023/TT-BTTTT. Chưa có công chức nào: hãy thêm công chức, hoặc mở tổ chức mẫu để dùng thử."))
        self.add_button.setText(self.tr("Thêm công chức…"))
        self.import_button.setText(self.tr("Nhập danh sách công chức từ Excel…"))
        self.demo_button.setText(self.tr("Mở tổ chức mẫu (dữ liệu mẫu)"))


class MainWindow(QMainWindow):
    def __init__(self):
        super().__init__()
        self.ctx: AppContext | None = None
        self.resize(1440, 900)
        self.nav = QListWidget()
        self.nav.setMaximumWidth(170)
        for _ in PAGES:
            self.nav.addItem("")
        self.stack = QStackedWidget()
        self.assessment = self.staff = self.positions = self.reports = None
        self.welcome = WelcomePanel()
        self.stack.addWidget(self.welcome)
        self.loading = QLabel()
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading)
        self.stack.setCurrentWidget(self.loading)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([150, 1290])
        self.setCentralWidget(self.splitter)
        self.undo_group = QUndoGroup(self)
        self._make_actions()
        self.nav.currentRowChanged.connect(self.show_page)
        self.welcome.add_button.clicked.connect(self._add_first_employee)
        self.welcome.demo_button.clicked.connect(self.load_demo)
        self.welcome.import_button.clicked.connect(self.import_staff)
        self.retranslate_ui()

    def _build_pages(self) -> None:
        """The four screens, made once the database is open (they import the data layer)."""
        from app.ui.assessment_page import AssessmentPage
        from app.ui.positions_page import PositionsPage
        from app.ui.reports_page import ReportsPage
        from app.ui.staff_page import StaffPage

        self.assessment = AssessmentPage()
        self.staff = StaffPage()
        self.positions = PositionsPage()
        self.reports = ReportsPage()
        for page in self.pages():
            self.stack.addWidget(page)
        self.undo_group.addStack(self.assessment.undo_stack)
        self.undo_group.setActiveStack(self.assessment.undo_stack)
        self.staff.staff_changed.connect(self._staff_changed)
        self.staff.open_assessment.connect(self.open_assessment_for)
        self.reports.period_changed.connect(self.assessment.refresh_lists)
        self.reports.open_assessment.connect(self.open_assessment_at)
        self.assessment.saved.connect(lambda _c: self.statusBar().showMessage(self.assessment.save_status.text(), 4000))

    def pages(self) -> list:
        return [p for p in (self.assessment, self.staff, self.positions, self.reports) if p is not None]

    # ------------------------------------------------------------ actions and menus

    def _make_actions(self) -> None:
        self.print_action = QAction(self, shortcut=QKeySequence.StandardKey.Print, triggered=self.print_form)
        self.preview_action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+P"), triggered=self.preview_form)
        self.pdf_action = QAction(self, shortcut=QKeySequence("Ctrl+E"), triggered=self.export_pdf)
        self.demo_action = QAction(self, triggered=self.load_demo)
        self.import_staff_action = QAction(self, triggered=self.import_staff)
        self.export_staff_action = QAction(self, triggered=lambda: self._write_staff(template=False))
        self.template_action = QAction(self, triggered=lambda: self._write_staff(template=True))
        self.export_person_action = QAction(self, triggered=self.export_person)
        self.import_scores_action = QAction(self, triggered=self.import_scores)
        self.scores_template_action = QAction(self, triggered=self._scores_template)
        self.import_framework_action = QAction(self, triggered=self.import_framework)
        self.export_framework_action = QAction(self, triggered=self.export_framework)
        self.frameworks_action = QAction(self, triggered=self.edit_frameworks)
        self.grades_action = QAction(self, triggered=self.edit_grades)
        self.quit_action = QAction(self, shortcut=QKeySequence.StandardKey.Quit, triggered=self.close)
        self.undo_action = self.undo_group.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_group.createRedoAction(self)
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Y") not in redo_keys:
            redo_keys.insert(0, QKeySequence("Ctrl+Y"))
        self.redo_action.setShortcuts(redo_keys)
        self.page_actions = []
        for n, _page in enumerate(PAGES):
            action = QAction(self, shortcut=QKeySequence(f"Ctrl+{n + 1}"))
            action.triggered.connect(lambda _checked=False, n=n: self.nav.setCurrentRow(n))
            self.page_actions.append(action)
        self.language_actions = {}
        for code in i18n.LANGUAGES:
            action = QAction(i18n.LANGUAGES[code], self, checkable=True)
            action.triggered.connect(lambda _checked=False, code=code: self.set_language(code))
            self.language_actions[code] = action
        self.about_action = QAction(self, triggered=self.about)
        self.first_admin_action = QAction(self, triggered=self.create_first_admin)
        self.password_action = QAction(self, triggered=self.change_password)
        self.logout_action = QAction(self, triggered=self.log_out)
        self.accounts_action = QAction(self, triggered=self.manage_accounts)
        self.history_action = QAction(self, shortcut=QKeySequence("Ctrl+H"), triggered=self.show_history)
        self.agency_trail_action = QAction(self, triggered=self.show_agency_trail)
        self.verify_trail_action = QAction(self, triggered=self.verify_trail)
        self.backup_action = QAction(self, triggered=self.backup_database)
        self.restore_action = QAction(self, triggered=self.restore_database)
        self.check_action = QAction(self, triggered=self.check_database)
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        for a in (self.print_action, self.preview_action, self.pdf_action, self.export_person_action):
            self.file_menu.addAction(a)
        self.file_menu.addSeparator()
        for a in (self.import_staff_action, self.export_staff_action, self.template_action):
            self.file_menu.addAction(a)
        self.file_menu.addSeparator()
        for a in (self.import_scores_action, self.scores_template_action, self.import_framework_action,
                  self.export_framework_action):
            self.file_menu.addAction(a)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.demo_action)
        self.file_menu.addSeparator()
        for a in (self.backup_action, self.restore_action, self.check_action):
            self.file_menu.addAction(a)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.positions_menu = bar.addMenu("")
        self.positions_menu.addAction(self.frameworks_action)
        self.positions_menu.addAction(self.grades_action)
        self.view_menu = bar.addMenu("")
        for a in self.page_actions:
            self.view_menu.addAction(a)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.history_action)
        self.view_menu.addAction(self.agency_trail_action)
        self.view_menu.addAction(self.verify_trail_action)
        self.settings_menu = bar.addMenu("")
        self.language_menu = self.settings_menu.addMenu("")
        for a in self.language_actions.values():
            self.language_menu.addAction(a)
        self.account_menu = bar.addMenu("")
        for a in (self.first_admin_action, self.accounts_action, self.password_action, self.logout_action):
            self.account_menu.addAction(a)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Đánh giá khoảng cách năng lực công chức"))
        names = [self.tr("Đánh giá"), self.tr("Nhân sự"), self.tr("Vị trí việc làm"), self.tr("Báo cáo")]
        for n, name in enumerate(names):
            self.nav.item(n).setText(name)
            self.page_actions[n].setText(name)
        self.file_menu.setTitle(self.tr("&Tệp"))
        self.edit_menu.setTitle(self.tr("&Sửa"))
        self.view_menu.setTitle(self.tr("&Xem"))
        self.positions_menu.setTitle(self.tr("&Vị trí việc làm"))
        self.frameworks_action.setText(self.tr("Khung năng lực…"))
        self.grades_action.setText(self.tr("Ngạch, hạng chức danh nghề nghiệp…"))
        self.settings_menu.setTitle(self.tr("&Cài đặt"))
        self.language_menu.setTitle(self.tr("Ngôn ngữ"))
        self.help_menu.setTitle(self.tr("&Trợ giúp"))
        self.account_menu.setTitle(self.tr("T&ài khoản"))
        self.first_admin_action.setText(self.tr("Tạo tài khoản quản trị đầu tiên…"))
        self.password_action.setText(self.tr("Đổi mật khẩu…"))
        self.logout_action.setText(self.tr("Đăng xuất"))
        self.accounts_action.setText(self.tr("Quản lý tài khoản…"))
        self.history_action.setText(self.tr("Lịch sử thay đổi của phiếu…"))
        self.agency_trail_action.setText(self.tr("Nhật ký thay đổi của cơ quan…"))
        self.verify_trail_action.setText(self.tr("Kiểm tra nhật ký thay đổi…"))
        self.print_action.setText(self.tr("In phiếu đánh giá…"))
        self.preview_action.setText(self.tr("Xem trước khi in…"))
        self.pdf_action.setText(self.tr("Xuất PDF…"))
        self.demo_action.setText(self.tr("Mở tổ chức mẫu"))
        self.import_staff_action.setText(self.tr("Nhập danh sách công chức từ Excel…"))
        self.export_staff_action.setText(self.tr("Xuất danh sách công chức ra Excel…"))
        self.template_action.setText(self.tr("Tải tệp mẫu danh sách công chức…"))
        self.export_person_action.setText(self.tr("Xuất Excel phiếu đánh giá…"))
        self.import_scores_action.setText(self.tr("Nhập điểm từ phiếu giấy (Excel)…"))
        self.scores_template_action.setText(self.tr("Tải tệp mẫu nhập điểm…"))
        self.import_framework_action.setText(self.tr("Nhập khung năng lực từ Excel…"))
        self.export_framework_action.setText(self.tr("Xuất khung năng lực ra Excel…"))
        self.quit_action.setText(self.tr("Thoát"))
        self.backup_action.setText(self.tr("Sao lưu cơ sở dữ liệu…"))
        self.restore_action.setText(self.tr("Khôi phục từ bản sao lưu…"))
        self.check_action.setText(self.tr("Kiểm tra toàn vẹn dữ liệu"))
        self.undo_action.setText(self.tr("Hoàn tác"))
        self.redo_action.setText(self.tr("Làm lại"))
        self.about_action.setText(self.tr("Giới thiệu"))
        self.loading.setText(self.tr("Đang mở cơ sở dữ liệu…"))
        for page in [*self.pages(), self.welcome]:
            page.retranslate_ui()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------ context and pages

    def set_context(self, context: AppContext) -> None:
        """Called once the database is open: fill every page, restore the last state."""
        self.ctx = context
        self._watch_account()
        if self.assessment is None:
            self._build_pages()
        for page in self.pages():
            page.set_context(context)
        self.apply_rights()
        settings = context.settings
        language = settings.value("language", "vi")
        self.language_actions.get(language, self.language_actions["vi"]).setChecked(True)
        if settings.value("window/geometry"):
            self.restoreGeometry(settings.value("window/geometry"))
        if settings.value("window/splitter"):
            self.splitter.restoreState(settings.value("window/splitter"))
        self.assessment.restore_state(settings)
        self.nav.setCurrentRow(int(settings.value("window/page", 0)))
        self.show_page(self.nav.currentRow())

    def apply_rights(self) -> None:
        """Hide what the logged-in role cannot do; the services refuse it anyway."""
        from app.accounts import has_accounts
        from app.permissions import Action, allowed

        actor = self.ctx.actor
        hr_only = {
            self.import_staff_action: Action.EDIT_EMPLOYEE, self.template_action: Action.EDIT_EMPLOYEE,
            self.import_scores_action: Action.IMPORT, self.scores_template_action: Action.IMPORT,
            self.import_framework_action: Action.EDIT_FRAMEWORK, self.demo_action: Action.LOAD_SAMPLE,
            self.agency_trail_action: Action.READ_AUDIT,
            self.backup_action: Action.BACKUP, self.restore_action: Action.RESTORE,
        }
        for action, needed in hr_only.items():
            action.setEnabled(allowed(actor, needed))
        self.verify_trail_action.setVisible(allowed(actor, Action.READ_AUDIT))
        self.frameworks_action.setVisible(allowed(actor, Action.EDIT_FRAMEWORK))
        self.grades_action.setVisible(allowed(actor, Action.EDIT_FRAMEWORK))
        self.positions_menu.menuAction().setVisible(allowed(actor, Action.EDIT_FRAMEWORK))
        for widget, needed in ((self.staff.add_button, Action.EDIT_EMPLOYEE), (self.staff.edit_button, Action.EDIT_EMPLOYEE),
                               (self.staff.active_button, Action.EDIT_EMPLOYEE), (self.staff.units_button, Action.MANAGE_UNITS),
                               (self.reports.add_period_button, Action.MANAGE_PERIODS),
                               (self.reports.toggle_period_button, Action.MANAGE_PERIODS),
                               (self.welcome.demo_button, Action.LOAD_SAMPLE), (self.welcome.add_button, Action.EDIT_EMPLOYEE),
                               (self.welcome.import_button, Action.EDIT_EMPLOYEE)):
            widget.setVisible(allowed(actor, needed))
        accounts_exist = has_accounts(self.ctx.db)
        self.first_admin_action.setEnabled(not accounts_exist)
        self.password_action.setEnabled(accounts_exist)
        self.logout_action.setEnabled(accounts_exist)
        self.accounts_action.setEnabled(accounts_exist and allowed(actor, Action.MANAGE_ACCOUNTS))
        who = actor.label if accounts_exist else ""
        self.setWindowTitle(self.tr("Đánh giá khoảng cách năng lực công chức") + (f" — {who}" if who else ""))

    def _watch_account(self) -> None:
        """Every action of this window first checks, in the database, that the logged-in account still holds."""
        from app.accounts import watch

        watch(self.ctx.db, self.ctx.actor, on_ended=self._account_ended)

    def _account_ended(self) -> None:
        """The account was disabled, lost a role or got a new password elsewhere: back to the login, once the
        refused action has said so."""
        from PySide6.QtCore import QTimer

        if not getattr(self, "_ending", False):
            self._ending = True
            QTimer.singleShot(0, self._login_again)

    def _login_again(self) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        from app.accounts import watch
        from app.ui.login import LoginDialog, forget_here

        if QApplication.activeModalWidget() is not None:  # the refused action is still saying so: after it
            QTimer.singleShot(200, self._login_again)
            return
        watch(self.ctx.db, None)
        try:
            forget_here(self.ctx.db, self.ctx.settings)
            reason = self.tr("Tài khoản '{0}' đã bị khóa hoặc đã thay đổi quyền, hoặc mật khẩu vừa được đổi: "
                             "hãy đăng nhập lại.").format(self.ctx.actor.username)
            actor = LoginDialog.ask(self, self.ctx.db, self.ctx.settings, reason=reason)
        finally:
            self._ending = False
        if actor is None:
            self.close()
            return
        self._use_actor(actor)

    def _use_actor(self, actor) -> None:
        """Someone (else) logged in: every page shows what they may see."""
        self.ctx.actor = actor
        self._watch_account()
        self.assessment.employee_code = None
        for page in self.pages():
            page.set_context(self.ctx)
        self.apply_rights()
        self.show_page(self.nav.currentRow())

    def create_first_admin(self) -> None:
        from app import accounts
        from app.errors import UserError
        from app.ui.login import PasswordDialog

        answer = PasswordDialog.ask(self, self.tr("Tạo tài khoản quản trị đầu tiên"), with_name=True)
        if not answer:
            return
        try:
            accounts.add_account(self.ctx.db, None, answer[0], answer[1], "hr")
            actor = accounts.login(self.ctx.db, answer[0], answer[1])
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Chưa tạo được"), plain_message(str(exc)))
            return
        self.ctx.actor = actor
        self._watch_account()
        self.apply_rights()
        self.statusBar().showMessage(self.tr("Đã tạo tài khoản quản trị; từ nay cần đăng nhập."), 8000)

    def manage_accounts(self) -> None:
        from app.ui.accounts_dialog import AccountsDialog

        AccountsDialog(self.ctx, self).exec()

    def change_password(self) -> None:
        from app import accounts
        from app.ui.login import PasswordDialog

        def change(current: str, new: str) -> None:
            actor = accounts.change_password(self.ctx.db, self.ctx.actor, self.ctx.actor.username, new,
                                             current=current)
            self.ctx.actor = actor  # the session goes on with the new password; other sessions end
            self._watch_account()

        if PasswordDialog.change_own(self, self.tr("Đổi mật khẩu"), change):
            self.statusBar().showMessage(self.tr("Đã đổi mật khẩu."), 6000)

    def log_out(self) -> None:
        from app.accounts import watch
        from app.ui.login import LoginDialog, forget_here

        watch(self.ctx.db, None)  # logging out works even for an account disabled meanwhile
        forget_here(self.ctx.db, self.ctx.settings)
        actor = LoginDialog.ask(self, self.ctx.db, self.ctx.settings)
        if actor is None:
            self.close()
            return
        self._use_actor(actor)

    def show_history(self) -> None:
        if self.ctx is not None and self.assessment is not None:
            self.show_page(0)
            self.nav.setCurrentRow(0)
            self.assessment.show_history()

    def show_agency_trail(self) -> None:
        from app.ui.audit_dialog import agency_trail_dialog

        dialog = agency_trail_dialog(self, self.ctx)
        if dialog is not None:
            dialog.exec()

    def verify_trail(self) -> None:
        """HR: is the trail whole (the chain, the triggers, the accounts)? The first broken link, and the head."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        from app.audit_chain import verify
        from app.errors import UserError

        if self.ctx is None:
            return
        try:
            result = verify(self.ctx.db, self.ctx.actor)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Kiểm tra nhật ký thay đổi"), plain_message(str(exc)))
            return
        verdict = self.tr("Nhật ký nguyên vẹn.") if result.ok else self.tr("Nhật ký đã bị sửa ngoài chương trình.")
        box = QMessageBox(QMessageBox.Icon.Information if result.ok else QMessageBox.Icon.Warning,
                          self.tr("Kiểm tra nhật ký thay đổi"), "", parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)  # account names are data: shown as typed
        box.setText("\n\n".join([verdict, *result.lines()]))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.last_trail_check = box
        box.exec()

    def has_staff(self) -> bool:
        return bool(self.ctx and self.assessment.picker.model.rowCount())

    def show_page(self, row: int) -> None:
        if self.ctx is None:
            return
        if row in (0, 1) and not self.has_staff():
            self.stack.setCurrentWidget(self.welcome)
            return
        self.stack.setCurrentWidget([self.assessment, self.staff, self.positions, self.reports][max(row, 0)])
        if row == 3:
            self.reports.refresh()

    def open_assessment_for(self, code: str) -> None:
        self.nav.setCurrentRow(0)
        self.assessment.picker.select(code)

    def open_assessment_at(self, code: str, position: str, period: str, kind: str) -> None:
        """Open one assessment (from a heatmap cell): employee, position, period and kind."""
        self.nav.setCurrentRow(0)
        page = self.assessment
        page.set_period(period)
        page.set_kind(kind)
        page.picker.select(code)
        page.select_position(position)
        page.position_picker.set_current(position)

    def _staff_changed(self) -> None:
        self.assessment.refresh_lists()
        self.show_page(self.nav.currentRow())

    def _add_first_employee(self) -> None:
        from app.services import staff
        from app.ui.staff_page import EmployeeDialog

        if not staff.list_units(self.ctx.db, self.ctx.actor):
            staff.add_unit(self.ctx.db, self.ctx.actor, "DV", self.tr("Cơ quan"))
        if EmployeeDialog.ask(self, self.ctx):
            self.staff.refresh()
            self._staff_changed()

    def load_demo(self) -> None:
        from app.demo import load_demo

        result = load_demo(self.ctx.db, self.ctx.actor)
        for page in self.pages():
            page.set_context(self.ctx)
        self.show_page(self.nav.currentRow())
        message = (self.tr("Đã mở tổ chức mẫu: {0} công chức.").format(result.employees) if result.loaded
                   else self.tr("Tổ chức mẫu đã có sẵn."))
        self.statusBar().showMessage(message, 6000)

    def import_staff(self) -> None:
        from app.ui.excel_actions import import_staff_file

        if self.ctx and import_staff_file(self, self.ctx):
            for page in self.pages():
                page.set_context(self.ctx)
            self.show_page(self.nav.currentRow())
            self.statusBar().showMessage(self.tr("Đã nhập danh sách công chức."), 6000)

    def import_scores(self) -> None:
        from app.ui.excel_actions import import_scores_file

        if self.ctx and import_scores_file(self, self.ctx):
            self.assessment.reload()
            self.statusBar().showMessage(self.tr("Đã nhập điểm."), 6000)

    def _scores_template(self) -> None:
        from app.ui.excel_actions import write_scores_template

        path = write_scores_template(self)
        if path:
            self.statusBar().showMessage(self.tr("Đã xuất {0}").format(path), 6000)

    def import_framework(self) -> None:
        from app.ui.excel_actions import import_framework_file

        if self.ctx and import_framework_file(self, self.ctx):
            for page in self.pages():
                page.set_context(self.ctx)
            self.statusBar().showMessage(self.tr("Đã nhập khung năng lực."), 6000)

    def edit_grades(self) -> None:
        from app.ui.grades_dialog import GradesDialog

        if self.ctx and GradesDialog.edit_catalogue(self, self.ctx):
            for page in self.pages():
                page.set_context(self.ctx)

    def edit_frameworks(self) -> None:
        from app.ui.framework_editor.chooser import open_frameworks

        if self.ctx:
            chooser = open_frameworks(self, self.ctx)
            if chooser.touched:
                for page in self.pages():
                    page.set_context(self.ctx)

    def export_framework(self) -> None:

        from app.services import catalog
        from app.ui.excel_actions import export_framework_file

        if not self.ctx:
            return
        frameworks = catalog.list_frameworks(self.ctx.db, self.ctx.actor)
        labels = [f"{f.code} — {f.number}" for f in frameworks]
        choice, ok = i18n.get_item(self, self.tr("Xuất khung năng lực"), self.tr("Khung năng lực:"), labels,
                                          0, False)
        if ok:
            path = export_framework_file(self, self.ctx, frameworks[labels.index(choice)].code)
            if path:
                self.statusBar().showMessage(self.tr("Đã xuất {0}").format(path), 6000)

    def _write_staff(self, template: bool) -> None:
        from app.ui.excel_actions import write_staff_file

        if self.ctx:
            path = write_staff_file(self, self.ctx, template)
            if path:
                self.statusBar().showMessage(self.tr("Đã xuất {0}").format(path), 6000)

    def export_person(self) -> None:
        inputs = self._form_inputs()
        if inputs:
            from app.ui.excel_actions import export_person

            path = export_person(self, self.ctx, inputs[0], inputs[1])
            if path:
                self.statusBar().showMessage(self.tr("Đã xuất {0}").format(path), 6000)

    def set_language(self, code: str) -> None:
        if not i18n.set_language(code):
            QMessageBox.warning(self, self.tr("Ngôn ngữ"), self.tr("Không nạp được bản dịch."))
            return
        self.retranslate_ui()
        for c, action in self.language_actions.items():
            action.setChecked(c == code)
        if self.ctx:
            self.ctx.settings.setValue("language", code)

    # ------------------------------------------------------------ printing

    def _form_inputs(self):
        view = self.assessment.view
        if view is None or not any(r.score is not None for r in view.ratings):
            QMessageBox.information(self, self.tr("In phiếu"), self.tr("Chưa có điểm nào để in."))
            return None
        from app.services import staff

        agency = staff.agency_name(self.ctx.db, self.ctx.actor, view.employee_code)
        return view, self.assessment.other, agency

    def _grades(self):
        """The grade catalogue: printouts name grades in full."""
        from app.services.grades import grade_catalogue

        return grade_catalogue(self.ctx.db, self.ctx.actor)

    def print_form(self) -> None:
        inputs = self._form_inputs()
        if inputs:
            from app.ui.printing import print_dialog

            print_dialog(self, *inputs, grades=self._grades())

    def preview_form(self) -> None:
        inputs = self._form_inputs()
        if inputs:
            from app.ui.printing import preview_dialog

            preview_dialog(self, *inputs, grades=self._grades())

    def export_pdf(self) -> None:
        inputs = self._form_inputs()
        if not inputs:
            return
        suggested = f"phieu-danh-gia-{inputs[0].employee_code}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Xuất PDF"), suggested, "PDF (*.pdf)")
        if path:
            from app.ui.excel_actions import write_file
            from app.ui.printing import write_pdf

            grades = self._grades()
            if write_file(self, path, lambda tmp: write_pdf(*inputs, tmp, grades=grades)):
                self.statusBar().showMessage(self.tr("Đã xuất {0}").format(path), 6000)

    def backup_database(self) -> None:
        from app.ui.database_actions import backup_now

        if self.ctx:
            backup_now(self, self.ctx.db)

    def restore_database(self) -> None:
        from app.ui.database_actions import restore_into

        if self.ctx and restore_into(self, self.ctx.db):
            self.set_context(self.ctx)  # every page reads the restored data

    def check_database(self) -> None:
        from app.ui.database_actions import check_integrity

        if self.ctx and check_integrity(self, self.ctx.db):
            self.set_context(self.ctx)

    def about(self) -> None:
        QMessageBox.about(self, self.tr("Giới thiệu"), self.tr(
            "Đánh giá khoảng cách năng lực công chức theo khung năng lực vị trí việc làm.\n"
            "Kết quả dùng cho đào tạo, bồi dưỡng, quy hoạch; không phải xếp loại chất lượng.\n\n"
            "Cơ sở dữ liệu: {0}").format(self.ctx.db.describe() if self.ctx else ""))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.ctx and self.assessment is not None:
            settings = self.ctx.settings
            settings.setValue("window/geometry", self.saveGeometry())
            settings.setValue("window/splitter", self.splitter.saveState())
            settings.setValue("window/page", self.nav.currentRow())
            self.assessment.save_state(settings)
            settings.sync()
        super().closeEvent(event)
