"""An .xlsx package checked before a cell is read: sizes, ratios, checksums, XML without entities,
the workbook's sheets and one streaming pass over each wanted sheet (see app.excel.reading)."""

from __future__ import annotations

import posixpath
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from xml.parsers import expat

from app.excel.workbook_problems import (
    _CELL_REF,
    _CHUNK,
    _IN_SHEET_DATA,
    _RANGE_REF,
    _TRUE,
    MAX_CELLS,
    MAX_PACKAGE_BYTES,
    MAX_PARTS,
    MAX_RATIO,
    RATIO_FROM_BYTES,
    _mb,
    _Refused,
    cell_ref,
    column_number,
)
from app.vntext import clean


def sheet_key(name: str) -> str:
    """How sheet names are matched: Unicode form, spaces and case ignored."""
    return clean(name).casefold()


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

