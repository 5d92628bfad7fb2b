"""Migrations bring an empty database to head on both backends, and match the models exactly."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from server.db.engine import make_engine
from server.db.migrate import alembic_config, upgrade_to_head
from server.db.models import metadata
from tests.support.databases import create_pg_schema, drop_pg_schema, pg_url

# The tables the models define, plus Alembic's own; compare_metadata below checks their columns too.
EXPECTED_TABLES = {*metadata.tables, "alembic_version"}


def _check_fresh_upgrade(url: str) -> None:
    engine = make_engine(url)
    try:
        upgrade_to_head(engine)
        upgrade_to_head(engine)  # idempotent: a second start changes nothing
        with engine.connect() as conn:
            assert set(sa.inspect(conn).get_table_names()) == EXPECTED_TABLES
            applied = set(conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalars())
            assert applied == set(ScriptDirectory.from_config(alembic_config(engine)).get_heads())
            diff = compare_metadata(MigrationContext.configure(conn), metadata)
            assert diff == [], f"models and migrations disagree: {diff}"
    finally:
        engine.dispose()


def test_upgrade_empty_sqlite(tmp_path: Path) -> None:
    _check_fresh_upgrade(f"sqlite:///{tmp_path / 'empty.db'}")
    with sa.create_engine(f"sqlite:///{tmp_path / 'empty.db'}").connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_upgrade_empty_postgresql() -> None:
    schema = create_pg_schema("sandtable_mig")
    try:
        _check_fresh_upgrade(pg_url(schema))
    finally:
        drop_pg_schema(schema)
