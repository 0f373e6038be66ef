"""The main window: navigation to Đánh giá, Nhân sự, Vị trí việc làm, Báo cáo; menus; settings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
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
from app.ui.window_accounts import AccountActions
from app.ui.window_files import FileActions
from app.ui.window_look import LookActions

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


class MainWindow(AccountActions, FileActions, LookActions, QMainWindow):
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
        self._make_look()  # style, navigation icons, toolbar, help (app.ui.window_look)
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
        self.form_menu.addActions(self.assessment.form_actions())
        for action in self.assessment.panel_actions():  # Xem: the page's panels, above the form's history
            self.view_menu.insertAction(self.history_action, action)
        self.view_menu.insertSeparator(self.history_action)
        self.assessment.saved.connect(lambda _c: self.statusBar().showMessage(self.assessment.save_status.text(), 4000))
        self._attach_empty_states()  # app.ui.window_look

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
        # "Hoàn tác Chấm điểm NLQL5" in the language of the moment (Qt's own label is fixed when the action is made)
        self.undo_group.undoTextChanged.connect(lambda text: self.undo_action.setText(i18n.undo_text(text)))
        self.undo_group.redoTextChanged.connect(lambda text: self.redo_action.setText(i18n.redo_text(text)))
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
        self.connect_action = QAction(self, triggered=self.connect_database)
        self.find_action = QAction(self, shortcut=QKeySequence.StandardKey.Find, triggered=self.focus_search)
        from app.ui import shortcuts

        shortcuts.assign(self)
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
        for a in (self.backup_action, self.restore_action, self.check_action, self.connect_action):
            self.file_menu.addAction(a)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)
        self.form_menu = bar.addMenu("")  # the Đánh giá page's steps (Gửi, Phê duyệt, Mở lại), once it is built
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
        self.form_menu.setTitle(self.tr("&Phiếu"))
        self.find_action.setText(self.tr("Tìm kiếm"))
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
        self.connect_action.setText(self.tr("Kết nối cơ sở dữ liệu dùng chung…"))
        self.undo_action.setText(i18n.undo_text(self.undo_group.undoText()))
        self.redo_action.setText(i18n.redo_text(self.undo_group.redoText()))
        self.about_action.setText(self.tr("Giới thiệu"))
        self.loading.setText(self.tr("Đang mở cơ sở dữ liệu…"))
        self._retranslate_look()
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

    def focus_search(self) -> None:
        """Ctrl+F: the search box of the page on screen."""
        page = self.stack.currentWidget()
        if hasattr(page, "focus_search"):
            page.focus_search()
        elif getattr(page, "search", None) is not None:
            page.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            page.search.selectAll()

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
        from app.ui.employee_dialog import EmployeeDialog

        if not staff.list_units(self.ctx.db, self.ctx.actor):
            staff.add_unit(self.ctx.db, self.ctx.actor, "DV", self.tr("Cơ quan"))
        if EmployeeDialog.ask(self, self.ctx):
            self.staff.refresh()
            self._staff_changed()

    def set_language(self, code: str) -> None:
        if not i18n.set_language(code):
            QMessageBox.warning(self, self.tr("Ngôn ngữ"), self.tr("Không nạp được bản dịch."))
            return
        self.retranslate_ui()
        if self.ctx:  # lists and labels made from data (periods "(đã đóng)", "Tất cả đơn vị"…) in the new language
            for page in self.pages():
                page.set_context(self.ctx)
        for c, action in self.language_actions.items():
            action.setChecked(c == code)
        if self.ctx:
            self.ctx.settings.setValue("language", code)

    def about(self) -> None:
        from app.ui.help_window import AboutDialog

        AboutDialog.show_for(self, self.ctx.db.describe() if self.ctx else "")

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.ctx and self.assessment is not None:
            settings = self.ctx.settings
            settings.setValue("window/geometry", self.saveGeometry())
            settings.setValue("window/splitter", self.splitter.saveState())
            settings.setValue("window/page", self.nav.currentRow())
            self.assessment.save_state(settings)
            settings.sync()
        super().closeEvent(event)
