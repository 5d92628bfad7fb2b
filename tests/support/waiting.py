"""Wait for a condition, never for a fixed time: the one polling helper of the tests that run no Qt event loop.

A fixed sleep long enough on an idle machine is too short when `make test` shares two cores with other work,
and pure waste when it is not. Poll the condition instead, with a generous timeout that only a real failure
reaches. Qt tests wait with `qtbot.waitUntil` / `qtbot.waitSignal`, which keep the event loop running.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

POLL_INTERVAL_S = 0.05


def wait_until(predicate: Callable[[], T], *, timeout: float = 30.0, interval: float = POLL_INTERVAL_S,
               message: str | Callable[[], str] = "") -> T:
    """Call `predicate` until it returns something truthy and return that value; AssertionError (with
    `message`, or what it returns when it is a callable) once `timeout` seconds pass without it.
    An exception from `predicate` propagates at once: a condition that cannot be checked is a failure."""
    deadline = time.monotonic() + timeout
    while not (value := predicate()):
        if time.monotonic() >= deadline:
            reason = message() if callable(message) else message
            raise AssertionError(f"not so after {timeout:g} s: {reason or getattr(predicate, '__name__', predicate)}")
        time.sleep(interval)
    return value
