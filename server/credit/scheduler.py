"""Background scan that proposes deductions for notices left overdue past escalation level 2."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable

from starlette.concurrency import run_in_threadpool

from server.credit.service import propose_for_overdue_notices
from server.db.engine import Database

log = logging.getLogger("sandtable.credit")
SCAN_INTERVAL_SECONDS = 600.0


def scan_once(database: Database, today: dt.date) -> int:
    with database.write_session() as session:
        return propose_for_overdue_notices(session, today=today)


async def overdue_scan_loop(database: Database, clock: Callable[[], dt.date],
                            interval: float = SCAN_INTERVAL_SECONDS) -> None:
    """Runs until cancelled; a failed scan is logged and retried at the next interval."""
    while True:
        try:
            proposed = await run_in_threadpool(scan_once, database, clock())
            if proposed:
                log.info("proposed %d deductions for escalated overdue notices", proposed)
        except Exception:
            log.exception("overdue deduction scan failed; retrying in %.0f s", interval)
        await asyncio.sleep(interval)
