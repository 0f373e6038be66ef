"""A period's summary figures kept per unit in the database, computed again only for the units whose forms
changed (the tables of app.models.summary, migration 0011).

A summary of many units (a province, the whole agency) is the sum of its units' figures: the people of a unit
are counted by their own forms only (report_sql.basis ranks a person's forms among themselves), so a unit's
cells, verdicts and readiness count do not depend on any other unit. Each unit's figures are kept with the
fingerprint of its people's forms in the period: how many, the sum of their ids, the sum of their last-change
times in milliseconds. Every change the program makes to a form or a score touches the form's updated_at
(app.services.assessments, score_import, the transitions), a new or removed form changes the count and the
sum of ids, and a person moved to another unit changes both units' counts: a unit whose fingerprint differs
from the kept one is computed again from its ratings, and the kept figures are replaced.

Used for the scopes that read every form of their units (HR and the local user, no target position chosen):
a head's scope or a chosen position is computed from the ratings each time (report_sql). Keeping the figures
is best effort: a read-only database, a colleague keeping the same unit at the same moment or a refused write
leaves the kept rows as they were, and the report uses what it computed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

from sqlalchemy import BigInteger, cast, delete, func, insert, select
from sqlalchemy.orm import Session

from app import gap
from app.errors import UserError
from app.models import Assessment, Employee, SummaryCell, SummaryUnit, SummaryVerdict
from app.services import report_sql
from app.services.report_sql import CELL_FIGURES, ReportScope

log = logging.getLogger(__name__)

CELL_KEYS = ("unit_id", "position_id", "competency_id", "competency_code")
WHOLE_SCOPE_AT = 400  # more units to compute than this: the scope's statement, not a list of units
CHUNK = 500  # unit ids in one IN (…)


def usable(scope: ReportScope) -> bool:
    """Whether the scope's figures are the sum of its units' kept figures: every form of its units is read
    (HR or the local user) and no target position narrows who is counted."""
    return scope.everyone and scope.position is None


@dataclass(frozen=True)
class Cell:
    """A kept cell in report_sql's shape (CELL_KEYS and CELL_FIGURES as attributes)."""

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

    @property
    def changed(self) -> bool:
        return bool(self.fingerprints or self.dropped)


def _millis(s: Session, column):
    """A timestamp as whole milliseconds since 1970, in SQL (the same value every time it is read)."""
    if s.get_bind().dialect.name == "postgresql":
        return cast(func.floor(func.extract("epoch", column) * 1000), BigInteger)
    return cast(func.round((func.julianday(column) - 2440587.5) * 86400000.0), BigInteger)


def fingerprints(s: Session, scope: ReportScope) -> dict[int, tuple[int, int, int]]:
    """Per unit of the scope with forms in the period: (forms, sum of ids, sum of last-change milliseconds)."""
    a, e = Assessment.__table__, Employee.__table__
    where = [a.c.period_id == scope.period_id]
    if scope.unit_ids is not None:
        where.append(e.c.unit_id.in_(sorted(scope.unit_ids)))
    rows = s.execute(select(e.c.unit_id, func.count(a.c.id), func.sum(a.c.id), func.sum(_millis(s, a.c.updated_at)))
                     .join(e, e.c.id == a.c.employee_id).where(*where).group_by(e.c.unit_id))
    return {unit: (int(n), int(ids), int(touched or 0)) for unit, n, ids, touched in rows}


def _kept_units(s: Session, scope: ReportScope) -> dict[int, tuple[int, int, int, int]]:
    u = SummaryUnit.__table__
    query = select(u.c.unit_id, u.c.forms, u.c.id_sum, u.c.touched_sum, u.c.readiness_people).where(
        u.c.period_id == scope.period_id)
    return {row[0]: tuple(int(x) for x in row[1:]) for row in s.execute(query)
            if scope.unit_ids is None or row[0] in scope.unit_ids}


