"""Gap summary workbook: Tổng hợp, Chi tiết, Theo năng lực, Nhu cầu đào tạo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, PatternFill
from openpyxl.utils import get_column_letter

from app import gap
from app.excel.layout import (
    BORDER,
    STATUS_FILLS,
    font,
    header_row,
    print_setup,
    put_text,
    signature_block,
    title_block,
)
from app.services.reporting import PersonGap, training_needs

WRAP = Alignment(vertical="top", wrap_text=True)
CENTRE = Alignment(horizontal="center", vertical="top")


def _table(ws, start: int, rows: list[list], centred: set[int], number_formats: dict[int, str] | None = None) -> int:
    """Rows under a header, bordered; returns the row after the last one."""
    widths = [ws.column_dimensions[get_column_letter(c)].width or 10 for c in range(1, len(rows[0]) + 1)] if rows else []
    for offset, values in enumerate(rows):
        r = start + offset
        # Excel and LibreOffice keep a written row height: size it for the longest wrapped text
        lines = max(-(-len(str(v)) // max(1, int(w * 1.6) - 2)) if v is not None else 1
                    for v, w in zip(values, widths))
        ws.row_dimensions[r].height = 15 * max(1, lines) + 2
        for column, value in enumerate(values, start=1):
            put_text(ws, r, column, value, font=font(11), border=BORDER,
                     alignment=CENTRE if column in centred else WRAP)
            if number_formats and column in number_formats and isinstance(value, (int, float)):
                ws.cell(row=r, column=column).number_format = number_formats[column]
    return start + len(rows)


def _status_colours(ws, column: int, first: int, last: int) -> None:
    if last < first:
        return
    letter = get_column_letter(column)
    for text, colour in STATUS_FILLS.items():
        ws.conditional_formatting.add(
            f"{letter}{first}:{letter}{last}",
            CellIsRule(operator="equal", formula=[f'"{text}"'], fill=PatternFill("solid", bgColor=colour)),
        )


def _sheet(wb, name: str, agency: str, unit: str, title: str, subtitle: str, titles, widths):
    ws = wb.create_sheet(name)
    header = title_block(ws, agency, unit, title, subtitle, len(titles))
    header_row(ws, header, titles, widths)
    return ws, header


def write_gap_summary(
    rows: list[PersonGap], path: str | Path, agency: str, unit: str, period: str, today: dt.date | None = None
) -> Path:
    """Write the four sheets for these people's results of one period."""
    wb = Workbook()
    wb.remove(wb.active)
    subtitle = f"Kỳ đánh giá: {period}"

    titles = ["STT", "Họ và tên", "Đơn vị", "Ngạch", "Vị trí việc làm", "Kết luận", "Tỷ lệ đạt",
              "Tổng mức thiếu hụt", "Ghi chú"]
    ws, header = _sheet(wb, "Tổng hợp", agency, unit, "Tổng hợp kết quả đánh giá khoảng cách năng lực", subtitle,
                        titles, [6, 26, 30, 8, 40, 16, 10, 12, 24])
    data = []
    for n, p in enumerate(rows, start=1):
        s = p.report.summary
        data.append([n, p.name, p.unit_name, p.grade or "", p.position_name, gap.VERDICT_LABELS[s.verdict],
                     s.met_ratio if s.met_ratio is not None else None, s.total_shortfall, p.remark])
    end = _table(ws, header + 1, data, {1, 4, 6, 7, 8}, {7: "0.0%"})
    ws.auto_filter.ref = f"A{header}:{get_column_letter(len(titles))}{max(end - 1, header)}"
    print_setup(ws, header, len(titles))
    signature_block(ws, end + 2, len(titles), "NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ", today)

    titles = ["STT", "Họ và tên", "Đơn vị", "Vị trí việc làm", "Mã", "Năng lực", "Yêu cầu tối thiểu",
              "Yêu cầu tối đa", "Tự đánh giá", "Người đánh giá", "Kết quả", "Thiếu hụt"]
    ws, header = _sheet(wb, "Chi tiết", agency, unit, "Chi tiết khoảng cách năng lực theo từng công chức", subtitle,
                        titles, [6, 24, 26, 34, 9, 40, 10, 10, 10, 10, 13, 10])
    data = []
    n = 0
    for p in rows:
        own = p.self_view.scores() if p.self_view else {}
        boss = p.assessor.scores() if p.assessor else {}
        for item in p.report.items:
            n += 1
            data.append([n, p.name, p.unit_name, p.position_name, item.code, item.name, item.required_min,
                         item.required_max, own.get(item.code), boss.get(item.code), gap.STATUS_LABELS[item.status],
                         item.shortfall])
    end = _table(ws, header + 1, data, {1, 5, 7, 8, 9, 10, 11, 12})
    _status_colours(ws, 11, header + 1, end - 1)
    ws.auto_filter.ref = f"A{header}:{get_column_letter(len(titles))}{max(end - 1, header)}"
    print_setup(ws, header, len(titles))
    signature_block(ws, end + 2, len(titles), "NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ", today)

    titles = ["STT", "Mã", "Năng lực", "Số người được đánh giá", "Điểm trung bình", "Số người chưa đạt",
              "Tỷ lệ chưa đạt"]
    ws, header = _sheet(wb, "Theo năng lực", agency, unit, "Tổng hợp theo năng lực", subtitle, titles,
                        [6, 10, 50, 14, 12, 14, 12])
    team = gap.team_summary(p.report for p in rows)
    data = [[n, t.code, t.name, t.assessed, t.mean_score, t.below, t.share_below] for n, t in enumerate(team, 1)]
    end = _table(ws, header + 1, data, {1, 2, 4, 5, 6, 7}, {5: "0.00", 7: "0.0%"})
    ws.auto_filter.ref = f"A{header}:{get_column_letter(len(titles))}{max(end - 1, header)}"
    print_setup(ws, header, len(titles))
    signature_block(ws, end + 2, len(titles), "NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ", today)

    titles = ["STT", "Đơn vị", "Mã", "Năng lực cần đào tạo, bồi dưỡng", "Số người chưa đạt", "Tổng mức thiếu hụt",
              "Mức thiếu hụt lớn nhất"]
    ws, header = _sheet(wb, "Nhu cầu đào tạo", agency, unit, "Nhu cầu đào tạo, bồi dưỡng", subtitle, titles,
                        [6, 34, 10, 50, 12, 12, 12])
    needs = training_needs(rows)
    data = [[n, t.unit_name, t.code, t.competency, t.staff_below, t.total_shortfall, t.largest_shortfall]
            for n, t in enumerate(needs, 1)]
    end = _table(ws, header + 1, data, {1, 3, 5, 6, 7})
    ws.auto_filter.ref = f"A{header}:{get_column_letter(len(titles))}{max(end - 1, header)}"
    print_setup(ws, header, len(titles))
    signature_block(ws, end + 2, len(titles), "NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ", today)

    path = Path(path)
    wb.save(path)
    return path
