"""Tài khoản → Quản lý tài khoản (HR): list, add, add a role, reset a password, disable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import accounts
from app.errors import UserError
from app.services import staff
from app.ui import i18n, style
from app.ui.context import AppContext
from app.ui.plain import plain_message


class RoleForm(QDialog):
    """A role with what it needs: a unit for a head, an employee for an employee; with a new account, its
    user name and password too."""

    def __init__(self, ctx: AppContext, title: str, new_account: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.repeat = QLineEdit()
        for edit in (self.password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.role = QComboBox()
        for code, label in accounts.ROLES.items():
            self.role.addItem(label, code)
        self.unit = QComboBox()
        for u in staff.list_units(ctx.db, ctx.actor):
            self.unit.addItem("    " * u.depth + u.name, u.code)
        self.employee = QComboBox()
        self.employee.addItem("", None)
        for e in staff.list_employees(ctx.db, ctx.actor):
            self.employee.addItem(f"{e.name} ({e.code})", e.code)
        self.error = QLabel()
        self.error.setStyleSheet(style.ERROR_TEXT)
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # a refusal may quote what was typed
        form = QFormLayout()
        if new_account:
            form.addRow(self.tr("Tên đăng nhập:"), self.username)
        form.addRow(self.tr("Vai trò:"), self.role)
        form.addRow(self.tr("Đơn vị lãnh đạo:"), self.unit)
        form.addRow(self.tr("Công chức:"), self.employee)
        if new_account:
            form.addRow(self.tr("Mật khẩu:"), self.password)
            form.addRow(self.tr("Nhập lại:"), self.repeat)
        self.buttons = i18n.buttons("Ok", "Cancel")
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.role.currentIndexChanged.connect(self._role_changed)
        self._role_changed()
        self.new_account = new_account

    def _role_changed(self) -> None:
        self.unit.setEnabled(self.role.currentData() == "head")

    def _check(self) -> None:
        if self.new_account and self.password.text() != self.repeat.text():
            self.error.setText(self.tr("Hai lần nhập mật khẩu không khớp."))
            return
        self.accept()

    def values(self) -> dict:
        return {"role": self.role.currentData(),
                "unit": self.unit.currentData() if self.role.currentData() == "head" else None,
                "employee": self.employee.currentData()}

    def show_error(self, text: str) -> None:
        self.error.setText(text)


class AccountsDialog(QDialog):
    COLUMNS = ("Tài khoản", "Họ và tên", "Vai trò", "Công chức", "Trạng thái")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Quản lý tài khoản"))
        self.resize(860, 460)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([i18n.translate("AccountsDialog", c) for c in self.COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("Thêm tài khoản…"))
        self.grant_button = QPushButton(self.tr("Thêm vai trò…"))
        self.password_button = QPushButton(self.tr("Đặt lại mật khẩu…"))
        self.disable_button = QPushButton(self.tr("Khóa tài khoản"))
        self.add_button.clicked.connect(self.add)
        self.grant_button.clicked.connect(self.grant)
        self.password_button.clicked.connect(self.reset_password)
        self.disable_button.clicked.connect(self.disable)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.grant_button, self.password_button, self.disable_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = i18n.buttons("Close")
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        rows = accounts.list_accounts(self.ctx.db, self.ctx.actor)
        self.table.setRowCount(len(rows))
        for n, a in enumerate(rows):
            roles = ", ".join(accounts.ROLES[r] + (f" ({u})" if u else "") for r, u in a.roles)
            state = self.tr("Đang dùng") if a.active else self.tr("Đã khóa")
            if a.active and a.locked:
                state = self.tr("Tạm khóa (nhập sai mật khẩu)")
            for column, value in enumerate((a.username, a.display_name, roles, a.employee or "", state)):
                self.table.setItem(n, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def selected(self) -> str | None:
        row = self.table.currentRow()
        return self.table.item(row, 0).text() if row >= 0 else None

    def add(self) -> None:
        form = RoleForm(self.ctx, self.tr("Thêm tài khoản"), new_account=True, parent=self)
        while form.exec() == QDialog.DialogCode.Accepted:
            try:
                accounts.add_account(self.ctx.db, self.ctx.actor, form.username.text(), form.password.text(),
                                     **form.values())
            except UserError as exc:
                form.show_error(str(exc))
                continue
            self.refresh()
            return

    def grant(self) -> None:
        name = self.selected()
        if not name:
            return
        form = RoleForm(self.ctx, self.tr("Thêm vai trò cho {0}").format(name), new_account=False, parent=self)
        while form.exec() == QDialog.DialogCode.Accepted:
            try:
                accounts.grant_role(self.ctx.db, self.ctx.actor, name, **form.values())
            except UserError as exc:
                form.show_error(str(exc))
                continue
            self.refresh()
            return

    def reset_password(self) -> None:
        from app.ui.login import PasswordDialog

        name = self.selected()
        if name == self.ctx.actor.username and hasattr(self.parent(), "change_password"):
            self.parent().change_password()  # one's own: with the current password
            return
        answer = PasswordDialog.ask(self, self.tr("Đặt lại mật khẩu cho {0}").format(name)) if name else None
        if answer:
            try:
                accounts.change_password(self.ctx.db, self.ctx.actor, name, answer[1])
            except UserError as exc:
                QMessageBox.warning(self, self.tr("Chưa đổi được"), plain_message(str(exc)))

    def disable(self) -> None:
        name = self.selected()
        if not name:
            return
        try:
            accounts.disable_account(self.ctx.db, self.ctx.actor, name)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Không khóa được"), plain_message(str(exc)))
        self.refresh()
