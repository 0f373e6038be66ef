"""Saving a score safely beside colleagues: KEEP, the compare-and-set of one field, retry after a race."""

from __future__ import annotations

import datetime as dt
import random
import time

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.database import CONCURRENT_STATES
from app.errors import Conflict, StorageError, UserError
from app.models import Assessment, AuditEntry, Rating
from app.vntext import nfc

KEEP = object()  # "leave this field as it is" (set_rating), or "not compared" (expected values)


def validate_score(score: object, where: str) -> int | None:
    if score is None:
        return None
    if isinstance(score, bool) or not isinstance(score, int) or not 1 <= score <= 5:
        raise UserError(f"Điểm '{score}' của {where} không hợp lệ: phải là số nguyên từ 1 đến 5.")
    return score


def raced(exc: BaseException, creating: bool) -> bool:
    """A concurrent writer got in between our read and our write (the row's version moved, or the
    form we were creating now exists); the storage layer may have wrapped the error."""
    kinds = (StaleDataError, IntegrityError) if creating else (StaleDataError,)
    if isinstance(exc, kinds):
        return True
    wrapped = isinstance(exc, StorageError) or (isinstance(exc, Conflict) and exc.field is None)
    cause = exc.__cause__ or exc.__context__
    # PostgreSQL may also refuse one of two transactions writing the same rows at once (a serialization
    # failure or a deadlock): run it again, as for a race
    transient = getattr(getattr(cause, "orig", None), "sqlstate", None) in CONCURRENT_STATES
    return wrapped and (isinstance(cause, kinds) or transient)


def retrying(work, creating: bool = False, attempts: int = 5):
    """Run a transaction again after a race: the fresh read then decides (conflict or not). Waits a few
    random milliseconds between attempts so that writers who collided do not collide again in step."""
    for attempt in range(attempts):
        try:
            return work()
        except (StaleDataError, IntegrityError, StorageError, Conflict) as exc:
            if not raced(exc, creating):
                raise
            if attempt == attempts - 1:
                raise Conflict("Điểm này vừa được người khác sửa; hãy tải lại phiếu.") from None
            time.sleep(random.uniform(0.005, 0.03) * (attempt + 1))
    raise AssertionError("unreachable")


def clean_note(note: object) -> str:
    return nfc(str(note or "")).strip()


def stale(s: Session, a: Assessment, rating: Rating, field: str) -> Conflict:
    """The conflict of a stale edit, with the field's current value and who wrote it when."""
    last = s.execute(
        select(AuditEntry.actor_name, AuditEntry.actor, AuditEntry.at)
        .where(AuditEntry.assessment_id == a.id, AuditEntry.item == rating.competency_code,
               AuditEntry.field == field)
        .order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    by = (last.actor_name or last.actor) if last else None
    at = last.at if last else None
    if at is not None and at.tzinfo is None:  # SQLite gives back naive UTC
        at = at.replace(tzinfo=dt.timezone.utc)
    if field == "note":
        shown = f"“{rating.note}”" if rating.note else "để trống"
        what = "Ghi chú"
    else:
        shown = "chưa chấm" if rating.score is None else str(rating.score)
        what = "Điểm"
    who = f" bởi {by}" if by else ""
    return Conflict(
        f"{what} năng lực {rating.competency_code} vừa được sửa{who}, hiện là {shown}; thay đổi của bạn chưa được ghi.",
        field=field, competency=rating.competency_code, score=rating.score, note=rating.note,
        changed_by=by, changed_at=at,
    )


def check_expected(s: Session, a: Assessment, rating: Rating, score, note, expected_score, expected_note) -> None:
    """Each field that changes must still hold what the caller saw, or already hold the new value."""
    if score is not KEEP and expected_score is not KEEP:
        new = validate_score(score, f"năng lực {rating.competency_code}")
        if rating.score != expected_score and rating.score != new:
            raise stale(s, a, rating, "score")
    if (note is not KEEP and expected_note is not KEEP
            and rating.note not in (clean_note(expected_note), clean_note(note))):
        raise stale(s, a, rating, "note")
