"""Reading an uploaded workbook safely: what it is, where it is wrong, in Vietnamese.

A workbook is checked before a single cell is read, cheaply and in this order:

1. the package: file size, number of parts, total uncompressed size and each big part's compression
   ratio (zip bombs), every part inflated once with a hard cap and its checksum verified (headers
   that lie about sizes), no DTD or entity declaration in any XML part (entity bombs);
2. the workbook and its relationships, parsed as XML (any prefix, any attribute order): sheet names,
   where each sheet lives, which are hidden;
3. each wanted sheet, parsed as XML in one streaming pass: the declared `<dimension>` and the real
   extent (the farthest cell), formulas, merged cells and hidden rows holding values. A sheet wider or
   taller than an import needs is refused here, naming the far cell.

Only then are cells read with python-calamine, over the used range alone. Anything the native reader
raises (its Rust panics are BaseException subclasses) becomes one WorkbookError; odd numbers (NaN,
infinity, 1e308) become problems on their cell.
"""

from __future__ import annotations

import contextlib
import logging
import math
import os
import sys
import tempfile
import zipfile
from pathlib import Path

from app.excel.workbook_problems import (  # noqa: F401 - the importers take these from here
    MAX_CELL_CHARS,
    MAX_CELLS,
    MAX_COLUMNS,
    MAX_FILE_BYTES,
    MAX_NUMBER,
    MAX_ROWS,
    Problem,
    Sheet,
    WorkbookError,
    _mb,
    _Refused,
    cell_ref,
)
from app.excel.xlsx_package import _check_package, _Scan, sheet_key  # noqa: F401

# ---------------------------------------------------------------- cells


@contextlib.contextmanager
def _quiet_native():
    """The native reader's panic report (Rust prints it, with a backtrace, on the process's stderr)
    goes to the program's log, never to the user's terminal; anything else printed meanwhile stays."""
    try:
        sys.stderr.flush()
        saved = os.dup(2)
    except (OSError, ValueError, AttributeError):
        yield
        return
    with tempfile.TemporaryFile() as sink:
        os.dup2(sink.fileno(), 2)
        try:
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            sink.seek(0)
            said = sink.read(1 << 16)
            if said:
                if b"panicked" in said:
                    logging.getLogger("competency_gap").info("trình đọc Excel: %s",
                                                                said.decode("utf-8", "replace")[:2000])
                else:
                    try:
                        os.write(2, said)
                    except OSError:
                        pass


def _native_failure(exc: BaseException) -> bool:
    """True for what the native reader may raise (pyo3's PanicException included); never Ctrl+C or exit."""
    return not isinstance(exc, (KeyboardInterrupt, SystemExit, GeneratorExit))


def _read_cells(book, name: str, label: str, scan: _Scan, problems: list[Problem], bad_rows: set[int]) -> list[list]:
    try:
        native = book.get_sheet_by_name(name)
        (start_row, start_column), (end_row, end_column) = native.start or (0, 0), native.end or (0, 0)
    except BaseException as exc:  # noqa: BLE001 — Rust panics derive from BaseException
        if not _native_failure(exc):
            raise
        raise WorkbookError(Problem(label, name, None, None, None, _UNREADABLE)) from None
    if (end_row + 1 > scan.max_rows or end_column + 1 > scan.max_columns
            or (end_row + 1) * (end_column + 1) > MAX_CELLS):
        raise WorkbookError(Problem(label, name, None, None, None,
                                    f"có ô {cell_ref(end_row + 1, end_column + 1)} quá xa so với dữ liệu cần nhập: "
                                    "hãy xóa ô đó (hoặc các dòng, cột thừa), lưu lại rồi nhập lại."))
    pad = [""] * start_column
    rows: list[list] = []
    number = 0
    try:
        for number, row in enumerate(native.iter_rows(), start=1):
            if pad:
                row = pad + row
            for column, value in enumerate(row, start=1):
                if value.__class__ is float and (value != value or not -MAX_NUMBER < value < MAX_NUMBER):
                    shown = "trống" if value != value else format(value, ".6g")
                    problems.append(Problem(label, name, number, column, None,
                                            f"ô {cell_ref(number, column)} chứa số không dùng được ({shown}); "
                                            "hãy gõ lại giá trị đúng."))
                    bad_rows.add(number)
                    row[column - 1] = ""
            rows.append(row)
    except BaseException as exc:  # noqa: BLE001
        if not _native_failure(exc):
            raise
        row_number = number + 1
        raise WorkbookError(Problem(label, name, row_number, None, None,
                                    f"{_UNREADABLE} Ô hỏng ở dòng {row_number} (thường là ngày tháng ngoài lịch "
                                    "hoặc số quá lớn): hãy xóa rồi gõ lại ô đó, lưu lại rồi nhập lại.")) from None
    return rows


_UNREADABLE = "tệp Excel bị hỏng hoặc có ô không đọc được."


def _refusal(label: str, refused: _Refused) -> WorkbookError:
    return WorkbookError(Problem(label, refused.sheet, refused.row, refused.column, None, refused.message))



