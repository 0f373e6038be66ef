"""The employee record for statutory readiness, and retired competencies as a column.

Employees get child tables for degrees, grade history (quá trình giữ ngạch), documents and projects
worked on (văn bản, đề án đã chủ trì / tham gia) and certificates, plus the kind of their political
theory degree, the agency's finding that their major suits the field of work (tri-state) and whether
the grade history and works are declared complete. Competencies and groups removed from a framework
but kept for the forms that rated them get `retired` instead of a sort order of 1,000,000 and more:
the rows so marked become retired with their original order.

Revision ID: 0007
Revises: 0006
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

RETIRED_ORDER = 1_000_000  # the stand-in this revision replaces (app.framework_rules before 0007)
GRADE_CODE = 32


def _employee_fk() -> sa.Column:
    return sa.Column("employee_id", sa.Integer(), nullable=False)


def _fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(["employee_id"], ["employees.id"], name=op.f(f"fk_{table}_employee_id_employees"),
                                   ondelete="CASCADE")


def upgrade() -> None:
    op.create_table(
        "employee_degrees",
        sa.Column("id", sa.Integer(), nullable=False),
        _employee_fk(),
        sa.Column("level", sa.String(length=16), nullable=False),
        sa.Column("major", sa.String(length=200), nullable=False),
        sa.Column("institution", sa.String(length=200), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.CheckConstraint("level IN ('pho_thong', 'trung_cap', 'cao_dang', 'dai_hoc', 'thac_si', 'tien_si')",
                           name=op.f("ck_employee_degrees_level")),
        sa.CheckConstraint("year IS NULL OR year BETWEEN 1900 AND 2100", name=op.f("ck_employee_degrees_year")),
        _fk("employee_degrees"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_employee_degrees")),
    )
    op.create_index("ix_employee_degrees_employee", "employee_degrees", ["employee_id"])
    op.create_table(
        "employee_grade_periods",
        sa.Column("id", sa.Integer(), nullable=False),
        _employee_fk(),
        sa.Column("grade_code", sa.String(length=GRADE_CODE), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.CheckConstraint("ends_on IS NULL OR ends_on >= starts_on", name=op.f("ck_employee_grade_periods_dates")),
        _fk("employee_grade_periods"),
        sa.ForeignKeyConstraint(["grade_code"], ["grades.code"],
                                name=op.f("fk_employee_grade_periods_grade_code_grades")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_employee_grade_periods")),
    )
    op.create_index("ix_employee_grade_periods_employee", "employee_grade_periods", ["employee_id"])
    op.create_table(
        "employee_works",
        sa.Column("id", sa.Integer(), nullable=False),
        _employee_fk(),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("level", sa.String(length=16), nullable=False),
        sa.Column("adopted", sa.Boolean(), nullable=True),
        sa.Column("agency_led", sa.Boolean(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.CheckConstraint("role IN ('chu_tri', 'tham_gia')", name=op.f("ck_employee_works_role")),
        sa.CheckConstraint("kind IN ('vbqppl', 'de_an', 'de_tai', 'du_an', 'chuong_trinh', 'khac')",
                           name=op.f("ck_employee_works_kind")),
        sa.CheckConstraint("level IN ('', 'nha_nuoc', 'bo', 'ban', 'nganh', 'tinh', 'co_so')",
                           name=op.f("ck_employee_works_level")),
        _fk("employee_works"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_employee_works")),
    )
    op.create_index("ix_employee_works_employee", "employee_works", ["employee_id"])
    op.create_table(
        "employee_certificates",
        sa.Column("id", sa.Integer(), nullable=False),
        _employee_fk(),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("level", sa.String(length=64), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.CheckConstraint("kind IN ('qlnn', 'tin_hoc', 'ngoai_ngu', 'nghiep_vu', 'khac')",
                           name=op.f("ck_employee_certificates_kind")),
        _fk("employee_certificates"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_employee_certificates")),
    )
    op.create_index("ix_employee_certificates_employee", "employee_certificates", ["employee_id"])
    with op.batch_alter_table("employees") as batch:
        batch.add_column(sa.Column("political_theory_kind", sa.String(length=16), nullable=False, server_default=""))
        batch.add_column(sa.Column("major_fits_field", sa.Boolean(), nullable=True))
        batch.add_column(sa.Column("history_complete", sa.Boolean(), nullable=False, server_default="0"))
        batch.create_check_constraint(op.f("ck_employees_political_theory_kind"),
                                      "political_theory_kind IN ('', 'llct', 'llct_hc', 'xac_nhan')")
    for table in ("competencies", "competency_groups"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("retired", sa.Boolean(), nullable=False, server_default="0"))
        # the stand-in kept the original order: RETIRED_ORDER + order
        op.execute(f"UPDATE {table} SET retired = TRUE, sort_order = sort_order - {RETIRED_ORDER} "
                   f"WHERE sort_order >= {RETIRED_ORDER}")


def downgrade() -> None:
    """Retired rows go back to the stand-in order; the record's lists and findings are dropped."""
    for table in ("competency_groups", "competencies"):
        op.execute(f"UPDATE {table} SET sort_order = sort_order % {RETIRED_ORDER} + {RETIRED_ORDER} WHERE retired")
        with op.batch_alter_table(table) as batch:
            batch.drop_column("retired")
    with op.batch_alter_table("employees") as batch:
        batch.drop_constraint(op.f("ck_employees_political_theory_kind"), type_="check")
        batch.drop_column("history_complete")
        batch.drop_column("major_fits_field")
        batch.drop_column("political_theory_kind")
    for table in ("employee_certificates", "employee_works", "employee_grade_periods", "employee_degrees"):
        op.drop_index(f"ix_{table}_employee", table_name=table)
        op.drop_table(table)
