"""The application context handed to every window: database, acting user, settings."""

from __future__ import annotations

from dataclasses import dataclass

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from app.actor import Actor

if TYPE_CHECKING:
    from app.database import Database


@dataclass
class AppContext:
    db: "Database"
    actor: Actor
    settings: QSettings


def make_settings(path: str | None = None) -> QSettings:
    """Settings in the user's config folder, or in a given INI file (tests, screenshots)."""
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings("competency-gap", "competency-gap")
