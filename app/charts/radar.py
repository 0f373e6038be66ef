"""Radar chart of one assessment: the required band as a ring, the scores as a polygon.

A pure matplotlib Figure builder (no pyplot, no Qt): the window embeds it, the PDF renders it.
Scores change without rebuilding the figure: `RadarChart.set_scores` only moves the polygons.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from matplotlib.figure import Figure

from app.vntext import nfc

BAND_COLOUR = "#9ecae1"
SCORE_COLOUR = "#d94801"
OTHER_COLOUR = "#6a51a3"


@dataclass(frozen=True)
class RadarAxis:
    label: str
    required_min: int | None
    required_max: int | None


def wrap_label(text: str, width: int = 12, lines: int = 3) -> str:
    """A competency name wrapped to a few short lines; long names end with an ellipsis."""
    wrapped = textwrap.wrap(nfc(text), width=width)
    if len(wrapped) > lines:
        wrapped = wrapped[:lines]
        wrapped[-1] = wrapped[-1].rstrip(",;") + "…"
    return "\n".join(wrapped)


class RadarChart:
    """The figure and the artists that change when scores change."""

    def __init__(self, axes_spec: Sequence[RadarAxis], figure: Figure | None = None, label_width: int = 12):
        self.figure = figure or Figure(figsize=(5.2, 5.2), dpi=100)
        self.figure.clear()
        self.axes_spec = list(axes_spec)
        n = len(self.axes_spec)
        self.angles = [2 * math.pi * i / n for i in range(n)] if n else []
        ax = self.figure.add_subplot(projection="polar")
        self.ax = ax
        ax.set_theta_offset(math.pi / 2)
        ax.set_theta_direction(-1)
        ax.set_ylim(0, 5)
        ax.set_yticks([1, 2, 3, 4, 5])
        ax.set_yticklabels(["1", "2", "3", "4", "5"], fontsize=7, color="#666666")
        ax.set_xticks(self.angles)
        ax.set_xticklabels([wrap_label(a.label, label_width) for a in self.axes_spec], fontsize=6.5)
        ax.tick_params(axis="x", pad=12)
        ax.grid(color="#cccccc", linewidth=0.6)
        self._draw_band()
        closed = self.angles + self.angles[:1]
        (self.score_line,) = ax.plot(closed, [0] * len(closed), color=SCORE_COLOUR, linewidth=2,
                                     marker="o", markersize=4, label="Điểm đánh giá")
        (self.other_line,) = ax.plot(closed, [0] * len(closed), color=OTHER_COLOUR, linewidth=1.2,
                                     linestyle="--", marker="s", markersize=3, label="Điểm đối chiếu")
        self.other_line.set_visible(False)
        self._scores: list[int | None] = [None] * n
        self._other: list[int | None] = [None] * n
        self.legend = None
        self.refresh_legend()
        self.figure.subplots_adjust(left=0.18, right=0.82, top=0.85, bottom=0.15)

    def _draw_band(self) -> None:
        """Shade between min and max on every axis: a ring, not a polygon from the centre."""
        self.band = None
        if not self.angles:
            return
        closed = self.angles + self.angles[:1]
        gap = float("nan")  # a text-only requirement has no level: the ring opens there
        lows = [a.required_min if a.required_min is not None else gap for a in self.axes_spec]
        highs = [a.required_max if a.required_max is not None else gap for a in self.axes_spec]
        lows, highs = lows + lows[:1], highs + highs[:1]
        self.band = self.ax.fill_between(closed, lows, highs, color=BAND_COLOUR, alpha=0.45, linewidth=0,
                                         label="Cấp độ yêu cầu")
        self.ax.plot(closed, highs, color=BAND_COLOUR, linewidth=0.8)
        self.ax.plot(closed, lows, color=BAND_COLOUR, linewidth=0.8)

    @staticmethod
    def _polygon(angles: list[float], values: Sequence[int | None]) -> tuple[list[float], list[float]]:
        """Angles and radii of a closed polygon; unrated axes sit at the centre."""
        radii = [v if v is not None else 0 for v in values]
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

    def refresh_legend(self) -> None:
        handles = [self.score_line] + ([self.other_line] if self.other_line.get_visible() else [])
        if self.band is not None:
            handles.insert(0, self.band)
        if self.legend is not None:
            self.legend.remove()
        self.legend = self.figure.legend(handles=handles, labels=[h.get_label() for h in handles],
                                         loc="lower left", ncol=1, fontsize=7, frameon=False)

    @property
    def scores(self) -> list[int | None]:
        return list(self._scores)

    @property
    def plotted_scores(self) -> list[float]:
        """Radii of the score polygon as drawn (without the closing point)."""
        return list(self.score_line.get_ydata())[:-1]


def render_png(axes_spec: Sequence[RadarAxis], scores: Sequence[int | None], other: Sequence[int | None] | None,
               path_or_buffer, dpi: int = 150, score_label: str = "Điểm đánh giá",
               other_label: str = "Điểm đối chiếu") -> None:
    """The chart as a PNG (for printouts)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    chart = RadarChart(axes_spec)
    FigureCanvasAgg(chart.figure)
    chart.set_scores(scores)
    chart.set_score_label(score_label)
    chart.set_other(other, other_label)
    chart.refresh_legend()
    chart.figure.savefig(path_or_buffer, format="png", dpi=dpi)
