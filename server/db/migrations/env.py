"""Alembic environment: runs against the engine the app hands over (or the URL in the config)."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context

from server.db.models import metadata

config = context.config


def run_migrations_online() -> None:
    engine = config.attributes.get("engine") or sa.create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations_online()
