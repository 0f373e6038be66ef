"""Frameworks and positions, read as plain dataclasses."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from app import audit
from app.actor import Actor
from app.database import Database
from app.errors import NotFound, UserError
from app.models import Competency, Framework, Position, Requirement, TaskGroup
from app.permissions import Action, require
from app.vntext import matches

GRADE_ORDER = {"CVCC": 0, "CVC": 1, "CV": 2, "CS": 3, "NV": 4}
QUALIFICATION_LABELS = {
    "training": "Trình độ đào tạo",
    "certificate": "Bồi dưỡng, chứng chỉ",
    "supplementary": "Kiến thức bổ trợ",
    "experience": "Kinh nghiệm (thành tích công tác)",
    "personal": "Phẩm chất cá nhân",
    "other": "Các yêu cầu khác",
}
ORIGIN_LABELS = {"document": "theo văn bản", "grade_default": "mặc định theo ngạch", "custom": "do đơn vị quy định"}
# the footnote of a range marked "*" on the grid, the command line, the printed form and in Excel
GRADE_DEFAULT_NOTE = "Cấp độ yêu cầu mặc định theo ngạch: văn bản không quy định cấp độ."


@dataclass(frozen=True)
class FrameworkInfo:
    code: str
    title: str
    issuer: str
    number: str
    issued_on: dt.date | None
    positions: int
    builtin: bool


@dataclass(frozen=True)
class PositionSummary:
    key: str
    framework: str
    number: int
    name: str
    grade: str
    specialty: str | None
    specialty_name: str | None
    grade_name: str = ""  # the grade's full name, as shown and printed
    grade_kind: str = ""  # 'ngach' or 'hang'

    @property
    def grade_label(self) -> str:
        """The grade's full name (its code when the catalogue has no name for it)."""
        return self.grade_name or self.grade


@dataclass(frozen=True)
class RequirementInfo:
    competency: str
    code: str
    group: str
    group_name: str
    min: int | None
    max: int | None
    text: str | None
    origin: str

    @property
    def label(self) -> str:
        """"3–4", or the requirement text."""
        if self.min is None or self.max is None:
            return self.text or ""
        return f"{self.min}–{self.max}" if self.min != self.max else str(self.min)


@dataclass(frozen=True)
class TaskGroupInfo:
    number: str | None
    name: str
    tasks: list[dict]
    criteria: list[dict]


@dataclass(frozen=True)
class PositionDetail:
    summary: PositionSummary
    objective: str
    tasks: list[TaskGroupInfo]
    relationships: list[dict]
    authorities: list[dict]
    qualifications: dict[str, list[str]]
    qualification_rule: dict | None
    requirements: list[RequirementInfo]
    warnings: list[str] = field(default_factory=list)


def _summary(p: Position) -> PositionSummary:
    return PositionSummary(
        key=p.key,
        framework=p.framework.code,
        number=p.number,
        name=p.name,
        grade=p.grade_code,
        specialty=p.specialty.code if p.specialty else None,
        specialty_name=p.specialty.name if p.specialty else None,
        grade_name=p.grade.name if p.grade else "",
        grade_kind=p.grade.kind if p.grade else "",
    )


def list_frameworks(db: Database, actor: Actor) -> list[FrameworkInfo]:
    require(actor, Action.READ_CATALOG)
    with db.read_session() as s:
        counts = dict(s.execute(select(Position.framework_id, func.count()).group_by(Position.framework_id)).all())
        return [
            FrameworkInfo(f.code, f.title, f.issuer, f.number, f.issued_on, counts.get(f.id, 0), f.builtin)
            for f in s.scalars(select(Framework).order_by(Framework.id))
        ]


