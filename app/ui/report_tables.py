"""The Báo cáo page's tables: a heatmap per list of competencies with its legend, and tables grouped by unit
(a row naming the unit, then its rows), numbers on the right, headers on as many lines as they need."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
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


class GroupedTable(QTableWidget):
    """Rows under a row per group (a unit, a framework); columns of kind 't' (text) or 'n' (number, on the right).

    Headers hold their own line breaks and the header grows to show them whole; text columns stretch."""

    def __init__(self, kinds: str, widths: list[int], parent=None):
        super().__init__(0, len(kinds), parent)
        self.kinds, self.widths = kinds, widths
        self.verticalHeader().hide()
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
        self._keys: list[object] = []

    def set_headers(self, labels: list[str]) -> None:
        self.setHorizontalHeaderLabels(labels)
        lines = max(label.count("\n") + 1 for label in labels)
        self.horizontalHeader().setMinimumHeight(self.fontMetrics().lineSpacing() * lines + 10)

    def fill(self, groups: list[tuple[str, list[tuple[list[str], object, str]]]]) -> None:
        """groups: (group label or "" for none, [(cell texts, key, tooltip of the row)])."""
        self.clearSpans()
        rows = sum(len(items) + (1 if label else 0) for label, items in groups)
        self.setRowCount(rows)
        self._keys = []
        bold = QFont(self.font())
        bold.setBold(True)
        n = 0
        for label, items in groups:
            if label:
                cell = QTableWidgetItem(label)
                cell.setFont(bold)
                cell.setBackground(style.GROUP_ROW_BACKGROUND)
                cell.setToolTip(plain_tip(label))
                self.setItem(n, 0, cell)
                for column in range(1, self.columnCount()):
                    filler = QTableWidgetItem("")
                    filler.setBackground(style.GROUP_ROW_BACKGROUND)
                    self.setItem(n, column, filler)
                self.setSpan(n, 0, 1, self.columnCount())
                self._keys.append(None)
                n += 1
            for values, key, tip in items:
                for column, value in enumerate(values):
                    cell = QTableWidgetItem(value)
                    cell.setTextAlignment(RIGHT if self.kinds[column] == "n" else LEFT)
                    cell.setData(KEY_ROLE, key)
                    cell.setToolTip(plain_tip(tip or value))
                    self.setItem(n, column, cell)
                self._keys.append(key)
                n += 1

    def key_at(self, row: int):
        """The key of a data row; None for a group's row."""
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def keys(self) -> list:
        return [k for k in self._keys if k is not None]


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
            chip.setStyleSheet(f"background:{colour.name()};border:1px solid #b0b0b0;padding:2px 8px")
            layout.addWidget(chip)
            self.chips.append(chip)
        self.blank = QLabel()
        self.blank.setStyleSheet("color:#555")
        self.blank.setWordWrap(True)  # never widens the page: the window keeps its navigation whole
        self.blank.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.blank, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for chip, status in zip(self.chips, self.STATUSES):
            chip.setText(translate("gap", gap.STATUS_LABELS[status]))
        self.blank.setText(self.tr("Ô trắng: không thuộc vị trí của người đó · tên đầy đủ: rê chuột lên tiêu đề · "
                                   "nhấp đúp: mở phiếu"))


class HeatmapPanel(QWidget):
    """One heatmap per list of competencies (a framework, or a grade's statements in TT 09), chosen above it."""

    person_activated = Signal(object)  # PersonGap

    NAME_WIDTH = 230

    def __init__(self, parent=None):
        super().__init__(parent)
        from app.ui.table_models import HeatmapModel

        self.sets = QComboBox()
        self.sets.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sets.setMinimumContentsLength(26)
        self.sets_label = QLabel()
        self.legend = StatusLegend()
        self.model = HeatmapModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(22)
        self.view.setWordWrap(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view.doubleClicked.connect(self._activated)
        top = QHBoxLayout()
        top.addWidget(self.sets_label)
        top.addWidget(self.sets)
        top.addSpacing(style.SPACING * 3)
        top.addWidget(self.legend, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, style.SPACING, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self._people: list = []
        self._groups: list[tuple[str, list]] = []
        self.sets.currentIndexChanged.connect(lambda _i: self._show())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.sets_label.setText(self.tr("Năng lực của:"))
        self.legend.retranslate_ui()

    def set_people(self, people: list) -> None:
        """Current-position rows of the period; each list of competencies gets its own heatmap."""
        self._people = list(people)
        chosen = self.sets.currentData()
        groups: dict[tuple, list] = {}
        for p in self._people:
            groups.setdefault((p.framework, tuple(i.code for i in p.report.items)), []).append(p)
        frameworks: dict[str, int] = {}
        for framework, _codes in groups:
            frameworks[framework] = frameworks.get(framework, 0) + 1
        labelled = []
        for (framework, codes), members in groups.items():
            first = members[0]
            label = first.framework_label
            if frameworks[framework] > 1:  # a framework whose positions have different lists (TT 09: per grade)
                grades = sorted({m.basis.position_grade for m in members})
                label += " · " + ", ".join(grades)
            labelled.append((label, (framework, codes), members))
        labelled.sort(key=lambda x: x[0])
        self._groups = [(label, members) for label, _key, members in labelled]
        self.sets.blockSignals(True)
        self.sets.clear()
        for label, members in self._groups:
            count = len({m.employee_code for m in members})
            self.sets.addItem(self.tr("{0} ({1} người)").format(label, count), label)
        index = self.sets.findData(chosen)
        self.sets.setCurrentIndex(index if index >= 0 else 0)
        self.sets.blockSignals(False)
        self._show()

    def _show(self) -> None:
        index = self.sets.currentIndex()
        members = self._groups[index][1] if 0 <= index < len(self._groups) else []
        width = self._width()
        self._shown = (index, width)
        self.model.set_people(members, header_chars=max(7, width // 7 - 1))
        self.view.clearSpans()
        for row in self.model.group_rows():
            self.view.setSpan(row, 0, 1, self.model.columnCount())
        self.view.setColumnWidth(0, self.NAME_WIDTH)
        for column in range(1, self.model.columnCount()):
            self.view.setColumnWidth(column, width)

    def shown_people(self) -> list:
        return [self.model.person_at(r) for r in self.model.people_rows()]

    def _activated(self, index) -> None:
        person = self.model.person_at(index.row())
        if person is not None:
            self.person_activated.emit(person)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self._groups and getattr(self, "_shown", None) != (self.sets.currentIndex(), self._width()):
            self._show()

    def _width(self) -> int:
        index = self.sets.currentIndex()
        members = self._groups[index][1] if 0 <= index < len(self._groups) else []
        columns = len(members[0].report.items) if members else 1
        room = max(self.view.viewport().width(), 900) - self.NAME_WIDTH - 4
        return max(58, min(240, room // max(columns, 1)))
