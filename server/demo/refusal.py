"""At start, a server not started for the demo says once what it refuses of the demo's public credentials."""

from __future__ import annotations

import logging

import sqlalchemy as sa

from server.db.engine import Database
from server.demo.credentials import DEMO_REGISTRAR, is_demo_username
from server.monitoring.models import Device
from server.security.models import User

log = logging.getLogger("sandtable.auth")


def report_refusal(database: Database) -> None:
    """Say once, at start, what a server without `--demo` refuses and why (nothing when the database holds
    no demo credentials)."""
    with database.read_session() as session:
        names = [n for n in session.scalars(sa.select(User.username).where(User.username.like("demo-%")))
                 if is_demo_username(n)]
        devices = session.scalar(sa.select(sa.func.count()).select_from(Device)
                                 .where(Device.registered_by == DEMO_REGISTRAR)) or 0
    if names or devices:
        log.warning("not started with --demo: refusing the %d demo accounts and the secrets of the %d demo "
                    "devices in this database (their credentials are public)", len(names), devices)
