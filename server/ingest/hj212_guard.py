"""What keeps the HJ 212 listener up under abuse: connection caps, deadlines and a bounded log.

The port is open to anyone who can reach it, before any authentication, so nothing a peer sends may cost
the listener memory, sockets or log output in proportion to the input:
- `ConnectionGate`: at most `max_connections` connections per listener process and `max_per_address` from
  one source address; a connection over a cap is closed at once;
- `Hj212Limits`: a connection must send a valid frame (from a registered device with its PW) within
  `first_frame_timeout` of connecting and then at least every `idle_timeout` (bytes that are no valid frame
  never count as activity), and a frame once begun must be complete within `frame_timeout` (a slowloris
  trickling one byte at a time is closed then);
- `LogBudget` and `ConnectionLog`: a connection's first rejections are logged one by one, the rest are
  counted and summarised per connection, and every such line draws on one listener-wide budget, beyond
  which lines are only counted and summarised once per interval.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from server.config import Settings
from server.token_bucket import TokenBucket

log = logging.getLogger("sandtable.hj212")
Clock = Callable[[], float]


@dataclass(frozen=True)
class Hj212Limits:
    """Per listener process (with `--hj212-workers N` each process has its own caps)."""

    max_connections: int = 2000
    max_per_address: int = 64
    first_frame_timeout: float = 60.0  # seconds after connecting
    idle_timeout: float = 300.0  # seconds between valid frames
    frame_timeout: float = 30.0  # seconds from a frame's first byte to its last
    max_bytes_per_second: int = 128 * 1024  # read from one connection (a backlog upload is ~20 KiB/s); beyond,
    # reading pauses and TCP pushes back, so a flooding peer costs the listener no more CPU than this
    max_junk_bytes: int = 64 * 1024  # read without an accepted frame before the connection is closed
    rejections_logged: int = 10  # per connection one by one; the rest counted
    summary_interval: float = 60.0  # seconds between summary lines
    log_burst: int = 100  # listener-wide log lines about rejections, refusals and closes at once...
    log_rate: float = 1.0  # ...refilled at this many a second

    @classmethod
    def from_settings(cls, settings: Settings) -> Hj212Limits:
        return cls(max_connections=settings.hj212_max_connections,
                   max_per_address=settings.hj212_max_connections_per_address,
                   first_frame_timeout=settings.hj212_first_frame_timeout, idle_timeout=settings.hj212_idle_timeout,
                   frame_timeout=settings.hj212_frame_timeout,
                   max_bytes_per_second=settings.hj212_max_bytes_per_second,
                   max_junk_bytes=settings.hj212_max_junk_bytes)


class ConnectionGate:
    """Counts the open connections, in all and per source address."""

    def __init__(self, *, max_connections: int, max_per_address: int) -> None:
        self.max_connections = max_connections
        self.max_per_address = max_per_address
        self.total = 0
        self._by_address: Counter[str] = Counter()

    def admit(self, address: str) -> str | None:
        """Count the connection in and return None, or say which cap it is over (and count nothing)."""
        if self.total >= self.max_connections:
            return f"over the cap of {self.max_connections} connections"
        if self._by_address[address] >= self.max_per_address:
            return f"over the cap of {self.max_per_address} connections from one address"
        self.total += 1
        self._by_address[address] += 1
        return None

    def release(self, address: str) -> None:
        self.total -= 1
        self._by_address[address] -= 1
        if self._by_address[address] <= 0:
            del self._by_address[address]


class LogBudget:
    """A token bucket of log lines shared by the listener's connections: `line` logs while tokens last, and
    otherwise counts the line's `topic` (a rejection's reason, or what else happened); the counts are logged
    in one line at most once per interval (`flush`, also called by the listener every interval and at stop)."""

    def __init__(self, *, burst: int, rate: float, interval: float, clock: Clock = time.monotonic) -> None:
        self.interval = interval
        self.clock = clock
        self._bucket = TokenBucket(burst=burst, rate=rate, clock=clock)
        self._suppressed: Counter[str] = Counter()
        self._flushed_at = clock()

    def line(self, level: int, topic: str, message: str, *args: Any) -> None:
        """Log `message % args` if the budget allows, else count it under `topic`."""
        if not self.try_line(level, message, *args):
            self.count(topic)

    def try_line(self, level: int, message: str, *args: Any) -> bool:
        if not self._bucket.take():
            return False
        log.log(level, message, *args)
        return True

    def count(self, topic: str, n: int = 1) -> None:
        self._suppressed[topic] += n
        if self.clock() - self._flushed_at >= self.interval:
            self.flush()

    def flush(self) -> None:
        now = self.clock()
        if self._suppressed:
            log.warning("HJ 212: %d more not logged in the last %.0f s: %s", self._suppressed.total(),
                        now - self._flushed_at, _counts(self._suppressed))
            self._suppressed.clear()
        self._flushed_at = now


class ConnectionLog:
    """One connection's rejected frames: the first `logged` one by one, then counted per reason and summarised
    in one line per interval and at close ("N more rejected frames from <peer>: reasons")."""

    def __init__(self, budget: LogBudget, peer: str, *, logged: int) -> None:
        self.budget = budget
        self.peer = peer
        self.logged = logged
        self.rejected = 0
        self._counted: Counter[str] = Counter()
        self._summarised_at = budget.clock()

    def reject(self, reason: str, detail: str, mn: str | None = None) -> None:
        self.rejected += 1
        if self.rejected <= self.logged:
            source = f" from MN {mn!r}" if mn is not None else ""
            self.budget.line(logging.WARNING, reason, "HJ 212 %s: rejected %s%s (%s)", self.peer, reason, source, detail)
            return
        self._counted[reason] += 1
        if self.budget.clock() - self._summarised_at >= self.budget.interval:
            self.flush()

    def flush(self) -> None:
        """Summarise what was counted (called at close too)."""
        self._summarised_at = self.budget.clock()
        if not self._counted:
            return
        counted, self._counted = self._counted, Counter()
        if not self.budget.try_line(logging.WARNING, "HJ 212 %s: %d more rejected frames: %s", self.peer,
                                    counted.total(), _counts(counted)):
            for reason, n in counted.items():
                self.budget.count(reason, n)


def _counts(counts: Counter[str]) -> str:
    return ", ".join(f"{key} ×{n}" for key, n in counts.most_common())
