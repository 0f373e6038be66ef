"""The rows of the gap summary export read from the database in the order they are written, in constant memory.

People come in report order (units in tree order, Vietnamese name order within a unit, then code): the units
are taken a batch at a time (about BATCH_PEOPLE people), the batch's people (one short row each) are sorted
here, and their ratings are then read through a server-side cursor (stream_results, yield_per) already in that
order: the database joins them to the sorted list and computes each rating's status, shortfall and whether its
requirement has numbers by the gap rules compiled to SQL (app.gap_sql). A person's verdict, met ratio and total
shortfall follow from those by app.gap's own rules (verdict_for, MET). Nothing but one person's ratings and one
batch's people is held at a time, whatever the agency's size.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from sqlalchemy import Integer, bindparam, column, func, select, text
from sqlalchemy.orm import Session

from app import gap, gap_sql
from app.models import Assessment, Employee, Rating
from app.services.report_sql import ReportScope, basis, framework_of, tune
from app.vntext import sort_key

# vntext.sort_key without its cache: one pass over every name of an agency would only fill it (and keep it full)
_name_order = getattr(sort_key, "__wrapped__", sort_key)
BATCH_PEOPLE = 2000  # people of whole units read in one go
LIST_PEOPLE = 1000  # people joined to their ratings by one statement (bounds its parameters on any engine)
YIELD_PER = 5000  # rating rows fetched from the server-side cursor at a time


@dataclass(frozen=True, slots=True)
class Item:
    """One competency of a person's counted form, as the detail sheet shows it."""

    code: str
    name: str
    required_min: int | None
    required_max: int | None
    self_score: int | None
    assessor_score: int | None
    status: gap.Status
    shortfall: int | None
    numeric: bool  # the requirement has numbers
    origin: str  # where its range comes from (catalog.ORIGIN_LABELS' key)
    score: int | None  # the counted form's score (the assessor's, else the self-assessment's)


@dataclass(frozen=True, slots=True)
class Person:
    """A person counted by the report (the form of their own position): what Tổng hợp and Chi tiết show."""

    employee_code: str
    name: str
    unit_path: str
    grade: str | None
    grade_shown: str
    position_name: str
    framework_label: str
    assessor_status: str | None  # None: only a self-assessment

    @property
    def remark(self) -> str:
        from app.services.report_pages import PersonResult

        status = self.assessor_status
        if status not in _REMARKS:  # the one wording of the report rows' remark (a few statuses)
            _REMARKS[status] = PersonResult.remark.fget(self)
        return _REMARKS[status]


_REMARKS: dict[str | None, str] = {}


@dataclass(frozen=True, slots=True)
class PersonSummary:
    verdict: gap.Verdict
    met_ratio: float | None
    total_shortfall: int


def summary_of(items: Iterable[Item]) -> PersonSummary:
    """gap.summarize's verdict, met ratio and total shortfall from the items' statuses (app.gap's rules)."""
    numeric = unrated = met = below = short = 0
    for item in items:
        if item.numeric:
            numeric += 1
            if item.score is None:
                unrated += 1
        if item.status in gap.MET:
            met += 1
        elif item.status is gap.Status.BELOW:
            below += 1
        short += item.shortfall or 0
    return PersonSummary(gap.verdict_for(below, numeric, unrated), met / numeric if numeric else None, short)


@dataclass(frozen=True, slots=True)
class _Head:
    assessment_id: int
    self_id: int  # the self-assessment beside an assessor's form (its scores shown), else 0
    person: Person


def _heads(s: Session, scope: ReportScope, unit_ids: list[int], grades) -> list[_Head]:
    """The people counted in these units, in report order."""
    ids = frozenset(unit_ids)
    b = basis(replace(scope, unit_ids=ids if scope.unit_ids is None else ids & scope.unit_ids))
    a, e = Assessment.__table__, Employee.__table__
    assessor = Assessment.__table__.alias("assessor_form")
    query = (select(b.c.assessment_id, b.c.unit_id, b.c.assessor_id, b.c.self_id, e.c.code, e.c.full_name,
                    a.c.frozen_grade_code, a.c.frozen_position_key, a.c.frozen_position_name, assessor.c.status)
             .select_from(b.join(a, a.c.id == b.c.assessment_id).join(e, e.c.id == b.c.employee_id)
                          .outerjoin(assessor, assessor.c.id == b.c.assessor_id)))
    units, labels, shown = scope.units, {}, {}
    rows = []
    for aid, unit_id, assessor_id, self_id, code, name, grade, pkey, pname, status in s.execute(query):
        framework = framework_of(pkey)
        label = labels.get(framework) or labels.setdefault(framework, scope.label(framework))
        if grade not in shown:
            shown[grade] = grades.name(grade) or grade or ""
        unit = units.by_id[unit_id]
        person = Person(code, name, unit.path, grade, shown[grade], pname, label,
                        status if assessor_id is not None else None)
        rows.append(((unit.order, _name_order(name or ""), code),
                     _Head(aid, self_id if assessor_id is not None and self_id is not None else 0, person)))
    rows.sort(key=lambda r: r[0])
    return [head for _key, head in rows]


