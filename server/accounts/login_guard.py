"""Who may try a password now, decided before any hashing so that refused attempts cost nothing.

Failed attempts are counted in memory, keyed by the user name as typed (whether or not it exists, so the
answers do not tell): per (user name, address) `max_failed_logins` within `lockout_duration` locks only
that address out of that name; per address a cap over all names stops password spraying; per user name a
higher cap over all addresses stops a distributed attack, except from addresses the account logged in from
recently, so its owner keeps working. No failure is written to the database: a write for existing names
only would show in the timing which names exist, and would contend for SQLite's writer lock.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading

from cachetools import TTLCache

from server.config import Settings
from server.errors import TooManyRequests
from server.security.throttle import Throttle, Window, key_part, too_many_requests

log = logging.getLogger("sandtable.auth")
KNOWN_ADDRESS_TTL = dt.timedelta(days=30)
KNOWN_ADDRESSES = 50_000  # (account, address) pairs with a recent successful login, least recent forgotten
_REFUSED = "too many failed logins; retry after the time in Retry-After"


class LoginGuard:
    """Thread-safe; one per app."""

    def __init__(self, settings: Settings, throttle: Throttle) -> None:
        seconds = max(1, int(settings.lockout_duration.total_seconds()))
        self._pair = Window("login-pair", settings.max_failed_logins, seconds)
        self._address = Window("login-address", settings.abuse.login_failures_per_address, seconds)
        self._account = Window("login-account", settings.abuse.login_failures_per_account, seconds)
        self._throttle = throttle
        self._known: TTLCache[tuple[str, str], bool] = TTLCache(KNOWN_ADDRESSES, KNOWN_ADDRESS_TTL.total_seconds())
        self._lock = threading.Lock()

    def admit(self, username: str, address: str) -> None:
        """Raise 429 when a window of this attempt is full: the same answer whether or not the name exists."""
        name = key_part(username)
        waits = [self._throttle.wait(self._pair, name, address), self._throttle.wait(self._address, address)]
        if not self._is_known(name, address):
            waits.append(self._throttle.wait(self._account, name))
        if any(wait is not None for wait in waits):
            raise self.refusal(max(wait for wait in waits if wait is not None))

    @staticmethod
    def refusal(retry_after: int) -> TooManyRequests:
        return too_many_requests(retry_after, _REFUSED)

    def failed(self, username: str, address: str) -> None:
        name = key_part(username)
        self._throttle.hit(self._address, address)
        self._throttle.hit(self._account, name)
        self._throttle.hit(self._pair, name, address)
        if (wait := self._throttle.wait(self._pair, name, address)) is not None:
            log.warning("logins as %r from %s refused for %d s after %d failures", username[:60], address, wait,
                        self._pair.amount)

    def succeeded(self, username: str, address: str) -> None:
        name = key_part(username)
        self._throttle.clear(self._pair, name, address)
        with self._lock:
            self._known[(name, address)] = True

    def _is_known(self, name: str, address: str) -> bool:
        with self._lock:
            return (name, address) in self._known
