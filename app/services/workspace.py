"""What the assessment workspace shows for one person, read at once: the form (or what a new one would hold),
its counterpart (self ↔ assessor), the levels' descriptors and the statutory readiness for the position.

One read session and few statements per switch of person. What a framework holds (a position's requirements,
its qualification rules, the competencies' level descriptors, the grade catalogue) changes only when HR edits
or imports a framework or a grade: it is kept per database and read again as soon as the audit trail holds a
newer entry about frameworks, positions or grades (every such change is audited, in this program or any
other on the same database; a restored file has another newest entry). Forms, ratings, periods and people
are read every time: a rating shown is always the stored one.
"""

from __future__ import annotations

import datetime as dt
import threading
import weakref
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.actor import Actor
from app.database import Database
from app.errors import PermissionDenied
from app.models import Assessment, CompetencyLevel, Employee, Grade, Position, Rating, Unit
from app.models.accounts import AuditEntry
from app.permissions import Action, require
from app.services.assessment_views import (
    AssessmentView, blank_view, check_kind, form_view, rating_view, target_position_key,
)
from app.services.catalog import RequirementInfo, load_position, requirement_infos
from app.services.periods import find_period
from app.services.staff import find_employee

# audit entities whose entries mean the framework data may have changed (data copies write 'audit')
CATALOG_ENTITIES = ("framework", "position", "grade", "audit")


@dataclass(frozen=True)
class PositionFrame:
    """A position as a framework defines it: what forms copy, the levels' texts, the qualification rules."""

    id: int
    key: str
    name: str
    grade: str
    requirements: tuple[RequirementInfo, ...]
    descriptors: dict[str, tuple[str, ...]]  # competency code → levels 1–5
    rule: dict | None  # the qualification rule row (app.framework_loader.RULE_FIELDS)
    qualifications: dict[str, tuple[str, ...]]  # category → texts


class _Frames:
    def __init__(self):
        self.lock = threading.Lock()
        self.stamp: tuple | None = None
        self.positions: dict[str, PositionFrame] = {}
        self.grades: dict[str, tuple[str, int]] | None = None


_by_database: weakref.WeakKeyDictionary[Database, _Frames] = weakref.WeakKeyDictionary()
_registry_lock = threading.Lock()


def _stamp(s: Session) -> tuple:
    """The newest audit entry about frameworks, positions or grades: (id, seal), or (None, None)."""
    newest = (select(func.max(AuditEntry.id)).where(AuditEntry.entity.in_(CATALOG_ENTITIES))).scalar_subquery()
    row = s.execute(select(AuditEntry.id, AuditEntry.hash).where(AuditEntry.id == newest)).first()
    return tuple(row) if row else (None, None)


def _frames(s: Session, db: Database) -> tuple[_Frames, tuple]:
    """The database's kept framework data, emptied first when the trail says a framework or grade changed;
    and the stamp it was checked against (keep what is read now only if it is still the kept one's)."""
    with _registry_lock:
        frames = _by_database.get(db)
        if frames is None:
            frames = _by_database[db] = _Frames()
    stamp = _stamp(s)  # read before anything it vouches for: what is kept is never older than the stamp
    with frames.lock:
        if frames.stamp != stamp:
            frames.stamp, frames.positions, frames.grades = stamp, {}, None
    return frames, stamp


def _load_frame(s: Session, key: str) -> PositionFrame:
    from app.framework_loader import RULE_FIELDS

    position = load_position(s, key, full=False)  # NotFound when the key names no position
    requirements = tuple(requirement_infos(position))
    by_id = {r.competency_id: r.competency.code for r in position.requirements}
    levels: dict[str, list[str]] = {code: [] for code in by_id.values()}
    query = (select(CompetencyLevel.competency_id, CompetencyLevel.descriptor)
             .where(CompetencyLevel.competency_id.in_(by_id)).order_by(CompetencyLevel.competency_id,
                                                                        CompetencyLevel.level))
    for competency_id, descriptor in s.execute(query):
        levels[by_id[competency_id]].append(descriptor)
    rule = position.qualification_rule
    texts: dict[str, list[str]] = {}
    for q in position.qualifications:
        texts.setdefault(q.category, []).append(q.text)
    return PositionFrame(
        id=position.id, key=position.key, name=position.name, grade=position.grade_code, requirements=requirements,
        descriptors={code: tuple(texts_) for code, texts_ in levels.items()},
        rule={k: getattr(rule, k) for k in RULE_FIELDS} if rule else None,
        qualifications={category: tuple(t) for category, t in texts.items()},
    )


