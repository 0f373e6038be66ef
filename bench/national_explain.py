"""The plans behind docs/database-indexes.md, on the national dataset: `python -m bench.national_explain URL`.

1. Each index of migration 0009 that large tables need: the query it serves, EXPLAIN ANALYZE with the index
   and without it (dropped inside a transaction that is rolled back: nothing changes).
2. The program's own statements for a department's, a province's and the agency's summary, progress board
   and a 5-row import (captured while they run), with EXPLAIN ANALYZE's plan heads and times.
On SQLite: EXPLAIN QUERY PLAN and times, with and without the planner's statistics (sqlite_stat1).
"""

from __future__ import annotations

import re
import sys
import time

from sqlalchemy import event, text

from bench.national_measure import PERIOD, PROVINCE, _draft_people, _largest_department

# (index, table, the query it serves, what it is for)
CASES = [
    ("ix_ratings_competency_id", "ratings",
     "DELETE FROM competencies WHERE id = (SELECT max(id) FROM competencies)",
     "a competency removed by a framework change: ON DELETE RESTRICT looks for its ratings"),
    ("ix_assessments_position_id", "assessments",
     "DELETE FROM positions WHERE id = (SELECT max(id) FROM positions)",
     "a position removed by a framework change: its forms (RESTRICT) and its people (SET NULL)"),
    ("ix_audit_log_at", "audit_log",
     "SELECT id, at, actor, entity, entity_key, field FROM audit_log WHERE at >= '2026-10-15' ORDER BY at",
     "audit --since: the trail of the last days"),
    ("ix_employees_code_lower", "employees",
     "SELECT id, code FROM employees WHERE lower(code) IN ('nv000001', 'nv123456', 'nv249999', 'nv077777', 'nv000500')",
     "an import looks up the codes its file names, case ignored"),
    ("ix_employees_position_id", "employees",
     "SELECT count(*) FROM employees WHERE position_id = (SELECT max(id) FROM positions)",
     "who holds a position (a position removed: SET NULL of its people)"),
]


def _pg_plan(conn, sql: str, params=None) -> tuple[float, list[str]]:
    rows = [r[0] for r in conn.execute(text("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) " + sql), params or {})]
    total = sum(float(m.group(1)) for r in rows for m in [re.search(r"Execution Time: ([\d.]+) ms", r)] if m)
    triggers = [r for r in rows if r.startswith("Trigger")]
    head = [r for r in rows if not r.startswith(("Planning", "Execution"))][:8]
    return total, head + [t for t in triggers if t not in head]


def indexes_pg(db, log=print) -> None:
    for index, table, sql, why in CASES:
        log(f"\n### {index} — {why}\n    {sql}")
        for label, drop in (("với chỉ mục", False), ("không có chỉ mục", True)):
            with db.engine.connect() as conn:
                trans = conn.begin()
                try:
                    if drop:
                        conn.execute(text(f"DROP INDEX {index}"))
                    conn.execute(text("SET LOCAL session_replication_role = origin"))
                    try:
                        with conn.begin_nested():
                            total, head = _pg_plan(conn, sql)
                    except Exception as exc:  # e.g. the competency still rated: RESTRICT refuses, time is shown
                        total, head = 0.0, [str(exc).splitlines()[0][:160]]
                finally:
                    trans.rollback()
            log(f"  {label}: {total:.1f} ms")
            for line in head:
                log(f"      {line}")


def statements(db, actor, run) -> list[tuple[str, dict]]:
    captured = []

    def keep(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith(("SELECT", "WITH", "SET LOCAL")) and not executemany:
            captured.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", keep)
    try:
        run()
    finally:
        event.remove(db.engine, "before_cursor_execute", keep)
    return captured


def app_statements_pg(db, log=print) -> None:
    from app.actor import local_user
    from app.services import reporting

    actor = local_user()
    department = _largest_department(str(db.engine.url.render_as_string(hide_password=False)))
    jobs = [
        (f"tổng hợp phòng {department}", lambda: reporting.unit_summary(db, reporting.report_scope(db, actor, PERIOD, department))),
        (f"tổng hợp tỉnh {PROVINCE}", lambda: reporting.unit_summary(db, reporting.report_scope(db, actor, PERIOD, PROVINCE))),
        ("tổng hợp toàn cơ quan", lambda: reporting.unit_summary(db, reporting.report_scope(db, actor, PERIOD, None))),
        (f"tiến độ phòng {department}", lambda: reporting.progress_board(db, actor, PERIOD, department)),
        (f"tiến độ tỉnh {PROVINCE}", lambda: reporting.progress_board(db, actor, PERIOD, PROVINCE)),
    ]
    from app.services.score_import import Known

    people = _draft_people(db, 5, 100)
    jobs.append(("nhập 5 dòng: đọc người và phiếu", lambda: Known(db)(people)))
    raw = db.engine.raw_connection()
    try:
        for label, job in jobs:
            log(f"\n### {label}")
            settings = []  # the report's SET LOCAL (app.services.report_sql.tune), replayed before each plan
            for statement, params in statements(db, actor, job):
                cursor = raw.cursor()
                if statement.lstrip().upper().startswith("SET LOCAL"):
                    if statement not in settings:
                        settings.append(statement)
                        log(f"  {statement}")
                    continue
                for setting in settings:
                    cursor.execute(setting)
                start = time.perf_counter()
                cursor.execute("EXPLAIN (ANALYZE, COSTS OFF) " + statement, params)
                plan = [r[0] for r in cursor.fetchall()]
                raw.rollback()
                took = time.perf_counter() - start
                first = " ".join(statement.split())[:150]
                log(f"  {took * 1000:8.1f} ms  {first}…")
                for line in plan[:6]:
                    log(f"        {line}")
    finally:
        raw.close()


def sqlite_plans(db, log=print) -> None:
    """EXPLAIN QUERY PLAN and time of the department's statements, without then with sqlite_stat1."""
    from app.actor import local_user
    from app.services import reporting

    actor = local_user()
    department = _largest_department(str(db.engine.url))
    captured = statements(db, actor, lambda: (
        reporting.unit_summary(db, reporting.report_scope(db, actor, PERIOD, department)),
        reporting.progress_board(db, actor, PERIOD, department)))
    raw = db.engine.raw_connection()
    try:
        saved = raw.execute("SELECT tbl, idx, stat FROM sqlite_stat1").fetchall()
        for label, stats in (("không có thống kê", []), ("có thống kê (ANALYZE)", saved)):
            raw.execute("DELETE FROM sqlite_stat1")
            raw.executemany("INSERT INTO sqlite_stat1 VALUES (?, ?, ?)", stats)
            raw.commit()
            raw.execute("ANALYZE sqlite_schema")  # the planner reloads the statistics
            log(f"\n### SQLite, phòng {department}: {label}")
            for statement, params in captured:
                start = time.perf_counter()
                raw.execute(statement, params).fetchall()
                took = time.perf_counter() - start
                plan = [r[-1] for r in raw.execute("EXPLAIN QUERY PLAN " + statement, params)]
                log(f"  {took * 1000:8.1f} ms  {' '.join(statement.split())[:110]}…")
                for line in plan[:6]:
                    log(f"        {line}")
    finally:
        raw.close()


def main(url: str) -> None:
    from app.database import Database

    db = Database(url)
    if db.engine.dialect.name == "postgresql":
        indexes_pg(db)
        app_statements_pg(db)
    else:
        sqlite_plans(db)
    db.dispose()


if __name__ == "__main__":
    main(sys.argv[1])
