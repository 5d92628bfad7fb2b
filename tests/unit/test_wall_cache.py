"""The wall summary cache's rules (`server.wall.cache`): kept per key until its TTL or an invalidation, and
a computation overtaken by an invalidation is answered but not kept."""

from __future__ import annotations

import datetime as dt
import threading

from domain.wall import WallSummary
from server.wall.cache import SummaryCache, invalidate_all


def figures(alarms: int) -> WallSummary:
    return WallSummary(as_of=dt.datetime(2026, 12, 2, tzinfo=dt.UTC), scope_adcode="440000",
                       projects_under_construction=0, projects_stop_work=0, overdue_notices=0,
                       overdue_notices_by_level={}, active_alarms=alarms, active_alarms_by_severity={},
                       unacknowledged_alarms=0, newest_alarms=[], devices_online=0, devices_expected=0,
                       follow_ups_open=0, follow_ups_overdue=0, verification_backlog=0, cities=[])


def test_kept_per_key_until_the_ttl() -> None:
    now = [0.0]
    cache = SummaryCache(ttl=10, clock=lambda: now[0])
    assert cache.get("440000", lambda: figures(1)).active_alarms == 1
    assert cache.get("440000", lambda: figures(2)).active_alarms == 1
    assert cache.get("440100", lambda: figures(3)).active_alarms == 3
    now[0] = 10.5
    assert cache.get("440000", lambda: figures(4)).active_alarms == 4


def test_an_invalidation_drops_every_cache_of_the_process() -> None:
    caches = [SummaryCache(), SummaryCache()]
    for cache in caches:
        cache.get("440000", lambda: figures(1))
    invalidate_all()
    assert [cache.get("440000", lambda: figures(2)).active_alarms for cache in caches] == [2, 2]


def test_a_computation_overtaken_by_an_invalidation_is_not_kept() -> None:
    cache = SummaryCache()

    def overtaken() -> WallSummary:
        cache.invalidate()  # a change commits while the figures are being read
        return figures(1)

    assert cache.get("440000", overtaken).active_alarms == 1
    assert cache.get("440000", lambda: figures(2)).active_alarms == 2


def test_concurrent_misses_compute_once() -> None:
    cache = SummaryCache()
    started, release = threading.Event(), threading.Event()
    calls = []

    def slow() -> WallSummary:
        calls.append(1)
        started.set()
        release.wait(10)
        return figures(len(calls))

    results: list[int] = []
    first = threading.Thread(target=lambda: results.append(cache.get("440000", slow).active_alarms))
    first.start()
    started.wait(10)
    second = threading.Thread(target=lambda: results.append(cache.get("440000", slow).active_alarms))
    second.start()
    release.set()
    first.join(10)
    second.join(10)
    assert results == [1, 1] and len(calls) == 1
