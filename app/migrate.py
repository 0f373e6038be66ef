"""Schema migrations (Alembic scripts in db/), run at start-up only when the schema is behind."""

from __future__ import annotations

from sqlalchemy import Engine, inspect, text

from app.paths import migrations_dir

# The newest revision in db/versions; a test checks it equals Alembic's head, so start-up can
# skip importing Alembic (about half a second) when nothing is pending.
LATEST_REVISION = "0005"
VERSION_TABLE = "alembic_version"


def current_revision(engine: Engine) -> str | None:
    """The schema revision the database is at, or None for an empty database."""
    with engine.connect() as conn:
        if not inspect(conn).has_table(VERSION_TABLE):
            return None
        return conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def _run(engine: Engine, action: str, target: str) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        if sqlite:  # batch migrations recreate tables: foreign keys off meanwhile, checked after
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                getattr(command, action)(config, target)
                if sqlite and conn.exec_driver_sql("PRAGMA foreign_key_check").first():
                    raise RuntimeError("migration left rows that break a foreign key")
        finally:
            if sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                conn.commit()


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
