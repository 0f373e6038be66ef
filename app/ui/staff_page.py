"""Nhân sự: the staff list with search and unit filter; add and edit an employee."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import staff
from app.services.staff import EmployeeInfo
from app.ui import style
from app.ui.context import AppContext
from app.ui.employee_dialog import EmployeeDialog
from app.ui.table_models import EmployeeTableModel, SearchFilterProxy


class StaffPage(QWidget):
    staff_changed = Signal()
    open_assessment = Signal(str)

    def __init__(self, context: AppContext | None = None, parent=None):
        super().__init__(parent)
        self.ctx = context
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.unit = QComboBox()
        self.model = EmployeeTableModel(self)
        self.proxy = SearchFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.assess_button = QPushButton()
        self.units_button = QPushButton()
        self.active_button = QPushButton()
        self.show_inactive = QCheckBox()
        self.count = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.unit, 1)
        top.addWidget(self.show_inactive)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        for b in (self.units_button, self.active_button, self.assess_button, self.edit_button, self.add_button):
            bottom.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(style.MARGIN, style.MARGIN, style.MARGIN, style.MARGIN)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._units = []
        self.search.textChanged.connect(self._filter)
        self.unit.currentIndexChanged.connect(self._filter)
        self.add_button.clicked.connect(self.add_employee)
        self.edit_button.clicked.connect(self.edit_employee)
        self.assess_button.clicked.connect(self._assess)
        self.table.doubleClicked.connect(lambda _i: self.edit_employee())
        self.units_button.clicked.connect(self.edit_units)
        self.active_button.clicked.connect(self.toggle_active)
        self.show_inactive.toggled.connect(lambda _c: self.refresh())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.search.setPlaceholderText(self.tr("Tìm theo tên hoặc mã (gõ không dấu cũng được)…"))
        self.add_button.setText(self.tr("Thêm công chức…"))
        self.edit_button.setText(self.tr("Sửa…"))
        self.assess_button.setText(self.tr("Đánh giá"))
        self.units_button.setText(self.tr("Đơn vị…"))
        self.active_button.setText(self.tr("Ngừng / tiếp tục theo dõi"))
        self.show_inactive.setText(self.tr("Hiện cả người đã ngừng theo dõi"))
        self._update_count()

    def set_context(self, context: AppContext) -> None:
        self.ctx = context
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(staff.list_employees(self.ctx.db, self.ctx.actor,
                                                 include_inactive=self.show_inactive.isChecked()))
        self._units = staff.list_units(self.ctx.db, self.ctx.actor)
        current = self.unit.currentData()
        self.unit.blockSignals(True)
        self.unit.clear()
        self.unit.addItem(self.tr("Tất cả đơn vị"), None)
        for u in self._units:
            self.unit.addItem("    " * u.depth + u.name, u.code)
        if current:
            self.unit.setCurrentIndex(max(0, self.unit.findData(current)))
        self.unit.blockSignals(False)
        self._filter()

    def _filter(self) -> None:
        code = self.unit.currentData()
        if code is None:
            self.proxy.set_units(None)
        else:
            self.proxy.set_units(staff.codes_below(self._units, code))
        self.proxy.set_query(self.search.text())
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(self.tr("{0} công chức").format(self.proxy.rowCount()))

    def selected(self) -> EmployeeInfo | None:
        index = self.table.currentIndex()
        return self.model.row_at(self.proxy.mapToSource(index).row()) if index.isValid() else None

    def add_employee(self) -> None:
        if EmployeeDialog.ask(self, self.ctx):
            self.refresh()
            self.staff_changed.emit()

    def edit_employee(self) -> None:
        employee = self.selected()
        if employee and EmployeeDialog.ask(self, self.ctx, employee):
            self.refresh()
            self.staff_changed.emit()

    def edit_units(self) -> None:
        from app.ui.units_dialog import UnitsDialog

        if UnitsDialog.edit(self, self.ctx):
            self.refresh()
            self.staff_changed.emit()

    def toggle_active(self) -> None:
        employee = self.selected()
        if employee:
            staff.set_active(self.ctx.db, self.ctx.actor, employee.code, not employee.active)
            self.refresh()
            self.staff_changed.emit()

    def _assess(self) -> None:
        employee = self.selected()
        if employee:
            self.open_assessment.emit(employee.code)
