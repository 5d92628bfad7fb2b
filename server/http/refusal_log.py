"""A bounded log of refused requests: a flood of 4xx answers costs log lines in proportion to time, not to
the attacker's request rate (issue 12: 16 clients flooding failed logins wrote 1.4 MB in 30 s at INFO).

One token bucket per process covers both lines a refused request writes: the API's own refusal line
(`sandtable.api`: which rule refused and why) and uvicorn's access line. While tokens last every line is
written; beyond, lines are counted per (status, path) and one summary line says what was not written, at
most once per interval. 2xx/3xx access lines and 5xx lines are never held back.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter
from collections.abc import Callable

from server.token_bucket import TokenBucket

BURST = 200  # refusal lines at once...
RATE = 5.0  # ...refilled at this many a second
SUMMARY_INTERVAL = 60.0  # seconds between summary lines
API_LOGGER, ACCESS_LOGGER = "sandtable.api", "uvicorn.access"
_SUMMARY = "_sandtable_refusal_summary"


def _refusal_key(record: logging.LogRecord) -> str | None:
    """(status path) of a refusal line, or None for a line that is no 4xx refusal."""
    args = record.args if isinstance(record.args, tuple) else ()
    if record.name == ACCESS_LOGGER and len(args) >= 5:  # (client, method, path, http version, status)
        status, path = args[4], str(args[2]).split("?", 1)[0]
    elif record.name == API_LOGGER and len(args) >= 3:  # (method, path, status, ...)
        status, path = args[2], str(args[1])
    else:
        return None
    return f"{status} {path}" if isinstance(status, int) and 400 <= status < 500 else None


class RefusalLogBudget(logging.Filter):
    """Attach to the handlers or loggers that write refusal lines (`install`)."""

    def __init__(self, *, burst: int = BURST, rate: float = RATE, interval: float = SUMMARY_INTERVAL,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self._interval, self._clock = interval, clock
        self._lock = threading.Lock()
        self._bucket = TokenBucket(burst=burst, rate=rate, clock=clock)
        self._summarised_at = clock()
        self._held_back: Counter[str] = Counter()

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, _SUMMARY, False):
            return True
        key = _refusal_key(record)
        if key is None:
            return True
        with self._lock:
            if self._bucket.take():
                return True
            now = self._clock()
            self._held_back[key] += 1
            due = now - self._summarised_at >= self._interval
            summary = self._take_summary(now) if due else None
        if summary is not None:
            logging.getLogger(API_LOGGER).warning(*summary, extra={_SUMMARY: True})
        return False

    def _take_summary(self, now: float) -> tuple[str, int, float, str]:
        counts = ", ".join(f"{key} ×{n}" for key, n in self._held_back.most_common(10))
        summary = ("%d refused requests not logged in the last %.0f s: %s", self._held_back.total(),
                   now - self._summarised_at, counts)
        self._held_back.clear()
        self._summarised_at = now
        return summary

    def refill(self) -> None:
        """A full bucket and nothing held back (tests start each case from the same state)."""
        with self._lock:
            self._bucket.refill()
            self._summarised_at = self._clock()
            self._held_back.clear()

    def flush(self) -> None:
        """Write the summary of what is held back now (at shutdown, or by a periodic job)."""
        with self._lock:
            summary = self._take_summary(self._clock()) if self._held_back else None
        if summary is not None:
            logging.getLogger(API_LOGGER).warning(*summary, extra={_SUMMARY: True})


_installed: RefusalLogBudget | None = None


def install() -> RefusalLogBudget:
    """Filter both loggers' refusal lines through one budget (idempotent: one budget per process)."""
    global _installed
    if _installed is None:
        _installed = RefusalLogBudget()
        for name in (API_LOGGER, ACCESS_LOGGER):
            logging.getLogger(name).addFilter(_installed)
    return _installed
