"""Scores typed in from paper forms: one row per employee × competency."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment

from app.excel.layout import BORDER, HEADER_FILL, font, put_text
from app.excel.reading import MAX_CELL_CHARS, Problem, WorkbookError, open_workbook
from app.services.assessments import KEEP
from app.vntext import clean, search_key

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
REQUIRED = {"employee", "period", "kind", "competency"}
KINDS = {"self": "self", "tu danh gia": "self", "assessor": "assessor", "nguoi danh gia": "assessor"}

AssessmentKey = tuple[str, str | None, str, str]  # employee, position (None = current), period, kind


@dataclass
class ScoresPlan:
    changes: dict[AssessmentKey, dict[str, tuple[object, object]]] = field(default_factory=dict)
    rows: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def write_template(path: str | Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    for column, (_key, title, width) in enumerate(COLUMNS, start=1):
        put_text(ws, 1, column, title, font=font(11, bold=True), fill=HEADER_FILL, border=BORDER,
                 alignment=Alignment(horizontal="center", wrap_text=True))
        ws.column_dimensions[ws.cell(1, column).column_letter].width = width
    ws.freeze_panes = "A2"
    path = Path(path)
    wb.save(path)
    return path


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return clean(str(value))


def _score(value) -> tuple[int | None, str | None]:
    """The score, or a message saying why the cell is not one."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if isinstance(value, bool):
        return None, f"'{value}' không phải điểm"
    if isinstance(value, (int, float)):
        if float(value) != int(value):
            return None, f"điểm {str(value).replace('.', ',')} không phải số nguyên; điểm là 1, 2, 3, 4 hoặc 5"
        number = int(value)
    else:
        text = clean(value)
        if not text.isdigit():
            return None, f"'{text}' không phải điểm; hãy ghi số 1, 2, 3, 4 hoặc 5"
        number = int(text)
    if not 1 <= number <= 5:
        return None, f"điểm {number} nằm ngoài thang 1–5"
    return number, None


def plan_scores_import(path: str | Path, known: dict) -> ScoresPlan:
    """Validate every row. `known` maps employee code → set of competency codes per position key,
    plus 'periods' (name → open?) and 'current' (employee → current position key)."""
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
        header = COLUMNS[column - 1][1] if column else None
        plan.problems.append(Problem(label, SHEET, row, column, header, message))

    headers = [_text(v) for v in (sheet.rows[0] if sheet.rows else [])]
    if headers[: len(COLUMNS)] != [t for _k, t, _w in COLUMNS]:
        problem(1, None, "dòng tiêu đề phải là: " + ", ".join(t for _k, t, _w in COLUMNS) + ".")
        return plan
    for ref in sheet.merged:
        problem(None, None, f"có ô gộp {ref}; hãy bỏ gộp ô trước khi nhập.")
    for (row, column), ref in sorted(sheet.formulas.items()):
        if row > 1:
            problem(row, column, f"ô {ref} chứa công thức; hãy dán giá trị thay cho công thức.")
    seen: dict[tuple, int] = {}
    for index, raw in enumerate(sheet.rows[1:], start=2):
        raw = list(raw) + [None] * (len(COLUMNS) - len(raw))
        if not any(_text(v) for v in raw):
            continue
        values = {key: raw[n] for n, (key, _t, _w) in enumerate(COLUMNS)}
        texts = {key: _text(v) for key, v in values.items()}
        bad = False
        for n, (key, _t, _w) in enumerate(COLUMNS, start=1):
            if len(texts[key]) > MAX_CELL_CHARS:
                problem(index, n, f"nội dung dài {len(texts[key]):,} ký tự, quá giới hạn {MAX_CELL_CHARS:,}.")
                bad = True
            elif key in REQUIRED and not texts[key]:
                problem(index, n, "không được để trống.")
                bad = True
        if bad:
            continue
        employee = texts["employee"]
        if employee not in known["employees"]:
            problem(index, 1, f"không có công chức mã '{employee}'.")
            continue
        position = texts["position"] or known["current"].get(employee)
        if not position:
            problem(index, 2, f"công chức {employee} chưa có vị trí việc làm: hãy ghi mã vị trí.")
            continue
        if position not in known["positions"]:
            problem(index, 2, f"không có vị trí việc làm '{position}'.")
            continue
        period = texts["period"]
        if period not in known["periods"]:
            problem(index, 3, f"không có kỳ đánh giá '{period}'.")
            continue
        if not known["periods"][period]:
            problem(index, 3, f"kỳ đánh giá '{period}' đã đóng.")
            continue
        kind = KINDS.get(search_key(texts["kind"]))
        if kind is None:
            problem(index, 4, f"loại '{texts['kind']}' phải là 'Tự đánh giá' hoặc 'Người đánh giá'.")
            continue
        code = texts["competency"]
        if code not in known["positions"][position]:
            problem(index, 5, f"vị trí {position} không có năng lực mã '{code}'.")
            continue
        score, why = _score(values["score"])
        if why:
            problem(index, 6, why + ".")
            continue
        key = (employee, texts["position"] or None, period, kind)
        if (key, code) in seen:
            problem(index, 5, f"năng lực {code} của phiếu này đã có ở dòng {seen[(key, code)]}.")
            continue
        seen[(key, code)] = index
        locked = known["locked"].get((employee, position, period, kind))
        if locked:
            problem(index, 1, f"phiếu của {employee} ({period}, {texts['kind']}) {locked}: không sửa được điểm.")
            continue
        plan.changes.setdefault(key, {})[code] = (score, texts["note"] if texts["note"] else KEEP)
        plan.rows += 1
    if not plan.rows and not plan.problems:
        problem(None, None, "không có dòng điểm nào dưới dòng tiêu đề.")
    return plan
