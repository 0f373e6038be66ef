"""The organisation: units (a tree) and employees."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, event, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app import employee_keys
from app.models.base import Base
from app.models.catalog import GRADE_CODE_MAX, Grade, Position


class Unit(Base):
    __tablename__ = "units"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(Text)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"), index=True)
    sort_order: Mapped[int] = mapped_column(default=0)
    is_sample: Mapped[bool] = mapped_column(default=False)
    parent: Mapped[Unit | None] = relationship(remote_side=[id])


def _key_default(column: str):
    """A Core insert's value of a stored key (app.employee_keys), from the row's name and code."""
    def default(context) -> str:
        row = context.get_current_parameters()
        return employee_keys.keys(row["full_name"], row["code"])[column]
    return default


# PostgreSQL compares the key byte by byte, as SQLite does (its order is the Vietnamese name order)
SORT_KEY_TYPE = Text().with_variant(Text(collation="C"), "postgresql")


class Employee(Base):
    __tablename__ = "employees"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    birth_date: Mapped[dt.date | None]
    gender: Mapped[str] = mapped_column(String(8), default="")
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"))
    position_id: Mapped[int | None] = mapped_column(ForeignKey("positions.id", ondelete="SET NULL"), index=True)
    grade_code: Mapped[str | None] = mapped_column(String(GRADE_CODE_MAX), ForeignKey("grades.code"), index=True)
    grade_since: Mapped[dt.date | None]
    education: Mapped[str] = mapped_column(Text, default="")
    certificates: Mapped[str] = mapped_column(Text, default="")
    political_theory: Mapped[str] = mapped_column(String(32), default="", server_default="")
    documents_led: Mapped[int | None]
    # 'llct' bằng cao cấp lý luận chính trị, 'llct_hc' … - hành chính, 'xac_nhan' giấy xác nhận tương đương
    political_theory_kind: Mapped[str] = mapped_column(String(16), default="", server_default="")
    major_fits_field: Mapped[bool | None]  # the agency's finding that the major suits the field of work
    history_complete: Mapped[bool] = mapped_column(default=False, server_default="0")  # grade history and works
    active: Mapped[bool] = mapped_column(default=True)
    is_sample: Mapped[bool] = mapped_column(default=False)
    # the staff list's order and search text (app.employee_keys), never set by hand: the defaults below fill them
    # on a Core insert, keep_keys on the ORM's; a bulk update of names or codes sets them with employee_keys.with_keys
    sort_key: Mapped[str] = mapped_column(SORT_KEY_TYPE, default=_key_default("sort_key"), server_default="")
    search_key: Mapped[str] = mapped_column(Text, default=_key_default("search_key"), server_default="")

    unit: Mapped[Unit] = relationship()
    position: Mapped[Position | None] = relationship()
    grade: Mapped[Grade | None] = relationship()
    degrees: Mapped[list[EmployeeDegree]] = relationship(cascade="all, delete-orphan",
                                                         order_by="EmployeeDegree.sort_order")
    grade_periods: Mapped[list[EmployeeGradePeriod]] = relationship(cascade="all, delete-orphan",
                                                                    order_by="EmployeeGradePeriod.starts_on")
    works: Mapped[list[EmployeeWork]] = relationship(cascade="all, delete-orphan", order_by="EmployeeWork.sort_order")
    certificate_list: Mapped[list[EmployeeCertificate]] = relationship(cascade="all, delete-orphan",
                                                                       order_by="EmployeeCertificate.sort_order")
    __table_args__ = (Index("ix_employees_unit", "unit_id"),
                      # the list's order and what its filters test: pages read from the index alone (migration 0010)
                      Index("ix_employees_sort_key", "sort_key", "id", "active", "unit_id", "search_key"),
                      CheckConstraint("political_theory_kind IN ('', 'llct', 'llct_hc', 'xac_nhan')",
                                      name="political_theory_kind"))


@event.listens_for(Employee, "before_insert")
@event.listens_for(Employee, "before_update")
def keep_keys(_mapper, _connection, employee: Employee) -> None:
    """An employee written through the ORM (the staff dialog, the sample organisation) gets its keys again."""
    if employee.full_name is not None and employee.code is not None:
        employee.sort_key = employee_keys.sort_key(employee.full_name, employee.code)
        employee.search_key = employee_keys.search_key(employee.full_name, employee.code)


# codes are matched with case ignored (app.vntext.code_key): an import looks its file's codes up by lower(code)
Index("ix_employees_code_lower", func.lower(Employee.code))


class EmployeeDegree(Base):
    """Một văn bằng: trình độ (app.qualifications.EDUCATION_RANK), ngành, cơ sở đào tạo, năm tốt nghiệp."""

    __tablename__ = "employee_degrees"
    __table_args__ = (
        CheckConstraint("level IN ('pho_thong', 'trung_cap', 'cao_dang', 'dai_hoc', 'thac_si', 'tien_si')",
                        name="level"),
        CheckConstraint("year IS NULL OR year BETWEEN 1900 AND 2100", name="year"),
        Index("ix_employee_degrees_employee", "employee_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"))
    level: Mapped[str] = mapped_column(String(16))
    major: Mapped[str] = mapped_column(String(200), default="")
    institution: Mapped[str] = mapped_column(String(200), default="")
    year: Mapped[int | None]
    sort_order: Mapped[int] = mapped_column(default=0)


class EmployeeGradePeriod(Base):
    """Quá trình giữ ngạch, hạng: a grade held from one date to another (open: to the current grade)."""

    __tablename__ = "employee_grade_periods"
    __table_args__ = (
        CheckConstraint("ends_on IS NULL OR ends_on >= starts_on", name="dates"),
        Index("ix_employee_grade_periods_employee", "employee_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"))
    grade_code: Mapped[str] = mapped_column(String(GRADE_CODE_MAX), ForeignKey("grades.code"), index=True)
    starts_on: Mapped[dt.date]
    ends_on: Mapped[dt.date | None]


class EmployeeWork(Base):
    """A legal document, project or programme the person led (chủ trì) or took part in (tham gia)."""

    __tablename__ = "employee_works"
    __table_args__ = (
        CheckConstraint("role IN ('chu_tri', 'tham_gia')", name="role"),
        CheckConstraint("kind IN ('vbqppl', 'de_an', 'de_tai', 'du_an', 'chuong_trinh', 'khac')", name="kind"),
        CheckConstraint("level IN ('', 'nha_nuoc', 'bo', 'ban', 'nganh', 'tinh', 'co_so')", name="level"),
        Index("ix_employee_works_employee", "employee_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(Text, default="")
    role: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(16))
    level: Mapped[str] = mapped_column(String(16), default="")  # '' not known
    adopted: Mapped[bool | None]  # issued or accepted (ban hành / nghiệm thu) by the competent authority
    agency_led: Mapped[bool | None]  # the agency was charged with leading it ("cơ quan … được giao chủ trì")
    done_on: Mapped[dt.date | None]  # when issued or accepted
    sort_order: Mapped[int] = mapped_column(default=0)


class EmployeeCertificate(Base):
    """A certificate: kind, what it is, its grade or level (a grade code for QLNN; B1, bậc 3, cơ bản…), date."""

    __tablename__ = "employee_certificates"
    __table_args__ = (
        CheckConstraint("kind IN ('qlnn', 'tin_hoc', 'ngoai_ngu', 'nghiep_vu', 'khac')", name="kind"),
        Index("ix_employee_certificates_employee", "employee_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(200), default="")
    level: Mapped[str] = mapped_column(String(64), default="")
    issued_on: Mapped[dt.date | None]
    sort_order: Mapped[int] = mapped_column(default=0)
