"""The look of the window, in one place: spacing, colours, fonts, the style sheet, icons, status colours.

Everything a widget needs to look like the rest comes from here (git-cola's widgets/defs.py); no other module
writes a colour or a size of its own. apply(app) sets the font and the style sheet once, at start-up.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPixmap

from app import gap
from app.gap import STATUS_COLOURS  # not app.forms: the window shows before SQLAlchemy loads

# spacing (logical pixels: Qt scales them at 125 % and 200 %)
MARGIN = 8
SPACING = 6
RADIUS = 4
ICON_SIZE = 20  # toolbar icons
NAV_ICON_SIZE = 24  # the navigation rail: an icon, the page's name under it
NAV_WIDTH = 88
NAV_ITEM_HEIGHT = 70
WELCOME_ICON_SIZE = 56
TEXT_WIDTH = 560  # a paragraph of the welcome panel or an empty state: lines short enough to read

# the palette: a calm blue accent on light neutrals, text of high contrast (WCAG AA on every background)
ACCENT = "#1f5fa8"
ACCENT_DARK = "#174a85"
ACCENT_LIGHT = "#e3edf9"
TEXT = "#1f2933"
TEXT_MUTED = "#5b6775"
ICON_COLOUR = "#3e4c59"
ICON_DISABLED = "#a0aab4"
SURFACE = "#ffffff"
SIDEBAR = "#f1f4f8"
BORDER = "#d3dae3"

# fonts: the system's UI font at a readable size; headings a step up
BASE_POINT_SIZE = 10
TITLE = f"font-size:14pt;font-weight:bold;color:{ACCENT_DARK}"
MUTED_TEXT = f"color:{TEXT_MUTED}"
CHIP_BORDER = "#b0b0b0"
SELECTED_ICON = "#ffffff"  # an icon on the accent background of a selected item
# the user guide's pages (app/help) in the help window
HELP_CSS = (f"h1{{color:{ACCENT};font-size:16pt}} h2{{color:{ACCENT_DARK};font-size:12pt;margin-top:14px}}"
            f" th{{background:#e8eef5;text-align:left;padding:3px}} td{{padding:3px}}"
            f" .note{{background:#fdebd0;padding:6px}} a{{color:{ACCENT}}}")
EMPTY_STATE = f"color:{TEXT_MUTED};font-size:11pt;padding:24px"
STATUS_BACKGROUNDS = {
    gap.Status.BELOW: QColor("#f9d6d2"),
    gap.Status.WITHIN: QColor("#d5f0dc"),
    gap.Status.ABOVE: QColor("#d4e6f5"),
    gap.Status.NOT_RATED: QColor("#eeeeee"),
    gap.Status.UNSPECIFIED: QColor("#eeeeee"),
}
STATUS_FOREGROUNDS = {status: QColor(colour) for status, colour in STATUS_COLOURS.items()}
GROUP_ROW_BACKGROUND = QColor("#e8eef5")
DISCREPANCY_BACKGROUND = QColor("#fff1c1")
LOCKED_BANNER = "background:#fdebd0;color:#7e5109;padding:4px;border-radius:3px"
INACTIVE_FOREGROUND = QColor("#999999")
# a score or note the database did not take: amber with a warning icon, unlike any status colour
UNSAVED_BACKGROUND = QColor("#ffd8a8")
UNSAVED_FOREGROUND = QColor("#8a3b00")
UNSAVED_STATUS = "color:#8a3b00;font-weight:bold"
CONFLICT_SCORE = "font-size:18pt;font-weight:bold"
CONFLICT_NOTE = "font-weight:bold"
# the framework editor: a value the framework rules refuse, and the list of problems
INVALID_FIELD = "border:2px solid #c0392b;background:#fdecea"
INVALID_BACKGROUND = QColor("#f9d6d2")
ISSUES_OK = "color:#1e7b34"
ISSUES_BAD = "color:#a61b1b;font-weight:bold"
CHANGE_ADDED = QColor("#1e7b34")
CHANGE_REMOVED = QColor("#a61b1b")
CHANGE_CHANGED = QColor("#7d5a00")
# the framework import preview: warnings worth a look, and the legal basis asked for a framework in use
NOTICE_BANNER = "background:#fdebd0;color:#7e5109;padding:6px;border-radius:3px"
BASIS_BOX = "QGroupBox{font-weight:bold}"
ERROR_TEXT = "color:#a61b1b"


# style sheets on the few widgets they dress (not the whole application: the grid and the tables keep Qt's
# native style, which draws them faster)
NAV_SHEET = f"""
QListWidget#navigation {{
    background: {SIDEBAR}; border: none; border-right: 1px solid {BORDER}; outline: 0;
    padding: {SPACING}px 0px;
}}
QListWidget#navigation::item {{
    color: {TEXT}; padding: 6px 2px 4px 2px; border-radius: {RADIUS}px;
}}
QListWidget#navigation::item:hover {{ background: {ACCENT_LIGHT}; }}
QListWidget#navigation::item:selected {{ background: {ACCENT}; color: white; font-weight: bold; }}
"""
TOOLBAR_SHEET = f"""
QToolBar#mainToolbar {{
    background: {SURFACE}; border: none; border-bottom: 1px solid {BORDER}; spacing: 2px; padding: 2px {SPACING}px;
}}
QToolBar#mainToolbar QToolButton {{ border-radius: {RADIUS}px; padding: 3px; color: {TEXT}; }}
QToolBar#mainToolbar QToolButton:hover {{ background: {ACCENT_LIGHT}; }}
QToolBar#mainToolbar QToolButton:pressed {{ background: #c9dbf1; }}
"""
WELCOME_SHEET = f"""
QWidget#welcome QPushButton {{ min-width: 300px; padding: 7px 16px; }}
QWidget#welcome QPushButton#primary {{
    background: {ACCENT}; color: white; border: 1px solid {ACCENT_DARK}; border-radius: {RADIUS}px; font-weight: bold;
}}
QWidget#welcome QPushButton#primary:hover {{ background: {ACCENT_DARK}; }}
QWidget#welcome QLabel {{ color: {TEXT}; }}
"""
GROUP_BOX = f"QGroupBox {{ font-weight: bold; color: {TEXT}; }} QGroupBox * {{ font-weight: normal; }}"


def chip(background: QColor) -> str:
    """A legend chip: the status colour with a thin border."""
    return f"background:{background.name()};border:1px solid {CHIP_BORDER};padding:2px 8px"


def apply(app) -> None:
    """The program's font size on the whole application (once, before the window shows)."""
    font = app.font()
    if font.pointSizeF() < BASE_POINT_SIZE:
        font.setPointSizeF(BASE_POINT_SIZE)
        app.setFont(font)


