"""The measurements of the national benchmark, each in a fresh process (its peak memory is its own).

`python -m bench.national_measure URL NAME app|raw` prints one JSON line: seconds (median of the runs),
first (the first run), runs, peak_mb (resident memory above what the process held before the first run)
and what (rows, cells or people handled). run_all runs every operation both ways and prints the table.

Raw counterparts are what the same result costs without the program: one SQL aggregation for a summary,
a heatmap page, a progress board or a person's gap; one UPDATE and one audit INSERT for a saved score; the
same number of rows and columns written by XlsxWriter (constant memory) from one streamed SQL query for
an export; openpyxl reading the file plus the UPDATEs for an import.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PERIOD = "Năm 2026"
DEPARTMENT = "largest department of T01"  # resolved by _largest_department
PROVINCE = "T01"
# (name, label, scope, repeat) — repeat: runs when the first is quick
OPERATIONS = [
    ("summary_department", "tổng hợp một phòng", DEPARTMENT, 5),
    ("summary_province", "tổng hợp một tỉnh", PROVINCE, 3),
    ("summary_agency", "tổng hợp toàn cơ quan", None, 1),
    ("heatmap_province", "bản đồ nhiệt một tỉnh (trang đầu)", PROVINCE, 3),
    ("heatmap_agency", "bản đồ nhiệt toàn cơ quan (trang đầu)", None, 3),
    ("staff_first_page", "danh sách công chức toàn cơ quan, trang đầu", None, 3),
    ("export_province", "export gaps một tỉnh", PROVINCE, 1),
    ("export_agency", "export gaps toàn cơ quan", None, 1),
    ("person_gap", "khoảng trống của một người", None, 5),
    ("score_saved", "lưu một điểm", None, 5),
    ("progress_department", "bảng tiến độ một phòng", DEPARTMENT, 5),
    ("progress_province", "bảng tiến độ một tỉnh", PROVINCE, 3),
    ("import_5", "nhập tệp điểm 5 dòng", None, 3),
]
DEPARTMENT_ONLY = {"summary_department", "progress_department", "person_gap", "score_saved", "import_5"}
TIMEOUT = int(os.environ.get("BENCH_NATIONAL_TIMEOUT", "1200"))  # seconds an operation may take before it is stopped
HEATMAP_PEOPLE = 200  # the first screenful or two of a heatmap
PAGE = 100  # a staff list page


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# ------------------------------------------------------------------ helpers shared by both ways


def _ctx(url: str):
    from app.actor import local_user
    from app.database import Database

    return Database(url), local_user()


def _scope_sql(db, unit: str | None) -> tuple[str, dict]:
    """WHERE of the scope's own-position assessor forms of the period (a, e joined), with its parameters."""
    from sqlalchemy import text

    with db.engine.connect() as conn:
        period_id = conn.execute(text("SELECT id FROM assessment_periods WHERE name = :n"), {"n": PERIOD}).scalar()
        if unit is None:
            return "a.period_id = :period AND a.kind = 'assessor'", {"period": period_id}
        ids = [r[0] for r in conn.execute(text(
            "WITH RECURSIVE t(id) AS (SELECT id FROM units WHERE code = :c UNION ALL "
            "SELECT u.id FROM units u JOIN t ON u.parent_id = t.id) SELECT id FROM t"), {"c": unit})]
    return (f"a.period_id = :period AND a.kind = 'assessor' AND e.unit_id IN ({', '.join(map(str, ids))})",
            {"period": period_id})


def _largest_department(url: str) -> str:
    """The department of the first province with the most people (the pessimistic choice)."""
    from sqlalchemy import text

    from app.database import Database

    db = Database(url)
    with db.engine.connect() as conn:
        code = conn.execute(text(
            "SELECT u.code FROM units u JOIN units p ON p.id = u.parent_id JOIN employees e ON e.unit_id = u.id "
            f"WHERE p.code = '{PROVINCE}' GROUP BY u.code ORDER BY count(*) DESC, u.code LIMIT 1")).scalar()
    db.dispose()
    return code


def _draft_people(db, n: int, skip: int = 0) -> list[str]:
    from sqlalchemy import text

    with db.engine.connect() as conn:
        return [r[0] for r in conn.execute(text(
            "SELECT e.code FROM employees e JOIN assessments a ON a.employee_id = e.id "
            "JOIN assessment_periods p ON p.id = a.period_id "
            "WHERE p.name = :p AND a.status = 'draft' AND a.kind = 'assessor' ORDER BY e.id LIMIT :n OFFSET :o"),
            {"p": PERIOD, "n": n, "o": skip})]


