"""The staff list a page at a time: filtered in the database, counted, in Vietnamese name order.

`employee_page` reads only what a list shows (code, name, unit, position, grade, dates; not the record's
degrees and works, which `staff.get_employee` gives for one person), so a page of 200 people out of
250,000 does not build 250,000 records. Order and search need Vietnamese rules that SQL has no collation
for: the names of the visible people are read (two columns), ordered with `app.vntext.sort_key`
(the same order as `app.vntext.name_sort_key`, about ten times faster) and the page's rows alone are
then read whole.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import func, or_, select

from app.actor import Actor
from app.database import Database
from app.models import Employee, Grade, Position, Unit
from app.permissions import Action, allowed
from app.services.staff import EmployeeInfo, subtree_ids
from app.vntext import clean, fast_search_key, sort_key

PAGE_SIZE = 200


@dataclass(frozen=True)
class EmployeePage:
    """One page of the staff list: its rows (light EmployeeInfo, without the record's lists), the number of
    people matching in all, and where the page starts."""

    rows: list[EmployeeInfo] = field(default_factory=list)
    total: int = 0
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
) -> EmployeePage:
    """The people the actor may see, in Vietnamese name order, `limit` of them from `offset` (None: all);
    search: every typed word in the name or the code, accents and case ignored; unit: it and its sub-units."""
    words = fast_search_key(clean(search)).split() if search else []
    with db.read_session() as s:
        query = select(Employee.id, Employee.full_name, Employee.code, Employee.unit_id)
        if unit:
            query = query.where(Employee.unit_id.in_(subtree_ids(s, unit)))
        if not include_inactive:
            query = query.where(Employee.active.is_(True))
        if not ({"local", "hr"} & set(actor.roles)):  # a head's units, an employee's own record
            query = query.where(or_(Employee.unit_id.in_(actor.unit_scope or {-1}),
                                    Employee.id == (actor.employee_id or -1)))
        for word in words:
            if word.isascii() and word.isalnum() and not any(ch in "aeiouyd" for ch in word):
                # a word with no letter an accent could hide in: the database narrows the list first
                query = query.where(or_(func.lower(Employee.full_name).contains(word),
                                        func.lower(Employee.code).contains(word)))
        found = [
            (sort_key(name), code, id_)
            for id_, name, code, unit_id in s.execute(query)
            if allowed(actor, Action.READ_EMPLOYEE, unit_id=unit_id, employee_id=id_)
            and (not words or _matches(words, name, code))
        ]
        found.sort()
        chosen = found[offset:] if limit is None else found[offset:offset + limit]
        rows = _rows(s, [id_ for _, _, id_ in chosen])
    return EmployeePage(rows=rows, total=len(found), offset=offset)


def _matches(words: list[str], name: str, code: str) -> bool:
    haystack = fast_search_key(f"{name} {code}")
    return all(w in haystack for w in words)


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
