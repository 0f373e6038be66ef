"""An agency-sized database: imports read only the people their file names, indexes, statistics.

The large database (250,000 people in 2,017 units, one form each; ratings for the first 3,000) is built
once per run with the national benchmark's generator (bench.national_data), in bulk. An import's time is
counted without the copy of the file taken before it (SQLite's automatic backup, which still runs: its
cost follows the file's size, not the import's).
"""

from __future__ import annotations

import shutil
import time

import pytest
from openpyxl import Workbook
from sqlalchemy import select, text

from app import migrate, planner_stats
from app.bootstrap import open_database
from app.models import Employee, Rating

PEOPLE = 250_000
RATED = 3_000


@pytest.fixture(scope="module")
def large_url(tmp_path_factory):
    from bench import national_data

    path = tmp_path_factory.mktemp("national") / "agency.sqlite3"
    db, _ = open_database(f"sqlite:///{path}")
    sizes = national_data.build(db, people=PEOPLE, periods=1, rated_people=RATED, log=lambda _m: None)
    db.dispose()
    assert sizes.employees == PEOPLE and sizes.assessments == PEOPLE and sizes.units == 2017
    return f"sqlite:///{path}"


@pytest.fixture
def large_db(large_url, tmp_path):
    """A copy of the large database for one test (imports change it)."""
    source = large_url.removeprefix("sqlite:///")
    target = tmp_path / "agency.sqlite3"
    shutil.copy(source, target)
    db, _ = open_database(f"sqlite:///{target}")
    yield db
    db.dispose()


@pytest.fixture
def backup_time(monkeypatch):
    """The seconds spent in the copy taken before an import (SQLite's automatic backup, proportional to the
    file's size: a policy of its own), measured around the real call, which still runs."""
    from app import backup

    spent = []
    real = backup.automatic_backup

    def timed(db, reason):
        start = time.perf_counter()
        try:
            return real(db, reason)
        finally:
            spent.append(time.perf_counter() - start)

    for module in ("app.services.staff", "app.services.assessments"):
        monkeypatch.setattr(f"{module}.automatic_backup", timed)
    return spent


def _draft_rated(db, n: int) -> list[str]:
    with db.engine.connect() as conn:
        return [r[0] for r in conn.execute(text(
            "SELECT e.code FROM employees e JOIN assessments a ON a.employee_id = e.id "
            "WHERE a.status = 'draft' AND e.id <= :rated ORDER BY e.id LIMIT :n"), {"rated": RATED, "n": n})]


def _scores_file(path, rows) -> str:
    from app.excel.scores_io import COLUMNS, SHEET

    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    ws.append([t for _k, t, _w in COLUMNS])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return str(path)


@pytest.mark.slow
def test_five_row_scores_import_on_250000_people_reads_only_them_in_under_2_seconds(large_db, actor, tmp_path,
                                                                                   backup_time):
    from app.excel.scores_io import plan_scores_import
    from app.services.assessments import import_scores, scores_import_context

    people = _draft_rated(large_db, 4)
    with large_db.engine.connect() as conn:  # one more: a form already approved, refused by the plan
        locked = conn.execute(text("SELECT e.code FROM employees e JOIN assessments a ON a.employee_id = e.id "
                                   "WHERE a.status = 'approved' AND e.id <= :r LIMIT 1"), {"r": RATED}).scalar()
    rows = [[code.lower() if n == 0 else code, "", "Năm 2026", "Người đánh giá", "NLC2", 1 + n, "nhập thử"]
            for n, code in enumerate(people)]
    path = _scores_file(tmp_path / "diem.xlsx", rows + [[locked, "", "Năm 2026", "Người đánh giá", "NLC2", 3, ""]])
    statements = []
    __import__("sqlalchemy").event.listen(large_db.engine, "before_cursor_execute",
                                          lambda *a: statements.append(a[2]))
    start = time.perf_counter()
    plan = plan_scores_import(path, scores_import_context(large_db, actor))
    problems = [p.message for p in plan.problems]
    assert len(problems) == 1 and locked in problems[0] and "không sửa được điểm" in problems[0]
    written = import_scores(large_db, actor, plan.changes)
    elapsed = time.perf_counter() - start - sum(backup_time)
    assert written == 4 and len(backup_time) == 1 and elapsed < 2.0, elapsed
    assert not [s for s in statements if "FROM employees" in s and "WHERE" not in s]  # never the whole agency
    with large_db.session() as s:
        got = dict(s.execute(select(Employee.code, Rating.score).join_from(Rating, Rating.assessment)
                             .join(Employee).where(Employee.code.in_(people), Rating.competency_code == "NLC2")).all())
    assert got == {code: 1 + n for n, code in enumerate(people)}  # 'nv…' in lower case is NV…


