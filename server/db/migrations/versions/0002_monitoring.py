"""Monitoring: devices, readings, rollups, warnings, stream events

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 19:32:39
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('stream_events',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('device_id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stream_events'))
    )
    with op.batch_alter_table('stream_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stream_events_at'), ['at'], unique=False)

    op.create_table('devices',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('dust_noise', 'tower_crane', 'deep_pit', 'high_formwork', name='devicekind', native_enum=False, length=32), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('mn', sa.String(length=32), nullable=True),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('install_position', sa.String(length=200), nullable=False),
    sa.Column('lon', sa.Double(), nullable=True),
    sa.Column('lat', sa.Double(), nullable=True),
    sa.Column('vendor', sa.String(length=100), nullable=False),
    sa.Column('particulate_unit', sa.Enum('ug/m3', 'mg/m3', name='particulateunit', native_enum=False, length=32), nullable=True),
    sa.Column('crane_registration_no', sa.String(length=40), nullable=True),
    sa.Column('rated_load_t', sa.Double(), nullable=True),
    sa.Column('rated_moment_knm', sa.Double(), nullable=True),
    sa.Column('wind_limit_ms', sa.Double(), nullable=True),
    sa.Column('monitored_item', sa.String(length=60), nullable=True),
    sa.Column('alarm_cumulative', sa.Double(), nullable=True),
    sa.Column('alarm_rate', sa.Double(), nullable=True),
    sa.Column('prewarning_ratio', sa.Double(), nullable=True),
    sa.Column('secret_hash', sa.String(length=64), nullable=False),
    sa.Column('registered_by', sa.String(length=60), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_seen_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_devices_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_devices')),
    sa.UniqueConstraint('code', name=op.f('uq_devices_code')),
    sa.UniqueConstraint('mn', name=op.f('uq_devices_mn'))
    )
    with op.batch_alter_table('devices', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_devices_last_seen_at'), ['last_seen_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_devices_project_id'), ['project_id'], unique=False)

    op.create_table('reading_hours',
    sa.Column('device_id', sa.Integer(), nullable=False),
    sa.Column('metric', sa.String(length=32), nullable=False),
    sa.Column('bucket', sa.DateTime(timezone=True), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('total', sa.Double(), nullable=False),
    sa.Column('min', sa.Double(), nullable=False),
    sa.Column('max', sa.Double(), nullable=False),
    sa.ForeignKeyConstraint(['device_id'], ['devices.id'], name=op.f('fk_reading_hours_device_id_devices'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('device_id', 'metric', 'bucket', name=op.f('pk_reading_hours'))
    )
    op.create_table('reading_minutes',
    sa.Column('device_id', sa.Integer(), nullable=False),
    sa.Column('metric', sa.String(length=32), nullable=False),
    sa.Column('bucket', sa.DateTime(timezone=True), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('total', sa.Double(), nullable=False),
    sa.Column('min', sa.Double(), nullable=False),
    sa.Column('max', sa.Double(), nullable=False),
    sa.ForeignKeyConstraint(['device_id'], ['devices.id'], name=op.f('fk_reading_minutes_device_id_devices'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('device_id', 'metric', 'bucket', name=op.f('pk_reading_minutes'))
    )
    op.create_table('readings',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('device_id', sa.Integer(), nullable=False),
    sa.Column('metric', sa.String(length=32), nullable=False),
    sa.Column('ts', sa.DateTime(timezone=True), nullable=False),
    sa.Column('value', sa.Double(), nullable=False),
    sa.ForeignKeyConstraint(['device_id'], ['devices.id'], name=op.f('fk_readings_device_id_devices'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_readings')),
    sa.UniqueConstraint('device_id', 'metric', 'ts', name='uq_readings_device_metric_ts')
    )
    op.create_table('warnings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('device_id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('type', sa.Enum('noise', 'pm10', 'pm25', 'crane_moment', 'crane_load', 'crane_wind', 'pit_cumulative', 'pit_rate', 'formwork_cumulative', 'formwork_rate', 'offline', name='warningtype', native_enum=False, length=32), nullable=False),
    sa.Column('severity', sa.Enum('critical', 'major', 'minor', 'warning', 'indeterminate', name='severity', native_enum=False, length=32), nullable=False),
    sa.Column('state', sa.Enum('active_unack', 'active_ack', 'cleared_unack', 'cleared_ack', name='warningstate', native_enum=False, length=32), nullable=False),
    sa.Column('active_slot', sa.String(length=60), nullable=True),
    sa.Column('metric', sa.String(length=32), nullable=False),
    sa.Column('value', sa.Double(), nullable=True),
    sa.Column('peak', sa.Double(), nullable=True),
    sa.Column('threshold', sa.Double(), nullable=True),
    sa.Column('message', sa.String(length=300), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('first_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('cleared_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('acked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('acked_by', sa.String(length=60), nullable=True),
    sa.Column('ack_comment', sa.String(length=500), nullable=False),
    sa.ForeignKeyConstraint(['device_id'], ['devices.id'], name=op.f('fk_warnings_device_id_devices'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_warnings_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_warnings')),
    sa.UniqueConstraint('active_slot', name=op.f('uq_warnings_active_slot'))
    )
    with op.batch_alter_table('warnings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_warnings_device_id'), ['device_id'], unique=False)
        batch_op.create_index('ix_warnings_project_state', ['project_id', 'state'], unique=False)
        batch_op.create_index(batch_op.f('ix_warnings_state'), ['state'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('warnings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_warnings_state'))
        batch_op.drop_index('ix_warnings_project_state')
        batch_op.drop_index(batch_op.f('ix_warnings_device_id'))

    op.drop_table('warnings')
    op.drop_table('readings')
    op.drop_table('reading_minutes')
    op.drop_table('reading_hours')
    with op.batch_alter_table('devices', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_devices_project_id'))
        batch_op.drop_index(batch_op.f('ix_devices_last_seen_at'))

    op.drop_table('devices')
    with op.batch_alter_table('stream_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stream_events_at'))

    op.drop_table('stream_events')
