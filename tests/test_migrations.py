"""Schema migrations: from empty to head, and a round trip that keeps data."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, select, text

from app import migrate
from app.database import Database
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
        grades = conn.execute(text("SELECT code FROM grades ORDER BY rank DESC")).scalars().all()
    assert grades == ["CVCC", "CVC", "CV", "CS", "NV"]
    db.dispose()


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
