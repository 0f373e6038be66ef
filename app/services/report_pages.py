"""People's results read a few units at a time: the heatmap's lists of competencies, its rows fetched as the
window scrolls, and the rows of the gap summary export streamed unit by unit in constant memory.

People come in unit tree order (units by identity, shown with their path), then Vietnamese name order within a
unit: the database counts the people of each unit, and only the units asked for are read and sorted."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import gap
from app.models import Assessment, Employee, Position, Rating
from app.services import summary_store
from app.services.report_sql import ReportScope, basis, competency_lists, framework_of, tune
from app.vntext import sort_key

BATCH_PEOPLE = 2000  # people read in one go when streaming: units are grouped up to about this many


@dataclass(frozen=True)
class HeatmapSet:
    """One list of competencies (a framework, or a grade's statements in TT 09) and the positions using it."""

    label: str
    framework: str
    position_keys: tuple[str, ...]
    columns: tuple[tuple[str, str], ...]  # (code, name) in the list's order
    people: int


def heatmap_sets(s: Session, scope: ReportScope, counts: dict[tuple[int, str], int],
                 lists: list[tuple[str, str, str, int]]) -> list[HeatmapSet]:
    """The scope's lists of competencies, each with the positions assessed by it and how many people
    (counts: unit_counts of the same read; lists: report_sql.competency_lists' rows)."""
    codes: dict[str, list[tuple[int, str, str]]] = {}
    for pkey, code, name, order in lists:
        codes.setdefault(pkey, []).append((order, code, name))
    if not codes:
        return []
    people: dict[str, int] = {}
    for (_unit, pkey), n in counts.items():
        people[pkey] = people.get(pkey, 0) + n
    p = Position.__table__
    grades = dict(s.execute(select(p.c.key, p.c.grade_code).where(p.c.key.in_(sorted(codes)))).all())
    groups: dict[tuple, list[str]] = {}
    for pkey, items in codes.items():
        items.sort()
        groups.setdefault((framework_of(pkey), tuple(code for _o, code, _n in items)), []).append(pkey)
    per_framework: dict[str, int] = {}
    for framework, _codes in groups:
        per_framework[framework] = per_framework.get(framework, 0) + 1
    out = []
    for (framework, _codes), pkeys in groups.items():
        label = scope.label(framework)
        if per_framework[framework] > 1:  # a framework whose positions have different lists (TT 09: per grade)
            label += " · " + ", ".join(sorted({grades.get(k) or "" for k in pkeys}))
        columns = tuple((code, name) for _o, code, name in sorted(codes[pkeys[0]]))
        out.append(HeatmapSet(label, framework, tuple(sorted(pkeys)), columns, sum(people.get(k, 0) for k in pkeys)))
    return sorted(out, key=lambda x: x.label)


@dataclass(frozen=True)
class UnitBlock:
    unit_id: int
    code: str
    name: str
    path: str
    people: int


def unit_blocks(s: Session, scope: ReportScope, position_keys: Iterable[str] | None = None) -> list[UnitBlock]:
    """The units with people counted (of these target positions), in tree order, with how many."""
    tune(s, scope)
    b = basis(scope)
    query = select(b.c.unit_id, func.count()).group_by(b.c.unit_id)
    if position_keys is not None:
        query = query.where(b.c.pkey.in_(sorted(position_keys)))
    return _blocks(scope, dict(s.execute(query).all()))


def _blocks(scope: ReportScope, per_unit: dict[int, int]) -> list[UnitBlock]:
    """The units with people counted, in tree order, with how many each."""
    return [UnitBlock(u.id, u.code, u.name, u.path, per_unit[u.id]) for u in scope.units.ordered if u.id in per_unit]


def unit_counts(s: Session, scope: ReportScope) -> dict[tuple[int, str], int]:
    """How many people each unit has counted, per target position key: what the heatmap's lists and their units'
    blocks are counted from, in one pass over the forms."""
    tune(s, scope)
    b = basis(scope)
    query = select(b.c.unit_id, b.c.pkey, func.count()).group_by(b.c.unit_id, b.c.pkey)
    return {(unit_id, pkey): n for unit_id, pkey, n in s.execute(query)}


def blocks_of(scope: ReportScope, counts: dict[tuple[int, str], int],
              position_keys: Iterable[str] | None = None) -> list[UnitBlock]:
    """unit_blocks from unit_counts: the units with people counted (of these target positions), in tree order."""
    wanted = None if position_keys is None else set(position_keys)
    per_unit: dict[int, int] = {}
    for (unit_id, pkey), n in counts.items():
        if wanted is None or pkey in wanted:
            per_unit[unit_id] = per_unit.get(unit_id, 0) + n
    return _blocks(scope, per_unit)


@dataclass(frozen=True)
class PersonResult:
    """One person's counted form (the assessor's, else the self-assessment) with both kinds' scores: a row of the
    heatmap, of Tổng hợp and of Chi tiết. Plain values, no ORM object."""

    employee_code: str
    name: str
    unit_code: str
    unit_path: str
    unit_name: str  # as written on the form (frozen when it was made)
    grade: str | None
    position_key: str
    position_name: str
    position_grade: str
    period: str
    kind: str  # the counted form's kind
    assessor_status: str | None
    framework: str
    framework_label: str
    ratings: tuple[tuple, ...]  # (code, name, group, min, max, text, score, origin) of the counted form
    self_scores: dict = field(default_factory=dict)
    assessor_scores: dict = field(default_factory=dict)
    grade_name: str = ""  # the grade's full name, as printed

    @cached_property
    def report(self) -> gap.GapReport:
        """The counted form's gaps, by the one pure gap function."""
        return gap.evaluate([gap.RatedRequirement(c, n, g, lo, hi, t, sc) for c, n, g, lo, hi, t, sc, _o
                             in self.ratings], framework=self.framework)

    @property
    def origins(self) -> dict[str, str]:
        return {r[0]: r[7] for r in self.ratings}

    @property
    def remark(self) -> str:
        from app.services.assessments import STATUS_LABELS

        if self.assessor_status is None:
            return "Chỉ có tự đánh giá"
        if self.assessor_status != "approved":
            return f"Phiếu người đánh giá: {STATUS_LABELS[self.assessor_status].lower()}"
        return ""


def people_of(s: Session, scope: ReportScope, unit_ids: Iterable[int],
              position_keys: Iterable[str] | None = None) -> list[PersonResult]:
    """The people counted in these units (of these target positions), in unit order then name order."""
    ids = frozenset(unit_ids)
    narrowed = replace(scope, unit_ids=ids if scope.unit_ids is None else ids & scope.unit_ids)
    b = basis(narrowed)
    a, e, r = Assessment.__table__, Employee.__table__, Rating.__table__
    query = (select(b.c.assessment_id, b.c.unit_id, b.c.assessor_id, b.c.self_id, e.c.code, e.c.full_name,
                    a.c.frozen_unit_name, a.c.frozen_grade_code, a.c.frozen_position_key, a.c.frozen_position_name,
                    a.c.frozen_position_grade, a.c.kind)
             .join(a, a.c.id == b.c.assessment_id).join(e, e.c.id == b.c.employee_id))
    if position_keys is not None:
        query = query.where(b.c.pkey.in_(sorted(position_keys)))
    heads = s.execute(query).all()
    if not heads:
        return []
    wanted = sorted({x for h in heads for x in (h.assessor_id, h.self_id) if x is not None})
    ratings: dict[int, list] = {}
    status: dict[int, str] = {}
    for chunk in range(0, len(wanted), 5000):  # bound the IN list on any engine
        part = wanted[chunk:chunk + 5000]
        for row in s.execute(select(r.c.assessment_id, r.c.competency_code, r.c.competency_name, r.c.group_code,
                                    r.c.required_min, r.c.required_max, r.c.required_text, r.c.score,
                                    r.c.required_origin).where(r.c.assessment_id.in_(part))
                             .order_by(r.c.assessment_id, r.c.sort_order)):
            ratings.setdefault(row[0], []).append(tuple(row[1:]))
        status.update(s.execute(select(a.c.id, a.c.status).where(a.c.id.in_(part))).all())
    from app.services.grades import catalogue_of

    grades = catalogue_of(s)
    units = scope.units
    out = []
    for h in heads:
        unit = units.by_id[h.unit_id]
        framework = framework_of(h.frozen_position_key)
        scores = {x: {row[0]: row[6] for row in ratings.get(x, ())} if x is not None else {}
                  for x in (h.assessor_id, h.self_id)}
        out.append(PersonResult(
            employee_code=h.code, name=h.full_name, unit_code=unit.code, unit_path=unit.path,
            unit_name=h.frozen_unit_name, grade=h.frozen_grade_code, position_key=h.frozen_position_key,
            position_name=h.frozen_position_name, position_grade=h.frozen_position_grade, period=scope.period,
            kind=h.kind, assessor_status=status.get(h.assessor_id) if h.assessor_id else None,
            framework=framework, framework_label=scope.label(framework),
            ratings=tuple(ratings.get(h.assessment_id, ())),
            self_scores=scores[h.self_id] if h.self_id else {},
            assessor_scores=scores[h.assessor_id] if h.assessor_id else {},
            grade_name=grades.name(h.frozen_grade_code)))
    return sorted(out, key=lambda p: (units.order(units.by_code[p.unit_code].id), sort_key(p.name or ""),
                                      p.employee_code))


def batches(blocks: list[UnitBlock], size: int = BATCH_PEOPLE) -> Iterator[list[UnitBlock]]:
    """Consecutive units grouped up to about `size` people (one unit bigger than that is a batch of its own)."""
    batch: list[UnitBlock] = []
    count = 0
    for block in blocks:
        if batch and count + block.people > size:
            yield batch
            batch, count = [], 0
        batch.append(block)
        count += block.people
    if batch:
        yield batch


def stream_people(db, scope: ReportScope, position_keys: Iterable[str] | None = None,
                  size: int = BATCH_PEOPLE) -> Iterator[PersonResult]:
    """Every person counted by the scope, in report order, read a batch of units at a time (memory bounded by
    the batch, whatever the agency's size). Each batch is its own short read."""
    keys = None if position_keys is None else tuple(position_keys)
    with db.read_session() as s:
        blocks = unit_blocks(s, scope, keys)
    for batch in batches(blocks, size):
        with db.read_session() as s:
            people = people_of(s, scope, [b.unit_id for b in batch], keys)
        yield from people


class Heatmap:
    """The heatmap of a scope: its lists of competencies, read at once; the rows of a list fetched a few units
    at a time as they are shown (each fetch its own short read)."""

    def __init__(self, db, scope: ReportScope):
        self.db, self.scope = db, scope
        kept = summary_store.competency_lists(db, scope) if summary_store.usable(scope) else None
        with db.read_session() as s:  # the lists (unless kept) and their units' counts from one read
            self._counts = unit_counts(s, scope)
            self.sets = heatmap_sets(s, scope, self._counts, competency_lists(s, scope) if kept is None else kept)

    def blocks(self, index: int) -> list[UnitBlock]:
        """The units holding people of list `index`, in tree order, with how many each (as counted with the
        lists: the rows fetched later are read afresh)."""
        return blocks_of(self.scope, self._counts, self.sets[index].position_keys)

    def people(self, index: int, blocks: list[UnitBlock]) -> list[PersonResult]:
        """The people of list `index` in these units, in report order."""
        with self.db.read_session() as s:
            return people_of(s, self.scope, [b.unit_id for b in blocks], self.sets[index].position_keys)
