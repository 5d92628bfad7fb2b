"""Whether what the wall shows may be presented as live, and if not, since when (no Qt, no clock of its own).

The wall's data arrives two ways: full refreshes (the summary and the lists, every `refresh_s`) and the push
stream (changes between refreshes). It is live only while both work. Stale, with the moment it became so:
- never loaded yet;
- the push stream is down (for any reason, a refused session included): stale since it went down;
- a full refresh found the server unreachable (or failing): stale since then, until a refresh asked for
  after it succeeds (the stream may still look connected for seconds: a stopping server keeps it open);
- the stream came back but the full reload that must follow a reconnect has not completed yet;
- no full refresh succeeded for `STALE_AFTER_PERIODS` refresh periods: stale since the last good one.
Times are datetimes (aware, UTC) so the banner can say "since 14:03:12".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

STALE_AFTER_PERIODS = 2


class StaleReason(StrEnum):
    NEVER_LOADED = "never_loaded"
    STREAM_DOWN = "stream_down"
    SERVER_FAILING = "server_failing"  # a refresh found the server unreachable or failing
    RELOADING = "reloading"  # the stream is back; the full reload after it has not completed
    REFRESH_FAILING = "refresh_failing"


@dataclass(frozen=True)
class Staleness:
    reason: StaleReason
    since: dt.datetime  # since when the screen may be out of date
    data_as_of: dt.datetime | None  # the moment the figures on screen describe


class Freshness:
    def __init__(self, refresh_s: float) -> None:
        self.refresh_s = refresh_s
        self.data_as_of: dt.datetime | None = None  # server time of the last full refresh's figures
        self.refreshed_at: dt.datetime | None = None  # local time that refresh completed
        self.stream_up = False
        self.stream_changed_at: dt.datetime | None = None
        self._reload_asked_at: dt.datetime | None = None  # the stream came up: a reload must follow
        self._down_since: dt.datetime | None = None  # the outage began (cleared by the reload after it)
        self._failing_since: dt.datetime | None = None  # a refresh found the server unreachable or failing
        self.started_at: dt.datetime | None = None

    def start(self, now: dt.datetime) -> None:
        self.started_at = now
        self._down_since = now

    def refreshed(self, requested_at: dt.datetime, completed_at: dt.datetime, data_as_of: dt.datetime) -> None:
        """A full refresh asked for at `requested_at` completed; a reload after a reconnect counts only when
        it was asked for after the stream came back (an older answer may predate the outage's changes)."""
        self.refreshed_at = completed_at
        self.data_as_of = data_as_of
        if self._failing_since is not None and requested_at >= self._failing_since:
            self._failing_since = None
        if self._reload_asked_at is not None and requested_at >= self._reload_asked_at:
            self._reload_asked_at = None
            self._down_since = None

    def refresh_failed(self, at: dt.datetime) -> None:
        """A full refresh found the server unreachable or failing (not a refusal such as an expired token)."""
        if self._failing_since is None:
            self._failing_since = at

    def stream_changed(self, up: bool, at: dt.datetime) -> bool:
        """Record the push stream's state; True when a full reload must follow (it came back up)."""
        if up == self.stream_up:
            return False
        self.stream_up = up
        self.stream_changed_at = at
        if up:
            self._reload_asked_at = at
        elif self._down_since is None:
            self._down_since = at
        return up

    def staleness(self, now: dt.datetime) -> Staleness | None:
        """None when everything on screen is live."""
        if self.refreshed_at is None:
            return Staleness(StaleReason.NEVER_LOADED, self.started_at or now, None)
        if not self.stream_up:
            since = self._down_since or self.stream_changed_at or self.refreshed_at
            return Staleness(StaleReason.STREAM_DOWN, since, self.data_as_of)
        if self._failing_since is not None:
            return Staleness(StaleReason.SERVER_FAILING, self._failing_since, self.data_as_of)
        if self._reload_asked_at is not None:
            since = self._down_since or self._reload_asked_at
            return Staleness(StaleReason.RELOADING, since, self.data_as_of)
        if (now - self.refreshed_at).total_seconds() > STALE_AFTER_PERIODS * self.refresh_s:
            return Staleness(StaleReason.REFRESH_FAILING, self.refreshed_at, self.data_as_of)
        return None
