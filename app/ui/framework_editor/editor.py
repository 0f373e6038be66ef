"""The framework editor: three tabs over one framework, the problems the rules find as you type,
undo and redo, and Save (preview, legal basis when in use, then the service that saves and audits)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.framework_rules import FrameworkRejected, check_framework
from app.services import frameworks
from app.ui import style
from app.ui.context import AppContext
from app.ui.framework_editor import issues as places
from app.ui.framework_editor.competencies_tab import CompetenciesTab
from app.ui.framework_editor.document import FrameworkDocument
from app.ui.framework_editor.header_tab import HeaderTab
from app.ui.framework_editor.positions_tab import PositionsTab
from app.ui.framework_editor.save_dialog import SavePreviewDialog
from app.ui.framework_editor.shape import normalised
from app.ui.plain import plain_message

DEBOUNCE_MS = 200
LOCATION_ROLE = Qt.ItemDataRole.UserRole + 1
HEADER, COMPETENCIES, POSITIONS = range(3)
SUB_TABS = {"tasks": 1, "criteria": 1, "relationships": 2, "authorities": 2, "qualifications": 3,
            "qualification_rules": 3, "requirements": 4}


def grade_lists(ctx: AppContext) -> tuple[list[tuple[object, str]], dict[str, str]]:
    """The grade catalogue as picker choices, and as {code: name} for the rules."""
    from app.services.grades import list_grades

    grades = list_grades(ctx.db, ctx.actor)
    return [(g.code, f"{g.code} — {g.name}") for g in grades], {g.code: g.name for g in grades}


class FrameworkEditor(QDialog):
    saved = Signal(str)  # the framework's code, after each save

    def __init__(self, ctx: AppContext, data: dict, stored_code: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.stored_code = ctx, stored_code
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.doc = FrameworkDocument(normalised(data), self)
        self.grade_choices, self.grade_names = grade_lists(ctx)
        self.located: list[tuple[object, places.Location]] = []
        self._discarded = False
        self.service_issues: list = []  # problems only the save found (a built-in code, a position in use)
        self.header = HeaderTab(self.doc)
        self.competencies = CompetenciesTab(self.doc, lambda: self.grade_choices)
        self.positions = PositionsTab(self.doc, lambda: self.grade_choices)
        self.tabs = QTabWidget()
        for tab in (self.header, self.competencies, self.positions):
            self.tabs.addTab(tab, "")
        self.issue_title = QLabel()
        self.issue_list = QListWidget()
        self.issue_list.setWordWrap(True)
        self.issue_list.itemActivated.connect(self.go_to_issue)
        self.issue_list.itemClicked.connect(self.go_to_issue)
        issues_box = QWidget()
        issues_layout = QVBoxLayout(issues_box)
        issues_layout.setContentsMargins(style.MARGIN, 0, style.MARGIN, 0)
        issues_layout.addWidget(self.issue_title)
        issues_layout.addWidget(self.issue_list, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(issues_box)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([560, 110])
        self.splitter.setChildrenCollapsible(False)
        self.undo_action = self.doc.undo_stack.createUndoAction(self, self.tr("Hoàn tác"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.doc.undo_stack.createRedoAction(self, self.tr("Làm lại"))
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Y") not in redo_keys:  # twice would make the shortcut ambiguous
            redo_keys.insert(0, QKeySequence("Ctrl+Y"))
        self.redo_action.setShortcuts(redo_keys)
        self.save_action = QAction(self, shortcut=QKeySequence.StandardKey.Save, triggered=self.save)
        for action in (self.undo_action, self.redo_action, self.save_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        self.undo_button, self.redo_button = QToolButton(), QToolButton()
        self.undo_button.setDefaultAction(self.undo_action)
        self.redo_button.setDefaultAction(self.redo_action)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        for b in (self.save_button, self.close_button):
            b.setAutoDefault(False)  # Enter confirms a field, never saves or closes the editor
        self.status = QLabel()
        buttons = QHBoxLayout()
        buttons.setContentsMargins(style.MARGIN, 0, style.MARGIN, style.MARGIN)
        for w in (self.undo_button, self.redo_button):
            buttons.addWidget(w)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, style.MARGIN, 0, 0)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)
        self.timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS, timeout=self.validate)
        self.doc.value_changed.connect(self._changed)
        self.doc.list_changed.connect(self._changed)
        self.doc.undo_stack.cleanChanged.connect(self._update_title)
        self.positions.list.current_changed.connect(lambda _row: self.apply_marks())
        self.positions.tasks.groups.current_changed.connect(lambda _row: self.apply_marks())
        self.competencies.table.current_changed.connect(lambda _row: self.apply_marks())
        self.header.fields["code"].setReadOnly(stored_code is not None)
        self._fit_screen()
        self.retranslate_ui()
        self.validate()

    def _fit_screen(self) -> None:
        """At most the screen's free area (1366×768 laptops), a comfortable size elsewhere."""
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1340, 720
        if screen is not None:
            width, height = min(width, screen.width() - 20), min(height, screen.height() - 40)
        self.resize(width, height)

    def retranslate_ui(self) -> None:
        for n, text in enumerate((self.tr("Văn bản, nhóm năng lực"), self.tr("Năng lực và cấp độ"),
                                  self.tr("Vị trí việc làm"))):
            self.tabs.setTabText(n, text)
        self.undo_button.setToolTip(self.tr("Hoàn tác (Ctrl+Z)"))
        self.redo_button.setToolTip(self.tr("Làm lại (Ctrl+Y)"))
        self.save_button.setText(self.tr("Lưu…"))
        self.save_button.setToolTip(self.tr("Xem trước thay đổi rồi lưu (Ctrl+S)"))
        self.close_button.setText(self.tr("Đóng"))
        for tab in (self.header, self.competencies, self.positions):
            tab.retranslate_ui()
        self._update_title()
        self._show_issues()

    def _update_title(self, *_args) -> None:
        code = self.doc.data.get("code") or self.tr("(khung mới)")
        mark = "" if self.doc.undo_stack.isClean() else " *"
        self.setWindowTitle(self.tr("Khung năng lực {0}").format(code) + mark)

    # ----------------------------------------------------------------- validation as you type
    def _changed(self, *_args) -> None:
        self.service_issues = []
        self._update_title()
        self.timer.start()

    def validate(self) -> None:
        """The rules of the import, on the dict as it stands now."""
        self.timer.stop()
        found = check_framework(self.doc.data, self.grade_names) + self.service_issues
        self.located = places.locate_all(self.doc.data, found)
        self._show_issues()
        self.apply_marks()

    def _show_issues(self) -> None:
        self.issue_list.clear()
        for issue, where in self.located:
            item = QListWidgetItem(f"{places.describe(self.doc.data, where)}: {places.message(issue)}")
            item.setData(LOCATION_ROLE, where)
            self.issue_list.addItem(item)
        count = len(self.located)
        self.issue_title.setText(self.tr("Lỗi cần sửa trước khi lưu: {0}").format(count) if count
                                 else self.tr("Không có lỗi: khung đã sẵn sàng để lưu."))
        self.issue_title.setStyleSheet(style.ISSUES_BAD if count else style.ISSUES_OK)
        self.save_button.setEnabled(not count)

    def apply_marks(self) -> None:
        """Red cells and fields where the rules find a problem (the chosen position and group only)."""
        from app.ui.framework_editor.marks import apply_marks

        apply_marks(self, self.located)

    def go_to_issue(self, item: QListWidgetItem) -> None:
        from app.ui.framework_editor.marks import go_to

        go_to(self, item.data(LOCATION_ROLE))

    # ----------------------------------------------------------------- saving
    def save(self) -> bool:
        """Preview, legal basis when the framework is in use, then save (the service audits every change)."""
        self.validate()
        if self.located:
            self.issue_list.setCurrentRow(0)
            self.go_to_issue(self.issue_list.item(0))
            self.status.setText(self.tr("Chưa lưu: còn {0} lỗi.").format(len(self.located)))
            return False
        data = self.doc.snapshot()
        if self.stored_code is None and self._code_taken(data["code"]):
            QMessageBox.warning(self, self.tr("Chưa lưu được"), self.tr(
                "Đã có khung mã '{0}'. Hãy đặt mã khác cho khung mới (để sửa khung đã có, mở khung đó).")
                .format(data["code"]))
            return False
        try:
            diff = frameworks.preview_framework(self.ctx.db, self.ctx.actor, data)
        except FrameworkRejected as exc:
            return self._rejected(exc)
        if diff.empty:
            self.status.setText(self.tr("Không có gì thay đổi so với bản đã lưu."))
            self.doc.undo_stack.setClean()
            return True
        basis = SavePreviewDialog.ask(self, diff.lines(), self._needs_basis(data))
        if basis is None:
            return False
        try:
            result = frameworks.save_framework(self.ctx.db, self.ctx.actor, data, legal_basis=basis)
        except FrameworkRejected as exc:
            return self._rejected(exc)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Chưa lưu được"), plain_message(str(exc)))
            return False
        self.stored_code = data["code"]
        self.header.fields["code"].setReadOnly(True)
        self.doc.undo_stack.setClean()
        self.result = result
        self.status.setText({"added": self.tr("Đã lưu khung mới."), "revised": self.tr("Đã lưu các thay đổi.")}
                            .get(result, self.tr("Không có gì thay đổi so với bản đã lưu.")))
        self.saved.emit(self.stored_code)
        return True

    def _code_taken(self, code: str) -> bool:
        from app.services.catalog import list_frameworks

        return any(f.code.casefold() == str(code).casefold() for f in list_frameworks(self.ctx.db, self.ctx.actor))

    def _needs_basis(self, data: dict) -> bool:
        """True when the stored framework is in use: saving it without a basis is refused."""
        if self.stored_code is None:
            return False
        try:
            frameworks.preview_framework(self.ctx.db, self.ctx.actor, data, legal_basis="")
        except FrameworkRejected as exc:
            return any(i.part == "Khung" and i.field is None for i in exc.issues)
        return False

    def _rejected(self, exc: FrameworkRejected) -> bool:
        self.service_issues = list(exc.issues)
        self.validate()
        self.status.setText(self.tr("Chưa lưu: còn {0} lỗi.").format(len(self.located)))
        return False

    # ----------------------------------------------------------------- closing
    def _may_close(self) -> bool:
        """True when nothing is unsaved, or the user saved or chose to drop the changes."""
        if self.doc.undo_stack.isClean() or self._discarded:
            return True
        answer = self.ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self._discarded = True
            return True
        return False

    def reject(self) -> None:  # Esc and Đóng
        if self._may_close():
            super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self._may_close():
            super().closeEvent(event)
        else:
            event.ignore()

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Khung năng lực chưa lưu"),
                          self.tr("Khung năng lực có thay đổi chưa lưu. Lưu trước khi đóng?"), parent=self)
        from app.ui.i18n import BUTTON_TEXTS, translate

        for button in (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard,
                       QMessageBox.StandardButton.Cancel):
            box.addButton(button)
        box.button(QMessageBox.StandardButton.Save).setText(translate("Buttons", BUTTON_TEXTS["Save"]))
        box.button(QMessageBox.StandardButton.Cancel).setText(translate("Buttons", BUTTON_TEXTS["Cancel"]))
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Bỏ thay đổi"))
        return QMessageBox.StandardButton(box.exec())
