"""A token bucket: `burst` at once, refilled at `rate` a second. The log budgets of the HJ 212 listener
(`server/ingest/hj212_guard.py`) and of refused HTTP requests (`server/http/refusal_log.py`) both draw on
one, so a flood writes log lines in proportion to time, not to the attacker's rate. Not thread-safe: the
caller holds its own lock where several threads take tokens."""

from __future__ import annotations

import time
from collections.abc import Callable


class TokenBucket:
    def __init__(self, *, burst: int, rate: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.burst = burst
        self.rate = rate
        self._clock = clock
        self._tokens = float(burst)
        self._filled_at = clock()

    def take(self) -> bool:
        """One token if there is one (True), after refilling for the time passed; else False."""
        now = self._clock()
        self._tokens = min(self.burst, self._tokens + (now - self._filled_at) * self.rate)
        self._filled_at = now
        if self._tokens < 1:
            return False
        self._tokens -= 1
        return True

    def refill(self) -> None:
        self._tokens = float(self.burst)
        self._filled_at = self._clock()
