"""Báo cáo: the period's results of each person's own position — heatmap, per competency, training needs,
progress — and, apart, the readiness assessments against another position (DESIGN: who is counted)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import assessments as svc
from app.services import staff
from app.ui import style
from app.ui.context import AppContext
from app.ui.report_tables import GroupedTable, HeatmapPanel, grouped
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
        self.title.setWordWrap(True)  # a long summary wraps: the page never widens the window past the screen
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export)
        self.add_period_button = QPushButton()
        self.add_period_button.clicked.connect(self.add_period)
        self.toggle_period_button = QPushButton()
        self.toggle_period_button.clicked.connect(self.toggle_period)
        # units are group rows, not a column repeated on every row; numbers on the right
        self.progress = GroupedTable("tttt", [90, 0, 130, 130])
        self.heatmap_panel = HeatmapPanel()
        self.heatmap_model = self.heatmap_panel.model
        self.heatmap = self.heatmap_panel.view
        self.heatmap_panel.person_activated.connect(self._open)
        self.needs = GroupedTable("ttnnn", [150, 0, 95, 95, 95])
        self.position = QComboBox()
        self.tabs = QTabWidget()
        self.table = GroupedTable("tnnnnnnnnn", [0, 95, 95, 95, 95, 44, 44, 44, 44, 44])
        self.readiness = GroupedTable("ttttntt", [210, 0, 0, 110, 60, 190, 190])
        self.readiness.doubleClicked.connect(self._open_readiness)
        for combo, letters in ((self.period, 10), (self.unit, 10), (self.position, 10)):  # long names: the list
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)  # shows them
            combo.setMinimumContentsLength(letters)
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
        self.tabs.addTab(self.heatmap_panel, "")
        self.tabs.addTab(self.table, "")
        self.tabs.addTab(self.needs, "")
        self.tabs.addTab(self.progress, "")
        self.tabs.addTab(self.readiness, "")
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
        self.tabs.setTabText(4, self.tr("Sẵn sàng cho vị trí khác"))
        self.heatmap_panel.retranslate_ui()
        self.needs.set_headers([self.tr("Mã"), self.tr("Năng lực cần đào tạo, bồi dưỡng"),
                                self.tr("Số người\nchưa đạt"), self.tr("Tổng mức\nthiếu hụt"),
                                self.tr("Mức thiếu hụt\nlớn nhất")])
        self.readiness.set_headers([self.tr("Họ và tên"), self.tr("Vị trí hiện tại"), self.tr("Vị trí được xem xét"),
                                    self.tr("Kết luận"), self.tr("Tỷ lệ\nđạt"),
                                    self.tr("Năng lực chưa đạt\n(mức thiếu hụt)"),
                                    self.tr("Điều kiện\ntheo quy định")])
        if self.position.count():
            self.position.setItemText(0, self.tr("Mọi vị trí"))
        self.progress.set_headers([self.tr("Mã"), self.tr("Họ và tên"), self.tr("Tự đánh giá"),
                                   self.tr("Người đánh giá")])
        self._update_period_button()
        scored = self.tr("Số người được chấm 1 … 5")
        self.table.set_headers([
            self.tr("Năng lực"), self.tr("Số người\nđược đánh giá"), self.tr("Điểm\ntrung bình"),
            self.tr("Số người\nchưa đạt"), self.tr("Tỷ lệ\nchưa đạt"), "1", "2", "3", "4", "5",
        ], {n: scored for n in range(5, 10)})

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
        from app.ui.period_dialog import PeriodDialog

        added = PeriodDialog.ask(self, self.ctx)  # name and dates; the service's refusals show in the dialog
        if added is None:
            return
        self.refresh()
        self.period.setCurrentIndex(self.period.findData(added.name))
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
            self.table.fill([])
            self.title.setText(self.tr("Chưa có kỳ đánh giá."))
            return
        from app.services.reporting import heatmap, people_count, readiness_rows, report_scope, unit_summary

        period, unit, position = self.period.currentData(), self.unit.currentData(), self.position.currentData()
        # computed by the database: each person once, by the form of their own position
        scope = report_scope(self.ctx.db, self.ctx.actor, period, unit, position)
        summary = unit_summary(self.ctx.db, scope)
        self.heatmap_panel.set_heatmap(heatmap(self.ctx.db, scope))  # rows read as they are shown
        stats = summary.competencies
        several = len({s.framework_label for s in stats}) > 1
        self.table.fill([(s_label if several else "", [
            ([f"{r.team.code} — {r.team.name}", str(r.team.assessed), format_decimal(r.team.mean_score, 2),
              str(r.team.below), "–" if r.team.share_below is None else format_percent(r.team.share_below),
              *(str(c) for c in r.team.counts)],
             r.team.code, f"{r.label(True)} — {r.team.name}")
            for r in rows]) for s_label, rows in grouped(stats, lambda s: s.framework_label)])
        self._fill_needs(summary.needs)
        ready = readiness_rows(self.ctx.db, self.ctx.actor, period, unit, position)
        self._fill_readiness(ready)
        count = people_count([r.person for r in ready])
        self.title.setText(self.tr("{0} công chức được đánh giá theo vị trí hiện tại (phiếu của người đánh giá, nếu "
                                   "chưa có thì phiếu tự đánh giá); {1} người có phiếu sẵn sàng cho vị trí khác, "
                                   "xem riêng ở thẻ cuối").format(summary.people, count) if count else
                           self.tr("{0} công chức được đánh giá theo vị trí hiện tại (phiếu của người đánh giá, nếu "
                                   "chưa có thì phiếu tự đánh giá); kỳ này không có phiếu sẵn sàng cho vị trí khác"
                                   ).format(summary.people))

    def _fill_needs(self, needs) -> None:
        """Training needs per unit (its identity, shown by its path), in tree order, the largest first in each."""
        several = len({t.framework for t in needs}) > 1
        self.needs.fill_rows(needs, lambda t: (t.unit_code, t.unit_path or t.unit_name),
                             lambda t: ([t.label(several), t.competency, str(t.staff_below), str(t.total_shortfall),
                                         str(t.largest_shortfall)], t.code, f"{t.label(True)} — {t.competency}"))

    def _fill_readiness(self, rows) -> None:
        from app import gap

        self._readiness = rows
        from app.ui.i18n import translate

        def report_tr(text: str) -> str:
            return translate("Report", text)

        def line(n: int):
            r = rows[n]
            p = r.person
            verdict = translate("Report", gap.VERDICT_LABELS[p.report.summary.verdict])
            ratio = p.report.summary.met_ratio
            current = p.current_position_name or p.current_position_key or self.tr("chưa có vị trí")
            tip = "\n".join([f"{p.name} — {p.unit_path or p.unit_name}",
                             self.tr("Vị trí hiện tại: {0}").format(current),
                             self.tr("Vị trí được xem xét: {0}").format(p.position_name),
                             r.gaps_text(tr=report_tr) or self.tr("Không có năng lực chưa đạt"),
                             r.conditions_text(tr=report_tr)])
            return ([p.name, current, p.position_name, verdict, format_percent(ratio) if ratio is not None else "–",
                     r.gap_codes() or self.tr("không có"), r.conditions_short(tr=report_tr)], n, tip)

        self.readiness.fill_rows(range(len(rows)), lambda n: (rows[n].person.unit_code,
                                                              rows[n].person.unit_path or rows[n].person.unit_name),
                                 line)

    def readiness_at(self, row: int):
        key = self.readiness.key_at(row)
        return None if key is None else self._readiness[key]

    def _open(self, person) -> None:
        """A heatmap row (report_pages.PersonResult) or a readiness row's person (reporting.PersonGap)."""
        basis = getattr(person, "basis", None)
        period, kind = (basis.period, basis.kind) if basis is not None else (person.period, person.kind)
        self.open_assessment.emit(person.employee_code, person.position_key, period, kind)

    def _open_person(self, index) -> None:
        person = self.heatmap_model.person_at(index.row())
        if person is not None:
            self._open(person)

    def _open_readiness(self, index) -> None:
        row = self.readiness_at(index.row())
        if row is not None:
            self._open(row.person)

    def _fill_progress(self) -> None:
        from app.services.reporting import progress_board

        labels = {None: self.tr("chưa làm"), "draft": self.tr("đang soạn"), "submitted": self.tr("đã gửi"),
                  "approved": self.tr("đã phê duyệt")}
        rows = progress_board(self.ctx.db, self.ctx.actor, self.period.currentData(), self.unit.currentData())
        self.progress.fill_rows(rows, lambda r: (r.unit_code, r.unit_path),
                                lambda r: ([r.employee_code, r.name, labels[r.self_status], labels[r.assessor_status]],
                                           r.employee_code, f"{r.name} — {r.unit_path}"))

    def export(self) -> None:
        from app.ui.excel_actions import export_gap_summary

        if self.ctx and self.period.currentData():
            export_gap_summary(self, self.ctx, self.period.currentData(), self.unit.currentData())
