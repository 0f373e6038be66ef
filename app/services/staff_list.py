"""The staff list a page at a time: filtered, ordered, counted and cut in the database.

`employee_page` reads only what a list shows (code, name, unit, position, grade, dates; not the record's
degrees and works, which `staff.get_employee` gives for one person). The Vietnamese name order and the search
without accents are stored with each person (employees.sort_key and search_key, app.employee_keys), so a page of
100 people out of 250,000 is an ordered walk of the index (sort_key, id) that stops at the page's last row, and
a search is `search_key LIKE '%word%'` for every typed word. Who may be seen is the same condition in SQL as
app.permissions.allowed(READ_EMPLOYEE) (a test holds them equal).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import false, func, or_, select

from app.actor import Actor
from app.database import Database
from app.models import Employee, Grade, Position, Unit
from app.permissions import sees_everyone
from app.services.staff import EmployeeInfo, subtree_ids
from app.vntext import clean, fast_search_key

PAGE_SIZE = 200


@dataclass(frozen=True)
class EmployeePage:
    """One page of the staff list: its rows (light EmployeeInfo, without the record's lists), the number of
    people matching in all, and where the page starts."""

    rows: list[EmployeeInfo] = field(default_factory=list)
    total: int | None = 0  # None: not counted (employee_page(count=False), and more pages follow)
    offset: int = 0

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[EmployeeInfo]:
        return iter(self.rows)


# ---------------------------------------------------------------- the page

def employee_page(
    db: Database,
    actor: Actor,
    search: str | None = None,
    unit: str | None = None,
    include_inactive: bool = False,
    offset: int = 0,
    limit: int | None = PAGE_SIZE,
    count: bool = True,
) -> EmployeePage:
    """The people the actor may see, in Vietnamese name order, `limit` of them from `offset` (None: all);
    search: every typed word in the name or the code, accents and case ignored; unit: it and its sub-units.

    The page itself is an ordered walk of an index that stops at its last row; counting every match is a whole
    pass over the people (most of the time of a first page of 250,000). count=False leaves total None (unless this
    is the last page), for a caller that shows the page first and asks for the count afterwards."""
    words = fast_search_key(clean(search)).split() if search else []
    with db.read_session() as s:
        conditions = [] if sees_everyone(actor) else [_visible_to(actor)]
        if unit:
            conditions.append(Employee.unit_id.in_(subtree_ids(s, unit)))
        if not include_inactive:
            conditions.append(Employee.active.is_(True))
        conditions += [Employee.search_key.contains(word, autoescape=True) for word in words]
        query = select(Employee.id).where(*conditions).order_by(Employee.sort_key, Employee.id).offset(offset)
        ids = list(s.scalars(query if limit is None else query.limit(limit)))
        if ids and (limit is None or len(ids) < limit):  # the last page: the count is known without counting
            total = offset + len(ids)
        elif count:
            total = s.scalar(select(func.count()).select_from(Employee).where(*conditions)) or 0
        else:
            total = None
        rows = _rows(s, ids)
    return EmployeePage(rows=rows, total=total, offset=offset)


def _visible_to(actor: Actor):
    """SQL for the people an actor who does not see everyone may read (app.permissions.allowed, READ_EMPLOYEE):
    a head the people of the units they lead (sub-units included), an employee their own record."""
    parts = []
    if "head" in actor.roles and actor.unit_scope:
        parts.append(Employee.unit_id.in_(sorted(actor.unit_scope)))
    if "employee" in actor.roles and actor.employee_id is not None:
        parts.append(Employee.id == actor.employee_id)
    return or_(*parts) if parts else false()


def _rows(s, ids: list[int]) -> list[EmployeeInfo]:
    """The page's people, in the order of ids, with their unit's, position's and grade's names."""
    if not ids:
        return []
    query = (select(Employee.id, Employee.code, Employee.full_name, Unit.code, Unit.name, Position.key, Position.name,
                    Employee.grade_code, Employee.grade_since, Employee.birth_date, Employee.gender,
                    Employee.education, Employee.certificates, Employee.active, Employee.is_sample, Grade.name,
                    Grade.kind)
             .join(Unit, Employee.unit_id == Unit.id)
             .outerjoin(Position, Employee.position_id == Position.id)
             .outerjoin(Grade, Employee.grade_code == Grade.code))
    by_id = {}
    for start in range(0, len(ids), 500):  # IN lists of a size every database takes
        for r in s.execute(query.where(Employee.id.in_(ids[start:start + 500]))):
            by_id[r[0]] = EmployeeInfo(
                id=r[0], code=r[1], name=r[2], unit=r[3], unit_name=r[4], position=r[5], position_name=r[6],
                grade=r[7], grade_since=r[8], birth_date=r[9], gender=r[10] or "", education=r[11] or "",
                certificates=r[12] or "", active=r[13], is_sample=r[14], grade_name=r[15] or "", grade_kind=r[16] or "")
    return [by_id[i] for i in ids if i in by_id]


__all__ = ["EmployeePage", "PAGE_SIZE", "employee_page"]
