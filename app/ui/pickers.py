"""Pickers: an employee list with type-to-search and unit filter; a searchable position chooser."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from app.services.catalog import PositionSummary
from app.services.staff import EmployeeInfo, UnitInfo, codes_below
from app.ui.i18n import translate
from app.ui.table_models import KEY_ROLE, EmployeeTableModel, PositionListModel, SearchFilterProxy


class EmployeePicker(QWidget):
    """Search box, unit filter and the list of employees (Vietnamese name order).

    From the keyboard: Enter in the search box takes the first person found and moves on (`chosen`);
    Down takes the first person found and goes into the list, where the arrows pick and Enter
    moves on."""

    employee_selected = Signal(str)  # employee code
    chosen = Signal(str)  # the person is confirmed from the keyboard: the page goes on to the form

    def __init__(self, parent=None):
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.unit = QComboBox()
        self.model = EmployeeTableModel(self)
        self.proxy = SearchFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setModelColumn(0)
        self.list.setUniformItemSizes(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.unit)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.details)
        self._units: list[UnitInfo] = []
        self._widest: int | None = None
        self.model.modelReset.connect(lambda: setattr(self, "_widest", None))
        self.search.textChanged.connect(self._on_search)
        self.search.returnPressed.connect(self._confirm_first)
        self.search.installEventFilter(self)
        self.list.installEventFilter(self)
        self.unit.currentIndexChanged.connect(self._on_unit)
        self.list.selectionModel().currentChanged.connect(self._on_current)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.search.setPlaceholderText(self.tr("Tìm công chức (gõ không dấu cũng được)…"))
        if self.unit.count():
            self.unit.setItemText(0, self.tr("Tất cả đơn vị"))

    def set_data(self, employees: list[EmployeeInfo], units: list[UnitInfo]) -> None:
        self.model.set_rows(employees)
        self._units = units
        self.unit.blockSignals(True)
        self.unit.clear()
        self.unit.addItem(self.tr("Tất cả đơn vị"), None)
        for u in units:
            self.unit.addItem("    " * u.depth + u.name, u.code)
        self.unit.blockSignals(False)

    def _on_search(self, text: str) -> None:
        self.proxy.set_query(text)
        if self.proxy.rowCount() == 1:
            self._take_first()

    def _take_first(self) -> None:
        if self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))

    def _confirm_first(self) -> None:
        self._take_first()
        self._confirm()

    def _confirm(self) -> None:
        code = self.current_code()
        if code:
            self.chosen.emit(code)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            key = event.key()
            if watched is self.search and key == Qt.Key.Key_Down and self.proxy.rowCount():
                self._take_first()
                self.list.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if watched is self.list and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if not self.list.currentIndex().isValid():
                    self._take_first()
                self._confirm()
                return True
        return super().eventFilter(watched, event)

    def _on_unit(self) -> None:
        code = self.unit.currentData()
        if code is None:
            self.proxy.set_units(None)
            return
        self.proxy.set_units(codes_below(self._units, code))

    def _on_current(self, current, _previous) -> None:
        if not current.isValid():
            return
        employee = self.model.row_at(self.proxy.mapToSource(current).row())
        from html import escape

        self.details.setText(  # names are data: escaped, never read as markup
            f"<b>{escape(employee.name)}</b><br>{escape(employee.unit_name or '')}<br>"
            f"{escape(translate('Grades', employee.grade_label))}: "
            f"{escape(employee.grade_name or employee.grade or '–')}<br>{escape(employee.position_name or '')}"
        )
        self.employee_selected.emit(employee.code)

    def select(self, code: str) -> bool:
        row = self.model.row_of(code)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.search.clear()
            self.unit.setCurrentIndex(0)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.list.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        return True

    def current_code(self) -> str | None:
        index = self.list.currentIndex()
        return index.data(KEY_ROLE) if index.isValid() else None

    def widest_name(self) -> int:
        """Pixels the longest name in the list takes (measured once per list)."""
        if self._widest is None:
            metrics = self.list.fontMetrics()
            rows = range(self.model.rowCount())
            self._widest = max((metrics.horizontalAdvance(self.model.row_at(r).name) for r in rows), default=0)
        return self._widest


class PositionPicker(QWidget):
    """A search box over a combo of every position of every framework."""

    position_selected = Signal(str)  # position key

    def __init__(self, parent=None):
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.model = PositionListModel(self)
        self.proxy = SearchFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.combo = QComboBox()
        self.combo.setModel(self.proxy)
        self.combo.setMinimumContentsLength(30)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.combo)
        self.search.textChanged.connect(self._on_search)
        self.combo.activated.connect(self._emit)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.search.setPlaceholderText(self.tr("Tìm vị trí việc làm ở mọi khung…"))

    def set_positions(self, positions: list[PositionSummary]) -> None:
        self.model.set_rows(positions)

    def _on_search(self, text: str) -> None:
        self.proxy.set_query(text)
        if self.proxy.rowCount():
            self.combo.setCurrentIndex(0)
            self._emit()

    def _emit(self, *_args) -> None:
        key = self.combo.currentData(KEY_ROLE)
        if key:
            self.position_selected.emit(key)

    def set_current(self, key: str | None) -> None:
        """Show the key without emitting (the page already knows it)."""
        if key is None:
            return
        row = self.model.row_of(key)
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.search.blockSignals(True)
            self.search.clear()
            self.proxy.set_query("")
            self.search.blockSignals(False)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(index.row())
        self.combo.blockSignals(False)

    def current_key(self) -> str | None:
        return self.combo.currentData(KEY_ROLE)
