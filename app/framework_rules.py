"""Every rule a competency framework must obey, in one place (no Qt, no database).

The Excel import, its dry run and the framework editor all call `check_framework` on the data-file
dictionary (the shape of resources/frameworks/*.json, as app.services.catalog.framework_data returns
it). Each problem is a `FrameworkIssue` naming the workbook sheet ("part"), the 0-based index of the
item in that sheet (in the order app.excel.framework_io writes rows, which is `walk`'s order), the
column header, and a Vietnamese sentence saying what to type instead.

Enumerated values (grades, origins, kinds, education levels…) have Vietnamese labels; `canonical`
turns a label or a code, typed in any case, with or without accents, into the code.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from app.errors import UserError
from app.grades import BUILTIN as BUILTIN_GRADES
from app.grades import CODE_MAX as GRADE_CODE_MAX
from app.vntext import clean_code, code_key, search_key

# ------------------------------------------------------------------------------------------ parts

INFO = "Khung"
GROUPS = "Nhóm năng lực"
COMPETENCIES = "Năng lực"
SPECIALTIES = "Chuyên ngành"
POSITIONS = "Vị trí"
TASKS = "Công việc"
RELATIONSHIPS = "Quan hệ công việc"
AUTHORITIES = "Quyền hạn"
QUALIFICATIONS = "Trình độ"
RULES = "Điều kiện"
REQUIREMENTS = "Yêu cầu"

# Framework-level fields: (data key, label in column A of sheet 'Khung').
FIELDS = [("code", "Mã khung"), ("title", "Tên"), ("issuer", "Cơ quan ban hành"), ("number", "Số hiệu"),
          ("issued_on", "Ngày ban hành"), ("source", "Nguồn"), ("level_origin", "Nguồn mô tả cấp độ"),
          ("notes", "Ghi chú")]
FIELD_LABELS = dict(FIELDS)

RULE_FIELDS = (
    "min_education",
    "political_theory",
    "state_management_grade",
    "lower_grade",
    "years_in_lower_grade",
    "min_years_actually_in_lower_grade",
    "documents_led_min",
    "documents_led_role",
)
RULE_HEADERS = {
    "min_education": "Trình độ đào tạo tối thiểu",
    "political_theory": "Lý luận chính trị",
    "state_management_grade": "Bồi dưỡng QLNN theo ngạch",
    "lower_grade": "Ngạch dưới liền kề",
    "years_in_lower_grade": "Số năm giữ ngạch dưới",
    "min_years_actually_in_lower_grade": "Số năm thực giữ ngạch dưới",
    "documents_led_min": "Số văn bản, đề án tối thiểu",
    "documents_led_role": "Vai trò xây dựng văn bản",
}

COLUMNS: dict[str, list[str]] = {
    GROUPS: ["Mã nhóm", "Tên nhóm"],
    COMPETENCIES: ["Mã", "Mã nhóm", "Tên năng lực", "Ngạch", "Cấp độ 1", "Cấp độ 2", "Cấp độ 3", "Cấp độ 4",
                   "Cấp độ 5", "Nguồn mô tả"],
    SPECIALTIES: ["Mã", "Tên chuyên ngành"],
    POSITIONS: ["Số", "Chuyên ngành", "Tên vị trí việc làm", "Ngạch", "Mục tiêu", "Lưu ý"],
    TASKS: ["Số vị trí", "Mục", "Tên mục", "Loại", "Số", "Ký hiệu", "Cấp", "Nội dung", "Phạm vi"],
    RELATIONSHIPS: ["Số vị trí", "Loại", "Đối tượng", "Nội dung"],
    AUTHORITIES: ["Số vị trí", "Số", "Nội dung"],
    QUALIFICATIONS: ["Số vị trí", "Loại", "Nội dung"],
    RULES: ["Số vị trí", *(RULE_HEADERS[k] for k in RULE_FIELDS)],
    REQUIREMENTS: ["Số vị trí", "Mã năng lực", "Tối thiểu", "Tối đa", "Yêu cầu bằng lời", "Nguồn"],
}
PARTS = [INFO, *COLUMNS]

# ------------------------------------------------------------------------------------------ limits

TEXT = 32_767  # what one Excel cell holds; the database column (TEXT) holds more
# Longest value per part and column, never larger than the model columns (app/models/catalog.py), the same
# for SQLite and PostgreSQL (where an over-long value fails the whole save).
LIMITS: dict[str, dict[str, int]] = {
    INFO: {"Mã khung": 40, "Tên": TEXT, "Cơ quan ban hành": 200, "Số hiệu": 100, "Nguồn": TEXT,
           "Nguồn mô tả cấp độ": 16, "Ghi chú": TEXT},
    GROUPS: {"Mã nhóm": 32, "Tên nhóm": 200},
    COMPETENCIES: {"Mã": 32, "Mã nhóm": 32, "Tên năng lực": TEXT, "Ngạch": GRADE_CODE_MAX,
                   **{f"Cấp độ {i}": TEXT for i in range(1, 6)}, "Nguồn mô tả": 16},
    SPECIALTIES: {"Mã": 16, "Tên chuyên ngành": TEXT},
    POSITIONS: {"Chuyên ngành": 16, "Tên vị trí việc làm": TEXT, "Ngạch": GRADE_CODE_MAX, "Mục tiêu": TEXT, "Lưu ý": TEXT},
    TASKS: {"Mục": 16, "Tên mục": TEXT, "Số": 16, "Ký hiệu": 8, "Nội dung": TEXT, "Phạm vi": 64},
    RELATIONSHIPS: {"Loại": 16, "Đối tượng": TEXT, "Nội dung": TEXT},
    AUTHORITIES: {"Số": 16, "Nội dung": TEXT},
    QUALIFICATIONS: {"Loại": 32, "Nội dung": TEXT},
    RULES: {RULE_HEADERS["min_education"]: 32, RULE_HEADERS["political_theory"]: 32,
            RULE_HEADERS["state_management_grade"]: GRADE_CODE_MAX, RULE_HEADERS["lower_grade"]: GRADE_CODE_MAX,
            RULE_HEADERS["documents_led_role"]: 64},
    REQUIREMENTS: {"Mã năng lực": 32, "Yêu cầu bằng lời": TEXT, "Nguồn": 16},
}
MAX_POSITION_NUMBER = 99_999

# ------------------------------------------------------------------------------------------ enumerations

DEFAULT_GRADES = {g.code: g.name for g in BUILTIN_GRADES}  # the catalogue of a new database

# enumeration → {code: Vietnamese label}; the stored value is the code, the workbook shows the label.
ENUMS: dict[str, dict[str, str]] = {
    "level_origin": {"generic": "Thang chung", "document": "Theo văn bản", "custom": "Do đơn vị quy định"},
    "origin": {"document": "Theo văn bản", "grade_default": "Mặc định theo ngạch", "custom": "Do đơn vị quy định"},
    "task_kind": {"task": "Nhiệm vụ", "criterion": "Tiêu chí"},
    "relationship": {"internal": "Trong cơ quan", "external": "Ngoài cơ quan"},
    "qualification": {"training": "Trình độ đào tạo", "certificate": "Bồi dưỡng, chứng chỉ",
                      "supplementary": "Kiến thức bổ trợ", "experience": "Kinh nghiệm (thành tích công tác)",
                      "personal": "Phẩm chất cá nhân", "other": "Các yêu cầu khác"},
    "education": {"dai_hoc": "Đại học", "cao_dang": "Cao đẳng", "trung_cap": "Trung cấp"},
    "theory": {"cao_cap": "Cao cấp", "trung_cap": "Trung cấp", "so_cap": "Sơ cấp"},
    "role": {"chủ trì": "Chủ trì", "tham gia": "Tham gia", "chủ trì hoặc tham gia": "Chủ trì hoặc tham gia"},
    "scope": {"tinh": "Cấp tỉnh", "huyen": "Cấp huyện"},
}
RULE_ENUMS = {"min_education": "education", "political_theory": "theory", "state_management_grade": "grade",
              "lower_grade": "grade", "documents_led_role": "role"}
RULE_NUMBERS = {"years_in_lower_grade": 60, "min_years_actually_in_lower_grade": 60, "documents_led_min": 1000}
# (part, column header) → enumeration, for the template's drop-down lists and the reader
COLUMN_ENUMS: dict[tuple[str, str], str] = {
    (INFO, "Nguồn mô tả cấp độ"): "level_origin",
    (COMPETENCIES, "Ngạch"): "grade",
    (COMPETENCIES, "Nguồn mô tả"): "level_origin",
    (POSITIONS, "Ngạch"): "grade",
    (TASKS, "Loại"): "task_kind",
    (TASKS, "Phạm vi"): "scope",
    (RELATIONSHIPS, "Loại"): "relationship",
    (QUALIFICATIONS, "Loại"): "qualification",
    **{(RULES, RULE_HEADERS[k]): e for k, e in RULE_ENUMS.items()},
    (REQUIREMENTS, "Nguồn"): "origin",
}



def enum_values(kind: str, grades: Mapping[str, str] | None = None) -> dict[str, str]:
    """{code: label} of an enumeration; grades come from the catalogue when given."""
    if kind == "grade":
        return dict(grades or DEFAULT_GRADES)
    return ENUMS[kind]


def _enum_keys(code: str, label: str) -> set[str]:
    return {search_key(code), search_key(code.replace("_", " ")), search_key(code.replace("-", " ")),
            search_key(label)}


def enum_code(kind: str, value: object, grades: Mapping[str, str] | None = None) -> str | None:
    """The code for a label or a code typed in any case, with or without accents; None when unknown."""
    if not isinstance(value, str):
        return None
    key = search_key(value)
    for code, label in enum_values(kind, grades).items():
        if key in _enum_keys(code, label):
            return code
    return None


def enum_label(kind: str, code: object, grades: Mapping[str, str] | None = None) -> object:
    """The label shown in a workbook for a stored code (the code itself when unknown)."""
    if not isinstance(code, str):
        return code
    return enum_values(kind, grades).get(code, code)


def allowed_text(kind: str, grades: Mapping[str, str] | None = None, blank: bool = True) -> str:
    values = enum_values(kind, grades)
    if kind == "grade":
        codes = list(values)
        listed = ", ".join(codes[:12]) + (", … (danh mục ngạch, hạng ở trang Hướng dẫn)" if len(codes) > 12 else "")
    else:
        listed = ", ".join(values.values())
    return f"chọn một trong: {listed}" + (" hoặc để trống" if blank else "")


# ------------------------------------------------------------------------------------------ issues


@dataclass(frozen=True)
class FrameworkIssue:
    """One problem: where (sheet, 0-based item index in that sheet or None, column header) and what to do."""

    part: str
    index: int | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = [f"trang '{self.part}'"]
        if self.index is not None:
            where.append(f"mục thứ {self.index + 1}")
        if self.field:
            where.append(f"cột {self.field}")
        return ", ".join(where) + ": " + self.message


class FrameworkRejected(UserError):
    """A framework that breaks rules: nothing was saved; `issues` lists every problem."""

    def __init__(self, issues: list[FrameworkIssue], code: str | None = None):
        self.issues = list(issues)
        first = str(self.issues[0]) if self.issues else ""
        what = f"Khung '{code}'" if code else "Khung năng lực"
        more = f" (và {len(self.issues) - 1} lỗi khác)" if len(self.issues) > 1 else ""
        super().__init__(f"{what} có {len(self.issues)} lỗi, chưa lưu gì: {first}{more}")


# ------------------------------------------------------------------------------------------ walking


def _list(value) -> list:
    return value if isinstance(value, list) else []


def _dict(value) -> dict:
    return value if isinstance(value, dict) else {}


def walk(data: dict) -> Iterator[tuple[str, dict]]:
    """Every item of every sheet, in workbook row order: (sheet, context).

    context["item"] is the item (a dict; for 'Trình độ' the text), "position" its position, and for
    'Công việc' "group" (the task group) and "kind" ("task" / "criterion"); for 'Trình độ' "category".
    """
    for g in _list(data.get("groups")):
        yield GROUPS, {"item": g}
    for c in _list(data.get("competencies")):
        yield COMPETENCIES, {"item": c}
    for s in _list(data.get("specialties")):
        yield SPECIALTIES, {"item": s}
    positions = [p for p in _list(data.get("positions"))]
    for p in positions:
        yield POSITIONS, {"item": p, "position": p}
    for p in positions:
        p = _dict(p)
        for g in _list(p.get("task_groups")):
            g = _dict(g)
            for kind, key in (("task", "tasks"), ("criterion", "criteria")):
                for i in _list(g.get(key)):
                    yield TASKS, {"item": i, "position": p, "group": g, "kind": kind}
        for r in _list(p.get("relationships")):
            yield RELATIONSHIPS, {"item": r, "position": p}
        for a in _list(p.get("authorities")):
            yield AUTHORITIES, {"item": a, "position": p}
        for category, texts in _dict(p.get("qualifications")).items():
            for t in texts if isinstance(texts, list) else [texts]:
                yield QUALIFICATIONS, {"item": t, "position": p, "category": category}
        if p.get("qualification_rules"):
            yield RULES, {"item": p["qualification_rules"], "position": p}
        for r in _list(p.get("requirements")):
            yield REQUIREMENTS, {"item": r, "position": p}


def indexed(data: dict) -> Iterator[tuple[str, int, dict]]:
    """walk, with each item's 0-based index within its sheet."""
    counts: Counter = Counter()
    for part, ctx in walk(data):
        yield part, counts[part], ctx
        counts[part] += 1


