"""The wall summaries of one server process, cached per scope: N walls showing one province cost one
computation per change, not N per refresh.

What invalidates: every change another area announces that moves a wall figure (`server.wall.flows`:
warnings raised, cleared or acknowledged, readings stored with warning changes, notices closed, inspections
recorded) drops every cached summary of the process once that change commits. HJ 212 worker processes run
the same flows on their own commits and have no cache worth dropping: they forward each invalidation to the
API process (`forward_invalidations`, a control byte over their channel, `server.ingest.hj212_workers`),
whose pool calls `invalidate_all`, so a warning raised through a worker shows at the next request too. What
no announcement covers (a project's status, a notice issued or answered, a submission, a follow-up raised
by the compliance scan, a deadline passing at midnight, devices coming online, writes by any other process)
shows within `TTL`.

A computation that began before an invalidation is not kept (its figures may predate the change), and
concurrent requests for one scope wait for a single computation instead of each running their own.
"""

from __future__ import annotations

import threading
import time
import weakref
from collections.abc import Callable, Hashable
from dataclasses import dataclass

from domain.wall import WallSummary

TTL = 10.0  # seconds: the safety net for changes no announcement covers

_caches: weakref.WeakSet[SummaryCache] = weakref.WeakSet()  # every live cache of this process
_forwards: list[Callable[[], None]] = []  # who else hears of this process's invalidations
_caches_lock = threading.Lock()


def invalidate_all() -> None:
    """Drop every cached summary of this process (from any thread, after the change committed), and tell
    whoever `forward_invalidations` named."""
    with _caches_lock:
        caches, forwards = list(_caches), list(_forwards)
    for cache in caches:
        cache.invalidate()
    for forward in forwards:
        forward()


def forward_invalidations(send: Callable[[], None]) -> None:
    """Call `send` after each `invalidate_all` of this process, in the committing thread: how a process
    that writes but serves no wall (an HJ 212 worker) tells the one that does. `send` must not block."""
    with _caches_lock:
        _forwards.append(send)


@dataclass(frozen=True)
class _Entry:
    generation: int
    computed_at: float  # time.monotonic()
    summary: WallSummary


class SummaryCache:
    def __init__(self, ttl: float = TTL, clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl = ttl
        self._clock = clock
        self._generation = 0
        self._entries: dict[Hashable, _Entry] = {}
        self._lock = threading.Lock()
        self._computing: dict[Hashable, threading.Lock] = {}
        with _caches_lock:
            _caches.add(self)

    def invalidate(self) -> None:
        with self._lock:
            self._generation += 1
            self._entries.clear()

    def _fresh(self, key: Hashable) -> WallSummary | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None or entry.generation != self._generation or self._clock() - entry.computed_at > self.ttl:
                return None
            return entry.summary

    def get(self, key: Hashable, compute: Callable[[], WallSummary]) -> WallSummary:
        """The cached summary of `key`, or `compute()`'s (kept unless an invalidation came meanwhile)."""
        summary = self._fresh(key)
        if summary is not None:
            return summary
        with self._lock:
            computing = self._computing.setdefault(key, threading.Lock())
        with computing:  # one computation per scope at a time; the others then find its result
            summary = self._fresh(key)
            if summary is not None:
                return summary
            with self._lock:
                generation, started = self._generation, self._clock()
            summary = compute()
            with self._lock:
                if generation == self._generation:
                    self._entries[key] = _Entry(generation, started, summary)
            return summary
