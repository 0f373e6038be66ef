"""Where the database is: --db URL, else COMPETENCY_GAP_DB, else a file in the user's data folder."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "competency-gap"
ENV_DB = "COMPETENCY_GAP_DB"


def data_dir() -> Path:
    """The per-user data folder (e.g. ~/.local/share/competency-gap on Linux)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_database_url() -> str:
    return f"sqlite:///{data_dir() / 'competency-gap.sqlite3'}"


def resolve_database_url(cli_value: str | None = None) -> str:
    """The database URL chosen by the user, in order of precedence."""
    if cli_value:
        return cli_value
    return os.environ.get(ENV_DB) or default_database_url()
