"""The audit trail: who changed what, when, from which value to which, and why.

Every change of a score, note, status, requirement, employee record (unit, position, grade),
unit, period, framework or account goes through `record`, inside the change's own session, so
the entry is committed with the change or not at all. Entries are never edited: the database
refuses UPDATE and DELETE on audit_log (triggers from migration 0004), and each entry is sealed with
a hash chained to the previous one (app.audit_chain), so a change made around the triggers shows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.actor import Actor
from app.database import Database
from app.models import Assessment, AuditEntry
from app.models.base import utcnow
from app.permissions import Action, require
from app.vntext import format_date

ENTITY_LABELS = {
    "assessment": "Phiếu đánh giá",
    "position": "Vị trí việc làm",
    "employee": "Công chức",
    "unit": "Đơn vị",
    "period": "Kỳ đánh giá",
    "framework": "Khung năng lực",
    "account": "Tài khoản",
    "grade": "Ngạch, hạng",
    "audit": "Nhật ký thay đổi",
}

FIELD_LABELS = {
    "score": "Điểm",
    "note": "Ghi chú",
    "status": "Trạng thái",
    "requirement": "Cấp độ yêu cầu",
    "position": "Vị trí việc làm",
    "unit": "Đơn vị",
    "grade": "Ngạch",
    "grade_since": "Giữ ngạch từ",
    "full_name": "Họ và tên",
    "birth_date": "Ngày sinh",
    "gender": "Giới tính",
    "education": "Trình độ đào tạo",
    "certificates": "Chứng chỉ",
    "active": "Đang theo dõi",
    "record": "Hồ sơ",
    "name": "Tên",
    "parent": "Đơn vị cấp trên",
    "role": "Vai trò",
    "employee": "Công chức",
    "password": "Mật khẩu",
    "framework": "Khung năng lực",
    "revision": "Sửa đổi",
    "kind": "Loại",
    "rank": "Thứ bậc",
    "default_range": "Cấp độ yêu cầu mặc định",
    "political_theory": "Lý luận chính trị",
    "political_theory_kind": "Loại bằng lý luận chính trị",
    "major_fits_field": "Ngành đào tạo phù hợp lĩnh vực",
    "history_complete": "Đã kê khai đủ quá trình công tác",
    "degrees": "Bằng cấp",
    "grade_periods": "Quá trình giữ ngạch",
    "works": "Văn bản đã chủ trì, tham gia",
    "certificate_list": "Danh sách chứng chỉ",
    "digest": "Dấu kiểm tra tài khoản",
    "trigger": "Trigger chống sửa nhật ký",
}

ACTION_LABELS = {
    "add": "Thêm",
    "change": "Sửa",
    "delete": "Xóa",
    "submit": "Gửi",
    "approve": "Phê duyệt",
    "reopen": "Mở lại",
    "disable": "Khóa",
    "password": "Đổi mật khẩu",
    "import": "Nhập từ tệp",
    "replace": "Thay thế",
    "revise": "Sửa đổi khung",
    "seal": "Ghi dấu kiểm tra",
    "restore": "Khôi phục",
}


def as_text(value: object) -> str | None:
    """How a value is stored in the trail: None stays None, dates as dd/mm/yyyy, booleans as 1/0."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, dt.date):
        return format_date(value)
    return str(value)


def entry(
    actor: Actor,
    entity: str,
    key: object,
    field: str,
    old: object = None,
    new: object = None,
    *,
    action: str = "change",
    item: str = "",
    reason: str = "",
    assessment_id: int | None = None,
    at: dt.datetime | None = None,
) -> dict:
    """The column values of one entry (for record, or for record_many in bulk)."""
    return dict(at=at or utcnow(), actor=actor.username, actor_name=actor.label, action=action, entity=entity,
                entity_key=str(key), assessment_id=assessment_id, item=item, field=field, old_value=as_text(old),
                new_value=as_text(new), reason=reason or "")


def record_many(s: Session, entries: list[dict]) -> None:
    """Many entries in one INSERT (imports); same transaction as the change."""
    if entries:
        from sqlalchemy import insert

        from app.audit_chain import chain_rows

        s.flush()  # entries added one by one come first in the chain
        s.execute(insert(AuditEntry.__table__), chain_rows(s.connection(), entries))  # Core executemany: no per-row ORM bookkeeping


