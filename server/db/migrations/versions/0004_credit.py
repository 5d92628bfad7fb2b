"""Credit: punishments and deductions

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 19:33:37.705226
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('deductions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_code', sa.String(length=20), nullable=False),
    sa.Column('points', sa.Double(), nullable=False),
    sa.Column('basis', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('personnel_id', sa.Integer(), nullable=True),
    sa.Column('target_key', sa.String(length=24), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('origin_kind', sa.String(length=20), nullable=False),
    sa.Column('origin_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('proposed', 'confirmed', 'rejected', name='deductionstatus', native_enum=False, length=32), nullable=False),
    sa.Column('occurred_on', sa.Date(), nullable=False),
    sa.Column('proposed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('decided_by_user_id', sa.Integer(), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['decided_by_user_id'], ['users.id'], name=op.f('fk_deductions_decided_by_user_id_users')),
    sa.ForeignKeyConstraint(['personnel_id'], ['personnel.id'], name=op.f('fk_deductions_personnel_id_personnel')),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_deductions_project_id_projects')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_deductions_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deductions')),
    sa.UniqueConstraint('item_code', 'origin_kind', 'origin_id', 'target_key', name='uq_deductions_origin')
    )
    with op.batch_alter_table('deductions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deductions_personnel_id'), ['personnel_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_deductions_project_id'), ['project_id'], unique=False)
        batch_op.create_index('ix_deductions_unit_status_day', ['unit_id', 'status', 'occurred_on'], unique=False)

    op.create_table('punishments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('decision_no', sa.String(length=80), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('notice_id', sa.Integer(), nullable=True),
    sa.Column('legal_basis', sa.Text(), nullable=False),
    sa.Column('facts', sa.Text(), nullable=False),
    sa.Column('target_unit_id', sa.Integer(), nullable=True),
    sa.Column('target_person', sa.String(length=60), nullable=True),
    sa.Column('amount_yuan', sa.Double(), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=False),
    sa.Column('document_ids', sa.Text(), nullable=False),
    sa.Column('created_by_user_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['created_by_user_id'], ['users.id'], name=op.f('fk_punishments_created_by_user_id_users')),
    sa.ForeignKeyConstraint(['notice_id'], ['notices.id'], name=op.f('fk_punishments_notice_id_notices')),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_punishments_project_id_projects')),
    sa.ForeignKeyConstraint(['target_unit_id'], ['units.id'], name=op.f('fk_punishments_target_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_punishments')),
    sa.UniqueConstraint('decision_no', name=op.f('uq_punishments_decision_no'))
    )
    with op.batch_alter_table('punishments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_punishments_project_id'), ['project_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('punishments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_punishments_project_id'))

    op.drop_table('punishments')
    with op.batch_alter_table('deductions', schema=None) as batch_op:
        batch_op.drop_index('ix_deductions_unit_status_day')
        batch_op.drop_index(batch_op.f('ix_deductions_project_id'))
        batch_op.drop_index(batch_op.f('ix_deductions_personnel_id'))

    op.drop_table('deductions')
