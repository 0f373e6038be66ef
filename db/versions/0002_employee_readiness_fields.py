"""Employee fields for statutory readiness (political theory, documents led); lookup index.

Revision ID: 0002
Revises: 0001
"""

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: Union[str, Sequence[str], None] = "0001"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table("employees") as batch:
        batch.add_column(sa.Column("political_theory", sa.String(length=32), nullable=False, server_default=""))
        batch.add_column(sa.Column("documents_led", sa.Integer(), nullable=True))
    op.create_index("ix_assessments_employee_period", "assessments", ["employee_id", "period_id"])


def downgrade() -> None:
    op.drop_index("ix_assessments_employee_period", table_name="assessments")
    with op.batch_alter_table("employees") as batch:
        batch.drop_column("documents_led")
        batch.drop_column("political_theory")
