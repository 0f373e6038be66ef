"""Gap results of a period, per person: what the Báo cáo screen and the Excel exports show."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property

from app import gap
from app.actor import Actor
from app.competency_keys import competency_label, framework_short_label
from app.database import Database
from sqlalchemy import select

from app.models import Employee
from app.services import assessments as svc
from app.services import report_sql, staff, summary_store
from app.services.report_sql import ReportScope, framework_of
from app.vntext import name_sort_key


@dataclass(frozen=True)
class PersonGap:
    """One employee's result for a position in a period: assessor's form first, else self's."""

    employee_code: str
    name: str
    unit_code: str
    unit_name: str
    grade: str | None
    position_key: str
    position_name: str
    assessor: svc.AssessmentView | None
    self_view: svc.AssessmentView | None
    framework: str = ""  # code of the target position's framework
    framework_label: str = ""  # e.g. "TT 02/2023"
    grade_name: str = ""  # the grade's full name, as printed
    grade_kind: str = ""  # 'ngach' or 'hang'
    current_position_key: str | None = None  # the person's own position when the form was made (frozen)
    current_position_name: str = ""
    unit_path: str = ""  # the unit the person is counted in (unit_code), with its path: "Sở Tư pháp › Văn phòng"

    @property
    def is_current(self) -> bool:
        """Whether the form is the assessment of the person's own position (else: readiness for another one)."""
        return self.current_position_key is not None and self.current_position_key == self.position_key

    @property
    def basis(self) -> svc.AssessmentView:
        return self.assessor or self.self_view

    @cached_property
    def report(self) -> gap.GapReport:
        """The basis form's gaps, marked with the framework its competencies belong to."""
        return replace(self.basis.report(), framework=self.framework)

    @property
    def remark(self) -> str:
        if self.assessor is None:
            return "Chỉ có tự đánh giá"
        if self.assessor.status != "approved":
            return f"Phiếu người đánh giá: {svc.STATUS_LABELS[self.assessor.status].lower()}"
        return ""


CURRENT, READINESS, ALL = "current", "readiness", "all"  # which forms a report reads


def person_gaps(
    db: Database,
    actor: Actor,
    period: str | None,
    unit: str | None = None,
    position: str | None = None,
    scope: str = CURRENT,
) -> list[PersonGap]:
    """The people assessed in the period, sorted by unit (tree order) then Vietnamese name order.

    scope CURRENT (the default, what unit reports, statistics and training needs count): each person once, by the
    form of their own position; READINESS: the forms against another position, one row per person and target;
    ALL: both."""
    if scope not in (CURRENT, READINESS, ALL):
        raise ValueError(scope)
    with db.read_session() as s:
        tree = report_sql.load_units(s)
        unit_ids = None
        if unit:
            if unit not in tree.by_code:
                from app.errors import NotFound

                raise NotFound(f"Không có đơn vị mã '{unit}'.")
            unit_ids = set(tree.subtree(unit))
        e = Employee.__table__
        query = select(e.c.code, e.c.unit_id)
        if unit_ids is not None:
            query = query.where(e.c.unit_id.in_(sorted(unit_ids)))
        unit_of = dict(s.execute(query).all())  # people are counted in their unit: its identity, never its name
    by_key: dict[tuple[str, str], dict[str, svc.AssessmentView]] = {}
    for view in svc.period_views(db, actor, period, unit_ids, position):
        by_key.setdefault((view.employee_code, view.position_key), {})[view.kind] = view
    labels = framework_labels(db, actor)
    from app.services.grades import grade_catalogue

    grades = grade_catalogue(db, actor)
    names = _position_names(db, actor) if scope != CURRENT else {}
    rows = []
    for (code, key), views in by_key.items():
        basis = views.get("assessor") or views["self"]
        # the form is of the person's own position if either kind was made while they held it
        current = next((v.current_position_key for v in views.values() if v.current_position_key == key),
                       basis.current_position_key)
        framework = framework_of(key)
        node = tree.by_id.get(unit_of.get(code))
        rows.append(
            PersonGap(
                employee_code=code,
                name=basis.employee_name,
                unit_code=node.code if node else "",
                unit_name=basis.unit_name,
                grade=basis.grade,
                position_key=key,
                position_name=basis.position_name,
                assessor=views.get("assessor"),
                self_view=views.get("self"),
                framework=framework,
                framework_label=labels.get(framework, framework),
                grade_name=grades.name(basis.grade),
                grade_kind=grades.get(basis.grade).kind if grades.get(basis.grade) else "",
                current_position_key=current,
                current_position_name=basis.position_name if current == key else names.get(current or "", ""),
                unit_path=node.path if node else basis.unit_name,
            )
        )
    if scope == CURRENT:
        rows = _once_each([r for r in rows if r.is_current])
    elif scope == READINESS:
        rows = [r for r in rows if not r.is_current]
    order = {u.code: u.order for u in tree.ordered}
    return sorted(rows, key=lambda r: (order.get(r.unit_code, 1 << 30), name_sort_key(r.name), r.employee_code,
                                       not r.is_current, r.position_key))


