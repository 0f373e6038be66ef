"""Connecting this PC to the agency's shared PostgreSQL database: server, port, database, user, password, TLS.

*Kiểm tra kết nối* tries the connection and says in one line what happened (app.db_url.try_connect). Saving keeps
the URL without its password in the settings ("database/url", read at start-up by app.ui.launcher) and the
password in the operating system's keyring (app.db_url.store_password); with no keyring the password is used for
this session only and asked again next time, never written to a file.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import db_url
from app.ui import i18n
from app.ui.plain import plain_message

LAST_DATABASE = "database/url"  # app.ui.launcher.LAST_DATABASE: the database opened at start-up


class ConnectionDialog(QDialog):
    """The fields of a PostgreSQL connection; `url` holds the full URL (with the password) once accepted."""

    def __init__(self, settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.url: str | None = None
        self.setWindowTitle(self.tr("Kết nối cơ sở dữ liệu dùng chung"))
        intro = QLabel(self.tr("Máy chủ PostgreSQL của cơ quan. Bộ phận CNTT cung cấp các thông tin dưới đây; tài "
                               "khoản là tài khoản ứng dụng (không phải tài khoản chủ sở hữu)."))
        intro.setWordWrap(True)
        self.host = QLineEdit()
        self.host.setPlaceholderText("may-chu.co-quan.gov.vn")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(db_url.DEFAULT_PORT)
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sslmode = QComboBox()
        for mode in db_url.SSL_MODES:
            self.sslmode.addItem(f"{mode} — {i18n.translate('ConnectionDialog', db_url.SSL_LABELS[mode])}", mode)
        self.ca_file = QLineEdit()
        self.ca_file.setPlaceholderText(self.tr("tệp CA (.crt, .pem) cho verify-ca, verify-full"))
        self.ca_browse = QPushButton(self.tr("Chọn…"))
        self.ca_browse.clicked.connect(self._choose_ca)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(self.ca_browse)
        self.remember = QCheckBox(self.tr("Ghi nhớ mật khẩu trong kho khóa của hệ điều hành"))
        self.keyring = db_url._keyring() is not None
        self.remember.setChecked(self.keyring)
        self.remember.setEnabled(self.keyring)
        if not self.keyring:
            self.remember.setToolTip(self.tr("Máy này không có kho khóa của hệ điều hành: mật khẩu chỉ dùng cho lần "
                                             "này, lần sau chương trình hỏi lại."))
        form = QFormLayout()
        form.addRow(self.tr("Máy chủ:"), self.host)
        form.addRow(self.tr("Cổng:"), self.port)
        form.addRow(self.tr("Cơ sở dữ liệu:"), self.database)
        form.addRow(self.tr("Tên đăng nhập:"), self.user)
        form.addRow(self.tr("Mật khẩu:"), self.password)
        form.addRow(self.tr("Mã hóa (sslmode):"), self.sslmode)
        form.addRow(self.tr("Chứng chỉ CA:"), ca_row)
        form.addRow("", self.remember)
        self.test_button = QPushButton(self.tr("Kiểm tra kết nối"))
        self.test_button.clicked.connect(self.test_connection)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.outcome, 1)
        buttons = i18n.buttons("Cancel")
        self.save_button = buttons.addButton(self.tr("Lưu và kết nối"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(test_row)
        layout.addWidget(buttons)
        self.sslmode.currentIndexChanged.connect(self._ssl_changed)
        self._fill(settings.value(LAST_DATABASE))
        self._ssl_changed()
        self.resize(560, 0)

    def _fill(self, saved) -> None:
        self.sslmode.setCurrentIndex(db_url.SSL_MODES.index("prefer"))
        if not saved or not db_url.is_postgres(str(saved)):
            return
        f = db_url.fields(str(saved))
        self.host.setText(f["host"])
        self.port.setValue(int(f["port"]))
        self.database.setText(f["database"])
        self.user.setText(f["user"])
        if f["sslmode"] in db_url.SSL_MODES:
            self.sslmode.setCurrentIndex(db_url.SSL_MODES.index(f["sslmode"]))
        self.ca_file.setText(f["ca_file"])
        self.password.setText(db_url.stored_password(str(saved)) or "")

    def _ssl_changed(self) -> None:
        verify = self.sslmode.currentData() in ("verify-ca", "verify-full")
        self.ca_file.setEnabled(verify)
        self.ca_browse.setEnabled(verify)

    def _choose_ca(self) -> None:
        from app.ui.file_dialogs import documents_folder

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn tệp chứng chỉ CA"), str(documents_folder()),
                                              self.tr("Chứng chỉ (*.crt *.pem *.cer);;Mọi tệp (*)"))
        if path:
            self.ca_file.setText(path)

    def current_url(self) -> str | None:
        """The URL of the fields (with the password), or None after saying what is missing."""
        missing = [name for name, widget in ((self.tr("máy chủ"), self.host), (self.tr("cơ sở dữ liệu"), self.database),
                                             (self.tr("tên đăng nhập"), self.user)) if not widget.text().strip()]
        if missing:
            self.outcome.setText(self.tr("Hãy điền: {0}.").format(", ".join(missing)))
            return None
        return db_url.build_url(self.host.text().strip(), self.port.value(), self.database.text().strip(),
                                self.user.text().strip(), self.password.text() or None, self.sslmode.currentData(),
                                self.ca_file.text().strip() or None)

    def test_connection(self) -> bool:
        url = self.current_url()
        if url is None:
            return False
        self.outcome.setText(self.tr("Đang kết nối…"))
        self.test_button.setEnabled(False)
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()
        try:
            ok, line = db_url.try_connect(url)
        finally:
            self.test_button.setEnabled(True)
        self.outcome.setText(line)
        return ok

    def save(self) -> None:
        url = self.current_url()
        if url is None:
            return
        try:
            db_url.check_ssl(url)
        except Exception as exc:  # noqa: BLE001 - a UserError: said in the dialog
            self.outcome.setText(str(exc))
            return
        without = db_url.without_password(url)
        if self.password.text() and self.remember.isChecked():
            if not db_url.store_password(url, self.password.text()):
                QMessageBox.warning(self, self.tr("Chưa ghi nhớ mật khẩu"), plain_message(self.tr(
                    "Không ghi được mật khẩu vào kho khóa của hệ điều hành; mật khẩu chỉ dùng cho lần này.")))
        elif not self.remember.isChecked():
            db_url.forget_password(url)
        self.settings.setValue(LAST_DATABASE, without)  # never the password
        self.settings.sync()
        self.url = url if self.password.text() else without
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, settings) -> str | None:
        dialog = cls(settings, parent)
        return dialog.url if dialog.exec() == QDialog.DialogCode.Accepted else None


def connect_window(window) -> bool:
    """Database → Kết nối cơ sở dữ liệu dùng chung…: choose the server, then open it in this window (the current
    database stays open if the new one does not open). True when the window now uses the new database."""
    from app.bootstrap import WINDOW, open_database
    from app.errors import UserError
    from app.ui.context import AppContext, make_settings
    from app.ui.launcher import choose_actor

    settings = window.ctx.settings if window.ctx else make_settings()
    url = ConnectionDialog.ask(window, settings)
    if url is None:
        return False
    try:
        db, _ = open_database(url, WINDOW)
    except UserError as exc:
        QMessageBox.warning(window, window.tr("Không mở được cơ sở dữ liệu"),
                            plain_message(getattr(exc, "summary", str(exc))))
        return False
    actor = choose_actor(window, db, settings)
    if actor is None:
        db.dispose()
        return False
    old = window.ctx.db if window.ctx else None
    window.set_context(AppContext(db=db, actor=actor, settings=settings))
    if old is not None:
        old.dispose()
    window.statusBar().showMessage(window.tr("Đang dùng cơ sở dữ liệu {0}").format(db.describe()), 8000)
    return True
