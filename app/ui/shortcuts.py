"""Keyboard shortcuts of the main window's actions that have no standard key of their own, in one table.

The actions made with their key in place (print Ctrl+P, preview Ctrl+Shift+P, PDF Ctrl+E,
undo Ctrl+Z, redo Ctrl+Y, the pages Ctrl+1…4, the form's history Ctrl+H, find Ctrl+F) and the
Đánh giá page's own (send Ctrl+Enter, approve Ctrl+Shift+A, reopen Ctrl+Shift+O, the staff list
Ctrl+Shift+L, the chart and report Ctrl+Shift+R) are not repeated here. Keys are Ctrl+Shift+letter
where one is free and suggests the action, Ctrl+Alt+letter for the rarer ones; none is a key a text box
uses (tests/test_keyboard.py checks that no two actions share a key and that every menu action has one).
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

KEYS = {
    # Tệp
    "export_person_action": "Ctrl+Shift+E",  # the form to Excel (Ctrl+E: to PDF)
    "import_staff_action": "Ctrl+I",
    "export_staff_action": "Ctrl+Shift+X",
    "template_action": "Ctrl+Shift+T",
    "import_scores_action": "Ctrl+Shift+I",
    "scores_template_action": "Ctrl+Shift+M",
    "import_framework_action": "Ctrl+Shift+K",
    "export_framework_action": "Ctrl+Alt+K",
    "demo_action": "Ctrl+Alt+M",
    "backup_action": "Ctrl+Shift+B",
    "restore_action": "Ctrl+Alt+B",
    "check_action": "Ctrl+Alt+C",
    "connect_action": "Ctrl+Alt+D",  # the shared database
    "quit_action": "Ctrl+Q",  # Qt's standard Quit has no key on Windows (Alt+F4 closes the window there)
    # Vị trí việc làm
    "frameworks_action": "Ctrl+Alt+F",
    "grades_action": "Ctrl+Alt+G",
    # Xem
    "agency_trail_action": "Ctrl+Shift+H",
    "verify_trail_action": "Ctrl+Alt+H",
    # Tài khoản
    "first_admin_action": "Ctrl+Alt+A",
    "accounts_action": "Ctrl+Shift+U",
    "password_action": "Ctrl+Alt+P",
    "logout_action": "Ctrl+Alt+Q",
    # Trợ giúp
    "about_action": "Ctrl+F1",
}

# Menu actions left without a key, and why.
EXEMPT = {
    "language_actions": "a language is chosen once, by name in its own language; a stray key must never switch it",
}


def assign(window) -> None:
    """Give the window's actions their keys from KEYS (an action the window does not have is skipped)."""
    for name, key in KEYS.items():
        action = getattr(window, name, None)
        if action is not None:
            action.setShortcut(QKeySequence(key))
