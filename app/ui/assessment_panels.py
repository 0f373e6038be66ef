"""The Đánh giá page's three panels side by side: the staff list, the form, the chart and report.

The side panels fold away (a drag to the edge, the Xem menu or their buttons) and the sizes are kept
in the settings. Until the user sizes them, they are laid out for the window's width: the staff list
as wide as its longest name, the chart and report a third of the width, and the form what remains; when the
form would get less than it needs (its grid with the competency's name at FIT_SHARE of its width), the
chart and report panel starts folded (and folds when the window narrows so far). Opening one side panel
where both do not fit folds the other.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSplitter, QStyle

FIT_SHARE = 0.40  # the competency's share of the grid the form is laid out for
CHART_SHARE = 0.30  # the chart and report panel's share of the page when everything fits
CHART_MOST = 460
LIST_CHARS_LEAST, LIST_CHARS = 20, 36  # the staff list: as wide as its longest name, within these many characters


class PanelSplitter(QSplitter):
    LIST, FORM, CHART = 0, 1, 2
    panels_changed = Signal()

    def __init__(self, page):
        super().__init__(Qt.Orientation.Horizontal)
        self.page = page
        self.user_sized = False  # True once the user dragged, folded or opened a panel, or sizes were restored
        self.splitterMoved.connect(self._moved)
        page.picker.model.modelReset.connect(self._refit)  # the staff list's width follows its names

    def _refit(self) -> None:
        if not self.user_sized:
            self.fit_default()

    def _moved(self, *_args) -> None:
        self.user_sized = True
        self.panels_changed.emit()

    def shown(self, index: int) -> bool:
        return self.sizes()[index] > 0

    def preferred(self, index: int, total: int) -> int:
        """The width a side panel opens at, for a page `total` pixels wide."""
        if index == self.LIST:  # the longest name whole, within LIST_CHARS_LEAST…LIST_CHARS characters
            picker = self.widget(self.LIST)
            chars = picker.fontMetrics().averageCharWidth()
            names = min(max(picker.widest_name(), chars * LIST_CHARS_LEAST), chars * LIST_CHARS)
            bar = picker.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
            return max(picker.minimumSizeHint().width(), names + bar + 2 * picker.list.frameWidth() + 12)
        chart = self.widget(self.CHART)
        return max(chart.minimumSizeHint().width(), min(int(CHART_SHARE * total), CHART_MOST))

    def form_needs(self) -> int:
        """The form's width at which the grid gives the competency FIT_SHARE of its width."""
        grid = self.page.grid
        form = self.widget(self.FORM)
        around = form.width() - grid.viewport().width() if grid.viewport().width() > 0 and form.width() > 0 else 0
        if around <= 0 or around > 200:  # not laid out yet: margins, frame and scroll bar
            around = 2 * form.layout().contentsMargins().left() + grid.style().pixelMetric(
                QStyle.PixelMetric.PM_ScrollBarExtent) + 2 * grid.frameWidth()
        return max(grid.least_width(FIT_SHARE) + around, form.minimumSizeHint().width())

    def _total(self) -> int:
        return max(self.width() - 2 * self.handleWidth(), 0)

    def fit_default(self) -> None:
        """Sizes for the width the page has now (see the module)."""
        total = self._total()
        if total <= 0:
            return
        staff = self.preferred(self.LIST, total)
        chart = self.preferred(self.CHART, total)
        if total - staff - chart < self.form_needs():
            chart = 0
        self.setSizes([staff, total - staff - chart, chart])
        self.panels_changed.emit()

    def set_shown(self, index: int, shown: bool) -> None:
        """Open or fold a side panel; opening one where both do not fit folds the other."""
        sizes = self.sizes()
        total = sum(sizes)
        other = self.CHART if index == self.LIST else self.LIST
        if shown:
            sizes[index] = self.preferred(index, total)
            if sizes[other] and total - sizes[index] - sizes[other] < self.form_needs():
                sizes[other] = 0
        else:
            sizes[index] = 0
        sizes[self.FORM] = total - sizes[self.LIST] - sizes[self.CHART]
        self.user_sized = True
        self.setSizes(sizes)
        self.panels_changed.emit()

    def restore(self, state) -> bool:
        """Sizes the user left last time (True when there were some)."""
        if state and self.restoreState(state):
            self.user_sized = True
            self.panels_changed.emit()
            return True
        return False

    def minimumSizeHint(self):  # noqa: N802 - Qt API
        """The form's own minimum: the side panels fold rather than widen the window past the screen."""
        hint = super().minimumSizeHint()
        hint.setWidth(self.widget(self.FORM).minimumSizeHint().width() + 2 * self.handleWidth())
        return hint

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if not self.user_sized:
            self.fit_default()
        elif self.isVisible() and 0 < event.size().width() < event.oldSize().width() and self.shown(self.LIST) \
                and self.shown(self.CHART) and self.sizes()[self.FORM] < self.form_needs():
            self.set_shown(self.CHART, False)  # the window narrowed: the chart folds before the form is squeezed
