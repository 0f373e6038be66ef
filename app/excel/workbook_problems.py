"""What a workbook reader reports: limits, problems (file, sheet, row, column) and sheets read."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from openpyxl.utils import get_column_letter

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

