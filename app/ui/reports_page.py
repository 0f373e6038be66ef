"""Báo cáo: per competency across a unit and period — number assessed, mean score, share below."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import gap
from app.services import assessments as svc
from app.services import staff
from app.ui import style
from app.ui.context import AppContext
from app.vntext import format_decimal, format_percent


class ReportsPage(QWidget):
    def __init__(self, context: AppContext | None = None, parent=None):
        super().__init__(parent)
        self.ctx = context
        self.period = QComboBox()
        self.unit = QComboBox()
        self.title = QLabel()
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export)
        self.table = QTableWidget(0, 5)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        top = QHBoxLayout()
        top.addWidget(self.period, 1)
        top.addWidget(self.unit, 2)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(style.MARGIN, style.MARGIN, style.MARGIN, style.MARGIN)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        self._units = []
        self.period.currentIndexChanged.connect(lambda _i: self.refresh_table())
        self.unit.currentIndexChanged.connect(lambda _i: self.refresh_table())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.export_button.setText(self.tr("Xuất Excel tổng hợp…"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Năng lực"), self.tr("Số người được đánh giá"), self.tr("Điểm trung bình"),
            self.tr("Số người chưa đạt"), self.tr("Tỷ lệ chưa đạt"),
        ])

    def set_context(self, context: AppContext) -> None:
        """Remember the context; the summary is computed when the page is shown."""
        self.ctx = context

    def refresh(self) -> None:
        self.period.blockSignals(True)
        self.unit.blockSignals(True)
        self.period.clear()
        for p in svc.list_periods(self.ctx.db, self.ctx.actor):
            self.period.addItem(p.name, p.name)
        self.unit.clear()
        self.unit.addItem(self.tr("Tất cả đơn vị"), None)
        self._units = staff.list_units(self.ctx.db, self.ctx.actor)
        for u in self._units:
            self.unit.addItem("    " * u.depth + u.name, u.code)
        self.period.blockSignals(False)
        self.unit.blockSignals(False)
        self.refresh_table()

    def _unit_ids(self) -> set[int] | None:
        code = self.unit.currentData()
        if code is None:
            return None
        codes = {code}
        for u in self._units:
            if u.parent_code in codes:
                codes.add(u.code)
        return {u.id for u in self._units if u.code in codes}

    def refresh_table(self) -> None:
        if not self.period.currentData():
            self.table.setRowCount(0)
            self.title.setText(self.tr("Chưa có kỳ đánh giá."))
            return
        views = svc.list_assessments(self.ctx.db, self.ctx.actor, self.period.currentData(), self._unit_ids())
        rows = gap.team_summary(v.report() for v in views)
        self.title.setText(self.tr("Tổng hợp theo năng lực (phiếu của người đánh giá): {0} phiếu").format(len(views)))
        self.table.setRowCount(len(rows))
        for n, r in enumerate(rows):
            values = [r.name, str(r.assessed), format_decimal(r.mean_score, 2), str(r.below),
                      format_percent(r.share_below)]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(r.name if column == 0 else "")
                self.table.setItem(n, column, item)

    def export(self) -> None:
        from app.ui.excel_actions import export_gap_summary

        if self.ctx and self.period.currentData():
            export_gap_summary(self, self.ctx, self.period.currentData(), self.unit.currentData())
