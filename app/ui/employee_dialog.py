"""Add or edit one employee: a compact two-column form (dates on a calendar) and the record tab."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.services import catalog, staff
from app.services.staff import EmployeeInfo, EmployeeInput
from app.ui import i18n, style
from app.ui.context import AppContext
from app.ui.date_edit import DateEdit

WIDTH = 700  # fits a 1366×768 screen at 125 % with room to spare
DEPTH_ROLE = Qt.ItemDataRole.UserRole + 1


class IndentDelegate(QStyledItemDelegate):
    """A unit indented by its depth in the tree, in the drop-down list only."""

    def paint(self, painter, option, index) -> None:
        option = QStyleOptionViewItem(option)
        option.rect.setLeft(option.rect.left() + (index.data(DEPTH_ROLE) or 0) * 3 * style.SPACING)
        super().paint(painter, option, index)


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
        self.birth = DateEdit(employee.birth_date if employee else None, suggest=dt.date(dt.date.today().year - 30, 1, 1))
        self.gender = QComboBox()
        for stored in ("", "Nam", "Nữ"):  # stored as written in Vietnamese, shown in the window's language
            self.gender.addItem(self.tr(stored) if stored else "", stored)
        if employee:
            self.gender.setCurrentIndex(max(self.gender.findData(employee.gender), 0))
        self.unit = QComboBox()
        for u in staff.list_units(ctx.db, ctx.actor):  # the tree indented in the list, the name alone in the box
            self.unit.addItem(u.name, u.code)
            self.unit.setItemData(self.unit.count() - 1, u.name, Qt.ItemDataRole.ToolTipRole)
            self.unit.setItemData(self.unit.count() - 1, u.depth, DEPTH_ROLE)
        self.unit.setItemDelegate(IndentDelegate(self.unit))
        if employee:
            self.unit.setCurrentIndex(self.unit.findData(employee.unit))
        self.position = QComboBox()
        self.position.addItem(self.tr("(chưa có)"), None)
        for p in catalog.list_positions(ctx.db, ctx.actor):
            self.position.addItem(f"{p.name} — {p.grade_label} · {p.key}", p.key)
            self.position.setItemData(self.position.count() - 1, f"{p.name} — {p.grade_label} · {p.key}",
                                      Qt.ItemDataRole.ToolTipRole)
        if employee and employee.position:
            self.position.setCurrentIndex(self.position.findData(employee.position))
        for combo in (self.unit, self.position):  # long names: the dialog stays compact, the list shows them whole
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(24)
            combo.view().setMinimumWidth(WIDTH)
        self.grade = QComboBox()
        self.grade.addItem(self.tr("(theo vị trí)"), "")
        from app.services.grades import grade_catalogue

        grades = grade_catalogue(ctx.db, ctx.actor)
        for g in grades:  # by full name; the catalogue is HR's (Vị trí việc làm menu)
            self.grade.addItem(g.name, g.code)
            self.grade.setItemData(self.grade.count() - 1, f"{i18n.translate('Grades', g.kind_label)} · {g.code}",
                                   Qt.ItemDataRole.ToolTipRole)
        if employee and employee.grade:
            self.grade.setCurrentIndex(self.grade.findData(employee.grade))
        self.grade.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.grade.setMinimumContentsLength(14)
        self.grade_since = DateEdit(employee.grade_since if employee else None)
        self.education = QLineEdit(employee.education if employee else "")
        self.certificates = QLineEdit(employee.certificates if employee else "")
        self.error = QLabel()
        self.error.setStyleSheet(style.ERROR_TEXT)
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # a refusal quotes what was typed

        person = self._group(self.tr("Cá nhân"), [
            [(self.tr("Mã công chức:"), self.code), (self.tr("Ngày sinh:"), self.birth)],
            [(self.tr("Họ và tên:"), self.name), (self.tr("Giới tính:"), self.gender)],
        ])
        work = self._group(self.tr("Công tác"), [
            [(self.tr("Đơn vị:"), self.unit)],
            [(self.tr("Vị trí việc làm:"), self.position)],
            [(self.tr("Ngạch, hạng:"), self.grade), (self.tr("Giữ ngạch, hạng từ:"), self.grade_since)],
        ])
        studies = self._group(self.tr("Trình độ"), [
            [(self.tr("Trình độ đào tạo:"), self.education)],
            [(self.tr("Chứng chỉ:"), self.certificates)],
        ])
        label_width = max(label.sizeHint().width() for box in (person, work, studies)
                          for label in box.findChildren(QLabel))
        for box in (person, work, studies):  # the labels of the three groups in one column
            box.layout().setColumnMinimumWidth(0, label_width)
        general = QWidget()
        column = QVBoxLayout(general)
        column.setSpacing(style.SPACING)
        for box in (person, work, studies):
            column.addWidget(box)
        column.addStretch(1)
        from app.ui.employee_record_tab import EmployeeRecordTab

        self.record = EmployeeRecordTab([(g.name, g.code) for g in grades], employee)
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
        self.resize(WIDTH, 470)

    @staticmethod
    def _group(title: str, rows: list[list[tuple[str, QWidget]]]) -> QGroupBox:
        """Label–field pairs, two to a row; a row with one pair spans the whole width."""
        box = QGroupBox(title)
        box.setStyleSheet(style.GROUP_BOX)
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(style.SPACING * 2)
        grid.setVerticalSpacing(style.SPACING)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        for r, pairs in enumerate(rows):
            for n, (text, field) in enumerate(pairs):
                label = QLabel(text)
                label.setBuddy(field)
                grid.addWidget(label, r, 2 * n)
                grid.addWidget(field, r, 2 * n + 1, 1, 3 if len(pairs) == 1 else 1)
        return box

    def values(self) -> EmployeeInput:
        return EmployeeInput(
            code=self.code.text(),
            name=self.name.text(),
            unit=self.unit.currentData() or "",
            position=self.position.currentData(),
            grade=self.grade.currentData() or None,
            grade_since=self.grade_since.date_text(),
            birth_date=self.birth.date_text(),
            gender=self.gender.currentData() or "",
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
