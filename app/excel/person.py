"""One person's form in Excel: the table of the printed form, signatures, and the radar (the image of app.charts.radar).

The form sheet prints like the PDF form (Nghị định 30 frame, rows as tall as their text, the table's
header on every page, the three signature blocks); the chart has a sheet of its own, so no page break
cuts it and no repeated header prints over it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from app import gap
from app.excel.layout import (
    OpenpyxlCells,
    Style,
    header_cells,
    keep_together,
    nd30_header,
    new_workbook,
    print_openpyxl,
    row_points,
    short_name,
    signature_block,
    status_colours,
)
from app.forms import FORM_TITLE
from app.grades import GradeCatalogue
from app.services.assessments import AssessmentView
from app.services.catalog import ORIGIN_LABELS

TITLES = ["STT", "Mã", "Năng lực", "Yêu cầu tối thiểu", "Yêu cầu tối đa", "Tự đánh giá", "Người đánh giá",
          "Kết quả", "Thiếu hụt", "Ghi chú", "Nguồn cấp độ yêu cầu"]
WIDTHS = [6, 9, 44, 10, 10, 10, 10, 15, 10, 22, 16]
CENTRED = {0, 1, 3, 4, 5, 6, 7, 8}
SIGNERS = ("NGƯỜI TỰ ĐÁNH GIÁ", "NGƯỜI ĐÁNH GIÁ", "THỦ TRƯỞNG ĐƠN VỊ")
TEXT = Style(size=11, border=True)
CENTRE = Style(size=11, border=True, align="center")
LABEL = Style(size=12)
VALUE = Style(size=12)
NAME = Style(size=12, bold=True)
CHART_SHEET = "Biểu đồ"
CHART_TITLES = ["STT", "Năng lực", "Yêu cầu tối thiểu", "Yêu cầu tối đa", "Tự đánh giá", "Người đánh giá"]
CHART_WIDTHS = [6, 40, 11, 11, 11, 11]
CHART_ROWS = 23  # rows of 15 pt the chart covers (about 12.2 cm)
SERIES_COLOURS = {3: "9ECAE1", 4: "3182BD", 5: "6A51A3", 6: "D94801"}  # as the window's radar


def write_person(view: AssessmentView, other: AssessmentView | None, agency: str, path: str | Path,
                 today: dt.date | None = None, grades: GradeCatalogue | None = None) -> Path:
    assessor = view if view.kind == "assessor" else other
    own = view if view.kind == "self" else other
    basis = assessor or view
    report = basis.report()
    grades = grades or GradeCatalogue.builtin()  # grades by full name, under Ngạch or Hạng as fits
    wb = new_workbook()
    ws = wb.active
    ws.title = "Phiếu đánh giá"
    for column, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(column)].width = width
    cells = OpenpyxlCells(ws, WIDTHS)
    row = nd30_header(cells, agency, view.unit_name, FORM_TITLE, f"Kỳ đánh giá: {view.period}")
    value_width = sum(WIDTHS[2:]) + 1
    for label, value in (("Họ và tên:", f"{view.employee_name} (mã {view.employee_code})"),
                         ("Đơn vị:", view.unit_name),
                         (f"{grades.kind_label(view.grade)}:", grades.name(view.grade)),
                         ("Vị trí việc làm:", view.position_name)):
        style = NAME if label == "Họ và tên:" else VALUE
        cells.height(row, row_points([(label, WIDTHS[0] + WIDTHS[1], 12, False), (value, value_width, 12, False)],
                                     17))
        cells.put(row, 0, label, LABEL, 1)
        cells.put(row, 2, value, style, len(WIDTHS) - 1)
        row += 1
    header = row + 1
    header_cells(cells, header, TITLES)
    own_scores = own.scores() if own else {}
    boss_scores = assessor.scores() if assessor else {}
    notes = {r.competency_code: r.note for r in basis.ratings}
    # where the range comes from, as frozen on the form: a grade's default is not the document's word
    origins = {r.competency_code: ORIGIN_LABELS.get(r.origin, r.origin) for r in basis.ratings}
    data = [[n, i.code, i.name, i.required_min, i.required_max, own_scores.get(i.code), boss_scores.get(i.code),
             gap.STATUS_LABELS[i.status], i.shortfall, notes.get(i.code, ""), origins.get(i.code, "")]
            for n, i in enumerate(report.items, start=1)]
    row = header + 1
    for values in data:
        cells.height(row, row_points([(v, w, 11, False) for v, w in zip(values, WIDTHS) if isinstance(v, str)]))
        for column, value in enumerate(values):
            cells.put(row, column, value, CENTRE if column in CENTRED else TEXT)
        row += 1
    status_colours(ws, 8, header + 2, row)
    end = signature_block(cells, row + 1, SIGNERS, today, names=[view.employee_name, "", ""])
    keep_together(ws, WIDTHS, True, header + 1, row + 2, end)  # the signature blocks print on one page
    print_openpyxl(ws, header + 1, landscape=True, area=f"A1:{get_column_letter(len(WIDTHS))}{end}",
                   numbered=True)
    _chart_sheet(wb, view, report, own_scores if own else None, boss_scores if assessor else None)
    wb.active = 0
    path = Path(path)
    wb.save(path)
    return path


def _chart_sheet(wb: Workbook, view: AssessmentView, report: gap.GapReport, own: dict | None,
                 boss: dict | None) -> None:
    """The radar on a page of its own: axes named by the competencies' short names, the required range
    and the scores; an unrated competency is an empty cell, left out of its series (not drawn at 0)."""
    ws = wb.create_sheet(CHART_SHEET)
    for column, width in enumerate(CHART_WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(column)].width = width
    cells = OpenpyxlCells(ws, CHART_WIDTHS)
    last = len(CHART_WIDTHS) - 1
    cells.height(0, 22)
    cells.put(0, 0, "BIỂU ĐỒ KHOẢNG CÁCH NĂNG LỰC", Style(size=14, bold=True, align="center"), last)
    subtitle = f"{view.employee_name} — {view.position_name} — Kỳ đánh giá: {view.period}"
    cells.height(1, row_points([(subtitle, sum(CHART_WIDTHS) + len(CHART_WIDTHS) - 1, 12, False)], 18))
    cells.put(1, 0, subtitle, Style(size=12, italic=True, align="center"), last)
    top = 3
    for row in range(top, top + CHART_ROWS):
        cells.height(row, 15)
    header = top + CHART_ROWS + 1
    header_cells(cells, header, CHART_TITLES)
    row = header + 1
    for n, item in enumerate(report.items, start=1):
        values = [n, short_name(item.name), item.required_min, item.required_max,
                  own.get(item.code) if own else None, boss.get(item.code) if boss else None]
        cells.height(row, row_points([(values[1], CHART_WIDTHS[1], 11, False)]))
        for column, value in enumerate(values):
            cells.put(row, column, value, TEXT if column == 1 else CENTRE)
        row += 1
    end = row  # 1-based row of the last data row

    ws.add_image(_radar_image(report, own, boss), f"A{top + 1}")
    keep_together(ws, CHART_WIDTHS, False, None, header + 1, end)
    print_openpyxl(ws, None, landscape=False, area=f"A1:F{end}")


def _radar_image(report: gap.GapReport, own: dict | None, boss: dict | None):
    """The radar as the window and the printed form draw it (app.charts.radar): numbered labels that fit,
    no point and a break in the line where a competency is not rated, the required band; 16.4 × 11.8 cm."""
    from io import BytesIO

    from openpyxl.drawing.image import Image

    from app.charts.radar import RadarAxis, render_png

    axes = [RadarAxis(i.name, i.required_min, i.required_max) for i in report.items]
    main = boss if boss is not None else (own or {})
    buffer = BytesIO()
    render_png(axes, [main.get(i.code) for i in report.items],
               [own.get(i.code) for i in report.items] if own is not None and boss is not None else None,
               buffer, dpi=200, score_label="Người đánh giá" if boss is not None else "Tự đánh giá",
               other_label="Tự đánh giá", figsize=(16.4 / 2.54, 11.8 / 2.54), fontsize=9)
    buffer.seek(0)
    image = Image(buffer)
    image.width, image.height = round(16.4 / 2.54 * 96), round(11.8 / 2.54 * 96)  # pixels at 96 dpi
    return image


def _text_properties(size: int):
    """Times New Roman of `size` hundredths of a point, for a chart's axis or legend."""
    from openpyxl.chart.text import RichText
    from openpyxl.drawing.text import (
        CharacterProperties,
        Font,
        Paragraph,
        ParagraphProperties,
    )

    props = CharacterProperties(sz=size, latin=Font(typeface="Times New Roman"))
    return RichText(p=[Paragraph(pPr=ParagraphProperties(defRPr=props), endParaRPr=props)])
