"""What a form is shown as (AssessmentView, RatingView): built from stored rows (an Assessment and its Ratings, or
rows of their tables) or, for a form not made yet, from the position's requirements."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from app import gap
from app.actor import Actor
from app.errors import UserError
from app.models import Assessment, Employee
from app.models.base import utcnow

KINDS = ("self", "assessor")
KIND_LABELS = {"self": "Tự đánh giá", "assessor": "Người đánh giá"}
STATUS_LABELS = {"draft": "Đang soạn", "submitted": "Đã gửi", "approved": "Đã phê duyệt"}


@dataclass(frozen=True, slots=True)
class RatingView:
    id: int
    competency_code: str
    competency: str
    group: str
    group_name: str
    required_min: int | None
    required_max: int | None
    required_text: str | None
    origin: str
    score: int | None
    note: str
    version: int

    def requirement(self) -> gap.RatedRequirement:
        return gap.RatedRequirement(
            code=self.competency_code,
            name=self.competency,
            group=self.group,
            required_min=self.required_min,
            required_max=self.required_max,
            requirement_text=self.required_text,
            score=self.score,
        )

    @property
    def required_label(self) -> str:
        if self.required_min is None or self.required_max is None:
            return self.required_text or ""
        if self.required_min == self.required_max:
            return str(self.required_min)
        return f"{self.required_min}–{self.required_max}"


@dataclass(frozen=True)
class AssessmentView:
    id: int
    employee_code: str
    employee_name: str
    unit_name: str
    grade: str | None
    current_position_key: str | None
    position_key: str
    position_name: str
    position_grade: str
    period: str
    period_status: str
    kind: str
    status: str
    author: str
    created_at: dt.datetime
    updated_at: dt.datetime
    ratings: tuple[RatingView, ...]

    @property
    def editable(self) -> bool:
        return self.status == "draft" and self.period_status == "open"

    def report(self) -> gap.GapReport:
        return gap.evaluate([r.requirement() for r in self.ratings])

    def scores(self) -> dict[str, int | None]:
        return {r.competency_code: r.score for r in self.ratings}


def check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise UserError(f"Loại đánh giá '{kind}' không hợp lệ (self hoặc assessor).")


def target_position_key(employee: Employee, position_key: str | None) -> str:
    """The position a form of the person is against: the one named, else the person's own."""
    if position_key:
        return position_key
    if employee.position is None:
        raise UserError(
            f"Công chức {employee.code} ({employee.full_name}) chưa có vị trí việc làm; hãy chọn vị trí cần đánh giá."
        )
    return employee.position.key


def rating_view(r) -> RatingView:
    """A stored rating (a Rating, or a row of the ratings table: the same names) as shown."""
    return RatingView(
        id=r.id,
        competency_code=r.competency_code,
        competency=r.competency_name,
        group=r.group_code,
        group_name=r.group_name,
        required_min=r.required_min,
        required_max=r.required_max,
        required_text=r.required_text,
        origin=r.required_origin,
        score=r.score,
        note=r.note,
        version=r.version,
    )


def form_view(a, employee_code: str, employee_name: str, period_name: str, period_status: str,
              ratings: Iterable[RatingView]) -> AssessmentView:
    """A stored form (an Assessment, or a row of the assessments table) with its person, period and ratings."""
    return AssessmentView(
        id=a.id,
        employee_code=employee_code,
        employee_name=employee_name,
        unit_name=a.frozen_unit_name,
        grade=a.frozen_grade_code,
        current_position_key=a.frozen_current_position_key,
        position_key=a.frozen_position_key,
        position_name=a.frozen_position_name,
        position_grade=a.frozen_position_grade,
        period=period_name,
        period_status=period_status,
        kind=a.kind,
        status=a.status,
        author=a.author,
        created_at=a.created_at,
        updated_at=a.updated_at,
        ratings=tuple(ratings),
    )


def view_of(a: Assessment) -> AssessmentView:
    """A loaded Assessment (its employee, period and ratings) as shown."""
    ratings = (rating_view(r) for r in sorted(a.ratings, key=lambda r: r.sort_order))
    return form_view(a, a.employee.code, a.employee.full_name, a.period.name, a.period.status, ratings)


def blank_ratings(requirements) -> tuple[RatingView, ...]:
    """The ratings a new form copies from its position's requirements (app.services.catalog.RequirementInfo),
    in their order; nothing scored yet. The one mapping of a requirement to a rating: create_assessment stores
    these values."""
    return tuple(
        RatingView(id=0, competency_code=info.code, competency=info.competency, group=info.group,
                   group_name=info.group_name, required_min=info.min, required_max=info.max, required_text=info.text,
                   origin=info.origin, score=None, note="", version=1)
        for info in requirements
    )


def blank_view(actor: Actor, employee: Employee, unit_name: str, current_position_key: str | None, position,
               period, kind: str) -> AssessmentView:
    """What a new form would hold (id 0, nothing saved): as create_assessment makes it."""
    at = utcnow()
    return AssessmentView(
        id=0, employee_code=employee.code, employee_name=employee.full_name, unit_name=unit_name,
        grade=employee.grade_code, current_position_key=current_position_key, position_key=position.key,
        position_name=position.name, position_grade=position.grade, period=period.name, period_status=period.status,
        kind=kind, status="draft", author=actor.label, created_at=at, updated_at=at,
        ratings=blank_ratings(position.requirements),
    )