def _once_each(rows: list[PersonGap]) -> list[PersonGap]:
    """One current-position row per person: someone who changed position within the period counts by the form
    worked on last (the position they held then)."""
    latest: dict[str, PersonGap] = {}
    for row in rows:
        seen = latest.get(row.employee_code)
        if seen is None or _touched(row) > _touched(seen):
            latest[row.employee_code] = row
    return list(latest.values())


def _touched(row: PersonGap):
    return max(v.updated_at for v in (row.assessor, row.self_view) if v is not None)


def _position_names(db: Database, actor: Actor) -> dict[str, str]:
    from app.services.catalog import list_positions

    return {p.key: p.name for p in list_positions(db, actor)}


def people_count(rows: list[PersonGap]) -> int:
    """How many distinct people these rows are about."""
    return len({r.employee_code for r in rows})


@dataclass(frozen=True)
class ReadinessRow:
    """A readiness assessment: the person's result against another position and the position's statutory
    conditions checked against their record."""

    person: PersonGap
    checks: tuple  # app.readiness.Check, one per qualification condition of the target position

    @property
    def conditions_met(self) -> bool | None:
        """True: every condition met; False: one is not; None: the record does not say for some."""
        if any(c.met is False for c in self.checks):
            return False
        return None if any(c.met is None for c in self.checks) else True

    def conditions_text(self, tr=lambda s: s) -> str:
        """'Đạt 4/5 điều kiện; chưa đạt: …; chưa rõ: …' in one cell (tr: the window's language)."""
        if not self.checks:
            return tr("Vị trí không nêu điều kiện")
        met = sum(1 for c in self.checks if c.met)
        parts = [tr("Đạt {0}/{1} điều kiện").format(met, len(self.checks))]
        for flag, label in ((False, "chưa đạt"), (None, "chưa rõ")):
            items = [c.requirement for c in self.checks if c.met is flag]
            if items:
                parts.append(f"{tr(label)}: " + "; ".join(items))
        return ". ".join(parts)

    def conditions_short(self, tr=lambda s: s) -> str:
        """'Đạt 2/5 · chưa đạt 2 · chưa rõ 1': the conditions counted, for a table cell."""
        if not self.checks:
            return tr("Vị trí không nêu điều kiện")
        parts = [tr("Đạt {0}/{1}").format(sum(1 for c in self.checks if c.met), len(self.checks))]
        for flag, label in ((False, "chưa đạt"), (None, "chưa rõ")):
            count = sum(1 for c in self.checks if c.met is flag)
            if count:
                parts.append(f"{tr(label)} {count}")
        return " · ".join(parts)

    def gap_codes(self) -> str:
        """'NLC2 (−1), NLCM1 (−1)': the competencies below the target's requirement, largest shortfall first."""
        return ", ".join(f"{g.code} (−{g.shortfall})" for g in self.person.report.gaps)

    def gaps_text(self, limit: int = 0, tr=lambda s: s) -> str:
        """The competencies below the target's requirement, largest shortfall first: 'NLC1 Tên (thiếu 1)'."""
        gaps = self.person.report.gaps
        shown = gaps[:limit] if limit else gaps
        text = "; ".join(f"{g.code} {g.name} ({tr('thiếu {0}').format(g.shortfall)})" for g in shown)
        return text + (f"; … (+{len(gaps) - len(shown)})" if len(shown) < len(gaps) else "")


