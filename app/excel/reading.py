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
import posixpath
import re
import struct
import sys
import tempfile
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from xml.parsers import expat

from openpyxl.utils import get_column_letter

from app.vntext import clean

MAX_CELL_CHARS = 2000  # longer than any name, unit, certificate list or note a person types

# Limits of what an import reads: generous for a whole agency, far below what hurts the computer.
MAX_FILE_BYTES = 50 * 1024 * 1024  # the .xlsx itself; 100,000 score rows take about 3 MB
MAX_PARTS = 2000  # files inside the package; Excel writes a few dozen
MAX_PACKAGE_BYTES = 200 * 1024 * 1024  # all parts uncompressed together
MAX_RATIO = 100  # uncompressed : compressed, for any part above RATIO_FROM_BYTES
RATIO_FROM_BYTES = 1024 * 1024  # small parts (styles, themes) may compress better, harmlessly
MAX_ROWS = 200_000  # rows of one sheet
MAX_COLUMNS = 256  # columns of one sheet (the templates use at most 10)
MAX_CELLS = 5_000_000  # rows × columns of the rectangle read
MAX_NUMBER = 1e15  # Excel keeps 15 significant digits: anything larger is not a value HR typed

MAX_MESSAGE_CHARS = 600  # a problem is one line a person reads; values quoted in it are cut
_ONE_LINE = {i: " " if chr(i) in "\t\n\r\x0b\x0c\x85\u2028\u2029" else "?" for i in
             (*range(0x20), 0x7F, 0x85, 0x2028, 0x2029)}
_CHUNK = 1 << 20
_CELL_REF = re.compile(r"([A-Z]{1,3})([0-9]{1,7})")
_RANGE_REF = re.compile(r"\$?([A-Z]{1,3})\$?([0-9]{1,7})(?::\$?([A-Z]{1,3})\$?([0-9]{1,7}))?")
# Elements that may sit inside <sheetData>; any other element means the cells are over.
_IN_SHEET_DATA = frozenset({
    "sheetData", "row", "c", "f", "v", "is", "t", "r", "rPr", "rPh", "b", "i", "strike", "condense", "extend",
    "outline", "shadow", "u", "vertAlign", "sz", "color", "rFont", "family", "charset", "scheme",
})
_TRUE = {"1", "true"}


@dataclass(frozen=True)
class Problem:
    file: str
    sheet: str | None
    row: int | None
    column: int | None
    header: str | None
    message: str

    def __str__(self) -> str:
        where = [self.file]
        if self.sheet:
            where.append(f"trang '{self.sheet}'")
        if self.row:
            where.append(f"dòng {self.row}")
        if self.column:
            col = get_column_letter(self.column)
            where.append(f"cột {col}" + (f" ({self.header})" if self.header else ""))
        text = ", ".join(where) + f": {self.message}"
        text = text.translate(_ONE_LINE) if not text.isprintable() else text  # always one line
        return text if len(text) <= MAX_MESSAGE_CHARS else text[: MAX_MESSAGE_CHARS - 1] + "…"


