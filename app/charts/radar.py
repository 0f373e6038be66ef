"""Radar chart of one assessment: the required band as a ring, the scores as a polygon.

A pure matplotlib Figure builder (no pyplot, no Qt): the window embeds it, the PDF and the person
workbook render it as an image, so the three look alike.
Scores change without rebuilding the figure: `RadarChart.set_scores` only moves the polygons.

An unrated competency is not a score of 0: its radius is NaN, so it has no marker and the polygon
breaks there. Labels are numbered like the form's table (STT), placed outside the outer ring and
fitted to the figure: the font, the wrap and the ring's size are chosen so that no label leaves the
figure, covers the ring or another label; a name too long to fit is shortened and its full text is in
`RadarChart.full_label` (the window's tooltip; the table of the form and the workbook).
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.transforms import Bbox

from app.vntext import nfc

BAND_COLOUR = "#9ecae1"
SCORE_COLOUR = "#d94801"
OTHER_COLOUR = "#6a51a3"
LABEL_COLOUR = "#222222"
NAN = float("nan")
UNRATED_LEGEND = "Trục để trống: chưa đánh giá"
# (characters a line, lines) tried in turn until every label fits; then smaller fonts
WRAPS = ((30, 5), (26, 4), (24, 3), (20, 3), (17, 3), (15, 3), (13, 3), (11, 4), (9, 4), (8, 4), (7, 4))


@dataclass(frozen=True)
class RadarAxis:
    label: str
    required_min: int | None
    required_max: int | None


def wrap_label(text: str, width: int = 12, lines: int = 3) -> str:
    """A name wrapped to a few short lines; a name longer than that is cut at a word and ends with '…'."""
    words = " ".join(nfc(text).split())
    wrapped = textwrap.wrap(words, width=width, break_long_words=True)
    if len(wrapped) > lines:
        wrapped = wrapped[:lines]
        last = wrapped[-1]
        if len(last) > width - 1:
            last = last[: width - 1].rsplit(" ", 1)[0] if " " in last[: width - 1] else last[: width - 1]
        wrapped[-1] = last.rstrip(" ,;:.-–") + "…"
    return "\n".join(wrapped)


def axis_label(number: int, text: str, width: int, lines: int) -> str:
    """'3. Name' wrapped: the number is the row of the form's table."""
    return wrap_label(f"{number}. {text}", width, lines)


# Remembered for the whole session, by every chart (a position's chart is built again whenever someone of it is
# shown): a label's box by (wrapped text, font size, dpi), and the fit chosen for a set of labels at a size. Text
# measuring costs milliseconds a label in FreeType; a new chart would otherwise measure each label many times.
_MEASURED: dict[tuple, tuple[float, float]] = {}
_FITS: dict[tuple, tuple[float, float]] = {}
_REMEMBERED = 50_000  # entries of either before it is emptied (a long session through many positions)


def _radii(values: Sequence[int | float | None]) -> list[float]:
    return [float(v) if v is not None else NAN for v in values]


