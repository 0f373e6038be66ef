"""A period's summary figures kept per unit in the database, computed again only for the units whose forms
changed (the tables of app.models.summary, migration 0011).

A summary of many units (a province, the whole agency) is the sum of its units' figures: the people of a unit
are counted by their own forms only (report_sql.basis ranks a person's forms among themselves), so a unit's
cells, verdicts and readiness count do not depend on any other unit. Each unit's figures are kept with the
fingerprint of its people's forms in the period: how many, the sum of their ids, the sum of their revisions
(assessments.revision, which triggers raise at every change of a form or of one of its ratings, whoever writes
it). A new form changes the count and the sum of ids, a change of a form or a score its revision, and a person
moved to another unit both units' counts: a unit whose fingerprint differs from the kept one is computed again
from its ratings, and the kept figures are replaced.

Used for the scopes that read every form of their units (HR and the local user, no target position chosen):
a head's scope or a chosen position is computed from the ratings each time (report_sql). Keeping the figures
is best effort: a read-only database, a colleague keeping the same unit at the same moment or a refused write
leaves the kept rows as they were, and the report uses what it computed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from sqlalchemy import delete, func, insert, literal, select
from sqlalchemy.orm import Session

from app import gap
from app.errors import UserError
from app.models import Assessment, Employee, SummaryCell, SummaryUnit, SummaryVerdict
from app.services import report_sql
from app.services.report_sql import CELL_FIGURES, ReportScope

log = logging.getLogger(__name__)

CELL_KEYS = ("unit_id", "position_id", "competency_id", "competency_code")
CHUNK = 500  # unit ids in one IN (…)


def usable(scope: ReportScope) -> bool:
    """Whether the scope's figures are the sum of its units' kept figures: every form of its units is read
    (HR or the local user) and no target position narrows who is counted."""
    return scope.everyone and scope.position is None


class Cell(NamedTuple):
    """A cell in report_sql's shape (CELL_KEYS and CELL_FIGURES, in that order)."""

    unit_id: int
    position_id: int
    competency_id: int
    competency_code: str
    sample: int
    list_order: int
    below: int
    rated: int
    n1: int
    n2: int
    n3: int
    n4: int
    n5: int
    short: int | None
    most: int | None


@dataclass
class Kept:
    """What a report read for its units, and what is to be kept for those computed again."""

    period_id: int
    cells: list
    verdicts: dict[tuple[int, gap.Verdict], int]
    readiness: dict[int, int]
    fingerprints: dict[int, tuple[int, int, int]]  # of the units computed again
    dropped: set[int]  # units kept but without any form now (or computed again)
    fresh: set[int] = field(default_factory=set)  # units whose kept figures are current

    @property
    def changed(self) -> bool:
        return bool(self.fingerprints or self.dropped)


def fingerprints(s: Session, scope: ReportScope) -> dict[int, tuple[int, int, int]]:
    """Per unit of the scope with forms in the period: (forms, sum of their ids, sum of their revisions)."""
    a, e = Assessment.__table__, Employee.__table__
    where = [a.c.period_id == scope.period_id]
    if scope.unit_ids is not None:
        where.append(e.c.unit_id.in_(sorted(scope.unit_ids)))
    rows = s.execute(select(e.c.unit_id, func.count(a.c.id), func.sum(a.c.id), func.sum(a.c.revision))
                     .join(e, e.c.id == a.c.employee_id).where(*where).group_by(e.c.unit_id))
    return {unit: (int(n), int(ids), int(revisions)) for unit, n, ids, revisions in rows}


def _kept_units(s: Session, scope: ReportScope) -> dict[int, tuple[int, int, int, int]]:
    u = SummaryUnit.__table__
    query = select(u.c.unit_id, u.c.forms, u.c.id_sum, u.c.revision_sum, u.c.readiness_people).where(
        *_in_scope(u, scope))
    return {row[0]: tuple(int(x) for x in row[1:]) for row in s.execute(query)}


def _fresh(now: dict[int, tuple], kept: dict[int, tuple]) -> set[int]:
    """The kept units whose fingerprint is the one their forms have now."""
    return {unit for unit, (n, ids, revisions, _readiness) in kept.items() if now.get(unit) == (n, ids, revisions)}


