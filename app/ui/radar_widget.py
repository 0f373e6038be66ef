"""The live radar chart in the window; matplotlib is imported only when it is first shown."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.services.assessments import AssessmentView


class RadarPanel(QWidget):
    """Rebuilds the chart when the competencies change; otherwise only moves the polygons."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.canvas = None
        self.chart = None
        self._codes: tuple[str, ...] = ()
        self.setMinimumSize(320, 320)

    def _ensure_canvas(self) -> None:
        if self.canvas is not None:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.canvas = FigureCanvasQTAgg(Figure(figsize=(5.2, 5.2), dpi=100))
        self._layout.addWidget(self.canvas)

    def show_assessment(self, view: AssessmentView | None, other: AssessmentView | None = None) -> None:
        from app.charts.radar import RadarAxis, RadarChart

        self._ensure_canvas()
        ratings = view.ratings if view else ()
        codes = tuple(r.competency_code for r in ratings)
        if codes != self._codes or self.chart is None:
            axes = [RadarAxis(r.competency, r.required_min, r.required_max) for r in ratings]
            self.chart = RadarChart(axes, figure=self.canvas.figure, label_width=15)
            self._codes = codes
        own_label = self.tr("Tự đánh giá") if view and view.kind == "self" else self.tr("Người đánh giá")
        other_label = self.tr("Người đánh giá") if view and view.kind == "self" else self.tr("Tự đánh giá")
        self.chart.set_scores([r.score for r in ratings])
        self.chart.set_score_label(own_label)
        other_scores = other.scores() if other else {}
        self.chart.set_other([other_scores.get(c) for c in codes] if other else None, other_label)
        self.chart.refresh_legend()
        self.canvas.draw_idle()

    def plotted_scores(self) -> list[float]:
        return self.chart.plotted_scores if self.chart else []
