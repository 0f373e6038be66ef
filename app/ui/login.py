"""Login, first administrator, change of password: small dialogs returning plain values."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from app.ui import i18n
from app.errors import UserError


class LoginDialog(QDialog):
    """User name and password; the service checks them (and counts failures)."""

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.actor = None
        self.setWindowTitle(self.tr("Đăng nhập"))
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setStyleSheet("color:#c0392b")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Tên đăng nhập:"), self.username)
        form.addRow(self.tr("Mật khẩu:"), self.password)
        buttons = i18n.buttons("Ok", "Cancel")
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def try_login(self) -> None:
        from app.accounts import login

        try:
            self.actor = login(self.db, self.username.text(), self.password.text())
        except UserError as exc:
            self.password.clear()
            self.error.setText(str(exc))
            return
        self.accept()

    @classmethod
    def ask(cls, parent, db):
        dialog = cls(db, parent)
        return dialog.actor if dialog.exec() == QDialog.DialogCode.Accepted else None


class PasswordDialog(QDialog):
    """A new password typed twice; returns it, or None."""

    def __init__(self, title: str, parent=None, with_name: bool = False):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.name = QLineEdit()
        self.first = QLineEdit()
        self.second = QLineEdit()
        for edit in (self.first, self.second):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setStyleSheet("color:#c0392b")
        form = QFormLayout()
        if with_name:
            form.addRow(self.tr("Tên đăng nhập:"), self.name)
        form.addRow(self.tr("Mật khẩu mới:"), self.first)
        form.addRow(self.tr("Nhập lại:"), self.second)
        buttons = i18n.buttons("Ok", "Cancel")
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _check(self) -> None:
        if self.first.text() != self.second.text():
            self.error.setText(self.tr("Hai lần nhập mật khẩu không khớp."))
            return
        self.accept()

    @classmethod
    def ask(cls, parent, title: str, with_name: bool = False) -> tuple[str, str] | None:
        dialog = cls(title, parent, with_name)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.name.text(), dialog.first.text()
