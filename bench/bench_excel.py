"""HR workbench at agency scale: 10,000 staff × 17 competencies.

- export of the gap summary vs the fastest raw writer (XlsxWriter, constant memory, no formatting)
  writing the same cells; peak memory of the export process;
- import of a 10,000-row staff file (validate and write) vs a raw python-calamine read of it;
- the Báo cáo heatmap of 500 employees filled and painted.
Each measurement runs in its own process, so peak memory is that of the work alone.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.runner import Result

ROOT = Path(__file__).resolve().parents[1]
STAFF = 10_000

EXPORT = """
import json, resource, sys, time
from app.bootstrap import open_database
from app.actor import local_user
db, _ = open_database(sys.argv[1])
start = time.perf_counter()
if sys.argv[3] == "app":
    from app.services.reporting import person_gaps
    from app.excel.gap_summary import write_gap_summary
    rows = person_gaps(db, local_user(), "Năm 2026")
    write_gap_summary(rows, sys.argv[2], "UBND", "UBND", "Năm 2026")
else:
    # the floor: the same cells, read with one query and written raw, no formatting, no gap rules
    import xlsxwriter
    from sqlalchemy import text
    with db.engine.connect() as conn:
        cells = conn.execute(text(
            "SELECT e.full_name, a.frozen_unit_name, a.frozen_position_name, r.competency_code, r.competency_name, "
            "r.required_min, r.required_max, r.score FROM ratings r JOIN assessments a ON a.id = r.assessment_id "
            "JOIN employees e ON e.id = a.employee_id ORDER BY a.id, r.sort_order")).all()
    wb = xlsxwriter.Workbook(sys.argv[2], {"constant_memory": True})
    ws = wb.add_worksheet("Chi tiết")
    for n, row in enumerate(cells):
        ws.write_row(n, 0, [n + 1, *row[:5], row[5] or "", row[6] or "", "", row[7] or "", "", ""])
    summary = wb.add_worksheet("Tổng hợp")
    for n in range(len(cells) // 17):
        summary.write_row(n, 0, [n + 1, cells[n * 17][0], cells[n * 17][1], "CV", cells[n * 17][2], "", 0.5, 1, ""])
    wb.close()
elapsed = time.perf_counter() - start
print(json.dumps({"seconds": elapsed, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

IMPORT = """
import json, sys, time
if sys.argv[3] == "app":
    from app.bootstrap import open_database
    from app.actor import local_user
    from app.excel.staff_io import plan_staff_import
    from app.services import catalog, staff
    db, _ = open_database(sys.argv[1])
    actor = local_user()
    start = time.perf_counter()
    plan = plan_staff_import(sys.argv[2], staff.list_employees(db, actor, include_inactive=True),
                             staff.list_units(db, actor), catalog.list_positions(db, actor))
    assert plan.ok, plan.problems[:3]
    staff.import_employees(db, actor, plan.rows)
else:
    from python_calamine import CalamineWorkbook
    start = time.perf_counter()
    rows = CalamineWorkbook.from_path(sys.argv[2]).get_sheet_by_name("Danh sách công chức").to_python()
    assert len(rows) > 1
print(json.dumps({"seconds": time.perf_counter() - start}))
"""


def _run(code: str, *args: str) -> dict:
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT,
                         env=dict(os.environ, PYTHONPATH=str(ROOT)))
    if out.returncode:
        raise RuntimeError(out.stderr[-2000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def _staff_file(path: Path) -> None:
    import xlsxwriter

    from app.excel.staff_io import COLUMNS

    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    ws = wb.add_worksheet("Danh sách công chức")
    ws.write_row(0, 0, [title for _k, title, _w in COLUMNS])
    units = ["MAU-CNTT", "MAU-BCVT", "MAU-ATTT", "MAU-TTBCXB"]
    for n in range(STAFF):
        ws.write_row(n + 1, 0, [f"N{n:06d}", f"Trần Thị Thử {n}", f"{1 + n % 28:02d}/{1 + n % 12:02d}/1990", "Nữ",
                                units[n % 4], "btttt-09-2023:42", "CV", "01/03/2015", "Cử nhân", ""])
    wb.close()


def run() -> list[Result]:
    from bench.large_org import build

    results = []
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        url = f"sqlite:///{folder}/large.sqlite3"
        build(url, STAFF).dispose()
        app = _run(EXPORT, url, str(folder / "app.xlsx"), "app")
        raw = _run(EXPORT, url, str(folder / "raw.xlsx"), "raw")
        results.append(Result("export_10000x17", app["seconds"] * 1000, raw["seconds"] * 1000, goal=1.5))
        results.append(Result("export_10000x17_peak_memory", app["peak_mb"], raw["peak_mb"], goal=300, unit="MB",
                              absolute=True))

        staff_file = folder / "staff.xlsx"
        _staff_file(staff_file)
        fresh = f"sqlite:///{folder}/import.sqlite3"
        from app.actor import local_user
        from app.bootstrap import open_database
        from app.demo import load_demo

        db, _ = open_database(fresh)
        load_demo(db, local_user())
        db.dispose()
        imported = _run(IMPORT, fresh, str(staff_file), "app")
        read = _run(IMPORT, fresh, str(staff_file), "raw")
        results.append(Result("import_10000_staff", imported["seconds"] * 1000, read["seconds"] * 1000, goal=3))

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from app.ui.measure import heatmap_timings

        value, floor = heatmap_timings(url, 500)
        results.append(Result("heatmap_500", value, floor, goal=300, absolute=True))
    return results
