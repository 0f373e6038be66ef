"""Vị trí việc làm → Khung năng lực…: the frameworks, and New / Copy / Edit.

Built-in frameworks (from the legal documents shipped with the program) are copied, never edited in
place: the copy gets a new code and is the agency's own to adapt.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.services import catalog, frameworks
from app.ui import i18n, style
from app.ui.context import AppContext
from app.ui.plain import plain_message

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class CopyDialog(QDialog):
    """The code and title of a copy."""

    def __init__(self, parent: QWidget | None, code: str, title: str):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sao chép khung năng lực"))
        self.setMinimumWidth(620)
        self.code = QLineEdit(f"{code}-sua-doi"[:40])
        self.title = QLineEdit(title)
        note = QLabel(self.tr("Bản sao là khung của cơ quan: sửa được mọi phần; khung gốc giữ nguyên."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Mã khung mới:"), self.code)
        form.addRow(self.tr("Tên văn bản:"), self.title)
        buttons = i18n.buttons("Ok", "Cancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, code: str, title: str) -> tuple[str, str] | None:
        dialog = cls(parent, code, title)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.code.text().strip(), dialog.title.text().strip()


class FrameworkChooser(QDialog):
    """The list of frameworks with the three ways into the editor."""

    changed = Signal()  # a framework was added or saved: pages showing positions refresh

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.touched = False
        self.changed.connect(lambda: setattr(self, "touched", True))
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.new_button, self.copy_button, self.edit_button = QPushButton(), QPushButton(), QPushButton()
        self.close_button = QPushButton()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.new_button.clicked.connect(self.new)
        self.copy_button.clicked.connect(self.copy)
        self.edit_button.clicked.connect(self.edit)
        self.close_button.clicked.connect(self.accept)
        self.list.currentRowChanged.connect(self._update)
        self.list.itemActivated.connect(lambda _item: (self.edit_button.isEnabled() and self.edit()))
        buttons = QHBoxLayout()
        for b in (self.new_button, self.copy_button, self.edit_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(style.MARGIN, style.MARGIN, style.MARGIN, style.MARGIN)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.resize(820, 460)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Khung năng lực"))
        self.new_button.setText(self.tr("Tạo mới…"))
        self.copy_button.setText(self.tr("Sao chép…"))
        self.edit_button.setText(self.tr("Sửa…"))
        self.close_button.setText(i18n.translate("Buttons", i18n.BUTTON_TEXTS["Close"]))
        self.note.setText(self.tr("Khung có sẵn theo văn bản không sửa trực tiếp: hãy sao chép rồi sửa bản sao."))

    def refresh(self, select: str | None = None) -> None:
        self.list.clear()
        for f in catalog.list_frameworks(self.ctx.db, self.ctx.actor):
            label = f"{f.number or f.code} — {f.title}"
            extra = [self.tr("{0} vị trí").format(f.positions)]
            if f.builtin:
                extra.append(self.tr("có sẵn"))
            item = QListWidgetItem(f"{label}  ({', '.join(extra)}; {self.tr('mã')} {f.code})")
            item.setData(CODE_ROLE, f.code)
            item.setData(Qt.ItemDataRole.UserRole, f.builtin)
            self.list.addItem(item)
            if f.code == select:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self._update()

    def _current(self) -> tuple[str, bool] | None:
        item = self.list.currentItem()
        return (item.data(CODE_ROLE), bool(item.data(Qt.ItemDataRole.UserRole))) if item else None

    def _update(self, *_args) -> None:
        current = self._current()
        self.copy_button.setEnabled(current is not None)
        self.edit_button.setEnabled(current is not None and not current[1])
        self.edit_button.setToolTip(self.tr("Khung có sẵn: hãy sao chép rồi sửa bản sao.")
                                    if current and current[1] else "")

    def open_editor(self, data: dict, stored_code: str | None):
        from app.ui.framework_editor.editor import FrameworkEditor

        editor = FrameworkEditor(self.ctx, data, stored_code, self)
        editor.saved.connect(lambda code: (self.refresh(code), self.changed.emit()))
        return editor

    def new(self) -> None:
        from app.ui.framework_editor.shape import new_framework

        self.open_editor(new_framework(), None).exec()

    def copy(self) -> None:
        current = self._current()
        if current is None:
            return
        data = catalog.framework_data(self.ctx.db, self.ctx.actor, current[0])
        answer = CopyDialog.ask(self, current[0], data["title"])
        if not answer:
            return
        try:
            code = frameworks.copy_framework(self.ctx.db, self.ctx.actor, current[0], answer[0], answer[1])
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Chưa sao chép được"), plain_message(str(exc)))
            return
        self.refresh(code)
        self.changed.emit()
        self.edit()

    def edit(self) -> None:
        current = self._current()
        if current is None or current[1]:
            return
        data = catalog.framework_data(self.ctx.db, self.ctx.actor, current[0])
        self.open_editor(data, current[0]).exec()


def open_frameworks(parent: QWidget, ctx: AppContext) -> FrameworkChooser:
    """The chooser, shown modal; returns it so the caller can refresh what it changed."""
    chooser = FrameworkChooser(ctx, parent)
    chooser.exec()
    return chooser
