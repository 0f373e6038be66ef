"""The organisation: units (a tree) and employees."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base
from app.models.catalog import GRADE_CODE_MAX, Grade, Position


class Unit(Base):
    __tablename__ = "units"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(Text)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"))
    sort_order: Mapped[int] = mapped_column(default=0)
    is_sample: Mapped[bool] = mapped_column(default=False)
    parent: Mapped[Unit | None] = relationship(remote_side=[id])


class Employee(Base):
    __tablename__ = "employees"
    __table_args__ = (Index("ix_employees_unit", "unit_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    birth_date: Mapped[dt.date | None]
    gender: Mapped[str] = mapped_column(String(8), default="")
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"))
    position_id: Mapped[int | None] = mapped_column(ForeignKey("positions.id", ondelete="SET NULL"))
    grade_code: Mapped[str | None] = mapped_column(String(GRADE_CODE_MAX), ForeignKey("grades.code"))
    grade_since: Mapped[dt.date | None]
    education: Mapped[str] = mapped_column(Text, default="")
    certificates: Mapped[str] = mapped_column(Text, default="")
    political_theory: Mapped[str] = mapped_column(String(32), default="", server_default="")
    documents_led: Mapped[int | None]
    active: Mapped[bool] = mapped_column(default=True)
    is_sample: Mapped[bool] = mapped_column(default=False)

    unit: Mapped[Unit] = relationship()
    position: Mapped[Position | None] = relationship()
    grade: Mapped[Grade | None] = relationship()
