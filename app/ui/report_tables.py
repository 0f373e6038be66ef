"""The Báo cáo page's tables: a heatmap per list of competencies with its legend, and tables grouped by unit
(a row naming the unit by its path, then its rows), numbers on the right, headers on as many lines as they need.

Both are item models that show rows as the view reaches them (canFetchMore / fetchMore): the heatmap reads its
people from the database a few units at a time; a grouped table formats a row only when it is shown. A whole
agency's lists open at once and scroll without loading everything first."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import gap
from app.ui.plain import plain_tip
from app.ui import style
from app.ui.i18n import translate

KEY_ROLE = Qt.ItemDataRole.UserRole + 11
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
Index = QModelIndex | QPersistentModelIndex
CHUNK = 400  # rows shown at first and added each time the view reaches the end


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class GroupedModel(QAbstractTableModel):
    """Rows under a row per group; a row's cells are made (line_of) only when shown, CHUNK rows at a time."""

    def __init__(self, kinds: str, parent=None):
        super().__init__(parent)
        self.kinds = kinds
        self._headers: list[str] = [""] * len(kinds)
        self._header_tips: dict[int, str] = {}
        self._entries: list[tuple] = []  # ("g", label) or ("r", source row)
        self._line_of = lambda row: row
        self._lines: dict[int, tuple] = {}
        self._shown = 0
        self._inserting = False

    def set_headers(self, labels: list[str], tips: dict[int, str] | None = None) -> None:
        self._headers = list(labels)
        self._header_tips = dict(tips or {})
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(labels) - 1)

    def set_rows(self, rows, group_of, line_of) -> None:
        """rows in display order; group_of(row) → (identity, label) of its group (None: no group rows);
        line_of(row) → (cell texts, key, tooltip)."""
        self.beginResetModel()
        entries: list[tuple] = []
        last = object()
        for row in rows:
            group = group_of(row)
            if group is not None and group[0] != last:
                entries.append(("g", group[1]))
            last = group[0] if group is not None else last
            entries.append(("r", row))
        self._entries, self._line_of, self._lines = entries, line_of, {}
        self._shown = min(len(entries), CHUNK)
        self.endResetModel()

    def line(self, n: int) -> tuple | None:
        entry = self._entries[n]
        if entry[0] == "g":
            return None
        if n not in self._lines:
            self._lines[n] = self._line_of(entry[1])
        return self._lines[n]

    def is_group(self, n: int) -> bool:
        return 0 <= n < len(self._entries) and self._entries[n][0] == "g"

    def group_rows(self) -> list[int]:
        return [n for n in range(self._shown) if self._entries[n][0] == "g"]

    def all_keys(self) -> list:
        return [self.line(n)[1] for n, e in enumerate(self._entries) if e[0] == "r"]

    def key_at(self, n: int):
        return None if not 0 <= n < len(self._entries) or self.is_group(n) else self.line(n)[1]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.kinds)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self._shown < len(self._entries)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802
        if parent.isValid() or self._inserting:  # asked again by a slot of this very insertion: after it
            return
        more = min(CHUNK, len(self._entries) - self._shown)
        if more > 0:
            self._inserting = True
            try:
                self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
                self._shown += more
                self.endInsertRows()
            finally:
                self._inserting = False

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips.get(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        n, column = index.row(), index.column()
        if not index.isValid() or not (0 <= n < self._shown and 0 <= column < len(self.kinds)):
            return None
        entry = self._entries[n]
        if entry[0] == "g":
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and column == 0:
                return entry[1] if role == Qt.ItemDataRole.DisplayRole else plain_tip(entry[1])
            if role == Qt.ItemDataRole.BackgroundRole:
                return style.GROUP_ROW_BACKGROUND
            if role == Qt.ItemDataRole.FontRole:
                return _bold()
            return None
        values, key, tip = self.line(n)
        if role == Qt.ItemDataRole.DisplayRole:
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(tip or values[column])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if self.kinds[column] == "n" else LEFT)
        if role == KEY_ROLE:
            return key
        return None