def list_positions(
    db: Database,
    actor: Actor,
    framework: str | None = None,
    grade: str | None = None,
    search: str | None = None,
) -> list[PositionSummary]:
    """Positions in document order, filtered; search ignores case and diacritics."""
    require(actor, Action.READ_CATALOG)
    with db.read_session() as s:
        query = (
            select(Position)
            .join(Position.framework)
            .options(selectinload(Position.framework), selectinload(Position.specialty), selectinload(Position.grade))
            .order_by(Framework.id, Position.number)
        )
        if framework:
            query = query.where(Framework.code == framework)
        if grade:
            query = query.where(Position.grade_code == _grade_code(s, grade))
        rows = [_summary(p) for p in s.scalars(query)]
    if search:
        rows = [r for r in rows if matches(search, r.name, r.key, r.specialty_name)]
    return rows


def _grade_code(s: Session, text: str) -> str:
    """The catalogue code of a grade given by code or name (case and accents ignored), or UserError."""
    from app.grades import GradeCatalogue
    from app.services.grades import catalogue_of

    catalogue: GradeCatalogue = catalogue_of(s)
    grade = catalogue.find(text)
    if grade is None:
        raise UserError(f"Ngạch, hạng '{text}' không có; hãy ghi {catalogue.allowed_text()}.")
    return grade.code


def _position_query(key: str, full: bool):
    requirements = selectinload(Position.requirements).selectinload(Requirement.competency).selectinload(Competency.group)
    query = select(Position).where(Position.key == key).options(selectinload(Position.framework), requirements)
    if not full:
        return query
    return query.options(
        selectinload(Position.specialty),
        selectinload(Position.warnings),
        selectinload(Position.task_groups).selectinload(TaskGroup.items),
        selectinload(Position.relationships),
        selectinload(Position.authorities),
        selectinload(Position.qualifications),
        selectinload(Position.qualification_rule),
    )


def requirement_infos(position: Position) -> list[RequirementInfo]:
    reqs = sorted(position.requirements, key=lambda r: (r.competency.group.sort_order, r.competency.sort_order))
    return [
        RequirementInfo(
            competency=r.competency.name,
            code=r.competency.code,
            group=r.competency.group.code,
            group_name=r.competency.group.name,
            min=r.min_level,
            max=r.max_level,
            text=r.text,
            origin=r.origin,
        )
        for r in reqs
    ]


def load_position(s: Session, key: str, full: bool = True) -> Position:
    """The position with its requirements (and, when full, everything else it holds)."""
    position = s.scalars(_position_query(key, full)).first()
    if position is None:
        raise NotFound(f"Không có vị trí việc làm mã '{key}' (dạng <khung>:<số>, ví dụ btttt-09-2023:42).")
    return position


def get_position(db: Database, actor: Actor, key: str) -> PositionDetail:
    """The whole position: objective, tasks, relationships, qualifications, requirements."""
    require(actor, Action.READ_CATALOG)
    with db.read_session() as s:
        p = load_position(s, key)
        quals: dict[str, list[str]] = {}
        for q in p.qualifications:
            quals.setdefault(q.category, []).append(q.text)
        rule = None
        if p.qualification_rule:
            from app.framework_loader import RULE_FIELDS

            rule = {k: getattr(p.qualification_rule, k) for k in RULE_FIELDS}
        return PositionDetail(
            summary=_summary(p),
            objective=p.objective,
            tasks=[
                TaskGroupInfo(
                    number=g.number,
                    name=g.name,
                    tasks=[_item(i) for i in g.items if i.kind == "task"],
                    criteria=[_item(i) for i in g.items if i.kind == "criterion"],
                )
                for g in p.task_groups
            ],
            relationships=[{"kind": r.kind, "party": r.party, "nature": r.nature} for r in p.relationships],
            authorities=[{"number": a.number, "text": a.text} for a in p.authorities],
            qualifications=quals,
            qualification_rule=rule,
            requirements=requirement_infos(p),
            warnings=[w.text for w in p.warnings],
        )


