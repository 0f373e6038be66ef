"""Folders of data shipped with the program, in a source checkout and in an installed wheel.

The wheel maps db/ to app/db and resources/ to app/resources (pyproject package-dir); a source
checkout keeps them at the top of the repository.
"""

from __future__ import annotations

from pathlib import Path

_APP = Path(__file__).resolve().parent


def shipped_dir(name: str) -> Path:
    """app/<name> when installed, else <checkout>/<name>."""
    installed = _APP / name
    return installed if installed.is_dir() else _APP.parent / name


def migrations_dir() -> Path:
    return shipped_dir("db")


def frameworks_dir() -> Path:
    return shipped_dir("resources") / "frameworks"


def translations_dir() -> Path:
    return shipped_dir("resources") / "translations"
