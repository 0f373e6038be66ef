"""Gap results of a period, per person: what the Báo cáo screen and the Excel exports show."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property

from app import gap
from app.actor import Actor
from app.competency_keys import competency_label, framework_short_label
from app.database import Database
from app.services import assessments as svc
from app.services import staff
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


def person_gaps(
    db: Database,
    actor: Actor,
    period: str | None,
    unit: str | None = None,
    position: str | None = None,
) -> list[PersonGap]:
    """Everyone assessed in the period, sorted by unit (tree order) then Vietnamese name order."""
    units = staff.list_units(db, actor)
    unit_ids = None
    if unit:
        if unit not in {u.code for u in units}:
            from app.errors import NotFound

            raise NotFound(f"Không có đơn vị mã '{unit}'.")
        codes = staff.codes_below(units, unit)
        unit_ids = {u.id for u in units if u.code in codes}
    by_key: dict[tuple[str, str], dict[str, svc.AssessmentView]] = {}
    for view in svc.period_views(db, actor, period, unit_ids, position):
        by_key.setdefault((view.employee_code, view.position_key), {})[view.kind] = view
    unit_order = {u.name: n for n, u in enumerate(units)}  # forms keep the unit's name as it was then
    code_by_name = {u.name: u.code for u in units}
    labels = framework_labels(db, actor)
    from app.services.grades import grade_catalogue

    grades = grade_catalogue(db, actor)
    rows = []
    for (code, key), views in by_key.items():
        basis = views.get("assessor") or views["self"]
        framework = framework_of(key)
        rows.append(
            PersonGap(
                employee_code=code,
                name=basis.employee_name,
                unit_code=code_by_name.get(basis.unit_name, ""),
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
            )
        )
    return sorted(rows, key=lambda r: (unit_order.get(r.unit_name, 1 << 30), name_sort_key(r.name), r.position_key))


def framework_of(position_key: str) -> str:
    """The framework code of a position key '<framework>:<number>' (frozen in every assessment)."""
    return position_key.rsplit(":", 1)[0]


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

    def label(self, mixed: bool) -> str:
        return competency_label(self.framework_label, self.code, mixed)


def training_needs(rows: list[PersonGap]) -> list[TrainingNeed]:
    """Per unit and competency (framework and code): how many fall short and by how much (basis form)."""
    acc: dict[tuple[str, str, str], list] = {}
    for person in rows:
        for item in person.report.gaps:
            key = (person.unit_name, person.framework, item.code)
            if key not in acc:
                acc[key] = [item.name, person.framework_label, 0, 0, 0]
            entry = acc[key]
            entry[2] += 1
            entry[3] += item.shortfall
            entry[4] = max(entry[4], item.shortfall)
    return [TrainingNeed(unit, name, code, below, total, largest, framework, label)
            for (unit, framework, code), (name, label, below, total, largest) in acc.items()]


@dataclass(frozen=True)
class ProgressRow:
    employee_code: str
    name: str
    unit_name: str
    position_key: str | None
    self_status: str | None  # None: not started; else draft / submitted / approved
    assessor_status: str | None


def progress_board(db: Database, actor: Actor, period: str | None, unit: str | None = None) -> list[ProgressRow]:
    """Per employee of the unit (sub-units included): how far the self and assessor forms are."""
    employees = staff.list_employees(db, actor, unit=unit)
    units = {u.code: n for n, u in enumerate(staff.list_units(db, actor))}
    status: dict[tuple[str, str], str] = {}
    for kind in ("self", "assessor"):
        for view in svc.list_assessments(db, actor, period, None, kind):
            # the current position's form counts; a readiness form for another position does not
            if view.position_key == view.current_position_key or (view.employee_code, kind) not in status:
                status[(view.employee_code, kind)] = view.status
    ordered = sorted(employees, key=lambda e: (units.get(e.unit, 0), name_sort_key(e.name)))
    return [
        ProgressRow(e.code, e.name, e.unit_name, e.position, status.get((e.code, "self")),
                    status.get((e.code, "assessor")))
        for e in ordered
    ]