def readiness_rows(db: Database, actor: Actor, period: str | None, unit: str | None = None,
                   position: str | None = None, on=None) -> list[ReadinessRow]:
    """Every readiness assessment of the period (a person against a position other than their own)."""
    out = []
    for person in person_gaps(db, actor, period, unit, position, scope=READINESS):
        checks = tuple(staff.statutory_readiness(db, actor, person.employee_code, person.position_key, on))
        out.append(ReadinessRow(person, checks))
    return out


def framework_labels(db: Database, actor: Actor) -> dict[str, str]:
    """{framework code: short label such as 'TT 02/2023'}; two frameworks never share a label."""
    from app.services.catalog import list_frameworks

    frameworks = list_frameworks(db, actor)
    labels = {f.code: framework_short_label(f.code, f.number) for f in frameworks}
    taken: dict[str, int] = {}
    for label in labels.values():
        taken[label] = taken.get(label, 0) + 1
    return {code: (label if taken[label] == 1 else f"{label} ({code})") for code, label in labels.items()}


def mixed(rows: list[PersonGap]) -> bool:
    """Whether these people were assessed against more than one framework (then every code shows its framework)."""
    return len({p.framework for p in rows}) > 1


@dataclass(frozen=True)
class CompetencyStat:
    """gap.TeamCompetency with the framework's label: one row per (framework, competency code)."""

    team: gap.TeamCompetency
    framework_label: str

    def label(self, mixed: bool) -> str:
        """'TT 02/2023 · NLC1' when several frameworks are shown together, else 'NLC1'."""
        return competency_label(self.framework_label, self.team.code, mixed)


def competency_stats(rows: list[PersonGap]) -> list[CompetencyStat]:
    """Per competency, keyed by framework and code: assessed, mean score, share below, scores 1–5."""
    labels = {p.framework: p.framework_label for p in rows}
    return [CompetencyStat(t, labels.get(t.framework, t.framework)) for t in gap.team_summary(p.report for p in rows)]


@dataclass(frozen=True)
class TrainingNeed:
    unit_name: str
    competency: str
    code: str
    staff_below: int
    total_shortfall: int
    largest_shortfall: int
    framework: str = ""
    framework_label: str = ""
    unit_code: str = ""  # the unit's identity: two units of the same name are two rows
    unit_path: str = ""  # "Sở Tư pháp › Văn phòng"

    def label(self, mixed: bool) -> str:
        return competency_label(self.framework_label, self.code, mixed)


def training_needs(rows: list[PersonGap]) -> list[TrainingNeed]:
    """Per unit (its identity) and competency (framework and code): how many fall short and by how much (basis
    form), in the order the people come."""
    acc: dict[tuple[str, str, str], list] = {}
    for person in rows:
        for item in person.report.gaps:
            key = (person.unit_code, person.framework, item.code)
            if key not in acc:
                acc[key] = [item.name, person.framework_label, 0, 0, 0, person.unit_name, person.unit_path]
            entry = acc[key]
            entry[2] += 1
            entry[3] += item.shortfall
            entry[4] = max(entry[4], item.shortfall)
    return [TrainingNeed(unit_name, name, code, below, total, largest, framework, label, unit, path)
            for (unit, framework, code), (name, label, below, total, largest, unit_name, path) in acc.items()]


@dataclass(frozen=True)
class ProgressRow:
    employee_code: str
    name: str
    unit_name: str
    position_key: str | None
    self_status: str | None  # None: not started; else draft / submitted / approved
    assessor_status: str | None
    unit_code: str = ""
    unit_path: str = ""  # "Sở Tư pháp › Văn phòng"