# ------------------------------------------------------------------------------------------ canonical form


def _s(value) -> str:
    return value.strip() if isinstance(value, str) else ("" if value is None else value)


def _opt(value):
    value = _s(value)
    return None if value == "" else value


def _enum(kind: str, value, grades=None):
    value = _opt(value)
    if value is None:
        return None
    return enum_code(kind, value, grades) or value


def canonical(data: dict, grades: Mapping[str, str] | None = None) -> dict:
    """A copy in the exact shape framework_data returns: labels turned into codes, text trimmed, defaults
    filled, shared level descriptors copied into each competency. Values that break a rule are kept as
    they are for check_framework to name. Item order is kept (issue indexes refer to it)."""
    data = _dict(data)
    shared = _dict(data.get("level_descriptors"))
    origin = _enum("level_origin", shared.get("origin"), grades) or "generic"
    shared_levels = [_s(x) for x in _list(shared.get("levels"))]
    notes = data.get("notes")
    notes = notes.split("\n") if isinstance(notes, str) else _list(notes)
    out = {
        "format": 1,
        "code": _opt(data.get("code")),
        "title": _s(data.get("title")),
        "issuer": _s(data.get("issuer")),
        "number": _s(data.get("number")),
        "issued_on": _opt(data.get("issued_on")),
        "source": _s(data.get("source")),
        "notes": [n.strip() for n in notes if isinstance(n, str) and n.strip()],
        "level_descriptors": {"origin": origin, "levels": []},
        "groups": [{"code": _opt(g.get("code")), "name": _s(g.get("name"))} for g in map(_dict, _list(data.get("groups")))],
        "competencies": [],
        "specialties": [{"code": _opt(s.get("code")), "name": _s(s.get("name"))}
                        for s in map(_dict, _list(data.get("specialties")))],
        "positions": [],
    }
    if isinstance(out["issued_on"], (dt.date, dt.datetime)):
        out["issued_on"] = (out["issued_on"].date() if isinstance(out["issued_on"], dt.datetime)
                            else out["issued_on"]).isoformat()
    for c in map(_dict, _list(data.get("competencies"))):
        levels = [_s(x) for x in _list(c.get("levels"))] or list(shared_levels)
        out["competencies"].append({
            "code": _opt(c.get("code")), "group": _opt(c.get("group")), "name": _s(c.get("name")),
            "grade": _enum("grade", c.get("grade"), grades), "levels": levels,
            "level_origin": _enum("level_origin", c.get("level_origin"), grades) or origin,
        })
    for p in map(_dict, _list(data.get("positions"))):
        rules = p.get("qualification_rules")
        if isinstance(rules, dict) and rules:
            rules = {k: (_enum(RULE_ENUMS[k], rules.get(k), grades) if k in RULE_ENUMS else _opt(rules.get(k)))
                     for k in RULE_FIELDS}
        else:
            rules = None
        quals: dict = {}
        for category, texts in _dict(p.get("qualifications")).items():
            key = _enum("qualification", category, grades) or category
            quals.setdefault(key, []).extend(_s(t) for t in (texts if isinstance(texts, list) else [texts]))
        out["positions"].append({
            "number": p.get("number"),
            "specialty": _opt(p.get("specialty")),
            "name": _s(p.get("name")),
            "grade": _enum("grade", p.get("grade"), grades),
            "objective": _s(p.get("objective")),
            "task_groups": [
                {"number": _opt(g.get("number")), "name": _s(g.get("name")),
                 "tasks": [_task(i, grades) for i in map(_dict, _list(g.get("tasks")))],
                 "criteria": [_task(i, grades) for i in map(_dict, _list(g.get("criteria")))]}
                for g in map(_dict, _list(p.get("task_groups")))
            ],
            "relationships": [{"kind": _enum("relationship", r.get("kind"), grades), "party": _s(r.get("party")),
                               "nature": _s(r.get("nature"))} for r in map(_dict, _list(p.get("relationships")))],
            "authorities": [{"number": _s(a.get("number")), "text": _s(a.get("text"))}
                            for a in map(_dict, _list(p.get("authorities")))],
            "qualifications": quals,
            "qualification_rules": rules,
            "requirements": [
                {"competency": _opt(r.get("competency")), "min": r.get("min"), "max": r.get("max"),
                 "text": _opt(r.get("text")), "origin": _enum("origin", r.get("origin"), grades) or "document"}
                for r in map(_dict, _list(p.get("requirements")))
            ],
            "warnings": [w.strip() for w in _list(p.get("warnings")) if isinstance(w, str) and w.strip()],
        })
    _resolve_references(out)
    return out


