"""One person's form in Excel: the table of the printed form and a native Excel radar chart."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import RadarChart, Reference

from app import gap
from app.excel.layout import (
    font,
    header_row,
    print_setup,
    put_text,
    signature_block,
    status_colours,
    table_rows,
    title_block,
)
from app.grades import GradeCatalogue
from app.services.assessments import AssessmentView
from app.services.catalog import ORIGIN_LABELS


def write_person(view: AssessmentView, other: AssessmentView | None, agency: str, path: str | Path,
                 today: dt.date | None = None, grades: GradeCatalogue | None = None) -> Path:
    assessor = view if view.kind == "assessor" else other
    own = view if view.kind == "self" else other
    basis = assessor or view
    report = basis.report()
    grades = grades or GradeCatalogue.builtin()  # grades by full name, under Ngạch or Hạng as fits
    wb = Workbook()
    ws = wb.active
    ws.title = "Phiếu đánh giá"
    titles = ["STT", "Mã", "Năng lực", "Yêu cầu tối thiểu", "Yêu cầu tối đa", "Tự đánh giá", "Người đánh giá",
              "Kết quả", "Thiếu hụt", "Ghi chú", "Nguồn cấp độ yêu cầu"]
    row = title_block(ws, agency, view.unit_name, "Phiếu đánh giá khoảng cách năng lực theo vị trí việc làm",
                      f"Kỳ đánh giá: {view.period}", len(titles))
    for label, value in (("Họ và tên:", f"{view.employee_name} (mã {view.employee_code})"),
                         ("Đơn vị:", view.unit_name),
                         (f"{grades.kind_label(view.grade)}:", grades.name(view.grade)),
                         ("Vị trí việc làm:", view.position_name)):
        put_text(ws, row, 2, label, font=font(12))
        put_text(ws, row, 3, value, font=font(12, bold=label == "Họ và tên:"))
        row += 1
    header = row + 1
    header_row(ws, header, titles, [6, 9, 44, 10, 10, 10, 10, 13, 10, 24, 16])
    own_scores = own.scores() if own else {}
    boss_scores = assessor.scores() if assessor else {}
    notes = {r.competency_code: r.note for r in basis.ratings}
    # where the range comes from, as frozen on the form: a grade's default is not the document's word
    origins = {r.competency_code: ORIGIN_LABELS.get(r.origin, r.origin) for r in basis.ratings}
    data = [[n, i.code, i.name, i.required_min, i.required_max, own_scores.get(i.code), boss_scores.get(i.code),
             gap.STATUS_LABELS[i.status], i.shortfall, notes.get(i.code, ""), origins.get(i.code, "")]
            for n, i in enumerate(report.items, start=1)]
    end = table_rows(ws, header + 1, data, {1, 2, 4, 5, 6, 7, 8, 9})
    status_colours(ws, 8, header + 1, end - 1)
    print_setup(ws, header, len(titles))

    chart = RadarChart()
    chart.type = "marker"
    chart.title = "Khoảng cách năng lực"
    chart.style = 26
    value_columns = [4, 5, 7 if assessor else 6]
    for column in value_columns:
        series = Reference(ws, min_col=column, min_row=header, max_row=end - 1)
        chart.add_data(series, titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=2, min_row=header + 1, max_row=end - 1))
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 5
    chart.height, chart.width = 11, 16
    ws.add_chart(chart, f"C{end + 2}")
    signature_block(ws, end + 25, len(titles), "NGƯỜI ĐÁNH GIÁ", "THỦ TRƯỞNG ĐƠN VỊ", today)
    path = Path(path)
    wb.save(path)
    return path
