"""Indexes for an agency-sized database, and a trail that cannot be truncated.

Every foreign key column gets an index (deleting or changing a row it refers to, e.g. a competency
retired by a framework change, no longer scans the table: ratings.competency_id held 12.75 M rows
in the national benchmark), and so do audit_log.at (`audit --since`, the trail by date) and
lower(employees.code) (an import looks up only the codes its file names, with case ignored).
docs/database-indexes.md shows each one's plan before and after.

On PostgreSQL a statement trigger refuses TRUNCATE audit_log (the row triggers of 0004/0008 do not
see a TRUNCATE). SQLite has no TRUNCATE (DELETE without WHERE is refused by the row trigger).

Revision ID: 0009
Revises: 0008
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (table, column): each index named ix_<table>_<column> (the models' naming convention)
FOREIGN_KEYS = (
    ("units", "parent_id"),
    ("competencies", "group_id"),
    ("competencies", "grade_code"),
    ("positions", "specialty_id"),
    ("positions", "grade_code"),
    ("position_warnings", "position_id"),
    ("task_groups", "position_id"),
    ("task_items", "task_group_id"),
    ("work_relationships", "position_id"),
    ("authorities", "position_id"),
    ("position_qualifications", "position_id"),
    ("qualification_rules", "state_management_grade"),
    ("qualification_rules", "lower_grade"),
    ("employees", "position_id"),
    ("employees", "grade_code"),
    ("employee_grade_periods", "grade_code"),
    ("accounts", "employee_id"),
    ("account_roles", "unit_id"),
    ("assessments", "position_id"),
    ("ratings", "competency_id"),
    ("audit_log", "at"),
)
CODE_INDEX = "ix_employees_code_lower"

# the same statement as app.audit_chain.POSTGRES_TRIGGERS["audit_log_no_truncate"] (kept here as it stood)
NO_TRUNCATE = ("CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
               "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()")
APPEND_ONLY_FUNCTION = ("CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS "
                        "$$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$")


def upgrade() -> None:
    bind = op.get_bind()
    for table, column in FOREIGN_KEYS:
        op.create_index(f"ix_{table}_{column}", table, [column])
    op.create_index(CODE_INDEX, "employees", [sa.text("lower(code)")])
    if bind.dialect.name == "postgresql":
        op.execute(APPEND_ONLY_FUNCTION)
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log")
        op.execute(NO_TRUNCATE)
        for table in sorted({t for t, _c in FOREIGN_KEYS} | {"employees"}):
            op.execute(f"ANALYZE {table}")
    else:
        op.execute("ANALYZE")  # the planner's statistics for the new indexes (sqlite_stat1)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log")
    op.drop_index(CODE_INDEX, table_name="employees")
    for table, column in reversed(FOREIGN_KEYS):
        op.drop_index(f"ix_{table}_{column}", table_name=table)
