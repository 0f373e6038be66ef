"""The window's start: shown before the data layer is imported; the dialogs of a database that does not
open (the problem said, the ways out offered) imported only when one does not."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.ui.database_actions import StartupProblemDialog


@pytest.fixture
def answers(monkeypatch):
    """The choices the user makes in the start-up problem dialog, in order; what it was asked is recorded."""
    asked = []
    choices = []

    def ask(parent, text, can_restore=False, can_create=False):
        asked.append((text, can_restore, can_create))
        return choices.pop(0)

    monkeypatch.setattr(StartupProblemDialog, "ask", staticmethod(ask))
    return asked, choices


def test_a_file_that_is_not_a_database_is_said_and_quitting_closes_the_window(qtbot, tmp_path, answers):
    from app.ui.launcher import create_window

    asked, choices = answers
    choices.append(StartupProblemDialog.QUIT)
    notes = tmp_path / "ghi-chu.sqlite3"
    notes.write_text("không phải cơ sở dữ liệu", encoding="utf-8")
    window = create_window(f"sqlite:///{notes}", str(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(asked) and not window.isVisible(), timeout=10000)
    text, can_restore, can_create = asked[0]
    assert "không phải cơ sở dữ liệu của chương trình" in text
    assert can_restore and not can_create
    assert window.ctx is None
    assert notes.read_text(encoding="utf-8") == "không phải cơ sở dữ liệu"  # nothing written into it


def test_a_missing_database_can_be_made_new_and_the_window_then_opens(qtbot, tmp_path, answers, monkeypatch):
    from app import bootstrap
    from app.ui.launcher import create_window

    asked, choices = answers
    lost = tmp_path / "da-mat.sqlite3"
    monkeypatch.setattr(bootstrap, "known_databases", lambda: [str(lost)])  # used on this computer before
    choices.append(StartupProblemDialog.NEW_EMPTY)
    window = create_window(f"sqlite:///{lost}", str(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.ctx is not None, timeout=20000)
    try:
        assert len(asked) == 1 and asked[0][2]  # "create a new empty database" was offered
        assert lost.exists()
        assert window.isVisible()
    finally:
        window.ctx.db.dispose()


START = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from app.ui.launcher import create_window
window = create_window(sys.argv[1], sys.argv[2])
print("shown with", sorted(m for m in ("sqlalchemy", "app.models") if m in sys.modules))
while window.ctx is None:
    app.processEvents()
print("open with", sorted(m for m in ("app.ui.database_actions", "app.ui.login", "alembic") if m in sys.modules),
      flush=True)
window.ctx.db.dispose()
import os
os._exit(0)  # Qt's objects torn down at interpreter exit in the wrong order can crash; the answers are out
"""


def test_the_window_shows_before_the_data_layer_and_a_good_start_imports_no_problem_dialog(demo_url, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", START, demo_url, str(tmp_path / "settings.ini")], capture_output=True,
                         text=True, timeout=120, env=env, cwd=Path(__file__).resolve().parents[1])
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == ["shown with []", "open with []"]
