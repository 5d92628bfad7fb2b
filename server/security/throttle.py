"""Throttles for what anyone can call: moving windows (`limits`) kept in this process's memory.

Each server process counts on its own, so N API processes allow up to N times a limit (README "Abuse
protection"); counters are lost on restart. Keys are hashed, so a made-up user name of any size costs a
fixed few bytes, and entries expire with their window, so memory does not grow with what senders invent.
"""

from __future__ import annotations

import hashlib
import ipaddress
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from limits import RateLimitItem, RateLimitItemPerSecond
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter

from server.config import Settings
from server.deps import SettingsDep, get_settings
from server.errors import TooManyRequests


@dataclass(frozen=True)
class Window:
    """At most `amount` events per `seconds`, counted per key."""

    name: str
    amount: int
    seconds: int

    def item(self) -> RateLimitItem:
        return RateLimitItemPerSecond(self.amount, self.seconds, namespace=self.name)


def key_part(value: str) -> str:
    """A fixed-size, separator-free stand-in for a value chosen by the caller (e.g. a user name)."""
    return hashlib.blake2b(value.encode(errors="surrogatepass"), digest_size=12).hexdigest()


class Throttle:
    """Moving-window counters keyed by a window and key parts (an address, a hashed user name)."""

    def __init__(self) -> None:
        self._limiter = MovingWindowRateLimiter(MemoryStorage())

    def wait(self, window: Window, *key: str) -> int | None:
        """Seconds until the window admits another event under `key`; None: it admits one now."""
        item = window.item()
        if self._limiter.test(item, *key):
            return None
        reset_at = self._limiter.get_window_stats(item, *key).reset_time
        return max(1, math.ceil(reset_at - time.time()))

    def hit(self, window: Window, *key: str) -> int | None:
        """Count an event; None when admitted, else the seconds to wait (the event was not counted)."""
        if self._limiter.hit(window.item(), *key):
            return None
        return self.wait(window, *key) or 1

    def clear(self, window: Window, *key: str) -> None:
        self._limiter.clear(window.item(), *key)


def too_many_requests(retry_after: int, detail: str) -> TooManyRequests:
    return TooManyRequests(detail, retry_after=retry_after)


def source_address(request: Request) -> str:
    """The address a client is throttled by: the peer, or behind a trusted proxy (`trust_forwarded_for`)
    the last X-Forwarded-For entry, the one that proxy appended. IPv6 clients count per /64, as one
    subscriber usually holds a whole /64."""
    settings = get_settings(request)
    address = request.client.host if request.client else ""
    if settings.trust_forwarded_for:
        forwarded = ",".join(request.headers.getlist("x-forwarded-for")).rsplit(",", 1)[-1].strip()
        address = forwarded or address
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return key_part(address)  # not an IP (a test client, a Unix socket): still a fixed-size key
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.IPv6Network((ip, 64), strict=False).network_address)
    return str(ip)


def _app_throttle(request: Request) -> Throttle:
    return request.app.state.throttle


ThrottleDep = Annotated[Throttle, Depends(_app_throttle)]
SourceAddress = Annotated[str, Depends(source_address)]


def per_address(window_of: Callable[[Settings], Window], what: str) -> Callable[..., None]:
    """A dependency that counts every request from the caller's address against `window_of(settings)` and
    answers 429 when the window is full (before the endpoint does any work)."""

    def _throttle(throttle: ThrottleDep, settings: SettingsDep, address: SourceAddress) -> None:
        if (retry_after := throttle.hit(window_of(settings), address)) is not None:
            raise too_many_requests(retry_after, f"too many {what} from this address; retry later")

    return _throttle