class GroupedTable(QTableView):
    """Rows under a row per group (a unit, a framework); columns of kind 't' (text) or 'n' (number, on the right).

    Headers hold their own line breaks and the header grows to show them whole; text columns stretch."""

    def __init__(self, kinds: str, widths: list[int], parent=None):
        super().__init__(parent)
        self.kinds, self.widths = kinds, widths
        self.grouped_model = GroupedModel(kinds, self)
        self.setModel(self.grouped_model)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setMinimumSectionSize(40)
        for column, width in enumerate(widths):
            if width:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                self.setColumnWidth(column, width)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.grouped_model.rowsInserted.connect(lambda _p, first, last: self._span(first, last))
        self.grouped_model.modelReset.connect(lambda: self._span(0, self.grouped_model.rowCount() - 1, True))

    def _span(self, first: int, last: int, reset: bool = False) -> None:
        if reset:
            self.clearSpans()
        columns = self.grouped_model.columnCount()
        for n in range(first, last + 1):
            if self.grouped_model.is_group(n):
                self.setSpan(n, 0, 1, columns)

    def set_headers(self, labels: list[str], tips: dict[int, str] | None = None) -> None:
        self.grouped_model.set_headers(labels, tips)
        lines = max(label.count("\n") + 1 for label in labels)
        self.horizontalHeader().setMinimumHeight(self.fontMetrics().lineSpacing() * lines + 10)

    def fill(self, groups: list[tuple[str, list[tuple[list[str], object, str]]]]) -> None:
        """groups: (group label or "" for none, [(cell texts, key, tooltip of the row)]) — for short tables."""
        rows = [((n, label) if label else None, item) for n, (label, items) in enumerate(groups) for item in items]
        self.grouped_model.set_rows(rows, lambda r: r[0], lambda r: r[1])

    def fill_rows(self, rows, group_of, line_of) -> None:
        """Long tables: the rows' cells are made only when shown (GroupedModel.set_rows)."""
        self.grouped_model.set_rows(rows, group_of, line_of)

    def rowCount(self) -> int:  # noqa: N802 - as QTableWidget's, for the rows shown
        return self.grouped_model.rowCount()

    def columnCount(self) -> int:  # noqa: N802
        return self.grouped_model.columnCount()

    def key_at(self, row: int):
        """The key of a data row; None for a group's row."""
        return self.grouped_model.key_at(row)

    def keys(self) -> list:
        """The keys of every row, shown yet or not."""
        return self.grouped_model.all_keys()


def grouped(rows, group_of) -> list[tuple[str, list]]:
    """Consecutive rows with the same group_of(row), as (group, rows): the rows come already in group order."""
    out: list[tuple[str, list]] = []
    for row in rows:
        label = group_of(row)
        if not out or out[-1][0] != label:
            out.append((label, []))
        out[-1][1].append(row)
    return out


class StatusLegend(QWidget):
    """What the heatmap's colours say."""

    STATUSES = (gap.Status.BELOW, gap.Status.WITHIN, gap.Status.ABOVE, gap.Status.NOT_RATED)

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(style.SPACING)
        self.chips: list[QLabel] = []
        for status in self.STATUSES:
            chip = QLabel()
            colour: QColor = style.STATUS_BACKGROUNDS[status]
            chip.setStyleSheet(style.chip(colour))
            layout.addWidget(chip)
            self.chips.append(chip)
        self.blank = QLabel()
        self.blank.setStyleSheet(style.MUTED_TEXT)
        self.blank.setWordWrap(True)  # never widens the page: the window keeps its navigation whole
        self.blank.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.blank, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for chip, status in zip(self.chips, self.STATUSES):
            chip.setText(translate("gap", gap.STATUS_LABELS[status]))
        self.blank.setText(self.tr("Ô trắng: không thuộc vị trí của người đó · tên đầy đủ: rê chuột lên tiêu đề · "
                                   "nhấp đúp: mở phiếu"))


