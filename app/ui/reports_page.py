"""Báo cáo: per competency across a unit and period — number assessed, mean score, share below."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QMessageBox,
    QTabWidget,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.services import assessments as svc
from app.services import staff
from app.ui import i18n
from app.ui import style
from app.ui.context import AppContext
from app.vntext import format_decimal, format_percent


class ReportsPage(QWidget):
    period_changed = Signal()
    open_assessment = Signal(str, str, str, str)  # employee, position, period, kind

    def __init__(self, context: AppContext | None = None, parent=None):
        super().__init__(parent)
        self.ctx = context
        self.period = QComboBox()
        self.unit = QComboBox()
        self.title = QLabel()
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export)
        self.add_period_button = QPushButton()
        self.add_period_button.clicked.connect(self.add_period)
        self.toggle_period_button = QPushButton()
        self.toggle_period_button.clicked.connect(self.toggle_period)
        self.progress = QTableWidget(0, 5)
        self.progress.verticalHeader().hide()
        self.progress.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.progress.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        from app.ui.table_models import HeatmapModel

        self.heatmap_model = HeatmapModel(self)
        self.heatmap = QTableView()
        self.heatmap.setModel(self.heatmap_model)
        self.heatmap.horizontalHeader().setDefaultSectionSize(52)
        self.heatmap.verticalHeader().setDefaultSectionSize(22)
        self.heatmap.doubleClicked.connect(self._open_person)
        self.needs = QTableWidget(0, 5)
        self.needs.verticalHeader().hide()
        self.needs.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.needs.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.position = QComboBox()
        self.tabs = QTabWidget()
        self.table = QTableWidget(0, 10)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        top = QHBoxLayout()
        top.addWidget(self.period, 1)
        top.addWidget(self.unit, 2)
        top.addWidget(self.position, 2)
        top.addWidget(self.add_period_button)
        top.addWidget(self.toggle_period_button)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(style.MARGIN, style.MARGIN, style.MARGIN, style.MARGIN)
        layout.addLayout(top)
        layout.addWidget(self.title)
        self.tabs.addTab(self.heatmap, "")
        self.tabs.addTab(self.table, "")
        self.tabs.addTab(self.needs, "")
        self.tabs.addTab(self.progress, "")
        layout.addWidget(self.tabs, 1)
        self._units = []
        self.period.currentIndexChanged.connect(lambda _i: self.refresh_table())
        self.position.currentIndexChanged.connect(lambda _i: self.refresh_table())
        self.unit.currentIndexChanged.connect(lambda _i: self.refresh_table())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.export_button.setText(self.tr("Xuất Excel tổng hợp…"))
        self.add_period_button.setText(self.tr("Thêm kỳ đánh giá…"))
        self.tabs.setTabText(0, self.tr("Bản đồ nhiệt"))
        self.tabs.setTabText(1, self.tr("Theo năng lực"))
        self.tabs.setTabText(2, self.tr("Nhu cầu đào tạo"))
        self.tabs.setTabText(3, self.tr("Tiến độ"))
        self.needs.setHorizontalHeaderLabels([self.tr("Đơn vị"), self.tr("Mã"), self.tr("Năng lực"),
                                              self.tr("Số người chưa đạt"), self.tr("Tổng mức thiếu hụt")])
        if self.position.count():
            self.position.setItemText(0, self.tr("Mọi vị trí"))
        self.progress.setHorizontalHeaderLabels([
            self.tr("Mã"), self.tr("Họ và tên"), self.tr("Tự đánh giá"), self.tr("Người đánh giá"), self.tr("Đơn vị"),
        ])
        self._update_period_button()
        self.table.setHorizontalHeaderLabels([
            self.tr("Năng lực"), self.tr("Số người được đánh giá"), self.tr("Điểm trung bình"),
            self.tr("Số người chưa đạt"), self.tr("Tỷ lệ chưa đạt"), "1", "2", "3", "4", "5",
        ])

    def set_context(self, context: AppContext) -> None:
        """Remember the context; the summary is computed when the page is shown."""
        self.ctx = context

    def refresh(self) -> None:
        self.period.blockSignals(True)
        self.unit.blockSignals(True)
        current = self.period.currentData()
        self.period.clear()
        self._periods = {p.name: p for p in svc.list_periods(self.ctx.db, self.ctx.actor)}
        for p in self._periods.values():
            label = p.name if p.status == "open" else f"{p.name} ({self.tr('đã đóng')})"
            self.period.addItem(label, p.name)
        if current in self._periods:
            self.period.setCurrentIndex(self.period.findData(current))
        self.unit.clear()
        self.unit.addItem(self.tr("Tất cả đơn vị"), None)
        self._units = staff.list_units(self.ctx.db, self.ctx.actor)
        for u in self._units:
            self.unit.addItem("    " * u.depth + u.name, u.code)
        self.position.blockSignals(True)
        chosen = self.position.currentData()
        self.position.clear()
        self.position.addItem(self.tr("Mọi vị trí"), None)
        from app.services import catalog

        for p in catalog.list_positions(self.ctx.db, self.ctx.actor):
            self.position.addItem(f"{p.name} — {p.grade_label} · {p.key}", p.key)
        if chosen:
            self.position.setCurrentIndex(max(0, self.position.findData(chosen)))
        self.position.blockSignals(False)
        self.period.blockSignals(False)
        self.unit.blockSignals(False)
        self.refresh_table()

    def _update_period_button(self) -> None:
        period = getattr(self, "_periods", {}).get(self.period.currentData())
        self.toggle_period_button.setEnabled(period is not None)
        self.toggle_period_button.setText(self.tr("Mở lại kỳ") if period and period.status == "closed"
                                          else self.tr("Đóng kỳ"))

    def add_period(self) -> None:
        name, ok = i18n.get_text(self, self.tr("Thêm kỳ đánh giá"), self.tr("Tên kỳ đánh giá (ví dụ Năm 2027):"))
        if not ok or not name.strip():
            return
        try:
            svc.add_period(self.ctx.db, self.ctx.actor, name)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Không tạo được"), str(exc))
            return
        self.refresh()
        self.period.setCurrentIndex(self.period.findData(name.strip()))
        self.period_changed.emit()

    def toggle_period(self) -> None:
        period = self._periods.get(self.period.currentData())
        if period is None:
            return
        svc.set_period_status(self.ctx.db, self.ctx.actor, period.name, "open" if period.status == "closed" else "closed")
        self.refresh()
        self.period_changed.emit()

    def refresh_table(self) -> None:
        self._update_period_button()
        if self.ctx is not None and self.period.currentData():
            self._fill_progress()
        if not self.period.currentData():
            self.table.setRowCount(0)
            self.title.setText(self.tr("Chưa có kỳ đánh giá."))
            return
        from app.services.reporting import competency_stats, mixed, person_gaps, training_needs

        people = person_gaps(self.ctx.db, self.ctx.actor, self.period.currentData(), self.unit.currentData(),
                             self.position.currentData())
        self.heatmap_model.set_people(people)
        # a competency is its framework and code: with several frameworks, each code shows its framework
        several = mixed(people)
        if several:  # the header's second line names the framework: wide enough to read it
            self.heatmap.resizeColumnsToContents()
        rows = competency_stats(people)
        self.title.setText(self.tr("{0} công chức được đánh giá trong kỳ (theo phiếu của người đánh giá, "
                                   "nếu chưa có thì phiếu tự đánh giá)").format(len(people)))
        self.table.setRowCount(len(rows))
        for n, stat in enumerate(rows):
            r = stat.team
            name = f"{stat.label(True)} — {r.name}" if several else r.name
            values = [name, str(r.assessed), format_decimal(r.mean_score, 2), str(r.below),
                      format_percent(r.share_below), *(str(c) for c in r.counts)]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(name if column == 0 else "")
                self.table.setItem(n, column, item)
        needs = training_needs(people)
        self.needs.setRowCount(len(needs))
        for n, t in enumerate(needs):
            for column, value in enumerate([t.unit_name, t.label(several), t.competency, str(t.staff_below),
                                            str(t.total_shortfall)]):
                self.needs.setItem(n, column, QTableWidgetItem(value))

    def _open_person(self, index) -> None:
        person = self.heatmap_model.person_at(index.row())
        basis = person.basis
        self.open_assessment.emit(person.employee_code, person.position_key, basis.period, basis.kind)

    def _fill_progress(self) -> None:
        from app.services.reporting import progress_board

        labels = {None: self.tr("chưa làm"), "draft": self.tr("đang soạn"), "submitted": self.tr("đã gửi"),
                  "approved": self.tr("đã phê duyệt")}
        rows = progress_board(self.ctx.db, self.ctx.actor, self.period.currentData(), self.unit.currentData())
        self.progress.setRowCount(len(rows))
        for n, r in enumerate(rows):
            for column, value in enumerate([r.employee_code, r.name, labels[r.self_status], labels[r.assessor_status],
                                            r.unit_name]):
                self.progress.setItem(n, column, QTableWidgetItem(value))

    def export(self) -> None:
        from app.ui.excel_actions import export_gap_summary

        if self.ctx and self.period.currentData():
            export_gap_summary(self, self.ctx, self.period.currentData(), self.unit.currentData())