def _in_scope(table, scope: ReportScope) -> list:
    """The kept rows of the scope's period and units."""
    where = [table.c.period_id == scope.period_id]
    if scope.unit_ids is not None:
        where.append(table.c.unit_id.in_(sorted(scope.unit_ids)))
    return where


def _kept_rows(s: Session, table, scope: ReportScope, units: set[int]) -> list:
    return [row for row in s.execute(select(table).where(*_in_scope(table, scope))) if row.unit_id in units]


def changed(s: Session, scope: ReportScope) -> Kept:
    """The units of the scope whose forms changed since their figures were kept, computed from their ratings
    (cells, verdicts and readiness of those units only; fresh: the others)."""
    now = fingerprints(s, scope)
    kept = _kept_units(s, scope)
    fresh = _fresh(now, kept)
    stale = set(now) - fresh
    result = Kept(scope.period_id, [], {}, {}, {unit: now[unit] for unit in stale}, set(kept) - fresh, fresh)
    if not stale:
        return result
    if 2 * len(stale) > len(now):  # most of the scope: its own statement (the agency's first report)
        parts = [scope]
    else:  # the changed units, a list of them at a time
        ordered = sorted(stale)
        parts = [replace(scope, unit_ids=frozenset(ordered[i:i + CHUNK])) for i in range(0, len(ordered), CHUNK)]
    readiness: dict[int, int] = {}
    for part in parts:
        cells, verdicts = report_sql.unit_pass(s, part)
        readiness.update(report_sql.readiness_per_unit(s, part))
        result.cells += [Cell(*row) for row in cells if row[0] in stale]
        result.verdicts.update((key, n) for key, n in verdicts.items() if key[0] in stale)
    result.readiness = {unit: readiness.get(unit, 0) for unit in stale}
    return result


def with_fresh(s: Session, scope: ReportScope, found: Kept) -> Kept:
    """found (changed()) completed with the kept figures of the units that did not change."""
    if found.fresh:
        select_cell = select(*(SummaryCell.__table__.c[name] for name in CELL_KEYS + CELL_FIGURES))
        found.cells += [Cell(*row) for row in s.execute(select_cell.where(*_in_scope(SummaryCell.__table__, scope)))
                        if row[0] in found.fresh]
        for row in _kept_rows(s, SummaryVerdict.__table__, scope, found.fresh):
            found.verdicts[(row.unit_id, gap.Verdict(row.verdict))] = row.forms
        for row in _kept_rows(s, SummaryUnit.__table__, scope, found.fresh):
            found.readiness[row.unit_id] = row.readiness_people
    return found


def _summed_cells(s: Session, scope: ReportScope, by_unit: bool):
    """The kept cells of the scope summed by the database: over the units per (position, competency), or
    (by_unit) over a unit's positions per (unit, competency) where someone falls short (the training needs)."""
    c = SummaryCell.__table__.c
    figures = [func.min(c.sample).label("sample"), func.min(c.list_order).label("list_order"),
               *(func.sum(c[name]).label(name) for name in ("below", "rated", "n1", "n2", "n3", "n4", "n5", "short")),
               func.max(c.most).label("most")]
    if by_unit:
        keys = (c.unit_id, c.competency_id, c.competency_code)
        query = select(c.unit_id, func.min(c.position_id).label("position_id"), c.competency_id, c.competency_code,
                       *figures).having(func.sum(c.below) > 0)
    else:
        keys = (c.position_id, c.competency_id, c.competency_code)
        query = select(literal(None).label("unit_id"), *keys, *figures)
    return s.execute(query.where(*_in_scope(SummaryCell.__table__, scope)).group_by(*keys)).all()


def kept_figures(s: Session, scope: ReportScope) -> tuple[report_sql.Figures, dict[gap.Verdict, int], int]:
    """The scope's figures (rows per unit and competency where someone falls short, and the sums per position),
    verdict counts and readiness people, from the kept figures alone (all current: after refresh())."""
    summed = _summed_cells(s, scope, by_unit=False)
    names = report_sql.cell_names(s, summed)
    rows = report_sql.named(s, _summed_cells(s, scope, by_unit=True), names)
    v = SummaryVerdict.__table__
    verdicts = {verdict: 0 for verdict in gap.Verdict}
    for verdict, n in s.execute(select(v.c.verdict, func.sum(v.c.forms)).where(*_in_scope(v, scope))
                                .group_by(v.c.verdict)):
        verdicts[gap.Verdict(verdict)] = int(n)
    u = SummaryUnit.__table__
    readiness = s.scalar(select(func.sum(u.c.readiness_people)).where(*_in_scope(u, scope))) or 0
    return report_sql.Figures(rows, report_sql.named(s, summed, names)), verdicts, int(readiness)


