"""Schema migrations: from empty to head, and a round trip that keeps data."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, select, text

from app import migrate
from app.database import Database
from app.grades import BUILTIN
from app.models import Base, Employee, Rating


def test_latest_revision_constant_is_alembic_head():
    assert migrate.LATEST_REVISION == migrate.head_revision()


def test_upgrade_from_empty_matches_models(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'new.sqlite3'}", create=True)
    assert migrate.current_revision(db.engine) is None
    assert migrate.upgrade(db.engine) is True
    assert migrate.current_revision(db.engine) == migrate.LATEST_REVISION
    assert migrate.upgrade(db.engine) is False  # nothing pending: nothing run
    with db.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
        grades = conn.execute(text("SELECT code, name, kind, rank, default_min, default_max FROM grades")).all()
        tables = dict(conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'table'").all())
    # the seed of migration 0006 is the program's built-in catalogue
    assert sorted(map(tuple, grades)) == sorted((g.code, g.name, g.kind, g.rank, g.default_min, g.default_max)
                                                for g in BUILTIN)
    # tables rebuilt by the batch migration keep their checks
    assert "ck_assessments_kind" in tables["assessments"] and "ck_grades_code_length" in tables["grades"]
    db.dispose()


def test_grade_codes_of_32_characters_everywhere_and_no_longer(db):
    from app.errors import StorageError

    code = "V.07.05.14-" + "X" * 21  # 32 characters
    with db.session() as s:
        s.execute(text("INSERT INTO grades (code, name, kind, rank) VALUES (:c, 'Hạng thử', 'hang', 3)"), {"c": code})
        s.execute(text("UPDATE positions SET grade_code = :c WHERE key = 'btp-02-2023:2'"), {"c": code})
    try:
        with db.session() as s:
            s.execute(text("INSERT INTO grades (code, name, kind, rank) VALUES (:c, 'Quá dài', 'hang', 3)"),
                      {"c": code + "Y"})
    except StorageError as exc:  # SQLite: the check constraint; PostgreSQL: the column's VARCHAR(32) first
        assert ("ck_grades_code_length" if db.is_sqlite else "32 ký tự") in str(exc)
    else:
        raise AssertionError("a 33-character grade code was stored")


def test_downgrade_keeps_used_long_grade_codes_or_refuses(db):
    import pytest

    migrate.downgrade(db.engine, "0005")  # the seeded codes nobody uses go; the five ngạch stay
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM grades")).scalar() >= 5
    migrate.upgrade(db.engine)
    with db.session() as s:
        s.execute(text("UPDATE positions SET grade_code = 'V.07.05.14' WHERE key = 'btp-02-2023:2'"))
    with pytest.raises(RuntimeError, match="longer than 8"):
        migrate.downgrade(db.engine, "0005")
    assert migrate.current_revision(db.engine) == migrate.LATEST_REVISION  # one transaction: nothing undone


@pytest.mark.sqlite_only(reason="SQLite's pragmas")
def test_sqlite_foreign_keys_and_wal_are_on(db):
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_downgrade_upgrade_round_trip_keeps_data(demo_db):
    with demo_db.session() as s:
        before = (s.scalar(select(func.count()).select_from(Employee)),
                  s.scalar(select(func.count()).select_from(Rating).where(Rating.score.is_not(None))))
        s.execute(text("UPDATE employees SET documents_led = 4 WHERE code = 'MAU0001'"))
    migrate.downgrade(demo_db.engine, "0001")
    assert migrate.current_revision(demo_db.engine) == "0001"
    migrate.upgrade(demo_db.engine)
    with demo_db.session() as s:
        after = (s.scalar(select(func.count()).select_from(Employee)),
                 s.scalar(select(func.count()).select_from(Rating).where(Rating.score.is_not(None))))
        assert s.scalar(select(Employee.documents_led).where(Employee.code == "MAU0001")) is None
    assert before == after and before[0] >= 40 and before[1] > 500


def test_0007_retired_competencies_keep_their_order_and_the_record_lists_round_trip(demo_db):
    import datetime as dt

    from app.models import Competency, EmployeeDegree, EmployeeWork

    migrate.downgrade(demo_db.engine, "0006")
    with demo_db.session() as s:  # the stand-in of 0006: a removed competency sorted from 1,000,000 on
        s.execute(text("UPDATE competencies SET sort_order = 1000000 + sort_order WHERE code = 'NLC1'"))
        s.execute(text("UPDATE competency_groups SET sort_order = 1000002 WHERE code = 'quan_ly'"))
        orders = dict(s.execute(text("SELECT id, sort_order % 1000000 FROM competencies")).all())
    migrate.upgrade(demo_db.engine)
    with demo_db.session() as s:
        retired = s.scalars(select(Competency).where(Competency.retired)).all()
        assert retired and {c.code for c in retired} == {"NLC1"}
        assert {c.id: c.sort_order for c in s.scalars(select(Competency))} == orders
        assert s.execute(text("SELECT count(*) FROM competency_groups WHERE retired AND sort_order = 2")).scalar() >= 1
        e = s.scalars(select(Employee).where(Employee.code == "MAU0001")).one()
        e.degrees.append(EmployeeDegree(level="dai_hoc", major="Luật", institution="ĐH Luật Hà Nội", year=2005))
        e.works.append(EmployeeWork(role="chu_tri", kind="vbqppl", level="bo", adopted=True, done_on=dt.date(2020, 1, 1)))
        e.major_fits_field = True
    migrate.downgrade(demo_db.engine, "0006")
    with demo_db.engine.connect() as conn:
        assert conn.execute(text("SELECT sort_order FROM competencies WHERE code = 'NLC1' LIMIT 1")).scalar() >= 1000000
        assert not __import__("sqlalchemy").inspect(conn).has_table("employee_degrees")
    migrate.upgrade(demo_db.engine)
    with demo_db.session() as s:
        assert {c.code for c in s.scalars(select(Competency).where(Competency.retired))} == {"NLC1"}
        assert s.scalar(select(func.count()).select_from(EmployeeDegree)) == 0
