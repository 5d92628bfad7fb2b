"""Enterprise reporting and supervisor verification

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25 19:45:59.113926
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('dangerous_works',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('work_type', sa.Enum('foundation_pit', 'formwork', 'tool_formwork', 'lifting_non_standard', 'crane_installation', 'scaffolding', 'attached_lifting_scaffold', 'cantilever_scaffold', 'suspended_platform', 'demolition', 'underground_excavation', 'curtain_wall', 'manual_dug_pile', name='dangerousworktype', native_enum=False, length=32), nullable=False),
    sa.Column('parameters', sa.JSON(), nullable=False),
    sa.Column('level', sa.Enum('not_dangerous', 'dangerous', 'beyond_scale', name='dangerlevel', native_enum=False, length=32), nullable=False),
    sa.Column('reasons', sa.JSON(), nullable=False),
    sa.Column('location', sa.String(length=200), nullable=False),
    sa.Column('planned_start', sa.Date(), nullable=False),
    sa.Column('planned_end', sa.Date(), nullable=False),
    sa.Column('actual_start', sa.Date(), nullable=True),
    sa.Column('actual_end', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_dangerous_works_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dangerous_works'))
    )
    with op.batch_alter_table('dangerous_works', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dangerous_works_project_id'), ['project_id'], unique=False)

    op.create_table('equipment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('equipment_type', sa.Enum('tower_crane', 'construction_hoist', 'gantry_crane', 'material_hoist', 'bridge_erecting', name='equipmenttype', native_enum=False, length=32), nullable=False),
    sa.Column('model', sa.String(length=60), nullable=False),
    sa.Column('registration_no', sa.String(length=60), nullable=False),
    sa.Column('record_no', sa.String(length=60), nullable=False),
    sa.Column('rated_capacity_kn', sa.Double(), nullable=False),
    sa.Column('manufacturer', sa.String(length=200), nullable=False),
    sa.Column('inspection_cert_no', sa.String(length=60), nullable=False),
    sa.Column('inspection_expires_on', sa.Date(), nullable=False),
    sa.Column('device_code', sa.String(length=60), nullable=True),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_equipment_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_equipment')),
    sa.UniqueConstraint('project_id', 'registration_no', name='uq_equipment_registration')
    )
    with op.batch_alter_table('equipment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_equipment_inspection_expires_on'), ['inspection_expires_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_equipment_project_id'), ['project_id'], unique=False)

    op.create_table('material_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('material', sa.String(length=100), nullable=False),
    sa.Column('specification', sa.String(length=100), nullable=False),
    sa.Column('batch_no', sa.String(length=60), nullable=False),
    sa.Column('quantity', sa.Double(), nullable=False),
    sa.Column('unit', sa.String(length=20), nullable=False),
    sa.Column('supplier', sa.String(length=200), nullable=False),
    sa.Column('certificate_nos', sa.JSON(), nullable=False),
    sa.Column('entered_on', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_material_entries_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_material_entries'))
    )
    with op.batch_alter_table('material_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_material_entries_project_id'), ['project_id'], unique=False)

    op.create_table('monthly_reviews',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('checklist', sa.JSON(), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('reviewer_user_id', sa.Integer(), nullable=False),
    sa.Column('reviewer_name', sa.String(length=60), nullable=False),
    sa.Column('reviewed_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_monthly_reviews_project_id_projects'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['reviewer_user_id'], ['users.id'], name=op.f('fk_monthly_reviews_reviewer_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_monthly_reviews')),
    sa.UniqueConstraint('project_id', 'month', name='uq_monthly_reviews_month')
    )
    op.create_table('permit_bindings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('permit_no', sa.String(length=18), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_permit_bindings_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_permit_bindings'))
    )
    with op.batch_alter_table('permit_bindings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_permit_bindings_permit_no'), ['permit_no'], unique=False)
        batch_op.create_index(batch_op.f('ix_permit_bindings_project_id'), ['project_id'], unique=False)

    op.create_table('position_reports',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('lon', sa.Double(), nullable=False),
    sa.Column('lat', sa.Double(), nullable=False),
    sa.Column('entered_lon', sa.Double(), nullable=False),
    sa.Column('entered_lat', sa.Double(), nullable=False),
    sa.Column('coord_system', sa.Enum('wgs84', 'cgcs2000', 'gcj02', 'bd09', name='coordsystem', native_enum=False, length=32), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_position_reports_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_position_reports'))
    )
    with op.batch_alter_table('position_reports', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_position_reports_project_id'), ['project_id'], unique=False)

    op.create_table('progress_reports',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_progress_reports_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_progress_reports')),
    sa.UniqueConstraint('project_id', 'month', name='uq_progress_reports_month')
    )
    op.create_table('project_versions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_project_versions_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project_versions')),
    sa.UniqueConstraint('project_id', 'version', name='uq_project_versions_version')
    )
    op.create_table('safety_assessments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('assessed_on', sa.Date(), nullable=False),
    sa.Column('score', sa.Double(), nullable=False),
    sa.Column('has_zero_item', sa.Boolean(), nullable=False),
    sa.Column('grade', sa.Enum('excellent', 'qualified', 'unqualified', name='safetygrade', native_enum=False, length=32), nullable=False),
    sa.Column('assessor', sa.String(length=100), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_safety_assessments_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_safety_assessments'))
    )
    with op.batch_alter_table('safety_assessments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_safety_assessments_project_id'), ['project_id'], unique=False)

    op.create_table('safety_duties',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('duty_date', sa.Date(), nullable=False),
    sa.Column('person_name', sa.String(length=50), nullable=False),
    sa.Column('certificate_no', sa.String(length=60), nullable=False),
    sa.Column('post', sa.String(length=60), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_safety_duties_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_safety_duties')),
    sa.UniqueConstraint('project_id', 'duty_date', 'certificate_no', name='uq_safety_duties_day')
    )
    op.create_table('status_reports',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('action', sa.Enum('start', 'suspend', 'resume', 'complete', 'accept', name='statusaction', native_enum=False, length=32), nullable=False),
    sa.Column('effective_on', sa.Date(), nullable=False),
    sa.Column('reason', sa.String(length=500), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_status_reports_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_status_reports'))
    )
    with op.batch_alter_table('status_reports', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_status_reports_project_id'), ['project_id'], unique=False)

    op.create_table('subdivision_acceptances',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('division', sa.String(length=100), nullable=False),
    sa.Column('accepted_on', sa.Date(), nullable=False),
    sa.Column('participants', sa.JSON(), nullable=False),
    sa.Column('passed', sa.Boolean(), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_subdivision_acceptances_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_subdivision_acceptances'))
    )
    with op.batch_alter_table('subdivision_acceptances', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_subdivision_acceptances_project_id'), ['project_id'], unique=False)

    op.create_table('submissions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('basic_info', 'permit', 'position', 'status', 'progress', 'dangerous_work', 'dangerous_work_plan', 'equipment', 'equipment_operation', 'material_entry', 'material_test', 'subdivision_acceptance', 'safety_duty', 'safety_assessment', name='submissionkind', native_enum=False, length=32), nullable=False),
    sa.Column('record_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('submitted', 'returned', 'resubmitted', 'verified', name='submissionstatus', native_enum=False, length=32), nullable=False),
    sa.Column('summary', sa.String(length=300), nullable=False),
    sa.Column('submitted_by_user_id', sa.Integer(), nullable=False),
    sa.Column('submitted_by_unit_id', sa.Integer(), nullable=False),
    sa.Column('submitted_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('decided_by_user_id', sa.Integer(), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['decided_by_user_id'], ['users.id'], name=op.f('fk_submissions_decided_by_user_id_users')),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_submissions_project_id_projects'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['submitted_by_unit_id'], ['units.id'], name=op.f('fk_submissions_submitted_by_unit_id_units')),
    sa.ForeignKeyConstraint(['submitted_by_user_id'], ['users.id'], name=op.f('fk_submissions_submitted_by_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_submissions')),
    sa.UniqueConstraint('kind', 'record_id', name='uq_submissions_kind_record')
    )
    with op.batch_alter_table('submissions', schema=None) as batch_op:
        batch_op.create_index('ix_submissions_project_kind', ['project_id', 'kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_submissions_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_submissions_submitted_by_unit_id'), ['submitted_by_unit_id'], unique=False)

    op.create_table('dangerous_work_plans',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('work_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('content_type', sa.String(length=60), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('uploaded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expert_reviewed_on', sa.Date(), nullable=True),
    sa.Column('expert_names', sa.JSON(), nullable=True),
    sa.Column('expert_conclusion', sa.String(length=32), nullable=True),
    sa.Column('expert_comment', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['work_id'], ['dangerous_works.id'], name=op.f('fk_dangerous_work_plans_work_id_dangerous_works'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dangerous_work_plans'))
    )
    with op.batch_alter_table('dangerous_work_plans', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dangerous_work_plans_work_id'), ['work_id'], unique=False)

    op.create_table('equipment_operations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('equipment_id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('operation', sa.Enum('installation', 'wall_attachment', 'jacking', 'lowering', 'dismantling', name='operationtype', native_enum=False, length=32), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('crew', sa.JSON(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['equipment_id'], ['equipment.id'], name=op.f('fk_equipment_operations_equipment_id_equipment'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_equipment_operations_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_equipment_operations'))
    )
    with op.batch_alter_table('equipment_operations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_equipment_operations_equipment_id'), ['equipment_id'], unique=False)

    op.create_table('material_tests',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=True),
    sa.Column('sample_no', sa.String(length=60), nullable=False),
    sa.Column('test_item', sa.Enum('concrete_strength', 'rebar_tensile', 'rebar_weld', 'waterproofing', 'cement', 'masonry', 'other', name='testitem', native_enum=False, length=32), nullable=False),
    sa.Column('testing_unit_id', sa.Integer(), nullable=False),
    sa.Column('sampled_on', sa.Date(), nullable=False),
    sa.Column('tested_on', sa.Date(), nullable=False),
    sa.Column('report_no', sa.String(length=60), nullable=False),
    sa.Column('design_value', sa.String(length=60), nullable=False),
    sa.Column('result_value', sa.Double(), nullable=True),
    sa.Column('result_text', sa.String(length=500), nullable=False),
    sa.Column('passed', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['entry_id'], ['material_entries.id'], name=op.f('fk_material_tests_entry_id_material_entries')),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_material_tests_project_id_projects'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['testing_unit_id'], ['units.id'], name=op.f('fk_material_tests_testing_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_material_tests'))
    )
    with op.batch_alter_table('material_tests', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_material_tests_project_id'), ['project_id'], unique=False)

    op.create_table('progress_photos',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('report_id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('thumbnail_sha256', sa.String(length=64), nullable=False),
    sa.Column('content_type', sa.String(length=60), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('original_name', sa.String(length=200), nullable=False),
    sa.Column('caption', sa.String(length=300), nullable=False),
    sa.Column('taken_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('lon', sa.Double(), nullable=True),
    sa.Column('lat', sa.Double(), nullable=True),
    sa.Column('distance_km', sa.Double(), nullable=True),
    sa.Column('flags', sa.JSON(), nullable=False),
    sa.Column('uploaded_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['report_id'], ['progress_reports.id'], name=op.f('fk_progress_photos_report_id_progress_reports'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_progress_photos'))
    )
    with op.batch_alter_table('progress_photos', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_progress_photos_report_id'), ['report_id'], unique=False)

    op.create_table('submission_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('submission_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('action', sa.Enum('verify', 'return', 'resubmit', name='submissionaction', native_enum=False, length=32), nullable=True),
    sa.Column('to_status', sa.Enum('submitted', 'returned', 'resubmitted', 'verified', name='submissionstatus', native_enum=False, length=32), nullable=False),
    sa.Column('username', sa.String(length=60), nullable=False),
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['submission_id'], ['submissions.id'], name=op.f('fk_submission_events_submission_id_submissions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_submission_events'))
    )
    with op.batch_alter_table('submission_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_submission_events_submission_id'), ['submission_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('submission_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_submission_events_submission_id'))

    op.drop_table('submission_events')
    with op.batch_alter_table('progress_photos', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_progress_photos_report_id'))

    op.drop_table('progress_photos')
    with op.batch_alter_table('material_tests', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_material_tests_project_id'))

    op.drop_table('material_tests')
    with op.batch_alter_table('equipment_operations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_equipment_operations_equipment_id'))

    op.drop_table('equipment_operations')
    with op.batch_alter_table('dangerous_work_plans', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dangerous_work_plans_work_id'))

    op.drop_table('dangerous_work_plans')
    with op.batch_alter_table('submissions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_submissions_submitted_by_unit_id'))
        batch_op.drop_index(batch_op.f('ix_submissions_status'))
        batch_op.drop_index('ix_submissions_project_kind')

    op.drop_table('submissions')
    with op.batch_alter_table('subdivision_acceptances', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_subdivision_acceptances_project_id'))

    op.drop_table('subdivision_acceptances')
    with op.batch_alter_table('status_reports', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_status_reports_project_id'))

    op.drop_table('status_reports')
    op.drop_table('safety_duties')
    with op.batch_alter_table('safety_assessments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_safety_assessments_project_id'))

    op.drop_table('safety_assessments')
    op.drop_table('project_versions')
    op.drop_table('progress_reports')
    with op.batch_alter_table('position_reports', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_position_reports_project_id'))

    op.drop_table('position_reports')
    with op.batch_alter_table('permit_bindings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_permit_bindings_project_id'))
        batch_op.drop_index(batch_op.f('ix_permit_bindings_permit_no'))

    op.drop_table('permit_bindings')
    op.drop_table('monthly_reviews')
    with op.batch_alter_table('material_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_material_entries_project_id'))

    op.drop_table('material_entries')
    with op.batch_alter_table('equipment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_equipment_project_id'))
        batch_op.drop_index(batch_op.f('ix_equipment_inspection_expires_on'))

    op.drop_table('equipment')
    with op.batch_alter_table('dangerous_works', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dangerous_works_project_id'))

    op.drop_table('dangerous_works')
