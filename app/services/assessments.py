"""Assessment periods, assessments and ratings: every change in its own short transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app import audit
from app.backup import automatic_backup
from app.actor import Actor
from app.database import Database
from app.errors import NotFound, PermissionDenied, UserError
from app.models import Assessment, AssessmentPeriod, Employee, Rating
from app.models.base import utcnow
from app.permissions import Action, allowed, require
from app.services.catalog import load_position, requirement_infos
# the views and their labels are assessments.* too (window, command line, tests)
from app.services.assessment_views import (  # noqa: F401
    KIND_LABELS, KINDS, STATUS_LABELS, AssessmentView, RatingView, blank_ratings, form_view, rating_view,
)
from app.services.assessment_views import check_kind as _check_kind
from app.services.assessment_views import target_position_key as _target_position_key
from app.services.assessment_views import view_of as _view
from app.services.conflicts import KEEP, check_expected, clean_note, retrying, stale, validate_score
# the periods' operations are called as assessments.* too (window, command line): one import, defined once
from app.services.periods import (  # noqa: F401
    PERIOD_STATUS_LABELS, PeriodInfo, add_period, find_period, list_periods, set_period_status,
)
from app.services import workspace
from app.services.staff import find_employee
from app.vntext import clean

def _load(s: Session, assessment_id: int) -> Assessment:
    query = (
        select(Assessment)
        .where(Assessment.id == assessment_id)
        .options(
            selectinload(Assessment.ratings),
            selectinload(Assessment.employee),
            selectinload(Assessment.period),
        )
    )
    assessment = s.scalars(query).first()
    if assessment is None:
        raise NotFound(f"Không có phiếu đánh giá số {assessment_id}.")
    return assessment


def _find(s: Session, employee: Employee, position_id: int, period_id: int, kind: str) -> Assessment | None:
    return s.scalars(
        select(Assessment).where(
            Assessment.employee_id == employee.id,
            Assessment.position_id == position_id,
            Assessment.period_id == period_id,
            Assessment.kind == kind,
        )
    ).first()


def create_assessment(
    s: Session, actor: Actor, employee: Employee, position_key: str, period: AssessmentPeriod, kind: str,
    at: dt.datetime | None = None,
) -> Assessment:
    """A new draft with one empty rating per requirement; the requirement is copied in."""
    position = load_position(s, position_key, full=False)
    at = at or utcnow()
    assessment = Assessment(
        created_at=at,
        updated_at=at,
        employee=employee,
        position=position,
        period=period,
        kind=kind,
        status="draft",
        author=actor.label,
        frozen_unit_name=employee.unit.name,
        frozen_grade_code=employee.grade_code,
        frozen_current_position_key=employee.position.key if employee.position else None,
        frozen_position_key=position.key,
        frozen_position_name=position.name,
        frozen_position_grade=position.grade_code,
    )
    competency_ids: dict[str, int] = {}
    for r in position.requirements:
        competency_ids.setdefault(r.competency.code, r.competency_id)
    assessment.ratings = [
        Rating(
            competency_id=competency_ids[v.competency_code],
            competency_code=v.competency_code,
            competency_name=v.competency,
            group_code=v.group,
            group_name=v.group_name,
            sort_order=order,
            required_min=v.required_min,
            required_max=v.required_max,
            required_text=v.required_text,
            required_origin=v.origin,
            note=v.note,
        )
        for order, v in enumerate(blank_ratings(requirement_infos(position)))
    ]
    s.add(assessment)
    s.flush()
    audit.record(s, actor, "assessment", assessment.id, "position", None, f"{position.key} – {position.name}",
                 action="add", assessment_id=assessment.id, at=at)
    return assessment


def find_assessment(
    db: Database,
    actor: Actor,
    employee_code: str,
    position_key: str | None = None,
    period_name: str | None = None,
    kind: str | None = "assessor",
) -> AssessmentView | None:
    """The assessment if it exists; position defaults to the employee's current one.

    kind None: the form to show of this person — the assessor's when the actor may read it (an employee reads
    their own once it is approved), else the self-assessment."""
    if kind is not None:
        _check_kind(kind)
    with db.read_session() as s:
        employee = find_employee(s, employee_code, actor)
        require(actor, Action.READ_EMPLOYEE, unit_id=employee.unit_id, employee_id=employee.id)
        position = load_position(s, _target_position_key(employee, position_key), full=False)
        period = find_period(s, period_name)
        if kind is None:
            kind = "self"
            assessor = _find(s, employee, position.id, period.id, "assessor")
            if assessor is not None and allowed(actor, Action.READ_ASSESSMENT, unit_id=employee.unit_id,
                                                employee_id=employee.id, kind="assessor", status=assessor.status):
                kind = "assessor"
        found = _find(s, employee, position.id, period.id, kind)
        if found is None:
            return None
        require(actor, Action.READ_ASSESSMENT, unit_id=employee.unit_id, employee_id=employee.id, kind=kind,
                status=found.status)
        return _view(_load(s, found.id))


def _get_or_create(
    s: Session, actor: Actor, employee_code: str, position_key: str | None, period_name: str | None, kind: str
) -> Assessment:
    _check_kind(kind)
    employee = find_employee(s, employee_code, actor)
    require(actor, Action.READ_ASSESSMENT, unit_id=employee.unit_id, employee_id=employee.id, kind=kind)
    position = load_position(s, _target_position_key(employee, position_key), full=False)
    period = find_period(s, period_name)
    found = _find(s, employee, position.id, period.id, kind)
    if found is None:
        if period.status != "open":
            raise UserError(f"Kỳ đánh giá '{period.name}' đã đóng, không tạo được phiếu mới.")
        require(actor, Action.RATE, unit_id=employee.unit_id, employee_id=employee.id, kind=kind)
        found = create_assessment(s, actor, employee, position.key, period, kind)
    return _load(s, found.id)


def open_assessment(
    db: Database,
    actor: Actor,
    employee_code: str,
    position_key: str | None = None,
    period_name: str | None = None,
    kind: str = "assessor",
) -> AssessmentView:
    """The assessment, created as an empty draft when it does not exist yet."""
    with db.session() as s:
        return _view(_get_or_create(s, actor, employee_code, position_key, period_name, kind))


def preview_assessment(
    db: Database,
    actor: Actor,
    employee_code: str,
    position_key: str | None = None,
    period_name: str | None = None,
    kind: str = "assessor",
) -> AssessmentView:
    """The assessment if it exists, else what a new one would hold (id 0, nothing saved, nothing written)."""
    return workspace.preview(db, actor, employee_code, position_key, period_name, kind)


def rate(
    db: Database,
    actor: Actor,
    employee_code: str,
    position_key: str | None,
    period_name: str | None,
    kind: str,
    changes: Mapping[str, tuple[object, object]],
    *,
    expected: Mapping[str, tuple[object, object]] | None = None,
) -> AssessmentView:
    """Find or create the assessment and apply the changes, all in one transaction.

    expected: as for set_ratings. When two windows create the same form at once, the second
    finds the form the first created and its changes are checked against it.
    """

    def work() -> AssessmentView:
        with db.session() as s:
            a = _get_or_create(s, actor, employee_code, position_key, period_name, kind)
            _apply_all(s, actor, a, changes, expected=expected)
            return _view(a)

    return retrying(work, creating=True)


def get_assessment(db: Database, actor: Actor, assessment_id: int) -> AssessmentView:
    with db.read_session() as s:
        a = _load(s, assessment_id)
        require(actor, Action.READ_ASSESSMENT, unit_id=a.employee.unit_id, employee_id=a.employee_id, kind=a.kind,
                status=a.status)
        return _view(a)


def _check_editable(a: Assessment) -> None:
    if a.period.status != "open":
        raise UserError(f"Kỳ đánh giá '{a.period.name}' đã đóng: không sửa được điểm.")
    if a.status != "draft":
        raise UserError(f"Phiếu đánh giá đang ở trạng thái '{STATUS_LABELS[a.status]}': không sửa được điểm.")


def _apply(s: Session, actor: Actor, a: Assessment, rating: Rating, score=KEEP, note=KEEP, reason="") -> None:
    old_score, old_note = rating.score, rating.note
    if score is not KEEP:
        rating.score = validate_score(score, f"năng lực {rating.competency_code}")
    if note is not KEEP:
        rating.note = clean_note(note)
    if (rating.score, rating.note) == (old_score, old_note):
        return
    now = utcnow()
    rating.updated_at = now
    a.updated_at = now
    common = dict(item=rating.competency_code, reason=reason, assessment_id=a.id, at=now)
    if rating.score != old_score:
        audit.record(s, actor, "assessment", a.id, "score", old_score, rating.score, **common)
    if rating.note != old_note:
        audit.record(s, actor, "assessment", a.id, "note", old_note, rating.note, **common)


def find_rating(a: Assessment, competency: str) -> Rating:
    """A rating by competency code, or by its exact name (case and Unicode form ignored)."""
    wanted = clean(competency)
    for r in a.ratings:
        if r.competency_code == wanted:
            return r
    for r in a.ratings:
        if clean(r.competency_name).casefold() == wanted.casefold():
            return r
    raise UserError(f"Vị trí {a.frozen_position_key} không có năng lực '{competency}' (mã hoặc tên chính xác).")


def set_rating(
    db: Database,
    actor: Actor,
    assessment_id: int,
    competency: str,
    score=KEEP,
    note=KEEP,
    expected_version: int | None = None,
    reason: str = "",
    *,
    expected_score=KEEP,
    expected_note=KEEP,
) -> AssessmentView:
    """Change one score and/or note in its own transaction, logging the change.

    expected_score / expected_note: what the caller saw before its change (see set_ratings).
    """
    expected = None
    if expected_score is not KEEP or expected_note is not KEEP:
        expected = {competency: (expected_score, expected_note)}
    return set_ratings(db, actor, assessment_id, {competency: (score, note)}, expected_version, reason,
                       expected=expected)


def set_ratings(
    db: Database,
    actor: Actor,
    assessment_id: int,
    changes: Mapping[str, tuple[object, object]],
    expected_version: int | None = None,
    reason: str = "",
    *,
    expected: Mapping[str, tuple[object, object]] | None = None,
) -> AssessmentView:
    """Several (score, note) changes, all or nothing, in one transaction.

    Compare-and-set, per field: expected maps a competency to the (score, note) the caller saw
    (KEEP: not compared). A changed field must still hold the expected value (or already hold
    the new one), else Conflict carries the current values; a field the caller leaves as it is
    is never compared, so a colleague's new note does not block a change of the score.
    expected_version compares the whole row instead (any change by anyone is a conflict).
    """

    def work() -> AssessmentView:
        with db.session() as s:
            a = _load(s, assessment_id)
            _apply_all(s, actor, a, changes, expected_version, reason, expected)
            return _view(a)

    return retrying(work)


def _apply_all(
    s: Session,
    actor: Actor,
    a: Assessment,
    changes: Mapping[str, tuple[object, object]],
    expected_version: int | None = None,
    reason: str = "",
    expected: Mapping[str, tuple[object, object]] | None = None,
) -> None:
    require(actor, Action.RATE, unit_id=a.employee.unit_id, employee_id=a.employee_id, kind=a.kind)
    _check_editable(a)
    for competency, (score, note) in changes.items():
        rating = find_rating(a, competency)
        if expected_version is not None and rating.version != expected_version:
            raise stale(s, a, rating, "note" if score is KEEP else "score")
        if expected and competency in expected:
            check_expected(s, a, rating, score, note, *expected[competency])
        _apply(s, actor, a, rating, score, note, reason)
    s.flush()


def _transition(
    db: Database, actor: Actor, assessment_id: int, action: Action, allowed_from: str, to: str, reason: str = ""
) -> AssessmentView:
    with db.session() as s:
        a = _load(s, assessment_id)
        require(actor, action, unit_id=a.employee.unit_id, employee_id=a.employee_id, kind=a.kind, status=a.status)
        if a.period.status != "open":
            raise UserError(f"Kỳ đánh giá '{a.period.name}' đã đóng.")
        if a.status != allowed_from:
            raise UserError(
                f"Phiếu đang ở trạng thái '{STATUS_LABELS[a.status]}', không chuyển sang '{STATUS_LABELS[to]}' được."
            )
        now = utcnow()
        audit.record(s, actor, "assessment", a.id, "status", a.status, to, action=action.value, reason=reason,
                     assessment_id=a.id, at=now)
        a.status = to
        a.updated_at = now
        if to == "submitted":
            a.submitted_at = now
        if to == "approved":
            a.approved_at, a.approved_by = now, actor.label
        if to == "draft":
            a.submitted_at = a.approved_at = a.approved_by = None
        s.flush()
        return _view(a)


def submit(db: Database, actor: Actor, assessment_id: int) -> AssessmentView:
    """Draft → submitted; scores are locked."""
    return _transition(db, actor, assessment_id, Action.SUBMIT, "draft", "submitted")


def approve(db: Database, actor: Actor, assessment_id: int) -> AssessmentView:
    """Submitted → approved (an assessor's assessment, by the approving head)."""
    view = get_assessment(db, actor, assessment_id)
    if view.kind != "assessor":
        raise UserError("Chỉ phiếu của người đánh giá mới được phê duyệt; phiếu tự đánh giá dừng ở 'Đã gửi'.")
    return _transition(db, actor, assessment_id, Action.APPROVE, "submitted", "approved")


def reopen(db: Database, actor: Actor, assessment_id: int, reason: str) -> AssessmentView:
    """Submitted or approved → draft again; a reason is required and recorded."""
    reason = clean(reason)
    if not reason:
        raise UserError("Mở lại phiếu đánh giá cần ghi rõ lý do.")
    current = get_assessment(db, actor, assessment_id)
    if current.status == "draft":
        raise UserError("Phiếu đang soạn, không cần mở lại.")
    return _transition(db, actor, assessment_id, Action.REOPEN, current.status, "draft", reason)


def list_assessments(
    db: Database, actor: Actor, period_name: str | None, unit_ids: set[int] | None = None, kind: str = "assessor"
) -> list[AssessmentView]:
    """Assessments of a period (optionally of some units), for team summaries."""
    _check_kind(kind)
    with db.read_session() as s:
        period = find_period(s, period_name)
        query = (
            select(Assessment)
            .join(Assessment.employee)
            .where(Assessment.period_id == period.id, Assessment.kind == kind)
            .options(selectinload(Assessment.ratings), selectinload(Assessment.employee), selectinload(Assessment.period))
        )
        if unit_ids is not None:
            query = query.where(Employee.unit_id.in_(unit_ids))
        views = []
        for a in s.scalars(query):
            if allowed(actor, Action.READ_ASSESSMENT, unit_id=a.employee.unit_id, employee_id=a.employee_id,
                       kind=a.kind, status=a.status):
                views.append(_view(a))
        return views


def counterpart(db: Database, actor: Actor, view: AssessmentView) -> AssessmentView | None:
    """The other kind (self ↔ assessor) of the same employee, position and period, if any."""
    other = "self" if view.kind == "assessor" else "assessor"
    try:
        return find_assessment(db, actor, view.employee_code, view.position_key, view.period, other)
    except PermissionDenied:  # e.g. an employee before their assessor's form is approved
        return None


def scores_import_context(db: Database, actor: Actor):
    """What a scores file is checked against: a function of the file's employee codes giving those
    employees, positions' competencies, periods and those employees' locked forms (plan_scores_import)."""
    from app.services import score_import

    require(actor, Action.IMPORT)
    return score_import.Known(db)


def import_scores(db: Database, actor: Actor, changes: Mapping[tuple, Mapping[str, tuple[object, object]]],
                  state=None, reason: str = "Nhập từ tệp Excel") -> int:
    """Write every assessment's scores in one transaction: all or nothing (cancel rolls back).

    changes: (employee, position key or None for the current one, period, kind) → {competency: (score, note)},
    KEEP leaving a field as it is."""
    from app.tasks import TaskState

    require(actor, Action.IMPORT)
    state = state or TaskState()
    automatic_backup(db, "import")
    from app.services import score_import

    with db.session() as s:  # in bulk, with the rules of _get_or_create and _apply_all
        written = score_import.write(s, actor, changes, state, reason)
    from app import planner_stats

    forms = len(changes)  # at most that many new forms, each with its ratings and audit entries
    planner_stats.after_import(db, {"assessments": forms, "ratings": forms * 20, "audit_log": written + forms})
    return written


def period_views(
    db: Database, actor: Actor, period_name: str | None, unit_ids: set[int] | None = None,
    position_key: str | None = None,
) -> list[AssessmentView]:
    """Every assessment of a period as views, read with two plain queries (fast for whole agencies)."""
    a, e, r = Assessment.__table__, Employee.__table__, Rating.__table__
    with db.read_session() as s:
        period = find_period(s, period_name)
        where = [a.c.period_id == period.id]
        if unit_ids is not None:
            where.append(e.c.unit_id.in_(unit_ids))
        if position_key:
            where.append(a.c.frozen_position_key == position_key)
        heads = s.execute(
            select(a, e.c.code.label("employee_code"), e.c.full_name, e.c.unit_id)
            .join(e, e.c.id == a.c.employee_id).where(*where).order_by(a.c.id)
        ).all()
        ids = select(a.c.id).join(e, e.c.id == a.c.employee_id).where(*where)
        ratings: dict[int, list[RatingView]] = {}
        for row in s.execute(select(r).where(r.c.assessment_id.in_(ids)).order_by(r.c.assessment_id, r.c.sort_order)):
            ratings.setdefault(row.assessment_id, []).append(rating_view(row))
    return [
        form_view(h, h.employee_code, h.full_name, period.name, period.status, ratings.get(h.id, ()))
        for h in heads
        if allowed(actor, Action.READ_ASSESSMENT, unit_id=h.unit_id, employee_id=h.employee_id, kind=h.kind,
                   status=h.status)
    ]