class LazyHeatmapModel(QAbstractTableModel):
    """People × competencies of one list, grouped by unit (a row with the unit's path, then its people), each cell
    the counted form's score coloured by its status; people read from the database a few units at a time as the
    view reaches them (app.services.report_pages.Heatmap). An empty cell: the competency is not the person's."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._heatmap = None
        self._set = -1
        self._blocks: list = []  # units not read yet, in tree order
        self._rows: list = []  # PersonResult, or the path of a unit (a group row)
        self._cells: dict[int, dict[str, gap.ItemGap]] = {}
        self._columns: tuple[tuple[str, str], ...] = ()
        self._headers: list[str] = []
        self._inserting = False

    def set_heatmap(self, heatmap, index: int, header_chars: int = 0) -> None:
        """List `index` of the heatmap (None: empty); header_chars: the competency's name under its code,
        wrapped at about this many characters (0: code only)."""
        self.beginResetModel()
        self._heatmap, self._set, self._rows, self._cells = heatmap, index, [], {}
        chosen = heatmap.sets[index] if heatmap is not None and 0 <= index < len(heatmap.sets) else None
        self._columns = chosen.columns if chosen else ()
        self._wrap(header_chars)
        self._blocks = heatmap.blocks(index) if chosen else []
        self._append(self._read(CHUNK))
        self.endResetModel()

    def set_header_chars(self, header_chars: int) -> None:
        """Wrap the competencies' names for another column width (nothing is read again)."""
        self._wrap(header_chars)
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 1, len(self._columns))

    def _wrap(self, header_chars: int) -> None:
        from app.ui.table_models import short_header

        self._headers = ["\n".join([code] + ([short_header(name, header_chars)] if header_chars else []))
                         for code, name in self._columns]

    def _read(self, wanted: int) -> list:
        """The rows of the next units, until about `wanted` rows (a unit's row, then its people)."""
        take, count = [], 0
        while self._blocks and (not take or count < wanted):
            block = self._blocks.pop(0)
            take.append(block)
            count += block.people + 1
        rows: list = []
        unit = None
        for person in self._heatmap.people(self._set, take) if take else []:
            if person.unit_code != unit:
                unit = person.unit_code
                rows.append(person.unit_path)
            rows.append(person)
        return rows

    def _append(self, rows: list) -> None:
        for value in rows:
            if not isinstance(value, str):
                self._cells[len(self._rows)] = {i.code: i for i in value.report.items}
            self._rows.append(value)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and bool(self._blocks)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802
        if parent.isValid() or not self._blocks or self._inserting:  # not again from a slot of this insertion
            return
        rows = self._read(CHUNK)
        if rows:
            first = len(self._rows)
            self._inserting = True
            try:
                self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
                self._append(rows)
                self.endInsertRows()
            finally:
                self._inserting = False

    def person_at(self, row: int):
        """The person of a row (report_pages.PersonResult); None for a unit's row."""
        value = self._rows[row] if 0 <= row < len(self._rows) else None
        return None if isinstance(value, str) or value is None else value

    def group_rows(self) -> list[int]:
        return [n for n, value in enumerate(self._rows) if isinstance(value, str)]

    def people_rows(self) -> list[int]:
        return [n for n, value in enumerate(self._rows) if not isinstance(value, str)]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._columns) + 1

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return self.tr("Họ và tên") if role == Qt.ItemDataRole.DisplayRole else None
        if 0 < section <= len(self._columns):
            code, name = self._columns[section - 1]
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section - 1]
            if role == Qt.ItemDataRole.ToolTipRole:
                label = self._heatmap.sets[self._set].label if self._heatmap else ""
                return plain_tip(f"{label} · {code} — {name}")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        n, column = index.row(), index.column()
        if not index.isValid() or not (0 <= n < len(self._rows) and 0 <= column <= len(self._columns)):
            return None
        value = self._rows[n]
        if isinstance(value, str):  # a unit's row, spanning the table
            if column == 0 and role == Qt.ItemDataRole.DisplayRole:
                return value
            if column == 0 and role == Qt.ItemDataRole.ToolTipRole:
                return plain_tip(value)
            if role == Qt.ItemDataRole.BackgroundRole:
                return style.GROUP_ROW_BACKGROUND
            if role == Qt.ItemDataRole.FontRole:
                return _bold()
            return None
        if column == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return value.name
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain_tip(f"{value.name} — {value.unit_path}\n{value.position_name}")
            return None
        item = self._cells[n].get(self._columns[column - 1][0])
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if item.score is None else str(item.score)
        if role == Qt.ItemDataRole.BackgroundRole:
            return style.STATUS_BACKGROUNDS[item.status]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            required = (f"{item.required_min}–{item.required_max}" if item.required_min is not None
                        else translate("gap", "văn bản"))
            return plain_tip(f"{item.name}\n{translate('gap', gap.STATUS_LABELS[item.status])} ({translate('gap', 'yêu cầu {0}').format(required)})")
        return None


