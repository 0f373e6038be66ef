"""The live radar chart in the window; matplotlib is imported only when it is first shown.

Only the two polygons change with a score: they are drawn over a cached background (blitting),
so a score change costs about a millisecond instead of a full redraw of labels and grid.
The labels are fitted again when the chart changes size; a shortened label shows its full text as a tooltip.
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.ui import chart_loading
from app.ui.plain import plain_tip
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
        self._legend_key: tuple = ()
        self._pending = None
        self._charts: dict[tuple[str, ...], object] = {}  # competencies → their RadarChart
        self._backgrounds: dict[tuple, tuple] = {}  # (competencies, legend) → (pixels, canvas size)
        self._waiting = False  # for matplotlib, imported in the background
        self.setMinimumSize(320, 320)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._pending is not None:
            view, other = self._pending
            self._pending = None
            self.show_assessment(view, other)

    def _charts_imported(self) -> None:
        self._waiting = False
        if self._pending is not None and self.isVisible():
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
        self.canvas.setMouseTracking(True)

    def _on_resize(self, _event) -> None:
        """A new size: the labels are fitted again before the full redraw that follows."""
        if self.chart is not None:
            self.chart.fit_labels()

    def _on_motion(self, event) -> None:
        """The full name of the competency under the pointer, as a tooltip (labels may be shortened)."""
        text = ""
        if self.chart is not None:
            for i, label in enumerate(self.chart.labels):
                if label.contains(event)[0]:
                    text = self.chart.full_label(i)
                    break
        text = plain_tip(text)  # a competency's name, as typed
        if self.canvas.toolTip() != text:
            self.canvas.setToolTip(text)

    def _on_draw(self, _event) -> None:
        """After a full draw, keep everything but the polygons as the background to blit onto."""
        if self.chart is None:
            return
        self._backgrounds[(self._codes, self._legend_key)] = (
            self.canvas.copy_from_bbox(self.canvas.figure.bbox), self._size())
        self._draw_polygons()

    def _draw_polygons(self) -> None:
        """The layer that changes with every score: the two polygons."""
        for line in (self.chart.score_line, self.chart.other_line):
            if line.get_visible():
                self.chart.ax.draw_artist(line)

    def show_assessment(self, view: AssessmentView | None, other: AssessmentView | None = None) -> None:
        if not self.isVisible():  # nothing to draw on yet: matplotlib waits until the chart is seen
            self._pending = (view, other)
            return
        if self.canvas is None and chart_loading.IMPORT_IN_BACKGROUND and not chart_loading.charts_ready():
            self._pending = (view, other)  # drawn when matplotlib is imported; the form is usable meanwhile
            if not self._waiting:
                self._waiting = True
                chart_loading.preload_charts().done.connect(self._charts_imported)
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
        self.chart.set_score_label(own_label)
        self.chart.set_legend_texts(self.tr("Cấp độ yêu cầu"), self.tr("Trục để trống: chưa đánh giá"))
        legend_key = self.chart.legend_state()  # labels, the counterpart's line, an unrated axis
        if legend_key != getattr(self.chart, "legend_key", None):
            self.chart.refresh_legend()
            self.chart.fit_labels()  # the legend's height may have changed
            self.chart.legend_key = legend_key
        self._legend_key = legend_key
        self._update()

    def _switch_chart(self, codes: tuple[str, ...], ratings) -> None:
        """Show the chart for these competencies: from the cache, or built and cached."""
        from app.charts.radar import RadarAxis, RadarChart

        chart = self._charts.get(codes)
        if chart is None:
            from matplotlib.figure import Figure

            figure = Figure(figsize=self.canvas.figure.get_size_inches(), dpi=self.canvas.figure.dpi)
            axes = [RadarAxis(r.competency, r.required_min, r.required_max) for r in ratings]
            self.canvas.figure = figure
            figure.set_canvas(self.canvas)
            chart = RadarChart(axes, figure=figure)
            for line in (chart.score_line, chart.other_line):
                line.set_animated(True)
            self._charts[codes] = chart
            self.canvas.mpl_connect("draw_event", self._on_draw)  # canvas callbacks live on the figure
            self.canvas.mpl_connect("resize_event", self._on_resize)
            self.canvas.mpl_connect("motion_notify_event", self._on_motion)
        else:
            self.canvas.figure = chart.figure
            chart.figure.set_canvas(self.canvas)
        self.chart = chart
        if tuple(self.chart.figure.get_size_inches()) != self._inches():
            self.chart.figure.set_size_inches(*self._inches(), forward=False)
            self.chart.fit_labels()
        self._codes = codes

    def _size(self) -> tuple[int, int]:
        return (self.canvas.width(), self.canvas.height())

    def _inches(self) -> tuple[float, float]:
        ratio = self.canvas.device_pixel_ratio or 1
        dpi = self.chart.figure.dpi
        return (self.canvas.width() * ratio / dpi, self.canvas.height() * ratio / dpi)

    def _update(self) -> None:
        """Blit the polygons over the cached background, or redraw everything when there is none."""
        background, size = self._backgrounds.get((self._codes, self._legend_key), (None, None))
        if background is None or size != self._size():
            self.canvas.draw_idle()
            return
        self.canvas.restore_region(background)
        self._draw_polygons()
        self.canvas.blit(self.canvas.figure.bbox)

    def plotted_scores(self) -> list[float | None]:
        return self.chart.plotted_scores if self.chart else []