class FrameworkData:
    """The kept framework data of a database, checked against the trail once, for one session."""

    def __init__(self, s: Session, db: Database):
        self.s = s
        self._frames, self._stamp = _frames(s, db)

    def position(self, key: str) -> PositionFrame:
        """The position's framework data (NotFound when the key names no position)."""
        frames = self._frames
        frame = frames.positions.get(key)
        if frame is None:
            frame = _load_frame(self.s, key)
            with frames.lock:
                if frames.stamp == self._stamp:  # not emptied meanwhile by a newer stamp
                    frames.positions[key] = frame
        return frame

    def grades(self) -> dict[str, tuple[str, int]]:
        """Grade code → (its name in lower case, its rank), as the readiness checks read it."""
        frames = self._frames
        grades = frames.grades
        if grades is None:
            grades = {g.code: (g.name.lower(), g.rank) for g in self.s.scalars(select(Grade))}
            with frames.lock:
                if frames.stamp == self._stamp:
                    frames.grades = grades
        return grades


@dataclass(frozen=True)
class Workspace:
    view: AssessmentView  # id 0: not made yet, what a new form would hold
    other: AssessmentView | None  # the other kind of the same person, position and period, if readable
    descriptors: dict[str, list[str]]  # competency code → descriptors of levels 1–5
    readiness: list  # app.readiness.Check, one per qualification condition of the position


def read_workspace(db: Database, actor: Actor, employee_code: str, position_key: str | None,
                   period_name: str | None, kind: str = "assessor", on: dt.date | None = None) -> Workspace:
    """The form of this kind (as preview_assessment), its counterpart (as counterpart), the level descriptors
    (as catalog.level_descriptors) and the readiness (as staff.statutory_readiness), refused alike."""
    from app import employee_record
    from app.readiness import readiness_checks

    check_kind(kind)
    with db.read_session() as s:
        employee = find_employee(s, employee_code, actor)
        require(actor, Action.READ_EMPLOYEE, unit_id=employee.unit_id, employee_id=employee.id)
        framework = FrameworkData(s, db)
        view, other, frame = _forms(s, framework, actor, employee, position_key, period_name, kind)
        require(actor, Action.READ_CATALOG)
        descriptors = {code: list(levels) for code, levels in frame.descriptors.items()}
        rule = dict(frame.rule) if frame.rule else None
        texts = {category: list(t) for category, t in frame.qualifications.items()}
        facts = employee_record.facts_of(employee)
        grades = framework.grades()
    readiness = readiness_checks(rule, facts, on or dt.date.today(), texts, grades)
    return Workspace(view, other, descriptors, readiness)


def preview(db: Database, actor: Actor, employee_code: str, position_key: str | None, period_name: str | None,
            kind: str) -> AssessmentView:
    """The form if it exists, else what a new one would hold (id 0, nothing saved); nothing is written."""
    check_kind(kind)
    with db.read_session() as s:
        employee = find_employee(s, employee_code, actor)
        require(actor, Action.READ_EMPLOYEE, unit_id=employee.unit_id, employee_id=employee.id)
        return _forms(s, FrameworkData(s, db), actor, employee, position_key, period_name, kind,
                      counterpart=False)[0]


def _forms(s: Session, framework: FrameworkData, actor: Actor, employee: Employee, position_key: str | None,
           period_name: str | None, kind: str, counterpart: bool = True):
    """(the form of this kind or a blank one, the readable counterpart or None, the position's frame)."""
    frame = framework.position(target_position_key(employee, position_key))
    period = find_period(s, period_name)
    kinds = ("self", "assessor") if counterpart else (kind,)
    heads = {h.kind: h for h in s.execute(
        select(Assessment.__table__).where(Assessment.employee_id == employee.id, Assessment.position_id == frame.id,
                                           Assessment.period_id == period.id, Assessment.kind.in_(kinds)))}
    ratings: dict[int, list] = {}
    if heads:
        query = (select(Rating.__table__).where(Rating.assessment_id.in_([h.id for h in heads.values()]))
                 .order_by(Rating.assessment_id, Rating.sort_order))
        for row in s.execute(query):
            ratings.setdefault(row.assessment_id, []).append(rating_view(row))

    def view_of(k: str) -> AssessmentView:
        head = heads[k]
        return form_view(head, employee.code, employee.full_name, period.name, period.status, ratings.get(head.id, ()))

    scope = dict(unit_id=employee.unit_id, employee_id=employee.id)
    if kind in heads:
        require(actor, Action.READ_ASSESSMENT, kind=kind, status=heads[kind].status, **scope)
        view = view_of(kind)
    else:
        require(actor, Action.READ_ASSESSMENT, kind=kind, **scope)
        unit_name, current_key = s.execute(
            select(Unit.name, Position.key).select_from(Employee).join(Unit, Unit.id == Employee.unit_id)
            .outerjoin(Position, Position.id == Employee.position_id).where(Employee.id == employee.id)).one()
        view = blank_view(actor, employee, unit_name, current_key, frame, period, kind)
    other = None
    other_kind = "self" if kind == "assessor" else "assessor"
    if counterpart and other_kind in heads:
        try:
            require(actor, Action.READ_ASSESSMENT, kind=other_kind, status=heads[other_kind].status, **scope)
            other = view_of(other_kind)
        except PermissionDenied:  # e.g. an employee before their assessor's form is approved
            other = None
    return view, other, frame
