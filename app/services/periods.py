"""Assessment periods: list, add, open or close, and the period a command means."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.actor import Actor
from app.database import Database
from app.errors import NotFound, UserError
from app.models import AssessmentPeriod
from app.permissions import Action, require
from app.vntext import clean

PERIOD_STATUS_LABELS = {"open": "Đang mở", "closed": "Đã đóng"}


@dataclass(frozen=True)
class PeriodInfo:
    id: int
    name: str
    status: str
    starts_on: dt.date | None
    ends_on: dt.date | None


# Newest start first, a period without a start date after those with one, then the newest created: NULLs placed
# explicitly, since SQLite sorts them first and PostgreSQL last (`rate` without --period takes the first open one)
NEWEST_FIRST = (AssessmentPeriod.starts_on.desc().nulls_last(), AssessmentPeriod.id.desc())


def _period_info(p: AssessmentPeriod) -> PeriodInfo:
    return PeriodInfo(p.id, p.name, p.status, p.starts_on, p.ends_on)


def list_periods(db: Database, actor: Actor) -> list[PeriodInfo]:
    """Periods, newest first (their names are not personal data)."""
    require(actor, Action.READ_CATALOG)
    with db.read_session() as s:
        query = select(AssessmentPeriod).order_by(*NEWEST_FIRST)
        return [_period_info(p) for p in s.scalars(query)]


def add_period(
    db: Database, actor: Actor, name: str, starts_on: dt.date | None = None, ends_on: dt.date | None = None
) -> PeriodInfo:
    require(actor, Action.MANAGE_PERIODS)
    name = clean(name)
    if not name:
        raise UserError("Tên kỳ đánh giá không được để trống.")
    if starts_on and ends_on and ends_on < starts_on:
        raise UserError("Ngày kết thúc kỳ đánh giá không được trước ngày bắt đầu.")
    with db.session() as s:
        if s.scalars(select(AssessmentPeriod).where(AssessmentPeriod.name == name)).first():
            raise UserError(f"Kỳ đánh giá '{name}' đã có.")
        period = AssessmentPeriod(name=name, starts_on=starts_on, ends_on=ends_on, status="open")
        s.add(period)
        s.flush()
        audit.record(s, actor, "period", name, "status", None, "open", action="add")
        return _period_info(period)


def set_period_status(db: Database, actor: Actor, name: str, status: str) -> PeriodInfo:
    """Open or close a period; a closed period is read-only everywhere."""
    require(actor, Action.MANAGE_PERIODS)
    with db.session() as s:
        period = find_period(s, name)
        if period.status != status:
            audit.record(s, actor, "period", period.name, "status", period.status, status)
            period.status = status
        return _period_info(period)


def find_period(s: Session, name: str | None) -> AssessmentPeriod:
    """The named period, or (no name) the newest open period, else the newest one."""
    if name:
        period = s.scalars(select(AssessmentPeriod).where(AssessmentPeriod.name == clean(name))).first()
        if period is None:
            raise NotFound(f"Không có kỳ đánh giá '{name}'.")
        return period
    periods = list(s.scalars(select(AssessmentPeriod).order_by(*NEWEST_FIRST)))
    if not periods:
        raise NotFound("Chưa có kỳ đánh giá nào. Hãy tạo một kỳ đánh giá trước.")
    return next((p for p in periods if p.status == "open"), periods[0])