RAW_SUMMARY = """
SELECT r.competency_code, count(*), count(r.score), avg(r.score),
       sum(CASE WHEN r.score < r.required_min THEN 1 ELSE 0 END),
       sum(CASE WHEN r.score < r.required_min THEN r.required_min - r.score ELSE 0 END)
FROM ratings r JOIN assessments a ON a.id = r.assessment_id JOIN employees e ON e.id = a.employee_id
JOIN positions p ON p.id = e.position_id
WHERE {where} AND a.frozen_position_key = p.key
GROUP BY r.competency_code
"""
RAW_PEOPLE = """
SELECT e.id, e.code, e.full_name, e.unit_id, a.frozen_position_key, a.status,
       count(r.score) AS rated,
       sum(CASE WHEN r.score < r.required_min THEN r.required_min - r.score ELSE 0 END) AS short
FROM assessments a JOIN employees e ON e.id = a.employee_id JOIN positions p ON p.id = e.position_id
JOIN ratings r ON r.assessment_id = a.id
WHERE {where} AND a.frozen_position_key = p.key
GROUP BY e.id, e.code, e.full_name, e.unit_id, a.frozen_position_key, a.status
"""
RAW_DETAIL = """
SELECT e.code, e.full_name, u.name, a.frozen_position_key, r.competency_code, r.competency_name, r.group_name,
       r.required_min, r.required_max, r.score
FROM ratings r JOIN assessments a ON a.id = r.assessment_id JOIN employees e ON e.id = a.employee_id
JOIN units u ON u.id = e.unit_id JOIN positions p ON p.id = e.position_id
WHERE {where} AND a.frozen_position_key = p.key
ORDER BY u.id, e.full_name, e.code, r.sort_order
"""


def _raw_rows(db, sql: str, unit: str | None) -> int:
    from sqlalchemy import text

    where, params = _scope_sql(db, unit)
    with db.engine.connect() as conn:
        return len(conn.execute(text(sql.format(where=where)), params).all())


# ------------------------------------------------------------------ the program's way


def app_operation(name: str, url: str, unit: str | None, state: dict):
    """A function running the operation the program's way (set-up done beforehand), and what it handles."""
    db, actor = _ctx(url)
    from app.services import reporting

    if name.startswith("summary_"):
        def run():
            scope = reporting.report_scope(db, actor, PERIOD, unit)
            return reporting.unit_summary(db, scope).people
        return run
    if name.startswith("heatmap_"):
        def run():
            scope = reporting.report_scope(db, actor, PERIOD, unit)
            heat = reporting.heatmap(db, scope)
            shown = 0
            for index in range(len(heat.sets)):
                blocks, take, count = heat.blocks(index), [], 0
                for b in blocks:
                    take.append(b)
                    count += getattr(b, "people", 0) or getattr(b, "count", 0) or 1
                    if count >= HEATMAP_PEOPLE:
                        break
                shown += len(heat.people(index, take))
                if shown >= HEATMAP_PEOPLE:
                    break
            return shown
        return run
    if name == "staff_first_page":
        from app.services import staff

        page = next((getattr(staff, n) for n in ("employee_page", "list_employee_page", "page_employees")
                     if hasattr(staff, n)), None)
        if page is not None:
            state["note"] = f"staff.{page.__name__}"
            return lambda: len(page(db, actor, offset=0, limit=PAGE))
        state["note"] = "staff.list_employees (no paged list yet: the whole agency)"
        return lambda: len(staff.list_employees(db, actor)[:PAGE])
    if name.startswith("export_"):
        from app.excel.gap_summary import export_gap_summary
        from app.services import staff

        units = staff.list_units(db, actor)
        agency = staff.agency_of(units, unit)
        unit_name = next(u.name for u in units if u.code == unit) if unit else agency
        target = Path(state["folder"]) / f"{name}.xlsx"

        cells = _count_cells()

        def run():
            cells.clear()
            scope = reporting.report_scope(db, actor, PERIOD, unit)
            summary = export_gap_summary(db, scope, target, agency, unit_name)
            known = json.loads(_CELLS.read_text()) if _CELLS.exists() else {}
            _CELLS.write_text(json.dumps({**known, name: cells}))  # what the raw writer must write as well
            state["note"] = ", ".join(f"{sheet}: {n[0]:,} dòng, {n[1]:,} ô" for sheet, n in cells.items())
            return summary.people
        return run
    if name == "person_gap":
        from app.services.person_forms import choose_form

        code = _draft_people(db, 1, 50)[0]
        return lambda: len(choose_form(db, actor, code, None, PERIOD, None).view.report().items)
    if name == "score_saved":
        from app.services.assessments import KEEP, rate

        code = _draft_people(db, 1, 60)[0]
        scores = iter(range(10**6))
        return lambda: rate(db, actor, code, None, PERIOD, "assessor", {"NLC1": (1 + next(scores) % 5, KEEP)}) and 1
    if name.startswith("progress_"):
        return lambda: len(reporting.progress_board(db, actor, PERIOD, unit))
    if name == "import_5":
        from app.excel.scores_io import plan_scores_import
        from app.services.assessments import import_scores, scores_import_context

        from app.services import assessments

        path = _scores_file(db, state)
        scores = iter(range(10**6))
        real_backup, spent = assessments.automatic_backup, []

        def timed_backup(*args):  # the copy taken before an import (SQLite): its time told apart
            start = time.perf_counter()
            try:
                return real_backup(*args)
            finally:
                spent.append(time.perf_counter() - start)
                state["note"] = f"trong đó sao lưu trước khi nhập {spent[-1]:.2f} s"

        assessments.automatic_backup = timed_backup

        def run():
            _fill_scores(path, state["people"], 1 + next(scores) % 5)
            plan = plan_scores_import(path, scores_import_context(db, actor))
            if plan.problems:
                raise RuntimeError(plan.problems[0])
            return import_scores(db, actor, plan.changes)
        return run
    raise KeyError(name)


