"""Form fields bound to one path of the framework document.

Each field writes what the user types into the document (one undo step per field visit) and
shows the document's value again after undo. Ctrl+Z and Ctrl+Y go to the editor's undo stack,
not to the field's own little undo, so there is one history for the whole framework.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtGui import QIntValidator, QKeySequence
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from app.ui.plain import plain_tip
from app.ui import style
from app.ui.framework_editor.document import FrameworkDocument, Path
from app.vntext import format_date, parse_date

PathFn = Callable[[], "Path | None"]


def passes_undo_keys(event: QEvent) -> bool:
    """True for Ctrl+Z / Ctrl+Y (and Ctrl+Shift+Z): left to the editor's own undo actions."""
    if event.type() != QEvent.Type.ShortcutOverride:
        return False
    if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo):
        return True
    return event.matches(QKeySequence.StandardKey.Save) or QKeySequence(event.keyCombination()) == QKeySequence("Ctrl+Y")


class BoundField:
    """What every bound field shares: its path, its document, and its issue mark."""

    doc: FrameworkDocument
    path_fn: PathFn

    def bind(self, doc: FrameworkDocument, path_fn: PathFn) -> None:
        self.doc, self.path_fn = doc, path_fn
        doc.value_changed.connect(self._changed)

    def _changed(self, path: Path) -> None:
        mine = self.path_fn()
        if mine is not None and path == mine[: len(path)]:
            self.refresh()

    def refresh(self) -> None:
        """Show the document's value at this field's path; each kind of field (text, number, date, long
        text, choice) defines how. A mixin beside a Qt widget class cannot be an ABC (metaclass clash)."""
        raise TypeError(f"{type(self).__name__} must define refresh()")

    def mark(self, messages: list[str]) -> None:
        """Shown as invalid (red frame, messages in the tooltip) while the rules find a problem."""
        widget: QWidget = self  # type: ignore[assignment]
        widget.setStyleSheet(style.INVALID_FIELD if messages else "")
        widget.setToolTip(plain_tip("\n".join(messages)))  # a message may quote what was typed


class TextField(QLineEdit, BoundField):
    """One line of text; empty is stored as `empty` ("" or None)."""

    def __init__(self, doc: FrameworkDocument, path_fn: PathFn, empty: object = "", parent=None):
        super().__init__(parent)
        self.empty = empty
        self.bind(doc, path_fn)
        self.textEdited.connect(self._edited)
        self.editingFinished.connect(doc.seal)

    def to_value(self, text: str) -> object:
        return text if text.strip() else self.empty

    def to_text(self, value: object) -> str:
        return "" if value is None else str(value)

    def _edited(self, text: str) -> None:
        path = self.path_fn()
        if path is not None:
            self.doc.set(path, self.to_value(text), typing=True)

    def refresh(self) -> None:
        path = self.path_fn()
        self.setEnabled(path is not None)
        if path is None:
            self.setText("")
            return
        value = self.doc.get(path)
        if self.to_value(self.text()) != value or not self.text() and value:  # never disturb the cursor while typing
            self.setText(self.to_text(value))

    def event(self, event: QEvent) -> bool:
        if passes_undo_keys(event):
            event.ignore()
            return False
        return super().event(event)


class NumberField(TextField):
    """A whole number; empty is None. Anything else typed is kept as typed for the rules to name."""

    def __init__(self, doc: FrameworkDocument, path_fn: PathFn, parent=None):
        super().__init__(doc, path_fn, empty=None, parent=parent)
        self.setValidator(QIntValidator(0, 99999, self))
        self.setMaximumWidth(90)

    def to_value(self, text: str) -> object:
        text = text.strip()
        return int(text) if text.isdigit() else (text or None)


class DateField(TextField):
    """A date typed dd/mm/yyyy, stored as ISO text; what does not read as a date is kept for the rules."""

    def __init__(self, doc: FrameworkDocument, path_fn: PathFn, parent=None):
        super().__init__(doc, path_fn, empty=None, parent=parent)
        self.setMaximumWidth(140)
        self.setPlaceholderText("dd/mm/yyyy")

    def to_value(self, text: str) -> object:
        if not text.strip():
            return None
        try:
            date = parse_date(text)
        except ValueError:
            return text.strip()
        return date.isoformat() if date else None

    def to_text(self, value: object) -> str:
        if not value:
            return ""
        try:
            import datetime as dt

            return format_date(dt.date.fromisoformat(str(value)))
        except ValueError:
            return str(value)


class LongTextField(QPlainTextEdit, BoundField):
    """Several lines; as_lines stores a list of non-empty lines (warnings), otherwise one text."""

    def __init__(self, doc: FrameworkDocument, path_fn: PathFn, as_lines: bool = False, parent=None):
        super().__init__(parent)
        self.as_lines = as_lines
        self.setTabChangesFocus(True)
        self.bind(doc, path_fn)
        self.textChanged.connect(self._edited)
        self._refreshing = False

    def _value(self) -> object:
        text = self.toPlainText()
        return [line for line in text.split("\n") if line.strip()] if self.as_lines else text

    def _edited(self) -> None:
        path = self.path_fn()
        if path is not None and not self._refreshing:
            self.doc.set(path, self._value(), typing=True)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.doc.seal()
        super().focusOutEvent(event)

    def refresh(self) -> None:
        path = self.path_fn()
        self.setEnabled(path is not None)
        value = self.doc.get(path) if path is not None else None
        if path is not None and value == self._value():
            return
        text = "\n".join(value or []) if self.as_lines else (value or "")
        self._refreshing = True
        try:
            self.setPlainText(text)
        finally:
            self._refreshing = False

    def event(self, event: QEvent) -> bool:
        if passes_undo_keys(event):
            event.ignore()
            return False
        return super().event(event)


class ChoiceField(QComboBox, BoundField):
    """One value out of a list of (value, label); the list is read again each time it is refreshed."""

    def __init__(self, doc: FrameworkDocument, path_fn: PathFn, choices: Callable[[], list[tuple[object, str]]],
                 parent=None):
        super().__init__(parent)
        self.choices = choices
        self._shown: list[tuple[object, str]] = []
        self.bind(doc, path_fn)
        self.activated.connect(self._chosen)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(26)

    def _chosen(self, index: int) -> None:
        path = self.path_fn()
        if path is not None:
            value = self.itemData(index)
            self.doc.set(path, None if value == "" else value)

    def refresh(self) -> None:
        path = self.path_fn()
        self.setEnabled(path is not None)
        value = self.doc.get(path) if path is not None else None
        key = "" if value is None else value
        choices = [("" if data is None else data, label) for data, label in self.choices()]
        if key not in {data for data, _label in choices}:
            choices.append((key, str(value or "")))  # a value no longer offered stays visible (the rules name it)
        self.blockSignals(True)
        if choices != self._shown:  # rebuilt only when the list changed: typing to search keeps working
            self.clear()
            for data, label in choices:
                self.addItem(label, data)
            self._shown = choices
        self.setCurrentIndex(self.findData(key))
        self.blockSignals(False)

    def event(self, event: QEvent) -> bool:
        if passes_undo_keys(event):
            event.ignore()
            return False
        return super().event(event)
