"""A period's summary figures kept per unit (app.services.summary_store): summary_units, summary_cells,
summary_verdicts; and each form's count of changes, assessments.revision.

A summary of a province or of the whole agency read every rating of the period (12.75 M in the national
benchmark: 25 s of the server's time and more of the program's for the agency); it now reads each unit's
figures, kept from the last report, and computes again only the units whose forms changed since (their
fingerprint: how many forms, the sum of their ids and of their revisions). The tables start empty and are filled
by the first report; they hold nothing that is not computed from the forms, so a downgrade drops them.

assessments.revision counts a form's changes, whoever makes them and however (the program, an import, a tool
writing SQL): a trigger adds one at every update of the form's row, and every update of one of its ratings updates
the form's row. A clock cannot do that: two saves within one tick of it (about 16 ms on Windows) would leave the
time of a form as it was, and its unit's kept figures with it.

The index of a period's forms by person (ix_assessments_period_employee) gains the forms' id and revision, so
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


POSTGRES_TRIGGERS = [
    "CREATE FUNCTION assessment_revised() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN NEW.revision := OLD.revision + 1; RETURN NEW; END $$",
    "CREATE TRIGGER assessments_revision BEFORE UPDATE ON assessments FOR EACH ROW EXECUTE FUNCTION assessment_revised()",
    # the form's row updated: its own trigger counts the change
    "CREATE FUNCTION rating_revised() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN UPDATE assessments SET revision = revision WHERE id = NEW.assessment_id; RETURN NULL; END $$",
    "CREATE TRIGGER ratings_revision AFTER UPDATE ON ratings FOR EACH ROW EXECUTE FUNCTION rating_revised()",
]
SQLITE_TRIGGERS = [
    "CREATE TRIGGER assessments_revision AFTER UPDATE ON assessments FOR EACH ROW WHEN NEW.revision = OLD.revision "
    "BEGIN UPDATE assessments SET revision = OLD.revision + 1 WHERE id = NEW.id; END",
    "CREATE TRIGGER ratings_revision AFTER UPDATE ON ratings FOR EACH ROW "
    "BEGIN UPDATE assessments SET revision = revision + 1 WHERE id = NEW.assessment_id; END",
]


def upgrade() -> None:
    op.add_column("assessments", sa.Column("revision", sa.Integer(), nullable=False, server_default="1"))
    _index(["period_id", "employee_id", "id", "revision"])
    for statement in POSTGRES_TRIGGERS if op.get_bind().dialect.name == "postgresql" else SQLITE_TRIGGERS:
        op.execute(statement)
    op.create_table(
        "summary_units", *_keys("period_id", "unit_id"),
        sa.Column("forms", sa.BigInteger(), nullable=False),
        sa.Column("id_sum", sa.BigInteger(), nullable=False),
        sa.Column("revision_sum", sa.BigInteger(), nullable=False),
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
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER ratings_revision ON ratings")
        op.execute("DROP TRIGGER assessments_revision ON assessments")
        op.execute("DROP FUNCTION rating_revised()")
        op.execute("DROP FUNCTION assessment_revised()")
    else:
        op.execute("DROP TRIGGER ratings_revision")
        op.execute("DROP TRIGGER assessments_revision")
    _index(["period_id", "employee_id"])
    op.drop_column("assessments", "revision")
