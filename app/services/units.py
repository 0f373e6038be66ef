"""The organisation's units: their tree, and adding, renaming, moving and removing them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit, text_rules
from app.actor import Actor
from app.database import Database
from app.errors import NotFound, UserError
from app.models import Employee, Unit
from app.permissions import Action, require
from app.vntext import check_text, clean, clean_code, text_sort_key


@dataclass(frozen=True)
class UnitInfo:
    id: int
    code: str
    name: str
    parent_code: str | None
    depth: int
    is_sample: bool


def _unit_tree(units: list[Unit]) -> list[UnitInfo]:
    """Units depth-first, siblings by sort order then name."""
    children: dict[int | None, list[Unit]] = {}
    for u in units:
        children.setdefault(u.parent_id, []).append(u)
    out: list[UnitInfo] = []
    by_id = {u.id: u for u in units}

    def walk(parent: int | None, depth: int) -> None:
        for u in sorted(children.get(parent, []), key=lambda u: (u.sort_order, text_sort_key(u.name))):
            parent_code = by_id[u.parent_id].code if u.parent_id else None
            out.append(UnitInfo(u.id, u.code, u.name, parent_code, depth, u.is_sample))
            walk(u.id, depth + 1)

    walk(None, 0)
    return out


def codes_below(units: list[UnitInfo], code: str) -> set[str]:
    """The unit and every unit under it, from list_units' depth-first order (a child follows its parent)."""
    below = {code}
    for u in units:
        if u.parent_code in below:
            below.add(u.code)
    return below


def agency_of(units: list[UnitInfo], code: str | None = None) -> str:
    """The name printed as the agency: the top unit above `code`, or (no code) the first top unit."""
    by_code = {u.code: u for u in units}
    top = by_code.get(code) if code else next((u for u in units if u.parent_code is None), None)
    while top is not None and top.parent_code:
        top = by_code[top.parent_code]
    return top.name if top else ""


def list_units(db: Database, actor: Actor) -> list[UnitInfo]:
    require(actor, Action.READ_CATALOG)  # the organisation chart is not personal data
    with db.read_session() as s:
        return _unit_tree(list(s.scalars(select(Unit))))


def subtree_ids(s: Session, unit_code: str) -> set[int]:
    """The unit and every unit below it."""
    units = s.execute(select(Unit.id, Unit.parent_id, Unit.code)).all()  # columns only: 2,000 units of a ministry
    root = next((u for u in units if u.code == unit_code), None)
    if root is None:
        raise NotFound(f"Không có đơn vị mã '{unit_code}'.")
    children: dict[int, list[int]] = {}
    for id_, parent_id, _code in units:
        children.setdefault(parent_id, []).append(id_)
    ids, todo = {root.id}, [root.id]
    while todo:
        for child in children.get(todo.pop(), ()):
            if child not in ids:
                ids.add(child)
                todo.append(child)
    return ids


def add_unit(db: Database, actor: Actor, code: str, name: str, parent: str | None = None) -> UnitInfo:
    require(actor, Action.MANAGE_UNITS)
    with db.session() as s:
        try:
            code, name = clean_code(code, what="mã đơn vị"), check_text(clean(name))
        except ValueError as exc:
            raise UserError(f"{str(exc)[0].upper()}{str(exc)[1:]}.") from None
        if not code or not name:
            raise UserError("Mã và tên đơn vị không được để trống.")
        text_rules.check(Unit, "code", code)
        if any(u.casefold() == code.casefold() for u in s.scalars(select(Unit.code))):
            raise UserError(f"Mã đơn vị '{code}' đã có.")
        parent_unit = None
        if parent:
            parent_unit = s.scalars(select(Unit).where(Unit.code == parent)).first()
            if parent_unit is None:
                raise NotFound(f"Không có đơn vị mã '{parent}'.")
        unit = Unit(code=code, name=name, parent=parent_unit)
        s.add(unit)
        s.flush()
        audit.record(s, actor, "unit", code, "name", None, name, action="add")
        return UnitInfo(unit.id, code, name, parent, 0, False)


def _unit(s: Session, code: str) -> Unit:
    unit = s.scalars(select(Unit).where(Unit.code == clean(code))).first()
    if unit is None:
        raise NotFound(f"Không có đơn vị mã '{code}'.")
    return unit


def rename_unit(db: Database, actor: Actor, code: str, name: str) -> None:
    require(actor, Action.MANAGE_UNITS)
    if not clean(name):
        raise UserError("Tên đơn vị không được để trống.")
    try:
        check_text(clean(name))
    except ValueError as exc:
        raise UserError(f"Tên đơn vị {exc}.") from None
    with db.session() as s:
        unit = _unit(s, code)
        if unit.name != clean(name):
            audit.record(s, actor, "unit", unit.code, "name", unit.name, clean(name))
            unit.name = clean(name)


def move_unit(db: Database, actor: Actor, code: str, parent: str | None) -> None:
    """Put a unit under another (or at the top); a unit can never end up under itself."""
    require(actor, Action.MANAGE_UNITS)
    with db.session() as s:
        unit = _unit(s, code)
        new_parent = _unit(s, parent) if parent else None
        ancestor = new_parent
        while ancestor is not None:
            if ancestor.id == unit.id:
                raise UserError(f"Không chuyển được: '{new_parent.name}' nằm trong '{unit.name}'.")
            ancestor = ancestor.parent
        old_parent = unit.parent.code if unit.parent else None
        if old_parent != (new_parent.code if new_parent else None):
            audit.record(s, actor, "unit", unit.code, "parent", old_parent, new_parent.code if new_parent else None)
        unit.parent = new_parent


def delete_unit(db: Database, actor: Actor, code: str) -> None:
    """Remove an empty unit: no sub-units, no staff (past or present)."""
    require(actor, Action.MANAGE_UNITS)
    with db.session() as s:
        unit = _unit(s, code)
        if s.scalars(select(Unit).where(Unit.parent_id == unit.id)).first():
            raise UserError(f"Đơn vị '{unit.name}' còn đơn vị trực thuộc.")
        if s.scalars(select(Employee).where(Employee.unit_id == unit.id)).first():
            raise UserError(f"Đơn vị '{unit.name}' còn công chức (kể cả đã ngừng theo dõi); hãy chuyển họ đi trước.")
        audit.record(s, actor, "unit", unit.code, "name", unit.name, None, action="delete")
        s.delete(unit)
