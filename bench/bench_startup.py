"""Cold start: to the first window, and to the staff list shown, vs a bare PySide6 window.

A third line, the data layer's floor, is the bare window followed by only what any first screen with data
needs (the data layer imported, the database opened and checked, one page of the staff list read), without
the program's window: the staff list cannot be shown sooner than that while it is read through SQLAlchemy.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

from bench.runner import Result

BARE = """
import time, sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1200, 800); w.show(); app.processEvents()
print("shown", flush=True)
"""

APP = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from app.ui.launcher import create_window
w = create_window(sys.argv[1], sys.argv[2])  # returns once the window is shown and painted
print("shown", flush=True)
if sys.argv[3] == "staff":
    while w.ctx is None:
        app.processEvents()
    w.nav.setCurrentRow(1); app.processEvents()
    assert w.staff.model.rowCount() > 0
    print("staff", flush=True)
"""


DATA_FLOOR = BARE + """
from app.actor import local_user
from app.bootstrap import WINDOW, open_database
from app.services.staff_list import employee_page
db, _ = open_database(sys.argv[1], WINDOW)
assert employee_page(db, local_user()).rows
print("staff", flush=True)
"""


def _time(args: list[str], marker: str, env: dict) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, text=True, env=env)
    for line in proc.stdout:
        if line.strip() == marker:
            elapsed = (time.perf_counter() - start) * 1000
            break
    proc.wait()
    return elapsed


def run() -> list[Result]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{folder}/start.sqlite3"
        from app.actor import local_user
        from app.bootstrap import open_database
        from app.demo import load_demo

        db, _ = open_database(url)
        load_demo(db, local_user())
        db.dispose()
        settings = f"{folder}/settings.ini"
        bare, window, staff, data = [], [], [], []
        for _ in range(5):
            bare.append(_time([sys.executable, "-c", BARE], "shown", env))
            window.append(_time([sys.executable, "-c", APP, url, settings, "window"], "shown", env))
            staff.append(_time([sys.executable, "-c", APP, url, settings, "staff"], "staff", env))
            data.append(_time([sys.executable, "-c", DATA_FLOOR, url], "staff", env))
    floor = statistics.median(bare)
    return [
        Result("cold_start_window", statistics.median(window), floor, goal=1.5),
        Result("cold_start_staff_list", statistics.median(staff), floor, goal=4),
        # not the program: the bare window, then the data layer, the database opened and one page read
        Result("cold_start_data_layer_floor", statistics.median(data), floor, goal=4),
    ]
