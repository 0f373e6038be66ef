"""Tables over one list of the framework (groups, competencies, tasks, requirements…), edited in place.

One column list per table says which key each column shows, how it is edited (text, number,
one of a list, comma-separated list) and which workbook column header the rules use for it, so a
problem the rules find marks its cell.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui import style
from app.ui.framework_editor.document import FrameworkDocument, Path
from app.ui.i18n import translate

Choices = Callable[[], "list[tuple[object, str]]"]


@dataclass
class Col:
    key: str
    title: str  # Vietnamese source text, translated in the "FrameworkEditor" context
    kind: str = "text"  # text | long | int | choice | list
    choices: Choices | None = None
    header: str = ""  # the workbook column the rules name for this key
    width: int = 0
    empty: object = ""  # what an emptied text cell holds ("" or None, as the import reads it)

    def shown(self, value: object) -> str:
        if value is None:
            return ""
        if self.kind == "list":
            return ", ".join(value)
        if self.kind == "choice" and self.choices:
            return next((label for v, label in self.choices() if v == value), str(value))
        return str(value)


class ListTableModel(QAbstractTableModel):
    """Rows are the dicts of the list at list_path(); editing a cell is one undoable change."""

    def __init__(self, doc: FrameworkDocument, list_path: Callable[[], Path | None], columns: list[Col], parent=None):
        super().__init__(parent)
        self.doc, self.list_path, self.columns = doc, list_path, columns
        self.issues: dict[tuple[int, str], list[str]] = {}
        doc.value_changed.connect(self._value_changed)

    def items(self) -> list:
        path = self.list_path()
        return (self.doc.get(path) or []) if path is not None else []

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.items())

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return translate("FrameworkEditor", self.columns[section].title)
            return str(section + 1)
        return None

    def flags(self, index: QModelIndex):
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        items = self.items()
        if index.row() >= len(items):
            return None
        column = self.columns[index.column()]
        value = items[index.row()].get(column.key)
        if role == Qt.ItemDataRole.DisplayRole:
            return column.shown(value)
        if role == Qt.ItemDataRole.EditRole:
            if column.kind == "list":
                return ", ".join(value or [])
            return value
        problems = self.issues.get((index.row(), column.key))
        if role == Qt.ItemDataRole.BackgroundRole and problems:
            return style.INVALID_BACKGROUND
        if role == Qt.ItemDataRole.DecorationRole and problems:  # seen even on the selected row
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(problems) if problems else (column.shown(value) if column.kind == "long" else None)
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        path = self.list_path()
        if role != Qt.ItemDataRole.EditRole or path is None or not index.isValid():
            return False
        column = self.columns[index.column()]
        if column.kind == "list":
            value = [x.strip() for x in str(value or "").split(",") if x.strip()]
        elif column.kind == "int":
            text = str(value if value is not None else "").strip()
            value = int(text) if text.lstrip("-").isdigit() else (text or None)
        elif column.kind in ("text", "long"):
            value = str(value or "")
            if not value.strip():
                value = column.empty
        self.doc.set((*path, index.row(), column.key), value)
        return True

    def reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def set_issues(self, issues: dict[tuple[int, str], list[str]]) -> None:
        if issues != self.issues:
            self.issues = issues
            if self.rowCount():
                self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def column_of(self, key: str) -> int:
        return next((n for n, c in enumerate(self.columns) if c.key == key), 0)

    def _value_changed(self, path: Path) -> None:
        mine = self.list_path()
        if mine is None:
            return
        n = len(mine)
        if path[:n] == mine and len(path) == n + 2 and isinstance(path[n], int) and path[n] < self.rowCount():
            column = next((i for i, c in enumerate(self.columns) if c.key == path[n + 1]), None)
            if column is not None:
                self.dataChanged.emit(self.index(path[n], column), self.index(path[n], column))
        elif path == mine[: len(path)]:
            self.reset()


class TableDelegate(QStyledItemDelegate):
    """Combo boxes for columns of a list, several lines for long texts, a line for the rest."""

    def __init__(self, columns: list[Col], parent=None):
        super().__init__(parent)
        self.columns = columns

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt API
        column = self.columns[index.column()]
        if column.kind == "choice" and column.choices:
            combo = QComboBox(parent)
            for value, label in column.choices():
                combo.addItem(label, "" if value is None else value)
            return combo
        if column.kind == "long":
            editor = QPlainTextEdit(parent)
            editor.setTabChangesFocus(True)
            return editor
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor, index):  # noqa: N802 - Qt API
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            key = "" if value is None else value
            if editor.findData(key) < 0:
                editor.addItem(str(value or ""), key)
            editor.setCurrentIndex(editor.findData(key))
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText("" if value is None else str(value))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):  # noqa: N802 - Qt API
        if isinstance(editor, QComboBox):
            value = editor.currentData()
            model.setData(index, None if value == "" else value)
        elif isinstance(editor, QPlainTextEdit):
            model.setData(index, editor.toPlainText())
        else:
            super().setModelData(editor, model, index)

    def eventFilter(self, editor, event) -> bool:  # noqa: N802 - Qt API
        """In a several-line cell Enter confirms, as in every other cell; Shift+Enter starts a new line."""
        if (isinstance(editor, QPlainTextEdit) and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
            return True
        return super().eventFilter(editor, event)

    def updateEditorGeometry(self, editor, option, index):  # noqa: N802 - Qt API
        rect = option.rect
        if isinstance(editor, QPlainTextEdit):
            rect.setHeight(max(rect.height(), 90))
        editor.setGeometry(rect)


@dataclass
class ListButtons:
    add: QPushButton
    remove: QPushButton
    up: QPushButton
    down: QPushButton
    extra: list[QPushButton] = field(default_factory=list)


class ListEditor(QWidget):
    """A titled table with Thêm / Xóa / Lên / Xuống; new_item() makes the row Thêm appends."""

    current_changed = Signal(int)

    def __init__(self, doc: FrameworkDocument, list_path: Callable[[], Path | None], columns: list[Col],
                 new_item: Callable[[], dict], title: str = "", stretch: str | None = None, parent=None,
                 model_class: type[ListTableModel] = ListTableModel):
        super().__init__(parent)
        self.doc, self.list_path, self.new_item, self.title_source = doc, list_path, new_item, title
        self.model = model_class(doc, list_path, columns, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(TableDelegate(columns, self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.setWordWrap(True)
        self.view.verticalHeader().setDefaultSectionSize(26)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table: the form stays usable by keyboard
        header = self.view.horizontalHeader()
        for n, column in enumerate(columns):
            if column.key == stretch:
                header.setSectionResizeMode(n, QHeaderView.ResizeMode.Stretch)
            elif column.width:
                self.view.setColumnWidth(n, column.width)
        self.label = QLabel()
        self.buttons = ListButtons(QPushButton(), QPushButton(), QPushButton(), QPushButton())
        for b in (self.buttons.add, self.buttons.remove, self.buttons.up, self.buttons.down):
            b.setAutoDefault(False)  # Enter in a field never adds or removes a row
        self.buttons.add.clicked.connect(self.add)
        self.buttons.remove.clicked.connect(self.remove)
        self.buttons.up.clicked.connect(lambda: self._move(-1))
        self.buttons.down.clicked.connect(lambda: self._move(1))
        row = QHBoxLayout()
        row.setSpacing(style.SPACING)
        row.addWidget(self.label, 1)
        for b in (self.buttons.add, self.buttons.remove, self.buttons.up, self.buttons.down):
            row.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        doc.list_changed.connect(self._list_changed)
        self.view.selectionModel().currentRowChanged.connect(lambda current, _p: self.current_changed.emit(current.row()))
        self.model.modelReset.connect(self._update_buttons)
        self.model.rowsInserted.connect(self._update_buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.label.setText(f"<b>{translate('FrameworkEditor', self.title_source)}</b>" if self.title_source else "")
        self.buttons.add.setText(translate("FrameworkEditor", "Thêm"))
        self.buttons.remove.setText(translate("FrameworkEditor", "Xóa"))
        self.buttons.up.setText("↑")
        self.buttons.down.setText("↓")
        self.buttons.up.setToolTip(translate("FrameworkEditor", "Chuyển lên"))
        self.buttons.down.setToolTip(translate("FrameworkEditor", "Chuyển xuống"))
        for b in (self.buttons.up, self.buttons.down):
            b.setMaximumWidth(32)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(self.model.columnCount() - 1, 0))

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int, key: str | None = None) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row, self.model.column_of(key) if key else 0))
            self.view.scrollTo(self.view.currentIndex())

    def refresh(self) -> None:
        """The list path changed (another position chosen): show its rows."""
        self.model.reset()
        self.select_row(0)
        self._update_buttons()

    def add(self) -> None:
        path = self.list_path()
        if path is None:
            return
        row = self.doc.append(path, self.new_item())
        self.select_row(row)
        self.view.setFocus()

    def remove(self) -> None:
        path, row = self.list_path(), self.current_row()
        if path is not None and row >= 0:
            self.doc.remove(path, row)

    def _move(self, delta: int) -> None:
        path, row = self.list_path(), self.current_row()
        if path is not None and row >= 0:
            self.doc.move(path, row, delta)

    def _list_changed(self, path: Path, row: int) -> None:
        if path == self.list_path():
            self.model.reset()
            self.select_row(min(row, self.model.rowCount() - 1))
            self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        enabled = self.list_path() is not None
        self.buttons.add.setEnabled(enabled)
        for b in (self.buttons.remove, self.buttons.up, self.buttons.down):
            b.setEnabled(enabled and self.model.rowCount() > 0)
