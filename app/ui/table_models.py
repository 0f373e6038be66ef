"""Qt item models over plain DTO rows (never live ORM objects), with their columns in one list."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFont, QIcon

from app import gap
from app.ui.plain import plain_tip
from app.services.assessments import AssessmentView, RatingView
from app.services.catalog import PositionSummary
from app.services.staff import EmployeeInfo
from app.ui import style
from app.ui.i18n import translate
from app.vntext import format_date, matches, search_key

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
UNIT_ROLE = Qt.ItemDataRole.UserRole + 3
Index = QModelIndex | QPersistentModelIndex
_NOT_MINE = object()  # a role the unsaved marking leaves to the ordinary display


def refilter(proxy: QSortFilterProxyModel, change) -> None:
    """Apply a filter change (Qt ≥ 6.10 wants it bracketed; older Qt invalidates)."""
    if hasattr(proxy, "beginFilterChange"):
        proxy.beginFilterChange()
        change()
        proxy.endFilterChange()
    else:
        change()
        proxy.invalidateFilter()


class SearchFilterProxy(QSortFilterProxyModel):
    """Keeps rows whose SEARCH_ROLE text contains every typed word, ignoring case and diacritics.

    Rows holding the typed words as one phrase come first; otherwise the source order stays.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._query = ""
        self._phrase = ""
        self._unit_filter: set[str] | None = None
        self.sort(0)

    def set_query(self, text: str) -> None:
        def change():
            self._query = text
            self._phrase = search_key(text)

        refilter(self, change)
        self.invalidate()

    def set_units(self, units: set[str] | None) -> None:
        refilter(self, lambda: setattr(self, "_unit_filter", units))

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802 - Qt API
        index = self.sourceModel().index(row, 0, parent)
        if self._unit_filter is not None:
            unit = index.data(UNIT_ROLE)
            if unit not in self._unit_filter:
                return False
        return matches(self._query, index.data(SEARCH_ROLE))

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802 - Qt API
        def rank(index) -> tuple[int, int]:
            phrase = bool(self._phrase) and self._phrase in search_key(index.data(SEARCH_ROLE))
            return (0 if phrase else 1, index.row())

        return rank(left) < rank(right)


@dataclass(frozen=True)
class Column:
    key: str
    title: str


