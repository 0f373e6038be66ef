"""A framework's data shape: its parts and columns, limits, enumerations with Vietnamese labels, and the
canonical form of a framework (labels or codes in, codes out)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from app.errors import UserError
from app.grades import BUILTIN as BUILTIN_GRADES
from app.grades import CODE_MAX as GRADE_CODE_MAX
from app.vntext import code_key, search_key


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


