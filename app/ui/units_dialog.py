"""Đơn vị: the unit tree editor (add, rename, move, delete an empty unit)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from app.ui import i18n
from app.errors import UserError
from app.services import staff
from app.ui.context import AppContext
from app.ui.plain import plain_message


class UnitsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.changed = False
        self.setWindowTitle(self.tr("Đơn vị"))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Tên đơn vị"), self.tr("Mã")])
        self.tree.setColumnWidth(0, 460)
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("Thêm đơn vị trực thuộc…"), self.add),
                           (self.tr("Đổi tên…"), self.rename),
                           (self.tr("Chuyển sang đơn vị khác…"), self.move),
                           (self.tr("Xóa"), self.delete)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        close = i18n.buttons("Close")
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(720, 480)
        self.refresh()

    def refresh(self) -> None:
        self.tree.clear()
        items: dict[str, QTreeWidgetItem] = {}
        for u in staff.list_units(self.ctx.db, self.ctx.actor):
            item = QTreeWidgetItem([u.name, u.code])
            item.setData(0, Qt.ItemDataRole.UserRole, u.code)
            (items[u.parent_code].addChild(item) if u.parent_code else self.tree.addTopLevelItem(item))
            items[u.code] = item
        self.tree.expandAll()

    def _current(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def _do(self, action, *args) -> None:
        try:
            action(self.ctx.db, self.ctx.actor, *args)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Không thực hiện được"), plain_message(str(exc)))
            return
        self.changed = True
        self.refresh()

    def add(self) -> None:
        code, ok = i18n.get_text(self, self.tr("Thêm đơn vị"), self.tr("Mã đơn vị:"))
        if not ok or not code.strip():
            return
        name, ok = i18n.get_text(self, self.tr("Thêm đơn vị"), self.tr("Tên đơn vị:"))
        if ok:
            self._do(staff.add_unit, code, name, self._current())

    def rename(self) -> None:
        code = self._current()
        if code:
            name, ok = i18n.get_text(self, self.tr("Đổi tên đơn vị"), self.tr("Tên mới:"),
                                        text=self.tree.currentItem().text(0))
            if ok:
                self._do(staff.rename_unit, code, name)

    def move(self) -> None:
        code = self._current()
        if not code:
            return
        units = [u for u in staff.list_units(self.ctx.db, self.ctx.actor) if u.code != code]
        labels = [self.tr("(cấp cao nhất)")] + [f"{'    ' * u.depth}{u.name} ({u.code})" for u in units]
        choice, ok = i18n.get_item(self, self.tr("Chuyển đơn vị"), self.tr("Đặt dưới đơn vị:"), labels, 0, False)
        if ok:
            index = labels.index(choice)
            self._do(staff.move_unit, code, units[index - 1].code if index else None)

    def delete(self) -> None:
        code = self._current()
        if code:
            self._do(staff.delete_unit, code)

    @classmethod
    def edit(cls, parent, ctx: AppContext) -> bool:
        dialog = cls(ctx, parent)
        dialog.exec()
        return dialog.changed