ICONS_DIR = Path(__file__).resolve().parent / "icons"


class _SvgIconEngine(QIconEngine):
    """An SVG drawn at the exact size asked (crisp at 125 %, 200 %), in the colour of the icon's mode."""

    def __init__(self, svg: bytes, colours: dict):
        super().__init__()
        self.svg, self.colours = svg, colours

    def _renderer(self, mode, state):
        from PySide6.QtSvg import QSvgRenderer

        colour = self.colours.get((mode, state)) or self.colours.get(mode) or self.colours[QIcon.Mode.Normal]
        return QSvgRenderer(QByteArray(self.svg.replace(b"currentColor", colour.encode())))

    def paint(self, painter: QPainter, rect: QRect, mode, state) -> None:
        self._renderer(mode, state).render(painter, rect)

    def pixmap(self, size: QSize, mode, state) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def scaledPixmap(self, size: QSize, mode, state, scale: float) -> QPixmap:  # noqa: N802 - Qt API
        pixmap = self.pixmap(QSize(round(size.width() * scale), round(size.height() * scale)), mode, state)
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        return _SvgIconEngine(self.svg, self.colours)


@lru_cache(maxsize=None)
def icon(name: str, colour: str = ICON_COLOUR, selected: str | None = None) -> QIcon:
    """A Lucide icon (app/ui/icons/<name>.svg) drawn in the given colour; `selected` for a selected item."""
    svg = (ICONS_DIR / f"{name}.svg").read_bytes()
    colours = {QIcon.Mode.Normal: colour, QIcon.Mode.Active: colour, QIcon.Mode.Disabled: ICON_DISABLED,
               QIcon.Mode.Selected: selected or colour}
    return QIcon(_SvgIconEngine(svg, colours))
