"""Ngạch, hạng: the grade catalogue editor (HR adds a grade or edits its name, kind, order, default range)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.errors import UserError
from app.grades import CODE_MAX, KIND_LABELS, KINDS, GradeInfo
from app.services import grades
from app.ui import i18n, style
from app.ui.context import AppContext
from app.ui.i18n import translate
from app.ui.plain import plain_message

NO_DEFAULT = 0  # the "(không có)" entry of the level boxes


class GradeEditDialog(QDialog):
    """One grade's fields; `ask` returns (code, name, kind, rank, default range or None), or None."""

    def __init__(self, grade: GradeInfo | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Thêm ngạch, hạng") if grade is None else self.tr("Sửa ngạch, hạng"))
        self.code = QLineEdit(grade.code if grade else "")
        self.code.setMaxLength(CODE_MAX)
        self.code.setReadOnly(grade is not None)
        self.code.setPlaceholderText(self.tr("ví dụ V.07.05.14"))
        self.name = QLineEdit(grade.name if grade else "")
        self.name.setPlaceholderText(self.tr("tên đầy đủ, in trên phiếu"))
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(translate("Grades", KIND_LABELS[kind]), kind)
        self.kind.setCurrentIndex(KINDS.index(grade.kind) if grade else 0)
        self.rank = QSpinBox()
        self.rank.setRange(0, 99)
        self.rank.setValue(grade.rank if grade else 3)
        self.rank.setToolTip(self.tr("Số lớn hơn là bậc cao hơn; dùng để sắp xếp danh sách."))
        self.low, self.high = QComboBox(), QComboBox()
        for box in (self.low, self.high):
            box.addItem(self.tr("(không có)"), NO_DEFAULT)
            for level in range(1, 6):
                box.addItem(str(level), level)
        if grade and grade.default_range:
            self.low.setCurrentIndex(grade.default_range[0])
            self.high.setCurrentIndex(grade.default_range[1])
        levels = QHBoxLayout()
        levels.addWidget(self.low)
        levels.addWidget(QLabel("–"))
        levels.addWidget(self.high)
        levels.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Mã:"), self.code)
        form.addRow(self.tr("Tên:"), self.name)
        form.addRow(self.tr("Loại:"), self.kind)
        form.addRow(self.tr("Thứ bậc:"), self.rank)
        form.addRow(self.tr("Cấp độ yêu cầu mặc định:"), levels)
        note = QLabel(self.tr("Cấp độ mặc định dùng cho vị trí việc làm của ngạch, hạng này khi văn bản không quy "
                              "định cấp độ; các vị trí đã có giữ nguyên yêu cầu của mình."))
        note.setWordWrap(True)
        note.setStyleSheet(style.MUTED_TEXT)
        buttons = i18n.buttons("Save", "Cancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(560, 300)

    def values(self) -> tuple:
        low, high = self.low.currentData(), self.high.currentData()
        default = None if low == NO_DEFAULT and high == NO_DEFAULT else (low or high, high or low)
        return self.code.text(), self.name.text(), self.kind.currentData(), self.rank.value(), default

    @classmethod
    def ask(cls, parent, grade: GradeInfo | None = None) -> tuple | None:
        dialog = cls(grade, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


class GradesDialog(QDialog):
    COLUMNS = ["Mã", "Tên", "Loại", "Thứ bậc", "Cấp độ mặc định"]

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.changed = False
        self.setWindowTitle(self.tr("Ngạch, hạng chức danh nghề nghiệp"))
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([translate("GradesDialog", c) for c in self.COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("Thêm ngạch, hạng…"), self.add), (self.tr("Sửa…"), self.edit)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = i18n.buttons("Close")
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(820, 560)
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        self._grades = grades.list_grades(self.ctx.db, self.ctx.actor)
        self.table.setRowCount(len(self._grades))
        for row, g in enumerate(self._grades):
            values = [g.code, g.name, translate("Grades", g.kind_label), str(g.rank), g.default_label]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column in (3, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
            if g.code == select:
                self.table.selectRow(row)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)

    def _current(self) -> GradeInfo | None:
        row = self.table.currentRow()
        return self._grades[row] if 0 <= row < len(self._grades) else None

    def _do(self, action, *args) -> None:
        try:
            saved = action(self.ctx.db, self.ctx.actor, *args)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Không thực hiện được"), plain_message(str(exc)))
            return
        self.changed = True
        self.refresh(saved.code)

    def add(self) -> None:
        values = GradeEditDialog.ask(self)
        if values:
            self._do(grades.add_grade, *values)

    def edit(self) -> None:
        grade = self._current()
        if grade is None:
            return
        values = GradeEditDialog.ask(self, grade)
        if values:
            self._do(grades.change_grade, *values)

    @classmethod
    def edit_catalogue(cls, parent, ctx: AppContext) -> bool:
        dialog = cls(ctx, parent)
        dialog.exec()
        return dialog.changed