def progress_board(db: Database, actor: Actor, period: str | None, unit: str | None = None) -> list[ProgressRow]:
    """Per employee of the unit (sub-units included): how far the forms of their own position are.

    Reads only that unit's people and forms. A readiness form (against another position) is no progress on the
    person's own assessment."""
    scope = report_scope(db, actor, period, unit)
    with db.read_session() as s:
        items = report_sql.progress(s, scope)
    return [ProgressRow(i.employee_code, i.name, i.unit_name, i.position_key, i.self_status, i.assessor_status,
                        i.unit_code, i.unit_path) for i in items]


def report_scope(db: Database, actor: Actor, period: str | None, unit: str | None = None,
                 position: str | None = None) -> ReportScope:
    """What the actor's reports of a period read (a unit with its sub-units, a target position): the argument of
    unit_summary, heatmap and the streamed export. Refused without a login; an unknown period or unit is named."""
    from app.errors import NotFound
    from app.permissions import Action, require, sees_everyone
    from app.services.periods import find_period

    if actor is None:
        require(actor, Action.READ_ASSESSMENT)
    with db.read_session() as s:
        found = find_period(s, period)
        tree = report_sql.load_units(s)
    if unit and unit not in tree.by_code:
        raise NotFound(f"Không có đơn vị mã '{unit}'.")
    roles = actor.roles
    return ReportScope(
        period_id=found.id, period=found.name, unit=unit or None, unit_ids=tree.subtree(unit) if unit else None,
        position=position or None, everyone=sees_everyone(actor),
        head_units=frozenset(actor.unit_scope) if "head" in roles else frozenset(),
        own_employee=actor.employee_id if "employee" in roles else None,
        units=tree, framework_labels=framework_labels(db, actor),
    )


@dataclass(frozen=True)
class UnitSummary:
    """A unit's (or the agency's) results of a period, computed by the database: people counted (each once, by
    the form of their own position), their verdicts, per competency, training needs per unit."""

    people: int
    readiness_people: int
    verdicts: dict
    competencies: list[CompetencyStat]
    needs: list[TrainingNeed]  # units in tree order, the largest needs first in each

    @property
    def mixed(self) -> bool:
        return len({c.team.framework for c in self.competencies}) > 1


def unit_summary(db: Database, scope: ReportScope, needs: bool = True) -> UnitSummary:
    """The summary of the scope (report_scope): a department, a province or the whole agency, by SQL aggregation
    (no rating is loaded as an object)."""
    if summary_store.usable(scope):  # each unit's figures kept, computed again where its forms changed
        found, verdicts, readiness = summary_store.figures(db, scope)
    else:
        with db.read_session() as s:
            found, verdicts = report_sql.summary_pass(s, scope)  # the ratings read once for tables and verdicts
            readiness = report_sql.people_counted(s, scope, readiness=True)
    teams = report_sql.team_competencies(found.per_position())
    need_rows = report_sql.training_need_rows(scope, found) if needs else []
    units = scope.units
    if any(n.unit_id not in units.by_id for n in need_rows):  # a unit made since the scope was read
        with db.read_session() as s:
            units = report_sql.load_units(s)
    return UnitSummary(
        people=sum(verdicts.values()),
        readiness_people=readiness,
        verdicts=verdicts,
        competencies=[CompetencyStat(t, scope.label(t.framework)) for t in teams],
        needs=[TrainingNeed(units.by_id[n.unit_id].name, n.name, n.code, n.staff_below, n.total_shortfall,
                            n.largest_shortfall, n.framework, scope.label(n.framework), units.by_id[n.unit_id].code,
                            units.by_id[n.unit_id].path) for n in need_rows],
    )


def heatmap(db: Database, scope: ReportScope):
    """The scope's heatmap (app.services.report_pages.Heatmap): lists of competencies, rows fetched on demand."""
    from app.services.report_pages import Heatmap

    return Heatmap(db, scope)


def counted_people(db: Database, scope: ReportScope, position_keys=None):
    """Every person the scope counts (their own position's form), streamed in report order a batch of units at a
    time: report_pages.PersonResult rows for the export and the tables."""
    from app.services.report_pages import stream_people

    return stream_people(db, scope, position_keys)