_CELLS = Path(tempfile.gettempdir()) / "bench-national-cells.json"


def _count_cells() -> dict:
    """Count the rows and cells XlsxWriter writes, per sheet: at each row's flush in constant-memory mode (one
    counted call a row, not a cell, so the count hardly weighs on the time measured)."""
    from xlsxwriter.worksheet import Worksheet

    cells: dict[str, list[int]] = {}
    real = Worksheet._write_single_row

    def counted(self, current_row_num=0):
        written = self.table.get(self.previous_row)
        if written:
            seen = cells.setdefault(self.name, [0, 0])
            seen[0] += 1
            seen[1] += len(written)
        return real(self, current_row_num)

    Worksheet._write_single_row = counted
    return cells


def _scores_file(db, state) -> Path:
    state["people"] = _draft_people(db, 5, 100)
    return Path(state["folder"]) / "diem-5-dong.xlsx"


def _fill_scores(path: Path, people: list[str], score: int) -> None:
    import openpyxl

    from app.excel.scores_io import COLUMNS, SHEET

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = SHEET
    ws.append([t for _k, t, _w in COLUMNS])
    for code in people:
        ws.append([code, "", PERIOD, "Người đánh giá", "NLC2", score, ""])
    wb.save(path)


# ------------------------------------------------------------------ the raw way


