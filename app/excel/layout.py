"""The Nghị định 30/2020 frame of every exported sheet, and values that cannot turn into formulas."""

from __future__ import annotations

import datetime as dt

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
STATUS_FILLS = {"Chưa đạt": "F9D6D2", "Đạt": "D5F0DC", "Vượt": "D4E6F5"}
FORMULA_STARTS = ("=", "+", "-", "@")


def font(size: float = 12, bold: bool = False, italic: bool = False) -> Font:
    return Font(name=FONT, size=size, bold=bold, italic=italic)


def put_text(ws: Worksheet, row: int, column: int, value, **style) -> None:
    """Write a value; text is always stored as text, so '=…' or '+…' can never run as a formula."""
    if isinstance(value, str) and not value.isprintable():
        value = ILLEGAL_CHARACTERS_RE.sub("", value)  # control characters XML cannot hold: the export still works
    cell = ws.cell(row=row, column=column, value=value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        cell.data_type = "s"
    for key, val in style.items():
        setattr(cell, key, val)


def title_block(ws: Worksheet, agency: str, unit: str, title: str, subtitle: str, width: int) -> int:
    """Agency top left, Quốc hiệu and Tiêu ngữ top right, title in capitals; returns the next free row."""
    left = max(2, width // 3)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=left)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=left)
    ws.merge_cells(start_row=1, start_column=left + 1, end_row=1, end_column=width)
    ws.merge_cells(start_row=2, start_column=left + 1, end_row=2, end_column=width)
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    put_text(ws, 1, 1, agency.upper(), font=font(12), alignment=centre)
    put_text(ws, 2, 1, unit, font=font(12, bold=True), alignment=centre)
    put_text(ws, 1, left + 1, NATIONAL_TITLE, font=font(12, bold=True), alignment=centre)
    put_text(ws, 2, left + 1, NATIONAL_MOTTO, font=font(13, bold=True), alignment=centre)
    for row, text, style in ((4, title.upper(), font(14, bold=True)), (5, subtitle, font(12, italic=True))):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
        put_text(ws, row, 1, text, font=style, alignment=centre)
    ws.row_dimensions[1].height = 32
    ws.row_dimensions[2].height = 32
    return 7


def header_row(ws: Worksheet, row: int, titles: list[str], widths: list[float]) -> None:
    for column, (title, width) in enumerate(zip(titles, widths), start=1):
        put_text(ws, row, column, title, font=font(11, bold=True), border=BORDER, fill=HEADER_FILL,
                 alignment=Alignment(horizontal="center", vertical="center", wrap_text=True))
        ws.column_dimensions[get_column_letter(column)].width = width
    ws.row_dimensions[row].height = 36


def signature_block(ws: Worksheet, row: int, width: int, left: str, right: str, today: dt.date | None = None) -> None:
    """Date line and the two signature blocks under a table."""
    when = f"……, ngày {today.day:02d} tháng {today.month:02d} năm {today.year}" if today else "……, ngày … tháng … năm …"
    half = max(2, width // 2)
    ws.merge_cells(start_row=row, start_column=half + 1, end_row=row, end_column=width)
    put_text(ws, row, half + 1, when, font=font(12, italic=True), alignment=Alignment(horizontal="center"))
    for start, end, text in ((1, half, left), (half + 1, width, right)):
        ws.merge_cells(start_row=row + 1, start_column=start, end_row=row + 1, end_column=end)
        ws.merge_cells(start_row=row + 2, start_column=start, end_row=row + 2, end_column=end)
        put_text(ws, row + 1, start, text, font=font(12, bold=True), alignment=Alignment(horizontal="center"))
        put_text(ws, row + 2, start, "(Ký, ghi rõ họ tên)", font=font(12, italic=True),
                 alignment=Alignment(horizontal="center"))


def print_setup(ws: Worksheet, header: int, width: int) -> None:
    """A4 landscape, fit to width, header row repeated, frozen below it, autofilter on it."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{header}:{header}"
    ws.freeze_panes = ws.cell(row=header + 1, column=1)
    ws.page_margins.left = 0.6
    ws.page_margins.right = 0.4


def table_rows(ws: Worksheet, start: int, rows: list[list], centred: set[int]) -> int:
    """Bordered rows under a header (1-based columns in `centred` are centred); returns the next row."""
    wrap, centre = Alignment(vertical="top", wrap_text=True), Alignment(horizontal="center", vertical="top")
    for offset, values in enumerate(rows):
        for column, value in enumerate(values, start=1):
            put_text(ws, start + offset, column, value, font=font(11), border=BORDER,
                     alignment=centre if column in centred else wrap)
    return start + len(rows)


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
