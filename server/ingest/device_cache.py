"""The ingest device look-up cache: bounded, with short-lived misses, forgotten when a device changes.

Every ingest message names its device (HTTP and MQTT by code, HJ 212 by MN), and anyone can send one, so
the cache must not grow with what senders make up: found devices and misses are two LRU caches with a
size cap each (cachetools), and misses expire after a few seconds (`miss_ttl`), so a flood of made-up
names costs at most `miss_size` entries and a device registered by another process is found within
`miss_ttl`. Within this process a device inserted, changed (e.g. its secret) or deleted through the ORM
is forgotten by every cache once its transaction commits (`_forget_committed`), so it is found at once.
"""

from __future__ import annotations

import threading
import time
import weakref
from collections.abc import Callable, Iterable

import sqlalchemy as sa
from cachetools import TTLCache
from sqlalchemy import event
from sqlalchemy.orm import Session, object_session

from server.ingest.devices import DeviceInfo, DeviceKey
from server.monitoring.models import Device

FOUND_TTL_S = 30.0  # a registration changed by another process is seen within this
FOUND_SIZE = 50_000  # devices (each at most twice: by code and by MN)
MISS_TTL_S = 5.0  # a device registered by another process is found within this
MISS_SIZE = 10_000  # made-up codes and MNs remembered at once (a flood costs one query per name beyond)
_PENDING = "sandtable_changed_device_keys"  # Session.info key: cache keys of devices changed in the transaction
_caches: weakref.WeakSet[DeviceCache] = weakref.WeakSet()


class DeviceCache:
    """Thread-safe (the HJ 212 event loop and the look-up threads share one)."""

    def __init__(self, *, found_ttl: float = FOUND_TTL_S, found_size: int = FOUND_SIZE, miss_ttl: float = MISS_TTL_S,
                 miss_size: int = MISS_SIZE, timer: Callable[[], float] = time.monotonic) -> None:
        self._found: TTLCache[DeviceKey, DeviceInfo] = TTLCache(found_size, found_ttl, timer=timer)
        self._missing: TTLCache[DeviceKey, None] = TTLCache(miss_size, miss_ttl, timer=timer)
        self._lock = threading.Lock()
        _caches.add(self)

    def __len__(self) -> int:
        with self._lock:
            self._found.expire()
            self._missing.expire()
            return len(self._found) + len(self._missing)

    def get(self, key: DeviceKey) -> tuple[bool, DeviceInfo | None]:
        """(cached, device): (True, None) is a remembered miss."""
        with self._lock:
            info = self._found.get(key)
            if info is not None:
                return True, info
            return key in self._missing, None

    def put(self, key: DeviceKey, info: DeviceInfo | None) -> None:
        with self._lock:
            if info is None:
                self._missing[key] = None
            else:
                self._missing.pop(key, None)
                self._found[key] = info

    def forget(self, keys: Iterable[DeviceKey]) -> None:
        with self._lock:
            for key in keys:
                self._found.pop(key, None)
                self._missing.pop(key, None)


def _keys_of(device: Device) -> set[DeviceKey]:
    """The device's code and MN, before and after the change (a renamed device is forgotten under both)."""
    state = sa.inspect(device)
    keys: set[DeviceKey] = set()
    for kind in ("code", "mn"):
        history = state.attrs[kind].history
        keys.update((kind, value) for value in (*history.added, *history.unchanged, *history.deleted) if value)
    return keys


@event.listens_for(Device, "after_insert")
@event.listens_for(Device, "after_update")
@event.listens_for(Device, "after_delete")
def _note_changed(_mapper: object, _connection: object, device: Device) -> None:
    session = object_session(device)
    if session is not None:
        session.info.setdefault(_PENDING, set()).update(_keys_of(device))


@event.listens_for(Session, "after_commit")
def _forget_committed(session: Session) -> None:
    """Forget after the commit, not at the flush: a look-up in between would cache the old state again.
    (Keys left by a rolled-back transaction are forgotten at the session's next commit: harmless.)"""
    keys = session.info.pop(_PENDING, None)
    if keys:
        for cache in list(_caches):
            cache.forget(keys)

