"""Scores typed in from paper forms: one row per employee × competency."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from pathlib import Path

from openpyxl.comments import Comment
from openpyxl.styles import Alignment

from app.excel.layout import BORDER, HEADER_FILL, font, new_workbook, printable, put_text
from app.excel.reading import MAX_CELL_CHARS, Problem, WorkbookError, number_text, open_workbook
from app.services.assessments import KEEP
from app.vntext import clean, clean_code, code_key, search_key

SHEET = "Điểm"
COLUMNS = [
    ("employee", "Mã công chức", 14),
    ("position", "Vị trí việc làm", 20),
    ("period", "Kỳ đánh giá", 14),
    ("kind", "Loại", 16),
    ("competency", "Mã năng lực", 12),
    ("score", "Điểm", 8),
    ("note", "Ghi chú", 40),
]
GUIDE = "Hướng dẫn"
GUIDE_LINES = [
    "Mỗi dòng một điểm: một công chức, một năng lực của một phiếu (kỳ đánh giá, loại).",
    "Vị trí việc làm để trống: vị trí hiện tại của công chức. Loại: Tự đánh giá hoặc Người đánh giá.",
    "Điểm: 1, 2, 3, 4 hoặc 5. Ô Điểm để trống: giữ nguyên điểm đang có. Ghi x (hoặc xóa): xóa điểm.",
    "Ghi chú để trống: giữ nguyên ghi chú đang có. Ghi x (hoặc xóa): xóa ghi chú.",
    "Mỗi năng lực của một phiếu chỉ ghi một dòng. Không dùng công thức, ô gộp, dòng hay trang ẩn.",
]
REQUIRED = {"employee", "period", "kind", "competency"}
KINDS = {"self": "self", "tu danh gia": "self", "assessor": "assessor", "nguoi danh gia": "assessor"}

AssessmentKey = tuple[str, str, str, str]  # employee, position (the current one when the cell is empty), period, kind


@dataclass
class ScoresPlan:
    changes: dict[AssessmentKey, dict[str, tuple[object, object]]] = field(default_factory=dict)
    rows: int = 0
    unchanged: int = 0  # rows with both the score and the note cell empty: nothing to change
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def write_template(path: str | Path) -> Path:
    wb = new_workbook()
    ws = wb.active
    ws.title = SHEET
    for column, (_key, title, width) in enumerate(COLUMNS, start=1):
        put_text(ws, 1, column, title, font=font(11, bold=True), fill=HEADER_FILL, border=BORDER,
                 alignment=Alignment(horizontal="center", wrap_text=True))
        ws.column_dimensions[ws.cell(1, column).column_letter].width = width
    ws.freeze_panes = "A2"
    ws.cell(1, 6).comment = Comment("Ghi 1, 2, 3, 4 hoặc 5. Để trống: giữ điểm đang có. Ghi x (hoặc xóa): xóa điểm.",
                                    "Chương trình")
    ws.cell(1, 7).comment = Comment("Để trống: giữ ghi chú đang có. Ghi x (hoặc xóa): xóa ghi chú.", "Chương trình")
    guide = wb.create_sheet(GUIDE)
    for row, text in enumerate(GUIDE_LINES, start=1):
        put_text(guide, row, 1, text, font=font(11))
    guide.column_dimensions["A"].width = 110
    printable(wb)
    path = Path(path)
    wb.save(path)
    return path


CLEAR_MARKS = {"x", "xoa"}  # "x" or "xóa" (any case, with or without accents) in a cell clears it
SCORE_HINT = "hãy ghi 1, 2, 3, 4 hoặc 5 (để trống: giữ điểm đang có; ghi x: xóa điểm)"


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (int, float)):
        return number_text(value)
    return clean(str(value))


def _score(value) -> tuple[object, str | None]:
    """(score, None): an int 1–5, None to clear (x, xóa) or KEEP for an empty cell; else (None, why).

    Only what a person types for a score is one: a number cell exactly 1–5, or the text of one
    ASCII digit 1–5. "3,0", "²", "３", "٣", TRUE, 1e308 are not."""
    if value is None:
        return KEEP, None
    if isinstance(value, bool):
        return None, f"'{'TRUE' if value else 'FALSE'}' không phải điểm; {SCORE_HINT}"
    if isinstance(value, (int, float)):
        if value in (1, 2, 3, 4, 5):
            return int(value), None
        if isinstance(value, int) or math.isfinite(value) and abs(value) < 1e6:
            if value == int(value):
                return None, f"điểm {number_text(value)} nằm ngoài thang 1–5; {SCORE_HINT}"
            return None, f"điểm {number_text(value)} không phải số nguyên; {SCORE_HINT}"
        return None, f"'{number_text(value)}' không phải điểm; {SCORE_HINT}"
    if not isinstance(value, str):
        return None, f"'{_text(value)[:20]}' không phải điểm; {SCORE_HINT}"
    text = clean(value)
    if not text:
        return KEEP, None
    if len(text) == 1 and text in "12345":
        return int(text), None
    if search_key(text) in CLEAR_MARKS:
        return None, None
    if text.isascii() and text.isdigit() and len(text) < 7:
        return None, f"điểm {int(text)} nằm ngoài thang 1–5; {SCORE_HINT}"
    return None, f"'{text[:20]}' không phải điểm; {SCORE_HINT}"


def _note(value) -> object:
    """KEEP for an empty cell, "" (clear) for x or xóa, else the note."""
    text = _text(value)
    if not text:
        return KEEP
    if len(text) <= 3 and search_key(text) in CLEAR_MARKS:
        return ""
    return text


def _employee_codes(rows) -> set[str]:
    """The employee codes of the first column, as clean_code reads them (unreadable ones left out:
    the row is refused later with its reason)."""
    codes = set()
    for raw in rows:
        value = raw[0] if raw else None
        if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
            continue
        try:
            code = clean_code(value)
        except ValueError:
            continue
        if code:
            codes.add(code)
    return codes


def plan_scores_import(path: str | Path, known) -> ScoresPlan:
    """Validate every row. `known` maps employee code → set of competency codes per position key,
    plus 'periods' (name → open?) and 'current' (employee → current position key); or it is a
    function of the file's employee codes giving that mapping for those employees only
    (services.assessments.scores_import_context: an agency's database is not read whole).

    Codes are matched with case ignored (clean_code, code_key): a row's codes become the stored spelling.
    A form (employee, position, period, kind) gets each competency at most once per file."""
    label = Path(path).name
    plan = ScoresPlan()
    try:
        sheets = open_workbook(path, [SHEET])
    except WorkbookError as exc:
        plan.problems.append(exc.problem)
        return plan
    sheet = sheets.get(SHEET)
    if sheet is None:
        plan.problems.append(Problem(label, None, None, None, None, f"không có trang '{SHEET}' (hãy dùng tệp mẫu)."))
        return plan

    def problem(row, column, message):
        header = COLUMNS[column - 1][1] if column and column <= len(COLUMNS) else None
        plan.problems.append(Problem(label, SHEET, row, column, header, message))

    headers = [_text(v).casefold() for v in (sheet.rows[0] if sheet.rows else [])]
    titles = [t for _k, t, _w in COLUMNS]
    if headers[: len(COLUMNS)] != [t.casefold() for t in titles]:
        problem(1, None, "dòng tiêu đề phải là: " + ", ".join(titles) + " (hãy dùng tệp mẫu).")
        return plan
    for p in sheet.problems:  # hidden rows, unreadable numbers: named with the column's title
        if p.column and p.column <= len(COLUMNS):
            p = replace(p, header=COLUMNS[p.column - 1][1],
                        message=p.message.rstrip(".") + (f"; {SCORE_HINT}." if p.column == 6 else "."))
        plan.problems.append(p)
    for ref in sheet.merged:
        problem(None, None, f"có ô gộp {ref}; hãy bỏ gộp ô trước khi nhập.")
    for (row, column), ref in sorted(sheet.formulas.items()):
        problem(row, column, f"ô {ref} chứa công thức; hãy dán giá trị thay cho công thức.")

    if callable(known):
        known = known(_employee_codes(sheet.rows[1:]))
    employees = {code_key(c): c for c in known["employees"]}
    positions = {code_key(k): k for k in known["positions"]}
    periods = {code_key(p): p for p in known["periods"]}
    competencies = {k: {code_key(c): c for c in codes} for k, codes in known["positions"].items()}
    cleaned: dict[tuple[str, object], tuple[str, str | None]] = {}

    def code(value, spaces=False) -> tuple[str, str | None]:
        """(code, None) or ("", why), remembered per distinct cell value (100,000 rows, a few thousand codes)."""
        found = cleaned.get((value, spaces))
        if found is None:
            try:
                found = (clean_code(value, spaces=spaces), None)
            except ValueError as exc:
                found = ("", str(exc))
            cleaned[(value, spaces)] = found
        return found

    seen: dict[tuple, int] = {}
    kinds: dict[str, str | None] = {}
    width = len(COLUMNS)
    for index, raw in enumerate(sheet.rows[1:], start=2):
        if len(raw) < width:
            raw = list(raw) + [None] * (width - len(raw))
        if index in sheet.bad_rows:
            continue
        if all(v is None or v == "" for v in raw[:width]):
            continue
        values = dict(zip(("employee", "position", "period", "kind", "competency", "score", "note"), raw))
        bad = False
        for n, (key, _t, _w) in enumerate(COLUMNS, start=1):
            value = values[key]
            if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
                problem(index, n, f"nội dung dài {len(value):,} ký tự, quá giới hạn {MAX_CELL_CHARS:,}.".replace(",", "."))
                bad = True
        if bad:
            continue
        texts = {}
        for n, key, spaces in ((1, "employee", False), (2, "position", False), (3, "period", True), (5, "competency", False)):
            texts[key], why = code(values[key], spaces)
            if why:
                problem(index, n, why + ".")
                bad = True
            elif key in REQUIRED and not texts[key]:
                problem(index, n, "không được để trống.")
                bad = True
        texts["kind"] = _text(values["kind"])
        if not texts["kind"]:
            problem(index, 4, "không được để trống (ghi 'Tự đánh giá' hoặc 'Người đánh giá').")
            bad = True
        if bad:
            continue
        employee = employees.get(code_key(texts["employee"]))
        if employee is None:
            problem(index, 1, f"không có công chức mã '{texts['employee']}'.")
            continue
        if texts["position"]:
            position = positions.get(code_key(texts["position"]))
            if position is None:
                problem(index, 2, f"không có vị trí việc làm '{texts['position']}'.")
                continue
        else:
            position = known["current"].get(employee)
            if not position:
                problem(index, 2, f"công chức {employee} chưa có vị trí việc làm: hãy ghi mã vị trí.")
                continue
        period = periods.get(code_key(texts["period"]))
        if period is None:
            problem(index, 3, f"không có kỳ đánh giá '{texts['period']}'.")
            continue
        if not known["periods"][period]:
            problem(index, 3, f"kỳ đánh giá '{period}' đã đóng.")
            continue
        kind = kinds.get(texts["kind"], False)
        if kind is False:
            kind = kinds[texts["kind"]] = KINDS.get(search_key(texts["kind"]))
        if kind is None:
            problem(index, 4, f"loại '{texts['kind'][:40]}' phải là 'Tự đánh giá' hoặc 'Người đánh giá'.")
            continue
        competency = competencies[position].get(code_key(texts["competency"]))
        if competency is None:
            problem(index, 5, f"vị trí {position} không có năng lực mã '{texts['competency']}'.")
            continue
        score, why = _score(values["score"])
        if why:
            problem(index, 6, why + ".")
            continue
        key = (employee, position, period, kind)
        if (key, competency) in seen:
            problem(index, 5, f"phiếu của {employee} ({period}, {texts['kind']}) đã có năng lực {competency} ở dòng "
                              f"{seen[(key, competency)]}: mỗi năng lực của một phiếu chỉ ghi một dòng; hãy xóa một "
                              "trong hai dòng.")
            continue
        seen[(key, competency)] = index
        locked = known["locked"].get(key)
        if locked:
            problem(index, 1, f"phiếu của {employee} ({period}, {texts['kind']}) {locked}: không sửa được điểm.")
            continue
        note = _note(values["note"])
        if score is KEEP and note is KEEP:
            plan.unchanged += 1
            continue
        plan.changes.setdefault(key, {})[competency] = (score, note)
        plan.rows += 1
    if not plan.rows and not plan.unchanged and not plan.problems:
        problem(None, None, "không có dòng điểm nào dưới dòng tiêu đề.")
    return plan
