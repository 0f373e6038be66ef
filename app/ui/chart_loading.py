"""matplotlib in a background thread: the window and the form show at once, the radar as soon as it is ready.

Importing matplotlib and its Qt canvas takes about a second on an office laptop; done in the window's
thread when the first form is shown, the chart stayed blank and the window froze meanwhile. The program
(app.ui.launcher) turns IMPORT_IN_BACKGROUND on and starts the import once the database is open; tests and
benchmarks leave it off and import in place.
"""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QObject, Signal

IMPORT_IN_BACKGROUND = False
CHART_MODULES = ("matplotlib.backends.backend_qtagg", "matplotlib.figure", "app.charts.radar")


class Preload(QObject):
    done = Signal()


_preload: list[Preload] = []
_ready = threading.Event()


def charts_ready() -> bool:
    return _ready.is_set() or all(name in sys.modules for name in CHART_MODULES)


def preload_charts() -> Preload:
    """Import matplotlib and the radar builder in a background thread, once; `done` reaches the window's
    thread when they are imported (or failed to: the chart then imports them in place and says why)."""
    if not _preload:
        _preload.append(Preload())  # made in the window's thread: its signal is delivered there

        def work() -> None:
            import importlib

            try:
                for name in CHART_MODULES:
                    importlib.import_module(name)
            except Exception:  # noqa: BLE001 - imported again in place, where the error is reported
                pass
            finally:
                _ready.set()
                _preload[0].done.emit()

        threading.Thread(target=work, name="charts-import", daemon=True).start()
    return _preload[0]
