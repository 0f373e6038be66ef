"""Which of a person's forms a command means: the one named, the one the user worked on last, or the one of the
person's own position; when that cannot be told, the forms that exist and how to name one."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from app.actor import Actor
from app.database import Database
from app.errors import UserError
from app.models import Assessment
from app.models.accounts import AuditEntry
from app.permissions import Action, allowed, require
from app.services import assessments as svc
from app.services.periods import find_period
from app.services.staff import find_employee

CURRENT_LABEL = "vị trí hiện tại"
READINESS_LABEL = "sẵn sàng cho vị trí khác"


@dataclass(frozen=True)
class FormSummary:
    """The forms (self and/or assessor) of one person against one position in one period."""

    position_key: str
    position_name: str
    current: bool  # the person's own position when the form was made
    kinds: tuple[str, ...]
    last_by_actor: dt.datetime | None  # when the acting user last changed one of them

    @property
    def label(self) -> str:
        return f"{self.position_key} {self.position_name} ({CURRENT_LABEL if self.current else READINESS_LABEL})"


@dataclass(frozen=True)
class Choice:
    view: svc.AssessmentView
    note: str  # how it was chosen and which other forms exist; "" when nothing else could have been meant


def forms_in_period(db: Database, actor: Actor, employee_code: str, period_name: str | None,
                    kind: str | None = None) -> tuple[str, list[FormSummary]]:
    """(period name, the person's forms the actor may read in it, grouped by target position)."""
    with db.read_session() as s:
        employee = find_employee(s, employee_code, actor)
        require(actor, Action.READ_EMPLOYEE, unit_id=employee.unit_id, employee_id=employee.id)
        period = find_period(s, period_name)
        query = select(Assessment).where(Assessment.employee_id == employee.id, Assessment.period_id == period.id)
        if kind:
            query = query.where(Assessment.kind == kind)
        forms = [a for a in s.scalars(query.order_by(Assessment.id))
                 if allowed(actor, Action.READ_ASSESSMENT, unit_id=employee.unit_id, employee_id=employee.id,
                            kind=a.kind, status=a.status)]
        touched = dict(s.execute(
            select(AuditEntry.assessment_id, func.max(AuditEntry.at))
            .where(AuditEntry.assessment_id.in_([a.id for a in forms]), AuditEntry.actor == actor.username)
            .group_by(AuditEntry.assessment_id)
        ).all()) if forms else {}
        groups: dict[str, list[Assessment]] = {}
        for a in forms:
            groups.setdefault(a.frozen_position_key, []).append(a)
        out = []
        for key, group in groups.items():
            times = [_aware(touched[a.id]) for a in group if a.id in touched]
            out.append(FormSummary(key, group[0].frozen_position_name,
                                   any(a.frozen_current_position_key == key for a in group),
                                   tuple(a.kind for a in group), max(times) if times else None))
        return period.name, out


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)


def _listing(forms: list[FormSummary]) -> str:
    return "; ".join(f.label for f in forms)


def choose_form(db: Database, actor: Actor, employee_code: str, position_key: str | None, period_name: str | None,
                kind: str | None = None) -> Choice:
    """The form a command about one person means (kind None: the assessor's if readable, else the self's).

    With --position: that one. Without: the only position assessed; else the one the acting user worked on
    last; else the person's own position; else an error naming the forms and how to choose."""
    period, forms = forms_in_period(db, actor, employee_code, period_name, kind)
    code = employee_code.strip().upper()
    if position_key:
        view = svc.find_assessment(db, actor, employee_code, position_key, period, kind)
        if view is None:
            others = f" Có phiếu cho: {_listing(forms)}; chọn bằng --position KEY." if forms else ""
            raise UserError(f"Công chức {code} chưa có phiếu đánh giá cho vị trí {position_key} trong kỳ "
                            f"{period}.{others}")
        return Choice(view, "")
    if not forms:
        # a form there but not the actor's to read (an employee and a draft assessor's form) is refused as such
        if svc.find_assessment(db, actor, employee_code, None, period, kind) is not None:
            raise UserError(f"Công chức {code} chưa có phiếu đánh giá trong kỳ {period}.")
        raise UserError(f"Công chức {code} chưa có phiếu đánh giá nào trong kỳ {period} (xem: competency-gap "
                        f"progress --period \"{period}\").")
    why = ""
    if len(forms) == 1:
        chosen = forms[0]
    else:
        worked = [f for f in forms if f.last_by_actor is not None]
        own = [f for f in forms if f.current]
        if worked:
            chosen, why = max(worked, key=lambda f: f.last_by_actor), "phiếu bạn làm gần nhất"
        elif own:
            chosen = own[0]
        else:
            raise UserError(f"Công chức {code} có phiếu cho {len(forms)} vị trí trong kỳ {period}: "
                            f"{_listing(forms)}. Hãy chọn một bằng --position KEY.")
    view = svc.find_assessment(db, actor, employee_code, chosen.position_key, period, kind)
    if view is None:  # the assessor's form not readable yet: the self-assessment is what may be shown
        view = svc.find_assessment(db, actor, employee_code, chosen.position_key, period, "self")
    others = [f for f in forms if f is not chosen]
    note = ""
    if others or not chosen.current:
        kind_of = CURRENT_LABEL if chosen.current else READINESS_LABEL
        note = f"Phiếu {kind_of}: {chosen.position_key}" + (f" ({why})" if why else "") + "."
        for f in others:
            note += f" Phiếu khác trong kỳ: {f.label}, xem bằng --position {f.position_key}."
    return Choice(view, note)


def form_label(view: svc.AssessmentView) -> str:
    """'btp-02-2023:3 Chuyên viên … (vị trí hiện tại)' for the echo of a command."""
    current = view.current_position_key is not None and view.current_position_key == view.position_key
    return f"{view.position_key} {view.position_name} ({CURRENT_LABEL if current else READINESS_LABEL})"
