"""Periodic compliance rules: chase overdue notices as warnings and propose deductions for notices
left overdue past escalation level 2. Both are idempotent, so the scan may run as often as wanted."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable

from starlette.concurrency import run_in_threadpool

from server.credit.service import propose_for_overdue_notices
from server.db.engine import Database
from server.followups.service import raise_for_overdue_notices

log = logging.getLogger("sandtable.compliance")
SCAN_INTERVAL_SECONDS = 600.0


def scan_once(database: Database, today: dt.date) -> dict[str, int]:
    with database.write_session() as session:
        follow_ups = raise_for_overdue_notices(session, today=today)
        deductions = propose_for_overdue_notices(session, today=today)
    return {"follow_ups": follow_ups, "deductions": deductions}


async def compliance_scan_loop(database: Database, clock: Callable[[], dt.date],
                               interval: float = SCAN_INTERVAL_SECONDS) -> None:
    """Runs until cancelled; a failed scan is logged and retried at the next interval."""
    while True:
        try:
            made = await run_in_threadpool(scan_once, database, clock())
            if any(made.values()):
                log.info("compliance scan raised %(follow_ups)d follow-ups, proposed %(deductions)d deductions", made)
        except Exception:
            log.exception("compliance scan failed; retrying in %.0f s", interval)
        await asyncio.sleep(interval)
