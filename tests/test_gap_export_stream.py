"""The gap summary export streamed from the database (app.excel.gap_rows): the same rows as the pure gap function
gives, whatever the chunks it is read in, through a server-side cursor, in constant memory."""

from __future__ import annotations

import datetime as dt

import pytest
import xlsxwriter
from openpyxl import load_workbook
from python_calamine import CalamineWorkbook
from sqlalchemy import event

from app.excel import gap_rows, gap_summary
from app.excel.layout import XLSX_OPTIONS
from app.services import reporting
from app.vntext import name_sort_key
from tests.conftest import three_accounts
from tests.test_reports_sql import PERIOD, generated, generated_url  # noqa: F401 - fixtures

TODAY = dt.date(2026, 12, 7)


def _rows(path, name):
    return [r for r in CalamineWorkbook.from_path(str(path)).get_sheet_by_name(name).to_python()
            if r and isinstance(r[0], float)]


def _sheets(path):
    return {name: _rows(path, name) for name in ("Tổng hợp", "Chi tiết")}


def _export(db, actor, target, unit=None):
    scope = reporting.report_scope(db, actor, PERIOD, unit)
    return gap_summary.export_gap_summary(db, scope, target, "UBND", "UBND", today=TODAY)


@pytest.fixture
def accounts(generated, fast_hashes):  # noqa: F811 - the fixture
    return three_accounts(generated)


def test_streamed_rows_are_the_pure_functions_for_every_role(generated, accounts, tmp_path):  # noqa: F811
    for role, actor in accounts.items():
        for unit in (None, "TST-A"):
            streamed, pure = tmp_path / f"{role}-{unit}-stream.xlsx", tmp_path / f"{role}-{unit}-pure.xlsx"
            written = _export(generated, actor, streamed, unit)
            people = reporting.person_gaps(generated, actor, PERIOD, unit)
            gap_summary.write_gap_summary(people, pure, "UBND", "UBND", PERIOD, today=TODAY)
            got, want = _sheets(streamed), _sheets(pure)
            # the same people, each with the same verdict, met ratio, shortfall, scores and statuses
            assert len(got["Tổng hợp"]) == written.people == len(people), (role, unit)
            for name in got:
                assert sorted(r[1:] for r in got[name]) == sorted(r[1:] for r in want[name]), (role, unit, name)
                assert [r[0] for r in got[name]] == list(range(1, len(got[name]) + 1))
            assert written.verdicts == reporting.unit_summary(
                generated, reporting.report_scope(generated, actor, PERIOD, unit)).verdicts
    # report order: units in tree order, Vietnamese name order within a unit
    hr = accounts["hr"]
    order = [u.path for u in reporting.report_scope(generated, hr, PERIOD).units.ordered]
    rows = _rows(tmp_path / "hr-None-stream.xlsx", "Tổng hợp")
    keys = [(order.index(r[2]), name_sort_key(r[1])) for r in rows]
    assert keys == sorted(keys) and len({r[2] for r in rows}) > 3


def test_any_chunking_writes_the_same_workbook(generated, tmp_path, monkeypatch):  # noqa: F811
    from app.actor import local_user

    whole = tmp_path / "whole.xlsx"
    _export(generated, local_user(), whole)
    streamed = []

    @event.listens_for(generated.engine, "before_cursor_execute")
    def seen(conn, cursor, statement, parameters, context, executemany):
        if "VALUES" in statement:
            streamed.append(context.execution_options)

    # a few people a batch, a statement and a fetch: every boundary falls inside a unit and inside a person
    monkeypatch.setattr(gap_rows, "BATCH_PEOPLE", 7)
    monkeypatch.setattr(gap_rows, "LIST_PEOPLE", 3)
    monkeypatch.setattr(gap_rows, "YIELD_PER", 5)
    chunked = tmp_path / "chunked.xlsx"
    _export(generated, local_user(), chunked)
    event.remove(generated.engine, "before_cursor_execute", seen)
    assert _sheets(chunked) == _sheets(whole)
    people = len(_rows(whole, "Tổng hợp"))
    assert len(streamed) >= people // 3  # the ratings read a few people at a time…
    assert all(o.get("stream_results") and o.get("yield_per") == 5 for o in streamed)  # …through a cursor


