"""Reading an uploaded workbook safely: what it is, where it is wrong, in Vietnamese.

Cells are read with python-calamine (fast); the sheet XML is scanned once for what calamine hides
(formulas and merged cells), so a bad file is described by sheet, row and column.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from openpyxl.utils import get_column_letter

MAX_CELL_CHARS = 2000  # longer than any name, unit, certificate list or note a person types


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
        return ", ".join(where) + f": {self.message}"


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


def _cell_index(ref: str) -> tuple[int, int]:
    letters, digits = re.match(r"([A-Z]+)(\d+)", ref).groups()
    column = 0
    for ch in letters:
        column = column * 26 + ord(ch) - 64
    return int(digits), column


def _sheet_xml_paths(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name → path of its XML part inside the package."""
    workbook = archive.read("xl/workbook.xml").decode("utf-8", "replace")
    rels = archive.read("xl/_rels/workbook.xml.rels").decode("utf-8", "replace")
    targets = dict(re.findall(r'<Relationship[^>]*Id="([^"]+)"[^>]*Target="([^"]+)"', rels))
    targets.update({k: v for v, k in re.findall(r'<Relationship[^>]*Target="([^"]+)"[^>]*Id="([^"]+)"', rels)})
    out = {}
    for name, rid in re.findall(r'<sheet[^>]*name="([^"]+)"[^>]*r:id="([^"]+)"', workbook):
        target = targets.get(rid, "")
        target = target.lstrip("/")
        out[_unescape(name)] = target if target.startswith("xl/") else f"xl/{target}"
    return out


def _unescape(text: str) -> str:
    return text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'")


def open_workbook(path: str | Path, wanted: list[str]) -> dict[str, Sheet]:
    """The wanted sheets (those present), or WorkbookError when the file is not a readable .xlsx."""
    path = Path(path)
    label = path.name
    if not path.is_file():
        raise WorkbookError(Problem(label, None, None, None, None, "không tìm thấy tệp."))
    if path.stat().st_size == 0:
        raise WorkbookError(Problem(label, None, None, None, None, "tệp rỗng (0 byte)."))
    if not zipfile.is_zipfile(path):
        raise WorkbookError(Problem(label, None, None, None, None,
                                    "không phải tệp Excel .xlsx (có thể là tệp khác đổi đuôi, hoặc .xls cũ: "
                                    "hãy mở bằng Excel và lưu lại dạng .xlsx)."))
    from python_calamine import CalamineWorkbook

    try:
        with zipfile.ZipFile(path) as archive:
            parts = _sheet_xml_paths(archive)
            xml = {name: archive.read(part).decode("utf-8", "replace") for name, part in parts.items()
                   if name in wanted and part in archive.namelist()}
        book = CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # a damaged package: say so, do not guess
        raise WorkbookError(Problem(label, None, None, None, None, f"tệp Excel bị hỏng, không đọc được ({exc}).")) from None
    sheets = {}
    for name in wanted:
        if name not in book.sheet_names:
            continue
        rows = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
        text = xml.get(name, "")
        formulas = {_cell_index(ref): ref for ref in re.findall(r'<c r="([A-Z]+\d+)"[^>]*>\s*<f[ >/]', text)}
        merged = re.findall(r'<mergeCell ref="([A-Z]+\d+:[A-Z]+\d+)"', text)
        sheets[name] = Sheet(name, rows, formulas, merged)
    return sheets