@pytest.mark.slow
def test_ten_row_staff_import_on_250000_people_in_under_2_seconds(large_db, actor, tmp_path, backup_time):
    from app.excel.staff_io import COLUMNS, SHEET, plan_staff_import
    from app.services import catalog, staff
    from app.services.grades import grade_catalogue

    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    ws.append([t for _k, t, _w in COLUMNS[:5]])
    existing = [f"NV{n:06d}" for n in (7, 70_000, 140_000, 210_000, 249_999)]
    for n, code in enumerate(existing):
        ws.append([code.lower() if n == 0 else code, f"Người Đổi Tên {n}", "01/01/1980", "Nam", "T05-P03"])
    for n in range(5):
        ws.append([f"MOI{n:03d}", f"Người Mới {n}", "02/02/1990", "Nữ", "T63-P31"])
    wb.save(tmp_path / "nhansu.xlsx")
    start = time.perf_counter()
    plan = plan_staff_import(tmp_path / "nhansu.xlsx",
                             lambda codes: staff.list_employees(large_db, actor, include_inactive=True, codes=codes),
                             staff.list_units(large_db, actor), catalog.list_positions(large_db, actor),
                             grade_catalogue(large_db, actor))
    assert plan.ok, plan.problems
    assert sorted(plan.updated) == existing and len(plan.new) == 5  # 'nv000007' updates NV000007
    assert staff.import_employees(large_db, actor, plan.rows) == 10
    elapsed = time.perf_counter() - start - sum(backup_time)
    assert len(backup_time) == 1 and elapsed < 2.0, elapsed
    with large_db.session() as s:
        names = dict(s.execute(select(Employee.code, Employee.full_name).where(
            Employee.code.in_(existing + ["MOI004"]))).all())
        assert s.scalar(select(__import__("sqlalchemy").func.count()).select_from(Employee)) == PEOPLE + 5
    assert names["NV000007"] == "Người Đổi Tên 0" and names["MOI004"] == "Người Mới 4"


def test_codes_are_looked_up_in_chunks_with_case_ignored(demo_db, actor):
    from app.services import staff
    from app.services.score_import import codes_in

    assert len(codes_in(Employee.code, [f"X{n}" for n in range(2000)])) == 3  # ≤ 900 values a statement
    assert codes_in(Employee.code, ["MAU0001", "Đ001"]) == [None]  # beyond ASCII: every row, filtered after
    found = staff.list_employees(demo_db, actor, include_inactive=True, codes=["mau0001", "MAU0002", "KHONG-CO"])
    assert sorted(e.code for e in found) == ["MAU0001", "MAU0002"]
    assert staff.list_employees(demo_db, actor, codes=[]) == []


def _indexes(conn) -> dict[str, str]:
    return dict(conn.exec_driver_sql("SELECT name, tbl_name FROM sqlite_master WHERE type = 'index'").all())


