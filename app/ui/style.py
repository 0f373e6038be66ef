"""Spacing, colours and status styling of the window, in one place."""

from __future__ import annotations

from PySide6.QtGui import QColor

from app import gap
from app.forms import STATUS_COLOURS

MARGIN = 8
SPACING = 6
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
