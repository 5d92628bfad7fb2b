"""Accounts of the enterprises that act in the demo history (answering notices, reporting), so every
event in it is recorded under the party that really acts: an enterprise's feedback under an enterprise
account, never under a supervisor's."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from domain.enums import AccountStatus, Role
from server.demo.common import Account, insert_rows, move_id_sequences
from server.demo.credentials import DEMO_PASSWORD
from server.security.models import User
from server.security.passwords import hash_password
from server.units.models import Unit


def enterprise_accounts(session: Session, unit_ids: Iterable[int]) -> dict[int, Account]:
    """Each unit's first active account; a unit without one gets a staff account `demo-u<unit id>` with
    the demo password (one argon2 hash shared by all, so a large demo seeds in seconds)."""
    wanted = set(unit_ids)
    accounts: dict[int, Account] = {}
    for user_id, username, role, unit_id in session.execute(
            sa.select(User.id, User.username, User.role, User.unit_id)
            .where(User.unit_id.in_(wanted), User.status == AccountStatus.ACTIVE).order_by(User.id)):
        assert unit_id is not None  # one of `wanted`
        accounts.setdefault(unit_id, (user_id, username, role.value))
    missing = sorted(wanted - set(accounts))
    if not missing:
        return accounts
    names = dict(session.execute(sa.select(Unit.id, Unit.name).where(Unit.id.in_(missing))).all())
    first_id = (session.scalar(sa.select(sa.func.max(User.id))) or 0) + 1
    password_hash = hash_password(DEMO_PASSWORD)
    created = dt.datetime(2025, 1, 6, 9, 0, tzinfo=dt.UTC)
    rows: list[dict[str, Any]] = [
        dict(id=first_id + i, username=f"demo-u{unit_id}", display_name=f"{names[unit_id][:50]}资料员",
             password_hash=password_hash, role=Role.ENTERPRISE_STAFF, status=AccountStatus.ACTIVE, unit_id=unit_id,
             created_at=created) for i, unit_id in enumerate(missing)]
    insert_rows(session, User, rows)
    move_id_sequences(session, ("users",))
    accounts.update({row["unit_id"]: (row["id"], row["username"], Role.ENTERPRISE_STAFF.value) for row in rows})
    return accounts
