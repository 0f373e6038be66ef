"""One audit trail: score/note changes and workflow steps move into audit_log, which becomes append-only.

Revision ID: 0004
Revises: 0003

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0004'
down_revision: Union[str, Sequence[str], None] = '0003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

ACTIONS = {"submitted": "submit", "approved": "approve", "draft": "reopen"}

audit = sa.table(
    "audit_log",
    sa.column("id", sa.Integer), sa.column("at", sa.DateTime(timezone=True)), sa.column("actor", sa.String),
    sa.column("actor_name", sa.String), sa.column("action", sa.String), sa.column("entity", sa.String),
    sa.column("entity_key", sa.String), sa.column("assessment_id", sa.Integer), sa.column("item", sa.String),
    sa.column("field", sa.String), sa.column("old_value", sa.Text), sa.column("new_value", sa.Text),
    sa.column("reason", sa.Text),
)
rating_changes = sa.table(
    "rating_changes",
    sa.column("rating_id", sa.Integer), sa.column("assessment_id", sa.Integer),
    sa.column("changed_at", sa.DateTime(timezone=True)), sa.column("author", sa.String),
    sa.column("old_score", sa.Integer), sa.column("new_score", sa.Integer), sa.column("old_note", sa.Text),
    sa.column("new_note", sa.Text), sa.column("reason", sa.Text),
)
assessment_events = sa.table(
    "assessment_events",
    sa.column("assessment_id", sa.Integer), sa.column("at", sa.DateTime(timezone=True)),
    sa.column("author", sa.String), sa.column("from_status", sa.String), sa.column("to_status", sa.String),
    sa.column("reason", sa.Text),
)
ratings = sa.table("ratings", sa.column("id", sa.Integer), sa.column("assessment_id", sa.Integer),
                   sa.column("competency_code", sa.String))

SQLITE_TRIGGERS = [
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
]
POSTGRES_TRIGGERS = [
    "CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$",
    "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
    "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
]


def _text(value):
    return None if value is None else str(value)


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('actor_name', sa.String(length=200), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('assessment_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('item', sa.String(length=100), nullable=False, server_default=''))
        batch_op.create_index('ix_audit_log_assessment', ['assessment_id'], unique=False)

    bind = op.get_bind()
    codes = {row.id: row.competency_code for row in bind.execute(sa.select(ratings.c.id, ratings.c.competency_code))}
    moved = []
    for row in bind.execute(sa.select(assessment_events)):
        moved.append((row.at, dict(actor=row.author, actor_name=row.author, action=ACTIONS.get(row.to_status, "change"),
                                   entity="assessment", entity_key=str(row.assessment_id),
                                   assessment_id=row.assessment_id, item="", field="status",
                                   old_value=row.from_status, new_value=row.to_status, reason=row.reason)))
    for row in bind.execute(sa.select(rating_changes)):
        common = dict(actor=row.author, actor_name=row.author, action="change", entity="assessment",
                      entity_key=str(row.assessment_id), assessment_id=row.assessment_id,
                      item=codes.get(row.rating_id, ""), reason=row.reason)
        if row.old_score != row.new_score:
            moved.append((row.changed_at, dict(common, field="score", old_value=_text(row.old_score),
                                               new_value=_text(row.new_score))))
        if row.new_note is not None and row.old_note != row.new_note:
            moved.append((row.changed_at, dict(common, field="note", old_value=row.old_note, new_value=row.new_note)))
    moved.sort(key=lambda pair: pair[0])
    if moved:
        op.bulk_insert(audit, [dict(values, at=at) for at, values in moved])

    with op.batch_alter_table('rating_changes', schema=None) as batch_op:
        batch_op.drop_index('ix_rating_changes_assessment')
    op.drop_table('rating_changes')
    op.drop_table('assessment_events')

    for statement in POSTGRES_TRIGGERS if bind.dialect.name == "postgresql" else SQLITE_TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    """Downgrade schema."""
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("DROP TRIGGER audit_log_append_only ON audit_log")
        op.execute("DROP FUNCTION audit_log_append_only()")
    else:
        op.execute("DROP TRIGGER audit_log_no_update")
        op.execute("DROP TRIGGER audit_log_no_delete")

    op.create_table('assessment_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('assessment_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('author', sa.String(length=100), nullable=False),
    sa.Column('from_status', sa.String(length=16), nullable=False),
    sa.Column('to_status', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['assessment_id'], ['assessments.id'], name=op.f('fk_assessment_events_assessment_id_assessments'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assessment_events'))
    )
    op.create_table('rating_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('rating_id', sa.Integer(), nullable=False),
    sa.Column('assessment_id', sa.Integer(), nullable=False),
    sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('author', sa.String(length=100), nullable=False),
    sa.Column('old_score', sa.Integer(), nullable=True),
    sa.Column('new_score', sa.Integer(), nullable=True),
    sa.Column('old_note', sa.Text(), nullable=True),
    sa.Column('new_note', sa.Text(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['assessment_id'], ['assessments.id'], name=op.f('fk_rating_changes_assessment_id_assessments'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['rating_id'], ['ratings.id'], name=op.f('fk_rating_changes_rating_id_ratings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rating_changes'))
    )
    with op.batch_alter_table('rating_changes', schema=None) as batch_op:
        batch_op.create_index('ix_rating_changes_assessment', ['assessment_id'], unique=False)

    rating_ids = {(row.assessment_id, row.competency_code): row.id for row in bind.execute(sa.select(ratings))}
    events, changes = [], []
    entries = bind.execute(sa.select(audit).where(audit.c.entity == "assessment").order_by(audit.c.id))
    for row in entries:
        if row.field == "status" and row.old_value and row.new_value:
            events.append(dict(assessment_id=row.assessment_id, at=row.at, author=row.actor_name or row.actor,
                               from_status=row.old_value, to_status=row.new_value, reason=row.reason))
        elif row.field in ("score", "note") and (row.assessment_id, row.item) in rating_ids:
            score = row.field == "score"
            changes.append(dict(rating_id=rating_ids[(row.assessment_id, row.item)], assessment_id=row.assessment_id,
                                changed_at=row.at, author=row.actor_name or row.actor, reason=row.reason,
                                old_score=int(row.old_value) if score and row.old_value else None,
                                new_score=int(row.new_value) if score and row.new_value else None,
                                old_note=None if score else row.old_value, new_note=None if score else row.new_value))
    if events:
        op.bulk_insert(assessment_events, events)
    if changes:
        op.bulk_insert(rating_changes, changes)
    op.execute(audit.delete().where(audit.c.entity == "assessment"))

    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_log_assessment')
        batch_op.drop_column('item')
        batch_op.drop_column('assessment_id')
        batch_op.drop_column('actor_name')
