"""Login, first administrator, change of password: small dialogs returning plain values."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from app.ui import i18n, style
from app.accounts import REMEMBER_DAYS
from app.errors import UserError


class LoginDialog(QDialog):
    """User name and password; the service checks them (and counts failures)."""

    def __init__(self, db, parent=None, reason: str = ""):
        super().__init__(parent)
        from app import remembered

        self.db = db
        self.actor = None
        self.remember = QCheckBox(self.tr("Ghi nhớ đăng nhập trên máy tính này"))
        # on by default only for a database on this computer; a shared database asks each time
        self.remember.setChecked(is_local(db))
        tip = self.tr("Không cần nhập mật khẩu ở lần mở sau (trong {0} ngày) cho đến khi "
                      "đăng xuất. Không dùng trên máy tính dùng chung.").format(REMEMBER_DAYS)
        if remembered.where() == "keyring":
            tip += " " + self.tr("Mã ghi nhớ được cất trong kho khóa của hệ điều hành, chỉ tài khoản người dùng "
                                 "này của máy tính dùng được.")
        else:
            tip += " " + self.tr("Máy này không có kho khóa của hệ điều hành: mã ghi nhớ nằm trong tệp cài đặt "
                                 "(chỉ người dùng này đọc được), gắn với tài khoản người dùng và máy tính này; tệp "
                                 "chép sang tài khoản hay máy khác không đăng nhập được.")
        self.remember.setToolTip(tip)
        self.setWindowTitle(self.tr("Đăng nhập"))
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setStyleSheet(style.ERROR_TEXT)
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # a refusal may quote what was typed
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
        self.error.setText(reason)  # why the login is asked again (an account disabled during the session)

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
    def ask(cls, parent, db, settings=None, reason: str = ""):
        """The logged-in actor, or None; with settings, a ticked "remember" keeps a token for next time (in the
        OS keyring, or bound to this OS user: app.remembered)."""
        dialog = cls(db, parent, reason)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        if settings is not None and dialog.remember.isChecked():
            from app import remembered
            from app.accounts import remember

            remembered.store(settings, remembered_key(db), remember(db, dialog.actor))
        return dialog.actor


def is_local(db) -> bool:
    """A database file on this computer (SQLite), rather than an agency's shared server."""
    return db.engine.dialect.name == "sqlite"


def remembered_key(db) -> str:
    """The settings key of this database's remembered login (one per database). Made from the URL without its
    password: a digest of the password in the settings file would let anyone who reads the file test guesses
    of it, and a changed password would forget the login."""
    import hashlib

    from app.database import masked

    return "login/" + hashlib.sha256(masked(db.url).encode()).hexdigest()[:16]


def remembered_actor(db, settings):
    """The actor remembered on this computer, for this OS user and this database, or None (a stale token, one
    kept for another user or machine, or one an older version kept in clear, is dropped)."""
    from app import remembered
    from app.accounts import forget, login_with_token

    key = remembered_key(db)
    legacy = remembered.legacy_token(settings, key)
    if legacy:  # it sat in clear in the settings file: it no longer logs anyone in
        forget(db, legacy)
        remembered.erase(settings, key)
        return None
    token = remembered.load(settings, key)
    if not token:
        if settings.value(key):
            remembered.erase(settings, key)
        return None
    actor = login_with_token(db, token)
    if actor is None:
        remembered.erase(settings, key)
    return actor


def forget_here(db, settings) -> None:
    """Log out: this computer no longer remembers the login."""
    from app import remembered
    from app.accounts import forget

    key = remembered_key(db)
    token = remembered.load(settings, key) or remembered.legacy_token(settings, key)
    if token:
        forget(db, token)
    remembered.erase(settings, key)


class PasswordDialog(QDialog):
    """A new password typed twice (with the current one, when changing one's own); returns it, or None."""

    def __init__(self, title: str, parent=None, with_name: bool = False, with_current: bool = False):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.name = QLineEdit()
        self.current = QLineEdit()
        self.first = QLineEdit()
        self.second = QLineEdit()
        for edit in (self.current, self.first, self.second):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setStyleSheet(style.ERROR_TEXT)
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # a refusal may quote what was typed
        self.with_current = with_current
        form = QFormLayout()
        if with_name:
            form.addRow(self.tr("Tên đăng nhập:"), self.name)
        if with_current:
            form.addRow(self.tr("Mật khẩu hiện tại:"), self.current)
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
        if self.with_current and not self.current.text():
            self.error.setText(self.tr("Hãy nhập mật khẩu hiện tại."))
            return
        if self.first.text() != self.second.text():
            self.error.setText(self.tr("Hai lần nhập mật khẩu không khớp."))
            return
        self.accept()

    def show_error(self, text: str) -> None:
        self.error.setText(text)

    @classmethod
    def ask(cls, parent, title: str, with_name: bool = False) -> tuple[str, str] | None:
        dialog = cls(title, parent, with_name)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.name.text(), dialog.first.text()

    @classmethod
    def change_own(cls, parent, title: str, change) -> bool:
        """Current password, new one twice; change(current, new) does it, raising UserError to ask again."""
        dialog = cls(title, parent, with_current=True)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                change(dialog.current.text(), dialog.first.text())
            except UserError as exc:
                for edit in (dialog.current, dialog.first, dialog.second):
                    edit.clear()
                dialog.show_error(str(exc))
                continue
            return True
        return False
