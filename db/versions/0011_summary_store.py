"""A period's summary figures kept per unit (app.services.summary_store): summary_units, summary_cells,
summary_verdicts.

A summary of a province or of the whole agency read every rating of the period (12.75 M in the national
benchmark: 25 s of the server's time and more of the program's for the agency); it now reads each unit's
figures, kept from the last report, and computes again only the units whose forms changed since (their
fingerprint: how many forms, the sum of their ids and of their last-change times). The tables start empty and
are filled by the first report; they hold nothing that is not computed from the forms, so a downgrade drops them.

The index of a period's forms by person (ix_assessments_period_employee) gains the forms' id and updated_at, so
that the fingerprints of every unit are read from the index alone (the agency's 250,000 forms of a period: 0.39 s
instead of 0.65 s reading the table, whose three periods are not all in memory).

Revision ID: 0011
Revises: 0010
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | Sequence[str] | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _keys(*names: str) -> list[sa.Column]:
    return [sa.Column(name, sa.Integer(), autoincrement=False, nullable=False) for name in names]


INDEX = "ix_assessments_period_employee"


def _index(columns: list[str]) -> None:
    op.drop_index(INDEX, table_name="assessments")
    op.create_index(INDEX, "assessments", columns)


def upgrade() -> None:
    _index(["period_id", "employee_id", "id", "updated_at"])
    op.create_table(
        "summary_units", *_keys("period_id", "unit_id"),
        sa.Column("forms", sa.BigInteger(), nullable=False),
        sa.Column("id_sum", sa.BigInteger(), nullable=False),
        sa.Column("touched_sum", sa.BigInteger(), nullable=False),
        sa.Column("readiness_people", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("period_id", "unit_id", name=op.f("pk_summary_units")),
    )
    op.create_table(
        "summary_cells", *_keys("period_id", "unit_id", "position_id", "competency_id"),
        sa.Column("competency_code", sa.String(length=32), nullable=False),
        *[sa.Column(name, sa.Integer(), nullable=False)
          for name in ("sample", "list_order", "below", "rated", "n1", "n2", "n3", "n4", "n5")],
        sa.Column("short", sa.Integer(), nullable=True),
        sa.Column("most", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("period_id", "unit_id", "position_id", "competency_id", "competency_code",
                                name=op.f("pk_summary_cells")),
    )
    op.create_table(
        "summary_verdicts", *_keys("period_id", "unit_id"),
        sa.Column("verdict", sa.String(length=32), nullable=False),
        sa.Column("forms", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("period_id", "unit_id", "verdict", name=op.f("pk_summary_verdicts")),
    )


def downgrade() -> None:
    for table in ("summary_verdicts", "summary_cells", "summary_units"):
        op.drop_table(table)
    _index(["period_id", "employee_id"])
