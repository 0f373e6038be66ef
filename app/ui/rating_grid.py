"""The scoring grid: keys 1–5 score, rows of at most three lines, the competency's name first for width.

Column widths are fitted to the grid's width every time it changes: every column but the competency's
gets what its header and its values need (an empty column only its header, a long header wraps onto two
lines when space is short), and the competency's name takes the rest: the other columns give way, down to
what they need at least, until the longest name fits on one line or has TARGET_SHARE of the grid (never
less than MIN_SHARE while they can still give way). A cell shows at most MAX_LINES lines, the last one
ending in "…" when the text goes on; the whole text is the cell's tooltip and the descriptor panel's.
"""

from __future__ import annotations

import textwrap

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QStyledItemDelegate, QTableView

from app import gap
from app.ui.i18n import translate
from app.ui.table_models import RatingTableModel

MAX_LINES = 3  # lines of text a grid row shows at most
MIN_SHARE = 0.35  # the competency's share of the grid's width that other columns give way to
TARGET_SHARE = 0.45  # what the other columns give way to when they have to shrink at all
CAPS = {1: 120, RatingTableModel.NOTE: 220}  # widest a column grows for its values (then it wraps)
HEADER_LINES = 2


def cell_lines(text: str, font, width: int, limit: int = MAX_LINES) -> tuple[list[str], bool]:
    """The text laid out in lines of `width` pixels, at most `limit` of them; True when it was cut.

    The last line kept ends in "…" when the text goes on beyond it."""
    metrics = QFontMetrics(font)
    lines: list[str] = []
    paragraphs = text.split("\n")
    for p_index, paragraph in enumerate(paragraphs):
        layout = QTextLayout(paragraph, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        starts = []
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            starts.append((line.textStart(), line.textLength()))
        layout.endLayout()
        for n, (start, length) in enumerate(starts or [(0, 0)]):
            if len(lines) == limit - 1 and (n < len(starts) - 1 or p_index < len(paragraphs) - 1):
                rest = " ".join([paragraph[start:]] + paragraphs[p_index + 1:])
                lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
                return lines, True
            lines.append(paragraph[start:start + length].rstrip())
    return lines, False


class ThreeLineDelegate(QStyledItemDelegate):
    """Draws a cell's text in at most MAX_LINES lines (the last ending in "…"); sizes rows to match."""

    _sizing = False  # measuring a row: the height is capped, the text need not be cut

    def _text_width(self, option) -> int:
        widget = option.widget
        style = widget.style() if widget is not None else None
        margin = (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1) if style else 3
        return option.rect.width() - 2 * margin

    def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt API
        super().initStyleOption(option, index)
        width = self._text_width(option)
        if option.text and width > 0 and not self._sizing:
            lines, cut = cell_lines(option.text, option.font, width)
            if cut:  # Qt's line separator: a break the style keeps (it would join "\n" lines)
                option.text = "\u2028".join(lines)

    def sizeHint(self, option, index):  # noqa: N802 - Qt API
        self._sizing = True
        try:
            size = super().sizeHint(option, index)
        finally:
            self._sizing = False
        metrics = QFontMetrics(option.font)
        tallest = MAX_LINES * metrics.lineSpacing() + row_padding(option.widget)
        if size.height() > tallest:
            size.setHeight(tallest)
        return size


def row_padding(widget) -> int:
    """Height a row adds around its lines of text (the style's item margins and the grid line)."""
    style = widget.style() if widget is not None else None
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameVMargin, None, widget) if style else 1
    return 2 * margin + 4