def _item(i) -> dict:
    return {
        "number": i.number,
        "marker": i.marker,
        "level": i.level,
        "text": i.text,
        "scope": [x for x in i.scope.split(",") if x],
    }


def level_descriptors(db: Database, actor: Actor, position_key: str) -> dict[str, list[str]]:
    """Descriptors of levels 1–5 for every competency of a position, by competency code."""
    require(actor, Action.READ_CATALOG)
    with db.read_session() as s:
        query = (
            select(Requirement)
            .join(Requirement.position)
            .where(Position.key == position_key)
            .options(selectinload(Requirement.competency).selectinload(Competency.levels))
        )
        return {r.competency.code: [lv.descriptor for lv in r.competency.levels] for r in s.scalars(query)}


def framework_data(db: Database, actor: Actor, code: str) -> dict:
    """A framework in the data-file shape (as resources/frameworks/*.json), for export and the editor."""
    from app.services.frameworks import find_framework, stored_data

    require(actor, Action.READ_CATALOG)
    with db.read_session() as s:
        fw = find_framework(s, code)
        if fw is None:
            raise NotFound(f"Không có khung năng lực mã '{code}'.")
        return stored_data(s, fw)


def _qualifications(p: Position) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for q in p.qualifications:
        out.setdefault(q.category, []).append(q.text)
    return out


def _requirement_text(r: Requirement) -> str:
    """How a requirement reads in the audit trail: "3–4" or its text, with where it comes from."""
    if r.min_level is None or r.max_level is None:
        value = r.text or ""
    else:
        value = f"{r.min_level}–{r.max_level}" if r.min_level != r.max_level else str(r.min_level)
    return f"{value} ({ORIGIN_LABELS.get(r.origin, r.origin)})"


def _requirements_of(s: Session, framework_id: int) -> dict[tuple[str, str], str]:
    query = (select(Requirement).join(Requirement.position).where(Position.framework_id == framework_id)
             .options(selectinload(Requirement.position), selectinload(Requirement.competency)))
    return {(r.position.key, r.competency.code): _requirement_text(r) for r in s.scalars(query)}


def import_framework(db: Database, actor: Actor, data: dict, legal_basis: str = "") -> str:
    """A framework read from a workbook: save_framework (app.services.frameworks) — "added", "revised" or
    "unchanged"; a framework in use is revised in place and needs a legal basis."""
    from app.services.frameworks import save_framework

    return save_framework(db, actor, data, legal_basis)


def set_requirement(
    db: Database,
    actor: Actor,
    position_key: str,
    competency_code: str,
    minimum: int,
    maximum: int,
    reason: str,
) -> RequirementInfo:
    """Change a position's required level range (HR); the old and new range and the reason are audited.

    Assessments already created keep the requirement they copied, so past results never change.
    """
    require(actor, Action.EDIT_FRAMEWORK)
    reason = (reason or "").strip()
    if not reason:
        raise UserError("Cần ghi lý do khi sửa cấp độ yêu cầu.")
    for value in (minimum, maximum):
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
            raise UserError(f"Cấp độ '{value}' không hợp lệ: phải là số nguyên từ 1 đến 5.")
    if minimum > maximum:
        raise UserError(f"Cấp độ tối thiểu ({minimum}) lớn hơn cấp độ tối đa ({maximum}).")
    with db.session() as s:
        position = load_position(s, position_key, full=False)
        found = next((r for r in position.requirements if r.competency.code == competency_code), None)
        if found is None:
            raise NotFound(f"Vị trí {position.key} không có năng lực mã '{competency_code}'.")
        old = _requirement_text(found)
        found.min_level, found.max_level, found.text, found.origin = minimum, maximum, None, "custom"
        new = _requirement_text(found)
        if new != old:
            audit.record(s, actor, "position", position.key, "requirement", old, new, item=competency_code,
                         reason=reason)
        s.flush()
        return next(i for i in requirement_infos(position) if i.code == competency_code)