def _resolve_references(out: dict) -> None:
    """References typed in another case take the spelling of the code they refer to."""
    for items, part_refs in (("groups", (("competencies", "group"),)),
                             ("specialties", (("positions", "specialty"),))):
        spelling = {code_key(x["code"]): x["code"] for x in out[items] if isinstance(x["code"], str)}
        for target, key in part_refs:
            for item in out[target]:
                if isinstance(item[key], str):
                    item[key] = spelling.get(code_key(item[key]), item[key])
    spelling = {code_key(c["code"]): c["code"] for c in out["competencies"] if isinstance(c["code"], str)}
    for p in out["positions"]:
        for r in p["requirements"]:
            if isinstance(r["competency"], str):
                r["competency"] = spelling.get(code_key(r["competency"]), r["competency"])


def _task(i: dict, grades) -> dict:
    scope = i.get("scope")
    tags = scope.split(",") if isinstance(scope, str) else _list(scope)
    tags = [_enum("scope", t, grades) if isinstance(t, str) else t for t in tags]
    level = i.get("level")
    return {"number": _opt(i.get("number")), "marker": _s(i.get("marker")),
            "level": 0 if level in (None, "") else level, "text": _s(i.get("text")),
            "scope": [t for t in tags if t not in (None, "")]}


def comparable(data: dict) -> dict:
    """The canonical form with positions in number order: two frameworks are the same iff equal."""
    out = canonical(data)
    out["positions"] = sorted(out["positions"], key=lambda p: (not isinstance(p["number"], int), str(p["number"])
                                                               if not isinstance(p["number"], int) else p["number"]))
    return out


