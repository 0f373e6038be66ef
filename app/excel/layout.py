"""How every workbook prints: the Nghị định 30/2020 frame, row heights that fit wrapped text, print setup.

One place for each rule, for both writers: the openpyxl sheets (person form, templates, framework)
and the streamed XlsxWriter sheets (gap summary, audit trail) draw the same header, signature
blocks and print setup through a small cell adapter (`OpenpyxlCells`, `XlsxCells`).

Row heights are computed here because neither Excel nor LibreOffice grows a row whose height was
written, or a merged cell, to fit its wrapped text: the estimate wraps each text with the widths of
Liberation Serif (the metric twin of Times New Roman) in a column of known width.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.forms import NATIONAL_MOTTO, NATIONAL_TITLE

FONT = "Times New Roman"
THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
HEADER_COLOUR = "DCE6F1"
STATUS_FILLS = {"Chưa đạt": "F9D6D2", "Đạt": "D5F0DC", "Vượt": "D4E6F5"}
FORMULA_STARTS = ("=", "+", "-", "@")
SIGN_NOTE = "(Ký, ghi rõ họ tên)"

# Nghị định 30/2020, Phụ lục I: A4; margins top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm (in inches)
MM = 1 / 25.4
MARGINS = {"top": 20 * MM, "bottom": 20 * MM, "left": 30 * MM, "right": 15 * MM}
HEADER_MARGIN = 10 * MM  # the page number, top centre, sits inside the top margin
A4 = 9  # the paper size code of Excel and LibreOffice
PORTRAIT_CHARS = 100  # a table wider than this (in Excel's column units) prints landscape

# ---------------------------------------------------------------------------------------------------------
# Font metrics: advance widths of Liberation Serif (= Times New Roman) for ASCII 32–126 in 1/1000 em, each
# coded as chr(48 + width // 20). Vietnamese letters take their base letter's width (tone marks add none).
_REGULAR = "<@DIIYV9@@IL<@<=IIIIIIIIII==LLLF^TQQTNKTT@CTN\\TTKTQKNTT_TTN@=@GI@FIFIF@II==I=VIIII@C=IITIIFH:HK"
_BOLD = "<@KIIbY=@@IL<@<=IIIIIIIIII@@LLLI^TQTTQNVVCIVQ_TVNVTKQTTbTTQ@=@MI@IKFKF@IK=@K=YKIKKFC@KITIIFC;CJ"
_WIDE = {"đ": "d", "Đ": "D", "ơ": "o", "Ơ": "O", "ư": "u", "Ư": "U"}
LINE = 1.17  # line height of Liberation Serif (ascent + descent + gap = 1.149 em), with a little air
CELL_PADDING = 4.0  # points of a column Excel and LibreOffice keep free of text (both sides)
SAFETY = 1.06  # widths rounded to 20/1000 em and renderers' kerning: wrap a little early rather than late


def _table(code: str) -> dict[str, float]:
    return {chr(32 + i): (ord(c) - 48) * 20 / 1000 for i, c in enumerate(code)}


_EM = {False: _table(_REGULAR), True: _table(_BOLD)}


def char_em(ch: str, bold: bool = False) -> float:
    """Advance width of one character in em."""
    table = _EM[bold]
    width = table.get(ch)
    if width is not None:
        return width
    base = _WIDE.get(ch) or unicodedata.normalize("NFD", ch)[:1]
    if base in table:
        return table[base] * (1.08 if ch in _WIDE else 1.0)  # ơ, ư carry a horn
    if ch in "—…":
        return 1.0
    return 0.6 if unicodedata.east_asian_width(ch) not in "WF" else 1.0


def text_points(text: str, size: float, bold: bool = False) -> float:
    """Width of one line of text in points."""
    return sum(char_em(ch, bold) for ch in text) * size * SAFETY


def column_points(width: float) -> float:
    """Width in points of a column of `width` Excel units (max digit width of the default font: 7 px)."""
    return (int(width * 7 + 5) if width > 0 else 0) * 0.75


@lru_cache(maxsize=65536)
def line_count(text: str, width: float, size: float = 11, bold: bool = False) -> int:
    """Lines a wrapped text takes in a cell `width` Excel units wide (words wrap at spaces, long words break)."""
    room = max(column_points(width) - CELL_PADDING, size)
    lines = 0
    for paragraph in str(text).split("\n"):
        lines += 1
        if len(paragraph) * size * SAFETY <= room:  # no character is wider than 1 em: surely one line
            continue
        used = 0.0
        space = char_em(" ", bold) * size * SAFETY
        for word in paragraph.split(" "):
            w = text_points(word, size, bold)
            if used and used + space + w <= room:
                used += space + w
                continue
            if used:
                lines += 1
            while w > room:  # a word longer than the line is broken where it reaches the edge
                lines += 1
                w -= room
            used = w
    return lines


def line_height(size: float) -> float:
    return size * LINE


def row_points(cells: Iterable[tuple[object, float, float, bool]], minimum: float = 15.0) -> float:
    """Height of a row holding (text, width in Excel units, font size, bold) cells, in points."""
    height = minimum
    for text, width, size, bold in cells:
        if text is None or text == "":
            continue
        lines = line_count(str(text), float(width), float(size), bool(bold))
        height = max(height, lines * line_height(size) + 3)
    return round(height, 1)


def short_name(text: str, limit: int = 34) -> str:
    """A competency's short form for a chart axis: whole words up to `limit` characters, then an ellipsis."""
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:-–")
    return cut + "…"


