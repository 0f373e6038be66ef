"""New items of a framework in the data-file shape, and the lists the editor's pickers offer."""

from __future__ import annotations

from functools import lru_cache

from app.framework_loader import RULE_FIELDS
from app.services.catalog import ORIGIN_LABELS, QUALIFICATION_LABELS
from app.ui.i18n import translate

LEVELS = 5
RELATIONSHIP_KINDS = {"internal": "Trong cơ quan", "external": "Ngoài cơ quan"}
LEVEL_ORIGINS = {"generic": "thang chung (mặc định)", "document": "theo văn bản", "custom": "do đơn vị quy định"}
STANDARD_GROUPS = [("chung", "Nhóm năng lực chung"), ("chuyen_mon", "Nhóm năng lực chuyên môn"),
                   ("quan_ly", "Nhóm năng lực quản lý")]


@lru_cache(maxsize=1)
def generic_levels() -> tuple[str, ...]:
    """The neutral five-level scale shipped with the built-in frameworks (no official descriptors exist)."""
    from app.framework_loader import builtin_files, read_data_file

    for path in builtin_files():
        levels = read_data_file(path)[0].get("level_descriptors", {}).get("levels") or []
        if len(levels) == LEVELS:
            return tuple(levels)
    return ("",) * LEVELS


def new_framework() -> dict:
    """An empty framework with the three usual competency groups."""
    return {
        "format": 1, "code": "", "title": "", "issuer": "", "number": "", "issued_on": None, "source": "",
        "notes": [], "level_descriptors": {"origin": "generic", "levels": []},
        "groups": [{"code": code, "name": translate("FrameworkEditor", name)} for code, name in STANDARD_GROUPS],
        "competencies": [], "specialties": [], "positions": [],
    }


def normalised(data: dict) -> dict:
    """The framework with every competency holding five level texts (as the workbook import gives them)."""
    shared = data.get("level_descriptors", {})
    for c in data.get("competencies", []):
        levels = list(c.get("levels") or shared.get("levels") or [])
        c["levels"] = (levels + [""] * LEVELS)[:LEVELS]
        c.setdefault("level_origin", shared.get("origin", "generic"))
        c.setdefault("grade", None)
    for p in data.get("positions", []):
        for key in ("task_groups", "relationships", "authorities", "requirements", "warnings"):
            p.setdefault(key, [])
        p.setdefault("qualifications", {})
        p.setdefault("qualification_rules", None)
        p.setdefault("objective", "")
        p.setdefault("specialty", None)
    return data


def _next_code(prefix: str, taken: set[str]) -> str:
    n = len(taken) + 1
    while f"{prefix}{n}" in taken:
        n += 1
    return f"{prefix}{n}"


def new_group(data: dict) -> dict:
    return {"code": _next_code("N", {g["code"] for g in data["groups"]}), "name": ""}


def new_specialty(data: dict) -> dict:
    return {"code": _next_code("CN", {s["code"] for s in data["specialties"]}), "name": ""}


def new_competency(data: dict, group: str | None = None) -> dict:
    groups = [g["code"] for g in data["groups"]]
    return {"code": _next_code("NL", {c["code"] for c in data["competencies"]}),
            "group": group or (groups[0] if groups else ""), "name": "", "grade": None,
            "levels": list(generic_levels()), "level_origin": "generic"}


def new_position(data: dict, grade: str | None) -> dict:
    number = max((p["number"] for p in data["positions"] if isinstance(p.get("number"), int)), default=0) + 1
    return {"number": number, "specialty": None, "name": "", "grade": grade, "objective": "", "task_groups": [],
            "relationships": [], "authorities": [], "qualifications": {}, "qualification_rules": None,
            "requirements": [], "warnings": []}


def new_requirement(data: dict, position: dict) -> dict:
    """The first competency the position does not require yet, with no level chosen."""
    taken = {r["competency"] for r in position["requirements"]}
    code = next((c["code"] for c in data["competencies"] if c["code"] not in taken), "")
    return {"competency": code, "min": None, "max": None, "text": None, "origin": "custom"}


def new_task_group(position: dict) -> dict:
    return {"number": str(len(position["task_groups"]) + 1), "name": "", "tasks": [], "criteria": []}


def new_task() -> dict:
    return {"number": None, "marker": "", "level": 0, "text": "", "scope": []}


def empty_rules() -> dict:
    return {key: None for key in RULE_FIELDS}


def origin_choices() -> list[tuple[object, str]]:
    return [(k, translate("Position", v)) for k, v in ORIGIN_LABELS.items()]


def qualification_choices() -> list[tuple[object, str]]:
    return [(k, translate("Position", v)) for k, v in QUALIFICATION_LABELS.items()]


def level_choices() -> list[tuple[object, str]]:
    return [(None, ""), *((n, str(n)) for n in range(1, LEVELS + 1))]
