"""Typed calls of the live-monitoring API (devices, transmission, history, warnings) and the parsing of
its push events; built on the generic calls of the one API client."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import ValidationError

from domain.monitoring import DeviceKind, WarningState, WarningType
from domain.monitoring_schemas import (
    DeviceOut,
    DeviceThresholds,
    ReadingHistory,
    TransmissionReport,
    WarningAck,
    WarningOut,
)
from services.api_client import ApiClient
from services.errors import ResponseFormatError
from services.stream_client import SseEvent

Resolution = Literal["raw", "minute", "hour"]
# Charts ask for raw readings up to 2 h (7,200 points at one per second), minute means up to 7 days
# (10,080 points), hour means beyond: always under the server's 20,000-point answer limit.
RAW_SPAN = dt.timedelta(hours=2)
MINUTE_SPAN = dt.timedelta(days=7)
STREAM_PATH = "/stream"


def resolution_for(span: dt.timedelta) -> Resolution:
    """The coarsest data that still has about one point per screen pixel for a span."""
    return "raw" if span <= RAW_SPAN else "minute" if span <= MINUTE_SPAN else "hour"


@dataclass(frozen=True)
class WarningFilter:
    """What the server filters on; severity and type are filtered in the view (few hundred rows)."""

    states: tuple[WarningState, ...] = ()
    project_id: int | None = None
    device_id: int | None = None
    limit: int = 200

    def to_params(self) -> dict[str, Any]:
        params: dict[str, Any] = {"limit": self.limit}
        if self.states:
            params["state"] = [state.value for state in self.states]
        if self.project_id is not None:
            params["project_id"] = self.project_id
        if self.device_id is not None:
            params["device_id"] = self.device_id
        return params


class MonitoringClient:
    def __init__(self, api: ApiClient) -> None:
        self.api = api

    def devices(self, *, project_id: int | None = None, kind: DeviceKind | None = None,
                limit: int = 500) -> list[DeviceOut]:
        params: dict[str, Any] = {"limit": limit}
        if project_id is not None:
            params["project_id"] = project_id
        if kind is not None:
            params["kind"] = kind.value
        return self.api.get_list(DeviceOut, "/devices", params=params)

    def device(self, device_id: int) -> DeviceOut:
        return self.api.get_model(DeviceOut, f"/devices/{int(device_id)}")

    def thresholds(self, device_id: int) -> DeviceThresholds:
        """The limits the server holds this device's readings against, in each metric's own unit."""
        return self.api.get_model(DeviceThresholds, f"/devices/{int(device_id)}/thresholds")

    def transmission(self, device_id: int, *, hours: int = 24, gap_minutes: int = 10) -> TransmissionReport:
        return self.api.get_model(TransmissionReport, f"/devices/{int(device_id)}/transmission",
                                  params={"hours": hours, "gap_minutes": gap_minutes})

    def history(self, device_id: int, metric: str, start: dt.datetime, end: dt.datetime | None = None,
                resolution: Resolution | None = None) -> ReadingHistory:
        params: dict[str, Any] = {"metric": metric, "start": _aware(start).isoformat()}
        if end is not None:
            params["end"] = _aware(end).isoformat()
        if resolution is not None:
            params["resolution"] = resolution
        return self.api.get_model(ReadingHistory, f"/devices/{int(device_id)}/readings", params=params)

    def warnings(self, query: WarningFilter = WarningFilter()) -> list[WarningOut]:
        return self.api.get_list(WarningOut, "/warnings", params=query.to_params())

    def acknowledge(self, warning_id: int, comment: str) -> WarningOut:
        body = WarningAck(comment=comment).model_dump(mode="json")
        return self.api.post_model(WarningOut, f"/warnings/{int(warning_id)}/acknowledge", json=body)

    def stream_target(self) -> tuple[str, dict[str, str]]:
        """URL and headers of the push stream, with the token current at connect time."""
        return self.api.stream_url(STREAM_PATH)


def stream_params(device_ids: Iterable[int]) -> dict[str, str]:
    ids = sorted(set(device_ids))
    return {"devices": ",".join(map(str, ids))} if ids else {}


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


# --- push events ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LiveReading:
    metric: str
    ts: float  # seconds since the epoch: what the charts plot
    value: float


@dataclass(frozen=True)
class ReadingsPushed:
    """New readings of one watched device (the server sends at most the newest 200 of a batch)."""

    event_id: int
    device_id: int
    project_id: int
    count: int
    readings: Sequence[LiveReading]


@dataclass(frozen=True)
class WarningPushed:
    """A warning was raised, updated, cleared or acknowledged (`change`)."""

    event_id: int
    change: str
    warning: WarningOut


def parse_push(event: SseEvent) -> ReadingsPushed | WarningPushed | None:
    """The typed form of a push event; None for kinds this client does not know (newer servers)."""
    if event.event not in ("readings", "warning"):
        return None
    try:
        event_id = int(event.id or 0)
        body = json.loads(event.data)
        if event.event == "warning":
            change = str(body.pop("change", ""))
            return WarningPushed(event_id=event_id, change=change, warning=WarningOut.model_validate(body))
        readings = tuple(LiveReading(metric=str(r["metric"]), ts=dt.datetime.fromisoformat(r["ts"]).timestamp(),
                                     value=float(r["value"])) for r in body["readings"])
        return ReadingsPushed(event_id=event_id, device_id=int(body["device_id"]), project_id=int(body["project_id"]),
                              count=int(body.get("count", len(readings))), readings=readings)
    except (ValueError, KeyError, TypeError, ValidationError) as exc:
        raise ResponseFormatError(STREAM_PATH, f"{event.event} event {event.id}: {exc}") from exc


# --- threshold levels for charts ---------------------------------------------------------------------------


def _in_metric_units(value: float | None, warning: WarningOut, device: DeviceOut) -> float | None:
    """The rules state crane load and wind as a percentage of the rated load and of the wind limit; charts
    plot tonnes and m/s, so those are scaled by the device's registration (a crane registered without its
    own wind limit uses the region's default, which the API does not expose: no level then)."""
    if value is None:
        return None
    if warning.type is WarningType.CRANE_LOAD:
        return value / 100 * device.rated_load_t if device.rated_load_t else None
    if warning.type is WarningType.CRANE_WIND:
        return value / 100 * device.wind_limit_ms if device.wind_limit_ms else None
    return value


def plot_level(warning: WarningOut, device: DeviceOut) -> float | None:
    """A warning's `threshold` on the plotted metric's axis, or None when it cannot be placed."""
    return _in_metric_units(warning.threshold, warning, device)


def plot_value(warning: WarningOut, device: DeviceOut) -> float | None:
    """Where a warning's marker goes on the metric's axis."""
    return _in_metric_units(warning.value, warning, device)
