"""Who sends readings: a device as ingest sees it (detached from any session) and its credentials."""

from __future__ import annotations

import datetime as dt
import hmac
from dataclasses import dataclass
from typing import NamedTuple

import sqlalchemy as sa

from domain.enums import DataSource
from domain.monitoring import DeviceKind, ParticulateUnit
from domain.rules import DeviceSpec
from server.db.base import table_of
from server.monitoring.credentials import hash_secret
from server.monitoring.models import Device
from server.security.actor import Actor

DeviceKey = tuple[str, str]  # ("code", code) for HTTP and MQTT, ("mn", mn) for HJ 212
# What can be registered (the columns' lengths, as DEVICE_CODE_PATTERN and MN_PATTERN of the DTO; HJ 212-2017
# MNs have 24 characters, the 2005 edition's 14). Anything longer names no device: refused before any look-up.
def _length(column: sa.Column[str]) -> int:
    kind = column.type
    assert isinstance(kind, sa.String) and kind.length is not None
    return kind.length


MAX_CODE_LENGTH = _length(table_of(Device).c.code)
MAX_MN_LENGTH = _length(table_of(Device).c.mn)


def device_key(*, code: str | None = None, mn: str | None = None) -> DeviceKey:
    return ("code", code) if code is not None else ("mn", mn or "")


def key_problem(key: DeviceKey) -> str | None:
    """Why this code or MN cannot name a registered device (None: it may). Checked before any look-up, so
    that made-up names of any size never reach the device cache or the database."""
    kind, value = key
    name, limit = ("device code", MAX_CODE_LENGTH) if kind == "code" else ("MN", MAX_MN_LENGTH)
    if not value:
        return f"empty {name}"
    if len(value) > limit:
        return f"{name} of {len(value)} characters; at most {limit}"
    return None


@dataclass(frozen=True)
class DeviceInfo:
    """What ingest needs to know about a device, detached from any session."""

    id: int
    code: str
    mn: str | None
    project_id: int
    city_adcode: str
    kind: DeviceKind
    unit: ParticulateUnit | None
    secret_hash: str
    spec: DeviceSpec

    def authenticates(self, secret: str) -> bool:
        return hmac.compare_digest(hash_secret(secret), self.secret_hash)

    @property
    def actor(self) -> Actor:
        return Actor(user_id=None, username=f"device:{self.code}", role="device", unit_id=None,
                     source=DataSource.DEVICE)


def device_info(device: Device, city_adcode: str) -> DeviceInfo:
    return DeviceInfo(
        id=device.id, code=device.code, mn=device.mn, project_id=device.project_id, city_adcode=city_adcode,
        kind=device.kind, unit=device.particulate_unit, secret_hash=device.secret_hash,
        spec=DeviceSpec(kind=device.kind, rated_load_t=device.rated_load_t, wind_limit_ms=device.wind_limit_ms,
                        alarm_cumulative=device.alarm_cumulative, alarm_rate=device.alarm_rate,
                        prewarning_ratio=device.prewarning_ratio),
    )


class Sample(NamedTuple):  # a named tuple: the HJ 212 listener makes tens of thousands a second
    device: DeviceInfo
    metric: str
    ts: dt.datetime  # aware, in UTC
    value: float  # already in the stored unit (µg/m³ for particulates)