# ------------------------------------------------------------------------------------------ the rules


def _shown(value) -> str:
    text = value if isinstance(value, str) else str(value)
    return text if len(text) <= 40 else text[:39] + "…"


def _whole_number(value) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def _number_hint(value) -> str:
    digits = re.findall(r"\d+", str(value))
    return f"hãy chỉ ghi số, ví dụ {int(digits[0])}" if len(digits) == 1 else "hãy chỉ ghi một số nguyên"


class _Checker:
    def __init__(self, grades: Mapping[str, str] | None):
        self.grades = dict(grades or DEFAULT_GRADES)
        self.issues: list[FrameworkIssue] = []

    def add(self, part, index, field_, message) -> None:
        self.issues.append(FrameworkIssue(part, index, field_, message))

    def length(self, part, index, field_, value, what: str) -> bool:
        limit = LIMITS.get(part, {}).get(field_)
        if isinstance(value, str) and limit and len(value) > limit:
            self.add(part, index, field_, f"{what} dài {len(value):,} ký tự, quá giới hạn {limit:,} ký tự; "
                     "hãy rút gọn.".replace(",", "."))
            return False
        return True

    def text(self, part, index, field_, value, what: str, required=False) -> str | None:
        if value is not None and not isinstance(value, str):
            value = str(value)
        if not value:
            if required:
                self.add(part, index, field_, f"{what} không được để trống; hãy ghi {what}.")
            return None
        self.length(part, index, field_, value, what)
        return value

    def code(self, part, index, field_, value, what: str, seen: dict[str, str] | None, owner: str = "") -> str | None:
        if value is None or value == "":
            self.add(part, index, field_, f"{what} không được để trống; hãy ghi {what} (chữ, số, dấu chấm, gạch "
                                          "nối, không dấu cách).")
            return None
        if not isinstance(value, str):
            self.add(part, index, field_, f"{what} '{_shown(value)}' là số; hãy định dạng ô là Text rồi gõ lại mã.")
            return None
        try:
            if clean_code(value) != value:
                raise ValueError(f"{what} '{_shown(value)}' có dấu cách hoặc ký tự ẩn ở đầu, cuối")
        except ValueError as exc:
            self.add(part, index, field_, f"{exc}.")
            return None
        if not self.length(part, index, field_, value, f"{what} '{_shown(value)}'"):
            return None
        if seen is not None:
            key = code_key(value)
            if key in seen:
                self.add(part, index, field_, f"{what} '{value}' trùng với {seen[key]} (mã không phân biệt chữ hoa, "
                                              "chữ thường; Excel có thể đã đổi 1.10 thành 1.1); hãy đặt mã khác.")
                return None
            seen[key] = owner or f"'{value}'"
        return value

    def enum(self, part, index, field_, value, kind: str, what: str, required=False) -> str | None:
        if value is None or value == "":
            if required:
                self.add(part, index, field_, f"{what} không được để trống; {allowed_text(kind, self.grades, False)}.")
            return None
        if isinstance(value, str) and value in enum_values(kind, self.grades):
            return value
        self.add(part, index, field_, f"{what} '{_shown(value)}' không hợp lệ; "
                                      f"{allowed_text(kind, self.grades, not required)}.")
        return None

    def number(self, part, index, field_, value, low: int, high: int, what: str, required=False) -> int | None:
        if value is None or value == "":
            if required:
                self.add(part, index, field_, f"{what} không được để trống; hãy ghi số từ {low} đến {high}.")
            return None
        number = _whole_number(value)
        if number is None:
            self.add(part, index, field_, f"{what} '{_shown(value)}' không phải số nguyên; {_number_hint(value)} "
                                          f"(từ {low} đến {high}).")
            return None
        if not low <= number <= high:
            self.add(part, index, field_, f"{what} {number} nằm ngoài khoảng {low}–{high}; hãy ghi số từ {low} "
                                          f"đến {high}.")
            return None
        return number