class RatingGrid(QTableView):
    """Keyboard first: 1–5 score the current competency, Delete clears, Enter edits the note."""

    score_key = Signal(int, object)  # source row, score or None

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setItemDelegate(ThreeLineDelegate(self))
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setMinimumSectionSize(24)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.timeout.connect(self.fit_columns)
        self.viewport().installEventFilter(self)

    def setModel(self, model) -> None:  # noqa: N802 - Qt API
        super().setModel(model)
        for column in range(model.columnCount()):
            self.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        model.modelReset.connect(self.fit_columns)
        model.dataChanged.connect(self._changed)
        model.headerDataChanged.connect(lambda *_: self._fit_timer.start(0) if not self._fitting else None)

    _fitting = False
    _needs: dict | None = None  # what the columns needed at the last fitting

    def _changed(self, top, bottom, _roles=()) -> None:
        """A saved score or note: the widths again only when what a column needs changed; else its rows' heights."""
        if self.column_needs() != self._needs:
            self._fit_timer.start(0)
            return
        for row in range(top.row(), bottom.row() + 1):
            self.resizeRowToContents(row)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if watched is self.viewport() and event.type() == QEvent.Type.Resize \
                and event.size().width() != event.oldSize().width():
            self.fit_columns()
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------ keys

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        index = self.currentIndex()
        key = event.key()
        if index.isValid() and self.state() != QAbstractItemView.State.EditingState:
            if Qt.Key.Key_1 <= key <= Qt.Key.Key_5 and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                self.score_key.emit(index.row(), key - Qt.Key.Key_0)
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.score_key.emit(index.row(), None)
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                note = self.model().index(index.row(), RatingTableModel.NOTE)
                if self.model().flags(note) & Qt.ItemFlag.ItemIsEditable:
                    self.setCurrentIndex(note)
                    self.edit(note)
                return
        super().keyPressEvent(event)

    def move_to_next(self, row: int) -> None:
        """After a score, go to the next competency (skipping group headings)."""
        model: RatingTableModel = self.model()
        following = [r for r in model.rating_rows() if r > row]
        if following:
            self.setCurrentIndex(model.index(following[0], RatingTableModel.SCORE))

    def focus_current(self) -> None:
        """Take the keyboard, on the current competency's score (the first one when none is current)."""
        model: RatingTableModel = self.model()
        index = self.currentIndex()
        if not index.isValid() or model.row_at(index.row()).rating is None:
            rows = model.rating_rows()
            if rows:
                self.setCurrentIndex(model.index(rows[0], RatingTableModel.SCORE))
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # ------------------------------------------------------------ widths and heights

    def _paddings(self) -> tuple[int, int]:
        style = self.style()
        cell = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1) + 3
        header = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self.horizontalHeader()) + 6
        return cell, header

    def _values(self, column: int) -> list[str]:
        """The texts a column can show: its values, and for the status every status it may take."""
        model: RatingTableModel = self.model()
        if column == RatingTableModel.STATUS:
            return [translate("gap", label) for label in gap.STATUS_LABELS.values()]
        texts = []
        for row in model.rating_rows():
            value = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
            if value not in (None, ""):
                texts.append(str(value))
        return texts

    def column_needs(self) -> dict[int, tuple[int, int, str]]:
        """Per column but the competency's: (width it wants, narrowest it can be, its header's title)."""
        model: RatingTableModel = self.model()
        cell_pad, header_pad = self._paddings()
        metrics = QFontMetrics(self.font())
        header_metrics = QFontMetrics(self.horizontalHeader().font())
        needs = {}
        for column in range(1, model.columnCount()):
            title = model.title(column)
            values = self._values(column)
            wants = max([header_metrics.horizontalAdvance(title) + header_pad]
                        + [metrics.horizontalAdvance(v) + cell_pad for v in values])
            wants = min(wants, max(CAPS.get(column, wants), header_metrics.horizontalAdvance(title) + header_pad))
            header_least = _narrowest(title, header_metrics, HEADER_LINES) + header_pad
            if column == RatingTableModel.STATUS:  # a status on at most two lines: it is read at a glance
                value_least = max([_narrowest(v, metrics, 2) + cell_pad for v in values], default=0)
            else:
                value_least = max([_longest_word(v, metrics) + cell_pad for v in values], default=0)
            needs[column] = (wants, max(header_least, value_least), title)
        return needs

    def _names_width(self) -> int:
        """Pixels the longest competency name takes on one line."""
        model: RatingTableModel = self.model()
        metrics = QFontMetrics(self.font())
        cell_pad, _header = self._paddings()
        names = [model.row_at(r).rating.competency for r in model.rating_rows()]
        return max((metrics.horizontalAdvance(n) for n in names), default=0) + cell_pad

    def least_width(self, share: float = MIN_SHARE) -> int:
        """The viewport width at which the competency still gets `share` with the other columns at their narrowest."""
        others = sum(least for _wants, least, _t in self.column_needs().values())
        return int(others / (1 - share)) + 1

    def fit_columns(self) -> None:
        """Widths for the grid's width now: the others what they need, the competency the rest (see module)."""
        model = self.model()
        if model is None or self._fitting:
            return
        self._fitting = True
        try:
            available = self.viewport().width()
            needs = self._needs = self.column_needs()
            wants = {c: w for c, (w, _l, _t) in needs.items()}
            least = {c: min(l, w) for c, (w, l, _t) in needs.items()}
            # the competency's goal: its longest name on one line, or TARGET_SHARE of the grid when names are longer
            name = max(MIN_SHARE * available, min(self._names_width(), TARGET_SHARE * available))
            room = available - sum(wants.values())
            widths = dict(wants)
            if room < name:  # the others give way, each in proportion to what it can give
                goal = max(available - name, sum(least.values()))
                give = sum(wants.values()) - goal
                slack = sum(wants[c] - least[c] for c in wants) or 1
                widths = {c: max(least[c], round(wants[c] - give * (wants[c] - least[c]) / slack)) for c in wants}
            header = self.horizontalHeader()
            header_metrics = QFontMetrics(header.font())
            _cell, header_pad = self._paddings()
            for column, width in widths.items():
                header.resizeSection(column, width)
                model.set_header_text(column, _wrap_title(needs[column][2], header_metrics, width - header_pad))
            header.resizeSection(0, max(available - sum(widths.values()), 80))
            self.resizeRowsToContents()
        finally:
            self._fitting = False

    def competency_share(self) -> float:
        """The competency column's share of the grid's visible width."""
        return self.horizontalHeader().sectionSize(0) / max(self.viewport().width(), 1)

    def tallest_row_lines(self) -> float:
        """Lines of text in the tallest competency row."""
        model: RatingTableModel = self.model()
        line = QFontMetrics(self.font()).lineSpacing()
        heights = [self.rowHeight(r) for r in model.rating_rows()]
        return (max(heights, default=0) - row_padding(self)) / line

    def sizeHintForRow(self, row: int) -> int:  # noqa: N802 - Qt API
        """Lines of the row's longest cell at its column's width, at most MAX_LINES (as the delegate lays them out)."""
        model: RatingTableModel = self.model()
        if model is None or not 0 <= row < model.rowCount() or model.row_at(row).rating is None:
            return super().sizeHintForRow(row)  # a group's heading: one line, spanning the grid
        font = self.font()
        style = self.style()
        margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1)
        lines = 1
        for column in range(model.columnCount()):
            text = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
            if text not in (None, ""):
                width = self.columnWidth(column) - margin
                lines = max(lines, len(cell_lines(str(text), font, width)[0]) if width > 0 else 1)
                if lines >= MAX_LINES:
                    break
        return lines * QFontMetrics(font).lineSpacing() + row_padding(self)


