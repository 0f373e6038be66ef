"""The period's summaries computed by the database: who is counted, per competency, training needs, verdicts,
progress. SQLAlchemy Core only, the same expressions on SQLite and PostgreSQL (PostgreSQL reads a summary's
ratings once for two groupings, GROUPING SETS, where SQLite runs two statements); the gap rules come from
app.gap_sql (compiled from app.gap's table). The actor's rights are in the ReportScope every function takes,
made by app.services.reporting.report_scope: nothing here reads a form the actor may not read."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import and_, case, false, func, or_, select, text, true, tuple_
from sqlalchemy.orm import Session

from app import gap, gap_sql
from app.models import Assessment, Employee, Rating, Unit
from app.vntext import sort_key, text_sort_key

UNIT_SEPARATOR = " › "


@dataclass(frozen=True)
class UnitNode:
    id: int
    code: str
    name: str
    parent_id: int | None
    order: int  # position in tree order (depth first, siblings by sort order then name)
    path: str  # "Sở Tư pháp › Văn phòng": what tells two units of the same name apart


class UnitTree:
    """Every unit, in tree order, with its path; read once per report (a few thousand rows at most)."""

    def __init__(self, rows):
        children: dict[int | None, list] = {}
        for row in rows:
            children.setdefault(row.parent_id, []).append(row)
        roots = children.get(None, [])
        self.ordered: list[UnitNode] = []
        name_keys: dict[str, tuple] = {}  # a name's sort key computed once (63 provinces' departments share 31 names)

        def name_key(name: str) -> tuple:
            key = name_keys.get(name)
            if key is None:
                key = name_keys[name] = text_sort_key(name)
            return key

        def walk(parent: int | None, names: tuple[str, ...]) -> None:
            for row in sorted(children.get(parent, []), key=lambda u: (u.sort_order, name_key(u.name))):
                # the top unit (the agency) is left out of its units' paths when it is the only one
                shown = names + (row.name,)
                path = UNIT_SEPARATOR.join(shown[1:] if len(roots) == 1 and len(shown) > 1 else shown)
                self.ordered.append(UnitNode(row.id, row.code, row.name, row.parent_id, len(self.ordered), path))
                walk(row.id, shown)

        walk(None, ())
        self.by_id = {u.id: u for u in self.ordered}
        self.by_code = {u.code: u for u in self.ordered}

    def subtree(self, code: str) -> frozenset[int]:
        """The unit and every unit below it."""
        ids = {self.by_code[code].id}
        for u in self.ordered:  # a child always follows its parent in tree order
            if u.parent_id in ids:
                ids.add(u.id)
        return frozenset(ids)

    def order(self, unit_id: int | None) -> int:
        node = self.by_id.get(unit_id)
        return node.order if node else 1 << 30


def load_units(s: Session) -> UnitTree:
    u = Unit.__table__
    return UnitTree(s.execute(select(u.c.id, u.c.code, u.c.name, u.c.parent_id, u.c.sort_order)).all())


@dataclass(frozen=True)
class ReportScope:
    """What a report reads: one period, optionally a unit (sub-units included) and a target position, and of
    those only the forms the actor may read (app.permissions.allowed, READ_ASSESSMENT, as SQL)."""

    period_id: int
    period: str
    unit: str | None
    unit_ids: frozenset[int] | None
    position: str | None
    everyone: bool  # HR or the local user
    head_units: frozenset[int]  # the units a head leads (sub-units included)
    own_employee: int | None  # an employee account's own record: their self-assessment, and approved forms
    units: UnitTree = field(compare=False, repr=False)
    framework_labels: dict[str, str] = field(compare=False, repr=False, default_factory=dict)

    def label(self, framework: str) -> str:
        return self.framework_labels.get(framework, framework)


def readable(scope: ReportScope, a, e):
    """The SQL twin of permissions.allowed(actor, READ_ASSESSMENT, unit, employee, kind, status)."""
    if scope.everyone:
        return true()
    parts = []
    if scope.head_units:
        parts.append(e.c.unit_id.in_(sorted(scope.head_units)))
    if scope.own_employee is not None:
        parts.append(and_(a.c.employee_id == scope.own_employee, or_(a.c.kind == "self", a.c.status == "approved")))
    return or_(*parts) if parts else false()


def _pairs(scope: ReportScope):
    """One row per (person, target position) of the period: the ids of its two forms, whether it is the person's
    own position, when it was last worked on."""
    a, e = Assessment.__table__, Employee.__table__
    where = [a.c.period_id == scope.period_id, readable(scope, a, e)]
    if scope.unit_ids is not None:
        where.append(e.c.unit_id.in_(sorted(scope.unit_ids)))
    if scope.position:
        where.append(a.c.frozen_position_key == scope.position)
    # a (person, target) pair is keyed by integers, cheaper to group than the position's key (one key a position)
    return (
        select(
            a.c.employee_id, func.max(e.c.unit_id).label("unit_id"), func.max(a.c.frozen_position_key).label("pkey"),
            a.c.position_id,
            func.max(case((a.c.kind == "assessor", a.c.id))).label("assessor_id"),
            func.max(case((a.c.kind == "self", a.c.id))).label("self_id"),
            func.max(case((a.c.frozen_current_position_key == a.c.frozen_position_key, 1), else_=0)).label("current"),
            func.max(a.c.updated_at).label("touched"),
            func.min(a.c.id).label("first_id"),
        )
        .join(e, e.c.id == a.c.employee_id)
        .where(*where)
        .group_by(a.c.employee_id, a.c.position_id)
        .subquery("pairs")
    )


def basis(scope: ReportScope, readiness: bool = False):
    """The forms a report counts (DESIGN, who is counted), as a subquery: assessment_id (the assessor's form,
    else the self-assessment), employee_id, unit_id, pkey, assessor_id, self_id.

    Own position (the default): each person once; someone who changed position within the period counts by the
    form worked on last. readiness: every form against another position, one row per person and target."""
    pairs = _pairs(scope)
    chosen = func.coalesce(pairs.c.assessor_id, pairs.c.self_id).label("assessment_id")
    if readiness:
        return (select(chosen, pairs.c.employee_id, pairs.c.unit_id, pairs.c.pkey, pairs.c.assessor_id,
                       pairs.c.self_id, pairs.c.position_id).where(pairs.c.current == 0).subquery("basis"))
    ranked = select(
        pairs,
        func.row_number().over(partition_by=pairs.c.employee_id,
                               order_by=(pairs.c.touched.desc(), pairs.c.first_id)).label("rank"),
    ).where(pairs.c.current == 1).subquery("ranked")
    return (
        select(func.coalesce(ranked.c.assessor_id, ranked.c.self_id).label("assessment_id"), ranked.c.employee_id,
               ranked.c.unit_id, ranked.c.pkey, ranked.c.assessor_id, ranked.c.self_id, ranked.c.position_id)
        .where(ranked.c.rank == 1)
        .subquery("basis")
    )


def framework_of(position_key: str) -> str:
    """The framework code of a position key '<framework>:<number>' (frozen in every assessment)."""
    return position_key.rsplit(":", 1)[0]


# ------------------------------------------------------------------------------------------- per competency

@dataclass
class _Acc:
    name: str
    group: str
    order: int
    assessed: int = 0
    total: int = 0
    below: int = 0
    rated: int = 0
    counts: list[int] = field(default_factory=lambda: [0] * 5)


@dataclass(frozen=True)
class Figures:
    """One pass over the counted forms' ratings, per (unit, target position, competency code): what the
    per-competency table and the training needs are made of."""

    rows: list[tuple]  # (unit_id, pkey, code, name, group, order, assessed, total, below, rated, n1..n5, short, most)
    # the same rows already summed over the units by the database (unit_id None), when it did (summary_store)
    summed: list[tuple] | None = None

    def per_position(self) -> list[tuple]:
        """Summed over units, per (pkey, code): pkey, code, name, group, order, assessed, total, below, rated,
        n1..n5 (the shape team_competencies reads)."""
        acc: dict[tuple[str, str], list] = {}
        for unit_id, pkey, code, name, group, order, *figures in (self.rows if self.summed is None else self.summed):
            counts = [int(x or 0) for x in figures[:9]]
            entry = acc.get((pkey, code))
            if entry is None:
                acc[(pkey, code)] = [name, group, order, *counts]
            else:
                entry[2] = min(entry[2], order)
                entry[3:] = [x + y for x, y in zip(entry[3:], counts)]
        return [(pkey, code, *values) for (pkey, code), values in acc.items()]


def tune(s: Session, scope: ReportScope) -> None:
    """PostgreSQL only, for this read's transaction (SET LOCAL): no JIT compilation (2.6 s spent compiling the
    agency's statement), and for a whole period (every rating of the period read: about 100,000 groups for 250,000
    people) memory enough for the aggregation's hash tables, so that nothing is sorted or spilled on disk.

    The forms' ratings are still read through the index, a form at a time: a hash join with a scan of the whole
    ratings table cost more (19.6 s of processor against 16.5 s on the national dataset: the table holds three
    periods)."""
    if s.get_bind().dialect.name != "postgresql":
        return
    s.execute(text("SET LOCAL jit = off"))
    if scope.unit_ids is None:
        s.execute(text("SET LOCAL work_mem = '256MB'"))


def _cell_figures(r) -> list:
    """Per (unit, target position, competency) of the counted forms' ratings, integers only: a rating to read the
    names from, the list order, below, rated against numbers, how many scored 1..5, total and largest shortfall."""
    score, low, high = r.c.score, r.c.required_min, r.c.required_max
    short = gap_sql.shortfall(score, low, high)
    return [
        func.min(r.c.id).label("sample"), func.min(r.c.sort_order).label("list_order"),
        func.sum(gap_sql.is_status(score, low, high, gap.Status.BELOW)).label("below"),
        func.sum(gap_sql.is_status(score, low, high, *gap.NUMERIC_STATUSES)).label("rated"),
        *(func.sum(case((score == n, 1), else_=0)).label(f"n{n}") for n in range(1, 6)),
        func.sum(short).label("short"), func.max(short).label("most"),
    ]


CELL_FIGURES = ("sample", "list_order", "below", "rated", "n1", "n2", "n3", "n4", "n5", "short", "most")


def _form_counts(r) -> list:
    """Per counted form: its ratings below, its numeric requirements, those not rated (what its verdict reads)."""
    score, low, high = r.c.score, r.c.required_min, r.c.required_max
    return [
        func.sum(gap_sql.is_status(score, low, high, gap.Status.BELOW)).label("form_below"),
        func.sum(gap_sql.numeric(low, high)).label("form_numeric"),
        func.sum(case((score.is_(None), gap_sql.numeric(low, high)), else_=0)).label("form_unrated"),
    ]


def _cells(scope: ReportScope):
    """The per-cell statement alone (SQLite's way; on PostgreSQL the verdicts come in the same pass)."""
    b, r = basis(scope), Rating.__table__
    cell = (b.c.unit_id, b.c.position_id, r.c.competency_id, r.c.competency_code)
    return select(*cell, *_cell_figures(r)).join(r, r.c.assessment_id == b.c.assessment_id).group_by(*cell)


def _one_pass(scope: ReportScope):
    """PostgreSQL: one pass over the counted forms' ratings grouped two ways at once (GROUPING SETS): per form, whose
    verdict is then counted per unit, and per (unit, position, competency). Rows: verdict (None for a cell), the
    unit, the cell's keys and figures, how many forms of the unit have that verdict."""
    b, r = basis(scope), Rating.__table__
    cell = (b.c.unit_id, b.c.position_id, r.c.competency_id.label("competency_id"),
            r.c.competency_code.label("competency_code"))
    passed = (
        select(func.grouping(b.c.assessment_id).label("is_cell"), *cell, *_cell_figures(r), *_form_counts(r))
        .select_from(b.outerjoin(r, r.c.assessment_id == b.c.assessment_id))
        .group_by(func.grouping_sets(tuple_(b.c.assessment_id, b.c.unit_id),
                                     tuple_(*cell[:2], r.c.competency_id, r.c.competency_code)))
        .subquery("passed")
    )
    p = passed.c
    verdict = case((p.is_cell == 0, gap_sql.verdict(p.form_below, p.form_numeric, p.form_unrated))).label("verdict")
    keys = (verdict, p.unit_id, p.position_id, p.competency_id, p.competency_code)
    figures_ = [(func.max if name == "most" else func.min if name in ("sample", "list_order") else func.sum)(
        p[name]).label(name) for name in CELL_FIGURES]
    return (select(*keys, *figures_, func.count().label("forms"))
            .where(or_(p.is_cell == 0, p.competency_id.is_not(None)))
            .group_by(*keys))


def _samples(s: Session, ids) -> dict[int, tuple]:
    """{rating id: (target position key, competency name, group)} as written on those ratings' forms."""
    a, r = Assessment.__table__, Rating.__table__
    wanted = sorted(set(ids))
    info = {}
    for chunk in range(0, len(wanted), 900):  # SQLite allows 999 parameters a statement
        info.update((row[0], tuple(row[1:])) for row in s.execute(
            select(r.c.id, a.c.frozen_position_key, r.c.competency_name, r.c.group_code)
            .join(a, a.c.id == r.c.assessment_id).where(r.c.id.in_(wanted[chunk:chunk + 900]))))
    return info


def cell_names(s: Session, cells: list) -> dict[tuple, tuple]:
    """{(position_id, competency_id, competency_code): (target position key, competency name, group)} as written
    on the forms, read from one rating each (the smallest sample of the cells), after the aggregation."""
    samples: dict[tuple, int] = {}
    for _unit, position, competency, code, sample, *_figures in cells:
        key = (position, competency, code)
        seen = samples.get(key)
        if seen is None or sample < seen:
            samples[key] = sample
    info = _samples(s, samples.values())
    return {key: info[sample] for key, sample in samples.items()}


def named(s: Session, cells: list, names: dict[tuple, tuple] | None = None) -> list[tuple]:
    """The cells (tuples of CELL_KEYS and CELL_FIGURES, in that order) with the names, group and target position
    key written on their forms (cell_names), in Figures' rows' shape."""
    if names is None:
        names = cell_names(s, cells)
    rows = []
    add = rows.append
    for unit, position, competency, code, _sample, order, below, rated, n1, n2, n3, n4, n5, short, most in cells:
        pkey, name, group = names[(position, competency, code)]
        n1, n2, n3, n4, n5 = int(n1 or 0), int(n2 or 0), int(n3 or 0), int(n4 or 0), int(n5 or 0)
        add((unit, pkey, code, name, group, order, n1 + n2 + n3 + n4 + n5, n1 + 2 * n2 + 3 * n3 + 4 * n4 + 5 * n5,
             int(below or 0), int(rated or 0), n1, n2, n3, n4, n5, int(short or 0), int(most or 0)))
    return rows


def unit_pass(s: Session, scope: ReportScope) -> tuple[list, dict[tuple[int, gap.Verdict], int]]:
    """The scope's cells (rows of unit_id, position_id, competency_id, competency_code and CELL_FIGURES, not
    named yet) and how many people of each unit each verdict has: on PostgreSQL one pass over the ratings for both
    (the basis computed once), elsewhere two statements."""
    tune(s, scope)
    per_unit: dict[tuple[int, gap.Verdict], int] = {}
    if s.get_bind().dialect.name != "postgresql":
        f = per_form(scope)
        for unit_id, verdict, n in s.execute(select(f.c.unit_id, f.c.verdict, func.count())
                                             .group_by(f.c.unit_id, f.c.verdict)):
            per_unit[(unit_id, gap.Verdict(verdict))] = n
        return s.execute(_cells(scope)).all(), per_unit
    cells = []
    for row in s.execute(_one_pass(scope)):
        if row.verdict is None:
            cells.append(tuple(row[1:-1]))  # CELL_KEYS and CELL_FIGURES, in that order
        else:
            key = (row.unit_id, gap.Verdict(row.verdict))
            per_unit[key] = per_unit.get(key, 0) + row.forms
    return cells, per_unit


def verdict_totals(per_unit: dict[tuple[int, gap.Verdict], int]) -> dict[gap.Verdict, int]:
    counts = {v: 0 for v in gap.Verdict}
    for (_unit, verdict), n in per_unit.items():
        counts[verdict] += n
    return counts


def summary_pass(s: Session, scope: ReportScope) -> tuple[Figures, dict[gap.Verdict, int]]:
    """The figures and the verdicts' counts of the scope, computed from its ratings (unit_pass)."""
    cells, per_unit = unit_pass(s, scope)
    return Figures(named(s, cells)), verdict_totals(per_unit)


def competency_lists(s: Session, scope: ReportScope) -> list[tuple[str, str, str, int]]:
    """The competencies of the counted forms per target position: (pkey, code, name, list order), names read
    after the aggregation like the figures' (what the heatmap's lists are made of)."""
    tune(s, scope)
    b, r = basis(scope), Rating.__table__
    keys = (b.c.position_id, r.c.competency_id, r.c.competency_code)
    rows = s.execute(select(*keys, func.min(r.c.id).label("sample"), func.min(r.c.sort_order).label("list_order"))
                     .join(r, r.c.assessment_id == b.c.assessment_id).group_by(*keys)).all()
    return lists_of(s, rows)


def lists_of(s: Session, rows) -> list[tuple[str, str, str, int]]:
    """competency_lists' result from rows of position_id, competency_code, sample and list_order (the figures'
    cells, of one unit or many)."""
    first: dict[tuple, tuple[int, int]] = {}  # (position, competency, code): (smallest sample, smallest order)
    for row in rows:
        key = (row.position_id, row.competency_id, row.competency_code)
        seen = first.get(key)
        first[key] = (min(seen[0], row.sample), min(seen[1], row.list_order)) if seen else (row.sample, row.list_order)
    info = _samples(s, [sample for sample, _order in first.values()])
    merged: dict[tuple[str, str], tuple[int, int, str]] = {}  # (pkey, code): (order, sample, name)
    for (_position, _competency, code), (sample, order) in sorted(first.items(), key=lambda kv: kv[1][0]):
        pkey, name, _group = info[sample]
        seen = merged.get((pkey, code))
        merged[(pkey, code)] = (min(seen[0], order), seen[1], seen[2]) if seen else (order, sample, name)
    return [(pkey, code, name, order) for (pkey, code), (order, _sample, name) in merged.items()]


def team_competencies(rows: list[tuple]) -> list[gap.TeamCompetency]:
    """Figures.per_position's rows merged per (framework, code): gap.team_summary's figures, in framework then list order."""
    acc: dict[tuple[str, str], _Acc] = {}
    for pkey, code, name, group, order, assessed, total, below, rated, *counts in rows:
        key = (framework_of(pkey), code)
        entry = acc.get(key)
        if entry is None:
            entry = acc[key] = _Acc(name, group, order)
        entry.order = min(entry.order, order)
        entry.assessed += assessed
        entry.total += int(total)
        entry.below += int(below)
        entry.rated += int(rated)
        entry.counts = [x + int(y) for x, y in zip(entry.counts, counts)]
    out = []
    for (framework, code), x in sorted(acc.items(), key=lambda kv: (kv[0][0], kv[1].order, kv[0][1])):
        out.append(gap.TeamCompetency(
            code=code, name=x.name, group=x.group, assessed=x.assessed,
            mean_score=(x.total / x.assessed) if x.assessed else None, below=x.below,
            share_below=(x.below / x.rated) if x.rated else None, framework=framework, counts=tuple(x.counts)))
    return out


# ------------------------------------------------------------------------------------------- training needs

@dataclass(frozen=True)
class NeedRow:
    unit_id: int
    framework: str
    code: str
    name: str
    staff_below: int
    total_shortfall: int
    largest_shortfall: int


def training_need_rows(scope: ReportScope, found: Figures) -> list[NeedRow]:
    """Per unit (its identity, never its name) and competency (framework and code): how many of the counted
    forms fall short, by how much in all and at most; units in tree order, the largest needs first."""
    acc: dict[tuple[int, str, str], list] = {}
    frameworks: dict[str, str] = {}
    for unit_id, pkey, code, name, _group, _order, *values in found.rows:
        below, total, largest = int(values[2] or 0), int(values[9] or 0), int(values[10] or 0)
        if not below:
            continue
        framework = frameworks.get(pkey)
        if framework is None:
            framework = frameworks[pkey] = framework_of(pkey)
        key = (unit_id, framework, code)
        entry = acc.setdefault(key, [name, 0, 0, 0])
        entry[1] += below
        entry[2] += total
        entry[3] = max(entry[3], largest)
    order = {unit: scope.units.order(unit) for unit, _f, _c in acc}
    ranked = sorted(acc.items(), key=lambda kv: (order[kv[0][0]], -kv[1][1], -kv[1][2], kv[0][1], kv[0][2]))
    return [NeedRow(u, f, c, name, below, total, largest) for (u, f, c), (name, below, total, largest) in ranked]


# ------------------------------------------------------------------------------------------- verdicts

def per_form(scope: ReportScope):
    """Per counted form: its verdict by the gap rules (a subquery); a form without ratings too (Chưa đánh giá
    đủ, as the pure function says of no numeric requirement)."""
    b, r = basis(scope), Rating.__table__
    score, low, high = r.c.score, r.c.required_min, r.c.required_max
    numeric = func.sum(gap_sql.numeric(low, high))
    unrated = func.sum(case((score.is_(None), gap_sql.numeric(low, high)), else_=0))
    below = func.sum(gap_sql.is_status(score, low, high, gap.Status.BELOW))
    return (
        select(b.c.assessment_id, b.c.unit_id, gap_sql.verdict(below, numeric, unrated).label("verdict"))
        .select_from(b.outerjoin(r, r.c.assessment_id == b.c.assessment_id))
        .group_by(b.c.assessment_id, b.c.unit_id)
        .subquery("per_form")
    )


def grade_codes(s: Session, scope: ReportScope) -> list[str | None]:
    """The grades written on the counted forms (for the heading of a column of grades)."""
    b, a = basis(scope), Assessment.__table__
    return list(s.scalars(select(a.c.frozen_grade_code).join(b, b.c.assessment_id == a.c.id).distinct()))


def readiness_per_unit(s: Session, scope: ReportScope) -> dict[int, int]:
    """Per unit: how many of its people have a form against another position than their own."""
    b = basis(scope, readiness=True)
    return dict(s.execute(select(b.c.unit_id, func.count(func.distinct(b.c.employee_id))).group_by(b.c.unit_id)).all())


def people_counted(s: Session, scope: ReportScope, readiness: bool = False) -> int:
    """How many people the report counts (readiness: how many have a form against another position)."""
    b = basis(scope, readiness)
    return s.scalar(select(func.count(func.distinct(b.c.employee_id)))) or 0


# ------------------------------------------------------------------------------------------- progress

@dataclass(frozen=True)
class ProgressItem:
    employee_code: str
    name: str
    unit_code: str
    unit_name: str
    unit_path: str
    position_key: str | None
    self_status: str | None
    assessor_status: str | None


def progress(s: Session, scope: ReportScope) -> list[ProgressItem]:
    """Per active employee of the scope's units whom the actor may see: the status of the forms of their own
    position, the one worked on last of each kind. Reads only those units' people and forms."""
    from app.models import Position

    a, e, p = Assessment.__table__, Employee.__table__, Position.__table__
    people_where = [e.c.active.is_(True)]
    if scope.unit_ids is not None:
        people_where.append(e.c.unit_id.in_(sorted(scope.unit_ids)))
    if not scope.everyone:  # permissions.allowed(READ_EMPLOYEE): a head's units, an employee's own record
        parts = ([e.c.unit_id.in_(sorted(scope.head_units))] if scope.head_units else []) + (
            [e.c.id == scope.own_employee] if scope.own_employee is not None else [])
        people_where.append(or_(*parts) if parts else false())
    people = s.execute(
        select(e.c.id, e.c.code, e.c.full_name, e.c.unit_id, p.c.key)
        .outerjoin(p, p.c.id == e.c.position_id).where(*people_where)
    ).all()
    forms_where = [a.c.period_id == scope.period_id, a.c.frozen_position_key == a.c.frozen_current_position_key,
                   readable(scope, a, e), *people_where]
    ranked = select(
        a.c.employee_id, a.c.kind, a.c.status,
        func.row_number().over(partition_by=(a.c.employee_id, a.c.kind),
                               order_by=(a.c.updated_at.desc(), a.c.id)).label("rank"),
    ).join(e, e.c.id == a.c.employee_id).where(*forms_where).subquery()
    status = {(employee, kind): value for employee, kind, value in s.execute(
        select(ranked.c.employee_id, ranked.c.kind, ranked.c.status).where(ranked.c.rank == 1))}
    units = scope.units
    ordered = sorted(people, key=lambda x: (units.order(x[3]), sort_key(x[2] or ""), x[1]))
    out = []
    for employee, code, name, unit_id, key in ordered:
        unit = units.by_id[unit_id]
        out.append(ProgressItem(code, name, unit.code, unit.name, unit.path, key,
                                status.get((employee, "self")), status.get((employee, "assessor"))))
    return out
