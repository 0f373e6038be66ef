"""Scores from paper forms at agency scale: 100,000 rows imported vs merely reading the file.

The file holds 50,000 rows for existing assessor forms (scores changed) and 50,000 for self
assessments not yet created (forms made on import), a note on every third row. The value is the
whole import as a user runs it (checking context, validation of every row, writing in one
transaction); the floor is open_workbook on the same file (package checks, the streaming XML pass
and reading every cell), measured in the same run. Each measurement runs in its own process.
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
ROWS = 100_000
EMPLOYEES = 6_000  # 17 competencies each: 102,000 ratings

MEASURE = """
import json, sys, time
if sys.argv[3] == "app":
    from app.actor import local_user
    from app.bootstrap import open_database
    from app.excel.scores_io import plan_scores_import
    from app.services.assessments import import_scores, scores_import_context
    db, _ = open_database(sys.argv[1])
    actor = local_user()
    start = time.perf_counter()
    plan = plan_scores_import(sys.argv[2], scores_import_context(db, actor))
    assert plan.ok and plan.rows == int(sys.argv[4]), plan.problems[:3]
    planned = time.perf_counter()
    import_scores(db, actor, plan.changes)
    done = time.perf_counter()
    print(json.dumps({"seconds": done - start, "plan": planned - start, "write": done - planned}))
else:
    from app.excel.reading import open_workbook
    start = time.perf_counter()
    sheets = open_workbook(sys.argv[2], ["Điểm"])
    assert len(sheets["Điểm"].rows) > 1
    print(json.dumps({"seconds": time.perf_counter() - start}))
"""


def _run(*args: str) -> dict:
    out = subprocess.run([sys.executable, "-c", MEASURE, *args], capture_output=True, text=True, cwd=ROOT,
                         env=dict(os.environ, PYTHONPATH=str(ROOT)))
    if out.returncode:
        raise RuntimeError(out.stderr[-2000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def scores_file(db, path: Path, rows: int = ROWS) -> int:
    """Half the rows for existing assessor forms, half for self assessments to be created."""
    import xlsxwriter
    from sqlalchemy import text

    from app.excel.scores_io import COLUMNS

    with db.engine.connect() as conn:
        cells = conn.execute(text(
            "SELECT e.code, a.frozen_position_key, r.competency_code, r.score FROM ratings r "
            "JOIN assessments a ON a.id = r.assessment_id JOIN employees e ON e.id = a.employee_id "
            "WHERE e.code LIKE 'B%' AND a.kind = 'assessor' ORDER BY a.id, r.sort_order")).all()
    half = rows // 2
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    ws = wb.add_worksheet("Điểm")
    ws.write_row(0, 0, [title for _k, title, _w in COLUMNS])
    n = 0
    for kind, part in (("Người đánh giá", cells[:half]), ("Tự đánh giá", cells[-(rows - half):])):
        for code, key, competency, score in part:
            new = 1 + (score or 0) % 5  # always a different score
            ws.write_row(n + 1, 0, [code, key, "Năm 2026", kind, competency, new,
                                    f"Phiếu giấy {n}" if n % 3 == 0 else None])
            n += 1
    wb.close()
    return n


def run() -> list[Result]:
    from bench.large_org import build

    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        url = f"sqlite:///{folder}/scores.sqlite3"
        db = build(url, EMPLOYEES)
        path = folder / "diem.xlsx"
        rows = scores_file(db, path)
        db.dispose()
        read = _run(url, str(path), "raw")
        imported = _run(url, str(path), "app", str(rows))
    print(f"  scores import of {rows:,} rows: validation {imported['plan']:.2f}s, writing {imported['write']:.2f}s, "
          f"open_workbook {read['seconds']:.2f}s", flush=True)
    return [Result(f"import_{rows}_scores", imported["seconds"] * 1000, read["seconds"] * 1000, goal=3)]
