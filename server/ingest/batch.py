"""A delivered batch of readings, worked out before its transaction opens.

SQLite admits one writer at a time, so whatever the write path computes inside its transaction holds up
every other writer (the HJ 212 listener processes, HTTP and MQTT ingest, the API). Everything that does
not need the database is therefore done here, before `pipeline.store` begins: repeats within the batch
folded, the rows in index order as driver parameters, the minute and hour rollup rows, the rule checks of
every series except dust (judged on the hourly mean, which needs the stored rollups), and the push
payloads. The transaction then mostly executes. If the insert finds readings that were already stored (a
device resending), the batch is prepared again, inside the transaction, from what was actually inserted
(`prepare_rows`): rare, since devices resend only what was not acknowledged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter
from typing import NamedTuple

import orjson

from domain.rules import Check, evaluate
from server.ingest.devices import DeviceInfo, Sample
from server.monitoring.profiles import ProfileBook

MAX_EVENT_READINGS = 200  # readings per device in one push event; charts fetch history for more
ROLLUP_WIDTHS = (("reading_minutes", 60), ("reading_hours", 3600))  # table, bucket width in seconds
HOURLY_METRICS = frozenset({"pm10", "pm25"})  # judged on their hourly mean (domain-notes: dust limits)
_HOUR = 3600

Row = tuple[int, str, dt.datetime, float]  # device id, metric, time (aware UTC), value
RollupRow = tuple[int, str, object, int, float, float, float]  # device id, metric, bucket, count, sum, min, max
Event = tuple[str, int, int, str]  # kind, device id, project id, JSON payload: what streams push (`ReadingsStored`)


class RuleInput(NamedTuple):
    """One evaluation of the rules: a reading with its checks, or (dust) the reading whose hour's mean is
    judged once the rollups are stored."""

    device_id: int
    metric: str
    ts: dt.datetime
    value: float
    checks: list[Check] | None  # None: judge the mean of `hour`
    hour: object  # the hour bucket's driver parameter (dust only)


@dataclass(frozen=True)
class PreparedBatch:
    devices: dict[int, DeviceInfo]
    received: int  # samples delivered, repeats included
    rows: list[Row]  # unique per (device, metric, ts), in that order
    sqlite: bool
    insert_params: list[tuple[int, str, object, float]]
    rollup_params: list[tuple[str, list[RollupRow]]]  # per rollup table: its name and rows
    rule_inputs: list[RuleInput]  # per device and metric in time order
    reading_events: list[Event]
    device_codes: list[str]  # sorted

    @property
    def dust_hours(self) -> set[tuple[int, str, object]]:
        return {(i.device_id, i.metric, i.hour) for i in self.rule_inputs if i.checks is None}


def prepare(samples: Sequence[Sample], *, sqlite: bool, profiles: ProfileBook) -> PreparedBatch:
    """The batch of `samples`; the first of repeated (device, metric, ts) wins, as the insert would keep it."""
    devices: dict[int, DeviceInfo] = {}
    series: dict[tuple[int, str], dict[dt.datetime, float]] = {}
    for device, metric, ts, value in samples:
        points = series.get((device.id, metric))
        if points is None:
            devices[device.id] = device
            series[(device.id, metric)] = points = {}
        points.setdefault(ts, value)
    # Index order (neighbouring B-tree pages); sorting each series' times, mostly in order already, is cheaper
    # than sorting the rows as tuples.
    rows = [(d, m, t, points[t]) for (d, m), points in sorted(series.items()) for t in sorted(points)]
    return prepare_rows(devices, rows, received=len(samples), sqlite=sqlite, profiles=profiles)


def prepare_rows(devices: dict[int, DeviceInfo], rows: list[Row], *, received: int, sqlite: bool,
                 profiles: ProfileBook) -> PreparedBatch:
    """The batch of unique `rows`, sorted by device, metric and time."""
    epochs = {ts: int(ts.timestamp()) for ts in {row[2] for row in rows}}
    params = {ts: time_param(ts, sqlite=sqlite) for ts in epochs}
    rollups: list[tuple[str, list[RollupRow]]] = []
    hour_params: dict[int, object] = {}
    for table, seconds in ROLLUP_WIDTHS:
        buckets: dict[tuple[int, str, int], list[float]] = {}
        for device_id, metric, ts, value in rows:
            epoch = epochs[ts]
            key = (device_id, metric, epoch - epoch % seconds)
            agg = buckets.get(key)
            if agg is None:
                buckets[key] = [1, value, value, value]
            else:
                agg[0] += 1
                agg[1] += value
                if value < agg[2]:
                    agg[2] = value
                elif value > agg[3]:
                    agg[3] = value
        by_epoch = {b: time_param(dt.datetime.fromtimestamp(b, dt.UTC), sqlite=sqlite) for b in {k[2] for k in buckets}}
        if seconds == _HOUR:
            hour_params = by_epoch
        rollups.append((table, [(d, m, by_epoch[b], int(a[0]), a[1], a[2], a[3])
                                for (d, m, b), a in sorted(buckets.items())]))  # sorted: PostgreSQL lock order
    return PreparedBatch(
        devices=devices, received=received, rows=rows, sqlite=sqlite,
        insert_params=[(d, m, params[t], v) for d, m, t, v in rows], rollup_params=rollups,
        rule_inputs=_rule_inputs(devices, rows, epochs, hour_params, profiles),
        reading_events=_reading_events(devices, rows), device_codes=sorted(d.code for d in devices.values()))


def time_param(t: dt.datetime, *, sqlite: bool) -> object:
    """The driver parameter of an aware datetime (converted once per distinct time: a batch repeats them,
    every factor of a frame): SQLite stores UTCDateTime as naive UTC text with microseconds, psycopg takes
    aware datetimes as they are."""
    if not sqlite:
        return t
    return (t if t.tzinfo is dt.UTC else t.astimezone(dt.UTC)).isoformat(" ", "microseconds")[:26]  # no "+00:00"


def _rule_inputs(devices: dict[int, DeviceInfo], rows: list[Row], epochs: dict[dt.datetime, int],
                 hour_params: dict[int, object], profiles: ProfileBook) -> list[RuleInput]:
    """What the rules see of a batch, per device and metric in time order: its highest and its lowest reading
    (a spike that is not the newest still raises its warning, with its peak, whether the rule watches the
    value or its magnitude) and its newest (which decides whether the warning holds or clears): the states
    every reading would lead to, at most three evaluations per series however long the batch (ties go to
    the earliest reading). Dust is judged on the hourly mean: once per hour touched, by its newest reading."""
    inputs: list[RuleInput] = []
    for (device_id, metric), group in groupby(rows, key=itemgetter(0, 1)):
        points = [(ts, value) for _, _, ts, value in group]  # in time order
        if metric in HOURLY_METRICS:
            newest_per_hour: dict[int, tuple[dt.datetime, float]] = {}
            for ts, value in points:
                epoch = epochs[ts]
                newest_per_hour[epoch - epoch % _HOUR] = (ts, value)
            inputs += [RuleInput(device_id, metric, ts, value, None, hour_params[hour])
                       for hour, (ts, value) in newest_per_hour.items()]
            continue
        device = devices[device_id]
        profile = profiles.for_city(device.city_adcode)
        value_of = itemgetter(1)
        for ts, value in sorted({max(points, key=value_of), min(points, key=value_of), points[-1]}):
            if checks := evaluate(profile, device.spec, metric, value, ts):
                inputs.append(RuleInput(device_id, metric, ts, value, checks, None))
    return inputs


def _reading_events(devices: dict[int, DeviceInfo], rows: list[Row]) -> list[Event]:
    """One push event per device with its newest readings (orjson writes the datetimes in ISO 8601)."""
    events: list[Event] = []
    for device_id, group in groupby(rows, key=itemgetter(0)):
        items = sorted(((m, t, v) for _, m, t, v in group), key=itemgetter(1))
        project_id = devices[device_id].project_id
        payload = {"device_id": device_id, "project_id": project_id, "count": len(items),
                   "readings": [{"metric": m, "ts": t, "value": v} for m, t, v in items[-MAX_EVENT_READINGS:]]}
        events.append(("readings", device_id, project_id, orjson.dumps(payload).decode()))
    return events