def check_framework(data: dict, grades: Mapping[str, str] | None = None) -> list[FrameworkIssue]:
    """Every problem of a framework in data-file shape; [] when it may be saved.

    grades: the grade catalogue {code: name} (default: CVCC, CVC, CV, CS, NV). Labels of enumerated values
    are accepted (the data is read through `canonical`)."""
    data = canonical(data, grades)
    k = _Checker(grades)
    # the framework itself
    code = data["code"]
    k.code(INFO, None, "Mã khung", code, "mã khung", None)
    k.text(INFO, None, "Tên", data["title"], "tên khung", required=True)
    k.text(INFO, None, "Cơ quan ban hành", data["issuer"], "cơ quan ban hành")
    k.text(INFO, None, "Số hiệu", data["number"], "số hiệu")
    k.text(INFO, None, "Nguồn", data["source"], "nguồn")
    if data["issued_on"] is not None:
        try:
            dt.date.fromisoformat(str(data["issued_on"]))
        except ValueError:
            k.add(INFO, None, "Ngày ban hành", f"ngày '{_shown(data['issued_on'])}' không đúng; hãy ghi dạng "
                                               "dd/mm/yyyy, ví dụ 29/06/2023.")
    k.enum(INFO, None, "Nguồn mô tả cấp độ", data["level_descriptors"]["origin"], "level_origin", "nguồn mô tả cấp độ")
    if len("\n".join(data["notes"])) > TEXT:
        k.add(INFO, None, "Ghi chú", f"ghi chú quá {TEXT:,} ký tự; hãy rút gọn.".replace(",", "."))

    groups: dict[str, str] = {}
    competencies: dict[str, str] = {}
    specialties: dict[str, str] = {}
    positions: dict[int, str] = {}
    required: dict[tuple[int, str], int] = {}
    rules_of: set[int] = set()
    for part, index, ctx in indexed(data):
        item = ctx["item"]
        if part == GROUPS:
            name = k.text(part, index, "Tên nhóm", item["name"], "tên nhóm", required=True)
            k.code(part, index, "Mã nhóm", item["code"], "mã nhóm", groups, f"nhóm '{name or item['code']}'")
        elif part == COMPETENCIES:
            name = k.text(part, index, "Tên năng lực", item["name"], "tên năng lực", required=True)
            k.code(part, index, "Mã", item["code"], "mã năng lực", competencies,
                   f"năng lực '{_shown(name or item['code'])}'")
            if item["group"] is None:
                k.add(part, index, "Mã nhóm", "mã nhóm không được để trống; hãy ghi một mã ở trang 'Nhóm năng lực'"
                                              + _listing(groups) + ".")
            elif not isinstance(item["group"], str) or code_key(item["group"]) not in groups:
                k.add(part, index, "Mã nhóm", f"nhóm '{_shown(item['group'])}' không có ở trang 'Nhóm năng lực'; "
                                              "hãy ghi một mã nhóm có ở đó" + _listing(groups) + ".")
            k.enum(part, index, "Ngạch", item["grade"], "grade", "ngạch")
            levels = item["levels"]
            if len(levels) > 5:
                k.add(part, index, "Cấp độ 5", f"có {len(levels)} mô tả cấp độ; mỗi năng lực có đúng 5 cấp độ.")
            for i, text in enumerate(levels[:5], start=1):
                k.text(part, index, f"Cấp độ {i}", text, f"mô tả cấp độ {i}")
            k.enum(part, index, "Nguồn mô tả", item["level_origin"], "level_origin", "nguồn mô tả")
        elif part == SPECIALTIES:
            name = k.text(part, index, "Tên chuyên ngành", item["name"], "tên chuyên ngành", required=True)
            k.code(part, index, "Mã", item["code"], "mã chuyên ngành", specialties,
                   f"chuyên ngành '{_shown(name or item['code'])}'")
        elif part == POSITIONS:
            number = k.number(part, index, "Số", item["number"], 1, MAX_POSITION_NUMBER, "số vị trí", required=True)
            if number is not None:
                if number in positions:
                    k.add(part, index, "Số", f"số vị trí {number} đã dùng cho vị trí '{_shown(positions[number])}'; "
                                             "mỗi vị trí một số riêng.")
                else:
                    positions[number] = item["name"] or str(number)
            spec = item["specialty"]
            if spec is not None and (not isinstance(spec, str) or code_key(spec) not in specialties):
                k.add(part, index, "Chuyên ngành", f"chuyên ngành '{_shown(spec)}' không có ở trang 'Chuyên ngành'; "
                                                   "hãy ghi một mã có ở đó" + _listing(specialties) + " hoặc để trống.")
            elif spec is not None:
                k.length(part, index, "Chuyên ngành", spec, "mã chuyên ngành")
            k.text(part, index, "Tên vị trí việc làm", item["name"], "tên vị trí việc làm", required=True)
            k.enum(part, index, "Ngạch", item["grade"], "grade", "ngạch", required=True)
            k.text(part, index, "Mục tiêu", item["objective"], "mục tiêu")
            k.text(part, index, "Lưu ý", "\n".join(item["warnings"]), "lưu ý")
        elif part == TASKS:
            group = ctx["group"]
            k.text(part, index, "Mục", group["number"], "số mục")
            k.text(part, index, "Tên mục", group["name"], "tên mục", required=True)
            k.text(part, index, "Số", item["number"], "số")
            k.text(part, index, "Ký hiệu", item["marker"], "ký hiệu")
            k.number(part, index, "Cấp", item["level"], 0, 9, "cấp (mức thụt lề)")
            k.text(part, index, "Nội dung", item["text"], "nội dung", required=True)
            for tag in item["scope"]:
                k.enum(part, index, "Phạm vi", tag, "scope", "phạm vi")
            k.length(part, index, "Phạm vi", ",".join(map(str, item["scope"])), "phạm vi")
        elif part == RELATIONSHIPS:
            k.enum(part, index, "Loại", item["kind"], "relationship", "loại quan hệ", required=True)
            k.text(part, index, "Đối tượng", item["party"], "đối tượng")
            k.text(part, index, "Nội dung", item["nature"], "nội dung")
        elif part == AUTHORITIES:
            k.text(part, index, "Số", item["number"], "số")
            k.text(part, index, "Nội dung", item["text"], "nội dung quyền hạn", required=True)
        elif part == QUALIFICATIONS:
            k.enum(part, index, "Loại", ctx["category"], "qualification", "loại yêu cầu trình độ", required=True)
            k.text(part, index, "Nội dung", item, "nội dung", required=True)
        elif part == RULES:
            number = ctx["position"]["number"]
            if number in rules_of:
                k.add(part, index, "Số vị trí", f"vị trí số {number} đã có một dòng điều kiện; mỗi vị trí một dòng.")
            rules_of.add(number)
            for key in RULE_FIELDS:
                header = RULE_HEADERS[key]
                if key in RULE_ENUMS:
                    k.enum(part, index, header, item[key], RULE_ENUMS[key], header.lower())
                else:
                    k.number(part, index, header, item[key], 0, RULE_NUMBERS[key], header.lower())
        elif part == REQUIREMENTS:
            position = ctx["position"]
            comp = item["competency"]
            if comp is None:
                k.add(part, index, "Mã năng lực", "mã năng lực không được để trống; hãy ghi một mã ở trang 'Năng lực'.")
            elif not isinstance(comp, str) or code_key(comp) not in competencies:
                k.add(part, index, "Mã năng lực", f"năng lực '{_shown(comp)}' không có ở trang 'Năng lực' của khung "
                                                  "này; hãy ghi một mã năng lực có ở đó (yêu cầu chỉ dùng năng lực của "
                                                  "chính khung).")
            else:
                key = (position.get("number"), code_key(comp))
                if key in required:
                    k.add(part, index, "Mã năng lực", f"vị trí số {position.get('number')} đã có yêu cầu năng lực "
                                                      f"'{comp}'; mỗi năng lực chỉ ghi một lần cho một vị trí, hãy xóa "
                                                      "dòng thừa.")
                required[key] = index
            low = k.number(part, index, "Tối thiểu", item["min"], 1, 5, "cấp độ tối thiểu")
            high = k.number(part, index, "Tối đa", item["max"], 1, 5, "cấp độ tối đa")
            low_given, high_given = item["min"] not in (None, ""), item["max"] not in (None, "")
            if low_given and not high_given:
                k.add(part, index, "Tối đa", "có cấp độ tối thiểu mà thiếu tối đa; hãy ghi cấp độ tối đa (1–5), "
                                             "bằng tối thiểu nếu chỉ yêu cầu một cấp.")
            elif high_given and not low_given:
                k.add(part, index, "Tối thiểu", "có cấp độ tối đa mà thiếu tối thiểu; hãy ghi cấp độ tối thiểu (1–5).")
            elif low is not None and high is not None and low > high:
                k.add(part, index, "Tối đa", f"cấp độ tối đa {high} nhỏ hơn tối thiểu {low}; hãy ghi tối đa từ "
                                             f"{low} đến 5.")
            if not low_given and not high_given and not item["text"]:
                k.add(part, index, "Yêu cầu bằng lời", "chưa có cấp độ yêu cầu; hãy ghi Tối thiểu và Tối đa (1–5), "
                                                       "hoặc ghi yêu cầu bằng lời.")
            k.text(part, index, "Yêu cầu bằng lời", item["text"], "yêu cầu bằng lời")
            k.enum(part, index, "Nguồn", item["origin"], "origin", "nguồn", required=True)
    return k.issues