def spans(widths: Sequence[float], parts: int) -> list[tuple[int, int]]:
    """Split the columns into `parts` runs of about equal printed width: [(first, last)] 0-based."""
    total = sum(widths)
    out, start, acc = [], 0, 0.0
    for column, width in enumerate(widths):
        acc += width
        done = len(out) + 1
        if done < parts and acc >= total * done / parts and len(widths) - column - 1 >= parts - done:
            out.append((start, column))
            start = column + 1
    out.append((start, len(widths) - 1))
    while len(out) < parts:  # fewer columns than parts
        out.append(out[-1])
    return out


def left_span(widths: Sequence[float], share: float = 0.4) -> int:
    """Last column (0-based) of the top-left block: about `share` of the printed width."""
    total, acc = sum(widths), 0.0
    for column, width in enumerate(widths[:-1]):
        acc += width
        if acc >= total * share:
            return column
    return max(0, len(widths) - 2)


# ---------------------------------------------------------------------------------------------------------
# Cell adapters: one description of a style, written by openpyxl or XlsxWriter.


@dataclass(frozen=True)
class Style:
    size: float = 11
    bold: bool = False
    italic: bool = False
    underline: bool = False
    align: str = "left"
    valign: str = "top"
    wrap: bool = True
    border: bool = False
    fill: str | None = None
    num_format: str | None = None


class OpenpyxlCells:
    """Write styled, possibly merged cells on an openpyxl sheet; rows and columns are 0-based."""

    def __init__(self, ws: Worksheet, widths: Sequence[float]):
        self.ws, self.widths = ws, list(widths)
        self._cache: dict[Style, dict] = {}

    def _attrs(self, style: Style) -> dict:
        attrs = self._cache.get(style)
        if attrs is None:
            attrs = {"font": font(style.size, style.bold, style.italic, style.underline),
                     "alignment": Alignment(horizontal=style.align, vertical=style.valign, wrap_text=style.wrap)}
            if style.border:
                attrs["border"] = BORDER
            if style.fill:
                attrs["fill"] = PatternFill("solid", fgColor=style.fill)
            if style.num_format:
                attrs["number_format"] = style.num_format
            self._cache[style] = attrs
        return attrs

    def put(self, row: int, column: int, value, style: Style, last: int | None = None) -> None:
        attrs = self._attrs(style)
        if last is not None and last > column:
            self.ws.merge_cells(start_row=row + 1, start_column=column + 1, end_row=row + 1, end_column=last + 1)
            if style.border:  # a merged range shows the borders of every cell it covers
                for c in range(column + 2, last + 2):
                    self.ws.cell(row + 1, c).border = BORDER
        put_text(self.ws, row + 1, column + 1, value, **attrs)

    def height(self, row: int, points: float) -> None:
        self.ws.row_dimensions[row + 1].height = points


class XlsxCells:
    """The same for an XlsxWriter sheet (constant-memory: write rows top to bottom)."""

    def __init__(self, wb, ws, widths: Sequence[float]):
        self.wb, self.ws, self.widths = wb, ws, list(widths)
        self._cache: dict[Style, object] = {}

    def format(self, style: Style):
        fmt = self._cache.get(style)
        if fmt is None:
            props = {"font_name": FONT, "font_size": style.size, "bold": style.bold, "italic": style.italic,
                     "underline": 1 if style.underline else 0, "align": style.align,
                     "valign": {"center": "vcenter"}.get(style.valign, style.valign), "text_wrap": style.wrap}
            if style.border:
                props["border"] = 1
            if style.fill:
                props["bg_color"] = "#" + style.fill
            if style.num_format:
                props["num_format"] = style.num_format
            fmt = self._cache[style] = self.wb.add_format(props)
        return fmt

    def put(self, row: int, column: int, value, style: Style, last: int | None = None) -> None:
        fmt = self.format(style)
        if last is not None and last > column:
            self.ws.merge_range(row, column, row, last, "", fmt)
        if value is None or value == "":
            self.ws.write_blank(row, column, None, fmt)
        elif isinstance(value, str):
            self.ws.write_string(row, column, value, fmt)
        else:
            self.ws.write(row, column, value, fmt)

    def height(self, row: int, points: float) -> None:
        self.ws.set_row(row, points)