def _longest_word(text: str, metrics: QFontMetrics) -> int:
    return max((metrics.horizontalAdvance(w) for w in text.split()), default=0)


def _narrowest(title: str, metrics: QFontMetrics, lines: int) -> int:
    """The narrowest width at which the title fits in `lines` lines, cut between words."""
    words = title.split()
    best = metrics.horizontalAdvance(title)
    for chars in range(1, len(title) + 1):
        wrapped = textwrap.wrap(title, chars, break_long_words=False)
        if len(wrapped) <= lines:
            best = min(best, max(metrics.horizontalAdvance(w) for w in wrapped))
    return max(best, max((metrics.horizontalAdvance(w) for w in words), default=0))


def _wrap_title(title: str, metrics: QFontMetrics, width: int) -> str | None:
    """The title broken between words to fit `width`, in as few and as even lines as can be (None: it fits on one
    line)."""
    if metrics.horizontalAdvance(title) <= width:
        return None
    fits = []  # (lines, widest line, the wrapping): the fewest lines, then the most even ("Cấp độ / yêu cầu")
    for chars in range(1, len(title) + 1):
        wrapped = textwrap.wrap(title, chars, break_long_words=False)
        widest = max(metrics.horizontalAdvance(w) for w in wrapped)
        if widest <= width:
            fits.append((len(wrapped), widest, wrapped))
    return "\n".join(min(fits, key=lambda f: f[:2])[2]) if fits else "\n".join(title.split())
