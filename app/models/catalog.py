"""Frameworks and what they define: groups, competencies, grades, specialties, positions."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.grades import CODE_MAX as GRADE_CODE_MAX  # every column holding a grade code has this length
from app.models.base import Base


class Grade(Base):
    """A grade: công chức ngạch (kind 'ngach') or viên chức hạng chức danh nghề nghiệp (kind 'hang'), with
    its order (rank, higher is more senior) and the range a position of the grade gets when its document
    gives none (see app.grades). HR extends the catalogue."""

    __tablename__ = "grades"
    __table_args__ = (
        CheckConstraint(f"length(code) BETWEEN 1 AND {GRADE_CODE_MAX}", name="code_length"),
        CheckConstraint("kind IN ('ngach', 'hang')", name="kind"),
        CheckConstraint(
            "(default_min IS NULL AND default_max IS NULL)"
            " OR (default_min BETWEEN 1 AND 5 AND default_max BETWEEN 1 AND 5 AND default_min <= default_max)",
            name="default_range",
        ),
    )
    code: Mapped[str] = mapped_column(String(GRADE_CODE_MAX), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(8), default="ngach")
    rank: Mapped[int]
    default_min: Mapped[int | None]
    default_max: Mapped[int | None]


class Framework(Base):
    __tablename__ = "frameworks"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(Text)
    issuer: Mapped[str] = mapped_column(String(200), default="")
    number: Mapped[str] = mapped_column(String(100), default="")
    issued_on: Mapped[dt.date | None]
    source: Mapped[str] = mapped_column(Text, default="")
    builtin: Mapped[bool] = mapped_column(default=False)
    data_hash: Mapped[str] = mapped_column(String(64), default="")
    level_origin: Mapped[str] = mapped_column(String(16), default="generic")
    notes: Mapped[str] = mapped_column(Text, default="")

    groups: Mapped[list[CompetencyGroup]] = relationship(
        back_populates="framework", cascade="all, delete-orphan", order_by="CompetencyGroup.sort_order"
    )
    competencies: Mapped[list[Competency]] = relationship(
        back_populates="framework", cascade="all, delete-orphan", order_by="Competency.sort_order"
    )
    specialties: Mapped[list[Specialty]] = relationship(
        back_populates="framework", cascade="all, delete-orphan", order_by="Specialty.sort_order"
    )
    positions: Mapped[list[Position]] = relationship(
        back_populates="framework", cascade="all, delete-orphan", order_by="Position.number"
    )


class CompetencyGroup(Base):
    __tablename__ = "competency_groups"
    __table_args__ = (UniqueConstraint("framework_id", "code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    framework_id: Mapped[int] = mapped_column(ForeignKey("frameworks.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200))
    sort_order: Mapped[int] = mapped_column(default=0)
    # removed from the framework but kept because a kept (retired) competency belongs to it; never shown
    retired: Mapped[bool] = mapped_column(default=False, server_default="0")
    framework: Mapped[Framework] = relationship(back_populates="groups")


class Competency(Base):
    __tablename__ = "competencies"
    __table_args__ = (UniqueConstraint("framework_id", "code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    framework_id: Mapped[int] = mapped_column(ForeignKey("frameworks.id", ondelete="CASCADE"))
    group_id: Mapped[int] = mapped_column(ForeignKey("competency_groups.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(Text)
    grade_code: Mapped[str | None] = mapped_column(String(GRADE_CODE_MAX), ForeignKey("grades.code"), index=True)
    sort_order: Mapped[int] = mapped_column(default=0)
    # removed from the framework but kept because assessments rated it (ratings.competency_id is ON DELETE
    # RESTRICT); never shown or exported
    retired: Mapped[bool] = mapped_column(default=False, server_default="0")
    framework: Mapped[Framework] = relationship(back_populates="competencies")
    group: Mapped[CompetencyGroup] = relationship()
    levels: Mapped[list[CompetencyLevel]] = relationship(
        cascade="all, delete-orphan", order_by="CompetencyLevel.level"
    )


class CompetencyLevel(Base):
    """Descriptor of one of the five levels of a competency."""

    __tablename__ = "competency_levels"
    __table_args__ = (
        UniqueConstraint("competency_id", "level"),
        CheckConstraint("level BETWEEN 1 AND 5", name="level_range"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    competency_id: Mapped[int] = mapped_column(ForeignKey("competencies.id", ondelete="CASCADE"))
    level: Mapped[int]
    descriptor: Mapped[str] = mapped_column(Text)
    origin: Mapped[str] = mapped_column(String(16), default="generic")


class Specialty(Base):
    """Chuyên ngành: a chapter of a framework's position list."""

    __tablename__ = "specialties"
    __table_args__ = (UniqueConstraint("framework_id", "code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    framework_id: Mapped[int] = mapped_column(ForeignKey("frameworks.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(Text)
    sort_order: Mapped[int] = mapped_column(default=0)
    framework: Mapped[Framework] = relationship(back_populates="specialties")


class Position(Base):
    """Vị trí việc làm, keyed by '<framework code>:<number>' and never by name."""

    __tablename__ = "positions"
    __table_args__ = (UniqueConstraint("framework_id", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(100), unique=True)
    framework_id: Mapped[int] = mapped_column(ForeignKey("frameworks.id", ondelete="CASCADE"))
    number: Mapped[int]
    specialty_id: Mapped[int | None] = mapped_column(ForeignKey("specialties.id", ondelete="SET NULL"), index=True)
    name: Mapped[str] = mapped_column(Text)
    grade_code: Mapped[str] = mapped_column(String(GRADE_CODE_MAX), ForeignKey("grades.code"), index=True)
    objective: Mapped[str] = mapped_column(Text, default="")

    framework: Mapped[Framework] = relationship(back_populates="positions")
    specialty: Mapped[Specialty | None] = relationship()
    grade: Mapped[Grade] = relationship()
    warnings: Mapped[list[PositionWarning]] = relationship(cascade="all, delete-orphan")
    task_groups: Mapped[list[TaskGroup]] = relationship(
        cascade="all, delete-orphan", order_by="TaskGroup.sort_order"
    )
    relationships: Mapped[list[WorkRelationship]] = relationship(
        cascade="all, delete-orphan", order_by="WorkRelationship.sort_order"
    )
    authorities: Mapped[list[Authority]] = relationship(
        cascade="all, delete-orphan", order_by="Authority.sort_order"
    )
    qualifications: Mapped[list[PositionQualification]] = relationship(
        cascade="all, delete-orphan", order_by="PositionQualification.sort_order"
    )
    qualification_rule: Mapped[QualificationRule | None] = relationship(cascade="all, delete-orphan")
    requirements: Mapped[list[Requirement]] = relationship(
        cascade="all, delete-orphan", back_populates="position"
    )


class PositionWarning(Base):
    """An irregularity of the source document noted while loading (e.g. an empty number cell)."""

    __tablename__ = "position_warnings"
    id: Mapped[int] = mapped_column(primary_key=True)
    position_id: Mapped[int] = mapped_column(ForeignKey("positions.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)


class TaskGroup(Base):
    __tablename__ = "task_groups"
    id: Mapped[int] = mapped_column(primary_key=True)
    position_id: Mapped[int] = mapped_column(ForeignKey("positions.id", ondelete="CASCADE"), index=True)
    number: Mapped[str | None] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(Text)
    sort_order: Mapped[int] = mapped_column(default=0)
    items: Mapped[list[TaskItem]] = relationship(cascade="all, delete-orphan", order_by="TaskItem.sort_order")


class TaskItem(Base):
    """A task (kind 'task') or a completion criterion (kind 'criterion'), with its scope tags."""

    __tablename__ = "task_items"
    __table_args__ = (CheckConstraint("kind IN ('task', 'criterion')", name="kind"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    task_group_id: Mapped[int] = mapped_column(ForeignKey("task_groups.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    number: Mapped[str | None] = mapped_column(String(16))
    marker: Mapped[str] = mapped_column(String(8), default="")
    level: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(Text)
    scope: Mapped[str] = mapped_column(String(64), default="")
    sort_order: Mapped[int] = mapped_column(default=0)


class WorkRelationship(Base):
    __tablename__ = "work_relationships"
    id: Mapped[int] = mapped_column(primary_key=True)
    position_id: Mapped[int] = mapped_column(ForeignKey("positions.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    party: Mapped[str] = mapped_column(Text)
    nature: Mapped[str] = mapped_column(Text)
    sort_order: Mapped[int] = mapped_column(default=0)


class Authority(Base):
    __tablename__ = "authorities"
    id: Mapped[int] = mapped_column(primary_key=True)
    position_id: Mapped[int] = mapped_column(ForeignKey("positions.id", ondelete="CASCADE"), index=True)
    number: Mapped[str] = mapped_column(String(16), default="")
    text: Mapped[str] = mapped_column(Text)
    sort_order: Mapped[int] = mapped_column(default=0)


class PositionQualification(Base):
    """Qualification text as written: training, certificate, supplementary, experience, ..."""

    __tablename__ = "position_qualifications"
    id: Mapped[int] = mapped_column(primary_key=True)
    position_id: Mapped[int] = mapped_column(ForeignKey("positions.id", ondelete="CASCADE"), index=True)
    category: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text)
    sort_order: Mapped[int] = mapped_column(default=0)


class QualificationRule(Base):
    """Qualification requirements in checkable form, derived from the text."""

    __tablename__ = "qualification_rules"
    position_id: Mapped[int] = mapped_column(ForeignKey("positions.id", ondelete="CASCADE"), primary_key=True)
    min_education: Mapped[str | None] = mapped_column(String(32))
    political_theory: Mapped[str | None] = mapped_column(String(32))
    state_management_grade: Mapped[str | None] = mapped_column(String(GRADE_CODE_MAX), ForeignKey("grades.code"), index=True)
    lower_grade: Mapped[str | None] = mapped_column(String(GRADE_CODE_MAX), ForeignKey("grades.code"), index=True)
    years_in_lower_grade: Mapped[int | None]
    min_years_actually_in_lower_grade: Mapped[int | None]
    documents_led_min: Mapped[int | None]
    documents_led_role: Mapped[str | None] = mapped_column(String(64))


class Requirement(Base):
    """Required level range of a competency for a position, or a text-only requirement."""

    __tablename__ = "requirements"
    __table_args__ = (
        UniqueConstraint("position_id", "competency_id"),
        CheckConstraint(
            "(min_level IS NULL AND max_level IS NULL AND text IS NOT NULL)"
            " OR (min_level BETWEEN 1 AND 5 AND max_level BETWEEN 1 AND 5 AND min_level <= max_level)",
            name="range",
        ),
        CheckConstraint("origin IN ('document', 'grade_default', 'custom')", name="origin"),
        Index("ix_requirements_competency", "competency_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    position_id: Mapped[int] = mapped_column(ForeignKey("positions.id", ondelete="CASCADE"))
    competency_id: Mapped[int] = mapped_column(ForeignKey("competencies.id", ondelete="CASCADE"))
    min_level: Mapped[int | None]
    max_level: Mapped[int | None]
    text: Mapped[str | None] = mapped_column(Text)
    origin: Mapped[str] = mapped_column(String(16), default="document")
    sort_order: Mapped[int] = mapped_column(default=0)
    position: Mapped[Position] = relationship(back_populates="requirements")
    competency: Mapped[Competency] = relationship()