Cells = OpenpyxlCells | XlsxCells


def _width(cells: Cells, first: int, last: int) -> float:
    """Excel units of a merged run of columns (their pixels added, back in units)."""
    return sum(int(w * 7 + 5) for w in cells.widths[first:last + 1]) / 7 - 5 / 7


# ---------------------------------------------------------------------------------------------------------
# The Nghị định 30 frame.

PARENT = Style(size=12, align="center")
BODY = Style(size=12, bold=True, align="center")
NATIONAL = Style(size=12, bold=True, align="center")
MOTTO = Style(size=13, bold=True, underline=True, align="center")
RULE = Style(size=11, bold=True, align="center", valign="top", wrap=False)
TITLE = Style(size=14, bold=True, align="center", valign="center")
SUBTITLE = Style(size=12, italic=True, align="center")
SIGNER = Style(size=12, bold=True, align="center")
SIGN_NOTE_STYLE = Style(size=12, italic=True, align="center")
DATE_LINE = Style(size=12, italic=True, align="center")
HEADER = Style(size=11, bold=True, align="center", valign="center", border=True, fill=HEADER_COLOUR)


def issuers(agency: str, unit: str | None) -> tuple[str | None, str]:
    """(parent agency, issuing body): the unit is issued under its agency; the agency alone has no parent."""
    unit = (unit or "").strip()
    if not unit or unit.casefold() == (agency or "").strip().casefold():
        return None, agency or ""
    return agency, unit


def _rule(body: str) -> str:
    """A short rule under the issuing body: about a third of the name's width, 3 to 9 dashes."""
    dashes = round(text_points(body.upper(), 12, True) / 3 / (RULE.size * SAFETY))
    return "—" * max(3, min(9, dashes))


def nd30_header(cells: Cells, agency: str, unit: str | None, title: str, subtitle: str) -> int:
    """Rows 0–4: parent agency (regular capitals) and issuing body (bold capitals, short rule) top left; national
    title and motto (bold, underlined) top right; the title in bold capitals and the subtitle. Returns 6."""
    last = len(cells.widths) - 1
    left = left_span(cells.widths)
    left_w, right_w = _width(cells, 0, left), _width(cells, left + 1, last)
    parent, body = issuers(agency, unit)
    lefts: list[tuple[str, Style]] = ([(parent.upper(), PARENT)] if parent else []) + [
        (body.upper(), BODY), (_rule(body), RULE)]
    rights = [(NATIONAL_TITLE, NATIONAL), (NATIONAL_MOTTO, MOTTO), ("", NATIONAL)]
    for row in range(3):
        text, style = lefts[row] if row < len(lefts) else ("", PARENT)
        right, rstyle = rights[row]
        height = row_points([(text, left_w, style.size, style.bold), (right, right_w, rstyle.size, True)], 16)
        cells.height(row, 12 if style is RULE and not right else height)
        cells.put(row, 0, text, style, left)
        cells.put(row, left + 1, right, rstyle, last)
    whole = _width(cells, 0, last)
    for row, text, style in ((3, title.upper(), TITLE), (4, subtitle, SUBTITLE)):
        cells.height(row, row_points([(text, whole, style.size, style.bold)], 18 if row == 3 else 16))
        cells.put(row, 0, text, style, last)
    return 6


def header_cells(cells: Cells, row: int, titles: Sequence[str]) -> None:
    """The table's header row: bold, centred, shaded, bordered, as tall as its longest title."""
    cells.height(row, row_points([(t, w, 11, True) for t, w in zip(titles, cells.widths)], 30))
    for column, text in enumerate(titles):
        cells.put(row, column, text, HEADER)


def date_line(today: dt.date | None, place: str = "……") -> str:
    if today:
        return f"{place}, ngày {today.day:02d} tháng {today.month:02d} năm {today.year}"
    return f"{place}, ngày … tháng … năm …"


