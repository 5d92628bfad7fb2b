"""argon2id password hashing (argon2-cffi's RFC 9106 low-memory profile), behind a gate.

One argon2 computation takes 64 MiB and, with its four lanes, both cores of a small server for tens of
milliseconds. Without a bound, 16 parallel password guesses (issue 12) saturated the machine and pushed every
other answer into seconds. The gate lets one computation run at a time and a few callers wait for it; the
rest are refused at once with 429, so a flood costs one computation's worth of CPU and a handful of threads,
never the API's whole thread pool or its memory. Legitimate sign-ins still pass at some tens per second.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from server.errors import ApiError

_hasher = PasswordHasher()
# A fixed hash to verify against when the username is unknown, so timing does not reveal which names exist.
_DUMMY_HASH = _hasher.hash("sandtable-no-such-user")


class PasswordWorkBusy(ApiError):
    """More password checks at once than the gate queues: the caller retries in a moment."""

    def __init__(self) -> None:
        super().__init__(429, "sign_in_busy", "too many sign-ins at this moment; retry in a few seconds",
                         {"Retry-After": "2"})


class PasswordGate:
    """At most `slots` computations at once and at most `queue` callers waiting up to `wait_s` for a slot."""

    def __init__(self, *, slots: int = 1, queue: int = 8, wait_s: float = 5.0) -> None:
        self._slots = threading.BoundedSemaphore(slots)
        self._queue = queue
        self._wait_s = wait_s
        self._waiting = 0
        self._lock = threading.Lock()

    @contextmanager
    def slot(self) -> Iterator[None]:
        if not self._slots.acquire(blocking=False):
            with self._lock:
                if self._waiting >= self._queue:
                    raise PasswordWorkBusy()
                self._waiting += 1
            try:
                acquired = self._slots.acquire(timeout=self._wait_s)
            finally:
                with self._lock:
                    self._waiting -= 1
            if not acquired:
                raise PasswordWorkBusy()
        try:
            yield
        finally:
            self._slots.release()


gate = PasswordGate()


def hash_password(password: str) -> str:
    with gate.slot():
        return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    with gate.slot():
        try:
            return _hasher.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
        except (VerificationError, InvalidHashError):
            return False
