"""argon2id password hashing behind a gate that bounds its share of the machine.

Parameters are OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane): one computation takes one core for
a few tens of milliseconds. The earlier RFC 9106 low-memory profile (64 MiB, 4 lanes) took both cores of a
small server, so a login flood starved every other answer (issue 12). Hashes made with other parameters
still verify and are replaced at the next successful login (`needs_rehash`).

The gate lets one computation run at a time and a few callers wait for it; the rest are refused at once
with 429. Between two computations it rests as long as the last one took (`duty`), so password work never
takes more than half of one core however many guesses arrive: a flood costs a bounded slice of CPU and a
handful of threads, never the API's thread pool, its memory or the latency of ingest. Legitimate sign-ins
still pass at some tens per second.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import TypeVar

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from server.errors import TooManyRequests

T = TypeVar("T")
_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
# A fixed hash to verify against when the username is unknown, so timing does not reveal which names exist.
_DUMMY_HASH = _hasher.hash("sandtable-no-such-user")


class PasswordWorkBusy(TooManyRequests):
    """More password checks at once than the gate queues: the caller retries in a moment."""

    def __init__(self) -> None:
        super().__init__("too many sign-ins at this moment; retry in a few seconds", retry_after=2,
                         code="sign_in_busy")


class PasswordGate:
    """One computation at a time, at most `queue` callers waiting up to `wait_s` for the slot, and
    password work busy at most `duty` of the time (a slot rests after each computation)."""

    def __init__(self, *, queue: int = 8, wait_s: float = 5.0, duty: float = 0.5,
                 clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep) -> None:
        if not 0 < duty <= 1:
            raise ValueError("duty must be in (0, 1]")
        self._slots = threading.BoundedSemaphore(1)
        self._queue = queue
        self._wait_s = wait_s
        self._rest_factor = 1 / duty - 1
        self._clock, self._sleep = clock, sleep
        self._resume_at = 0.0  # monotonic time before which no computation starts (guarded by the slots)
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
            resting = self._resume_at - self._clock()
            if resting > 0:
                self._sleep(resting)  # holding the slot: the previous computation's rest comes first
            started = self._clock()
            try:
                yield
            finally:
                finished = self._clock()
                self._resume_at = finished + (finished - started) * self._rest_factor
        finally:
            self._slots.release()


gate = PasswordGate()

# Every computation runs in this one thread. argon2 allocates its 19 MiB per computation with malloc; glibc
# serves that from the calling thread's arena and keeps it there after the first free (its mmap threshold
# adapts upwards), so computations spread over the API's many pool threads left up to 19 MiB resident in
# each: a login flood grew the server by 250 MB (issue 12 benchmark). One thread, one arena, 19 MiB.
_argon2_thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="argon2")


def _in_argon2_thread(work: Callable[[], T]) -> T:
    return _argon2_thread.submit(work).result()


def hash_password(password: str) -> str:
    with gate.slot():
        return _in_argon2_thread(lambda: _hasher.hash(password))


def needs_rehash(password_hash: str) -> bool:
    """True for a hash made with other parameters than today's (replaced at the next successful login)."""
    try:
        return _hasher.check_needs_rehash(password_hash)
    except InvalidHashError:
        return True


def verify_password(password_hash: str | None, password: str) -> bool:
    def verify() -> bool:
        try:
            return _hasher.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
        except (VerificationError, InvalidHashError):
            return False

    with gate.slot():
        return _in_argon2_thread(verify)
