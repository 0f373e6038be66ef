"""Schema migrations (Alembic scripts in db/), run at start-up only when the schema is behind.

Every upgrade or downgrade runs in ONE transaction together with Alembic's version stamp (on SQLite
too, see app.database), so a crash leaves the old schema or the new one, never a mix.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, inspect, text

from app.paths import migrations_dir

# The newest revision in db/versions; a test checks it equals Alembic's head, so start-up can
# skip importing Alembic (about half a second) when nothing is pending.
LATEST_REVISION = "0011"
VERSION_TABLE = "alembic_version"
# PostgreSQL: one migration at a time per database (a transaction-level advisory lock; a second copy waits,
# then finds the schema already where it wanted it)
MIGRATION_LOCK = 0x436F6D7047617002


def known_revisions() -> list[str]:
    """The revisions this program ships, oldest first (from the file names, without importing Alembic)."""
    return sorted(p.name[:4] for p in (migrations_dir() / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))


@dataclass(frozen=True)
class SchemaState:
    """What a database holds: 'empty', 'current', 'older' (upgrade needed), 'newer' (a newer program's)
    or 'foreign' (tables, but not this program's)."""

    kind: str
    revision: str | None


def current_revision(engine: Engine) -> str | None:
    """The schema revision the database is at, or None for an empty database."""
    with _reading(engine).connect() as conn:
        if not inspect(conn).has_table(VERSION_TABLE):
            return None
        return conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def _reading(engine: Engine) -> Engine:
    """Reading the schema never takes SQLite's write lock (see app.database): a busy database can still be read."""
    return engine.execution_options(sqlite_begin="DEFERRED")


def schema_state(engine: Engine) -> SchemaState:
    with _reading(engine).connect() as conn:
        tables = set(inspect(conn).get_table_names())
        if VERSION_TABLE not in tables:
            return SchemaState("foreign" if tables else "empty", None)
        revision = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()
    if revision == LATEST_REVISION:
        return SchemaState("current", revision)
    if revision in known_revisions():
        return SchemaState("older", revision)
    if revision is None:
        return SchemaState("empty" if tables == {VERSION_TABLE} else "foreign", None)
    return SchemaState("newer", revision)


def _run(engine: Engine, action: str, target: str) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        if sqlite:  # batch migrations recreate tables: foreign keys off meanwhile (only outside a transaction)
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                if not sqlite:
                    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
                config.attributes["connection"] = conn
                getattr(command, action)(config, target)
                if sqlite and conn.exec_driver_sql("PRAGMA foreign_key_check").first():
                    raise RuntimeError("migration left rows that break a foreign key")
        finally:
            if sqlite:
                raw.execute("PRAGMA foreign_keys=ON")


def upgrade(engine: Engine, target: str = "head") -> bool:
    """Bring the schema to the target revision; True when a migration ran."""
    if target == "head" and current_revision(engine) == LATEST_REVISION:
        return False
    _run(engine, "upgrade", target)
    return True


def downgrade(engine: Engine, target: str) -> None:
    _run(engine, "downgrade", target)


def head_revision() -> str:
    """Alembic's own idea of the newest revision (imports Alembic; for tests and tools)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return ScriptDirectory.from_config(config).get_current_head()