class RadarChart:
    """The figure and the artists that change when scores change."""

    def __init__(self, axes_spec: Sequence[RadarAxis], figure: Figure | None = None, label_width: int = 30,
                 fontsize: float = 8.0, min_fontsize: float = 6.0):
        self.figure = figure or Figure(figsize=(5.2, 5.2), dpi=100)
        self.figure.clear()
        self.axes_spec = list(axes_spec)
        self.fontsize, self.min_fontsize = fontsize, min_fontsize
        self.wraps = tuple(w for w in WRAPS if w[0] <= label_width) or WRAPS[-1:]
        n = len(self.axes_spec)
        self.angles = [2 * math.pi * i / n for i in range(n)] if n else []
        ax = self.figure.add_axes((0.1, 0.1, 0.8, 0.8), projection="polar")
        self.ax = ax
        ax.set_theta_offset(math.pi / 2)
        ax.set_theta_direction(-1)
        ax.set_ylim(0, 5)
        ax.set_yticks([1, 2, 3, 4, 5])
        ax.set_yticklabels(["1", "2", "3", "4", "5"], fontsize=max(min_fontsize, fontsize - 1.5), color="#666666")
        ax.set_rlabel_position(360 / n / 2 if n else 0)  # between the first two spokes, off the polygon's corners
        ax.set_xticks(self.angles)
        ax.set_xticklabels([])  # the labels are placed by fit_labels, outside the ring
        ax.grid(color="#cccccc", linewidth=0.6)
        self.full_labels = [nfc(f"{i}. {a.label}") for i, a in enumerate(self.axes_spec, start=1)]
        self._sizes = _MEASURED  # shared by every chart: measuring a label is the slow part of drawing a new one
        self.labels = [ax.text(0, 0, "", transform=ax.transAxes, fontsize=fontsize, color=LABEL_COLOUR,
                               clip_on=False, linespacing=1.1) for _ in self.axes_spec]
        self._draw_band()
        closed = self.angles + self.angles[:1]
        (self.score_line,) = ax.plot(closed, [NAN] * len(closed), color=SCORE_COLOUR, linewidth=2,
                                     marker="o", markersize=4, label="Điểm đánh giá")
        (self.other_line,) = ax.plot(closed, [NAN] * len(closed), color=OTHER_COLOUR, linewidth=1.2,
                                     linestyle="--", marker="s", markersize=3, label="Điểm đối chiếu")
        self.other_line.set_visible(False)
        for line in (self.score_line, self.other_line):
            line.set_clip_on(False)  # a 5 sits on the outer ring: its marker whole, not cut by the ring
        self._unrated_handle = Line2D([], [], linestyle="none", label=UNRATED_LEGEND)
        self._scores: list[int | None] = [None] * n
        self._other: list[int | None] = [None] * n
        self.legend = None
        self.refresh_legend()
        self.fit_labels()

    def _draw_band(self) -> None:
        """Shade between min and max on every axis: a ring, not a polygon from the centre."""
        self.band = None
        if not self.angles:
            return
        closed = self.angles + self.angles[:1]
        gap = NAN  # a text-only requirement has no level: the ring opens there
        lows = [a.required_min if a.required_min is not None else gap for a in self.axes_spec]
        highs = [a.required_max if a.required_max is not None else gap for a in self.axes_spec]
        lows, highs = lows + lows[:1], highs + highs[:1]
        self.band = self.ax.fill_between(closed, lows, highs, color=BAND_COLOUR, alpha=0.45, linewidth=0,
                                         label="Cấp độ yêu cầu")
        self.ax.plot(closed, highs, color=BAND_COLOUR, linewidth=0.8)
        self.ax.plot(closed, lows, color=BAND_COLOUR, linewidth=0.8)

    # ------------------------------------------------------------------ labels that fit

    def _renderer(self):
        canvas = self.figure.canvas
        if hasattr(canvas, "get_renderer"):
            return canvas.get_renderer()
        from matplotlib.backends.backend_agg import RendererAgg

        w, h = self.figure.get_size_inches() * self.figure.dpi
        return RendererAgg(max(int(w), 1), max(int(h), 1), self.figure.dpi)

    def _place(self, radius_in: float, pad_in: float, fontsize: float, renderer) -> None:
        """The ring of radius_in inches centred above the legend, each label just outside it.

        A label's box lies beyond the tangent to a circle pad_in larger than the ring, in the direction of its
        axis; it is wrapped as wide as the room between its neighbours allows (narrow at the top and bottom,
        wide at the sides, where its height is what neighbours share)."""
        w, h = self.figure.get_size_inches()
        band = self._legend_height_in()
        cx, cy = w / 2, band + (h - band) / 2
        self.ax.set_position(((cx - radius_in) / w, (cy - radius_in) / h, 2 * radius_in / w, 2 * radius_in / h))
        dpi = self.figure.dpi
        centre = (cx * dpi, cy * dpi)
        reach = (radius_in + pad_in) * dpi
        chord = 2 * reach * math.sin(math.pi / len(self.labels)) if len(self.labels) > 2 else 10 * reach
        to_axes = self.ax.transAxes.inverted()
        self._placed = []
        for text, full, theta in zip(self.labels, self.full_labels, self.angles, strict=True):
            s, c = math.sin(theta), math.cos(theta)
            number, _, name = full.partition(". ")
            text.set_fontsize(fontsize)
            text.set_horizontalalignment("center")
            text.set_verticalalignment("center")
            text.set_multialignment("left" if s > 0.3 else "right" if s < -0.3 else "center")
            for wrap in self.wraps:  # the widest wrap whose breadth across the axis leaves room for the neighbours
                label = axis_label(int(number), name, *wrap)
                text.set_text(label)
                key = (label, fontsize, dpi)
                if key not in self._sizes:
                    box = text.get_window_extent(renderer)
                    self._sizes[key] = (box.width, box.height)
                bw, bh = self._sizes[key]
                if abs(c) * bw + abs(s) * bh <= 0.92 * chord:
                    break
            d = reach + abs(s) * bw / 2 + abs(c) * bh / 2
            x, y = centre[0] + d * s, centre[1] + d * c
            text.set_position(tuple(to_axes.transform((x, y))))
            self._placed.append(Bbox.from_bounds(x - bw / 2, y - bh / 2, bw, bh))  # centred on its point

    def _legend_height_in(self) -> float:
        if self.legend is None:
            return 0.0
        rows = math.ceil(len(self.legend.legend_handles) / 2)
        return 0.1 + rows * (self.legend.prop.get_size_in_points() * 1.6) / 72

    def placed_boxes(self) -> list:
        """The labels' boxes as _place put them (centred on their points, sizes as measured), in display units:
        what get_window_extent would give, without measuring the text again."""
        return list(self._placed)

    def label_problems(self, renderer=None, boxes=None) -> list[str]:
        """Why the labels as placed do not fit: outside the figure, over the ring, over each other or the legend.
        boxes: the labels' boxes when known (placed_boxes); else each label is measured."""
        renderer = renderer or self._renderer()
        fig = self.figure.bbox
        boxes = boxes if boxes is not None else [t.get_window_extent(renderer) for t in self.labels]
        centre = self.ax.transAxes.transform((0.5, 0.5))
        ring = self.ax.transAxes.transform((1.0, 0.5))[0] - centre[0]
        legend = self.legend.get_window_extent(renderer) if self.legend is not None else None
        problems = []
        for i, b in enumerate(boxes):
            if b.x0 < fig.x0 or b.y0 < fig.y0 or b.x1 > fig.x1 or b.y1 > fig.y1:
                problems.append(f"{i + 1} ra ngoài hình")
            nearest_x = min(max(centre[0], b.x0), b.x1)
            nearest_y = min(max(centre[1], b.y0), b.y1)
            if math.hypot(nearest_x - centre[0], nearest_y - centre[1]) < ring:
                problems.append(f"{i + 1} đè lên vòng ngoài")
            if legend is not None and b.overlaps(legend):
                problems.append(f"{i + 1} đè lên chú giải")
            for j in range(i + 1, len(boxes)):
                if b.overlaps(boxes[j]):
                    problems.append(f"{i + 1} đè lên {j + 1}")
        return problems

    def fit_labels(self) -> None:
        """Choose the largest ring, font and wrap with which every label fits (the first that does).

        The choice depends only on the figure's size and the legend's height: it is remembered, so a chart
        shown again (another person, the legend back to what it was) is placed in one step, not searched."""
        if not self.labels:
            return
        for remembered in (_MEASURED, _FITS):
            if len(remembered) > _REMEMBERED:
                remembered.clear()
        renderer = self._renderer()
        w, h = self.figure.get_size_inches()
        legend = self._legend_height_in()
        room = min(w, h - legend) / 2
        pad = 0.06
        fits = _FITS
        key = (tuple(self.full_labels), self.fontsize, self.min_fontsize, self.wraps,
               round(float(w), 4), round(float(h), 4), round(legend, 4), self.figure.dpi)
        if key in fits:
            share, fontsize = fits[key]
            self._place(room * share, pad, fontsize, renderer)
            return
        fontsize = self.fontsize
        while fontsize >= self.min_fontsize - 1e-9:  # the largest ring, then a smaller font
            for share in (0.62, 0.56, 0.5, 0.45, 0.4):
                self._place(room * share, pad, fontsize, renderer)
                if not self.label_problems(renderer, self.placed_boxes()):
                    fits[key] = (share, fontsize)
                    return
            fontsize -= 0.5
        fits[key] = (0.4, self.min_fontsize)
        self._place(room * 0.4, pad, self.min_fontsize, renderer)  # nothing fits: the smallest try

    # ------------------------------------------------------------------ scores

    @staticmethod
    def _polygon(angles: list[float], values: Sequence[int | None]) -> tuple[list[float], list[float]]:
        """Angles and radii of a closed polygon; an unrated axis is NaN: no marker, the line breaks there."""
        radii = _radii(values)
        return angles + angles[:1], radii + radii[:1]

    def set_scores(self, scores: Sequence[int | None]) -> None:
        self._scores = list(scores)
        self.score_line.set_data(*self._polygon(self.angles, self._scores))

    def set_other(self, scores: Sequence[int | None] | None, label: str = "Điểm đối chiếu") -> None:
        self._other = list(scores) if scores else [None] * len(self.angles)
        visible = bool(scores) and any(s is not None for s in scores)
        self.other_line.set_data(*self._polygon(self.angles, self._other))
        self.other_line.set_visible(visible)
        self.other_line.set_label(label)

    def set_score_label(self, label: str) -> None:
        self.score_line.set_label(label)

    def set_legend_texts(self, required: str, unrated: str) -> None:
        """The legend's fixed entries in the interface's language (the required band, the unrated axes)."""
        if self.band is not None:
            self.band.set_label(required)
        self._unrated_handle.set_label(unrated)

    def has_unrated(self) -> bool:
        return any(s is None for s in self._scores) or (
            self.other_line.get_visible() and any(s is None for s in self._other))

    def refresh_legend(self) -> None:
        handles = [self.score_line] + ([self.other_line] if self.other_line.get_visible() else [])
        if self.band is not None:
            handles.insert(0, self.band)
        if self.angles and self.has_unrated():
            handles.append(self._unrated_handle)
        if self.legend is not None:
            self.legend.remove()
        self.legend = self.figure.legend(handles=handles, labels=[h.get_label() for h in handles],
                                         loc="lower center", ncol=2, fontsize=max(self.min_fontsize, self.fontsize - 0.5),
                                         frameon=False, borderaxespad=0.2, handlelength=1.6)

    def legend_state(self) -> tuple:
        """What the legend shows: when it changes, the legend (and the cached background) is redrawn."""
        return (self.score_line.get_label(), self.other_line.get_label(), self.other_line.get_visible(),
                self.has_unrated(), self._unrated_handle.get_label(), self.band.get_label() if self.band else "")

    @property
    def scores(self) -> list[int | None]:
        return list(self._scores)

    @property
    def plotted_scores(self) -> list[float | None]:
        """Radii of the score polygon as drawn (without the closing point); None where unrated (a gap)."""
        return [None if math.isnan(v) else v for v in list(self.score_line.get_ydata())[:-1]]

    def full_label(self, index: int) -> str:
        return self.full_labels[index]


