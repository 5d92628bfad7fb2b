"""Who sends readings: a device as ingest sees it (detached from any session) and its credentials."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from dataclasses import dataclass
from typing import NamedTuple

from domain.enums import DataSource
from domain.monitoring import DeviceKind, ParticulateUnit
from domain.rules import DeviceSpec
from server.monitoring.models import Device
from server.security.actor import Actor


def hash_secret(secret: str) -> str:
    """Device secrets are 128+ random bits, so a plain SHA-256 is enough (no password stretching)."""
    return hashlib.sha256(secret.encode()).hexdigest()


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
