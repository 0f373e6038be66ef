"""Nhân sự: the staff list with search and unit filter; add and edit an employee."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui import i18n
from app.errors import UserError
from app.services import catalog, staff
from app.services.staff import EmployeeInfo, EmployeeInput
from app.ui import style
from app.ui.context import AppContext
from app.ui.table_models import EmployeeTableModel, SearchFilterProxy
from app.vntext import format_date


class EmployeeDialog(QDialog):
    """Add or edit one employee; the service validates, errors show in the dialog."""

    def __init__(self, ctx: AppContext, employee: EmployeeInfo | None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.is_new = employee is None
        self.result_info: EmployeeInfo | None = None
        self.setWindowTitle(self.tr("Thêm công chức") if self.is_new else self.tr("Sửa thông tin công chức"))
        self.code = QLineEdit(employee.code if employee else "")
        self.code.setReadOnly(not self.is_new)
        self.name = QLineEdit(employee.name if employee else "")
        self.birth = QLineEdit(format_date(employee.birth_date) if employee else "")
        self.birth.setPlaceholderText("dd/mm/yyyy")
        self.gender = QComboBox()
        self.gender.addItems(["", "Nam", "Nữ"])
        if employee:
            self.gender.setCurrentText(employee.gender)
        self.unit = QComboBox()
        for u in staff.list_units(ctx.db, ctx.actor):
            self.unit.addItem("    " * u.depth + u.name, u.code)
        if employee:
            self.unit.setCurrentIndex(self.unit.findData(employee.unit))
        self.position = QComboBox()
        self.position.addItem(self.tr("(chưa có)"), None)
        for p in catalog.list_positions(ctx.db, ctx.actor):
            self.position.addItem(f"{p.name} — {p.grade_label} · {p.key}", p.key)
        if employee and employee.position:
            self.position.setCurrentIndex(self.position.findData(employee.position))
        for combo in (self.unit, self.position):  # long names: the dialog stays compact, the list shows them whole
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(40)
        self.grade = QComboBox()
        self.grade.addItem(self.tr("(theo vị trí)"), "")
        from app.services.grades import grade_catalogue

        grades = grade_catalogue(ctx.db, ctx.actor)
        for g in grades:  # by full name; the catalogue is HR's (Vị trí việc làm menu)
            self.grade.addItem(g.name, g.code)
            self.grade.setItemData(self.grade.count() - 1, f"{g.kind_label} · {g.code}", Qt.ItemDataRole.ToolTipRole)
        if employee and employee.grade:
            self.grade.setCurrentIndex(self.grade.findData(employee.grade))
        self.grade_since = QLineEdit(format_date(employee.grade_since) if employee else "")
        self.grade_since.setPlaceholderText("dd/mm/yyyy")
        self.education = QLineEdit(employee.education if employee else "")
        self.certificates = QLineEdit(employee.certificates if employee else "")
        self.error = QLabel()
        self.error.setStyleSheet("color:#c0392b")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # a refusal quotes what was typed
        form = QFormLayout()
        form.addRow(self.tr("Mã công chức:"), self.code)
        form.addRow(self.tr("Họ và tên:"), self.name)
        form.addRow(self.tr("Ngày sinh:"), self.birth)
        form.addRow(self.tr("Giới tính:"), self.gender)
        form.addRow(self.tr("Đơn vị:"), self.unit)
        form.addRow(self.tr("Vị trí việc làm:"), self.position)
        form.addRow(self.tr("Ngạch, hạng:"), self.grade)
        form.addRow(self.tr("Ngày giữ ngạch, hạng:"), self.grade_since)
        form.addRow(self.tr("Trình độ đào tạo:"), self.education)
        form.addRow(self.tr("Chứng chỉ:"), self.certificates)
        from app.ui.employee_record_tab import EmployeeRecordTab

        self.record = EmployeeRecordTab([(g.name, g.code) for g in grades], employee)
        general = QWidget()
        general.setLayout(form)
        self.tabs = QTabWidget()
        self.tabs.addTab(general, self.tr("Thông tin chung"))
        self.tabs.addTab(self.record, self.tr("Trình độ, quá trình công tác"))
        buttons = i18n.buttons("Save", "Cancel")
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(760, 480)

    def values(self) -> EmployeeInput:
        return EmployeeInput(
            code=self.code.text(),
            name=self.name.text(),
            unit=self.unit.currentData() or "",
            position=self.position.currentData(),
            grade=self.grade.currentData() or None,
            grade_since=self.grade_since.text(),
            birth_date=self.birth.text(),
            gender=self.gender.currentText(),
            education=self.education.text(),
            certificates=self.certificates.text(),
            **self.record.values(),
        )

    def _save(self) -> None:
        try:
            self.result_info = staff.save_employee(self.ctx.db, self.ctx.actor, self.values(), self.is_new)
        except UserError as exc:
            if any(str(exc).startswith(w) for w in ("Bằng cấp", "Chứng chỉ", "Quá trình", "Văn bản", "Lý luận",
                                                    "Loại bằng", "Ngành đào tạo")):
                self.tabs.setCurrentWidget(self.record)
            self.error.setText(str(exc))
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget, ctx: AppContext, employee: EmployeeInfo | None = None) -> EmployeeInfo | None:
        dialog = cls(ctx, employee, parent)
        return dialog.result_info if dialog.exec() == QDialog.DialogCode.Accepted else None


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
