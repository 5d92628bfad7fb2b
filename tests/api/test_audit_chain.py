"""The audit log is append-only and its hash chain detects tampering."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from domain.enums import Role
from tests.support.accounts import PASSWORD, make_user
from tests.support.databases import login


def _write_some_history(client: TestClient) -> dict[str, str]:
    make_user(client, "admin", Role.SYSTEM_ADMIN, region="440000")
    for i in range(3):
        client.post("/api/v1/auth/register", json={"username": f"user{i}", "password": "a-long-password",
                                                   "display_name": "测试用户", "role": "wall_display",
                                                   "region_adcode": "440100"})
    return login(client, "admin", PASSWORD)


@contextmanager
def tampering(engine: sa.Engine) -> Iterator[sa.Connection]:
    """What an attacker with database access would do: drop the append-only guard, then edit.
    The guard is put back afterwards, as the PostgreSQL schema is shared between tests."""
    postgres = engine.dialect.name == "postgresql"
    with engine.begin() as conn:
        if postgres:
            conn.exec_driver_sql("DROP TRIGGER audit_log_append_only ON audit_log")
        else:
            conn.exec_driver_sql("DROP TRIGGER audit_log_no_update")
            conn.exec_driver_sql("DROP TRIGGER audit_log_no_delete")
        yield conn
        if postgres:
            conn.exec_driver_sql("CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
                                 "FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()")


def test_intact_chain_verifies(client: TestClient) -> None:
    admin = _write_some_history(client)
    result = client.get("/api/v1/audit/verify", headers=admin).json()
    assert result["ok"] is True and result["checked"] >= 5 and result["first_broken_id"] is None


def test_database_refuses_update_and_delete(client: TestClient) -> None:
    _write_some_history(client)
    engine = client.app.state.database.engine
    for statement in ("UPDATE audit_log SET username = 'someone-else'", "DELETE FROM audit_log"):
        with pytest.raises(sa.exc.DatabaseError, match="append-only"), engine.begin() as conn:
            conn.exec_driver_sql(statement)


def test_altered_entry_is_reported_as_first_broken_link(client: TestClient) -> None:
    admin = _write_some_history(client)
    engine = client.app.state.database.engine
    with tampering(engine) as conn:
        ids = [row[0] for row in conn.exec_driver_sql("SELECT id FROM audit_log ORDER BY id")]
        victim = ids[2]
        conn.exec_driver_sql(f"UPDATE audit_log SET username = 'someone-else' WHERE id = {victim}")
    result = client.get("/api/v1/audit/verify", headers=admin).json()
    assert result == {"ok": False, "checked": 2, "first_broken_id": victim,
                      "reason": "content does not match its hash: this entry was altered"}


def test_removed_entry_breaks_the_next_link(client: TestClient) -> None:
    admin = _write_some_history(client)
    engine = client.app.state.database.engine
    with tampering(engine) as conn:
        ids = [row[0] for row in conn.exec_driver_sql("SELECT id FROM audit_log ORDER BY id")]
        conn.exec_driver_sql(f"DELETE FROM audit_log WHERE id = {ids[1]}")
    result = client.get("/api/v1/audit/verify", headers=admin).json()
    assert result["ok"] is False and result["first_broken_id"] == ids[2]
    assert "removed or altered" in result["reason"]
