"""The assessment workspace: score change to saved and radar redrawn; switching employee (p95)."""

from __future__ import annotations

import os
import tempfile
import time

from bench.runner import Result, median_ms, percentile


def run() -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from app.actor import local_user
    from app.bootstrap import open_database
    from app.demo import load_demo
    from app.ui.launcher import create_window

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
        codes = [r.competency_code for r in page.view.ratings if r.required_min is not None]

        window.show()
        page.radar.canvas.draw()  # a first full draw caches the background the polygons blit onto
        score_times = []
        for n in range(60):
            code = codes[n % len(codes)]
            start = time.perf_counter()
            page.set_score(code, 1 + n % 5)  # saved in its own transaction, radar updated
            app.processEvents()
            score_times.append((time.perf_counter() - start) * 1000)
        # floor: the chart's own full redraw with nothing changed
        redraw_floor = median_ms(page.radar.canvas.draw, repeat=20)

        employees = ["MAU0001", "MAU0012", "MAU0020", "MAU0031", "MAU0040", "MAU0005"]
        switch_times = []
        for n in range(30):
            start = time.perf_counter()
            page.picker.select(employees[n % len(employees)])
            app.processEvents()
            switch_times.append((time.perf_counter() - start) * 1000)
        window.ctx.db.dispose()
        window.close()
    return [
        Result("score_saved_and_radar_p95", percentile(score_times, 95), redraw_floor, goal=25, absolute=True),
        Result("switch_employee_p95", percentile(switch_times, 95), redraw_floor, goal=150, absolute=True),
    ]
