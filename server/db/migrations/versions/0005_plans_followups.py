"""Inspection plans and warning follow-ups

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 19:39:47.705227
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('follow_ups',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('city_adcode', sa.String(length=6), nullable=False),
    sa.Column('source', sa.Enum('monitoring_warning', 'device_offline', 'notice_overdue', 'progress_missing', 'dangerous_works_unapproved', name='followupsource', native_enum=False, length=32), nullable=False),
    sa.Column('source_ref', sa.String(length=40), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('open', 'urged', 'answered', 'closed', name='followupstatus', native_enum=False, length=32), nullable=False),
    sa.Column('assigned_unit_id', sa.Integer(), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['assigned_unit_id'], ['units.id'], name=op.f('fk_follow_ups_assigned_unit_id_units')),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_follow_ups_project_id_projects')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_ups')),
    sa.UniqueConstraint('source', 'source_ref', name='uq_follow_ups_source')
    )
    with op.batch_alter_table('follow_ups', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_ups_assigned_unit_id'), ['assigned_unit_id'], unique=False)
        batch_op.create_index('ix_follow_ups_city_status', ['city_adcode', 'status'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_ups_project_id'), ['project_id'], unique=False)

    op.create_table('inspection_plans',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('inspection_type', sa.Enum('quality', 'safety', 'dangerous_works', 'lifting_machinery', 'dust_noise', 'comprehensive', name='inspectiontype', native_enum=False, length=32), nullable=False),
    sa.Column('region_adcode', sa.String(length=6), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('created_by_user_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['created_by_user_id'], ['users.id'], name=op.f('fk_inspection_plans_created_by_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inspection_plans'))
    )
    op.create_table('follow_up_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('follow_up_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('action', sa.Enum('urge', 'answer', 'close', name='followupaction', native_enum=False, length=32), nullable=True),
    sa.Column('to_status', sa.Enum('open', 'urged', 'answered', 'closed', name='followupstatus', native_enum=False, length=32), nullable=False),
    sa.Column('username', sa.String(length=60), nullable=False),
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('document_ids', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['follow_up_id'], ['follow_ups.id'], name=op.f('fk_follow_up_events_follow_up_id_follow_ups'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_up_events'))
    )
    with op.batch_alter_table('follow_up_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_up_events_follow_up_id'), ['follow_up_id'], unique=False)

    op.create_table('inspection_plan_items',
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('risk_score', sa.Double(), nullable=False),
    sa.Column('inspection_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspections.id'], name=op.f('fk_inspection_plan_items_inspection_id_inspections')),
    sa.ForeignKeyConstraint(['plan_id'], ['inspection_plans.id'], name=op.f('fk_inspection_plan_items_plan_id_inspection_plans'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_inspection_plan_items_project_id_projects')),
    sa.PrimaryKeyConstraint('plan_id', 'project_id', name=op.f('pk_inspection_plan_items'))
    )
    with op.batch_alter_table('inspection_plan_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inspection_plan_items_project_id'), ['project_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('inspection_plan_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inspection_plan_items_project_id'))

    op.drop_table('inspection_plan_items')
    with op.batch_alter_table('follow_up_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_follow_up_events_follow_up_id'))

    op.drop_table('follow_up_events')
    op.drop_table('inspection_plans')
    with op.batch_alter_table('follow_ups', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_follow_ups_project_id'))
        batch_op.drop_index('ix_follow_ups_city_status')
        batch_op.drop_index(batch_op.f('ix_follow_ups_assigned_unit_id'))

    op.drop_table('follow_ups')
