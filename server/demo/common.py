"""Small pieces every demo generator needs: China-local timestamps, bulk inserts with explicit ids,
and the supervisor accounts that act in a region."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from domain.adcodes import GUANGDONG
from domain.enums import Role
from server.clock import CHINA_TZ
from server.db.base import Base, table_of
from server.security.models import User

CHUNK = 20_000
Account = tuple[int, str, str]  # user id, username, role


def china_time(day: dt.date, hour: int = 10, minute: int = 0) -> dt.datetime:
    """`hour:minute` Beijing time on `day` (in UTC), so stored timestamps and local dates agree."""
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=CHINA_TZ).astimezone(dt.UTC)


def insert_rows(session: Session, model: type[Base], rows: Sequence[dict[str, Any]]) -> None:
    """Core executemany into the model's table in chunks (the fast path for tens of thousands of rows)."""
    table = table_of(model)
    for start in range(0, len(rows), CHUNK):
        session.execute(sa.insert(table), rows[start:start + CHUNK])


def move_id_sequences(session: Session, tables: Iterable[str]) -> None:
    """After rows were inserted with explicit ids, let PostgreSQL's sequences continue after them."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in tables:
        session.execute(sa.text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                f"(SELECT COALESCE(MAX(id), 1) FROM {table}))"))


def supervisor_accounts(session: Session) -> dict[str, Account]:
    """The first city or province supervisor account per region; the province's must exist."""
    accounts: dict[str, Account] = {}
    for region, user_id, username, role in session.execute(
            sa.select(User.region_adcode, User.id, User.username, User.role)
            .where(User.role.in_([Role.CITY_SUPERVISOR, Role.PROVINCE_SUPERVISOR])).order_by(User.id)):
        assert region is not None  # a city or province supervisor always has a region
        accounts.setdefault(region, (user_id, username, role.value))
    if GUANGDONG not in accounts:
        raise ValueError("the demo history needs the province supervisor account: seed the demo accounts first")
    return accounts
