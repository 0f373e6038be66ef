"""The audit trail as a workbook (one assessment's changes, or the agency's), in the Nghị định 30 layout.

Streamed in constant memory; a trail longer than one Excel sheet continues on "Nhật ký thay đổi (2)", … in the
order given (app.excel.gap_summary.SplitSheet), never cut, the signature block after the last entry."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

import xlsxwriter

from app.audit import AuditRow
from app.excel.gap_summary import Formats, SplitSheet
from app.excel.layout import XLSX_OPTIONS

TITLES = ["STT", "Thời gian", "Người thực hiện", "Thao tác", "Đối tượng", "Nội dung thay đổi", "Giá trị cũ",
          "Giá trị mới", "Lý do"]
WIDTHS = [6, 17, 24, 12, 24, 24, 22, 22, 26]


def local_time(at: dt.datetime) -> str:
    """dd/mm/yyyy hh:mm in the computer's time zone."""
    return at.astimezone().strftime("%d/%m/%Y %H:%M")


def subject(row: AuditRow) -> str:
    """e.g. "Phiếu đánh giá 12", "Công chức MAU0005", "Tài khoản admin"."""
    return row.subject


def write_audit(rows: Iterable[AuditRow], path: str | Path, agency: str, unit: str, title: str, subtitle: str,
                today: dt.date | None = None) -> Path:
    """The trail rows in the order given, streamed; on further sheets past Excel's row limit."""
    path = Path(path)
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True, **XLSX_OPTIONS})
    sheet = SplitSheet(wb, Formats(wb), "Nhật ký thay đổi", TITLES, WIDTHS, "cctcttttt", agency, unit, title,
                       subtitle, today=today)
    for n, row in enumerate(rows, start=1):
        sheet.write([n, local_time(row.at), row.who, row.action_label, subject(row), row.what, row.old_shown,
                     row.new_shown, row.reason])
    sheet.finish()
    wb.close()
    return path
