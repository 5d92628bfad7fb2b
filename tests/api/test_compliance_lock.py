"""The compliance scan's PostgreSQL advisory lock belongs to one schema: installations (and test
sessions) sharing a database never skip each other's scans, while two processes on one schema still
run it only once."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import sqlalchemy as sa

from server.compliance import _SCAN_LOCK_SPACE, _scan_lock_key, scan_once
from server.db.engine import Database
from tests.support.databases import Template, create_pg_schema, drop_pg_schema, fresh_database, pg_url

TODAY = dt.date(2026, 12, 2)


def _hold_scan_lock(conn: sa.Connection) -> None:
    assert conn.execute(sa.select(sa.func.pg_try_advisory_lock(_SCAN_LOCK_SPACE, _scan_lock_key()))).scalar()


def test_a_scan_running_on_another_schema_does_not_skip_this_one(db_templates: dict[str, Template],
                                                                  tmp_path: Path) -> None:
    database = Database(fresh_database(db_templates["postgresql"], tmp_path))
    other_schema = create_pg_schema("sandtable_other")
    other = sa.create_engine(pg_url(other_schema))
    try:
        with other.connect() as holder:
            _hold_scan_lock(holder)  # another installation in the same database is scanning
            assert scan_once(database, TODAY)["skipped"] == 0
    finally:
        other.dispose()
        drop_pg_schema(other_schema)
        database.dispose()


def test_a_scan_running_on_the_same_schema_is_not_repeated(db_templates: dict[str, Template],
                                                          tmp_path: Path) -> None:
    url = fresh_database(db_templates["postgresql"], tmp_path)
    database, peer = Database(url), sa.create_engine(url)
    try:
        with peer.connect() as holder:
            _hold_scan_lock(holder)  # another server process of this installation is scanning
            assert scan_once(database, TODAY)["skipped"] == 1
            holder.execute(sa.select(sa.func.pg_advisory_unlock(_SCAN_LOCK_SPACE, _scan_lock_key())))
        assert scan_once(database, TODAY)["skipped"] == 0  # once it is done, the next scan runs
    finally:
        peer.dispose()
        database.dispose()