def _kept_rows(s: Session, table, scope: ReportScope, units: set[int]) -> list:
    query = select(table).where(table.c.period_id == scope.period_id)
    if scope.unit_ids is not None and len(scope.unit_ids) <= CHUNK:
        query = query.where(table.c.unit_id.in_(sorted(scope.unit_ids)))
    return [row for row in s.execute(query) if row.unit_id in units]


def read(s: Session, scope: ReportScope) -> Kept:
    """The scope's cells, per-unit verdicts and readiness counts: kept figures for the units whose forms did not
    change, the others computed from their ratings (to be kept by keep())."""
    now = fingerprints(s, scope)
    kept = _kept_units(s, scope)
    fresh = {unit for unit, (n, ids, touched, _r) in kept.items() if now.get(unit) == (n, ids, touched)}
    stale = set(now) - fresh
    result = Kept(scope.period_id, [], {}, {unit: kept[unit][3] for unit in fresh},
                  {unit: now[unit] for unit in stale}, (set(kept) - fresh))
    if fresh:
        result.cells = [Cell(*(row._mapping[name] for name in CELL_KEYS + CELL_FIGURES))
                        for row in _kept_rows(s, SummaryCell.__table__, scope, fresh)]
        for row in _kept_rows(s, SummaryVerdict.__table__, scope, fresh):
            result.verdicts[(row.unit_id, gap.Verdict(row.verdict))] = row.forms
    if stale:
        whole = len(stale) > WHOLE_SCOPE_AT
        part = scope if whole else replace(scope, unit_ids=frozenset(stale))
        cells, verdicts = report_sql.unit_pass(s, part)
        readiness = report_sql.readiness_per_unit(s, part)
        result.cells += [Cell(*(row._mapping[name] for name in CELL_KEYS + CELL_FIGURES)) for row in cells
                         if row.unit_id in stale]
        result.verdicts.update((key, n) for key, n in verdicts.items() if key[0] in stale)
        result.readiness.update((unit, readiness.get(unit, 0)) for unit in stale)
    return result


def figures(s: Session, scope: ReportScope) -> tuple[report_sql.Figures, dict[gap.Verdict, int], int, Kept]:
    """The scope's figures, verdict counts and readiness people (as report_sql's summary_pass and people_counted
    give them), and what is to be kept."""
    found = read(s, scope)
    return (report_sql.named(s, found.cells), report_sql.verdict_totals(found.verdicts),
            sum(found.readiness.values()), found)


def keep(db, found: Kept) -> None:
    """Replace the kept figures of the units computed again (and drop those of units without forms now), in one
    transaction; a refusal (read-only database, no right to write, a colleague keeping the same unit) is logged
    and leaves the kept rows as they were."""
    if not found.changed or getattr(db, "reads_only", False):
        return
    units = sorted(set(found.fingerprints) | found.dropped)
    period = found.period_id
    try:
        with db.session() as s:
            for table in (SummaryUnit.__table__, SummaryCell.__table__, SummaryVerdict.__table__):
                for i in range(0, len(units), CHUNK):
                    s.execute(delete(table).where(table.c.period_id == period,
                                                  table.c.unit_id.in_(units[i:i + CHUNK])))
            units_kept = [dict(period_id=period, unit_id=unit, forms=n, id_sum=ids, touched_sum=touched,
                               readiness_people=found.readiness.get(unit, 0))
                          for unit, (n, ids, touched) in found.fingerprints.items()]
            if units_kept:
                s.execute(insert(SummaryUnit.__table__), units_kept)
            cells = [dict(period_id=period, **{name: getattr(c, name) for name in CELL_KEYS + CELL_FIGURES})
                     for c in found.cells if c.unit_id in found.fingerprints]
            if cells:
                s.execute(insert(SummaryCell.__table__), cells)
            verdicts = [dict(period_id=period, unit_id=unit, verdict=verdict.value, forms=n)
                        for (unit, verdict), n in found.verdicts.items() if unit in found.fingerprints]
            if verdicts:
                s.execute(insert(SummaryVerdict.__table__), verdicts)
    except UserError as exc:
        log.warning("summary figures of %d units not kept: %s", len(units), exc)