def test_a_sheet_keeps_no_written_rows_in_memory(tmp_path):
    target = tmp_path / "rows.xlsx"
    wb = xlsxwriter.Workbook(str(target), {"constant_memory": True, **XLSX_OPTIONS})
    fm = gap_summary.Formats(wb)
    sheet = gap_summary.TableSheet(wb, fm, "Bảng", ["STT", "Họ và tên", "Năng lực", "Tỷ lệ"], [6, 12, 20, 10], "cttp",
                                   "UBND", "UBND", "Tiêu đề", "Phụ đề")
    long_text = "Năng lực tổ chức thực hiện nhiệm vụ được giao"  # three lines in 20 units
    for n in range(1, 3001):
        sheet.write([n, f"Người {n}" if n % 3 else None, long_text if n % 2 else "Ngắn", n / 3000])
        assert len(sheet.ws.row_info) <= 2 and len(sheet.ws.row_sizes) <= 2  # the rows written are forgotten
    sheet.finish(None, TODAY)
    wb.close()
    ws = load_workbook(target)["Bảng"]
    first = gap_summary.HEADER_ROW + 2  # 1-based: the first data row
    tall, short = ws.row_dimensions[first].height, ws.row_dimensions[first + 1].height
    assert tall > 2 * short > 30  # each row's own height, written
    assert ws.cell(first + 2999, 1).value == 3000 and ws.cell(first, 3).border.left.style == "thin"
    assert ws.cell(first + 2999, 4).value == 1 and ws.cell(first + 2999, 4).number_format == "0.0%"
    assert ws.cell(first + 2, 2).value is None and ws.cell(first + 2, 2).border.left.style == "thin"  # a blank
    assert "THỦ TRƯỞNG ĐƠN VỊ" in [c.value for row in ws.iter_rows(min_row=first + 3000) for c in row]


def _sheet_xml(path) -> bytes:
    import zipfile

    with zipfile.ZipFile(path) as z:
        return z.read("xl/worksheets/sheet1.xml")


def test_the_fast_cell_writer_writes_xlsxwriters_own_bytes(tmp_path):
    """StreamedWorksheet writes formatted text and number cells itself (XlsxWriter's private _write_cell, without
    its generic attribute list): the sheet's XML must be XlsxWriter's own, byte for byte, for the texts an HR
    officer types (spaces at the ends, markup characters, control characters, rich-text look-alikes) and numbers
    of every shape. A newer XlsxWriter that changes its writer fails here, not in a user's workbook."""
    texts = ["Nguyễn Văn A", " khoảng trắng đầu", "cuối ", "a & b < c > d \"e\" 'f'", "dòng 1\ndòng 2",
             "điều khiển\x01\x1f", "<r>không phải rich text</r>", "_x0041_", "=1+1", "x" * 300]
    numbers = [0, 1, -1, 3, 0.1, 1 / 3, 2.5e-7, 1e20, 123456789012345, -0.0]
    rows = [[n, t, None, x, ""] for n, (t, x) in enumerate(zip(texts, numbers))]

    def write(target, fast: bool):
        wb = xlsxwriter.Workbook(str(target), {"constant_memory": True, **XLSX_OPTIONS})
        fmt = wb.add_format({"text_wrap": True, "border": 1})
        pct = wb.add_format({"num_format": "0.0%", "border": 1})
        formats = [fmt, fmt, fmt, pct, fmt]
        ws = wb.add_worksheet("Bảng", worksheet_class=gap_summary.StreamedWorksheet if fast else None)
        for r, values in enumerate(rows):
            if fast:
                ws.write_cells(r, values, formats)
                continue
            for c, value in enumerate(values):
                if value is None or value == "":
                    ws.write_blank(r, c, None, formats[c])
                elif isinstance(value, str):
                    ws.write_string(r, c, value, formats[c])
                else:
                    ws.write_number(r, c, value, formats[c])
        wb.close()
        return _sheet_xml(target)

    assert write(tmp_path / "fast.xlsx", True) == write(tmp_path / "own.xlsx", False)
