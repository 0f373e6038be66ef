"""Nhân sự: the staff list with search and unit filter; add and edit an employee.

The list is read a page at a time and searched by the database (app.ui.staff_model), so it opens at
once however many people the agency has; typing searches as you type in a small list, after a short
pause in a large one.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QIdentityProxyModel, QTimer, Signal
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

from app.services import staff, staff_list
from app.services.staff import EmployeeInfo
from app.ui import style
from app.ui.context import AppContext
from app.ui.employee_dialog import EmployeeDialog
from app.ui.staff_model import StaffListModel

TYPE_AS_YOU_GO = 5000  # up to this many people a search runs at each key; above, after a pause
PAUSE_MS = 250


class StaffPage(QWidget):
    staff_changed = Signal()
    open_assessment = Signal(str)

    def __init__(self, context: AppContext | None = None, parent=None):
        super().__init__(parent)
        self.ctx = context
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.unit = QComboBox()
        self.model = StaffListModel(self)
        self.proxy = QIdentityProxyModel(self)  # the view's model; the database filters and orders
        self.proxy.setSourceModel(self.model)
        self._pause = QTimer(self, singleShot=True, interval=PAUSE_MS, timeout=self._filter)
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
        self._stale = False
        self.search.textChanged.connect(self._typed)
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
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self.ctx is not None and getattr(self, "_stale", False):
            self.refresh()  # read when first shown, not while another page is on screen

    def refresh(self) -> None:
        self._stale = False
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

    def _typed(self) -> None:
        if self.model.total > TYPE_AS_YOU_GO:
            self._pause.start()
        else:
            self._filter()

    def _filter(self) -> None:
        if self.ctx is None:
            return
        self._pause.stop()
        self.model.set_query(partial(self._page, self.search.text(), self.unit.currentData(),
                                     self.show_inactive.isChecked()))
        self._update_count()

    def _page(self, search: str, unit: str | None, inactive: bool, offset: int, limit: int):
        return staff_list.employee_page(self.ctx.db, self.ctx.actor, search=search, unit=unit,
                                   include_inactive=inactive, offset=offset, limit=limit)

    def _update_count(self) -> None:
        self.count.setText(self.tr("{0} công chức").format(self.model.total))

    def selected(self) -> EmployeeInfo | None:
        """The selected person, read whole (the list holds what it shows, not the record's lists)."""
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return staff.get_employee(self.ctx.db, self.ctx.actor, self.model.row_at(self.proxy.mapToSource(index).row()).code)

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