def record(s: Session, actor: Actor, entity: str, key: object, field: str, old: object = None, new: object = None,
           **details) -> None:
    """Add one entry to the session; it is committed (or rolled back) with the change itself.

    details: action, item, reason, assessment_id, at (as for entry).
    """
    s.add(AuditEntry(**entry(actor, entity, key, field, old, new, **details)))


def changes(actor: Actor, entity: str, key: object, before: dict, after: dict, **kwargs) -> list[dict]:
    """One entry per field whose value differs between before and after."""
    return [entry(actor, entity, key, field, before.get(field), new, **kwargs)
            for field, new in after.items() if as_text(before.get(field)) != as_text(new)]


@dataclass(frozen=True, slots=True)
class AuditRow:
    at: dt.datetime
    actor: str
    actor_name: str
    action: str
    entity: str
    entity_key: str
    item: str
    field: str
    old_value: str | None
    new_value: str | None
    reason: str
    # names read when the trail is listed (named_rows): the record, the item (a competency) and the actor
    subject_name: str = ""
    item_name: str = ""
    actor_label: str = ""

    @property
    def what(self) -> str:
        """e.g. "Điểm · Đạo đức công vụ" (the competency's name; its code when it has none), "Trạng thái"."""
        label = FIELD_LABELS.get(self.field, self.field)
        item = self.item_name or self.item
        return f"{label} · {item}" if item else label

    @property
    def subject(self) -> str:
        """e.g. "Phiếu đánh giá: Nguyễn Văn An — Chuyên viên … (Tự đánh giá, Năm 2026)", "Tài khoản: Trần Bình"."""
        label = ENTITY_LABELS.get(self.entity, self.entity)
        return f"{label}: {self.subject_name}" if self.subject_name else f"{label} {self.entity_key}"

    @property
    def action_label(self) -> str:
        return ACTION_LABELS.get(self.action, self.action)

    @property
    def who(self) -> str:
        if self.actor_label:
            return self.actor_label
        if self.actor_name and self.actor_name != self.actor:
            return f"{self.actor_name} ({self.actor})"
        return self.actor

    def shown(self, value: str | None) -> str:
        if value is None:
            return ""
        if self.field == "status":
            from app.services.assessments import PERIOD_STATUS_LABELS, STATUS_LABELS

            labels = PERIOD_STATUS_LABELS if self.entity == "period" else STATUS_LABELS
            return labels.get(value, value)
        if self.field in ("active", "major_fits_field", "history_complete"):
            return {"1": "Có", "0": "Không"}.get(value, value)
        return value

    @property
    def old_shown(self) -> str:
        return self.shown(self.old_value)

    @property
    def new_shown(self) -> str:
        return self.shown(self.new_value)


def _row(e: AuditEntry) -> AuditRow:
    at = e.at if e.at.tzinfo else e.at.replace(tzinfo=dt.timezone.utc)
    return AuditRow(at, e.actor, e.actor_name, e.action, e.entity, e.entity_key, e.item, e.field,
                    e.old_value, e.new_value, e.reason)


def _chunks(values: set, size: int = 500):
    values = sorted(values, key=str)
    for start in range(0, len(values), size):
        yield values[start:start + size]


