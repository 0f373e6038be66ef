"""A competency framework as a workbook: HR exports a framework, adapts it, imports it back.

One sheet per part, one row per item; the workbook maps one-to-one onto the data-file shape
(resources/frameworks/*.json), so export → import reproduces the framework exactly.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment

from app.excel.layout import BORDER, HEADER_FILL, font, put_text
from app.excel.reading import MAX_CELL_CHARS, Problem, WorkbookError, number_text, open_workbook
from app.framework_loader import RULE_FIELDS
from app.grades import GradeCatalogue
from app.vntext import check_text, clean_code, code_key, nfc, parse_date

INFO = "Khung"
FIELDS = [("code", "Mã khung"), ("title", "Tên"), ("issuer", "Cơ quan ban hành"), ("number", "Số hiệu"),
          ("issued_on", "Ngày ban hành"), ("source", "Nguồn"), ("level_origin", "Nguồn mô tả cấp độ"),
          ("notes", "Ghi chú")]
SHEETS = {
    "Nhóm năng lực": ["Mã nhóm", "Tên nhóm"],
    "Năng lực": ["Mã", "Mã nhóm", "Tên năng lực", "Ngạch", "Cấp độ 1", "Cấp độ 2", "Cấp độ 3", "Cấp độ 4",
                 "Cấp độ 5", "Nguồn mô tả"],
    "Chuyên ngành": ["Mã", "Tên chuyên ngành"],
    "Vị trí": ["Số", "Chuyên ngành", "Tên vị trí việc làm", "Ngạch", "Mục tiêu", "Lưu ý"],
    "Công việc": ["Số vị trí", "Mục", "Tên mục", "Loại", "Số", "Ký hiệu", "Cấp", "Nội dung", "Phạm vi"],
    "Quan hệ công việc": ["Số vị trí", "Loại", "Đối tượng", "Nội dung"],
    "Quyền hạn": ["Số vị trí", "Số", "Nội dung"],
    "Trình độ": ["Số vị trí", "Loại", "Nội dung"],
    "Điều kiện": ["Số vị trí", *RULE_FIELDS],
    "Yêu cầu": ["Số vị trí", "Mã năng lực", "Tối thiểu", "Tối đa", "Yêu cầu bằng lời", "Nguồn"],
}
KINDS = {"task": "Nhiệm vụ", "criterion": "Tiêu chí"}
ORIGINS = {"document", "grade_default", "custom"}


def _rows(data: dict) -> dict[str, list[list]]:
    out: dict[str, list[list]] = {name: [] for name in SHEETS}
    out["Nhóm năng lực"] = [[g["code"], g["name"]] for g in data["groups"]]
    levels = data.get("level_descriptors", {})
    for c in data["competencies"]:
        descriptors = (c.get("levels") or levels.get("levels") or []) + [""] * 5
        out["Năng lực"].append([c["code"], c["group"], c["name"], c.get("grade"), *descriptors[:5],
                                c.get("level_origin", levels.get("origin", "generic"))])
    out["Chuyên ngành"] = [[s["code"], s["name"]] for s in data.get("specialties", [])]
    for p in data["positions"]:
        n = p["number"]
        out["Vị trí"].append([n, p.get("specialty"), p["name"], p["grade"], p.get("objective", ""),
                              "\n".join(p.get("warnings", []))])
        for g in p.get("task_groups", []):
            for kind, items in (("task", g.get("tasks", [])), ("criterion", g.get("criteria", []))):
                for i in items:
                    out["Công việc"].append([n, g.get("number"), g["name"], KINDS[kind], i.get("number"),
                                             i.get("marker", ""), i.get("level", 0), i["text"],
                                             ",".join(i.get("scope", []))])
        out["Quan hệ công việc"] += [[n, r["kind"], r["party"], r["nature"]] for r in p.get("relationships", [])]
        out["Quyền hạn"] += [[n, a.get("number", ""), a["text"]] for a in p.get("authorities", [])]
        out["Trình độ"] += [[n, cat, t] for cat, texts in p.get("qualifications", {}).items() for t in texts]
        if p.get("qualification_rules"):
            out["Điều kiện"].append([n, *(p["qualification_rules"].get(k) for k in RULE_FIELDS)])
        out["Yêu cầu"] += [[n, r["competency"], r.get("min"), r.get("max"), r.get("text"), r.get("origin", "document")]
                           for r in p.get("requirements", [])]
    return out


def write_framework(data: dict, path: str | Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = INFO
    for row, (key, label) in enumerate(FIELDS, start=1):
        value = data.get(key) if key != "level_origin" else data.get("level_descriptors", {}).get("origin")
        if key == "notes":
            value = "\n".join(data.get("notes", []))
        if key == "issued_on" and value:
            value = dt.date.fromisoformat(value)
        put_text(ws, row, 1, label, font=font(11, bold=True))
        put_text(ws, row, 2, value, font=font(11), alignment=Alignment(wrap_text=True, vertical="top"))
        if isinstance(value, dt.date):
            ws.cell(row, 2).number_format = "DD/MM/YYYY"
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 100
    for name, rows in _rows(data).items():
        sheet = wb.create_sheet(name)
        for column, title in enumerate(SHEETS[name], start=1):
            put_text(sheet, 1, column, title, font=font(11, bold=True), fill=HEADER_FILL, border=BORDER)
            sheet.column_dimensions[sheet.cell(1, column).column_letter].width = 60 if column > 2 else 14
        for row in rows:
            sheet.append([None] * len(SHEETS[name]))
            r = sheet.max_row
            for column, value in enumerate(row, start=1):
                put_text(sheet, r, column, value, font=font(11))
        sheet.freeze_panes = "A2"
    path = Path(path)
    wb.save(path)
    return path


CODE_LENGTHS = {"framework": 40, "group": 32, "competency": 32, "specialty": 16}


def _text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, (int, float)):
        value = number_text(value)
    text = nfc(str(value)).strip()
    return text or None


def _int(value) -> int | None:
    """A whole number from a cell (ValueError otherwise): 3, 3.0 or "3"; never 1e308."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, float):
        if not value.is_integer() or abs(value) >= 1e9:
            raise ValueError(value)
        return int(value)
    if isinstance(value, int):
        if abs(value) >= 1e9:
            raise ValueError(value)
        return value
    text = _text(value)
    if text is None:
        return None
    if not text.isascii() or not text.lstrip("-").isdigit() or len(text) > 9:
        raise ValueError(text)
    return int(text)


