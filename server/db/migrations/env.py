"""Alembic environment: runs against the engine the app hands over (or the URL in the config)."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context

from server.db.models import metadata

config = context.config


def _configured_url() -> str:
    url = config.get_main_option("sqlalchemy.url")
    if url is None:
        raise RuntimeError("no engine passed to the migrations and no sqlalchemy.url configured")
    return url


def run_migrations_online() -> None:
    engine = config.attributes.get("engine") or sa.create_engine(_configured_url())
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations_online()