def open_workbook(path: str | Path, wanted: list[str], *, max_rows: int = MAX_ROWS,
                  max_columns: int = MAX_COLUMNS) -> dict[str, Sheet]:
    """The wanted sheets (those present, keyed by the wanted name), or WorkbookError when the file is
    not a readable .xlsx, is hostile, or a wanted sheet is hidden or far larger than an import needs."""
    path = Path(path)
    label = path.name
    try:
        if not path.is_file():
            raise WorkbookError(Problem(label, None, None, None, None, "không tìm thấy tệp."))
        size = path.stat().st_size
        with path.open("rb") as fp:
            head = fp.read(8)
    except OSError as exc:
        raise WorkbookError(Problem(label, None, None, None, None,
                                    f"không mở được tệp ({exc.strerror or 'lỗi đọc đĩa'}): hãy đóng tệp trong Excel "
                                    "hoặc chép tệp về máy rồi thử lại.")) from None
    if size == 0:
        raise WorkbookError(Problem(label, None, None, None, None, "tệp rỗng (0 byte)."))
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise WorkbookError(Problem(label, None, None, None, None,
                                    "đây là tệp Excel cũ (.xls) hoặc tệp có đặt mật khẩu: hãy mở bằng Excel, bỏ mật "
                                    "khẩu nếu có, rồi lưu lại dạng .xlsx (Excel Workbook)."))
    if size > MAX_FILE_BYTES:
        raise WorkbookError(Problem(label, None, None, None, None,
                                    f"tệp nặng {_mb(size)}, quá giới hạn {_mb(MAX_FILE_BYTES)} của một lần nhập: "
                                    "hãy xóa các trang, hình ảnh không cần rồi lưu lại, hoặc chia thành nhiều tệp."))
    if not head.startswith(b"PK") or not zipfile.is_zipfile(path):
        raise WorkbookError(Problem(label, None, None, None, None,
                                    "không phải tệp Excel .xlsx (có thể là tệp khác đổi đuôi, hoặc .xls cũ: "
                                    "hãy mở bằng Excel và lưu lại dạng .xlsx)."))
    wanted_keys = {sheet_key(w): w for w in wanted}
    try:
        with path.open("rb") as fp, zipfile.ZipFile(fp) as archive:
            infos_list = archive.infolist()
            scans = _check_package(fp, infos_list, label, wanted_keys, max_rows, max_columns)
    except WorkbookError:
        raise
    except _Refused as refused:
        raise _refusal(label, refused) from None
    except Exception:  # zipfile's own errors on a damaged package: say so, do not guess
        raise WorkbookError(Problem(label, None, None, None, None,
                                    "tệp Excel bị hỏng, không đọc được: hãy mở bằng Excel rồi lưu lại.")) from None

    sheets: dict[str, Sheet] = {}
    if not scans:
        return sheets
    with _quiet_native():
        return _read_sheets(path, label, scans)


def _read_sheets(path: Path, label: str, scans: dict[str, tuple[str, _Scan]]) -> dict[str, Sheet]:
    sheets: dict[str, Sheet] = {}
    try:
        from python_calamine import CalamineWorkbook

        book = CalamineWorkbook.from_path(str(path))
    except BaseException as exc:  # noqa: BLE001
        if not _native_failure(exc):
            raise
        raise WorkbookError(Problem(label, None, None, None, None, _UNREADABLE + " Hãy mở bằng Excel rồi lưu lại."))\
            from None
    try:
        for want, (actual, scan) in scans.items():
            problems: list[Problem] = []
            bad_rows: set[int] = set()
            rows = _read_cells(book, actual, label, scan, problems, bad_rows)
            if scan.hidden_rows:
                shown = ", ".join(str(r) for r in scan.hidden_rows[:20]) + (" …" if len(scan.hidden_rows) > 20 else "")
                problems.insert(0, Problem(label, actual, None, None, None,
                                           f"dòng {shown} đang bị ẩn nhưng có dữ liệu: chương trình không nhập dòng ẩn; "
                                           "hãy bỏ ẩn (chọn các dòng, chuột phải → Bỏ ẩn) hoặc xóa các dòng đó."))
                bad_rows.update(scan.hidden_rows)
            for (row, column), ref in sorted(scan.errors.items())[:50]:
                problems.append(Problem(label, actual, row, column, None,
                                        f"ô {ref} đang báo lỗi (#N/A, #DIV/0!, #VALUE! …): hãy gõ giá trị đúng vào ô."))
                bad_rows.add(row)
            sheets[want] = Sheet(want, rows, scan.formulas, scan.merged, problems, bad_rows)
    finally:
        try:
            book.close()
        except BaseException as exc:  # noqa: BLE001
            if not _native_failure(exc):
                raise
    return sheets



def number_text(value: float | int) -> str:
    """A number as a person reads it: 3 not 3.0, 2,5 not 2.5, never hundreds of digits."""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if not math.isfinite(value):
            return "?"
        if value.is_integer() and abs(value) < MAX_NUMBER:
            return str(int(value))
        return format(value, ".15g").replace(".", ",")
    return str(value)
