"""The assessment workspace: score change to saved and radar updated; switching employee (p95).

The floor is the radar's own full redraw measured in the same run: what every change would cost
without blitting over a cached background.
"""

from __future__ import annotations

import os
import statistics

from bench.runner import Result, percentile


def run() -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.ui.measure import workspace_timings

    t = workspace_timings()
    floor = statistics.median(t["redraw"])
    return [
        Result("score_saved_and_radar_p95", percentile(t["score"], 95), floor, goal=25, absolute=True),
        Result("switch_employee_p95", percentile(t["switch"], 95), floor, goal=150, absolute=True),
    ]
