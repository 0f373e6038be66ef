"""Every file dialog of the program, and what follows a written file.

Each kind of file (Excel imports, Excel exports, PDF, backups) opens in the last folder used for that kind,
remembered in the settings; the first time, in the user's Documents folder, never the program's working folder.
A written file is confirmed in a small window that stays until closed, with *Mở tệp* and *Mở thư mục*.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.ui import style
from app.ui.i18n import translate

IMPORT, EXPORT, PDF, BACKUP = "import", "export", "pdf", "backup"
KINDS = (IMPORT, EXPORT, PDF, BACKUP)
XLSX = "Excel (*.xlsx)"
PDF_FILES = "PDF (*.pdf)"
SQLITE_FILES = "SQLite (*.sqlite3 *.sqlite *.db)"


def documents_folder() -> Path:
    """The user's Documents folder (the home folder when the system has none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if found and Path(found).is_dir():
        return Path(found)
    return Path.home()


def settings_of(parent: QWidget | None):
    """The settings of the window the dialog belongs to (its AppContext), or None."""
    widget = parent
    while widget is not None:
        ctx = getattr(widget, "ctx", None)
        if ctx is not None and getattr(ctx, "settings", None) is not None:
            return ctx.settings
        widget = widget.parentWidget()
    return None


def start_folder(settings, kind: str) -> Path:
    """Where a dialog for this kind of file opens: the last folder used for it, if it still exists."""
    remembered = settings.value(f"folders/{kind}") if settings is not None else None
    if remembered and Path(str(remembered)).is_dir():
        return Path(str(remembered))
    return documents_folder()


def remember(settings, kind: str, path: str | Path) -> None:
    if settings is not None and path:
        settings.setValue(f"folders/{kind}", str(Path(path).absolute().parent))


def _with_suffix(path: str, suffix: str) -> str:
    return path if not suffix or path.lower().endswith(suffix) else path + suffix


def save_path(parent: QWidget | None, kind: str, title: str, name: str, filters: str,
              suffix: str = "") -> str | None:
    """Ask where to write a file, starting in the folder last used for this kind; None when cancelled."""
    settings = settings_of(parent)
    start = str(start_folder(settings, kind) / name)
    path, _ = QFileDialog.getSaveFileName(parent, title, start, filters)
    if not path:
        return None
    remember(settings, kind, path)
    return _with_suffix(path, suffix)


def open_path(parent: QWidget | None, kind: str, title: str, filters: str) -> str | None:
    """Ask which file to read, starting in the folder last used for this kind; None when cancelled."""
    settings = settings_of(parent)
    path, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder(settings, kind)), filters)
    if not path:
        return None
    remember(settings, kind, path)
    return path


def open_in_system(path: str | Path) -> bool:
    """Open a file or folder with the program the system uses for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).absolute())))


class ExportDone(QDialog):
    """'Đã xuất …': the file's name and folder, Mở tệp, Mở thư mục, Đóng. Not modal: it stays while the user
    goes on working, until closed or replaced by the next one."""

    def __init__(self, path: str | Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.path = Path(path).absolute()
        self.setWindowTitle(self.tr("Đã xuất tệp"))
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton).pixmap(32, 32))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel(self.tr("Đã ghi tệp {0}\nvào thư mục {1}").format(self.path.name, self.path.parent))
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # a path typed by the user, shown as it is
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox()
        self.open_file_button = buttons.addButton(self.tr("Mở tệp"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_folder_button = buttons.addButton(self.tr("Mở thư mục"), QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(translate("Buttons", "Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        self.open_file_button.clicked.connect(lambda: self._open(self.path))
        self.open_folder_button.clicked.connect(lambda: self._open(self.path.parent))
        buttons.rejected.connect(self.close)
        top = QHBoxLayout()
        top.setSpacing(style.SPACING * 2)
        top.addWidget(icon)
        top.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(440)
        self.open_file_button.setDefault(True)

    def _open(self, target: Path) -> None:
        open_in_system(target)
        self.close()

    @classmethod
    def show_for(cls, parent: QWidget | None, path: str | Path) -> ExportDone:
        """Show the confirmation (replacing an earlier one of the same window) and return it."""
        owner = parent.window() if parent is not None else None
        previous = getattr(owner, "_export_done", None) if owner is not None else None
        if previous is not None:
            try:
                previous.close()
            except RuntimeError:  # already deleted with its window
                pass
        dialog = cls(path, owner)
        if owner is not None:
            owner._export_done = dialog
        dialog.show()
        return dialog


def exported(parent: QWidget | None, path: str | None) -> str | None:
    """After a file was written whole: the confirmation with Mở tệp / Mở thư mục; returns the path."""
    if path:
        ExportDone.show_for(parent, path)
    return path

