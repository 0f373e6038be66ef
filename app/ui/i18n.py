"""Languages: Vietnamese is the source language; English comes from a compiled catalogue."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from app.paths import translations_dir

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
_installed: list[QTranslator] = []


def set_language(code: str) -> bool:
    """Install the catalogue for the language (none for Vietnamese); True on success."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code == "vi":
        return True
    translator = QTranslator(app)
    if not translator.load(str(translations_dir() / f"competency_gap_{code}.qm")):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def translate(context: str, text: str) -> str:
    """Translate a string that lives outside a widget (e.g. a status label from the core)."""
    return QCoreApplication.translate(context, text)
