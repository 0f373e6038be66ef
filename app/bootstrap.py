"""Opening the database: create, migrate and load the built-in frameworks, without questions."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.exc import OperationalError

from app import migrate
from app.config import resolve_database_url
from app.database import Database
from app.errors import UserError
from app.framework_loader import LoadResult, load_builtin
from app.logs import log


@dataclass(frozen=True)
class StartResult:
    migrated: bool
    frameworks: list[LoadResult]


def open_database(url: str | None = None) -> tuple[Database, StartResult]:
    """The ready-to-use database for the URL (or the default), migrated and seeded."""
    db = Database(resolve_database_url(url))
    try:
        migrated = migrate.upgrade(db.engine)
        with db.session() as s:
            loaded = load_builtin(s)
    except OperationalError as exc:
        db.dispose()
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        log.error("không mở được cơ sở dữ liệu %s: %s", db.describe(), reason)
        raise UserError(f"Không mở được cơ sở dữ liệu {db.describe()}: {reason}") from None
    log.info("cơ sở dữ liệu %s%s", db.describe(), " (đã cập nhật cấu trúc)" if migrated else "")
    return db, StartResult(migrated, loaded)