def signature_block(cells: Cells, row: int, signers: Sequence[str], today: dt.date | None = None,
                    names: Sequence[str] | None = None, columns: int | None = None) -> int:
    """Date line (right), then each signer's title in bold capitals with "(Ký, ghi rõ họ tên)" below, room to
    sign and the name when known; the blocks share the width. Returns the next free row."""
    widths = cells.widths[:columns] if columns else cells.widths
    parts = spans(widths, len(signers))
    last = parts[-1]
    cells.height(row, 18)
    cells.put(row, last[0], date_line(today), DATE_LINE, last[1])
    for offset, style in ((1, SIGNER), (2, SIGN_NOTE_STYLE)):
        texts = [s if style is SIGNER else SIGN_NOTE for s in signers]
        cells.height(row + offset, row_points(
            [(t, _width(cells, a, b), style.size, style.bold) for t, (a, b) in zip(texts, parts)], 17))
        for text, (a, b) in zip(texts, parts):
            cells.put(row + offset, a, text, style, b)
    cells.height(row + 3, 66)  # room to sign, about 23 mm
    if names and any(names):
        cells.height(row + 4, 17)
        for text, (a, b) in zip(names, parts):
            cells.put(row + 4, a, text or "", SIGNER, b)
        return row + 5
    return row + 4


def new_workbook():
    """An openpyxl workbook whose default font is Times New Roman 11: every client then measures columns with
    the same font (its digits are as wide as Calibri's, so widths read the same in Excel)."""
    from copy import copy

    from openpyxl import Workbook
    from openpyxl.utils.indexed_list import IndexedList

    wb = Workbook()
    base = Font(name=FONT, size=11)
    wb._fonts = IndexedList([base])
    wb._named_styles["Normal"].font = copy(base)
    return wb


XLSX_OPTIONS = {"strings_to_formulas": False, "strings_to_numbers": False, "strings_to_urls": False,
                "default_format_properties": {"font_name": FONT, "font_size": 11}}


def landscape_for(widths: Sequence[float]) -> bool:
    return sum(widths) > PORTRAIT_CHARS


def print_openpyxl(ws: Worksheet, repeat: int | None, landscape: bool, area: str | None = None,
                   numbered: bool = False) -> None:
    """A4, the decree's margins, fit to the page width, the header row (1-based) repeated on every page."""
    ws.page_setup.paperSize = A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    for side, inches in MARGINS.items():
        setattr(ws.page_margins, side, round(inches, 3))
    ws.page_margins.header = ws.page_margins.footer = round(HEADER_MARGIN, 3)
    if repeat:
        ws.print_title_rows = f"{repeat}:{repeat}"
    if area:
        ws.print_area = area
    if numbered:  # page numbers from page 2, top centre
        ws.HeaderFooter.differentFirst = True
        ws.oddHeader.center.text = "&P"
        ws.oddHeader.center.font = f"{FONT},Regular"
        ws.oddHeader.center.size = 12


def print_xlsx(ws, repeat: int | None, landscape: bool) -> None:
    """The same for an XlsxWriter sheet (`repeat` 0-based)."""
    ws.set_paper(A4)
    if landscape:
        ws.set_landscape()
    else:
        ws.set_portrait()
    ws.fit_to_pages(1, 0)
    if repeat is not None:
        ws.repeat_rows(repeat)
    ws.set_margins(**{side: round(inches, 3) for side, inches in MARGINS.items()})


def page_rows(widths: Sequence[float], landscape: bool) -> float:
    """Points of sheet rows one A4 page holds once the sheet is scaled to the page width."""
    page_w, page_h = (297, 210) if landscape else (210, 297)
    room_w = (page_w * MM - MARGINS["left"] - MARGINS["right"]) * 72
    room_h = (page_h * MM - MARGINS["top"] - MARGINS["bottom"]) * 72
    sheet_w = sum(int(w * 7 + 5) for w in widths) * 0.75
    return room_h / min(1.0, room_w / sheet_w)


def keep_together(ws: Worksheet, widths: Sequence[float], landscape: bool, repeat: int | None, first: int,
                  last: int) -> None:
    """Start a new page at row `first` (1-based) when the rows first..last would be cut by a page break,
    counting rows as the page fills (the repeated header row on every page after the first)."""
    from openpyxl.worksheet.pagebreak import Break

    room = page_rows(widths, landscape) * 0.97  # renderers differ by a few points a page: keep some slack

    def height(row: int) -> float:
        dim = ws.row_dimensions.get(row) if row in ws.row_dimensions else None
        return dim.height if dim is not None and dim.height else 15.0

    title = height(repeat) if repeat else 0.0
    used = 0.0
    for row in range(1, last + 1):
        h = height(row)
        if used + h > room and used > title:  # this row starts a new page
            if first < row <= last:
                ws.row_breaks.append(Break(id=first - 1))
                return
            used = title
        used += h


