"""The SSE wire format and the push-event parsing of the client (no server, no Qt)."""

from __future__ import annotations

import datetime as dt
import itertools
import json

import pytest

from domain.monitoring_schemas import DeviceOut, WarningOut
from services.errors import ResponseFormatError
from services.monitoring_client import (
    ReadingsPushed,
    WarningPushed,
    parse_push,
    plot_level,
    plot_value,
    resolution_for,
)
from services.stream_client import SseEvent, SseParser, backoff_delays


def feed(lines: list[str]) -> tuple[list[SseEvent], SseParser]:
    parser = SseParser()
    events = [event for line in lines if (event := parser.feed(line)) is not None]
    return events, parser


def test_parser_follows_the_event_stream_format():
    events, parser = feed([": connected", "retry: 2000", "", "id: 7", "event: readings", "data: {\"a\":", "data: 1}",
                           "", ": ping", "", "data:no-space", "", "id: 9", "event: warning", "data: x", ""])
    assert events == [SseEvent("7", "readings", '{"a":\n1}'), SseEvent(None, "message", "no-space"),
                      SseEvent("9", "warning", "x")]
    assert parser.last_event_id == "9" and parser.retry_ms == 2000


def test_parser_keeps_the_last_id_across_events_without_one():
    events, parser = feed(["id: 3", "data: a", "", "data: b", ""])
    assert [e.id for e in events] == ["3", None]
    assert parser.last_event_id == "3"


def test_backoff_grows_to_its_cap_with_jitter():
    delays = list(itertools.islice(backoff_delays(0.5, 4.0), 8))
    assert 0.25 <= delays[0] <= 0.5
    assert all(2.0 <= d <= 4.0 for d in delays[4:])


def _warning(**changes: object) -> dict:
    now = dt.datetime(2026, 11, 25, 10, tzinfo=dt.UTC).isoformat()
    body = dict(id=5, device_id=2, device_code="TC-1", project_id=3, type="crane_load", severity="warning",
                state="active_unack", metric="load_t", value=95.0, peak=95.0, threshold=90.0, message="load 95 %",
                count=1, first_at=now, last_at=now, cleared_at=None, acked_at=None, acked_by=None, ack_comment="")
    return {**body, **changes}


def test_push_events_parse_to_typed_values():
    readings = parse_push(SseEvent("11", "readings", json.dumps(
        {"device_id": 2, "project_id": 3, "count": 1,
         "readings": [{"metric": "noise", "ts": "2026-11-25T10:00:00+00:00", "value": 61.5}]})))
    assert isinstance(readings, ReadingsPushed) and readings.event_id == 11
    assert readings.readings[0].ts == dt.datetime(2026, 11, 25, 10, tzinfo=dt.UTC).timestamp()
    warning = parse_push(SseEvent("12", "warning", json.dumps({**_warning(), "change": "raise"})))
    assert isinstance(warning, WarningPushed) and warning.change == "raise" and warning.warning.id == 5
    assert parse_push(SseEvent("13", "something-new", "{}")) is None
    with pytest.raises(ResponseFormatError):
        parse_push(SseEvent("14", "readings", "{not json"))


def test_crane_load_levels_are_scaled_to_tonnes():
    device = DeviceOut.model_validate(dict(
        id=2, project_id=3, kind="tower_crane", code="TC-1", name="塔机", install_position="", lon=None, lat=None,
        vendor="", mn=None, particulate_unit=None, crane_registration_no="粤A-1", rated_load_t=8.0,
        rated_moment_knm=1600.0, wind_limit_ms=None, monitored_item=None, alarm_cumulative=None, alarm_rate=None,
        prewarning_ratio=None, registered_by="x", created_at=dt.datetime.now(dt.UTC), last_seen_at=None))
    load = WarningOut.model_validate(_warning())
    assert plot_level(load, device) == pytest.approx(7.2) and plot_value(load, device) == pytest.approx(7.6)
    wind = WarningOut.model_validate(_warning(type="crane_wind", metric="wind_speed"))
    assert plot_level(wind, device) is None  # the region's default wind limit is not exposed by the API
    moment = WarningOut.model_validate(_warning(type="crane_moment", metric="moment_pct"))
    assert plot_level(moment, device) == 90.0


def test_history_resolution_follows_the_span():
    assert resolution_for(dt.timedelta(hours=1)) == "raw"
    assert resolution_for(dt.timedelta(hours=5)) == "minute"
    assert resolution_for(dt.timedelta(days=2)) == "minute"
    assert resolution_for(dt.timedelta(days=30)) == "hour"
