"""Problems shown where they are: red cells and fields, and a click on a problem that opens its item."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from app.ui.framework_editor import issues as places

if TYPE_CHECKING:
    from app.ui.framework_editor.editor import FrameworkEditor
    from app.ui.framework_editor.tables import ListEditor

Located = "list[tuple[object, places.Location]]"
TASK_GROUP_KEYS = {"group_number": "number", "group_name": "name"}


def _cells(located, test) -> dict[tuple[int, str], list[str]]:
    out: dict[tuple[int, str], list[str]] = defaultdict(list)
    for issue, where in located:
        if where.row is not None and where.key and test(where):
            out[(where.row, where.key)].append(places.message(issue))
    return dict(out)


def _fields(located, test) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for issue, where in located:
        if where.key and test(where):
            out[where.key].append(places.message(issue))
    return out


def apply_marks(editor: FrameworkEditor, located) -> None:
    header, comps, positions = editor.header, editor.competencies, editor.positions
    found = _fields(located, lambda w: w.list is None)
    for key, field in header.fields.items():
        field.mark(found.get(key, []))
    header.groups.model.set_issues(_cells(located, lambda w: w.list == "groups"))
    header.specialties.model.set_issues(_cells(located, lambda w: w.list == "specialties"))
    comps.table.model.set_issues(_cells(located, lambda w: w.list == "competencies"))
    row = comps.table.current_row()
    found = _fields(located, lambda w: w.list == "competencies" and w.row == row)
    for i, field in enumerate(comps.levels):
        field.mark(found.get(f"level{i}", []))
    comps.origin.mark(found.get("level_origin", []))
    positions.list.model.set_issues(_cells(located, lambda w: w.list == "positions"))
    p = positions.current()
    found = _fields(located, lambda w: w.list == "positions" and w.row == p)
    for key, field in positions.general.fields.items():
        field.mark(found.get(key, []))
    mine = [(i, w) for i, w in located if w.position == p and w.list != "positions"]
    groups: dict[tuple[int, str], list[str]] = defaultdict(list)
    for issue, where in mine:
        if where.key in TASK_GROUP_KEYS and where.group is not None:
            groups[(where.group, TASK_GROUP_KEYS[where.key])].append(places.message(issue))
    positions.tasks.groups.model.set_issues(dict(groups))
    g = positions.tasks.groups.current_row()
    for name in ("tasks", "criteria"):
        editor_of: ListEditor = getattr(positions.tasks, name)
        editor_of.model.set_issues(_cells(mine, lambda w, name=name: w.list == name and w.group == g
                                          and w.key not in TASK_GROUP_KEYS))
    for name, table in (("relationships", positions.relations.relationships),
                        ("authorities", positions.relations.authorities),
                        ("qualifications", positions.qualifications.table),
                        ("requirements", positions.requirements)):
        table.model.set_issues(_cells(mine, lambda w, name=name: w.list == name))
    found = _fields(mine, lambda w: w.list == "qualification_rules")
    for key, field in positions.qualifications.rules.items():
        field.mark(found.get(key, []))
    counts = defaultdict(int)
    for _issue, where in located:
        if where.position is not None and where.list != "positions":
            counts[where.position] += 1
    positions.list.model.set_issues({**positions.list.model.issues,
                                     **{(n, "number"): [editor.tr("Vị trí này còn {0} lỗi ở các phần bên phải.")
                                                        .format(c)] for n, c in counts.items()
                                        if (n, "number") not in positions.list.model.issues}})


def _select(table: ListEditor, row: int | None, key: str | None) -> None:
    if row is not None and row >= 0:
        table.select_row(row, key if key in {c.key for c in table.model.columns} else None)
        table.view.setFocus()


def go_to(editor: FrameworkEditor, where: places.Location | None) -> None:
    """Open the tab, row and field of a problem, and put the cursor there."""
    if where is None:
        return
    header, comps, positions = editor.header, editor.competencies, editor.positions
    if where.list is None or where.list in ("groups", "specialties"):
        editor.tabs.setCurrentWidget(header)
        if where.list is None:
            header.focus(where.key or "code")
        else:
            _select(getattr(header, where.list), where.row, where.key)
        return
    if where.list == "competencies":
        editor.tabs.setCurrentWidget(comps)
        _select(comps.table, where.row, where.key)
        if where.key and where.key.startswith("level") and where.key[5:].isdigit():
            comps.levels[int(where.key[5:])].setFocus()
        elif where.key == "level_origin":
            comps.origin.setFocus()
        return
    editor.tabs.setCurrentWidget(positions)
    if where.position is not None:
        positions.list.select_row(where.position)
    if where.list == "positions":
        if where.key in positions.general.fields and where.key not in ("number", "name", "grade"):
            positions.parts.setCurrentIndex(0)
            positions.general.fields[where.key].setFocus()
        elif where.key in ("number", "name", "grade"):
            positions.parts.setCurrentIndex(0)
            positions.general.fields[where.key].setFocus()
        return
    from app.ui.framework_editor.editor import SUB_TABS

    positions.parts.setCurrentIndex(SUB_TABS.get(where.list, 0))
    if where.list in ("tasks", "criteria"):
        if where.group is not None:
            positions.tasks.groups.select_row(where.group)
        if where.key in TASK_GROUP_KEYS:
            _select(positions.tasks.groups, where.group, TASK_GROUP_KEYS[where.key])
        else:
            _select(getattr(positions.tasks, where.list), where.row, where.key)
    elif where.list in ("relationships", "authorities"):
        _select(getattr(positions.relations, where.list), where.row, where.key)
    elif where.list == "qualifications":
        _select(positions.qualifications.table, where.row, where.key)
    elif where.list == "qualification_rules":
        field = positions.qualifications.rules.get(where.key or "")
        if field is not None:
            field.setFocus()
    elif where.list == "requirements":
        _select(positions.requirements, where.row, where.key)
