"""Gap summary workbook: Tổng hợp, Chi tiết, Theo năng lực, Nhu cầu đào tạo.

Written row by row with XlsxWriter in constant-memory mode, so a whole ministry (tens of thousands
of people × 17 competencies) exports in seconds and in little memory. Text is always written as
text (write_string), so a value starting with = + - @ can never become a formula.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

import xlsxwriter

from app import gap
from app.excel.layout import (
    FONT,
    STATUS_FILLS,
    XLSX_OPTIONS,
    XlsxCells,
    header_cells,
    landscape_for,
    nd30_header,
    print_xlsx,
    row_points,
    signature_block,
)
from app.grades import kinds_heading
from app.services.catalog import ORIGIN_LABELS
from app.services.reporting import PersonGap, ReadinessRow, competency_stats, training_needs

HEADER_ROW = 6  # 0-based: title block above, table header here
SIGNERS = ("NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ")


class Formats:
    def __init__(self, wb):
        base = {"font_name": FONT, "font_size": 11, "valign": "top"}
        self.title = wb.add_format({**base, "font_size": 14, "bold": True, "align": "center"})
        self.subtitle = wb.add_format({**base, "font_size": 12, "italic": True, "align": "center"})
        self.agency = wb.add_format({**base, "font_size": 12, "align": "center", "text_wrap": True})
        self.agency_bold = wb.add_format({**base, "font_size": 12, "bold": True, "align": "center", "text_wrap": True})
        self.motto = wb.add_format({**base, "font_size": 13, "bold": True, "align": "center"})
        self.header = wb.add_format({**base, "bold": True, "align": "center", "valign": "vcenter", "text_wrap": True,
                                     "border": 1, "bg_color": "#DCE6F1"})
        self.text = wb.add_format({**base, "border": 1, "text_wrap": True})
        self.centre = wb.add_format({**base, "border": 1, "align": "center", "text_wrap": True})
        self.percent = wb.add_format({**base, "border": 1, "align": "center", "num_format": "0.0%"})
        self.decimal = wb.add_format({**base, "border": 1, "align": "center", "num_format": "0.00"})
        self.sign = wb.add_format({**base, "font_size": 12, "bold": True, "align": "center"})
        self.sign_note = wb.add_format({**base, "font_size": 12, "italic": True, "align": "center"})
        self.fills = {text: wb.add_format({"bg_color": "#" + colour}) for text, colour in STATUS_FILLS.items()}


class TableSheet:
    """One table sheet: title block, header, streamed rows, signatures, print setup."""

    def __init__(self, wb, fm: Formats, name: str, titles: list[str], widths: list[float], kinds: str,
                 agency: str, unit: str, title: str, subtitle: str):
        self.ws, self.fm, self.titles, self.kinds = wb.add_worksheet(name), fm, titles, kinds
        self.widths = widths
        self._styles: list | None = None
        for column, width in enumerate(widths):
            self.ws.set_column(column, column, width)
        # constant-memory mode writes each row once, top to bottom: finish a row before the next
        self.cells = XlsxCells(wb, self.ws, widths)
        nd30_header(self.cells, agency, unit, title, subtitle)
        header_cells(self.cells, HEADER_ROW, titles)
        self.row = HEADER_ROW + 1

    def write(self, values: list) -> None:
        """One data row; kinds per column: t text, c centred, p percent, d decimal."""
        if self._styles is None:
            fm = self.fm
            self._styles = [{"t": fm.text, "c": fm.centre, "p": fm.percent, "d": fm.decimal}[k] for k in self.kinds]
        ws, row, texts = self.ws, self.row, []
        for column, value in enumerate(values):
            style = self._styles[column]
            if value is None or value == "":
                ws.write_blank(row, column, None, style)
            elif isinstance(value, str):
                ws.write_string(row, column, value, style)
                texts.append((value, self.widths[column], 11, False))
            else:
                ws.write_number(row, column, value, style)
        height = row_points(texts)
        if height > 15:  # a written height: Excel and LibreOffice keep it, so wrapped text shows whole
            ws.set_row(row, height)
        self.row += 1

    def finish(self, status_column: int | None, today: dt.date | None) -> None:
        ws, fm, last = self.ws, self.fm, len(self.titles) - 1
        end = max(self.row - 1, HEADER_ROW)
        ws.autofilter(HEADER_ROW, 0, end, last)
        if status_column is not None and end > HEADER_ROW:
            for text, fill in fm.fills.items():
                ws.conditional_format(HEADER_ROW + 1, status_column, end, status_column,
                                      {"type": "cell", "criteria": "==", "value": f'"{text}"', "format": fill})
        signature_block(self.cells, end + 2, SIGNERS, today)
        ws.freeze_panes(HEADER_ROW + 1, 0)
        print_xlsx(ws, HEADER_ROW, landscape_for(self.widths))


def write_gap_summary(
    rows: Iterable[PersonGap], path: str | Path, agency: str, unit: str, period: str, today: dt.date | None = None,
    readiness: Iterable[ReadinessRow] = (),
) -> Path:
    """Write the sheets for these people's results of one period: four of the assessments of their own
    positions (rows: each person once), and Sẵn sàng cho vị trí khác of the readiness assessments, if any."""
    rows = list(rows)
    path = Path(path)
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True, **XLSX_OPTIONS})
    fm = Formats(wb)
    subtitle = f"Kỳ đánh giá: {period}"
    # a competency is known by its framework and code: the framework is a column of every competency table
    grade_heading = kinds_heading(p.grade_kind for p in rows)

    sheet = TableSheet(wb, fm, "Tổng hợp",
                   ["STT", "Họ và tên", "Đơn vị", grade_heading, "Vị trí việc làm", "Kết luận",
                    "Tỷ lệ đạt", "Tổng mức thiếu hụt", "Ghi chú"],
                   [6, 26, 30, 22, 40, 16, 10, 12, 24], "cttcttpct",
                   agency, unit, "Tổng hợp kết quả đánh giá khoảng cách năng lực", subtitle)
    for n, p in enumerate(rows, start=1):
        s = p.report.summary
        sheet.write([n, p.name, p.unit_name, p.grade_name or p.grade or "", p.position_name,
                     gap.VERDICT_LABELS[s.verdict], s.met_ratio, s.total_shortfall, p.remark])
    sheet.finish(None, today)

    sheet = TableSheet(wb, fm, "Chi tiết",
                   ["STT", "Họ và tên", "Đơn vị", "Vị trí việc làm", "Khung năng lực", "Mã", "Năng lực",
                    "Yêu cầu tối thiểu", "Yêu cầu tối đa", "Tự đánh giá", "Người đánh giá", "Kết quả", "Thiếu hụt",
                    "Nguồn cấp độ yêu cầu"],
                   [6, 24, 26, 34, 14, 9, 40, 10, 10, 10, 10, 13, 10, 16], "cttttctcccccct",
                   agency, unit, "Chi tiết khoảng cách năng lực theo từng công chức", subtitle)
    n = 0
    for p in rows:
        own = p.self_view.scores() if p.self_view else {}
        boss = p.assessor.scores() if p.assessor else {}
        # where each range comes from, as frozen on the form: a grade's default is not the document's word
        origin = {r.competency_code: r.origin for r in p.basis.ratings}
        for item in p.report.items:
            n += 1
            sheet.write([n, p.name, p.unit_name, p.position_name, p.framework_label, item.code, item.name,
                         item.required_min, item.required_max, own.get(item.code), boss.get(item.code),
                         gap.STATUS_LABELS[item.status], item.shortfall,
                         ORIGIN_LABELS.get(origin.get(item.code, ""), "")])
    sheet.finish(11, today)

    sheet = TableSheet(wb, fm, "Theo năng lực",
                   ["STT", "Khung năng lực", "Mã", "Năng lực", "Số người được đánh giá", "Điểm trung bình",
                    "Số người chưa đạt", "Tỷ lệ chưa đạt"],
                   [6, 14, 10, 50, 14, 12, 14, 12], "ctctcdcp", agency, unit, "Tổng hợp theo năng lực", subtitle)
    for n, stat in enumerate(competency_stats(rows), start=1):
        t = stat.team
        sheet.write([n, stat.framework_label, t.code, t.name, t.assessed, t.mean_score, t.below, t.share_below])
    sheet.finish(None, today)

    sheet = TableSheet(wb, fm, "Nhu cầu đào tạo",
                   ["STT", "Đơn vị", "Khung năng lực", "Mã", "Năng lực cần đào tạo, bồi dưỡng", "Số người chưa đạt",
                    "Tổng mức thiếu hụt", "Mức thiếu hụt lớn nhất"],
                   [6, 34, 14, 10, 50, 12, 12, 12], "cttctccc", agency, unit, "Nhu cầu đào tạo, bồi dưỡng",
                   subtitle)
    for n, t in enumerate(training_needs(rows), start=1):
        sheet.write([n, t.unit_name, t.framework_label, t.code, t.competency, t.staff_below, t.total_shortfall,
                     t.largest_shortfall])
    sheet.finish(None, today)
    readiness = list(readiness)
    if readiness:  # a period without readiness assessments keeps the four sheets
        _readiness_sheet(wb, fm, readiness, agency, unit, subtitle, today)
    wb.close()
    return path


def _readiness_sheet(wb, fm: Formats, rows: list[ReadinessRow], agency: str, unit: str, subtitle: str,
                     today: dt.date | None) -> None:
    """Readiness assessments (a person against a position other than their own): never in the sheets above."""
    sheet = TableSheet(wb, fm, "Sẵn sàng cho vị trí khác",
                       ["STT", "Họ và tên", "Đơn vị", "Vị trí hiện tại", "Vị trí được xem xét", "Kết luận",
                        "Tỷ lệ đạt", "Năng lực chưa đạt (mức thiếu hụt)", "Điều kiện theo quy định", "Ghi chú"],
                       [6, 24, 26, 30, 30, 14, 9, 40, 44, 20], "ctttttpttt",
                       agency, unit, "Đánh giá sẵn sàng cho vị trí việc làm khác", subtitle)
    for n, r in enumerate(rows, start=1):
        p = r.person
        current = p.current_position_name or p.current_position_key or "Chưa có vị trí"
        sheet.write([n, p.name, p.unit_name, current, p.position_name, gap.VERDICT_LABELS[p.report.summary.verdict],
                     p.report.summary.met_ratio, r.gaps_text() or "Không có", r.conditions_text(), p.remark])
    sheet.finish(None, today)