class HeatmapPanel(QWidget):
    """One heatmap per list of competencies (a framework, or a grade's statements in TT 09), chosen above it."""

    person_activated = Signal(object)  # report_pages.PersonResult

    NAME_WIDTH = 230

    def __init__(self, parent=None):
        super().__init__(parent)
        self.sets = QComboBox()
        self.sets.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sets.setMinimumContentsLength(26)
        self.sets_label = QLabel()
        self.legend = StatusLegend()
        self.model = LazyHeatmapModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(22)
        self.view.setWordWrap(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view.doubleClicked.connect(self._activated)
        self.model.rowsInserted.connect(lambda _p, first, last: self._span(first, last))
        top = QHBoxLayout()
        top.addWidget(self.sets_label)
        top.addWidget(self.sets)
        top.addSpacing(style.SPACING * 3)
        top.addWidget(self.legend, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, style.SPACING, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self._heatmap = None
        self.sets.currentIndexChanged.connect(lambda _i: self._show())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.sets_label.setText(self.tr("Năng lực của:"))
        self.legend.retranslate_ui()

    def set_heatmap(self, heatmap) -> None:
        """The scope's heatmap (app.services.report_pages.Heatmap): each list of competencies its own table."""
        self._heatmap = heatmap
        chosen = self.sets.currentData()
        self.sets.blockSignals(True)
        self.sets.clear()
        for item in heatmap.sets if heatmap else []:
            self.sets.addItem(self.tr("{0} ({1} người)").format(item.label, item.people), item.label)
        index = self.sets.findData(chosen)
        self.sets.setCurrentIndex(index if index >= 0 else 0)
        self.sets.blockSignals(False)
        self._show()

    def _show(self, reread: bool = True) -> None:
        index = self.sets.currentIndex()
        width = self._width()
        self._shown = (index, width)
        if reread:
            self.model.set_heatmap(self._heatmap, index, header_chars=max(7, width // 7 - 1))
            self.view.clearSpans()
            self._span(0, self.model.rowCount() - 1)
        else:
            self.model.set_header_chars(max(7, width // 7 - 1))
        self.view.setColumnWidth(0, self.NAME_WIDTH)
        for column in range(1, self.model.columnCount()):
            self.view.setColumnWidth(column, width)

    def _span(self, first: int, last: int) -> None:
        for row in range(first, last + 1):
            if self.model.person_at(row) is None:
                self.view.setSpan(row, 0, 1, self.model.columnCount())

    def shown_people(self) -> list:
        return [self.model.person_at(r) for r in self.model.people_rows()]

    def _activated(self, index) -> None:
        person = self.model.person_at(index.row())
        if person is not None:
            self.person_activated.emit(person)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self._heatmap is not None and getattr(self, "_shown", None) != (self.sets.currentIndex(), self._width()):
            self._show(reread=getattr(self, "_shown", (None,))[0] != self.sets.currentIndex())

    def _width(self) -> int:
        index = self.sets.currentIndex()
        sets = self._heatmap.sets if self._heatmap else []
        columns = len(sets[index].columns) if 0 <= index < len(sets) else 1
        room = max(self.view.viewport().width(), 900) - self.NAME_WIDTH - 4
        return max(58, min(240, room // max(columns, 1)))
