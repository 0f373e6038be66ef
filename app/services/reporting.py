"""Gap results of a period, per person: what the Báo cáo screen and the Excel exports show."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from app import gap
from app.actor import Actor
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

    @property
    def basis(self) -> svc.AssessmentView:
        return self.assessor or self.self_view

    @cached_property
    def report(self) -> gap.GapReport:
        return self.basis.report()

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
    rows = []
    for (code, key), views in by_key.items():
        basis = views.get("assessor") or views["self"]
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
            )
        )
    return sorted(rows, key=lambda r: (unit_order.get(r.unit_name, 1 << 30), name_sort_key(r.name), r.position_key))


@dataclass(frozen=True)
class TrainingNeed:
    unit_name: str
    competency: str
    code: str
    staff_below: int
    total_shortfall: int
    largest_shortfall: int


def training_needs(rows: list[PersonGap]) -> list[TrainingNeed]:
    """Per unit and competency: how many fall short and by how much (from the basis form)."""
    acc: dict[tuple[str, str], list] = {}
    order: list[tuple[str, str]] = []
    for person in rows:
        for item in person.report.gaps:
            key = (person.unit_name, item.code)
            if key not in acc:
                acc[key] = [item.name, 0, 0, 0]
                order.append(key)
            entry = acc[key]
            entry[1] += 1
            entry[2] += item.shortfall
            entry[3] = max(entry[3], item.shortfall)
    return [TrainingNeed(unit, acc[(unit, code)][0], code, *acc[(unit, code)][1:]) for unit, code in order]


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