def build_chart(axes_spec: Sequence[RadarAxis], scores: Sequence[int | None], other: Sequence[int | None] | None,
                score_label: str = "Điểm đánh giá", other_label: str = "Điểm đối chiếu",
                figsize: tuple[float, float] = (5.2, 5.2), fontsize: float = 8.0, dpi: int = 100) -> RadarChart:
    """A finished chart for a printout: scores set, legend and labels fitted."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figure = Figure(figsize=figsize, dpi=dpi)
    FigureCanvasAgg(figure)
    chart = RadarChart(axes_spec, figure=figure, fontsize=fontsize)
    chart.set_scores(scores)
    chart.set_score_label(score_label)
    chart.set_other(other, other_label)
    chart.refresh_legend()
    chart.fit_labels()
    return chart


def render_png(axes_spec: Sequence[RadarAxis], scores: Sequence[int | None], other: Sequence[int | None] | None,
               path_or_buffer, dpi: int = 150, score_label: str = "Điểm đánh giá",
               other_label: str = "Điểm đối chiếu", figsize: tuple[float, float] = (5.2, 5.2),
               fontsize: float = 8.0) -> None:
    """The chart as a PNG (for printouts and the person workbook): sized in inches, fonts in points as printed."""
    chart = build_chart(axes_spec, scores, other, score_label, other_label, figsize, fontsize)
    chart.figure.savefig(path_or_buffer, format="png", dpi=dpi)
