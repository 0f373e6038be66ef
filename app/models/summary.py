"""A period's summary figures kept per unit (app.services.summary_store): derived data, never edited by hand.

Each unit's rows hold what app.services.report_sql counts for the people of that unit (their counted forms),
with the fingerprint of the unit's forms they were computed from. A report over many units reads these rows
and computes again only the units whose forms changed since. No foreign keys: the rows of a unit or period
that no longer exists are dropped when their fingerprint no longer matches anything.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class SummaryUnit(Base):
    """One unit's fingerprint in a period: how many forms its people have, the sum of their ids and of their
    revisions (assessments.revision), and how many of its people have a form against another position."""

    __tablename__ = "summary_units"
    period_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    unit_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    forms: Mapped[int] = mapped_column(BigInteger)
    id_sum: Mapped[int] = mapped_column(BigInteger)
    revision_sum: Mapped[int] = mapped_column(BigInteger)
    readiness_people: Mapped[int] = mapped_column(Integer)


class SummaryCell(Base):
    """Per unit, target position and competency of the counted forms: report_sql's cell figures."""

    __tablename__ = "summary_cells"
    period_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    unit_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    position_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    competency_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    competency_code: Mapped[str] = mapped_column(String(32), primary_key=True)
    sample: Mapped[int] = mapped_column(Integer)
    list_order: Mapped[int] = mapped_column(Integer)
    below: Mapped[int] = mapped_column(Integer)
    rated: Mapped[int] = mapped_column(Integer)
    n1: Mapped[int] = mapped_column(Integer)
    n2: Mapped[int] = mapped_column(Integer)
    n3: Mapped[int] = mapped_column(Integer)
    n4: Mapped[int] = mapped_column(Integer)
    n5: Mapped[int] = mapped_column(Integer)
    short: Mapped[int | None] = mapped_column(Integer)
    most: Mapped[int | None] = mapped_column(Integer)


class SummaryVerdict(Base):
    """Per unit: how many of its people's counted forms have each verdict (gap.Verdict value)."""

    __tablename__ = "summary_verdicts"
    period_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    unit_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    verdict: Mapped[str] = mapped_column(String(32), primary_key=True)
    forms: Mapped[int] = mapped_column(Integer)
