"""Timings of the assessment workspace, driven through the real window (used by bench/)."""

from __future__ import annotations

import tempfile
import time

from PySide6.QtWidgets import QApplication

EMPLOYEES = ["MAU0001", "MAU0012", "MAU0020", "MAU0031", "MAU0040", "MAU0005"]


def workspace_timings(score_changes: int = 60, switches: int = 30) -> dict[str, list[float]]:
    """Milliseconds per score change (saved, radar updated), per employee switch, per full redraw."""
    app = QApplication.instance() or QApplication([])
    from app.actor import local_user
    from app.bootstrap import open_database
    from app.demo import load_demo
    from app.ui.launcher import create_window

    out: dict[str, list[float]] = {"score": [], "switch": [], "redraw": []}
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{folder}/ws.sqlite3"
        db, _ = open_database(url)
        load_demo(db, local_user())
        db.dispose()
        window = create_window(url, f"{folder}/settings.ini")
        while window.ctx is None:
            app.processEvents()
        page = window.assessment
        page.picker.select("MAU0005")
        app.processEvents()
        page.radar.canvas.draw()  # a first full draw caches the background the polygons blit onto
        codes = [r.competency_code for r in page.view.ratings if r.required_min is not None]
        for n in range(score_changes):
            start = time.perf_counter()
            page.set_score(codes[n % len(codes)], 1 + (n + n // len(codes)) % 5)  # always a change
            app.processEvents()
            out["score"].append((time.perf_counter() - start) * 1000)
        for _ in range(20):  # the chart's own full redraw with nothing changed
            start = time.perf_counter()
            page.radar.canvas.draw()
            out["redraw"].append((time.perf_counter() - start) * 1000)
        for n in range(switches):
            start = time.perf_counter()
            page.picker.select(EMPLOYEES[n % len(EMPLOYEES)])
            app.processEvents()
            out["switch"].append((time.perf_counter() - start) * 1000)
        window.ctx.db.dispose()
        window.close()
    return out


def heatmap_timings(url: str, people: int) -> tuple[float, float]:
    """Milliseconds to fill and paint the heatmap with `people` rows; and to repaint it unchanged."""
    from PySide6.QtWidgets import QTableView

    app = QApplication.instance() or QApplication([])
    from app.actor import local_user
    from app.bootstrap import open_database
    from app.services.reporting import person_gaps
    from app.ui.table_models import HeatmapModel

    db, _ = open_database(url)
    rows = person_gaps(db, local_user(), "Năm 2026")[:people]
    db.dispose()
    model = HeatmapModel()
    view = QTableView()
    view.setModel(model)
    view.resize(1400, 800)
    view.show()
    app.processEvents()
    fills = []
    for _ in range(5):
        start = time.perf_counter()
        model.set_people(rows)
        view.viewport().repaint()
        app.processEvents()
        fills.append((time.perf_counter() - start) * 1000)
    repaints = []
    for _ in range(5):
        start = time.perf_counter()
        view.viewport().repaint()
        repaints.append((time.perf_counter() - start) * 1000)
    view.close()
    return sorted(fills)[len(fills) // 2], sorted(repaints)[len(repaints) // 2]