def raw_operation(name: str, url: str, unit: str | None, state: dict):
    from sqlalchemy import text

    db, _actor = _ctx(url)
    if name.startswith("summary_"):
        where, params = _scope_sql(db, unit)

        def run():  # per competency, and the people counted with their shortfall (as verdicts need)
            with db.engine.connect() as conn:
                conn.execute(text(RAW_SUMMARY.format(where=where)), params).all()
                return conn.execute(text(
                    f"SELECT count(*), sum(CASE WHEN x.short > 0 THEN 1 ELSE 0 END) FROM ("
                    f"{RAW_PEOPLE.format(where=where)}) x"), params).first()[0]
        return run
    if name.startswith("heatmap_"):
        where, params = _scope_sql(db, unit)

        def run():
            with db.engine.connect() as conn:
                units = [r[0] for r in conn.execute(text(
                    f"SELECT e.unit_id, count(*) FROM assessments a JOIN employees e ON e.id = a.employee_id "
                    f"WHERE {where} GROUP BY e.unit_id ORDER BY e.unit_id"), params)]
                people = conn.execute(text(RAW_DETAIL.format(where=where) .replace(
                    "ORDER BY", f"AND e.unit_id IN ({', '.join(map(str, units[:3] or [0]))}) ORDER BY")
                    + f" LIMIT {HEATMAP_PEOPLE * 17}"), params).all()
            return len(people) // 17
        return run
    if name == "staff_first_page":
        def run():
            with db.engine.connect() as conn:
                return len(conn.execute(text(
                    "SELECT e.code, e.full_name, u.name, p.key, e.grade_code FROM employees e "
                    "JOIN units u ON u.id = e.unit_id LEFT JOIN positions p ON p.id = e.position_id "
                    f"WHERE e.active ORDER BY e.full_name, e.code LIMIT {PAGE}")).all())
        return run
    if name.startswith("export_"):
        return lambda: _raw_export(db, unit, Path(state["folder"]) / f"{name}-raw.xlsx", name)
    if name == "person_gap":
        code = _draft_people(db, 1, 50)[0]

        def run():
            with db.engine.connect() as conn:
                return len(conn.execute(text(
                    "SELECT r.* FROM ratings r JOIN assessments a ON a.id = r.assessment_id "
                    "JOIN employees e ON e.id = a.employee_id JOIN assessment_periods p ON p.id = a.period_id "
                    "WHERE e.code = :c AND p.name = :p AND a.kind = 'assessor' ORDER BY r.sort_order"),
                    {"c": code, "p": PERIOD}).all())
        return run
    if name == "score_saved":
        code = _draft_people(db, 1, 60)[0]
        scores = iter(range(10**6))

        def run():
            with db.engine.begin() as conn:
                rid = conn.execute(text(
                    "SELECT r.id FROM ratings r JOIN assessments a ON a.id = r.assessment_id "
                    "JOIN employees e ON e.id = a.employee_id JOIN assessment_periods p ON p.id = a.period_id "
                    "WHERE e.code = :c AND p.name = :p AND a.kind = 'assessor' AND r.competency_code = 'NLC1'"),
                    {"c": code, "p": PERIOD}).scalar()
                conn.execute(text("UPDATE ratings SET score = :s, version = version + 1 WHERE id = :i"),
                             {"s": 1 + next(scores) % 5, "i": rid})
                conn.execute(text("INSERT INTO audit_log (at, actor, actor_name, action, entity, entity_key, item, "
                                  "field, reason) VALUES (CURRENT_TIMESTAMP, 'bench', '', 'change', 'assessment', "
                                  ":k, 'NLC1', 'score', '')"), {"k": str(rid)})
            return 1
        return run
    if name.startswith("progress_"):
        where, params = _scope_sql(db, unit)

        def run():
            with db.engine.connect() as conn:
                return len(conn.execute(text(
                    "SELECT e.code, e.full_name, e.unit_id, a.kind, a.status FROM employees e "
                    "LEFT JOIN assessments a ON a.employee_id = e.id AND a.period_id = :period "
                    f"WHERE {where.replace('a.period_id = :period AND a.kind = ' + chr(39) + 'assessor' + chr(39), '1 = 1')}"
                    " ORDER BY e.full_name"), params).all())
        return run
    if name == "import_5":
        path = _scores_file(db, state)
        scores = iter(range(10**6))

        def run():
            import openpyxl

            _fill_scores(path, state["people"], 1 + next(scores) % 5)
            rows = list(openpyxl.load_workbook(path, read_only=True).active.iter_rows(min_row=2, values_only=True))
            with db.engine.begin() as conn:
                for code, _pos, _period, _kind, comp, score, _note in rows:
                    conn.execute(text(
                        "UPDATE ratings SET score = :s, version = version + 1 WHERE competency_code = :c AND "
                        "assessment_id = (SELECT a.id FROM assessments a JOIN employees e ON e.id = a.employee_id "
                        "JOIN assessment_periods p ON p.id = a.period_id WHERE e.code = :e AND p.name = :p "
                        "AND a.kind = 'assessor')"), {"s": score, "c": comp, "e": code, "p": PERIOD})
            return len(rows)
        return run
    raise KeyError(name)


