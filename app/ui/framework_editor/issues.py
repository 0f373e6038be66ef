"""Where in the editor a problem of the framework rules lies, and how it reads in the issue list.

The rules (app.framework_rules.check_framework) name a workbook sheet, the item's index in that
sheet (in framework_rules.walk order) and a column header; here that becomes a tab, a row in a
list (inside a position and a task group when it belongs to one) and a key of the data.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from app import framework_rules as rules
from app.ui.i18n import translate

KEYS: dict[str, dict[str, str]] = {
    rules.INFO: {label: key for key, label in rules.FIELDS},
    rules.GROUPS: {"Mã nhóm": "code", "Tên nhóm": "name"},
    rules.COMPETENCIES: {"Mã": "code", "Mã nhóm": "group", "Tên năng lực": "name", "Ngạch": "grade",
                         **{f"Cấp độ {i}": f"level{i - 1}" for i in range(1, 6)}, "Nguồn mô tả": "level_origin"},
    rules.SPECIALTIES: {"Mã": "code", "Tên chuyên ngành": "name"},
    rules.POSITIONS: {"Số": "number", "Chuyên ngành": "specialty", "Tên vị trí việc làm": "name", "Ngạch": "grade",
                      "Mục tiêu": "objective", "Lưu ý": "warnings"},
    rules.TASKS: {"Mục": "group_number", "Tên mục": "group_name", "Số": "number", "Ký hiệu": "marker", "Cấp": "level",
                  "Nội dung": "text", "Phạm vi": "scope"},
    rules.RELATIONSHIPS: {"Loại": "kind", "Đối tượng": "party", "Nội dung": "nature"},
    rules.AUTHORITIES: {"Số": "number", "Nội dung": "text"},
    rules.QUALIFICATIONS: {"Loại": "category", "Nội dung": "text"},
    rules.RULES: {header: key for key, header in rules.RULE_HEADERS.items()},
    rules.REQUIREMENTS: {"Mã năng lực": "competency", "Tối thiểu": "min", "Tối đa": "max", "Yêu cầu bằng lời": "text",
                         "Nguồn": "origin"},
}
# the list each sheet's rows live in, inside a position where they belong to one
LISTS = {rules.GROUPS: "groups", rules.COMPETENCIES: "competencies", rules.SPECIALTIES: "specialties",
         rules.POSITIONS: "positions", rules.RELATIONSHIPS: "relationships", rules.AUTHORITIES: "authorities",
         rules.QUALIFICATIONS: "qualifications", rules.RULES: "qualification_rules",
         rules.REQUIREMENTS: "requirements"}


@dataclass(frozen=True)
class Location:
    part: str
    list: str | None  # groups, competencies, …; tasks / criteria / task_groups; None for the header
    row: int | None  # row in that list
    key: str | None  # the data key (level0…level4 for the level descriptors)
    position: int | None = None
    group: int | None = None  # task group, for tasks and criteria


def _index_of(items: list, item: object) -> int:
    return next((n for n, x in enumerate(items) if x is item), -1)


def locate_all(data: dict, issues: list) -> list[tuple[object, Location]]:
    """Each issue with where it lies in `data` (the dict the editor holds)."""
    places: dict[tuple[str, int], Location] = {}
    positions = data.get("positions", [])
    quals = Counter()
    for part, index, ctx in rules.indexed(data):
        p = _index_of(positions, ctx.get("position")) if "position" in ctx else None
        if part == rules.TASKS:
            groups = positions[p]["task_groups"]
            g = _index_of(groups, ctx["group"])
            kind = "tasks" if ctx["kind"] == "task" else "criteria"
            places[(part, index)] = Location(part, kind, _index_of(groups[g][kind], ctx["item"]), None, p, g)
        elif part == rules.QUALIFICATIONS:
            places[(part, index)] = Location(part, "qualifications", quals[p], None, p)
            quals[p] += 1
        elif part == rules.RULES:
            places[(part, index)] = Location(part, "qualification_rules", None, None, p)
        elif part == rules.POSITIONS:
            places[(part, index)] = Location(part, "positions", p, None, p)
        elif p is not None:
            places[(part, index)] = Location(part, LISTS[part], _index_of(positions[p][LISTS[part]], ctx["item"]),
                                             None, p)
        else:
            places[(part, index)] = Location(part, LISTS[part], _index_of(data[LISTS[part]], ctx["item"]), None)
    out = []
    for issue in issues:
        key = KEYS.get(issue.part, {}).get(issue.field) if issue.field else None
        if issue.index is None:
            where = Location(issue.part, None if issue.part == rules.INFO else LISTS.get(issue.part), None, key)
        else:
            base = places.get((issue.part, issue.index), Location(issue.part, None, None, None))
            where = Location(base.part, base.list, base.row, key, base.position, base.group)
        out.append((issue, where))
    return out


def describe(data: dict, where: Location) -> str:
    """'Vị trí số 2, yêu cầu năng lực NL3' — the item a problem is about, in the editor's words."""
    tr = lambda text: translate("FrameworkEditor", text)  # noqa: E731 - a short alias
    if where.list is None:
        return tr("Văn bản")
    if where.position is not None and where.list != "positions":
        p = data["positions"][where.position]
        head = tr("Vị trí số {0}").format(p.get("number") or where.position + 1)
        if where.list == "requirements" and where.row is not None and where.row >= 0:
            code = p["requirements"][where.row].get("competency") or where.row + 1
            return head + ", " + tr("yêu cầu năng lực {0}").format(code)
        what = {"tasks": tr("nhiệm vụ"), "criteria": tr("tiêu chí"), "relationships": tr("quan hệ công việc"),
                "authorities": tr("quyền hạn"), "qualifications": tr("trình độ"),
                "qualification_rules": tr("điều kiện")}.get(where.list, where.list)
        return head + ", " + what + (f" {where.row + 1}" if where.row is not None and where.row >= 0 else "")
    if where.row is None or where.row < 0:
        return {"groups": tr("Nhóm năng lực"), "competencies": tr("Năng lực"), "specialties": tr("Chuyên ngành"),
                "positions": tr("Vị trí việc làm")}.get(where.list, where.list)
    item = data[where.list][where.row]
    if where.list == "positions":
        return tr("Vị trí số {0}").format(item.get("number") or where.row + 1)
    label = {"groups": tr("Nhóm {0}"), "competencies": tr("Năng lực {0}"), "specialties": tr("Chuyên ngành {0}")}
    return label[where.list].format(item.get("code") or where.row + 1)


def message(issue) -> str:
    """The rule's sentence, with a capital letter."""
    text = issue.message
    return text[:1].upper() + text[1:]