def _listing(codes: dict[str, str], most: int = 8) -> str:
    if not codes:
        return ""
    values = [v.split("'")[1] if "'" in v else v for v in codes.values()]
    return " (" + ", ".join(values[:most]) + (", …" if len(values) > most else "") + ")"


def framework_warnings(data: dict) -> list[str]:
    """What is allowed but worth a look (shown in the preview): gaps in position numbering."""
    numbers = sorted({p["number"] for p in canonical(data)["positions"] if _whole_number(p["number"]) is not None
                      and not isinstance(p["number"], bool)})
    if not numbers:
        return []
    missing = [n for n in range(1, numbers[-1] + 1) if n not in set(numbers)]
    if not missing:
        return []
    shown = ", ".join(map(str, missing[:10])) + (", …" if len(missing) > 10 else "")
    return [(f"Lưu ý: không có vị trí số {shown} (số vị trí giữ nguyên theo văn bản, không đánh lại); nếu là "
             "sót, hãy thêm dòng ở trang 'Vị trí'.")]


# ------------------------------------------------------------------------------------------ differences


@dataclass(frozen=True)
class Change:
    kind: str  # "add", "change", "remove"
    what: str  # e.g. "năng lực NLC1", "vị trí số 2", "yêu cầu NLC1 của vị trí số 2"
    field: str = ""  # for a change: what changed (e.g. "tên", "mô tả cấp độ 3")
    old: str | None = None
    new: str | None = None

    def line(self) -> str:
        if self.kind == "add":
            return f"Thêm {self.what}" + (f": {self.new}" if self.new else "")
        if self.kind == "remove":
            return f"Bỏ {self.what}" + (f": {self.old}" if self.old else "")
        return f"Sửa {self.what}, {self.field}: {_quote(self.old)} → {_quote(self.new)}"