class EmployeeTableModel(QAbstractTableModel):
    """Employees: code, name, unit, grade, position, grade date."""

    COLUMNS = [
        Column("name", "Họ và tên"),
        Column("code", "Mã"),
        Column("unit", "Đơn vị"),
        Column("grade", "Ngạch, hạng"),  # a grade is a ngạch or a hạng chức danh nghề nghiệp: its kind is its tooltip
        Column("position", "Vị trí việc làm"),
        Column("grade_since", "Ngày giữ ngạch, hạng"),
    ]
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[EmployeeInfo] = []

    def set_rows(self, rows: list[EmployeeInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> EmployeeInfo:
        return self._rows[row]

    def row_of(self, code: str) -> int:
        return next((i for i, e in enumerate(self._rows) if e.code == code), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("Columns", self.COLUMNS[section].title)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        e = self._rows[index.row()]
        key = self.COLUMNS[index.column()].key
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "name": e.name,
                "code": e.code,
                "unit": e.unit_name,
                "grade": e.grade_name or e.grade or "",
                "position": f"{e.position_name or ''} ({e.position})" if e.position else "",
                "grade_since": format_date(e.grade_since),
            }[key]
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "grade" and e.grade:
                return f"{translate('Grades', e.grade_label)}: {e.grade_name or e.grade}"
            return plain_tip(f"{e.name} — {e.unit_name}\n{e.position_name or ''}")
        if role == Qt.ItemDataRole.ForegroundRole and not e.active:
            return style.INACTIVE_FOREGROUND
        if role == SEARCH_ROLE:
            return f"{e.name} {e.code}"
        if role == KEY_ROLE:
            return e.code
        if role == UNIT_ROLE:
            return e.unit
        return None


class PositionListModel(QAbstractTableModel):
    """Positions of every framework, one column: 'name — grade · key'."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[PositionSummary] = []

    def set_rows(self, rows: list[PositionSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_of(self, key: str) -> int:
        return next((i for i, p in enumerate(self._rows) if p.key == key), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        p = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{p.name} — {p.grade_label} · {p.key}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(f"{p.name}\n{p.specialty_name or ''}\n{p.key}")
        if role == SEARCH_ROLE:
            return f"{p.name} {p.key} {p.grade} {p.grade_name}"
        if role == KEY_ROLE:
            return p.key
        return None


@dataclass(frozen=True)
class GridRow:
    """A row of the scoring grid: a group heading (rating is None) or one competency."""

    group_name: str
    rating: RatingView | None = None
    item: gap.ItemGap | None = None
    other_score: int | None = None


class RatingTableModel(QAbstractTableModel):
    """The scoring grid. It never saves: it asks, through `edit_requested`, and is told the result.

    A value the database did not take stays visible in its cell, marked unsaved (mark_unsaved),
    until it is saved, typed back to the stored value, or the form is reloaded.
    """

    COLUMNS = [
        Column("competency", "Năng lực"),
        Column("required", "Cấp độ yêu cầu"),
        Column("score", "Điểm"),
        Column("status", "Trạng thái"),
        Column("shortfall", "Thiếu hụt"),
        Column("other", "Đối chiếu"),
        Column("note", "Ghi chú"),
    ]
    SCORE, STATUS, OTHER, NOTE = 2, 3, 5, 6
    edit_requested = Signal(str, object, object)  # competency code, score or None/KEEP, note or KEEP

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[GridRow] = []
        self._unsaved: dict[tuple[str, int], tuple[object, str]] = {}  # (code, column) -> (value typed, why)
        self._warning_icon: QIcon | None = None
        self.editable = False
        self.other_title = "Đối chiếu"
        self._header_text: dict[int, str] = {}  # a title broken onto lines to fit its column (RatingGrid)

    def set_assessment(self, view: AssessmentView | None, other: AssessmentView | None = None) -> None:
        self.beginResetModel()
        self._unsaved.clear()
        self._rows = self._build(view, other)
        self.editable = bool(view and view.editable)
        self.endResetModel()

    @staticmethod
    def _build(view: AssessmentView | None, other: AssessmentView | None) -> list[GridRow]:
        if view is None:
            return []
        items = {i.code: i for i in view.report().items}
        other_scores = other.scores() if other else {}
        rows: list[GridRow] = []
        group = None
        for r in view.ratings:
            if r.group != group:
                group = r.group
                rows.append(GridRow(r.group_name))
            rows.append(GridRow(r.group_name, r, items[r.competency_code], other_scores.get(r.competency_code)))
        return rows

    def update_assessment(self, view: AssessmentView, other: AssessmentView | None = None) -> None:
        """New values for the same rows (after a save): only changed rows repaint."""
        new_rows = self._build(view, other)
        if len(new_rows) != len(self._rows):
            self.set_assessment(view, other)
            return
        old_rows, self._rows = self._rows, new_rows
        self.editable = view.editable
        for n, (old, new) in enumerate(zip(old_rows, new_rows)):
            if old != new:
                self.dataChanged.emit(self.index(n, 0), self.index(n, len(self.COLUMNS) - 1))

    def row_at(self, row: int) -> GridRow:
        return self._rows[row]

    @classmethod
    def column_of(cls, field: str) -> int:
        return cls.NOTE if field == "note" else cls.SCORE

    def mark_unsaved(self, code: str, field: str, value: object, reason: str) -> None:
        """Show a value the database did not take, marked, with the reason as its tooltip."""
        self._unsaved[(code, self.column_of(field))] = (value, reason)
        self._repaint(code)

    def clear_unsaved(self, code: str, field: str) -> None:
        if self._unsaved.pop((code, self.column_of(field)), None) is not None:
            self._repaint(code)

    def unsaved(self, code: str, field: str) -> tuple[object, str] | None:
        """(value typed, reason) of an unsaved cell, else None."""
        return self._unsaved.get((code, self.column_of(field)))

    def _repaint(self, code: str) -> None:
        row = self.row_of(code)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def rating_rows(self) -> list[int]:
        return [n for n, r in enumerate(self._rows) if r.rating is not None]

    def row_of(self, code: str) -> int:
        return next((n for n, r in enumerate(self._rows) if r.rating and r.rating.competency_code == code), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def title(self, section: int) -> str:
        """A column's title in the interface's language, on one line."""
        return translate("Columns", self.other_title if section == self.OTHER else self.COLUMNS[section].title)

    def set_header_text(self, section: int, text: str | None) -> None:
        """Show the title as `text` (the same words broken onto lines), or on one line (None)."""
        if self._header_text.get(section) != text:
            if text is None:
                self._header_text.pop(section, None)
            else:
                self._header_text[section] = text
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, section, section)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._header_text.get(section) or self.title(section)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.title(section)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        row = self._rows[index.row()]
        if row.rating is None:
            return Qt.ItemFlag.ItemIsEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() in (self.SCORE, self.NOTE):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if row.rating is None:
            if role == Qt.ItemDataRole.DisplayRole and column == 0:
                return row.group_name
            if role == Qt.ItemDataRole.BackgroundRole:
                return style.GROUP_ROW_BACKGROUND
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        r, item = row.rating, row.item
        unsaved = self._unsaved.get((r.competency_code, column))
        if unsaved is not None:
            shown = self._unsaved_data(unsaved, column, role)
            if shown is not _NOT_MINE:
                return shown
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._value(column, r, item, row.other_score, role)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 1:
                return self._required_tip(r)
            if column == 0:
                words = (r.required_text or "").strip() if r.required_min is not None else ""
                return plain_tip(f"{r.competency}\n{words}" if words else r.competency)
            if column == self.NOTE and r.note:  # a note longer than three lines shows whole here
                return plain_tip(r.note)
        if role == Qt.ItemDataRole.BackgroundRole:
            if column == self.STATUS:
                return style.STATUS_BACKGROUNDS[item.status]
            if column == self.OTHER and self._discrepant(r, row.other_score):
                return style.DISCREPANCY_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            return style.STATUS_FOREGROUNDS[item.status]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2, 3, 4, 5):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == KEY_ROLE:
            return r.competency_code
        return None

    def _unsaved_data(self, unsaved: tuple[object, str], column: int, role: int):
        value, reason = unsaved
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.SCORE and value is None:
                return "" if role == Qt.ItemDataRole.DisplayRole else None
            return value
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("RatingGrid", "Chưa lưu: {0}").format(reason)
        if role == Qt.ItemDataRole.BackgroundRole:
            return style.UNSAVED_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole:
            return style.UNSAVED_FOREGROUND
        if role == Qt.ItemDataRole.DecorationRole:
            if self._warning_icon is None:
                from PySide6.QtWidgets import QApplication, QStyle

                self._warning_icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            return self._warning_icon
        return _NOT_MINE

    @staticmethod
    def _required_tip(r: RatingView) -> str | None:
        """The required range, where it comes from, and the text beside its levels (method, evidence…)."""
        if r.required_min is None:
            return r.required_text
        lines = [translate("RatingGrid", "Cấp độ yêu cầu: {0}").format(r.required_label)]
        if r.origin == "grade_default":
            lines.append(translate("RatingGrid", "Mặc định theo ngạch (văn bản không quy định cấp độ)"))
        if (r.required_text or "").strip():
            lines.append(r.required_text.strip())
        return "\n".join(lines)

    @staticmethod
    def _discrepant(r: RatingView, other: int | None) -> bool:
        return r.score is not None and other is not None and abs(r.score - other) >= gap.DISCREPANCY_THRESHOLD

    def _value(self, column: int, r: RatingView, item: gap.ItemGap, other: int | None, role: int):
        if column == 0:
            return r.competency
        if column == 1:
            label = r.required_label
            if role != Qt.ItemDataRole.DisplayRole:
                return label
            if r.required_min is None:  # text-only: the first words; the whole text is the tooltip
                return label if len(label) <= 24 else label[:22].rstrip(" ,") + "…"
            return f"{label} *" if r.origin == "grade_default" else label
        if column == self.SCORE:
            return r.score if r.score is not None else ("" if role == Qt.ItemDataRole.DisplayRole else None)
        if column == self.STATUS:
            return translate("gap", gap.STATUS_LABELS[item.status])
        if column == 4:
            return item.shortfall if item.shortfall else ""
        if column == self.OTHER:
            if other is None:
                return ""
            return f"{other} ⚠" if self._discrepant(r, other) else str(other)
        if column == self.NOTE:
            return r.note
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        from app.services.assessments import KEEP

        code = self._rows[index.row()].rating.competency_code
        if index.column() == self.NOTE:
            self.edit_requested.emit(code, KEEP, str(value or ""))
            return True
        if value in (None, ""):
            self.edit_requested.emit(code, None, KEEP)
            return True
        try:
            score = int(value)
        except (TypeError, ValueError):
            return False
        if not 1 <= score <= 5:
            return False
        self.edit_requested.emit(code, score, KEEP)
        return True


def short_header(text: str, chars: int, lines: int = 3) -> str:
    """A competency's name in at most `lines` lines of about `chars` characters, '…' where it was cut."""
    import textwrap

    wrapped = textwrap.wrap(text, max(chars, 4), break_long_words=False) or [""]
    if len(wrapped) > lines:
        last = wrapped[lines - 1]
        wrapped = wrapped[:lines - 1] + [(last if len(last) < chars else last[:max(chars - 1, 1)].rstrip()) + "…"]
    return "\n".join(wrapped)


class HeatmapModel(QAbstractTableModel):
    """People × competencies, grouped by unit: a row naming each unit, then its people (the name in column 0),
    each cell the basis score coloured by its status. An empty cell: the competency is not the person's."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []  # PersonGap, or the name of a unit (a group row)
        self._codes: list[tuple[str, str]] = []  # (framework, competency code): one column each
        self._names: dict[tuple[str, str], str] = {}
        self._headers: dict[tuple[str, str], str] = {}
        self._cells: dict[int, dict[tuple[str, str], gap.ItemGap]] = {}
        self._labels: dict[int, str] = {}

    def set_people(self, people: list, header_chars: int = 0) -> None:
        """PersonGap rows (app.services.reporting), already in display order (unit, then name).

        header_chars: the competency's name under its code, wrapped at about this many characters (0: code only)."""
        from app.competency_keys import competency_label

        self.beginResetModel()
        people = list(people)
        self._rows, self._codes, self._names, self._headers, self._cells, self._labels = [], [], {}, {}, {}, {}
        several = len({p.framework for p in people}) > 1
        twice = {p.employee_code for p in people if sum(q.employee_code == p.employee_code for q in people) > 1}
        unit = None
        for person in people:
            if person.unit_name != unit:
                unit = person.unit_name
                self._rows.append(unit)
            row = len(self._rows)
            self._rows.append(person)
            # someone shown twice (their own position and another) is told apart by the position
            self._labels[row] = f"{person.name} — {person.position_name}" if person.employee_code in twice \
                else person.name
            items = {(person.framework, i.code): i for i in person.report.items}
            self._cells[row] = items
            for key, item in items.items():
                if key not in self._names:
                    self._codes.append(key)
                    self._names[key] = f"{competency_label(person.framework_label, key[1])} — {item.name}"
                    # the code, the framework when frameworks meet, and the name in short
                    head = [key[1]] + ([person.framework_label] if several else [])
                    if header_chars:
                        head.append(short_header(item.name, header_chars))
                    self._headers[key] = "\n".join(head)
        self.endResetModel()

    def person_at(self, row: int):
        """The PersonGap of a row; None for a unit's row."""
        value = self._rows[row] if 0 <= row < len(self._rows) else None
        return None if isinstance(value, str) or value is None else value

    def group_rows(self) -> list[int]:
        return [n for n, value in enumerate(self._rows) if isinstance(value, str)]

    def people_rows(self) -> list[int]:
        return [n for n, value in enumerate(self._rows) if not isinstance(value, str)]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._codes) + 1

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                from PySide6.QtCore import QCoreApplication

                return QCoreApplication.translate("HeatmapModel", "Họ và tên")
            return None
        if 0 < section <= len(self._codes):
            key = self._codes[section - 1]
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[key]
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain_tip(self._names[key])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows) and 0 <= index.column() <= len(self._codes)):
            return None
        value = self._rows[index.row()]
        if isinstance(value, str):  # a unit's row, spanning the table
            if index.column() == 0 and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return value
            if role == Qt.ItemDataRole.BackgroundRole:
                return style.GROUP_ROW_BACKGROUND
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._labels[index.row()]
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain_tip(f"{value.name} — {value.unit_name}\n{value.position_name}")
            return None
        item = self._cells[index.row()].get(self._codes[index.column() - 1])
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
            return f"{item.name}\n{translate('gap', gap.STATUS_LABELS[item.status])} ({translate('gap', 'yêu cầu {0}').format(required)})"
        return None
