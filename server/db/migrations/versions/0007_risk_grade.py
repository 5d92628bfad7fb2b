"""Projects keep the supervisor's risk grade apart from the effective level the sand table shows

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26 01:20:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_LEVELS = ("low", "general", "high", "major")


def upgrade() -> None:
    op.add_column("projects", sa.Column("risk_grade", sa.Enum(*_LEVELS, name="risklevel", native_enum=False, length=32),
                                        nullable=False, server_default="low"))
    op.add_column("projects", sa.Column("risk_score", sa.Double(), nullable=False, server_default="0"))
    op.execute("UPDATE projects SET risk_grade = risk_level")  # what was stored so far was the supervisor's grade


def downgrade() -> None:
    op.execute("UPDATE projects SET risk_level = risk_grade")
    with op.batch_alter_table("projects") as batch:
        batch.drop_column("risk_score")
        batch.drop_column("risk_grade")
