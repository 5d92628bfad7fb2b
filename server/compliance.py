"""Periodic compliance rules: chase overdue notices as warnings, propose deductions for notices left
overdue past escalation level 2, chase reporting gaps (missing monthly progress, dangerous works
without an approved plan, lifting-machinery certificates running out), delete account applications
nobody reviewed within a week, and refresh every project's risk score and effective level. All are
idempotent, so the scan may run as often as wanted."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable

import sqlalchemy as sa
from starlette.concurrency import run_in_threadpool

from server.accounts.service import expire_pending_accounts
from server.credit.service import propose_for_overdue_notices
from server.db.engine import Database
from server.followups.service import raise_for_monitoring_warnings, raise_for_overdue_notices
from server.reporting.rules import run_reporting_rules
from server.risk.service import apply_risk_changes, risk_changes

log = logging.getLogger("sandtable.compliance")
SCAN_INTERVAL_SECONDS = 600.0


_SCAN_LOCK_SPACE = 0x5A4E_C0DE  # one scan at a time across every server process sharing a PostgreSQL schema


def _scan_lock_key() -> sa.ColumnElement[int]:
    """The scan's advisory lock: advisory locks are database-wide, so the key includes the schema; two
    installations (or test sessions) in one database must not skip each other's scans."""
    return sa.func.hashtext(sa.func.concat("sandtable-compliance-scan:", sa.func.current_schema()))


def scan_once(database: Database, today: dt.date) -> dict[str, int]:
    """Run every rule, each in its own transaction (a long scan must not hold SQLite's write lock);
    on PostgreSQL skip the scan when another server process is running it."""
    postgres = database.backend == "postgresql"
    with database.engine.connect() as lock_conn:
        if postgres and not lock_conn.execute(sa.select(sa.func.pg_try_advisory_lock(_SCAN_LOCK_SPACE, _scan_lock_key()))).scalar():
            return {"follow_ups": 0, "deductions": 0, "reporting_follow_ups": 0, "risk_changes": 0, "skipped": 1}
        try:
            with database.write_session() as session:
                follow_ups = raise_for_overdue_notices(session, today=today)
            with database.write_session() as session:
                follow_ups += raise_for_monitoring_warnings(session)
            with database.write_session() as session:
                deductions = propose_for_overdue_notices(session, today=today)
            with database.write_session() as session:
                reporting = run_reporting_rules(session, today=today)
            with database.write_session() as session:
                expire_pending_accounts(session)
                session.commit()
            with database.read_session() as session:  # last: scores see what the rules above raised
                changes = risk_changes(session, today=today)
            with database.write_session() as session:
                rescored = apply_risk_changes(session, changes)
                session.commit()
        finally:
            if postgres:
                lock_conn.execute(sa.select(sa.func.pg_advisory_unlock(_SCAN_LOCK_SPACE, _scan_lock_key())))
    return {"follow_ups": len(follow_ups), "deductions": len(deductions), "reporting_follow_ups": reporting,
            "risk_changes": rescored, "skipped": 0}


async def compliance_scan_loop(database: Database, clock: Callable[[], dt.date],
                               interval: float = SCAN_INTERVAL_SECONDS,
                               on_done: Callable[[dt.datetime], None] | None = None) -> None:
    """Runs until cancelled; a failed scan is logged and retried at the next interval. `on_done` hears
    when each scan finished (the health endpoint reports it)."""
    while True:
        try:
            made = await run_in_threadpool(scan_once, database, clock())
            if on_done is not None:
                on_done(dt.datetime.now(dt.UTC))
            if any(made.values()):
                log.info("compliance scan raised %(follow_ups)d notice and %(reporting_follow_ups)d reporting "
                         "follow-ups, proposed %(deductions)d deductions, changed %(risk_changes)d risk levels", made)
        except Exception:
            log.exception("compliance scan failed; retrying in %.0f s", interval)
        await asyncio.sleep(interval)