def _quote(value: str | None) -> str:
    if value in (None, ""):
        return "(trống)"
    text = str(value).replace("\n", " ")
    return f"“{text if len(text) <= 60 else text[:59] + '…'}”"


@dataclass(frozen=True)
class FrameworkDiff:
    code: str
    is_new: bool
    changes: tuple[Change, ...] = ()
    warnings: tuple[str, ...] = field(default=())

    @property
    def empty(self) -> bool:
        return not self.changes

    def lines(self) -> list[str]:
        if self.is_new:
            head = [f"Khung mới '{self.code}'."]
        elif self.empty:
            head = [f"Khung '{self.code}' không có gì thay đổi."]
        else:
            head = [f"Khung '{self.code}': {len(self.changes)} thay đổi."]
        return head + [c.line() for c in self.changes] + list(self.warnings)


def _requirement_label(r: dict) -> str:
    if r.get("min") is None or r.get("max") is None:
        value = r.get("text") or ""
    else:
        value = f"{r['min']}–{r['max']}" if r["min"] != r["max"] else str(r["min"])
    return f"{value} ({ENUMS['origin'].get(r.get('origin'), r.get('origin'))})"


def _by(items: list[dict], key) -> dict:
    out = {}
    for item in items:
        k = key(item)
        if k is not None and k not in out:
            out[k] = item
    return out


def _ck(value):
    return code_key(value) if isinstance(value, str) else value


def _multiset(old: list, new: list, label, what: str, out: list[Change]) -> None:
    """Lines for items of a list compared as a whole (tasks, relationships…): removed, then added."""
    left, right = Counter(map(label, old)), Counter(map(label, new))
    for text in (left - right).elements():
        out.append(Change("remove", what, old=text))
    for text in (right - left).elements():
        out.append(Change("add", what, new=text))


