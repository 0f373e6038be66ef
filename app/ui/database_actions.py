"""The database from the window: back up, restore, check integrity, and what to do when it will not open."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.ui import file_dialogs, i18n
from app.ui.file_dialogs import SQLITE_FILES
from app.ui.plain import plain_message
from app.vntext import file_name


class RestoreDialog(QDialog):
    """The automatic backups, newest first, or another file; returns the chosen path."""

    def __init__(self, backups, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Khôi phục từ bản sao lưu"))
        self.chosen: Path | None = None
        intro = QLabel(self.tr("Chọn bản sao lưu. Dữ liệu hiện tại sẽ được thay bằng bản đã chọn; "
                               "trước đó chương trình tự sao lưu dữ liệu hiện tại để có thể quay lại."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        for b in backups:
            item = QListWidgetItem(self.tr("{0} — {1} ({2})").format(
                b.taken_at.strftime("%d/%m/%Y %H:%M:%S"), i18n.translate("Backups", b.label) if b.label else "", b.path.name))
            item.setData(Qt.ItemDataRole.UserRole, str(b.path))
            self.list.addItem(item)
        if not backups:
            self.list.addItem(self.tr("(Chưa có bản sao lưu tự động nào)"))
            self.list.setEnabled(False)
        else:
            self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self._take_selected())
        other = QPushButton(self.tr("Chọn tệp khác…"))
        other.clicked.connect(self._choose_file)
        buttons = i18n.buttons("Cancel")
        self.restore_button = buttons.addButton(self.tr("Khôi phục"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(bool(backups))
        buttons.addButton(other, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self._take_selected)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def _take_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole):
            self.chosen = Path(item.data(Qt.ItemDataRole.UserRole))
            self.accept()

    def _choose_file(self) -> None:
        path = file_dialogs.open_path(self, file_dialogs.BACKUP, self.tr("Chọn tệp sao lưu"), SQLITE_FILES)
        if path:
            self.chosen = Path(path)
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, backups) -> Path | None:
        dialog = cls(backups, parent)
        return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None


def restore_into(parent: QWidget | None, db) -> bool:
    """Ask which backup, confirm, restore; True when the database's content was replaced."""
    from app import backup

    source = RestoreDialog.ask(parent, backup.list_backups(db))
    if source is None:
        return False
    question = translate("Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu\n{0}?\n\n"
                         "Dữ liệu hiện tại được tự sao lưu trước khi thay.").format(source)
    if not confirm(parent, translate("Khôi phục"), question, translate("Khôi phục")):
        return False
    try:
        saved = backup.restore(db, source)
    except UserError as exc:
        QMessageBox.warning(parent, translate("Không khôi phục được"), plain_message(str(exc)))
        return False
    QMessageBox.information(parent, translate("Đã khôi phục"), translate(
        "Đã khôi phục từ {0}.\nDữ liệu trước khi khôi phục được giữ ở {1}.").format(source, saved or "–"))
    return True


def translate(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("DatabaseActions", text)


def backup_now(parent: QWidget, db) -> None:
    from app import backup

    if db.path is None:
        QMessageBox.information(parent, translate("Sao lưu"), translate(
            "Cơ sở dữ liệu dùng chung PostgreSQL được sao lưu trên máy chủ bằng pg_dump (xem README)."))
        return
    suggested = file_name("Sao lưu", f"{dt.datetime.now():%Y%m%d-%H%M}", ext="sqlite3")
    path = file_dialogs.save_path(parent, file_dialogs.BACKUP, translate("Sao lưu cơ sở dữ liệu"), suggested,
                                  SQLITE_FILES, ".sqlite3")
    if not path:
        return
    try:
        from app.outputs import check_writable_folder

        check_writable_folder(Path(path))
        written = backup.backup(db, "manual", Path(path))
    except UserError as exc:
        QMessageBox.warning(parent, translate("Chưa sao lưu được"), plain_message(str(exc)))
        return
    QMessageBox.information(parent, translate("Đã sao lưu"), translate(
        "Đã sao lưu vào {0} (đã kiểm tra toàn vẹn).").format(written))


def check_integrity(parent: QWidget, db) -> bool:
    """The full check; on failure, offer to restore the latest good backup. True when something was restored."""
    from app import backup

    if db.path is None:
        QMessageBox.information(parent, translate("Kiểm tra dữ liệu"), translate(
            "PostgreSQL tự kiểm tra toàn vẹn dữ liệu; hãy sao lưu định kỳ bằng pg_dump."))
        return False
    try:
        problem = backup.integrity_problem(db)
    except UserError as exc:
        problem = str(exc)
    if problem is None:
        QMessageBox.information(parent, translate("Kiểm tra dữ liệu"), translate(
            "Cơ sở dữ liệu toàn vẹn (đã kiểm tra mọi trang và mọi tham chiếu)."))
        return False
    question = translate("Cơ sở dữ liệu bị hỏng: {0}\n\nKhôi phục từ một bản sao lưu?").format(problem)
    return confirm(parent, translate("Dữ liệu bị hỏng"), question, translate("Khôi phục…"),
                   QMessageBox.Icon.Critical) and restore_into(parent, db)


def confirm(parent: QWidget | None, title: str, text: str, yes: str,
            icon: QMessageBox.Icon = QMessageBox.Icon.Question) -> bool:
    """A yes/no question with Vietnamese buttons (Qt ships no Vietnamese catalogue)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("Hủy"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is accept


class StartupProblemDialog(QDialog):
    """The database did not open: what happened, and the ways out."""

    RESTORE, OTHER_FILE, NEW_EMPTY, CONNECT, QUIT = "restore", "other", "new", "connect", "quit"

    def __init__(self, message: str, can_restore: bool, can_create: bool, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Không mở được cơ sở dữ liệu"))
        self.choice = self.QUIT
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        heading = QLabel(self.tr("Không mở được cơ sở dữ liệu"))
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        texts = QVBoxLayout()
        texts.addWidget(heading)
        texts.addWidget(self.message, 1)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(texts, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        buttons = QDialogButtonBox()
        if can_restore:
            self._add(buttons, self.tr("Khôi phục từ bản sao lưu…"), self.RESTORE)
        self._add(buttons, self.tr("Mở tệp khác…"), self.OTHER_FILE)
        self._add(buttons, self.tr("Kết nối máy chủ…"), self.CONNECT)  # the shared database (app.ui.connection_dialog)
        if can_create:
            self._add(buttons, self.tr("Tạo cơ sở dữ liệu mới trống"), self.NEW_EMPTY)
        self._add(buttons, self.tr("Thoát"), self.QUIT)
        layout.addWidget(buttons)
        self.resize(620, 220)

    def _add(self, buttons: QDialogButtonBox, label: str, choice: str) -> None:
        button = buttons.addButton(label, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(lambda: self._choose(choice))

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, message: str, can_restore: bool, can_create: bool) -> str:
        dialog = cls(message, can_restore, can_create, parent)
        dialog.exec()
        return dialog.choice
