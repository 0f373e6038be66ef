"""The printed form laid out on A4 pages by hand (QPainter), as Nghị định 30/2020 sets it out.

QTextDocument cannot keep a table row on one page nor repeat the header row, so each piece is measured
(a small QTextDocument per paragraph or cell, laid out for the printer's resolution) and placed here:
a row that does not fit goes to the next page under the repeated header row (only a row taller than a
page is split, between two lines of text); the date line and the signature blocks stay together; the page
number sits in the top margin, centred, from page 2; a form not approved has "DỰ THẢO" in a frame in the
top margin of every page. Coordinates are the paper's, in device pixels (`mm`).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QImage, QPainter, QPen, QTextDocument, QTextOption

from app.charts.radar import RadarAxis, render_png
from app.printed_form import (
    DRAFT_MARK,
    NATIONAL_MOTTO,
    NATIONAL_TITLE,
    SIGN_HINT,
    PrintedForm,
)
from app.ui.print_fonts import print_family

PAGE_MM = (210.0, 297.0)
MARGINS_MM = (30.0, 20.0, 15.0, 20.0)  # left, top, right, bottom: Nghị định 30 (30–35, 20–25, 15–20, 20–25)
TEXT_PT = 13.0  # text
AGENCY_PT = 12.5  # the agency lines and the national title
MOTTO_PT = 13.0
TITLE_PT = 14.0
TABLE_PT = 12.0  # the table's body and header, its notes
CELL_PAD_MM = 1.2
CHART_MM = (160.0, 118.0)


def _e(text: str) -> str:
    return escape(text).replace("\n", "<br>")


@dataclass
class Block:
    """A piece of the page: its height for a width, and how to paint it at a place."""

    height: float
    paint: Callable[[QPainter, float, float], None]


class FormPainter:
    """Lays a PrintedForm out for one paint device (QPdfWriter, QPrinter) and paints it."""

    def __init__(self, device, form: PrintedForm):
        self.device = device
        self.form = form
        self.dpi = device.resolution()
        self.family = print_family()
        left, top, right, bottom = MARGINS_MM
        self.left, self.top = self.mm(left), self.mm(top)
        self.right = self.mm(PAGE_MM[0] - right)
        self.bottom = self.mm(PAGE_MM[1] - bottom)
        self.width = self.right - self.left
        self.page = 1
        self.y = self.top

    def mm(self, value: float) -> float:
        return value / 25.4 * self.dpi

    # ------------------------------------------------------------------ text measured for the device

    def doc(self, html: str, width: float, pt: float = TEXT_PT, align: str = "left") -> QTextDocument:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.device)
        font = QFont(self.family)
        font.setPointSizeF(pt)
        doc.setDefaultFont(font)
        doc.setDocumentMargin(0)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        option.setAlignment({"left": Qt.AlignmentFlag.AlignLeft, "center": Qt.AlignmentFlag.AlignHCenter,
                             "right": Qt.AlignmentFlag.AlignRight, "justify": Qt.AlignmentFlag.AlignJustify}[align])
        doc.setDefaultTextOption(option)
        doc.setHtml(html)
        doc.setTextWidth(width)
        return doc

    @staticmethod
    def draw_doc(painter: QPainter, doc: QTextDocument, x: float, y: float) -> None:
        painter.save()
        painter.translate(x, y)
        doc.drawContents(painter)
        painter.restore()

    def text_block(self, html: str, pt: float = TEXT_PT, align: str = "left", before_mm: float = 0.0,
                   after_mm: float = 1.5, indent: float = 0.0) -> Block:
        doc = self.doc(html, self.width - indent, pt, align)
        before, after = self.mm(before_mm), self.mm(after_mm)
        return Block(before + doc.size().height() + after,
                     lambda p, x, y: self.draw_doc(p, doc, x + indent, y + before))

    # ------------------------------------------------------------------ page furniture

    def new_page(self, painter: QPainter) -> None:
        self.device.newPage()
        self.page += 1
        self.y = self.top
        self.furniture(painter)

    def furniture(self, painter: QPainter) -> None:
        """In the top margin: the page number from page 2 (centred), and the draft mark (right)."""
        if self.page > 1:
            number = self.doc(str(self.page), self.width, TEXT_PT, "center")
            self.draw_doc(painter, number, self.left, self.mm(9))
        if self.form.draft:
            mark = self.doc(f"<b>{DRAFT_MARK}</b>", self.width, TEXT_PT)
            w = mark.idealWidth()
            pad = self.mm(1.5)
            x = self.right - w - pad
            y = self.mm(8)
            self.draw_doc(painter, mark, x, y)
            painter.save()
            painter.setPen(QPen(Qt.GlobalColor.black, self.mm(0.3)))
            painter.drawRect(QRectF(x - pad, y - pad * 0.6, w + 2 * pad, mark.size().height() + pad * 1.2))
            painter.restore()

    def place(self, painter: QPainter, block: Block) -> None:
        """A block goes where the page has room for it, or at the top of the next page."""
        if self.y + block.height > self.bottom and self.y > self.top:
            self.new_page(painter)
        block.paint(painter, self.left, self.y)
        self.y += block.height

    # ------------------------------------------------------------------ the pieces of the form

    def header(self) -> Block:
        """Agency left (parent in regular capitals, issuing body in bold capitals, a short rule); the national
        title and motto right (the motto with a rule as long as itself)."""
        f = self.form
        left_w, right_w = self.width * 0.40, self.width * 0.60
        left_html = (f"{_e(f.parent_agency)}<br>" if f.parent_agency else "") + f"<b>{_e(f.issuing_body)}</b>"
        left = self.doc(left_html, left_w, AGENCY_PT, "center")
        title = self.doc(f"<b>{_e(NATIONAL_TITLE)}</b>", right_w, AGENCY_PT, "center")
        motto = self.doc(f"<b>{_e(NATIONAL_MOTTO)}</b>", right_w, MOTTO_PT, "center")
        gap = self.mm(1.2)
        left_h = left.size().height() + gap
        right_h = title.size().height() + motto.size().height() + gap
        height = max(left_h, right_h) + self.mm(6)

        def paint(p: QPainter, x: float, y: float) -> None:
            self.draw_doc(p, left, x, y)
            self.draw_doc(p, title, x + left_w, y)
            self.draw_doc(p, motto, x + left_w, y + title.size().height())
            p.save()
            p.setPen(QPen(Qt.GlobalColor.black, self.mm(0.25)))
            rule_y = y + left_h
            short = left_w / 3
            p.drawLine(QPointF(x + (left_w - short) / 2, rule_y), QPointF(x + (left_w + short) / 2, rule_y))
            motto_w = motto.idealWidth()
            rule_y = y + right_h
            mx = x + left_w + (right_w - motto_w) / 2
            p.drawLine(QPointF(mx, rule_y), QPointF(mx + motto_w, rule_y))
            p.restore()

        return Block(height, paint)

    def info_block(self) -> Block:
        label_w = self.mm(52)
        pairs = [(self.doc(_e(a), label_w), self.doc(_e(b) if i else f"<b>{_e(b)}</b>", self.width - label_w))
                 for i, (a, b) in enumerate(self.form.info)]
        step = self.mm(0.6)
        heights = [max(a.size().height(), b.size().height()) + step for a, b in pairs]

        def paint(p: QPainter, x: float, y: float) -> None:
            for (a, b), h in zip(pairs, heights, strict=True):
                self.draw_doc(p, a, x, y)
                self.draw_doc(p, b, x + label_w, y)
                y += h

        return Block(sum(heights) + self.mm(3), paint)

    def table(self, painter: QPainter) -> None:
        """The table, row by row: a row that does not fit starts the next page, under the header row again."""
        f = self.form
        widths = [c.width * self.width for c in f.columns]
        pad = self.mm(CELL_PAD_MM)
        pen = QPen(Qt.GlobalColor.black, self.mm(0.2))

        def cells(texts, bold: bool = False, header: bool = False):
            docs = []
            for text, col, w in zip(texts, f.columns, widths, strict=True):
                html = f"<b>{_e(text)}</b>" if bold else _e(text)
                docs.append(self.doc(html, w - 2 * pad, TABLE_PT, "center" if header else col.align))
            return docs, max(d.size().height() for d in docs) + 2 * pad

        head, head_h = cells([c.title for c in f.columns], bold=True, header=True)

        def draw_row(docs, y: float, height: float) -> None:
            x = self.left
            painter.save()
            painter.setPen(pen)
            for d, w in zip(docs, widths, strict=True):
                painter.drawRect(QRectF(x, y, w, height))
                self.draw_doc(painter, d, x + pad, y + pad)
                x += w
            painter.restore()

        def draw_head() -> None:
            draw_row(head, self.y, head_h)
            self.y += head_h

        if self.y + head_h + self.mm(12) > self.bottom:
            self.new_page(painter)
        draw_head()
        for texts in f.rows:
            docs, h = cells(texts)
            if self.y + h > self.bottom:
                room = self.bottom - self.top - head_h
                if h <= room or self.y > self.top + head_h + self.mm(20):
                    self.new_page(painter)
                    draw_head()
            if self.y + h <= self.bottom:
                draw_row(docs, self.y, h)
                self.y += h
                continue
            while True:  # a row taller than a page: split between lines, each part a row of its own
                cut = _cut(docs, self.bottom - self.y - 2 * pad)
                heads = [t[: _position(d, cut)] for t, d in zip(texts, docs, strict=True)]
                if not any(heads):  # not even one line fits: at least the first line of each cell
                    heads = [t[: _position(d, 1 + min(_line_bottoms(d)))] for t, d in zip(texts, docs, strict=True)]
                tails = [t[len(h):].lstrip() for t, h in zip(texts, heads, strict=True)]
                part, part_h = cells(heads)
                draw_row(part, self.y, part_h)
                self.y += part_h
                texts = tails
                docs, h = cells(texts)
                self.new_page(painter)
                draw_head()
                if self.y + h <= self.bottom:
                    draw_row(docs, self.y, h)
                    self.y += h
                    break
        self.y += self.mm(2)

    def chart_block(self) -> Block | None:
        data = self.form.chart
        if data is None:
            return None
        axes = [RadarAxis(label, lo, hi) for label, (lo, hi) in zip(data.labels, data.required, strict=True)]
        buffer = io.BytesIO()
        w_mm, h_mm = CHART_MM
        render_png(axes, list(data.scores), list(data.other) if data.other else None, buffer, dpi=220,
                   score_label=data.score_label, other_label=data.other_label,
                   figsize=(w_mm / 25.4, h_mm / 25.4), fontsize=9)
        image = QImage.fromData(buffer.getvalue())
        w, h = self.mm(w_mm), self.mm(h_mm)
        return Block(h + self.mm(3), lambda p, x, y: p.drawImage(QRectF(x + (self.width - w) / 2, y, w, h), image))

    def signatures(self) -> Block:
        """The date line (right, italics) and the signature blocks, kept on one page."""
        f = self.form
        col_w = self.width / max(len(f.signatures), 1)
        date = self.doc(f"<i>{_e(f.date_line)}</i>", self.width * 0.62, TEXT_PT, "center")
        blocks = [(self.doc(f"<b>{_e(s.title)}</b><br><i>{_e(SIGN_HINT)}</i>", col_w, TEXT_PT, "center"),
                   self.doc(f"<b>{_e(s.name)}</b>", col_w, TEXT_PT, "center")) for s in f.signatures]
        space = self.mm(24)
        top_h = max((a.size().height() for a, _ in blocks), default=0)
        name_h = max((b.size().height() for _, b in blocks), default=0)
        date_h = date.size().height() + self.mm(1)
        height = self.mm(3) + date_h + top_h + space + name_h

        def paint(p: QPainter, x: float, y: float) -> None:
            y += self.mm(3)
            self.draw_doc(p, date, x + self.width * 0.38, y)
            y += date_h
            for i, (a, b) in enumerate(blocks):
                self.draw_doc(p, a, x + i * col_w, y)
                self.draw_doc(p, b, x + i * col_w, y + top_h + space)

        return Block(height, paint)

    # ------------------------------------------------------------------ the whole form

    def paint(self) -> int:
        """Paint every page; returns the number of pages."""
        painter = QPainter(self.device)
        layout = self.device.pageLayout()
        paint_rect = layout.paintRectPixels(self.dpi)
        painter.translate(-paint_rect.left(), -paint_rect.top())  # the paper's coordinates, margins drawn here
        f = self.form
        self.furniture(painter)
        self.place(painter, self.header())
        title = "<br>".join(_e(line) for line in f.title_lines)
        self.place(painter, self.text_block(f"<b>{title}</b>", TITLE_PT, "center", before_mm=2, after_mm=0))
        self.place(painter, self.text_block(f"<i>{_e(f.subtitle)}</i>", TEXT_PT, "center", after_mm=4))
        self.place(painter, self.info_block())
        self.table(painter)
        for note in f.notes:
            self.place(painter, self.text_block(f"<i>{_e(note)}</i>", TABLE_PT, "justify", after_mm=1))
        chart = self.chart_block()
        if chart is not None:
            self.place(painter, chart)
        summary = self.text_block(_e(f.summary), TEXT_PT, "justify", before_mm=1)
        signatures = self.signatures()  # never alone on a page: the summary goes with them

        def both(p: QPainter, x: float, y: float) -> None:
            summary.paint(p, x, y)
            signatures.paint(p, x, y + summary.height)

        self.place(painter, Block(summary.height + signatures.height, both))
        painter.end()
        return self.page


def _cut(docs: list[QTextDocument], limit: float) -> float:
    """The lowest y ≤ limit that falls between two lines in every cell (where a tall row may be split)."""
    cut = limit
    changed = True
    while changed:
        changed = False
        for doc in docs:
            layout = doc.documentLayout()
            block = doc.begin()
            while block.isValid():
                top = layout.blockBoundingRect(block).top()
                lines = block.layout()
                for i in range(lines.lineCount()):
                    line = lines.lineAt(i)
                    y0, y1 = top + line.y(), top + line.y() + line.height()
                    if y0 < cut < y1:
                        cut = y0
                        changed = True
                block = block.next()
    return cut


def _line_bottoms(doc: QTextDocument) -> list[float]:
    layout, block, bottoms = doc.documentLayout(), doc.begin(), []
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        lines = block.layout()
        bottoms += [top + lines.lineAt(i).y() + lines.lineAt(i).height() for i in range(lines.lineCount())]
        block = block.next()
    return bottoms or [0.0]


def _position(doc: QTextDocument, cut: float) -> int:
    """The number of characters of the cell's text in the lines that end above the cut."""
    layout, block, end = doc.documentLayout(), doc.begin(), 0
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        lines = block.layout()
        for i in range(lines.lineCount()):
            line = lines.lineAt(i)
            if top + line.y() + line.height() <= cut + 0.01:
                end = block.position() + line.textStart() + line.textLength()
        block = block.next()
    return end


def paint_form(device, form: PrintedForm) -> int:
    """Lay the form out for the device and paint it; returns the number of pages."""
    return FormPainter(device, form).paint()