class _Cells:
    """Reads one sheet's cells with the checks every value needs; problems name sheet, row and column."""

    def __init__(self, label: str, problems: list[Problem]):
        self.label, self.problems = label, problems

    def add(self, sheet: str, row: int | None, column: int | None, message: str) -> None:
        header = SHEETS[sheet][column - 1] if sheet in SHEETS and column and column <= len(SHEETS[sheet]) else None
        self.problems.append(Problem(self.label, sheet, row, column, header, message))

    def text(self, sheet: str, row: int, column: int, value, required: bool = False, limit: int = 20 * MAX_CELL_CHARS):
        text = _text(value)
        if text is None:
            if required:
                self.add(sheet, row, column, "không được để trống.")
            return None
        try:
            text = check_text(text)
        except ValueError as exc:
            self.add(sheet, row, column, f"{exc}.")
            return None
        if len(text) > limit:
            self.add(sheet, row, column, f"dài {len(text):,} ký tự, quá giới hạn {limit:,}.".replace(",", "."))
            return None
        return text

    def code(self, sheet: str, row: int, column: int, value, kind: str) -> str | None:
        try:
            code = clean_code(value)
        except ValueError as exc:
            self.add(sheet, row, column, f"{exc}.")
            return None
        if not code:
            self.add(sheet, row, column, "không được để trống.")
            return None
        if len(code) > CODE_LENGTHS[kind]:
            self.add(sheet, row, column, f"mã '{code[:40]}' dài quá {CODE_LENGTHS[kind]} ký tự.")
            return None
        return code

    def number(self, sheet: str, row: int, column: int, value, low: int = 0, high: int = 10**6,
               required: bool = False) -> tuple[int | None, bool]:
        """(number, ok)."""
        try:
            number = _int(value)
        except ValueError:
            self.add(sheet, row, column, f"'{(_text(value) or '')[:20]}' không phải số nguyên; hãy ghi số từ {low} đến {high}.")
            return None, False
        if number is None:
            if required:
                self.add(sheet, row, column, "không được để trống.")
                return None, False
            return None, True
        if not low <= number <= high:
            self.add(sheet, row, column, f"số {number} nằm ngoài khoảng {low}–{high}.")
            return None, False
        return number, True


