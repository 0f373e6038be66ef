"""The main window's look and help: navigation icons, the toolbar, the user guide (F1) and Giới thiệu."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QListView, QToolBar, QWidget

from app.ui import style

# the icon of each page of the navigation (main_window.PAGES order)
NAV_ICONS = ("clipboard-check", "users", "briefcase-business", "chart-column")


class LookActions:
    """Mixed into MainWindow (self is the main window): made after the menus, retranslated with them."""

    def _make_look(self) -> None:
        # a navigation rail: each page an icon with its name under it, narrow enough for a 1366×768 screen at 125 %
        self.nav.setObjectName("navigation")
        self.nav.setStyleSheet(style.NAV_SHEET)
        self.nav.setViewMode(QListView.ViewMode.IconMode)
        self.nav.setFlow(QListView.Flow.TopToBottom)
        self.nav.setMovement(QListView.Movement.Static)
        self.nav.setWrapping(False)
        self.nav.setWordWrap(True)
        self.nav.setUniformItemSizes(True)
        self.nav.setResizeMode(QListView.ResizeMode.Adjust)
        self.nav.setIconSize(QSize(style.NAV_ICON_SIZE, style.NAV_ICON_SIZE))
        self.nav.setGridSize(QSize(style.NAV_WIDTH - 2 * style.SPACING, style.NAV_ITEM_HEIGHT))
        self.nav.setFixedWidth(style.NAV_WIDTH)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # the rail beside the pages, outside the splitter: its width is fixed, never a splitter's share
        splitter = self.takeCentralWidget()
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(splitter, 1)
        self.setCentralWidget(central)
        for n, name in enumerate(NAV_ICONS):
            item = self.nav.item(n)
            item.setIcon(style.icon(name, selected=style.SELECTED_ICON))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            item.setSizeHint(QSize(style.NAV_WIDTH - 2 * style.SPACING, style.NAV_ITEM_HEIGHT - style.SPACING))
        for action, name in ((self.print_action, "printer"), (self.preview_action, "file-search"),
                             (self.pdf_action, "file-down"), (self.export_person_action, "file-spreadsheet"),
                             (self.import_staff_action, "file-up"), (self.history_action, "history"),
                             (self.undo_action, "undo-2"), (self.redo_action, "redo-2"),
                             (self.backup_action, "database-backup")):
            action.setIcon(style.icon(name))
        self.guide_action = QAction(self, shortcut=QKeySequence(QKeySequence.StandardKey.HelpContents),
                                    triggered=self.show_help)
        self.guide_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.guide_action.setIcon(style.icon("circle-help"))
        self.help_menu.insertAction(self.about_action, self.guide_action)
        self.help_menu.insertSeparator(self.about_action)
        self._style_welcome()
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setStyleSheet(style.TOOLBAR_SHEET)
        self.toolbar.setMovable(False)
        self.toolbar.setFloatable(False)
        self.toolbar.setIconSize(QSize(style.ICON_SIZE, style.ICON_SIZE))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.toolbar.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        for group in ((self.undo_action, self.redo_action), (self.print_action, self.preview_action, self.pdf_action,
                                                             self.export_person_action),
                      (self.history_action,), (self.import_staff_action,), (self.guide_action,)):
            for action in group:
                self.toolbar.addAction(action)
            self.toolbar.addSeparator()
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        style.apply(QApplication.instance())

    def _style_welcome(self) -> None:
        """The first screen: an icon, the title, a paragraph of readable width, Thêm công chức as the main button."""
        welcome = self.welcome
        welcome.setObjectName("welcome")
        welcome.text.setFixedWidth(style.TEXT_WIDTH)
        welcome.add_button.setObjectName("primary")
        welcome.setStyleSheet(style.WELCOME_SHEET)  # after the names it selects by
        icon = QLabel()
        icon.setPixmap(style.icon("users", style.ACCENT).pixmap(QSize(style.WELCOME_ICON_SIZE, style.WELCOME_ICON_SIZE)))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = welcome.layout()
        layout.insertWidget(layout.indexOf(welcome.title), icon)
        row = QHBoxLayout()  # the paragraph centred at a readable width (a wrapped label needs a layout of its own)
        index = layout.indexOf(welcome.text)
        layout.removeWidget(welcome.text)
        row.addStretch(1)
        row.addWidget(welcome.text)
        row.addStretch(1)
        layout.insertLayout(index, row)
        layout.insertSpacing(index + 1, style.SPACING * 2)

    def _attach_empty_states(self) -> None:
        """Every list and table of the pages says why it is empty, and what to do (app.ui.empty_state)."""
        from app.ui.empty_state import attach
        from app.ui.i18n import translate

        def no_form() -> str:
            return translate("EmptyState", "Chưa có phiếu nào trong kỳ và phạm vi đã chọn.")

        attach(self.assessment.grid, lambda: translate(
            "EmptyState", "Chưa chọn công chức. Chọn một người ở danh sách bên trái (Ctrl+F để tìm) để bắt đầu đánh giá."))
        attach(self.assessment.picker.list, lambda: translate(
            "EmptyState", "Không có công chức nào khớp. Thử gõ ít chữ hơn, hoặc chọn Tất cả đơn vị."))
        attach(self.staff.table, lambda: translate("EmptyState", "Không có công chức nào khớp với điều kiện tìm."))
        attach(self.positions.tree, lambda: translate(
            "EmptyState", "Không có vị trí việc làm nào khớp với điều kiện tìm."))
        for view in (self.reports.table, self.reports.needs, self.reports.progress, self.reports.heatmap):
            attach(view, no_form)
        attach(self.reports.readiness, lambda: translate(
            "EmptyState", "Không có phiếu đánh giá sẵn sàng cho vị trí khác trong kỳ này."))

    def _retranslate_look(self) -> None:
        self.toolbar.setWindowTitle(self.tr("Thanh công cụ"))
        self.guide_action.setText(self.tr("Hướng dẫn sử dụng"))
        for action in self.toolbar.actions():  # the tooltip says what and which key: "In phiếu đánh giá (Ctrl+P)"
            if action.isSeparator() or action in (self.undo_action, self.redo_action):  # their text changes
                continue
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            text = action.text().replace("&", "").rstrip("…")
            action.setToolTip(f"{text} ({keys})" if keys else text)

    def current_screen(self) -> str:
        """assess, staff, positions, reports, or welcome: the screen the user is on (for F1)."""
        from app.ui.main_window import PAGES

        current = self.stack.currentWidget()
        for name, page in zip(PAGES, (self.assessment, self.staff, self.positions, self.reports)):
            if page is not None and current is page:
                return name
        return "welcome"

    def show_help(self) -> None:
        from app.ui.help_window import HelpWindow

        HelpWindow.open_for(self, self.current_screen())
