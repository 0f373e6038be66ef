"""The live radar chart in the window; matplotlib is imported only when it is first shown.

Only the two polygons change with a score: they are drawn over a cached background (blitting),
so a score change costs about a millisecond instead of a full redraw of labels and grid.
"""

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
        self._background = None
        self._background_size = (0, 0)
        self._legend_key: tuple = ()
        self._pending = None
        self._charts: dict[tuple[str, ...], tuple] = {}  # competencies → (chart, legend key, background)
        self.setMinimumSize(320, 320)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._pending is not None:
            view, other = self._pending
            self._pending = None
            self.show_assessment(view, other)

    def _ensure_canvas(self) -> None:
        if self.canvas is not None:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.canvas = FigureCanvasQTAgg(Figure(figsize=(5.2, 5.2), dpi=100))
        self._layout.addWidget(self.canvas)

    def _on_draw(self, _event) -> None:
        """After a full draw, keep everything but the polygons as the background to blit onto."""
        if self.chart is None:
            return
        self._background = self.canvas.copy_from_bbox(self.canvas.figure.bbox)
        self._background_size = self._size()
        self._draw_polygons()

    def _draw_polygons(self) -> None:
        """The layer that changes: both polygons and the legend that names them."""
        for line in (self.chart.score_line, self.chart.other_line):
            if line.get_visible():
                self.chart.ax.draw_artist(line)
        self.chart.figure.draw_artist(self.chart.legend)

    def show_assessment(self, view: AssessmentView | None, other: AssessmentView | None = None) -> None:
        if not self.isVisible():  # nothing to draw on yet: matplotlib waits until the chart is seen
            self._pending = (view, other)
            return
        self._ensure_canvas()
        ratings = view.ratings if view else ()
        codes = tuple(r.competency_code for r in ratings)
        if codes != self._codes or self.chart is None:
            self._switch_chart(codes, ratings)
        own_label = self.tr("Tự đánh giá") if view and view.kind == "self" else self.tr("Người đánh giá")
        other_label = self.tr("Người đánh giá") if view and view.kind == "self" else self.tr("Tự đánh giá")
        self.chart.set_scores([r.score for r in ratings])
        other_scores = other.scores() if other else {}
        self.chart.set_other([other_scores.get(c) for c in codes] if other else None, other_label)
        legend_key = (own_label, other_label, self.chart.other_line.get_visible())
        if legend_key != self._legend_key:
            self.chart.set_score_label(own_label)
            self.chart.refresh_legend()
            self.chart.legend.set_animated(True)
            self._legend_key = legend_key
        self._update()

    def _switch_chart(self, codes: tuple[str, ...], ratings) -> None:
        """Show the chart for these competencies: from the cache, or built and cached."""
        from app.charts.radar import RadarAxis, RadarChart

        if self.chart is not None:  # keep the current one, with its background, for coming back
            self._charts[self._codes] = (self.chart, self._legend_key, self._background, self._size())
        cached = self._charts.get(codes)
        if cached is not None:
            self.chart, self._legend_key, background, size = cached
            self._background = background if size == self._size() else None
        else:
            from matplotlib.figure import Figure

            figure = Figure(figsize=self.canvas.figure.get_size_inches(), dpi=self.canvas.figure.dpi)
            axes = [RadarAxis(r.competency, r.required_min, r.required_max) for r in ratings]
            self.chart = RadarChart(axes, figure=figure, label_width=15)
            for line in (self.chart.score_line, self.chart.other_line):
                line.set_animated(True)
            self._legend_key = ()
            self._background = None
        self.chart.figure.set_canvas(self.canvas)
        self.canvas.figure = self.chart.figure
        if cached is None:  # canvas callbacks live on the figure: connect each new one
            self.canvas.mpl_connect("draw_event", self._on_draw)
        self.chart.figure.set_size_inches(*self._inches(), forward=False)
        self._codes = codes

    def _size(self) -> tuple[int, int]:
        return (self.canvas.width(), self.canvas.height())

    def _inches(self) -> tuple[float, float]:
        ratio = self.canvas.device_pixel_ratio or 1
        dpi = self.chart.figure.dpi
        return (self.canvas.width() * ratio / dpi, self.canvas.height() * ratio / dpi)

    def _update(self) -> None:
        """Blit the polygons over the cached background, or redraw everything when there is none."""
        if self._background is None or self._background_size != self._size():
            self._background = None
            self.canvas.draw_idle()
            return
        self.canvas.restore_region(self._background)
        self._draw_polygons()
        self.canvas.blit(self.canvas.figure.bbox)

    def plotted_scores(self) -> list[float]:
        return self.chart.plotted_scores if self.chart else []
