"""Accounts, their roles (with the unit a head leads) and the audit trail."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, utcnow


class Account(Base):
    __tablename__ = "accounts"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    password_hash: Mapped[str] = mapped_column(String(200))
    employee_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id", ondelete="SET NULL"), index=True)
    active: Mapped[bool] = mapped_column(default=True)
    failed_attempts: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[dt.datetime | None]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    roles: Mapped[list[AccountRole]] = relationship(cascade="all, delete-orphan")


class AccountRole(Base):
    """hr (quản trị / tổ chức cán bộ), head (lãnh đạo đơn vị, with its unit), employee (công chức)."""

    __tablename__ = "account_roles"
    __table_args__ = (
        UniqueConstraint("account_id", "role", "unit_id"),
        CheckConstraint("role IN ('hr', 'head', 'employee')", name="role"),
        CheckConstraint("role <> 'head' OR unit_id IS NOT NULL", name="head_unit"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(16))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), index=True)


class AuditEntry(Base):
    """Who changed what, when, from which value to which, and why.

    The one audit trail: scores, notes, statuses, requirements, employees' positions, units,
    periods, frameworks and accounts. Written in the change's own transaction through
    app.audit.record, never edited: database triggers refuse UPDATE and DELETE.
    """

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_entity", "entity", "entity_key"),
        Index("ix_audit_log_assessment", "assessment_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)  # audit --since, the trail by date
    actor: Mapped[str] = mapped_column(String(100))  # the user name, or the local user's login name
    actor_name: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(String(32))
    entity_key: Mapped[str] = mapped_column(String(100))
    assessment_id: Mapped[int | None]  # no foreign key: the trail outlives what it describes
    item: Mapped[str] = mapped_column(String(100), default="")  # e.g. the competency code of a score
    field: Mapped[str] = mapped_column(String(64), default="")
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text, default="")
    # the seal (app.audit_chain): sha256 of the entry and the previous entry's hash
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64))


class RememberedLogin(Base):
    """A login remembered on one computer: only the SHA-256 of its random token is stored here."""

    __tablename__ = "remembered_logins"
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[dt.datetime]