def refresh(db, scope: ReportScope) -> Kept | None:
    """Compute and keep the units of the scope whose forms changed. None when the kept figures are now current;
    when they could not be kept, every unit's figures in memory (the kept ones and those computed)."""
    with db.read_session() as s:
        found = changed(s, scope)
    if not found.changed or keep(db, found):
        return None
    with db.read_session() as s:  # one snapshot for the kept rows and what they are checked against
        again = fingerprints(s, scope)
        fresh = _fresh(again, _kept_units(s, scope))
        if fresh != found.fresh or {unit: again[unit] for unit in set(again) - fresh} != found.fingerprints:
            found = changed(s, scope)  # a colleague changed or kept something meanwhile: computed again
        return with_fresh(s, scope, found)


def figures(db, scope: ReportScope) -> tuple[report_sql.Figures, dict[gap.Verdict, int], int]:
    """The scope's figures, verdict counts and readiness people (as report_sql's summary_pass and people_counted
    give them): the changed units computed and kept first, then everything summed by the database (summed in
    memory when the figures could not be kept)."""
    found = refresh(db, scope)
    with db.read_session() as s:
        if found is not None:
            return (report_sql.Figures(report_sql.named(s, found.cells)), report_sql.verdict_totals(found.verdicts),
                    sum(found.readiness.values()))
        return kept_figures(s, scope)


def competency_lists(db, scope: ReportScope) -> list[tuple[str, str, str, int]]:
    """report_sql.competency_lists' rows (the heatmap's lists) from the kept figures."""
    found = refresh(db, scope)
    with db.read_session() as s:
        return report_sql.lists_of(s, found.cells if found is not None else _summed_cells(s, scope, by_unit=False))


def keep(db, found: Kept) -> bool:
    """Replace the kept figures of the units computed again (and drop those of units without forms now), a list
    of units a transaction, none of which waits for a colleague's write (Database.derived_session). A refusal
    (read-only database, no right to write, a colleague writing or keeping the same unit) is logged and leaves the
    rest as it was; False then."""
    if not found.changed:
        return True
    if getattr(db, "reads_only", False):
        return False
    units = sorted(set(found.fingerprints) | found.dropped)
    cells: dict[int, list] = {}
    for c in found.cells:
        cells.setdefault(c.unit_id, []).append(c)
    verdicts: dict[int, list] = {}
    for (unit, verdict), n in found.verdicts.items():
        verdicts.setdefault(unit, []).append((verdict, n))
    for i in range(0, len(units), CHUNK):
        part = units[i:i + CHUNK]
        try:
            with db.derived_session() as s:
                _replace(s, found, part, cells, verdicts)
        except UserError as exc:
            log.warning("summary figures of %d units not kept: %s", len(part), exc)
            return False
    return True


def _replace(s: Session, found: Kept, units: list[int], cells: dict[int, list], verdicts: dict[int, list]) -> None:
    period = found.period_id
    for table in (SummaryUnit.__table__, SummaryCell.__table__, SummaryVerdict.__table__):
        s.execute(delete(table).where(table.c.period_id == period, table.c.unit_id.in_(units)))
    computed = [unit for unit in units if unit in found.fingerprints]
    if not computed:
        return
    s.execute(insert(SummaryUnit.__table__), [
        dict(period_id=period, unit_id=unit, forms=found.fingerprints[unit][0], id_sum=found.fingerprints[unit][1],
             revision_sum=found.fingerprints[unit][2], readiness_people=found.readiness.get(unit, 0))
        for unit in computed])
    rows = [dict(period_id=period, **c._asdict()) for unit in computed for c in cells.get(unit, ())]
    if rows:
        s.execute(insert(SummaryCell.__table__), rows)
    rows = [dict(period_id=period, unit_id=unit, verdict=verdict.value, forms=n)
            for unit in computed for verdict, n in verdicts.get(unit, ())]
    if rows:
        s.execute(insert(SummaryVerdict.__table__), rows)
