"""Initial schema: frameworks, positions, organisation, assessments; grade reference rows.

Revision ID: 0001
Revises: 
Create Date: 2026-11-22 21:49:20.830476

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0001'
down_revision: Union[str, Sequence[str], None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('assessment_periods',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=True),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('is_sample', sa.Boolean(), nullable=False),
    sa.CheckConstraint("status IN ('open', 'closed')", name=op.f('ck_assessment_periods_status')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assessment_periods')),
    sa.UniqueConstraint('name', name=op.f('uq_assessment_periods_name'))
    )
    op.create_table('frameworks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('issuer', sa.String(length=200), nullable=False),
    sa.Column('number', sa.String(length=100), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=True),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('builtin', sa.Boolean(), nullable=False),
    sa.Column('data_hash', sa.String(length=64), nullable=False),
    sa.Column('level_origin', sa.String(length=16), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_frameworks')),
    sa.UniqueConstraint('code', name=op.f('uq_frameworks_code'))
    )
    grades = op.create_table('grades',
    sa.Column('code', sa.String(length=8), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_grades'))
    )
    op.create_table('units',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('is_sample', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['units.id'], name=op.f('fk_units_parent_id_units'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_units')),
    sa.UniqueConstraint('code', name=op.f('uq_units_code'))
    )
    op.create_table('competency_groups',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('framework_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['framework_id'], ['frameworks.id'], name=op.f('fk_competency_groups_framework_id_frameworks'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_competency_groups')),
    sa.UniqueConstraint('framework_id', 'code', name=op.f('uq_competency_groups_framework_id_code'))
    )
    op.create_table('specialties',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('framework_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['framework_id'], ['frameworks.id'], name=op.f('fk_specialties_framework_id_frameworks'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_specialties')),
    sa.UniqueConstraint('framework_id', 'code', name=op.f('uq_specialties_framework_id_code'))
    )
    op.create_table('competencies',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('framework_id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('grade_code', sa.String(length=8), nullable=True),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['framework_id'], ['frameworks.id'], name=op.f('fk_competencies_framework_id_frameworks'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['grade_code'], ['grades.code'], name=op.f('fk_competencies_grade_code_grades')),
    sa.ForeignKeyConstraint(['group_id'], ['competency_groups.id'], name=op.f('fk_competencies_group_id_competency_groups'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_competencies')),
    sa.UniqueConstraint('framework_id', 'code', name=op.f('uq_competencies_framework_id_code'))
    )
    op.create_table('positions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('framework_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('specialty_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('grade_code', sa.String(length=8), nullable=False),
    sa.Column('objective', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['framework_id'], ['frameworks.id'], name=op.f('fk_positions_framework_id_frameworks'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['grade_code'], ['grades.code'], name=op.f('fk_positions_grade_code_grades')),
    sa.ForeignKeyConstraint(['specialty_id'], ['specialties.id'], name=op.f('fk_positions_specialty_id_specialties'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_positions')),
    sa.UniqueConstraint('framework_id', 'number', name=op.f('uq_positions_framework_id_number')),
    sa.UniqueConstraint('key', name=op.f('uq_positions_key'))
    )
    op.create_table('authorities',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('position_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=16), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['position_id'], ['positions.id'], name=op.f('fk_authorities_position_id_positions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_authorities'))
    )
    op.create_table('competency_levels',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('competency_id', sa.Integer(), nullable=False),
    sa.Column('level', sa.Integer(), nullable=False),
    sa.Column('descriptor', sa.Text(), nullable=False),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.CheckConstraint('level BETWEEN 1 AND 5', name=op.f('ck_competency_levels_level_range')),
    sa.ForeignKeyConstraint(['competency_id'], ['competencies.id'], name=op.f('fk_competency_levels_competency_id_competencies'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_competency_levels')),
    sa.UniqueConstraint('competency_id', 'level', name=op.f('uq_competency_levels_competency_id_level'))
    )
    op.create_table('employees',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('gender', sa.String(length=8), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('position_id', sa.Integer(), nullable=True),
    sa.Column('grade_code', sa.String(length=8), nullable=True),
    sa.Column('grade_since', sa.Date(), nullable=True),
    sa.Column('education', sa.Text(), nullable=False),
    sa.Column('certificates', sa.Text(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('is_sample', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['grade_code'], ['grades.code'], name=op.f('fk_employees_grade_code_grades')),
    sa.ForeignKeyConstraint(['position_id'], ['positions.id'], name=op.f('fk_employees_position_id_positions'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_employees_unit_id_units'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_employees')),
    sa.UniqueConstraint('code', name=op.f('uq_employees_code'))
    )
    with op.batch_alter_table('employees', schema=None) as batch_op:
        batch_op.create_index('ix_employees_unit', ['unit_id'], unique=False)

    op.create_table('position_qualifications',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('position_id', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=32), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['position_id'], ['positions.id'], name=op.f('fk_position_qualifications_position_id_positions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_position_qualifications'))
    )
    op.create_table('position_warnings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('position_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['position_id'], ['positions.id'], name=op.f('fk_position_warnings_position_id_positions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_position_warnings'))
    )
    op.create_table('qualification_rules',
    sa.Column('position_id', sa.Integer(), nullable=False),
    sa.Column('min_education', sa.String(length=32), nullable=True),
    sa.Column('political_theory', sa.String(length=32), nullable=True),
    sa.Column('state_management_grade', sa.String(length=8), nullable=True),
    sa.Column('lower_grade', sa.String(length=8), nullable=True),
    sa.Column('years_in_lower_grade', sa.Integer(), nullable=True),
    sa.Column('min_years_actually_in_lower_grade', sa.Integer(), nullable=True),
    sa.Column('documents_led_min', sa.Integer(), nullable=True),
    sa.Column('documents_led_role', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['lower_grade'], ['grades.code'], name=op.f('fk_qualification_rules_lower_grade_grades')),
    sa.ForeignKeyConstraint(['position_id'], ['positions.id'], name=op.f('fk_qualification_rules_position_id_positions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['state_management_grade'], ['grades.code'], name=op.f('fk_qualification_rules_state_management_grade_grades')),
    sa.PrimaryKeyConstraint('position_id', name=op.f('pk_qualification_rules'))
    )
    op.create_table('requirements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('position_id', sa.Integer(), nullable=False),
    sa.Column('competency_id', sa.Integer(), nullable=False),
    sa.Column('min_level', sa.Integer(), nullable=True),
    sa.Column('max_level', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=True),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.CheckConstraint("origin IN ('document', 'grade_default', 'custom')", name=op.f('ck_requirements_origin')),
    sa.CheckConstraint('(min_level IS NULL AND max_level IS NULL AND text IS NOT NULL) OR (min_level BETWEEN 1 AND 5 AND max_level BETWEEN 1 AND 5 AND min_level <= max_level)', name=op.f('ck_requirements_range')),
    sa.ForeignKeyConstraint(['competency_id'], ['competencies.id'], name=op.f('fk_requirements_competency_id_competencies'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['position_id'], ['positions.id'], name=op.f('fk_requirements_position_id_positions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_requirements')),
    sa.UniqueConstraint('position_id', 'competency_id', name=op.f('uq_requirements_position_id_competency_id'))
    )
    with op.batch_alter_table('requirements', schema=None) as batch_op:
        batch_op.create_index('ix_requirements_competency', ['competency_id'], unique=False)

    op.create_table('task_groups',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('position_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=16), nullable=True),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['position_id'], ['positions.id'], name=op.f('fk_task_groups_position_id_positions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_task_groups'))
    )
    op.create_table('work_relationships',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('position_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('party', sa.Text(), nullable=False),
    sa.Column('nature', sa.Text(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['position_id'], ['positions.id'], name=op.f('fk_work_relationships_position_id_positions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_work_relationships'))
    )
    op.create_table('assessments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('position_id', sa.Integer(), nullable=False),
    sa.Column('period_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('author', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('submitted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('approved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('approved_by', sa.String(length=100), nullable=True),
    sa.Column('frozen_unit_name', sa.Text(), nullable=False),
    sa.Column('frozen_grade_code', sa.String(length=8), nullable=True),
    sa.Column('frozen_current_position_key', sa.String(length=100), nullable=True),
    sa.Column('frozen_position_key', sa.String(length=100), nullable=False),
    sa.Column('frozen_position_name', sa.Text(), nullable=False),
    sa.Column('frozen_position_grade', sa.String(length=8), nullable=False),
    sa.Column('is_sample', sa.Boolean(), nullable=False),
    sa.CheckConstraint("kind IN ('self', 'assessor')", name=op.f('ck_assessments_kind')),
    sa.CheckConstraint("status IN ('draft', 'submitted', 'approved')", name=op.f('ck_assessments_status')),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_assessments_employee_id_employees'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['period_id'], ['assessment_periods.id'], name=op.f('fk_assessments_period_id_assessment_periods'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['position_id'], ['positions.id'], name=op.f('fk_assessments_position_id_positions'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assessments')),
    sa.UniqueConstraint('employee_id', 'position_id', 'period_id', 'kind', name=op.f('uq_assessments_employee_id_position_id_period_id_kind'))
    )
    with op.batch_alter_table('assessments', schema=None) as batch_op:
        batch_op.create_index('ix_assessments_period_employee', ['period_id', 'employee_id'], unique=False)

    op.create_table('task_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('task_group_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('number', sa.String(length=16), nullable=True),
    sa.Column('marker', sa.String(length=8), nullable=False),
    sa.Column('level', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('scope', sa.String(length=64), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.CheckConstraint("kind IN ('task', 'criterion')", name=op.f('ck_task_items_kind')),
    sa.ForeignKeyConstraint(['task_group_id'], ['task_groups.id'], name=op.f('fk_task_items_task_group_id_task_groups'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_task_items'))
    )
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
    op.create_table('ratings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('assessment_id', sa.Integer(), nullable=False),
    sa.Column('competency_id', sa.Integer(), nullable=False),
    sa.Column('competency_code', sa.String(length=32), nullable=False),
    sa.Column('competency_name', sa.Text(), nullable=False),
    sa.Column('group_code', sa.String(length=32), nullable=False),
    sa.Column('group_name', sa.String(length=200), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('required_min', sa.Integer(), nullable=True),
    sa.Column('required_max', sa.Integer(), nullable=True),
    sa.Column('required_text', sa.Text(), nullable=True),
    sa.Column('required_origin', sa.String(length=16), nullable=False),
    sa.Column('score', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('score IS NULL OR score BETWEEN 1 AND 5', name=op.f('ck_ratings_score')),
    sa.ForeignKeyConstraint(['assessment_id'], ['assessments.id'], name=op.f('fk_ratings_assessment_id_assessments'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['competency_id'], ['competencies.id'], name=op.f('fk_ratings_competency_id_competencies'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ratings')),
    sa.UniqueConstraint('assessment_id', 'competency_id', name=op.f('uq_ratings_assessment_id_competency_id'))
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
    op.bulk_insert(
        grades,
        [
            {"code": "CVCC", "name": "Chuyên viên cao cấp", "rank": 5},
            {"code": "CVC", "name": "Chuyên viên chính", "rank": 4},
            {"code": "CV", "name": "Chuyên viên", "rank": 3},
            {"code": "CS", "name": "Cán sự", "rank": 2},
            {"code": "NV", "name": "Nhân viên", "rank": 1},
        ],
    )


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('rating_changes', schema=None) as batch_op:
        batch_op.drop_index('ix_rating_changes_assessment')

    op.drop_table('rating_changes')
    op.drop_table('ratings')
    op.drop_table('assessment_events')
    op.drop_table('task_items')
    with op.batch_alter_table('assessments', schema=None) as batch_op:
        batch_op.drop_index('ix_assessments_period_employee')

    op.drop_table('assessments')
    op.drop_table('work_relationships')
    op.drop_table('task_groups')
    with op.batch_alter_table('requirements', schema=None) as batch_op:
        batch_op.drop_index('ix_requirements_competency')

    op.drop_table('requirements')
    op.drop_table('qualification_rules')
    op.drop_table('position_warnings')
    op.drop_table('position_qualifications')
    with op.batch_alter_table('employees', schema=None) as batch_op:
        batch_op.drop_index('ix_employees_unit')

    op.drop_table('employees')
    op.drop_table('competency_levels')
    op.drop_table('authorities')
    op.drop_table('positions')
    op.drop_table('competencies')
    op.drop_table('specialties')
    op.drop_table('competency_groups')
    op.drop_table('units')
    op.drop_table('grades')
    op.drop_table('frameworks')
    op.drop_table('assessment_periods')
