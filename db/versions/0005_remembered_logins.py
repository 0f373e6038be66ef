"""Logins remembered on a computer (token hashes only).

Revision ID: 0005
Revises: 0004

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0005'
down_revision: Union[str, Sequence[str], None] = '0004'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('remembered_logins',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_remembered_logins_account_id_accounts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_remembered_logins')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_remembered_logins_token_hash'))
    )
    with op.batch_alter_table('remembered_logins', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_remembered_logins_account_id'), ['account_id'], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('remembered_logins', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_remembered_logins_account_id'))
    op.drop_table('remembered_logins')
