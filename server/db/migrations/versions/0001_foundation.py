"""Foundation: regions, units, projects, accounts, tokens, audit

Revision ID: 0001
Revises:
Create Date: 2026-11-25 19:05:46.298471
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('username', sa.String(length=60), nullable=False),
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('source', sa.Enum('enterprise_report', 'supervisor', 'device', 'city_system', 'system', name='datasource', native_enum=False, length=32), nullable=False),
    sa.Column('action', sa.String(length=60), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=40), nullable=False),
    sa.Column('changes', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log')),
    sa.UniqueConstraint('hash', name=op.f('uq_audit_log_hash'))
    )
    op.create_table('regions',
    sa.Column('adcode', sa.String(length=6), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('level', sa.Enum('province', 'city', 'district', name='regionlevel', native_enum=False, length=32), nullable=False),
    sa.Column('parent_adcode', sa.String(length=6), nullable=True),
    sa.Column('center_lon', sa.Double(), nullable=False),
    sa.Column('center_lat', sa.Double(), nullable=False),
    sa.Column('boundary_geojson', sa.Text(), nullable=False),
    sa.Column('simplified_geojson', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['parent_adcode'], ['regions.adcode'], name=op.f('fk_regions_parent_adcode_regions')),
    sa.PrimaryKeyConstraint('adcode', name=op.f('pk_regions'))
    )
    with op.batch_alter_table('regions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_regions_parent_adcode'), ['parent_adcode'], unique=False)

    op.create_table('units',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('credit_code', sa.String(length=18), nullable=False),
    sa.Column('kind', sa.Enum('construction', 'general_contractor', 'supervision', 'survey', 'design', 'testing', name='unitkind', native_enum=False, length=32), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('contact_phone', sa.String(length=40), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_units')),
    sa.UniqueConstraint('credit_code', name=op.f('uq_units_credit_code'))
    )
    with op.batch_alter_table('units', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_units_name'), ['name'], unique=False)

    op.create_table('projects',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('project_code', sa.String(length=40), nullable=False),
    sa.Column('permit_no', sa.String(length=18), nullable=True),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('district_adcode', sa.String(length=6), nullable=False),
    sa.Column('city_adcode', sa.String(length=6), nullable=False),
    sa.Column('lon', sa.Double(), nullable=False),
    sa.Column('lat', sa.Double(), nullable=False),
    sa.Column('project_type', sa.Enum('housing', 'municipal', name='projecttype', native_enum=False, length=32), nullable=False),
    sa.Column('floor_area_m2', sa.Double(), nullable=False),
    sa.Column('cost_10k_yuan', sa.Double(), nullable=False),
    sa.Column('status', sa.Enum('planned', 'under_construction', 'suspended', 'completed', 'accepted', name='projectstatus', native_enum=False, length=32), nullable=False),
    sa.Column('risk_level', sa.Enum('low', 'general', 'high', 'major', name='risklevel', native_enum=False, length=32), nullable=False),
    sa.Column('planned_start', sa.Date(), nullable=True),
    sa.Column('planned_end', sa.Date(), nullable=True),
    sa.Column('actual_start', sa.Date(), nullable=True),
    sa.Column('actual_end', sa.Date(), nullable=True),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['district_adcode'], ['regions.adcode'], name=op.f('fk_projects_district_adcode_regions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_projects')),
    sa.UniqueConstraint('permit_no', name=op.f('uq_projects_permit_no')),
    sa.UniqueConstraint('project_code', name=op.f('uq_projects_project_code'))
    )
    with op.batch_alter_table('projects', schema=None) as batch_op:
        batch_op.create_index('ix_projects_city_status', ['city_adcode', 'status'], unique=False)
        batch_op.create_index('ix_projects_district_status', ['district_adcode', 'status'], unique=False)
        batch_op.create_index(batch_op.f('ix_projects_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_projects_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_projects_updated_at'), ['updated_at'], unique=False)

    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=40), nullable=False),
    sa.Column('display_name', sa.String(length=60), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('role', sa.Enum('province_supervisor', 'city_supervisor', 'district_supervisor', 'enterprise_admin', 'enterprise_staff', 'wall_display', 'system_admin', name='role', native_enum=False, length=32), nullable=False),
    sa.Column('status', sa.Enum('pending', 'active', 'rejected', 'disabled', name='accountstatus', native_enum=False, length=32), nullable=False),
    sa.Column('region_adcode', sa.String(length=6), nullable=True),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('failed_logins', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('reviewed_by_id', sa.Integer(), nullable=True),
    sa.Column('review_comment', sa.String(length=500), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['region_adcode'], ['regions.adcode'], name=op.f('fk_users_region_adcode_regions')),
    sa.ForeignKeyConstraint(['reviewed_by_id'], ['users.id'], name=op.f('fk_users_reviewed_by_id_users')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_users_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('username', name=op.f('uq_users_username'))
    )
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_users_unit_id'), ['unit_id'], unique=False)

    op.create_table('api_tokens',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_api_tokens_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_api_tokens')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_api_tokens_token_hash'))
    )
    with op.batch_alter_table('api_tokens', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_api_tokens_user_id'), ['user_id'], unique=False)

    op.create_table('personnel',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('role', sa.Enum('project_manager', 'chief_supervising_engineer', 'safety_officer', name='personnelrole', native_enum=False, length=32), nullable=False),
    sa.Column('certificate_no', sa.String(length=60), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_personnel_project_id_projects'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_personnel_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_personnel'))
    )
    with op.batch_alter_table('personnel', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_personnel_project_id'), ['project_id'], unique=False)

    op.create_table('project_status_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('planned', 'under_construction', 'suspended', 'completed', 'accepted', name='projectstatus', native_enum=False, length=32), nullable=False),
    sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('changed_by', sa.String(length=60), nullable=False),
    sa.Column('note', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_project_status_changes_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project_status_changes'))
    )
    with op.batch_alter_table('project_status_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_status_changes_project_id'), ['project_id'], unique=False)

    op.create_table('project_units',
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.Enum('construction', 'general_contractor', 'supervision', 'survey', 'design', 'testing', name='unitkind', native_enum=False, length=32), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_project_units_project_id_projects'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_project_units_unit_id_units')),
    sa.PrimaryKeyConstraint('project_id', 'unit_id', 'role', name=op.f('pk_project_units'))
    )
    with op.batch_alter_table('project_units', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_units_unit_id'), ['unit_id'], unique=False)

    _make_audit_log_append_only()


def _make_audit_log_append_only() -> None:
    """The audit log refuses UPDATE and DELETE at the database level, not only in application code."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            """
            CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit_log is append-only';
            END $$
            """
        )
        op.execute(
            "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
            "FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()"
        )
    else:
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_log_no_{event.lower()} BEFORE {event} ON audit_log "
                "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log")
        op.execute("DROP FUNCTION IF EXISTS audit_log_refuse_change()")
    with op.batch_alter_table('project_units', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_units_unit_id'))

    op.drop_table('project_units')
    with op.batch_alter_table('project_status_changes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_status_changes_project_id'))

    op.drop_table('project_status_changes')
    with op.batch_alter_table('personnel', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_personnel_project_id'))

    op.drop_table('personnel')
    with op.batch_alter_table('api_tokens', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_api_tokens_user_id'))

    op.drop_table('api_tokens')
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_users_unit_id'))

    op.drop_table('users')
    with op.batch_alter_table('projects', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_projects_updated_at'))
        batch_op.drop_index(batch_op.f('ix_projects_status'))
        batch_op.drop_index(batch_op.f('ix_projects_name'))
        batch_op.drop_index('ix_projects_district_status')
        batch_op.drop_index('ix_projects_city_status')

    op.drop_table('projects')
    with op.batch_alter_table('units', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_units_name'))

    op.drop_table('units')
    with op.batch_alter_table('regions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_regions_parent_adcode'))

    op.drop_table('regions')
    op.drop_table('audit_log')
