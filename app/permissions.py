"""The one place where rights are checked. Services call `require` before doing anything."""

from __future__ import annotations

from enum import StrEnum

from app.actor import Actor
from app.errors import NotFound, PermissionDenied
from app.logs import log


class Action(StrEnum):
    READ_CATALOG = "read_catalog"
    EDIT_FRAMEWORK = "edit_framework"
    READ_EMPLOYEE = "read_employee"
    EDIT_EMPLOYEE = "edit_employee"
    MANAGE_UNITS = "manage_units"
    MANAGE_PERIODS = "manage_periods"
    READ_ASSESSMENT = "read_assessment"
    RATE = "rate"
    SUBMIT = "submit"
    APPROVE = "approve"
    REOPEN = "reopen"
    LOAD_SAMPLE = "load_sample"
    MANAGE_ACCOUNTS = "manage_accounts"
    IMPORT = "import"
    EXPORT = "export"
    READ_AUDIT = "read_audit"
    BACKUP = "backup"
    RESTORE = "restore"


ACTION_LABELS = {
    Action.READ_CATALOG: "xem khung năng lực",
    Action.EDIT_FRAMEWORK: "sửa khung năng lực",
    Action.READ_EMPLOYEE: "xem hồ sơ công chức",
    Action.EDIT_EMPLOYEE: "sửa hồ sơ công chức",
    Action.MANAGE_UNITS: "quản lý đơn vị",
    Action.MANAGE_PERIODS: "quản lý kỳ đánh giá",
    Action.READ_ASSESSMENT: "xem kết quả đánh giá",
    Action.RATE: "chấm điểm",
    Action.SUBMIT: "gửi đánh giá",
    Action.APPROVE: "phê duyệt đánh giá",
    Action.REOPEN: "mở lại đánh giá",
    Action.LOAD_SAMPLE: "nạp dữ liệu mẫu",
    Action.MANAGE_ACCOUNTS: "quản lý tài khoản",
    Action.IMPORT: "nhập dữ liệu từ tệp",
    Action.EXPORT: "xuất báo cáo",
    Action.READ_AUDIT: "xem nhật ký thay đổi của cả cơ quan",
    Action.BACKUP: "sao lưu cơ sở dữ liệu",
    Action.RESTORE: "khôi phục cơ sở dữ liệu từ bản sao lưu",
}

# What a head of unit may do to people of the units they lead (sub-units included).
HEAD_ACTIONS = {Action.READ_EMPLOYEE, Action.READ_ASSESSMENT, Action.RATE, Action.SUBMIT, Action.APPROVE,
                Action.REOPEN, Action.EXPORT}


def allowed(
    actor: Actor,
    action: Action,
    unit_id: int | None = None,
    employee_id: int | None = None,
    kind: str | None = None,
    status: str | None = None,
) -> bool:
    """Whether the actor may do the action on something in unit_id / about employee_id.

    kind and status describe an assessment: an employee reads their own self-assessment, and their
    assessor's form only once it is approved; they rate and submit only their self-assessment.
    """
    roles = actor.roles
    if "local" in roles or "hr" in roles:
        return True
    if action is Action.READ_CATALOG:
        return True
    if "head" in roles and action in HEAD_ACTIONS and unit_id is not None and unit_id in actor.unit_scope:
        return True
    own = employee_id is not None and employee_id == actor.employee_id
    if "employee" in roles and own:
        if action is Action.READ_EMPLOYEE:
            return True
        if action is Action.READ_ASSESSMENT:
            return kind in (None, "self") or status == "approved"
        if action in (Action.RATE, Action.SUBMIT):
            return kind == "self"
    return False


def require(
    actor: Actor | None,
    action: Action,
    unit_id: int | None = None,
    employee_id: int | None = None,
    kind: str | None = None,
    status: str | None = None,
) -> None:
    """Raise PermissionDenied (with a Vietnamese message) unless the actor may act."""
    if actor is None:
        raise PermissionDenied(f"Cần đăng nhập để {ACTION_LABELS[action]}.")
    if not allowed(actor, action, unit_id, employee_id, kind, status):
        log.warning("từ chối: %s không có quyền %s", actor.username, action.value)
        raise PermissionDenied(f"Tài khoản '{actor.username}' không có quyền {ACTION_LABELS[action]}.")


class OutOfScope(NotFound, PermissionDenied):
    """A person named who does not exist, or whom the actor may not see: one message for both, so that codes
    cannot be probed."""


def sees_everyone(actor: Actor | None) -> bool:
    return actor is not None and bool(actor.roles & {"local", "hr"})


def require_person(actor: Actor | None, code: str, unit_id: int | None, employee_id: int | None) -> None:
    """The person (unit_id/employee_id; both None when no one has this code) must be one the actor may see.

    Refused with the same message whether the code exists or not; HR, who sees everyone, is told plainly
    that the code does not exist."""
    if actor is None:
        require(actor, Action.READ_EMPLOYEE)
    if employee_id is not None and allowed(actor, Action.READ_EMPLOYEE, unit_id, employee_id):
        return
    if sees_everyone(actor):
        raise NotFound(f"Không có công chức mã '{code}'.")
    log.warning("từ chối: %s hỏi mã công chức không có hoặc ngoài phạm vi", actor.username)
    raise OutOfScope(f"Không có công chức mã '{code}' trong phạm vi của bạn (không có mã này, hoặc bạn "
                     "không có quyền xem người này).")
