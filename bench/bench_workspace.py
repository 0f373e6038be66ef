"""The assessment workspace: score change to saved and radar updated; switching employee (p95); the first
search without accents against later ones, as the program runs it (matplotlib imported in the background).

The floor of the first two is the radar's own full redraw measured in the same run: what every change would
cost without blitting over a cached background. The search's floor is the slowest key of a later search.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile

from bench.runner import Result, percentile

# Typed key by key in the employee picker, as a user does: the first search of the session, then another.
SEARCH = r"""
import json, sys, time
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.ui import chart_loading
chart_loading.IMPORT_IN_BACKGROUND = True  # as app.ui.launcher runs the program
from app.ui.launcher import create_window
window = create_window(sys.argv[1], sys.argv[2])
window.resize(1366, 768)
while window.ctx is None:
    app.processEvents()
chart_loading.preload_charts()  # as the launcher does once the database is open
page = window.assessment
slowest = []
for text in ("ly bich thao", "phan thanh dung", "tran thi thu dung"):
    page.picker.search.clear()
    app.processEvents()
    keys = []
    for ch in text:
        start = time.perf_counter()
        page.picker.search.insert(ch)
        app.processEvents()
        keys.append((time.perf_counter() - start) * 1000)
    slowest.append(max(keys))
print(json.dumps(slowest), flush=True)
import os
os._exit(0)
"""


def _search_timings(url: str, folder: str) -> list[float]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    run = subprocess.run([sys.executable, "-c", SEARCH, url, f"{folder}/search.ini"], capture_output=True, text=True,
                         env=env, timeout=600)
    return json.loads(run.stdout.strip().splitlines()[-1])


def run() -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.ui.measure import workspace_timings

    t = workspace_timings()
    floor = statistics.median(t["redraw"])
    results = [
        Result("score_saved_and_radar_p95", percentile(t["score"], 95), floor, goal=25, absolute=True),
        Result("switch_employee_p95", percentile(t["switch"], 95), floor, goal=150, absolute=True),
    ]
    with tempfile.TemporaryDirectory() as folder:
        from app.actor import local_user
        from app.bootstrap import open_database
        from app.demo import load_demo

        url = f"sqlite:///{folder}/search.sqlite3"
        db, _ = open_database(url)
        load_demo(db, local_user())
        db.dispose()
        first, *later = _search_timings(url, folder)
    results.append(Result("first_search_slowest_key", first, max(later), goal=1.5))
    return results
