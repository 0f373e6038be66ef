"""A competency framework as a workbook: HR exports a framework, adapts it, imports it back (the
reading and locating side; writing is app.excel.framework_write).

One sheet per part, one row per item; the workbook maps one-to-one onto the data-file shape
(resources/frameworks/*.json), so export → import reproduces the framework exactly.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from app import framework_rules as rules
from app.excel.reading import (
    MAX_CELL_CHARS,
    Problem,
    WorkbookError,
    number_text,
    open_workbook,
)
from app.framework_rules import RULE_FIELDS
from app.grades import GradeCatalogue
from app.vntext import check_text, clean_code, code_key, nfc, parse_date
from app.excel.framework_write import (  # noqa: F401 - the workbook's shape and writers, one import for callers
    FIELDS,
    INFO,
    KINDS,
    OLD_HEADERS,
    ORIGINS,
    SHEETS,
    _rows,
    write_framework,
    write_template,
)

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
            self.add(sheet, row, column, f"dài {len(text):_} ký tự, quá giới hạn {limit:_} ký tự; hãy rút gọn.".replace("_", "."))
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
            self.add(sheet, row, column, f"'{(_text(value) or '')[:20]}' không phải số nguyên; {rules.number_hint(_text(value))} (từ {low} đến {high}).")
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


def read_framework(path: str | Path, grades: GradeCatalogue | None = None, *,
                   partial: bool = False) -> tuple[dict | None, list[Problem]]:
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
    if partial:
        return data, problems
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
        if got != headers and got != OLD_HEADERS.get(name):
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
        "level_descriptors": {"origin": meta_text("level_origin", 200) or "generic", "levels": []},
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
        origin = cells.text(sheet, n, 10, r[9], limit=200) or "generic"
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

    for n, r in tables["Công việc"]:
        sheet = "Công việc"
        p = owner(sheet, n, r[0])
        if p is None:
            continue
        group_number = cells.text(sheet, n, 2, r[1], limit=16)
        group_name = cells.text(sheet, n, 3, r[2], required=True)
        kind = rules.enum_code("task_kind", _text(r[3]) or "")
        if kind is None:
            cells.add(sheet, n, 4, "phải là 'Nhiệm vụ' hoặc 'Tiêu chí'.")
        level, ok = cells.number(sheet, n, 7, r[6], 0, 9)
        text = cells.text(sheet, n, 8, r[7], required=True)
        number = cells.text(sheet, n, 5, r[4], limit=16)
        marker = cells.text(sheet, n, 6, r[5], limit=8) or ""
        scope = cells.text(sheet, n, 9, r[8], limit=400) or ""
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
            kind = cells.text("Quan hệ công việc", n, 2, r[1], required=True, limit=200)
            if kind:
                p["relationships"].append({"kind": kind, "party": cells.text("Quan hệ công việc", n, 3, r[2]) or "",
                                           "nature": cells.text("Quan hệ công việc", n, 4, r[3]) or ""})
    for n, r in tables["Quyền hạn"]:
        if (p := owner("Quyền hạn", n, r[0])) is not None:
            p["authorities"].append({"number": cells.text("Quyền hạn", n, 2, r[1], limit=16) or "",
                                     "text": cells.text("Quyền hạn", n, 3, r[2]) or ""})
    for n, r in tables["Trình độ"]:
        if (p := owner("Trình độ", n, r[0])) is not None:
            category = cells.text("Trình độ", n, 2, r[1], required=True, limit=200)
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
                rule[key] = cells.text(sheet, n, i, value, limit=200)  # labels; check_framework limits codes
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
        origin = rules.enum_code("origin", _text(r[5]) or "custom")
        if low is None and high is None and origin == "grade_default":
            default = catalogue.default_range(p["grade"])  # the document gives no levels: the grade's default
            if default is None and not text:
                cells.add(sheet, n, 3, f"ngạch, hạng '{p['grade'] or ''}' của vị trí số {p['number']} chưa có cấp độ "
                                       "yêu cầu mặc định; hãy ghi cấp độ tối thiểu và tối đa.")
                continue
            low, high = default or (None, None)
        # a missing, reversed or out-of-range level: framework_rules.check_framework names the column and the fix
        if low is None and not text:
            cells.add(sheet, n, 5, "cần cấp độ hoặc yêu cầu bằng lời.")
            continue
        if origin is None:
            cells.add(sheet, n, 6, f"nguồn '{(_text(r[5]) or '')[:40]}' không hợp lệ; {rules.allowed_text('origin', blank=False)}.")
            continue
        requirement = {"competency": code_, "min": low, "max": high, "origin": origin}
        if text:
            requirement["text"] = text
        p["requirements"].append(requirement)
    data["positions"] = list(positions.values())
    return data


def locate_issues(path: str | Path, data: dict, issues: list) -> list[Problem]:
    """FrameworkIssues (app.framework_rules) of a framework read from this workbook, as Problems naming the
    sheet, row and column: items are found in the sheet by their order (and, for tasks and qualifications,
    by their text, since the workbook may list them in another order than the framework keeps them)."""
    label = Path(path).name
    try:
        sheets = open_workbook(path, [INFO, *SHEETS])
    except WorkbookError:
        sheets = {}
    tables: dict[str, list[tuple[int, list]]] = {}
    for name in SHEETS:
        if name in sheets:
            bad = sheets[name].bad_rows
            tables[name] = [(n, list(r)) for n, r in enumerate(sheets[name].rows[1:], start=2)
                            if n not in bad and any(_text(v) for v in r)]
    info_rows: dict[str, int] = {}
    if INFO in sheets:
        for n, r in enumerate(sheets[INFO].rows, start=1):
            if r and _text(r[0]):
                info_rows.setdefault(_text(r[0]), n)
    contexts = {(part, index): ctx for part, index, ctx in rules.indexed(rules.canonical(data))}
    out = []
    for issue in issues:
        row, column = _where(issue, tables, info_rows, contexts)
        out.append(Problem(label, issue.part, row, column, issue.field if issue.part != INFO else None,
                           issue.message))
    return out


KEY_COLUMNS = {rules.GROUPS: 0, rules.COMPETENCIES: 0, rules.SPECIALTIES: 0, rules.POSITIONS: 0, rules.TASKS: 7,
               rules.RELATIONSHIPS: 2, rules.AUTHORITIES: 2, rules.QUALIFICATIONS: 2, rules.RULES: 0,
               rules.REQUIREMENTS: 1}


def _key(part: str, ctx: dict):
    item = ctx["item"]
    if part in (rules.GROUPS, rules.COMPETENCIES, rules.SPECIALTIES):
        return item.get("code")
    return {rules.POSITIONS: lambda: item.get("number"), rules.TASKS: lambda: item.get("text"),
            rules.RELATIONSHIPS: lambda: item.get("party"), rules.AUTHORITIES: lambda: item.get("text"),
            rules.QUALIFICATIONS: lambda: item, rules.RULES: lambda: ctx["position"].get("number"),
            rules.REQUIREMENTS: lambda: item.get("competency")}[part]()


def _same(cell, key) -> bool:
    if isinstance(key, int) and not isinstance(key, bool):
        try:
            return _int(cell) == key
        except ValueError:
            return False
    text = _text(cell)
    return text is not None and isinstance(key, str) and code_key(text) == code_key(key)


def _where(issue, tables, info_rows, contexts) -> tuple[int | None, int | None]:
    """The row of an issue's item: the sheet's rows with the item's key (code, number, text), of its position
    for the per-position sheets, in order (rows the reader refused are simply not items)."""
    if issue.part == INFO:
        return info_rows.get(issue.field), (2 if issue.field in info_rows else None)
    headers = SHEETS.get(issue.part, [])
    column = headers.index(issue.field) + 1 if issue.field in headers else None
    ctx = contexts.get((issue.part, issue.index)) if issue.index is not None else None
    if ctx is None:
        return None, column
    part, key = issue.part, _key(issue.part, ctx)
    nested = part not in (rules.GROUPS, rules.COMPETENCIES, rules.SPECIALTIES, rules.POSITIONS)
    number = ctx["position"].get("number") if nested else None
    siblings = [c for (p, _i), c in sorted(contexts.items(), key=lambda kv: kv[0][1])
                if p == part and (not nested or c["position"] is ctx["position"])]
    earlier = [c for c in siblings[: _position_in(siblings, ctx)] if _key(part, c) == key]
    column_of_key = KEY_COLUMNS[part]
    matching = [n for n, r in tables.get(part, [])
                if (not nested or (r and _same(r[0], number)))
                and len(r) > column_of_key and _same(r[column_of_key], key)]
    return (matching[len(earlier)] if len(earlier) < len(matching) else None), column
def _position_in(items: list, item) -> int:
    return next(i for i, x in enumerate(items) if x is item)
