"""Accounts and units created directly in the database for API tests (the operator path)."""

from __future__ import annotations

from fastapi.testclient import TestClient

from domain.enums import Role, UnitKind
from server.accounts.service import create_active_user
from server.units.models import Unit

PASSWORD = "correct-horse-battery"


def make_user(client: TestClient, username: str, role: Role, *, region: str | None = None,
              unit_id: int | None = None) -> None:
    with client.app.state.database.write_session() as session:
        create_active_user(session, username=username, password=PASSWORD, display_name=username, role=role,
                           region_adcode=region, unit_id=unit_id)
        session.commit()


def make_unit(client: TestClient, name: str, code: str) -> int:
    with client.app.state.database.write_session() as session:
        unit = Unit(name=name, credit_code=code, kind=UnitKind.GENERAL_CONTRACTOR)
        session.add(unit)
        session.commit()
        return unit.id
