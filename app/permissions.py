"""The one place where rights are checked. Services call `require` before doing anything."""

from __future__ import annotations

from enum import StrEnum

from app.actor import Actor
from app.errors import PermissionDenied


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
}


def allowed(actor: Actor, action: Action, unit_id: int | None = None, employee_id: int | None = None) -> bool:
    """Whether the actor may do the action on something in unit_id / about employee_id."""
    if "local" in actor.roles or "hr" in actor.roles:
        return True
    return action is Action.READ_CATALOG


def require(actor: Actor, action: Action, unit_id: int | None = None, employee_id: int | None = None) -> None:
    """Raise PermissionDenied (with a Vietnamese message) unless the actor may act."""
    if not allowed(actor, action, unit_id, employee_id):
        raise PermissionDenied(f"Tài khoản '{actor.username}' không có quyền {ACTION_LABELS[action]}.")