def _raw_export(db, unit: str | None, target: Path, name: str) -> int:
    """XlsxWriter (constant memory) writing as many rows and cells as the program's export wrote (counted by
    _count_cells in its own run): a summary row a person and a detail row a rating from two streamed SQL
    queries, each row widened to the program's cells a row; the other sheets' cells from the per-competency
    aggregation; sheets split at Excel's row limit as the program does."""
    import xlsxwriter
    from sqlalchemy import text

    known = json.loads(_CELLS.read_text()) if _CELLS.exists() else {}
    # the program's own counts; when its run did not finish, the layout of another export (same columns)
    counts = known.get(name) or next(iter(known.values()), {})
    detail_rows = sum(v[0] for k, v in counts.items() if k.startswith("Chi tiết")) or 1
    detail_width = round(sum(v[1] for k, v in counts.items() if k.startswith("Chi tiết")) / detail_rows) or 10
    summary = next((v for k, v in counts.items() if k.startswith("Tổng hợp")), [1, 8, 0])
    summary_width = round(summary[1] / max(summary[0], 1)) or 8
    other = sum(v[1] for k, v in counts.items() if not k.startswith(("Chi tiết", "Tổng hợp")))

    def widen(row, width):
        values = list(row)
        return [values[n % len(values)] for n in range(width)]

    where, params = _scope_sql(db, unit)
    wb = xlsxwriter.Workbook(str(target), {"constant_memory": True})
    sheet = wb.add_worksheet("Tổng hợp")
    people = 0
    with db.engine.connect().execution_options(stream_results=True, yield_per=5000) as conn:
        for n, row in enumerate(conn.execute(text(RAW_PEOPLE.format(where=where) + " ORDER BY e.unit_id, e.full_name"),
                                             params), start=1):
            sheet.write_row(n, 0, widen(row[1:], summary_width))
            people += 1
    sheet, line, part = wb.add_worksheet("Chi tiết"), 0, 1
    with db.engine.connect().execution_options(stream_results=True, yield_per=5000) as conn:
        for row in conn.execute(text(RAW_DETAIL.format(where=where)), params):
            line += 1
            if line >= 1_048_576:
                part += 1
                sheet, line = wb.add_worksheet(f"Chi tiết ({part})"), 1
            sheet.write_row(line, 0, widen(row, detail_width))
    if other:
        sheet, written = wb.add_worksheet("Theo năng lực"), 0
        with db.engine.connect() as conn:
            rows = conn.execute(text(RAW_SUMMARY.format(where=where)), params).all()
        line = 0
        while written < other and rows:
            line += 1
            values = widen(rows[line % len(rows)], min(10, other - written))
            sheet.write_row(line, 0, values)
            written += len(values)
    wb.close()
    return people


# ------------------------------------------------------------------ one measurement in this process


def measure(url: str, name: str, way: str) -> dict:
    op = next(o for o in OPERATIONS if o[0] == name)
    state = {"folder": tempfile.mkdtemp(prefix="bench-national-")}
    unit = _largest_department(url) if op[2] == DEPARTMENT else op[2]
    run = (app_operation if way == "app" else raw_operation)(name, url, unit, state)
    base = _rss_mb()
    times, what = [], None
    for n in range(op[3]):
        start = time.perf_counter()
        what = run()
        times.append(time.perf_counter() - start)
        if n == 0 and times[0] > 5:
            break
    return {"name": name, "way": way, "seconds": statistics.median(times), "first": times[0], "runs": len(times),
            "peak_mb": max(0.0, _peak_mb() - base), "what": what, "note": state.get("note", "")}


def run_all(engine: str, url: str, only: list[str] | None, department_only: bool = False, log=print) -> list[dict]:
    names = [o[0] for o in OPERATIONS if (not only or o[0] in only) and (not department_only or o[0] in DEPARTMENT_ONLY)]
    out = []
    log(f"\n{engine}: {'thao tác':44} {'chương trình':>14} {'thô':>10} {'tỉ lệ':>7} {'bộ nhớ':>9} {'thô':>8}")
    for name in names:
        row = {"engine": engine}
        for way in ("app", "raw"):
            try:
                done = subprocess.run([sys.executable, "-m", "bench.national_measure", url, name, way],
                                      capture_output=True, text=True, timeout=TIMEOUT)
            except subprocess.TimeoutExpired:
                row[way] = {"error": f"quá {TIMEOUT} s (dừng đo)"}
                continue
            if done.returncode != 0:
                row[way] = {"error": (done.stderr.strip().splitlines() or ["?"])[-1][:200]}
            else:
                row[way] = json.loads(done.stdout.strip().splitlines()[-1])
        out.append({"name": name, **row})
        label = next(o[1] for o in OPERATIONS if o[0] == name)
        app, raw = row["app"], row["raw"]
        if "error" in app or "error" in raw:
            log(f"{engine}: {label:44} lỗi: {app.get('error') or raw.get('error')}")
            continue
        ratio = app["seconds"] / raw["seconds"] if raw["seconds"] else float("inf")
        log(f"{engine}: {label:44} {app['seconds']:>12.3f} s {raw['seconds']:>8.3f} s {ratio:>6.2f}× "
            f"{app['peak_mb']:>6.0f} MB {raw['peak_mb']:>5.0f} MB  ({app['what']}{'; ' + app['note'] if app['note'] else ''})")
    return out


if __name__ == "__main__":
    print(json.dumps(measure(sys.argv[1], sys.argv[2], sys.argv[3]), ensure_ascii=False))
