"""Where things are: the database (--db URL, else COMPETENCY_GAP_DB, else a file in the user's data
folder), the data folder (backups live there) and the config folder (databases opened before)."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "competency-gap"
ENV_DB = "COMPETENCY_GAP_DB"
ENV_DATA_DIR = "COMPETENCY_GAP_DATA_DIR"
ENV_CONFIG_DIR = "COMPETENCY_GAP_CONFIG_DIR"


def data_dir() -> Path:
    """The per-user data folder (e.g. ~/.local/share/competency-gap on Linux), or COMPETENCY_GAP_DATA_DIR."""
    if os.environ.get(ENV_DATA_DIR):
        return Path(os.environ[ENV_DATA_DIR])
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """The per-user config folder (e.g. ~/.config/competency-gap), or COMPETENCY_GAP_CONFIG_DIR.

    Kept apart from the data folder on purpose: if the data folder disappears, the program still
    remembers that a database was there and does not silently make a new empty one."""
    if os.environ.get(ENV_CONFIG_DIR):
        return Path(os.environ[ENV_CONFIG_DIR])
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, appauthor=False))


def default_database_url() -> str:
    return f"sqlite:///{data_dir() / 'competency-gap.sqlite3'}"


def resolve_database_url(cli_value: str | None = None) -> str:
    """The database URL chosen by the user, in order of precedence; a PostgreSQL URL gets its TLS settings
    checked and the password kept in the keyring when it has none (app.db_url.prepare)."""
    url = cli_value or os.environ.get(ENV_DB) or default_database_url()
    if url.startswith("postgres"):
        from app.db_url import prepare

        url = prepare(url)
    return url