def fit_rows(ws: Worksheet, first: int = 1, minimum: float = 15.0) -> None:
    """Row heights from the text of an openpyxl sheet (merged runs counted at their whole width); text longer
    than its cell wraps. For sheets written cell by cell: templates, lists, the framework."""
    widths: dict[int, float] = {}

    def width(column: int) -> float:
        if column not in widths:
            dim = ws.column_dimensions.get(get_column_letter(column))
            widths[column] = dim.width if dim is not None and dim.width else 8.43
        return widths[column]

    merged = {(r.min_row, r.min_col): r for r in ws.merged_cells.ranges if r.min_row == r.max_row}
    inside = {(r.min_row, c) for r in merged.values() for c in range(r.min_col + 1, r.max_col + 1)}
    for row in ws.iter_rows(min_row=first):
        parts = []
        for cell in row:
            value = cell.value
            if not isinstance(value, str) or not value or (cell.row, cell.column) in inside:
                continue
            span = merged.get((cell.row, cell.column))
            w = (sum(int(width(c) * 7 + 5) for c in range(span.min_col, span.max_col + 1)) / 7 - 5 / 7
                 if span else width(cell.column))
            size, bold = float(cell.font.sz or 11), bool(cell.font.b)
            if line_count(value, w, size, bold) > 1 and not cell.alignment.wrap_text:
                cell.alignment = Alignment(horizontal=cell.alignment.horizontal,
                                           vertical=cell.alignment.vertical or "top", wrap_text=True)
            parts.append((value, w, size, bold))
        if parts:
            r = row[0].row
            written = ws.row_dimensions[r].height if r in ws.row_dimensions else None
            height = row_points(parts, minimum)
            if written is None or written < height:
                ws.row_dimensions[r].height = height
            if height > minimum:  # a taller row: every cell reads from the top, beside the wrapped one
                for cell in row:
                    if cell.value is not None and cell.alignment.vertical is None:
                        cell.alignment = Alignment(horizontal=cell.alignment.horizontal, vertical="top",
                                                   wrap_text=cell.alignment.wrap_text)


def printable(wb) -> None:
    """Every sheet of a list or template workbook (row 1 its header, no frame: it is read back by the import):
    rows as tall as their text, A4 with the decree's margins, fit to width, landscape when wide, row 1 repeated
    when it is a table's header."""
    for ws in wb.worksheets:
        fit_rows(ws)
        widths = [(ws.column_dimensions[get_column_letter(c)].width or 8.43) for c in range(1, ws.max_column + 1)]
        header = ws.freeze_panes == "A2"
        last = max((c.row for row in ws.iter_rows() for c in row if c.value not in (None, "")), default=1)
        print_openpyxl(ws, 1 if header else None, landscape_for(widths),
                       area=f"A1:{get_column_letter(ws.max_column)}{last}")


# ---------------------------------------------------------------------------------------------------------
# openpyxl cell helpers used by every openpyxl writer.


def font(size: float = 12, bold: bool = False, italic: bool = False, underline: bool = False) -> Font:
    return Font(name=FONT, size=size, bold=bold, italic=italic, underline="single" if underline else None)


def put_text(ws: Worksheet, row: int, column: int, value, **style) -> None:
    """Write a value; text is always stored as text, so '=…' or '+…' can never run as a formula."""
    if isinstance(value, str) and not value.isprintable():
        value = ILLEGAL_CHARACTERS_RE.sub("", value)  # control characters XML cannot hold: the export still works
    cell = ws.cell(row=row, column=column, value=value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        cell.data_type = "s"
    for key, val in style.items():
        setattr(cell, key, val)


def status_colours(ws: Worksheet, column: int, first: int, last: int) -> None:
    """Colour a status column by its words (Chưa đạt / Đạt / Vượt), as conditional formatting."""
    if last < first:
        return
    letter = get_column_letter(column)
    for text, colour in STATUS_FILLS.items():
        ws.conditional_formatting.add(
            f"{letter}{first}:{letter}{last}",
            CellIsRule(operator="equal", formula=[f'"{text}"'], fill=PatternFill("solid", bgColor=colour)),
        )