def _ordered(heads: list[_Head]):
    """The heads as a table of the statement (n, assessment id, self id): VALUES of integers (read from the
    database, written as numbers), the same on SQLite and PostgreSQL (columns column1… on both)."""
    rows = ", ".join(f"({n:d}, {h.assessment_id:d}, {h.self_id:d})" for n, h in enumerate(heads))
    values = text(f"SELECT v.column1 AS n, v.column2 AS assessment_id, v.column3 AS self_id FROM (VALUES {rows}) AS v")
    return values.columns(column("n", Integer), column("assessment_id", Integer),
                          column("self_id", Integer)).subquery("ordered")


def _items_query(heads: list[_Head]):
    """The ratings of these people's counted forms in the order written: person by person, each form's order;
    with the self-assessment's score beside an assessor's, and the gap rules' status and shortfall (SQL).
    The forms are also named in an IN list, so that the database reads their ratings by its index."""
    o, r = _ordered(heads), Rating.__table__
    own = Rating.__table__.alias("self_rating")
    score, low, high = r.c.score, r.c.required_min, r.c.required_max
    own_score = (select(func.max(own.c.score))
                 .where(own.c.assessment_id == o.c.self_id, own.c.competency_code == r.c.competency_code)
                 .scalar_subquery())
    forms = bindparam("forms", [h.assessment_id for h in heads], expanding=True, literal_execute=True)
    return (select(o.c.n, r.c.competency_code, r.c.competency_name, low, high, score, own_score,
                   r.c.required_origin, gap_sql.status(score, low, high), gap_sql.shortfall(score, low, high),
                   gap_sql.numeric(low, high))
            .select_from(o.join(r, r.c.assessment_id == o.c.assessment_id))
            .where(r.c.assessment_id.in_(forms))
            .order_by(o.c.n, r.c.sort_order, r.c.id))


def _people_with_items(s: Session, heads: list[_Head]) -> Iterator[tuple[Person, list[Item]]]:
    statuses = {st.value: st for st in gap.Status}
    # each chunk's statement is its own text: compiled for this execution only, never kept in the cache
    rows = s.execute(_items_query(heads), execution_options={"stream_results": True, "yield_per": YIELD_PER,
                                                             "compiled_cache": None})
    pending = None
    for n, head in enumerate(heads):
        items: list[Item] = []
        assessor = head.person.assessor_status is not None
        while True:
            if pending is None:
                pending = next(rows, None)
                if pending is None:
                    break
            if pending[0] != n:
                break
            _n, code, name, low, high, score, own, origin, status, short, numeric = pending
            items.append(Item(code, name, low, high, own if assessor else score, score if assessor else None,
                              statuses[status], short, bool(numeric), origin or "", score))
            pending = None
        yield head.person, items


def unit_batches(counts: list[tuple[int, int]], size: int = BATCH_PEOPLE) -> Iterator[list[int]]:
    """Consecutive units (id, people) grouped up to about `size` people (a bigger unit is a batch of its own)."""
    batch: list[int] = []
    count = 0
    for unit_id, people in counts:
        if batch and count + people > size:
            yield batch
            batch, count = [], 0
        batch.append(unit_id)
        count += people
    if batch:
        yield batch


def people_counts(s: Session, scope: ReportScope) -> list[tuple[int, int]]:
    """(unit id, people counted) of the scope's units holding any, in tree order."""
    b = basis(scope)
    counts = dict(s.execute(select(b.c.unit_id, func.count()).group_by(b.c.unit_id)).all())
    return [(u.id, counts[u.id]) for u in scope.units.ordered if u.id in counts]


def stream_people(db, scope: ReportScope, counts: list[tuple[int, int]], size: int = BATCH_PEOPLE
                  ) -> Iterator[tuple[Person, list[Item]]]:
    """Every person the scope counts with their items, in report order (counts: people_counts)."""
    from app.services.grades import catalogue_of

    with db.read_session() as s:
        grades = catalogue_of(s)
    for unit_ids in unit_batches(counts, size):
        with db.read_session() as s:
            tune(s, scope)  # PostgreSQL: no JIT compilation of these short statements
            heads = _heads(s, scope, unit_ids, grades)
            for start in range(0, len(heads), LIST_PEOPLE):
                yield from _people_with_items(s, heads[start:start + LIST_PEOPLE])
