"""Gap summary workbook: Tổng hợp, Chi tiết, Theo năng lực, Nhu cầu đào tạo.

Written row by row with XlsxWriter in constant-memory mode (each sheet's rows in order; Tổng hợp and Chi tiết
side by side, the other tables after them from the database's aggregation), the people and their ratings streamed
from the database in the order written (app.excel.gap_rows), so a whole ministry exports in bounded memory. A table longer than an Excel
sheet holds continues on "Chi tiết (2)", "Chi tiết (3)"…, the signature block after its last row; nothing is
cut. Text is always written as text (write_string), so a value starting with = + - @ can never become a formula.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path

import xlsxwriter
from xlsxwriter.utility import _preserve_whitespace, xl_rowcol_to_cell_fast
from xlsxwriter.worksheet import CellNumberTuple, CellStringTuple, Worksheet

from app import gap
from app.excel.gap_rows import Item, Person, people_counts, stream_people, summary_of
from app.excel.layout import (
    FONT,
    STATUS_FILLS,
    XLSX_OPTIONS,
    XlsxCells,
    header_cells,
    landscape_for,
    line_count,
    line_height,
    nd30_header,
    print_xlsx,
    signature_block,
)
from app.grades import kinds_heading
from app.services.catalog import ORIGIN_LABELS
from app.errors import UserError
from app.services.reporting import PersonGap, ReadinessRow, competency_stats, training_needs

HEADER_ROW = 6  # 0-based: title block above, table header here
SIGNERS = ("NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ")
EXCEL_MAX_ROWS = 1_048_576  # rows of one Excel sheet (a test lowers it to see a table continue)
SIGNATURE_ROWS = 7  # below the last row: a blank row, the date line, titles, notes, room to sign, names


def sheet_capacity() -> int:
    """Data rows one sheet holds under its title block and header, leaving room for the signature block."""
    return EXCEL_MAX_ROWS - (HEADER_ROW + 1) - SIGNATURE_ROWS


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


class StreamedWorksheet(Worksheet):
    """A constant-memory sheet that also forgets a row's height once the row is written (XlsxWriter keeps every
    row's height until the end otherwise: about 200 bytes a row, a gigabyte for an agency's detail), and writes
    a formatted text or number cell in one step: the same XML as XlsxWriter's own _write_cell, without its
    generic attribute list (a cell reference and a format index never need escaping)."""

    def _write_single_row(self, current_row_num=0) -> None:
        done = self.previous_row
        super()._write_single_row(current_row_num)
        self.row_info.pop(done, None)
        self.row_sizes.pop(done, None)

    def _write_cell(self, row: int, col: int, cell) -> None:
        kind, fmt = cell.__class__, cell.format
        if fmt is None or not self.constant_memory or (kind is not CellStringTuple and kind is not CellNumberTuple):
            super()._write_cell(row, col, cell)
            return
        if kind is CellNumberTuple:
            self.fh.write(f'<c r="{xl_rowcol_to_cell_fast(row, col)}" s="{fmt._get_xf_index()}">'
                          f"<v>{cell.number:.16G}</v></c>")
            return
        string = self._escape_control_characters(cell.string)
        if string.startswith("<r>") and string.endswith("</r>"):
            super()._write_cell(row, col, cell)
            return
        space = ' xml:space="preserve"' if _preserve_whitespace(string) else ""
        self.fh.write(f'<c r="{xl_rowcol_to_cell_fast(row, col)}" s="{fmt._get_xf_index()}" t="inlineStr">'
                      f"<is><t{space}>{self._escape_data(string)}</t></is></c>")

    def write_cells(self, row: int, values: list, formats: list) -> None:
        """One row of texts, numbers and blanks (None or ""), each with its format, from column 0: XlsxWriter's
        own writers without their per-call argument conversion."""
        for column, value in enumerate(values):
            if value is None or value == "":
                self._write_blank(row, column, None, formats[column])
            elif value.__class__ is str:
                self._write_string(row, column, value, formats[column])
            else:
                self._write_number(row, column, value, formats[column])


MIN_ROW_POINTS = 15.0
LINE_CACHE = 4096  # texts remembered per column with the lines they take (names repeat on a person's rows)
# layout.line_count without its own cache (the columns' caches above are bounded and emptied as they fill)
_line_count = getattr(line_count, "__wrapped__", line_count)


class TableSheet:
    """One table sheet: title block, header, streamed rows, signatures, print setup."""

    def __init__(self, wb, fm: Formats, name: str, titles: list[str], widths: list[float], kinds: str,
                 agency: str, unit: str, title: str, subtitle: str):
        self.ws = wb.add_worksheet(name, worksheet_class=StreamedWorksheet)
        self.fm, self.titles, self.kinds = fm, titles, kinds
        self.widths = widths
        styles = {"t": fm.text, "c": fm.centre, "p": fm.percent, "d": fm.decimal}
        self._styles = [styles[k] for k in kinds]
        self._lines: list[dict[str, int]] = [{} for _ in widths]
        self._heights: list[float] = []
        for column, width in enumerate(widths):
            self.ws.set_column(column, column, width)
        # constant-memory mode writes each row once, top to bottom: finish a row before the next
        self.cells = XlsxCells(wb, self.ws, widths)
        nd30_header(self.cells, agency, unit, title, subtitle)
        header_cells(self.cells, HEADER_ROW, titles)
        self.row = HEADER_ROW + 1

    def _height(self, lines: int) -> float:
        """Points of a row whose tallest text takes `lines` lines (layout.row_points, remembered per count)."""
        while len(self._heights) <= lines:
            n = len(self._heights)
            self._heights.append(round(max(MIN_ROW_POINTS, n * line_height(11) + 3), 1) if n else MIN_ROW_POINTS)
        return self._heights[lines]

    def write(self, values: list) -> None:
        """One data row; kinds per column: t text, c centred, p percent, d decimal."""
        row, caches = self.row, self._lines
        self.ws.write_cells(row, values, self._styles)
        lines = 0
        for column, value in enumerate(values):
            if value.__class__ is str and value:
                cache = caches[column]
                n = cache.get(value)
                if n is None:
                    if len(cache) >= LINE_CACHE:
                        cache.clear()
                    n = cache[value] = _line_count(value, float(self.widths[column]), 11.0, False)
                if n > lines:
                    lines = n
        height = self._height(lines)
        if height > MIN_ROW_POINTS:  # a written height: Excel and LibreOffice keep it, so wrapped text shows whole
            self.ws.set_row(row, height)
        self.row += 1

    @property
    def written(self) -> int:
        return self.row - HEADER_ROW - 1

    def finish(self, status_column: int | None, today: dt.date | None, continued: str = "") -> None:
        """Filter, colours, freeze, print setup; the signature block, or (continued: the next sheet's name) a
        line saying where the table goes on."""
        ws, fm, last = self.ws, self.fm, len(self.titles) - 1
        end = max(self.row - 1, HEADER_ROW)
        ws.autofilter(HEADER_ROW, 0, end, last)
        if status_column is not None and end > HEADER_ROW:
            for text, fill in fm.fills.items():
                ws.conditional_format(HEADER_ROW + 1, status_column, end, status_column,
                                      {"type": "cell", "criteria": "==", "value": f'"{text}"', "format": fill})
        if continued:
            ws.write_string(end + 1, 0, f"(Còn tiếp ở trang tính “{continued}”)", fm.sign_note)
        else:
            signature_block(self.cells, end + 2, SIGNERS, today)
        ws.freeze_panes(HEADER_ROW + 1, 0)
        print_xlsx(ws, HEADER_ROW, landscape_for(self.widths))


class SplitSheet:
    """A table that continues on further sheets ("Chi tiết (2)", …) before Excel's row limit, never cut; each
    part has the title block and header, the signature block follows the last row of the last part."""

    def __init__(self, wb, fm: Formats, name: str, titles: list[str], widths: list[float], kinds: str,
                 agency: str, unit: str, title: str, subtitle: str, status_column: int | None = None,
                 today: dt.date | None = None):
        self.wb, self.fm, self.name, self.args = wb, fm, name, (titles, widths, kinds, agency, unit, title)
        self.subtitle, self.status_column, self.today = subtitle, status_column, today
        self.parts: list[TableSheet] = []
        self._next()

    def _part_name(self, n: int) -> str:
        return self.name if n == 1 else f"{self.name} ({n})"

    def _next(self) -> None:
        n = len(self.parts) + 1
        titles, widths, kinds, agency, unit, title = self.args
        subtitle = self.subtitle if n == 1 else f"{self.subtitle} · tiếp theo trang tính “{self._part_name(n - 1)}”"
        self.parts.append(TableSheet(self.wb, self.fm, self._part_name(n), titles, widths, kinds, agency, unit, title,
                                     subtitle))

    def write(self, values: list) -> None:
        if self.parts[-1].written >= sheet_capacity():
            self.parts[-1].finish(self.status_column, self.today, continued=self._part_name(len(self.parts) + 1))
            self._next()
        self.parts[-1].write(values)

    def finish(self) -> None:
        self.parts[-1].finish(self.status_column, self.today)


def _summary_sheet(wb, fm, agency, unit, subtitle, today, grade_heading) -> SplitSheet:
    return SplitSheet(wb, fm, "Tổng hợp",
                      ["STT", "Họ và tên", "Đơn vị", grade_heading, "Vị trí việc làm", "Kết luận",
                       "Tỷ lệ đạt", "Tổng mức thiếu hụt", "Ghi chú"],
                      [6, 26, 30, 22, 40, 16, 10, 12, 24], "cttcttpct",
                      agency, unit, "Tổng hợp kết quả đánh giá khoảng cách năng lực", subtitle, today=today)


def _detail_sheet(wb, fm, agency, unit, subtitle, today) -> SplitSheet:
    return SplitSheet(wb, fm, "Chi tiết",
                      ["STT", "Họ và tên", "Đơn vị", "Vị trí việc làm", "Khung năng lực", "Mã", "Năng lực",
                       "Yêu cầu tối thiểu", "Yêu cầu tối đa", "Tự đánh giá", "Người đánh giá", "Kết quả",
                       "Thiếu hụt", "Nguồn cấp độ yêu cầu"],
                      [6, 24, 26, 34, 14, 9, 40, 10, 10, 10, 10, 13, 10, 16], "cttttctcccccct",
                      agency, unit, "Chi tiết khoảng cách năng lực theo từng công chức", subtitle, status_column=11,
                      today=today)


def _write_people(people: Iterable[tuple[Person, list[Item]]], summary: SplitSheet, detail: SplitSheet
                  ) -> dict[gap.Verdict, int]:
    """Tổng hợp and Chi tiết, one person at a time; returns how many people each verdict has."""
    verdicts = {v: 0 for v in gap.Verdict}
    verdict_labels, status_labels = gap.VERDICT_LABELS, gap.STATUS_LABELS
    origins = dict(ORIGIN_LABELS)
    n = 0
    for count, (p, items) in enumerate(people, start=1):
        s = summary_of(items)
        verdicts[s.verdict] += 1
        summary.write([count, p.name, p.unit_path, p.grade_shown, p.position_name, verdict_labels[s.verdict],
                       s.met_ratio, s.total_shortfall, p.remark])
        for item in items:
            n += 1
            detail.write([n, p.name, p.unit_path, p.position_name, p.framework_label, item.code, item.name,
                          item.required_min, item.required_max, item.self_score, item.assessor_score,
                          status_labels[item.status], item.shortfall, origins.get(item.origin, "")])
    summary.finish()
    detail.finish()
    return verdicts


def _people_of_reports(rows: list[PersonGap]) -> Iterator[tuple[Person, list[Item]]]:
    """PersonGap rows (gaps computed by app.gap.evaluate) as the streamed export's people and items."""
    for p in rows:
        own = p.self_view.scores() if p.self_view else {}
        boss = p.assessor.scores() if p.assessor else {}
        # where each range comes from, as frozen on the form: a grade's default is not the document's word
        origin = {r.competency_code: r.origin for r in p.basis.ratings}
        person = Person(p.employee_code, p.name, p.unit_path or p.unit_name, p.grade, p.grade_name or p.grade or "",
                        p.position_name, p.framework_label, p.assessor.status if p.assessor else None)
        yield person, [Item(i.code, i.name, i.required_min, i.required_max, own.get(i.code), boss.get(i.code),
                            i.status, i.shortfall, not gap.evaluate_rule(gap.UNSPECIFIED_REQUIREMENT, {
                                "lo": i.required_min, "hi": i.required_max}), origin.get(i.code, ""), i.score)
                       for i in p.report.items]


def _write_tables(wb, fm, stats, needs, readiness, agency, unit, subtitle, today) -> None:
    """Theo năng lực, Nhu cầu đào tạo and (if any) Sẵn sàng cho vị trí khác."""
    sheet = SplitSheet(wb, fm, "Theo năng lực",
                       ["STT", "Khung năng lực", "Mã", "Năng lực", "Số người được đánh giá", "Điểm trung bình",
                        "Số người chưa đạt", "Tỷ lệ chưa đạt"],
                       [6, 14, 10, 50, 14, 12, 14, 12], "ctctcdcp", agency, unit, "Tổng hợp theo năng lực", subtitle,
                       today=today)
    for n, stat in enumerate(stats, start=1):
        t = stat.team
        sheet.write([n, stat.framework_label, t.code, t.name, t.assessed, t.mean_score, t.below, t.share_below])
    sheet.finish()
    sheet = SplitSheet(wb, fm, "Nhu cầu đào tạo",
                       ["STT", "Đơn vị", "Khung năng lực", "Mã", "Năng lực cần đào tạo, bồi dưỡng",
                        "Số người chưa đạt", "Tổng mức thiếu hụt", "Mức thiếu hụt lớn nhất"],
                       [6, 34, 14, 10, 50, 12, 12, 12], "cttctccc", agency, unit, "Nhu cầu đào tạo, bồi dưỡng",
                       subtitle, today=today)
    for n, t in enumerate(needs, start=1):
        sheet.write([n, t.unit_path or t.unit_name, t.framework_label, t.code, t.competency, t.staff_below,
                     t.total_shortfall, t.largest_shortfall])
    sheet.finish()
    readiness = list(readiness)
    if readiness:  # a period without readiness assessments keeps the four sheets
        _readiness_sheet(wb, fm, readiness, agency, unit, subtitle, today)


def write_gap_summary(
    rows: Iterable[PersonGap], path: str | Path, agency: str, unit: str, period: str, today: dt.date | None = None,
    readiness: Iterable[ReadinessRow] = (),
) -> Path:
    """Write the sheets for these people's results of one period (held in memory: a unit's export; an agency's
    goes through export_gap_summary): four of the assessments of their own positions (rows: each person once),
    and Sẵn sàng cho vị trí khác of the readiness assessments, if any."""
    rows = list(rows)
    path = Path(path)
    _refuse_past_limit(len(rows))
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True, **XLSX_OPTIONS})
    fm = Formats(wb)
    subtitle = f"Kỳ đánh giá: {period}"
    # a competency is known by its framework and code: the framework is a column of every competency table
    grade_heading = kinds_heading(p.grade_kind for p in rows)
    _write_people(_people_of_reports(rows), _summary_sheet(wb, fm, agency, unit, subtitle, today, grade_heading),
                  _detail_sheet(wb, fm, agency, unit, subtitle, today))
    _write_tables(wb, fm, competency_stats(rows), training_needs(rows), readiness, agency, unit, subtitle, today)
    wb.close()
    return path


