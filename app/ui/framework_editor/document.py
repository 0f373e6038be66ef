"""The framework being edited: a data-file dict, changed only through undoable commands.

Every edit is a path into the dict (("positions", 0, "name")) and a new value; the undo stack
holds the commands, and the document says which path changed so each widget refreshes itself.
Typing in one field merges into one command until the field is left, so one Ctrl+Z undoes one
field's typing.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.ui.i18n import translate

Path = tuple

# where each kind of code is referred to: renaming a code follows it there
REFERENCES = {
    "groups": ("competencies", "group"),
    "specialties": ("positions", "specialty"),
}


def get_at(data: Any, path: Path) -> Any:
    for key in path:
        data = data[key]
    return data


def _set_at(data: Any, path: Path, value: Any) -> None:
    get_at(data, path[:-1])[path[-1]] = value


class SetValue(QUndoCommand):
    MERGE_ID = 4711

    def __init__(self, doc: FrameworkDocument, path: Path, old: Any, new: Any, typing: bool):
        super().__init__(translate("FrameworkEditor", "sửa"))
        self.doc, self.path, self.old, self.new, self.typing = doc, path, old, new, typing
        self.joins = typing and not doc._sealed  # continues the typing of the command before it

    def redo(self) -> None:
        self.doc._put(self.path, self.new)

    def undo(self) -> None:
        self.doc._put(self.path, self.old)

    def id(self) -> int:  # noqa: A003 - Qt API
        return self.MERGE_ID if self.typing else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt API
        if not isinstance(other, SetValue) or other.path != self.path or not self.typing or not other.joins:
            return False
        self.new = other.new
        return True


class ListEdit(QUndoCommand):
    """Insert (item given) or remove (item None) one element of a list, or move it by one place."""

    def __init__(self, doc: FrameworkDocument, path: Path, index: int, item: Any = None, move: int = 0,
                 text: str = ""):
        super().__init__(text)
        self.doc, self.path, self.index, self.item, self.move = doc, path, index, item, move
        self.inserting = item is not None

    def redo(self) -> None:
        items = get_at(self.doc.data, self.path)
        if self.move:
            items.insert(self.index + self.move, items.pop(self.index))
        elif self.inserting:
            items.insert(self.index, copy.deepcopy(self.item))
        else:
            self.item = items.pop(self.index)
        self.doc._structure(self.path, self.index + self.move)

    def undo(self) -> None:
        items = get_at(self.doc.data, self.path)
        if self.move:
            items.insert(self.index, items.pop(self.index + self.move))
        elif self.inserting:
            items.pop(self.index)
        else:
            items.insert(self.index, self.item)
        self.doc._structure(self.path, self.index)


class FrameworkDocument(QObject):
    """The dict, its undo stack, and signals naming what changed."""

    value_changed = Signal(tuple)  # a path whose value was replaced
    list_changed = Signal(tuple, int)  # a list path whose items changed, and the row to show

    def __init__(self, data: dict, parent: QObject | None = None):
        super().__init__(parent)
        self.data = copy.deepcopy(data)
        self.undo_stack = QUndoStack(self)
        self._sealed = False

    # ----------------------------------------------------------------- reading
    def get(self, path: Path, default: Any = None) -> Any:
        try:
            return get_at(self.data, path)
        except (KeyError, IndexError, TypeError):
            return default

    def snapshot(self) -> dict:
        return copy.deepcopy(self.data)

    # ----------------------------------------------------------------- changing
    def set(self, path: Path, value: Any, typing: bool = False) -> None:
        """Change one value (undoably); typing=True merges with the previous keystroke on the same path."""
        old = self.get(path)
        if old == value:
            return
        if len(path) > 1 and path[-2] == "qualification_rules" and self.get(path[:-1]) is None:
            from app.ui.framework_editor.shape import empty_rules

            path, value, old = path[:-1], {**empty_rules(), path[-1]: value}, None  # the first condition written
        if not typing:
            self.seal()
        reference = self._reference_of(path)
        if reference is not None and old and not typing:
            self._rename(path, old, value, reference)
        else:
            self.undo_stack.push(SetValue(self, path, copy.deepcopy(old), copy.deepcopy(value), typing))
        self._sealed = not typing

    def seal(self) -> None:
        """The field was left: the next keystroke starts a new undo step."""
        self._sealed = True

    def insert(self, path: Path, index: int, item: Any, text: str = "") -> None:
        self.seal()
        self.undo_stack.push(ListEdit(self, path, index, item, text=text or translate("FrameworkEditor", "thêm dòng")))

    def append(self, path: Path, item: Any, text: str = "") -> int:
        index = len(self.get(path) or [])
        self.insert(path, index, item, text)
        return index

    def remove(self, path: Path, index: int, text: str = "") -> None:
        self.seal()
        self.undo_stack.push(ListEdit(self, path, index, text=text or translate("FrameworkEditor", "xóa dòng")))

    def move(self, path: Path, index: int, delta: int) -> None:
        items = self.get(path) or []
        if 0 <= index < len(items) and 0 <= index + delta < len(items) and delta:
            self.seal()
            self.undo_stack.push(ListEdit(self, path, index, move=delta,
                                          text=translate("FrameworkEditor", "đổi thứ tự")))

    # ----------------------------------------------------------------- codes and their references
    @staticmethod
    def _reference_of(path: Path) -> str | None:
        if len(path) == 3 and path[2] == "code" and path[0] in ("groups", "specialties", "competencies"):
            return path[0]
        return None

    def _rename(self, path: Path, old: str, new: str, kind: str) -> None:
        """A code and every reference to it change in one undo step."""
        self.undo_stack.beginMacro(translate("FrameworkEditor", "đổi mã {0} thành {1}").format(old, new))
        self.undo_stack.push(SetValue(self, path, old, new, False))
        if kind == "competencies":
            for p, position in enumerate(self.data.get("positions", [])):
                for r, requirement in enumerate(position.get("requirements", [])):
                    if requirement.get("competency") == old:
                        self.undo_stack.push(SetValue(self, ("positions", p, "requirements", r, "competency"),
                                                      old, new, False))
        else:
            part, key = REFERENCES[kind]
            for i, item in enumerate(self.data.get(part, [])):
                if item.get(key) == old:
                    self.undo_stack.push(SetValue(self, (part, i, key), old, new, False))
        self.undo_stack.endMacro()

    # ----------------------------------------------------------------- called by the commands
    def _put(self, path: Path, value: Any) -> None:
        _set_at(self.data, path, copy.deepcopy(value))
        self.value_changed.emit(path)

    def _structure(self, path: Path, row: int) -> None:
        self.list_changed.emit(path, row)