def read_framework(path: str | Path, grades: GradeCatalogue | None = None) -> tuple[dict | None, list[Problem]]:
    """The framework in data-file shape, or every problem found (sheet, row, column).

    Grades are catalogue grades given by code or name (case and accents ignored), stored by code; a
    requirement of origin grade_default with no levels takes its position's grade default range.

    Codes (framework, groups, competencies, specialties) are cleaned with clean_code; two that differ
    only by case are duplicates, and references match with case ignored (the defined spelling wins)."""
    label = Path(path).name
    try:
        sheets = open_workbook(path, [INFO, *SHEETS])
    except WorkbookError as exc:
        return None, [exc.problem]
    problems: list[Problem] = []
    for name in [INFO, *SHEETS]:
        if name not in sheets:
            problems.append(Problem(label, None, None, None, None, f"thiếu trang '{name}' (hãy xuất một khung để có tệp mẫu)."))
    if problems:
        return None, problems
    try:
        data = _read(label, sheets, problems, grades or GradeCatalogue.builtin())
    except Exception:  # a shape no check above foresaw: refuse the file, never a traceback
        import logging

        logging.getLogger("competency_gap").exception("đọc khung năng lực %s", label)
        return None, [Problem(label, None, None, None, None, UNFORESEEN)]
    return (None, problems) if problems else (data, [])


UNFORESEEN = ("tệp có dữ liệu không đúng dạng tệp mẫu (chương trình chưa chỉ ra được ô nào): hãy xuất một khung ra "
              "Excel làm mẫu và chép dữ liệu sang đúng các cột.")