def _refuse_past_limit(people: int) -> None:
    """Tổng hợp is written beside Chi tiết, one person a row: past one sheet it is refused, before any writing."""
    if people > sheet_capacity():
        raise UserError(
            f"Không xuất được bảng tổng hợp: {people:,} công chức, nhiều hơn {sheet_capacity():,} dòng mà một trang "
            "tính Excel chứa được (bảng Tổng hợp ghi mỗi người một dòng). Hãy xuất từng đơn vị (chọn đơn vị, hoặc "
            "--unit MÃ ở dòng lệnh).".replace(",", "."))


def export_gap_summary(db, scope, path: str | Path, agency: str, unit: str, today: dt.date | None = None,
                       readiness: Iterable[ReadinessRow] = ()):
    """The gap summary of a report scope (app.services.reporting.report_scope), streamed from the database: the
    people and their ratings in the order written (app.excel.gap_rows), the per-competency and training-need
    tables computed by SQL. Returns the reporting.UnitSummary written (people counted)."""
    from app.services import report_sql
    from app.services.grades import catalogue_of
    from app.services.reporting import unit_summary

    with db.read_session() as s:
        counts = people_counts(s, scope)
        grades = catalogue_of(s)
        kinds = [grades.get(code).kind if grades.get(code) else None for code in report_sql.grade_codes(s, scope)]
    _refuse_past_limit(sum(people for _unit, people in counts))
    path = Path(path)
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True, **XLSX_OPTIONS})
    fm = Formats(wb)
    subtitle = f"Kỳ đánh giá: {scope.period}"
    _write_people(stream_people(db, scope, counts),
                  _summary_sheet(wb, fm, agency, unit, subtitle, today, kinds_heading(kinds)),
                  _detail_sheet(wb, fm, agency, unit, subtitle, today))
    summary = unit_summary(db, scope)  # Theo năng lực and Nhu cầu đào tạo: the database's aggregation
    _write_tables(wb, fm, summary.competencies, summary.needs, readiness, agency, unit, subtitle, today)
    wb.close()
    return summary


def _readiness_sheet(wb, fm: Formats, rows: list[ReadinessRow], agency: str, unit: str, subtitle: str,
                     today: dt.date | None) -> None:
    """Readiness assessments (a person against a position other than their own): never in the sheets above."""
    sheet = SplitSheet(wb, fm, "Sẵn sàng cho vị trí khác",
                       ["STT", "Họ và tên", "Đơn vị", "Vị trí hiện tại", "Vị trí được xem xét", "Kết luận",
                        "Tỷ lệ đạt", "Năng lực chưa đạt (mức thiếu hụt)", "Điều kiện theo quy định", "Ghi chú"],
                       [6, 24, 26, 30, 30, 14, 9, 40, 44, 20], "ctttttpttt",
                       agency, unit, "Đánh giá sẵn sàng cho vị trí việc làm khác", subtitle, today=today)
    for n, r in enumerate(rows, start=1):
        p = r.person
        current = p.current_position_name or p.current_position_key or "Chưa có vị trí"
        sheet.write([n, p.name, p.unit_path or p.unit_name, current, p.position_name,
                     gap.VERDICT_LABELS[p.report.summary.verdict], p.report.summary.met_ratio, r.gaps_text() or "Không có", r.conditions_text(), p.remark])
    sheet.finish()