def named_rows(s: Session, rows: list[AuditRow]) -> list[AuditRow]:
    """The rows with the names of what they are about: the person and position of a form, a competency's name
    for a score or requirement, an employee's, unit's or account's name, and who acted by their full name."""
    from dataclasses import replace

    from app.models import Account, AssessmentPeriod, Competency, Employee, Position, Rating, Unit
    from app.services.assessments import KIND_LABELS

    keys: dict[str, set] = {}
    for r in rows:
        keys.setdefault(r.entity, set()).add(r.entity_key)
    subjects: dict[tuple[str, str], str] = {}
    items: dict[tuple[str, str, str], str] = {}
    form_ids = {int(k) for k in keys.get("assessment", ()) if k.isdigit()}
    for chunk in _chunks(form_ids):
        query = (select(Assessment.id, Employee.full_name, Employee.code, Assessment.frozen_position_name,
                        Assessment.kind, AssessmentPeriod.name)
                 .join(Employee, Employee.id == Assessment.employee_id)
                 .join(AssessmentPeriod, AssessmentPeriod.id == Assessment.period_id)
                 .where(Assessment.id.in_(chunk)))
        for form_id, person, code, position, kind, period in s.execute(query):
            subjects["assessment", str(form_id)] = (f"{person} ({code}) — {position} "
                                                    f"({KIND_LABELS.get(kind, kind)}, {period})")
        for form_id, code, name in s.execute(select(Rating.assessment_id, Rating.competency_code,
                                                    Rating.competency_name).where(Rating.assessment_id.in_(chunk))):
            items["assessment", str(form_id), code] = name
    for chunk in _chunks(keys.get("position", set())):
        for key, name in s.execute(select(Position.key, Position.name).where(Position.key.in_(chunk))):
            subjects["position", key] = f"{name} ({key})"
        codes = {r.item for r in rows if r.entity == "position" and r.item}
        if not codes:
            continue
        query = (select(Position.key, Competency.code, Competency.name)  # requirements removed since included
                 .join(Competency, Competency.framework_id == Position.framework_id)
                 .where(Position.key.in_(chunk), Competency.code.in_(codes)))
        for key, code, name in s.execute(query):
            items["position", key, code] = name
    for chunk in _chunks(keys.get("employee", set())):
        for code, name in s.execute(select(Employee.code, Employee.full_name).where(Employee.code.in_(chunk))):
            subjects["employee", code] = f"{name} ({code})"
    for chunk in _chunks(keys.get("unit", set())):
        for code, name in s.execute(select(Unit.code, Unit.name).where(Unit.code.in_(chunk))):
            subjects["unit", code] = name
    accounts: dict[str, str] = {}
    for chunk in _chunks(keys.get("account", set()) | {r.actor for r in rows}):
        for username, name in s.execute(select(Account.username, Account.display_name)
                                        .where(Account.username.in_(chunk))):
            accounts[username] = name or username
    for username, name in accounts.items():
        subjects["account", username] = f"{name} ({username})" if name != username else name

    def actor_label(r: AuditRow) -> str:
        if r.actor_name and r.actor_name != r.actor:
            return r.actor_name
        if r.actor in accounts:
            return accounts[r.actor]
        return f"Người dùng máy tính ({r.actor})"  # before accounts existed: the computer's login name

    return [replace(r, subject_name=subjects.get((r.entity, r.entity_key), ""),
                    item_name=items.get((r.entity, r.entity_key, r.item), "") if r.item else "",
                    actor_label=actor_label(r)) for r in rows]


def assessment_trail(db: Database, actor: Actor, assessment_id: int) -> list[AuditRow]:
    """Every recorded change of one assessment, oldest first; whoever may read it may read its trail."""
    with db.read_session() as s:
        a = s.get(Assessment, assessment_id)
        if a is None:
            from app.errors import NotFound

            raise NotFound(f"Không có phiếu đánh giá số {assessment_id}.")
        require(actor, Action.READ_ASSESSMENT, unit_id=a.employee.unit_id, employee_id=a.employee_id,
                kind=a.kind, status=a.status)
        query = select(AuditEntry).where(AuditEntry.assessment_id == assessment_id).order_by(AuditEntry.id)
        return named_rows(s, [_row(e) for e in s.scalars(query)])


def search_trail(
    db: Database,
    actor: Actor,
    entity: str | None = None,
    key: str | None = None,
    since: dt.date | None = None,
    limit: int | None = None,
) -> list[AuditRow]:
    """The agency's whole trail (HR only), optionally for one entity or one record, newest first."""
    require(actor, Action.READ_AUDIT)
    # accounts' digests are the seal's bookkeeping (app.audit_chain.verify reads them), not changes to show
    query = select(AuditEntry).where(AuditEntry.field != "digest").order_by(AuditEntry.id.desc())
    if entity:
        query = query.where(AuditEntry.entity == entity)
    if key:
        query = query.where(AuditEntry.entity_key == key)
    if since:
        query = query.where(AuditEntry.at >= dt.datetime.combine(since, dt.time(), tzinfo=dt.timezone.utc))
    if limit:
        query = query.limit(limit)
    with db.read_session() as s:
        return named_rows(s, [_row(e) for e in s.scalars(query)])