def _read(label: str, sheets: dict, problems: list[Problem], catalogue: GradeCatalogue) -> dict | None:
    cells = _Cells(label, problems)

    def grade_of(sheet: str, n: int, column: int, text: str | None, required: bool) -> str | None:
        found = catalogue.find(text) if text else None
        if found is None and (text or required):
            what = f"ngạch, hạng '{text[:40]}' không có" if text else "cần ngạch, hạng"
            cells.add(sheet, n, column, f"{what}; hãy ghi {catalogue.allowed_text()}"
                                        + (" hoặc để trống." if not required else "."))
        return found.code if found else None
    for name, sheet in sheets.items():
        headers = SHEETS.get(name, [])
        problems.extend(replace(p, header=headers[p.column - 1]) if p.column and p.column <= len(headers) else p
                        for p in sheet.problems)
        for ref in sheet.merged:
            problems.append(Problem(label, name, None, None, None, f"có ô gộp {ref}; hãy bỏ gộp ô trước khi nhập."))
        for (row, column), ref in sorted(sheet.formulas.items()):
            problems.append(Problem(label, name, row, column, None, f"ô {ref} chứa công thức; hãy dán giá trị."))
    tables: dict[str, list[tuple[int, list]]] = {}
    for name, headers in SHEETS.items():
        rows = sheets[name].rows
        got = [_text(v) for v in rows[0][: len(headers)]] if rows else []
        if got != headers:
            problems.append(Problem(label, name, 1, None, None, "dòng tiêu đề phải là: " + ", ".join(headers) + "."))
            continue
        bad = sheets[name].bad_rows
        tables[name] = [(n, list(r[: len(headers)]) + [None] * (len(headers) - len(r)))
                        for n, r in enumerate(rows[1:], start=2) if n not in bad and any(_text(v) for v in r)]
    if problems:
        return None

    info: dict[str, tuple[int, object]] = {}
    for n, r in enumerate(sheets[INFO].rows, start=1):
        key = _text(r[0]) if r else None
        if key:
            info[key] = (n, r[1] if len(r) > 1 else None)
    meta = {key: info.get(field_label, (None, None)) for key, field_label in FIELDS}
    code = cells.code(INFO, meta["code"][0] or 1, 2, meta["code"][1], "framework") if meta["code"][0] else None
    if meta["code"][0] is None:
        cells.add(INFO, None, 1, "thiếu dòng 'Mã khung'.")

    def meta_text(key: str, limit: int = 20 * MAX_CELL_CHARS) -> str:
        row, value = meta[key]
        return (cells.text(INFO, row, 2, value, limit=limit) if row else None) or ""

    issued_row, issued = meta["issued_on"]
    if isinstance(issued, dt.datetime):
        issued = issued.date()
    if issued not in (None, "") and not isinstance(issued, dt.date):
        try:
            issued = parse_date(_text(issued))
        except ValueError as exc:
            cells.add(INFO, issued_row, 2, f"{exc}.")
            issued = None
    data = {
        "format": 1, "code": code, "title": meta_text("title"), "issuer": meta_text("issuer", 200),
        "number": meta_text("number", 100),
        "issued_on": issued.isoformat() if isinstance(issued, dt.date) else None,
        "source": meta_text("source"), "notes": [n for n in meta_text("notes").split("\n") if n.strip()],
        "level_descriptors": {"origin": meta_text("level_origin", 16) or "generic", "levels": []},
        "groups": [], "specialties": [], "competencies": [], "positions": [],
    }
    if not data["title"]:
        cells.add(INFO, meta["title"][0], 2, "tên khung không được để trống.")

    def unique(sheet: str, n: int, column: int, value: str | None, seen: dict[str, tuple[str, int]], what: str):
        if value is None:
            return None
        if code_key(value) in seen:
            cells.add(sheet, n, column, f"{what} '{value}' trùng với dòng {seen[code_key(value)][1]} "
                                        "(mã không phân biệt chữ hoa, chữ thường).")
            return None
        seen[code_key(value)] = (value, n)
        return value

    groups: dict[str, tuple[str, int]] = {}
    for n, r in tables["Nhóm năng lực"]:
        group = unique("Nhóm năng lực", n, 1, cells.code("Nhóm năng lực", n, 1, r[0], "group"), groups, "mã nhóm")
        name = cells.text("Nhóm năng lực", n, 2, r[1], required=True, limit=200)
        if group and name:
            data["groups"].append({"code": group, "name": name})
    specialties: dict[str, tuple[str, int]] = {}
    for n, r in tables["Chuyên ngành"]:
        spec = unique("Chuyên ngành", n, 1, cells.code("Chuyên ngành", n, 1, r[0], "specialty"), specialties,
                      "mã chuyên ngành")
        name = cells.text("Chuyên ngành", n, 2, r[1], required=True)
        if spec and name:
            data["specialties"].append({"code": spec, "name": name})
    competencies: dict[str, tuple[str, int]] = {}
    for n, r in tables["Năng lực"]:
        sheet = "Năng lực"
        comp = unique(sheet, n, 1, cells.code(sheet, n, 1, r[0], "competency"), competencies, "mã năng lực")
        group = cells.code(sheet, n, 2, r[1], "group")
        if group and code_key(group) not in groups:
            cells.add(sheet, n, 2, f"nhóm '{group}' không có ở trang 'Nhóm năng lực'.")
            group = None
        name = cells.text(sheet, n, 3, r[2], required=True)
        grade = grade_of(sheet, n, 4, cells.text(sheet, n, 4, r[3]), required=False)
        levels = [cells.text(sheet, n, 5 + i, v) or "" for i, v in enumerate(r[4:9])]
        origin = cells.text(sheet, n, 10, r[9], limit=16) or "generic"
        if comp and group and name:
            data["competencies"].append({"code": comp, "group": groups[code_key(group)][0], "name": name,
                                         "grade": grade, "levels": levels, "level_origin": origin})
    positions: dict[int, dict] = {}
    position_rows: dict[int, int] = {}
    for n, r in tables["Vị trí"]:
        sheet = "Vị trí"
        number, ok = cells.number(sheet, n, 1, r[0], 1, 99999, required=True)
        if not ok:
            continue
        if number in positions:
            cells.add(sheet, n, 1, f"số vị trí {number} trùng với dòng {position_rows[number]}.")
            continue
        specialty = None
        if _text(r[1]):
            spec = cells.code(sheet, n, 2, r[1], "specialty")
            if spec and code_key(spec) not in specialties:
                cells.add(sheet, n, 2, f"chuyên ngành '{spec}' không có ở trang 'Chuyên ngành'.")
            elif spec:
                specialty = specialties[code_key(spec)][0]
        name = cells.text(sheet, n, 3, r[2], required=True)
        grade = grade_of(sheet, n, 4, cells.text(sheet, n, 4, r[3]), required=True)
        warnings = cells.text(sheet, n, 6, r[5])
        position_rows[number] = n
        positions[number] = {"number": number, "specialty": specialty, "name": name or "", "grade": grade,
                             "objective": cells.text(sheet, n, 5, r[4]) or "", "task_groups": [],
                             "relationships": [], "authorities": [], "qualifications": {},
                             "qualification_rules": None, "requirements": [],
                             "warnings": [w for w in warnings.split("\n") if w.strip()] if warnings else []}

    def owner(sheet: str, n: int, value) -> dict | None:
        try:
            p = positions.get(_int(value))
        except ValueError:
            p = None
        if p is None:
            cells.add(sheet, n, 1, f"vị trí số '{(_text(value) or '')[:20]}' không có ở trang 'Vị trí'.")
        return p

    kinds = {v.casefold(): k for k, v in KINDS.items()}
    for n, r in tables["Công việc"]:
        sheet = "Công việc"
        p = owner(sheet, n, r[0])
        if p is None:
            continue
        group_number = cells.text(sheet, n, 2, r[1], limit=16)
        group_name = cells.text(sheet, n, 3, r[2], required=True)
        kind = kinds.get((_text(r[3]) or "").casefold())
        if kind is None:
            cells.add(sheet, n, 4, "phải là 'Nhiệm vụ' hoặc 'Tiêu chí'.")
        level, ok = cells.number(sheet, n, 7, r[6], 0, 9)
        text = cells.text(sheet, n, 8, r[7], required=True)
        number = cells.text(sheet, n, 5, r[4], limit=16)
        marker = cells.text(sheet, n, 6, r[5], limit=8) or ""
        scope = cells.text(sheet, n, 9, r[8], limit=64) or ""
        if kind is None or not ok or text is None or group_name is None:
            continue
        groups_of = p["task_groups"]
        if not groups_of or (groups_of[-1]["number"], groups_of[-1]["name"]) != (group_number, group_name):
            groups_of.append({"number": group_number, "name": group_name, "tasks": [], "criteria": []})
        groups_of[-1]["tasks" if kind == "task" else "criteria"].append(
            {"number": number, "marker": marker, "level": level or 0, "text": text,
             "scope": [x for x in scope.split(",") if x]})
    for n, r in tables["Quan hệ công việc"]:
        if (p := owner("Quan hệ công việc", n, r[0])) is not None:
            kind = cells.text("Quan hệ công việc", n, 2, r[1], required=True, limit=16)
            if kind:
                p["relationships"].append({"kind": kind, "party": cells.text("Quan hệ công việc", n, 3, r[2]) or "",
                                           "nature": cells.text("Quan hệ công việc", n, 4, r[3]) or ""})
    for n, r in tables["Quyền hạn"]:
        if (p := owner("Quyền hạn", n, r[0])) is not None:
            p["authorities"].append({"number": cells.text("Quyền hạn", n, 2, r[1], limit=16) or "",
                                     "text": cells.text("Quyền hạn", n, 3, r[2]) or ""})
    for n, r in tables["Trình độ"]:
        if (p := owner("Trình độ", n, r[0])) is not None:
            category = cells.text("Trình độ", n, 2, r[1], required=True, limit=32)
            if category:
                p["qualifications"].setdefault(category, []).append(cells.text("Trình độ", n, 3, r[2]) or "")
    numeric_rules = ("years_in_lower_grade", "min_years_actually_in_lower_grade", "documents_led_min")
    grade_rules = ("state_management_grade", "lower_grade")
    for n, r in tables["Điều kiện"]:
        sheet = "Điều kiện"
        if (p := owner(sheet, n, r[0])) is None:
            continue
        if p["qualification_rules"] is not None:
            cells.add(sheet, n, 1, f"vị trí số {p['number']} đã có dòng điều kiện ở trên.")
            continue
        rule = {}
        for i, key in enumerate(RULE_FIELDS, start=2):
            value = r[i - 1] if i - 1 < len(r) else None
            if key in numeric_rules:
                rule[key], _ok = cells.number(sheet, n, i, value, 0, 1000)
            else:
                rule[key] = cells.text(sheet, n, i, value, limit=64 if key == "documents_led_role" else 32)
                if key in grade_rules and rule[key]:
                    rule[key] = grade_of(sheet, n, i, rule[key], required=False)
        p["qualification_rules"] = rule
    required_of: dict[tuple[int, str], int] = {}
    for n, r in tables["Yêu cầu"]:
        sheet = "Yêu cầu"
        p = owner(sheet, n, r[0])
        if p is None:
            continue
        code_ = cells.code(sheet, n, 2, r[1], "competency")
        if code_ is None:
            continue
        if code_key(code_) not in competencies:
            cells.add(sheet, n, 2, f"năng lực '{code_}' không có ở trang 'Năng lực'.")
            continue
        code_ = competencies[code_key(code_)][0]
        if (p["number"], code_) in required_of:
            cells.add(sheet, n, 2, f"vị trí số {p['number']} đã có yêu cầu năng lực {code_} ở dòng "
                                   f"{required_of[(p['number'], code_)]}.")
            continue
        required_of[(p["number"], code_)] = n
        low, ok_low = cells.number(sheet, n, 3, r[2], -10**6, 10**6)
        high, ok_high = cells.number(sheet, n, 4, r[3], -10**6, 10**6)
        if not (ok_low and ok_high):
            continue
        text = cells.text(sheet, n, 5, r[4])
        if low is None and high is None and _text(r[5]) == "grade_default":
            default = catalogue.default_range(p["grade"])  # the document gives no levels: the grade's default
            if default is None and not text:
                cells.add(sheet, n, 3, f"ngạch, hạng '{p['grade'] or ''}' của vị trí số {p['number']} chưa có cấp độ "
                                       "yêu cầu mặc định; hãy ghi cấp độ tối thiểu và tối đa.")
                continue
            low, high = default or (None, None)
        if (low is None) != (high is None) or (low is not None and not 1 <= low <= high <= 5):
            cells.add(sheet, n, 3, f"cần 1 ≤ tối thiểu ≤ tối đa ≤ 5 (đang là {low}–{high}).")
            continue
        if low is None and not text:
            cells.add(sheet, n, 5, "cần cấp độ hoặc yêu cầu bằng lời.")
            continue
        origin = _text(r[5]) or "custom"
        if origin not in ORIGINS:
            cells.add(sheet, n, 6, "phải là document, grade_default hoặc custom.")
            continue
        requirement = {"competency": code_, "min": low, "max": high, "origin": origin}
        if text:
            requirement["text"] = text
        p["requirements"].append(requirement)
    data["positions"] = list(positions.values())
    return data