@pytest.mark.sqlite_only(reason="SQLite's catalogue and query plans; PostgreSQL's in test_postgresql_0009_…")
@pytest.mark.sqlite_only("SQLite's schema tables; PostgreSQL: test_postgresql_0009_…")
def test_0009_indexes_every_foreign_key_and_the_trail_by_date_and_goes_back(db):
    from app.models import Base

    with db.engine.connect() as conn:
        present = _indexes(conn)
        for table in Base.metadata.sorted_tables:  # every foreign key column leads an index
            leading = {ix.columns.keys()[0] for ix in table.indexes if ix.columns.keys()}
            leading |= {list(c.columns.keys())[0] for c in table.constraints
                        if c.__class__.__name__ in ("UniqueConstraint", "PrimaryKeyConstraint") and len(c.columns)}
            assert {fk.parent.name for fk in table.foreign_keys} <= leading, table.name
        assert {"ix_ratings_competency_id", "ix_audit_log_at", "ix_employees_code_lower"} <= set(present)
        plan = " ".join(r[-1] for r in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM ratings WHERE competency_id = 5").all())
        assert "ix_ratings_competency_id" in plan
        plan = " ".join(r[-1] for r in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM employees WHERE lower(code) IN ('a', 'b')").all())
        assert "ix_employees_code_lower" in plan
    migrate.downgrade(db.engine, "0008")
    with db.engine.connect() as conn:
        assert not {"ix_ratings_competency_id", "ix_audit_log_at", "ix_employees_code_lower"} & set(_indexes(conn))
    migrate.upgrade(db.engine)
    with db.engine.connect() as conn:
        assert {"ix_ratings_competency_id", "ix_audit_log_at"} <= set(_indexes(conn))


@pytest.mark.sqlite_only(reason="SQLite's statistics (sqlite_stat1)")
@pytest.mark.sqlite_only("SQLite's sqlite_stat1 (PostgreSQL's autovacuum analyses)")
def test_sqlite_statistics_after_a_migration_and_with_the_daily_check(demo_url):
    db, _ = open_database(demo_url)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("DELETE FROM sqlite_stat1")
        conn.commit()
    assert not planner_stats.has_statistics(db)
    migrate.downgrade(db.engine, "0008")
    db.dispose()
    db, result = open_database(demo_url)  # the upgrade to 0009: statistics gathered
    assert result.migrated and planner_stats.has_statistics(db)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("DELETE FROM sqlite_stat1")
        conn.commit()
    from app import backup

    for info in backup.list_backups(db):  # no copy from today: the next start takes the daily one
        info.path.unlink()
    db.dispose()
    db, result = open_database(demo_url)
    daily = [b.path for b in backup.list_backups(db) if b.reason == "daily"]
    assert daily and daily[0] in result.backups and planner_stats.has_statistics(db)
    db.dispose()


@pytest.mark.sqlite_only(reason="SQLite's statistics (sqlite_stat1)")
@pytest.mark.sqlite_only("SQLite's sqlite_stat1 (PostgreSQL's autovacuum analyses)")
def test_bulk_import_refreshes_statistics_when_a_table_grew_a_lot(db, actor, tmp_path):
    from app.services import staff
    from app.services.staff import EmployeeInput

    assert planner_stats.analyze(db)
    with db.engine.connect() as conn:
        before = conn.exec_driver_sql("SELECT stat FROM sqlite_stat1 WHERE idx = 'ix_employees_unit'").scalar()
    staff.add_unit(db, actor, "DV", "Đơn vị thử")
    staff.import_employees(db, actor, [EmployeeInput(code=f"T{n:04d}", name=f"Người {n}", unit="DV")
                                       for n in range(300)])
    with db.engine.connect() as conn:
        after = conn.exec_driver_sql("SELECT stat FROM sqlite_stat1 WHERE idx = 'ix_employees_unit'").scalar()
    assert before != after and after.split()[0] == "300"


def test_postgresql_0009_refuses_truncate_and_goes_both_ways(pg_database):
    from app.errors import StorageError

    PG_URL = pg_database()  # an empty database on the run's PostgreSQL cluster
    db, _ = open_database(PG_URL)

    def indexes():
        with db.engine.connect() as conn:
            return {r[0] for r in conn.execute(text("SELECT indexname FROM pg_indexes WHERE schemaname = 'public'"))}

    def truncate():
        try:
            with db.session() as s:
                s.execute(text("TRUNCATE audit_log"))
        except StorageError as exc:
            return str(exc)
        return "truncated"

    assert {"ix_ratings_competency_id", "ix_audit_log_at", "ix_employees_code_lower"} <= indexes()
    assert "append-only" in truncate()
    migrate.downgrade(db.engine, "0008")
    assert not {"ix_ratings_competency_id", "ix_employees_code_lower"} & indexes()
    migrate.downgrade(db.engine, "0001")
    migrate.upgrade(db.engine)
    assert "ix_ratings_competency_id" in indexes() and "append-only" in truncate()
    from app.audit_chain import missing_triggers

    with db.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER audit_log_no_truncate ON audit_log"))
        assert missing_triggers(conn) == ["audit_log_no_truncate"]
    db.dispose()
    db, _ = open_database(PG_URL)  # start-up puts it back
    assert "append-only" in truncate()
    db.dispose()
