"""A trail that shows tampering: each audit entry sealed with a hash chained to the previous one.

audit_log gets prev_hash and hash; the entries already written are sealed in their order (id), and every
account gets a first digest in the trail (app.audit_chain), so a later change made outside the program
shows. The append-only triggers are dropped while the rows are sealed and created again (also where
someone had dropped them).

Revision ID: 0008
Revises: 0007
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# the append-only triggers as they stood at this revision (0009 adds PostgreSQL's TRUNCATE trigger)
TRIGGERS = ["audit_log_append_only", "audit_log_no_update", "audit_log_no_delete"]
COLUMNS = ("at", "actor", "actor_name", "action", "entity", "entity_key", "assessment_id", "item", "field",
           "old_value", "new_value", "reason")


def _drop_triggers(bind) -> None:
    if bind.dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")


def upgrade() -> None:
    from app.audit_chain import GENESIS, account_digest, create_triggers, seal

    bind = op.get_bind()
    _drop_triggers(bind)
    with op.batch_alter_table("audit_log") as batch:
        batch.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("hash", sa.String(length=64), nullable=True))
    audit = sa.table("audit_log", sa.column("id", sa.Integer), sa.column("prev_hash", sa.String),
                     sa.column("hash", sa.String), sa.column("at", sa.DateTime(timezone=True)),
                     *(sa.column(c) for c in COLUMNS[1:]))
    previous = GENESIS
    sealed = []
    for row in bind.execute(sa.select(audit).order_by(audit.c.id)):
        values = row._asdict()
        digest = seal(values, previous)
        sealed.append({"b_id": row.id, "b_prev": previous, "b_hash": digest})
        previous = digest
    if sealed:
        bind.execute(audit.update().where(audit.c.id == sa.bindparam("b_id"))
                     .values(prev_hash=sa.bindparam("b_prev"), hash=sa.bindparam("b_hash")), sealed)
    accounts = bind.execute(sa.text("SELECT id, username FROM accounts ORDER BY id")).all()
    import datetime as dt

    at = dt.datetime.now(dt.timezone.utc)
    for account_id, username in accounts:
        values = dict(at=at, actor="he-thong", actor_name="Chương trình",
                      action="seal", entity="account", entity_key=username, assessment_id=None, item="",
                      field="digest", old_value=None, new_value=account_digest(bind, account_id),
                      reason="Dấu kiểm tra đầu tiên khi nâng cấp nhật ký")
        digest = seal(values, previous)
        bind.execute(audit.insert().values(**values, prev_hash=previous, hash=digest))
        previous = digest
    create_triggers(bind, TRIGGERS)


def downgrade() -> None:
    from app.audit_chain import create_triggers

    bind = op.get_bind()
    _drop_triggers(bind)
    op.execute("DELETE FROM audit_log WHERE entity = 'account' AND field = 'digest'")
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_column("hash")
        batch.drop_column("prev_hash")
    create_triggers(bind, TRIGGERS)
