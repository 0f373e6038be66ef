"""The form is on screen before matplotlib is imported; the radar follows as soon as the import (in a
background thread) is done. A fresh interpreter, so that nothing imported matplotlib before."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = r"""
import json, sys, time
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.ui import chart_loading
chart_loading.IMPORT_IN_BACKGROUND = True
from app.ui.launcher import create_window
window = create_window(sys.argv[1], sys.argv[2])
window.resize(1366, 768)
while window.ctx is None:
    app.processEvents()
page = window.assessment
window.nav.setCurrentRow(0)
app.processEvents()
start = time.perf_counter()
page.picker.select("MAU0005")
form_ms = (time.perf_counter() - start) * 1000
imported_then = "matplotlib.figure" in sys.modules
pending = page.radar.chart is None
rows = page.model.rowCount()
deadline = time.monotonic() + 120
while page.radar.chart is None and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.005)
radar_ms = (time.perf_counter() - start) * 1000
scores = [r.score for r in page.view.ratings]
print(json.dumps({"form_ms": form_ms, "radar_ms": radar_ms, "pending": pending, "imported_then": imported_then,
                  "rows": rows, "plotted": page.radar.plotted_scores(), "scores": scores}), flush=True)
import os
os._exit(0)  # Qt and matplotlib torn down in the wrong order at exit can crash after the result is out
"""


def test_the_form_shows_first_and_the_radar_when_matplotlib_is_ready(demo_url, tmp_path):
    if not demo_url.startswith("sqlite"):
        return  # the same on PostgreSQL: the import is the program's, not the database's
    run = subprocess.run([sys.executable, "-c", SCRIPT, demo_url, str(tmp_path / "settings.ini")], cwd=ROOT,
                         capture_output=True, text=True, timeout=300,
                         env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen",
                              "PYTHONPATH": str(ROOT)})
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["rows"] > 0  # the form's grid is filled at once
    assert result["pending"] and not result["imported_then"]  # without waiting for matplotlib
    assert result["plotted"], "the radar was never drawn"
    assert len(result["plotted"]) == len(result["scores"])