def diff_frameworks(old: dict | None, new: dict) -> FrameworkDiff:
    """What saving `new` over `old` adds, changes and removes (old None: everything is new)."""
    b = comparable(new)
    code = str(b.get("code") or "")
    warnings = tuple(framework_warnings(b))
    if old is None:
        a = comparable({**b, "groups": [], "competencies": [], "specialties": [], "positions": []})
        is_new = True
    else:
        a = comparable(old)
        is_new = False
    out: list[Change] = []
    if not is_new:
        for key, label in FIELDS:
            if key in ("code",):
                continue
            if key == "level_origin":
                va, vb = a["level_descriptors"]["origin"], b["level_descriptors"]["origin"]
            elif key == "notes":
                va, vb = "\n".join(a["notes"]), "\n".join(b["notes"])
            else:
                va, vb = a.get(key), b.get(key)
            if va != vb:
                out.append(Change("change", "khung", label.lower(), _text(va), _text(vb)))
    # groups, competencies, specialties
    for part, items, what, fields_ in (
        (GROUPS, "groups", "nhóm năng lực", (("name", "tên"),)),
        (COMPETENCIES, "competencies", "năng lực",
         (("group", "nhóm"), ("name", "tên"), ("grade", "ngạch"), ("level_origin", "nguồn mô tả"))),
        (SPECIALTIES, "specialties", "chuyên ngành", (("name", "tên"),)),
    ):
        ma, mb = _by(a[items], lambda x: _ck(x["code"])), _by(b[items], lambda x: _ck(x["code"]))
        for key, item in mb.items():
            if key not in ma:
                out.append(Change("add", f"{what} {item['code']}", new=_text(item["name"])))
                continue
            before = ma[key]
            if before["code"] != item["code"]:
                out.append(Change("change", f"{what} {before['code']}", "mã", before["code"], item["code"]))
            for f, label in fields_:
                if before.get(f) != item.get(f):
                    out.append(Change("change", f"{what} {item['code']}", label, _text(before.get(f)),
                                      _text(item.get(f))))
            if items == "competencies":
                la, lb = before["levels"] + [""] * 5, item["levels"] + [""] * 5
                for i in range(max(5, len(before["levels"]), len(item["levels"]))):
                    if la[i] != lb[i]:
                        out.append(Change("change", f"năng lực {item['code']}", f"mô tả cấp độ {i + 1}", la[i], lb[i]))
        for key, item in ma.items():
            if key not in mb:
                out.append(Change("remove", f"{what} {item['code']}", old=_text(item["name"])))
        order_a = [_ck(x["code"]) for x in a[items] if _ck(x["code"]) in mb]
        order_b = [_ck(x["code"]) for x in b[items] if _ck(x["code"]) in ma]
        if order_a != order_b:
            out.append(Change("change", f"thứ tự {what}", "thứ tự", ", ".join(str(x["code"]) for x in a[items]),
                              ", ".join(str(x["code"]) for x in b[items])))
    # positions
    pa, pb = _by(a["positions"], lambda p: p["number"]), _by(b["positions"], lambda p: p["number"])
    for number, p in pb.items():
        what = f"vị trí số {number}"
        if number not in pa:
            out.append(Change("add", what, new=_text(p["name"])))
            continue
        q = pa[number]
        for f, label in (("name", "tên"), ("specialty", "chuyên ngành"), ("grade", "ngạch"), ("objective", "mục tiêu")):
            if q.get(f) != p.get(f):
                out.append(Change("change", what, label, _text(q.get(f)), _text(p.get(f))))
        if q["warnings"] != p["warnings"]:
            out.append(Change("change", what, "lưu ý", "\n".join(q["warnings"]), "\n".join(p["warnings"])))
        _multiset(_tasks(q), _tasks(p), lambda t: t, f"công việc của {what}", out)
        if _tasks(q) == _tasks(p) and q["task_groups"] != p["task_groups"]:
            out.append(Change("change", what, "cách chia mục công việc", None, None))
        _multiset(q["relationships"], p["relationships"],
                  lambda r: f"{ENUMS['relationship'].get(r['kind'], r['kind'])}: {r['party']} – {r['nature']}",
                  f"quan hệ công việc của {what}", out)
        _multiset(q["authorities"], p["authorities"], lambda r: f"{r['number']} {r['text']}".strip(),
                  f"quyền hạn của {what}", out)
        _multiset([(c, t) for c, ts in q["qualifications"].items() for t in ts],
                  [(c, t) for c, ts in p["qualifications"].items() for t in ts],
                  lambda x: f"{ENUMS['qualification'].get(x[0], x[0])}: {x[1]}", f"yêu cầu trình độ của {what}", out)
        ra, rb = q["qualification_rules"] or {}, p["qualification_rules"] or {}
        for key in RULE_FIELDS:
            if ra.get(key) != rb.get(key):
                out.append(Change("change", f"điều kiện của {what}", RULE_HEADERS[key].lower(), _text(ra.get(key)),
                                  _text(rb.get(key))))
        qa = _by(q["requirements"], lambda r: _ck(r["competency"]))
        qb = _by(p["requirements"], lambda r: _ck(r["competency"]))
        for key, r in qb.items():
            if key not in qa:
                out.append(Change("add", f"yêu cầu năng lực {r['competency']} của {what}", new=_requirement_label(r)))
            elif _requirement_label(qa[key]) != _requirement_label(r):
                out.append(Change("change", f"yêu cầu năng lực {r['competency']} của {what}", "cấp độ yêu cầu",
                                  _requirement_label(qa[key]), _requirement_label(r)))
        for key, r in qa.items():
            if key not in qb:
                out.append(Change("remove", f"yêu cầu năng lực {r['competency']} của {what}",
                                  old=_requirement_label(r)))
        if [_ck(r["competency"]) for r in q["requirements"] if _ck(r["competency"]) in qb] != \
                [_ck(r["competency"]) for r in p["requirements"] if _ck(r["competency"]) in qa]:
            out.append(Change("change", what, "thứ tự yêu cầu năng lực", None, None))
    for number, q in pa.items():
        if number not in pb:
            out.append(Change("remove", f"vị trí số {number}", old=_text(q["name"])))
    if not is_new and not out and a != b:  # a difference no line above names (safety net): still a change
        out.append(Change("change", "khung", "chi tiết khác (thứ tự, định dạng)", None, None))
    if is_new:
        out = [Change("add", f"khung {code}", new=_text(b["title"])),
               *(c for c in out)]
    return FrameworkDiff(code, is_new, tuple(out), warnings)


def _text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(value)


def _tasks(p: dict) -> list[str]:
    out = []
    for g in p["task_groups"]:
        for kind, key in (("task", "tasks"), ("criterion", "criteria")):
            for i in g[key]:
                number = " ".join(x for x in (g["number"] or "", i["number"] or i["marker"] or "") if x)
                scope = f" [{', '.join(ENUMS['scope'].get(t, str(t)) for t in i['scope'])}]" if i["scope"] else ""
                out.append(f"{ENUMS['task_kind'][kind].lower()} {number}: {i['text']}{scope}".replace("  ", " "))
    return out
