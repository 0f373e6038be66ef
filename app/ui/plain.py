"""Text people typed, shown as typed where Qt would guess rich text (tooltips are read as HTML when they
look like it): a name holding "<b>" shows "<b>"."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import Qt


def plain_tip(text: str | None) -> str | None:
    """A tooltip that shows the text literally: unchanged when Qt would take it as plain text, else escaped
    inside one paragraph that keeps its line breaks."""
    if not text or not Qt.mightBeRichText(text):
        return text
    return f"<p style='white-space:pre-wrap'>{escape(text, quote=False)}</p>"


def plain_message(text: str) -> str:
    """A message box text that shows the text literally (QMessageBox guesses rich text like a tooltip):
    a refusal quoting a name that holds "<b>" shows "<b>"."""
    return plain_tip(text) or ""
