"""Trợ giúp: the user guide shipped with the program (app/help, one HTML page per screen) and Giới thiệu."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.ui import i18n, style

HELP_DIR = Path(__file__).resolve().parents[1] / "help"
START = "bat-dau.html"
# the page for each screen of the window (main_window.PAGES), opened by F1
SCREEN_PAGES = {"assess": "danh-gia.html", "staff": "nhan-su.html", "positions": "vi-tri.html",
                "reports": "bao-cao.html", "welcome": START}


def help_folder(language: str | None = None) -> Path:
    """app/help (Vietnamese), or app/help/<language> for a translated interface."""
    language = language or i18n.current_language()
    folder = HELP_DIR / language
    return folder if language != "vi" and folder.is_dir() else HELP_DIR


def page_path(name: str, language: str | None = None) -> Path:
    return help_folder(language) / name


class HelpWindow(QDialog):
    """The guide in a QTextBrowser: links between pages, Quay lại, Mục lục. Not modal; one per main window."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.language = i18n.current_language()
        self.setWindowTitle(self.tr("Hướng dẫn sử dụng"))
        self.setWindowFlag(Qt.WindowType.WindowMinMaxButtonsHint, True)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(help_folder(self.language))])
        self.browser.document().setDefaultStyleSheet(style.HELP_CSS)
        self.browser.document().setDocumentMargin(style.MARGIN * 2)
        self.back_button = QPushButton(self.tr("Quay lại"))
        self.home_button = QPushButton(self.tr("Mục lục"))
        self.back_button.clicked.connect(self.browser.backward)
        self.home_button.clicked.connect(lambda: self.show_page(START))
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.back_button.setEnabled(False)
        buttons = i18n.buttons("Close")
        buttons.rejected.connect(self.close)
        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addWidget(self.home_button)
        bar.addStretch(1)
        bar.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(bar)
        self.resize(720, 600)

    def show_page(self, name: str) -> None:
        path = page_path(name if page_path(name, self.language).is_file() else START, self.language)
        self.browser.setSource(QUrl.fromLocalFile(str(path)))

    def current_page(self) -> str:
        return Path(self.browser.source().toLocalFile()).name

    @classmethod
    def open_for(cls, parent: QWidget, screen: str) -> HelpWindow:
        """Show the guide at the page of this screen (reusing the window's help window), and return it."""
        window = getattr(parent, "_help_window", None)
        if window is not None and window.language != i18n.current_language():  # the language was changed
            window.close()
            window.deleteLater()
            window = None
        if window is None:
            window = cls(parent)
            parent._help_window = window
        window.show_page(SCREEN_PAGES.get(screen, START))
        window.show()
        window.raise_()
        window.activateWindow()
        return window


def program_version() -> str:
    """The installed package's version (package metadata), or the source tree's pyproject version."""
    from importlib import metadata

    try:
        return metadata.version("competency-gap")
    except metadata.PackageNotFoundError:
        import re

        pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
        found = re.search(r'^version\s*=\s*"([^"]+)"', pyproject.read_text("utf-8"), re.M) if pyproject.is_file() else None
        return found.group(1) if found else "?"


class AboutDialog(QDialog):
    """Giới thiệu: what the program is for, its version, where its database and its log are."""

    def __init__(self, database: str, log_folder: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Giới thiệu"))
        title = QLabel(self.tr("Đánh giá khoảng cách năng lực công chức"))
        title.setStyleSheet(style.TITLE)
        purpose = QLabel(self.tr("Đánh giá khoảng cách năng lực công chức theo khung năng lực vị trí việc làm. "
                                 "Kết quả dùng cho đào tạo, bồi dưỡng, quy hoạch; không phải xếp loại chất lượng."))
        purpose.setWordWrap(True)
        self.version = QLabel(program_version())
        self.database = QLabel(database)
        self.log_folder = QLabel(log_folder)
        for label in (self.version, self.database, self.log_folder):  # paths: plain text, selectable to copy
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow(self.tr("Phiên bản:"), self.version)
        form.addRow(self.tr("Cơ sở dữ liệu:"), self.database)
        form.addRow(self.tr("Thư mục nhật ký:"), self.log_folder)
        self.open_log_button = QPushButton(self.tr("Mở thư mục nhật ký"))
        self.open_log_button.clicked.connect(self._open_log_folder)
        buttons = i18n.buttons("Close")
        buttons.addButton(self.open_log_button, buttons.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        licence = QLabel(self.tr("Biểu tượng: Lucide (giấy phép ISC)."))
        licence.setStyleSheet(style.MUTED_TEXT)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(purpose)
        layout.addSpacing(style.SPACING)
        layout.addLayout(form)
        layout.addWidget(licence)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _open_log_folder(self) -> None:
        from app.ui.file_dialogs import open_in_system

        open_in_system(self.log_folder.text())

    @classmethod
    def show_for(cls, parent: QWidget, database: str) -> None:
        from app.logs import log_dir

        cls(database, str(log_dir()), parent).exec()
