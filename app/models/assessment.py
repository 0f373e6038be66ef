"""Assessment periods, assessments and their ratings (changes are in the audit trail)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, utcnow
from app.models.catalog import GRADE_CODE_MAX, Position
from app.models.org import Employee


class AssessmentPeriod(Base):
    __tablename__ = "assessment_periods"
    __table_args__ = (CheckConstraint("status IN ('open', 'closed')", name="status"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    starts_on: Mapped[dt.date | None]
    ends_on: Mapped[dt.date | None]
    status: Mapped[str] = mapped_column(String(16), default="open")
    is_sample: Mapped[bool] = mapped_column(default=False)


class Assessment(Base):
    """One kind (self or assessor) of assessment of an employee against a position in a period.

    The employee's unit, grade and current position, and the target position's name and grade,
    are copied in when the assessment is created, so a later transfer never rewrites history.
    """

    __tablename__ = "assessments"
    __table_args__ = (
        UniqueConstraint("employee_id", "position_id", "period_id", "kind"),
        CheckConstraint("kind IN ('self', 'assessor')", name="kind"),
        CheckConstraint("status IN ('draft', 'submitted', 'approved')", name="status"),
        # id and revision too: a period's forms per unit and their fingerprint (summary_store) read from the index
        Index("ix_assessments_period_employee", "period_id", "employee_id", "id", "revision"),
        Index("ix_assessments_employee_period", "employee_id", "period_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"))
    position_id: Mapped[int] = mapped_column(ForeignKey("positions.id", ondelete="RESTRICT"), index=True)
    period_id: Mapped[int] = mapped_column(ForeignKey("assessment_periods.id", ondelete="RESTRICT"))
    kind: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default="draft")
    author: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    submitted_at: Mapped[dt.datetime | None]
    approved_at: Mapped[dt.datetime | None]
    approved_by: Mapped[str | None] = mapped_column(String(100))
    frozen_unit_name: Mapped[str] = mapped_column(Text, default="")
    frozen_grade_code: Mapped[str | None] = mapped_column(String(GRADE_CODE_MAX))
    frozen_current_position_key: Mapped[str | None] = mapped_column(String(100))
    frozen_position_key: Mapped[str] = mapped_column(String(100), default="")
    frozen_position_name: Mapped[str] = mapped_column(Text, default="")
    frozen_position_grade: Mapped[str] = mapped_column(String(GRADE_CODE_MAX), default="")
    is_sample: Mapped[bool] = mapped_column(default=False)
    # how many times the form or one of its ratings was changed: kept by triggers (migration 0011), never written here
    revision: Mapped[int] = mapped_column(default=1, server_default="1")

    employee: Mapped[Employee] = relationship()
    position: Mapped[Position] = relationship()
    period: Mapped[AssessmentPeriod] = relationship()
    ratings: Mapped[list[Rating]] = relationship(
        back_populates="assessment", cascade="all, delete-orphan", order_by="Rating.sort_order"
    )


class Rating(Base):
    """A score (1–5 or empty) with note, and the requirement as it stood when assessed."""

    __tablename__ = "ratings"
    __table_args__ = (
        UniqueConstraint("assessment_id", "competency_id"),
        CheckConstraint("score IS NULL OR score BETWEEN 1 AND 5", name="score"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"))
    competency_id: Mapped[int] = mapped_column(ForeignKey("competencies.id", ondelete="RESTRICT"), index=True)
    competency_code: Mapped[str] = mapped_column(String(32))
    competency_name: Mapped[str] = mapped_column(Text)
    group_code: Mapped[str] = mapped_column(String(32))
    group_name: Mapped[str] = mapped_column(String(200))
    sort_order: Mapped[int] = mapped_column(default=0)
    required_min: Mapped[int | None]
    required_max: Mapped[int | None]
    required_text: Mapped[str | None] = mapped_column(Text)
    required_origin: Mapped[str] = mapped_column(String(16), default="document")
    score: Mapped[int | None]
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(default=1)

    assessment: Mapped[Assessment] = relationship(back_populates="ratings")
    __mapper_args__ = {"version_id_col": version}

