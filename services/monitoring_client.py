"""Typed calls of the live-monitoring API (devices, transmission, history, warnings) and the parsing of
its push events; built on the generic calls of the one API client."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

from pydantic import ValidationError

from domain.monitoring import DeviceKind
from domain.monitoring_live import LiveReading, ReadingsPushed, Resolution, WarningFilter, WarningPushed
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

STREAM_PATH = "/stream"
NEWEST_WARNINGS = WarningFilter()  # any state, the newest 200


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

    def warnings(self, query: WarningFilter = NEWEST_WARNINGS) -> list[WarningOut]:
        return self.api.get_list(WarningOut, "/warnings", params=warning_params(query))

    def acknowledge(self, warning_id: int, comment: str) -> WarningOut:
        body = WarningAck(comment=comment).model_dump(mode="json")
        return self.api.post_model(WarningOut, f"/warnings/{int(warning_id)}/acknowledge", json=body)

    def stream_target(self) -> tuple[str, dict[str, str]]:
        """URL and headers of the push stream, with the token current at connect time."""
        return self.api.stream_url(STREAM_PATH)


def warning_params(query: WarningFilter) -> dict[str, Any]:
    params: dict[str, Any] = {"limit": query.limit}
    if query.states:
        params["state"] = [state.value for state in query.states]
    if query.project_id is not None:
        params["project_id"] = query.project_id
    if query.device_id is not None:
        params["device_id"] = query.device_id
    return params


def stream_params(device_ids: Iterable[int]) -> dict[str, str]:
    ids = sorted(set(device_ids))
    return {"devices": ",".join(map(str, ids))} if ids else {}


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


# --- push events ---------------------------------------------------------------------------------------------


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