class WorkbookError(Exception):
    """The file cannot be read as a workbook at all (one problem, nothing else to check)."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


@dataclass
class Sheet:
    name: str
    rows: list[list]
    formulas: dict[tuple[int, int], str]  # (row, column), 1-based → cell reference
    merged: list[str]
    problems: list[Problem] = field(default_factory=list)  # hidden rows, unreadable numbers
    bad_rows: set[int] = field(default_factory=set)  # rows (1-based) already described in problems


class _Refused(Exception):
    """Stops a streaming pass early; carries the Vietnamese message."""

    def __init__(self, message: str, sheet: str | None = None, row: int | None = None, column: int | None = None):
        super().__init__(message)
        self.message, self.sheet, self.row, self.column = message, sheet, row, column


def column_number(letters: str) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + ord(ch) - 64
    return number


def cell_ref(row: int, column: int) -> str:
    return f"{get_column_letter(column)}{row}" if 1 <= column <= 18278 else f"cột {column} dòng {row}"


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:,.0f} MB".replace(",", ".")


# ---------------------------------------------------------------- the package


def _inflate(fp, info: zipfile.ZipInfo, label: str):
    """The part's bytes in chunks, inflated from the raw stream: never more than it declares, checksum verified."""
    if info.flag_bits & 0x1:
        raise _Refused("tệp có đặt mật khẩu hoặc bị mã hóa: hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại.")
    fp.seek(info.header_offset)
    header = fp.read(30)
    if len(header) < 30 or header[:4] != b"PK\x03\x04":
        raise _Refused(f"tệp Excel bị hỏng (phần '{info.filename}' không đọc được): hãy lưu lại tệp bằng Excel.")
    name_length, extra_length = struct.unpack("<HH", header[26:30])
    fp.seek(info.header_offset + 30 + name_length + extra_length)
    left = info.compress_size
    produced = 0
    crc = 0
    if info.compress_type == zipfile.ZIP_STORED:
        inflater = None
    elif info.compress_type == zipfile.ZIP_DEFLATED:
        inflater = zlib.decompressobj(-15)
    else:
        raise _Refused("tệp nén theo cách Excel không dùng: hãy mở bằng Excel rồi lưu lại dạng .xlsx.")

    def emit(chunk: bytes) -> bytes:
        nonlocal produced, crc
        produced += len(chunk)
        if produced > info.file_size:
            raise _Refused(f"phần '{info.filename}' bung ra lớn hơn kích thước ghi trong tệp (tệp hỏng hoặc "
                           "tệp nén độc hại): chương trình không đọc tệp này.")
        crc = zlib.crc32(chunk, crc)
        return chunk

    while left > 0:
        raw = fp.read(min(_CHUNK, left))
        if not raw:
            break
        left -= len(raw)
        if inflater is None:
            yield emit(raw)
            continue
        data = raw
        while data:
            out = inflater.decompress(data, _CHUNK)
            if out:
                yield emit(out)
            data = inflater.unconsumed_tail
    if inflater is not None:
        while not inflater.eof:
            out = inflater.decompress(b"", _CHUNK)
            if not out:
                break
            yield emit(out)
    if left > 0 or produced != info.file_size or crc != info.CRC:
        raise _Refused(f"tệp Excel bị hỏng (phần '{info.filename}' bị cắt cụt hoặc sai): hãy lưu lại tệp bằng Excel.")


def _parser(on_start=None) -> expat.XMLParserType:
    """A namespace-aware parser that refuses any DTD or entity declaration."""
    parser = expat.ParserCreate(namespace_separator=" ")

    def no_dtd(*_args):
        raise _Refused("tệp chứa khai báo DTD/ENTITY (<!DOCTYPE>, <!ENTITY>) mà Excel không bao giờ ghi: "
                       "chương trình không đọc tệp này; hãy chép dữ liệu sang tệp mẫu mới.")

    parser.StartDoctypeDeclHandler = no_dtd
    parser.EntityDeclHandler = no_dtd
    parser.UnparsedEntityDeclHandler = no_dtd
    parser.NotationDeclHandler = no_dtd
    if on_start is not None:
        parser.StartElementHandler = on_start
    return parser


def _parse_part(fp, info: zipfile.ZipInfo, label: str, on_start=None) -> None:
    parser = _parser(on_start)
    try:
        for chunk in _inflate(fp, info, label):
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except expat.ExpatError as exc:
        raise _Refused(f"tệp Excel bị hỏng (phần '{info.filename}' không phải XML hợp lệ, "
                       f"{expat.ErrorString(exc.code)}): hãy mở bằng Excel rồi lưu lại.") from None


def _local(name: str) -> str:
    return name.rpartition(" ")[2]


def _workbook_sheets(fp, infos: dict[str, zipfile.ZipInfo], label: str) -> list[tuple[str, str, str]]:
    """(sheet name, part path, state) in workbook order, read from workbook.xml and its relationships."""
    for needed in ("xl/workbook.xml", "xl/_rels/workbook.xml.rels"):
        if needed not in infos:
            raise _Refused(f"thiếu phần '{needed}': đây không phải tệp Excel .xlsx đầy đủ; "
                           "hãy mở bằng Excel rồi lưu lại dạng .xlsx.")
    sheets: list[tuple[str, str, str]] = []

    def on_workbook(name, attrs):
        if _local(name) == "sheet":
            rid = next((v for k, v in attrs.items() if " " in k and _local(k) == "id"), None)
            sheets.append((attrs.get("name") or "", rid or "", attrs.get("state") or "visible"))

    targets: dict[str, str] = {}

    def on_rels(name, attrs):
        if _local(name) == "Relationship" and attrs.get("TargetMode") != "External":
            targets[attrs.get("Id") or ""] = attrs.get("Target") or ""

    _parse_part(fp, infos["xl/workbook.xml"], label, on_workbook)
    _parse_part(fp, infos["xl/_rels/workbook.xml.rels"], label, on_rels)
    out = []
    for name, rid, state in sheets:
        target = targets.get(rid, "")
        if target.startswith("/"):
            part = posixpath.normpath(target.lstrip("/"))
        else:
            part = posixpath.normpath(posixpath.join("xl", target)) if target else ""
        out.append((name, part, state))
    return out


