"""Login, first administrator, change of password: small dialogs returning plain values."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from app.ui import i18n
from app.accounts import REMEMBER_DAYS
from app.errors import UserError


class LoginDialog(QDialog):
    """User name and password; the service checks them (and counts failures)."""

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.actor = None
        self.remember = QCheckBox(self.tr("Ghi nhớ đăng nhập trên máy tính này"))
        # on by default only for a database on this computer; a shared database asks each time
        self.remember.setChecked(is_local(db))
        self.remember.setToolTip(self.tr("Không cần nhập mật khẩu ở lần mở sau (trong {0} ngày) cho đến khi "
                                         "đăng xuất. Không dùng trên máy tính dùng chung.").format(REMEMBER_DAYS))
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
        form.addRow("", self.remember)
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
    def ask(cls, parent, db, settings=None):
        """The logged-in actor, or None; with settings, a ticked "remember" keeps a token for next time."""
        dialog = cls(db, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        if settings is not None and dialog.remember.isChecked():
            from app.accounts import remember

            settings.setValue(remembered_key(db), remember(db, dialog.actor))
        return dialog.actor


def is_local(db) -> bool:
    """A database file on this computer (SQLite), rather than an agency's shared server."""
    return db.engine.dialect.name == "sqlite"


def remembered_key(db) -> str:
    """The settings key of this database's remembered login (one per database)."""
    import hashlib

    return "login/" + hashlib.sha256(db.url.encode()).hexdigest()[:16]


def remembered_actor(db, settings):
    """The actor remembered on this computer for this database, or None (a stale token is dropped)."""
    from app.accounts import login_with_token

    token = settings.value(remembered_key(db))
    if not token:
        return None
    actor = login_with_token(db, str(token))
    if actor is None:
        settings.remove(remembered_key(db))
    return actor


def forget_here(db, settings) -> None:
    """Log out: this computer no longer remembers the login."""
    from app.accounts import forget

    token = settings.value(remembered_key(db))
    if token:
        forget(db, str(token))
    settings.remove(remembered_key(db))


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