# ---------------------------------------------------------------- one sheet's XML


@dataclass
class _Scan:
    sheet: str
    max_rows: int
    max_columns: int
    dimension: str | None = None
    last_row: int = 0
    last_column: int = 0
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)
    merged: list[str] = field(default_factory=list)
    hidden_rows: list[int] = field(default_factory=list)
    errors: dict[tuple[int, int], str] = field(default_factory=dict)  # cells holding #N/A, #DIV/0! …


def _scan_sheet(fp, info: zipfile.ZipInfo, label: str, sheet: str, max_rows: int, max_columns: int) -> _Scan:
    """One streaming pass over a sheet part; stops at the first cell beyond the limits."""
    scan = _Scan(sheet, max_rows, max_columns)
    locals_: dict[str, str] = {}
    columns: dict[str, int] = {}
    data = False  # inside <sheetData>
    row = 0  # current row, 1-based
    column = 0  # current cell's column
    digits_seen = ""  # the row digits of the last cell reference, parsed once per row
    hidden = False  # the current row is hidden and none of its values was noted yet
    in_cell = False
    last_row = last_column = 0
    quiet = frozenset(_IN_SHEET_DATA - {"c", "v", "is", "row", "f", "sheetData"})

    def far(r: int, c: int, declared: bool = False) -> None:
        what = "vùng dữ liệu khai báo trong tệp kéo tới ô" if declared else "có ô"
        raise _Refused(
            f"{what} {cell_ref(r, c)}, quá xa so với dữ liệu cần nhập (chương trình đọc tối đa "
            f"{max_rows:,} dòng và {max_columns} cột). Hãy xóa ô đó (hoặc xóa hẳn các dòng, cột thừa), "
            "lưu lại rồi nhập lại.".replace(",", "."), sheet, r if r <= max_rows else None, None)

    def strange(ref: str) -> None:
        raise _Refused(f"tệp Excel bị hỏng (ô có địa chỉ lạ '{ref[:20]}'): hãy lưu lại tệp bằng Excel.", sheet)

    def on_start(name, attrs):
        nonlocal data, row, column, digits_seen, hidden, in_cell, last_row, last_column
        local = locals_.get(name)
        if local is None:
            local = locals_[name] = _local(name)
        if local == "c":
            data = in_cell = True
            ref = attrs.get("r")
            if ref:
                letters = ref.rstrip("0123456789")
                column = columns.get(letters)
                if column is None:
                    if not _CELL_REF.fullmatch(ref):
                        strange(ref)
                    column = columns[letters] = column_number(letters)
                digits = ref[len(letters):]
                if digits != digits_seen:
                    if not digits or len(digits) > 7 or not digits.isascii() or not digits.isdigit():
                        strange(ref)
                    digits_seen = digits
                    row = int(digits)
            else:
                column += 1
            if attrs.get("t") == "e":
                scan.errors[(row, column)] = cell_ref(row, column)
            if row > last_row:
                if row > max_rows:
                    far(row, column)
                last_row = row
                if last_row * last_column > MAX_CELLS:
                    far(row, column)
            if column > last_column:
                if column > max_columns:
                    far(row, column)
                last_column = column
                if last_row * last_column > MAX_CELLS:
                    far(row, column)
        elif local in quiet:
            return
        elif local == "v" or local == "is":
            if hidden and data:
                scan.hidden_rows.append(row)
                hidden = False
        elif local == "row":
            data = True
            in_cell = False
            ref = attrs.get("r")
            if ref:
                if not ref.isascii() or not ref.isdigit() or len(ref) > 7:
                    raise _Refused(f"tệp Excel bị hỏng (dòng có số lạ '{ref[:20]}'): hãy lưu lại tệp bằng Excel.", sheet)
                row = int(ref)
            else:
                row += 1
            digits_seen = ""
            column = 0
            hidden = attrs.get("hidden") in _TRUE
            if row > max_rows:
                far(row, 1)
        elif local == "f":
            if data and in_cell:
                scan.formulas[(row, column)] = cell_ref(row, column)
        elif local == "sheetData":
            data = True
        else:
            data = in_cell = False
            if local == "mergeCell":
                scan.merged.append(attrs.get("ref") or "")
            elif local == "dimension":
                ref = attrs.get("ref") or ""
                scan.dimension = ref
                for m in _RANGE_REF.finditer(ref):
                    letters, digits = (m.group(3), m.group(4)) if m.group(3) else (m.group(1), m.group(2))
                    r, c = int(digits), column_number(letters)
                    if r > max_rows or c > max_columns or r * c > MAX_CELLS:
                        far(r, c, declared=True)

    _parse_part(fp, info, label, on_start)
    scan.last_row, scan.last_column = last_row, last_column
    return scan


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


def sheet_key(name: str) -> str:
    """How sheet names are matched: Unicode form, spaces and case ignored."""
    return clean(name).casefold()


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


def _check_package(fp, infos_list: list[zipfile.ZipInfo], label: str, wanted_keys: dict[str, str],
                   max_rows: int, max_columns: int) -> dict[str, tuple[str, _Scan]]:
    if len(infos_list) > MAX_PARTS:
        raise _Refused(f"tệp có {len(infos_list):,} phần bên trong, Excel chỉ ghi vài chục: ".replace(",", ".")
                       + "chương trình không đọc tệp này; hãy chép dữ liệu sang tệp mẫu mới.")
    infos: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos_list:
        if info.filename in infos:
            raise _Refused(f"tệp chứa hai phần cùng tên '{info.filename}' (tệp hỏng hoặc bị sửa): "
                           "hãy chép dữ liệu sang tệp mẫu mới.")
        infos[info.filename] = info
        total += info.file_size
        if info.file_size > RATIO_FROM_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise _Refused(f"phần '{info.filename}' nén {_mb(info.compress_size)} mà bung ra {_mb(info.file_size)} "
                           f"(gấp hơn {MAX_RATIO} lần, dấu hiệu tệp nén độc hại hoặc trang có hàng triệu ô trống): "
                           "hãy xóa các dòng, cột thừa rồi lưu lại, hoặc chép dữ liệu sang tệp mẫu mới.")
    if total > MAX_PACKAGE_BYTES:
        raise _Refused(f"tệp bung ra {_mb(total)}, quá giới hạn {_mb(MAX_PACKAGE_BYTES)}: hãy xóa các trang, "
                       "dòng, cột thừa và hình ảnh không cần rồi lưu lại, hoặc chia thành nhiều tệp.")
    listed = _workbook_sheets(fp, infos, label)
    chosen: dict[str, tuple[str, str, str]] = {}
    for name, part, state in listed:
        want = wanted_keys.get(sheet_key(name))
        if want is None:
            continue
        if want in chosen:
            raise _Refused(f"có hai trang cùng tên '{want}' (chỉ khác chữ hoa/thường hoặc dấu cách): "
                           "hãy đổi tên hoặc xóa một trang.")
        chosen[want] = (name, part, state)
    hidden = [(name, state) for name, _part, state in chosen.values() if state != "visible"]
    if hidden:
        names = ", ".join(f"'{n}'" for n, _s in hidden)
        very = any(s == "veryHidden" for _n, s in hidden)
        raise _Refused(f"trang {names} đang bị ẩn{' sâu (chỉ bỏ ẩn được bằng VBA)' if very else ''}: chương trình "
                       "không nhập trang ẩn; hãy bỏ ẩn trang (chuột phải vào tên trang → Bỏ ẩn) rồi lưu lại"
                       + (", hoặc chép dữ liệu sang tệp mẫu mới." if very else "."))
    scans: dict[str, tuple[str, _Scan]] = {}
    sheet_parts = {part for _name, part, _state in chosen.values()}
    for info in infos_list:
        if info.filename in sheet_parts:
            continue
        lower = info.filename.lower()
        if lower.endswith((".xml", ".rels")) and info.filename not in (
                "xl/workbook.xml", "xl/_rels/workbook.xml.rels"):
            _parse_part(fp, info, label)  # DTD and entity check, well-formedness, real size
        elif not info.is_dir():
            for _chunk in _inflate(fp, info, label):  # real size and checksum
                pass
    for want, (name, part, _state) in chosen.items():
        info = infos.get(part)
        if info is None:
            raise _Refused(f"tệp Excel bị hỏng (thiếu nội dung của trang '{name}'): hãy mở bằng Excel rồi lưu lại.",
                           name)
        scans[want] = (name, _scan_sheet(fp, info, label, name, max_rows, max_columns))
    return scans


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
