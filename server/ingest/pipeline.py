"""The one write path behind HTTP, HJ 212 and MQTT ingest.

`Ingestor.ingest` stores a batch of already-normalised samples in ONE transaction: Core bulk insert
of the raw readings (idempotent on device, metric, timestamp), minute/hour rollup upserts, device
last-seen, rule evaluation and warning changes, one audit entry for the whole batch (not one per
reading: the batch is the unit a device or gateway delivered), and the push events. It returns only
after the commit, so every caller acknowledges data that is durable.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

import orjson
import sqlalchemy as sa
from sqlalchemy.orm import Session

from domain.enums import DataSource
from domain.monitoring import DeviceKind, ParticulateUnit
from domain.rules import Action, ActiveWarning, DeviceSpec, decide, evaluate
from server.db.base import utcnow
from server.db.engine import Database
from server.monitoring.models import Device, Reading, ReadingHour, ReadingMinute
from server.monitoring.profiles import ProfileBook
from server.monitoring.warnings import WarningChange, apply_decision, clear_offline, load_active
from server.projects.models import Project
from server.push.events import append_events, notify_committed
from server.security import audit
from server.security.actor import Actor

log = logging.getLogger("sandtable.ingest")
DEVICE_CACHE_TTL_S = 30.0
_DEVICE_LOCK_SPACE = 0x5A4E_0001  # advisory-lock namespace: one lock per device id
MAX_EVENT_READINGS = 200  # readings per device in one push event; charts fetch history for more
_ROLLUPS = ((ReadingMinute.__table__, dt.timedelta(minutes=1)), (ReadingHour.__table__, dt.timedelta(hours=1)))


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


@dataclass
class StoreResult:
    inserted: int = 0
    duplicates: int = 0
    warnings: list[WarningChange] = field(default_factory=list)


def _db_times(session: Session, times: Iterable[dt.datetime]) -> dict[dt.datetime, object]:
    """Driver parameters for UTC datetimes, one conversion per distinct time (a batch repeats them: every
    factor of a frame, every device of a site): SQLite stores UTCDateTime as naive UTC text with
    microseconds, psycopg takes aware datetimes as they are."""
    if session.get_bind().dialect.name != "sqlite":
        return {t: t for t in times}
    return {t: (t if t.tzinfo is dt.UTC else t.astimezone(dt.UTC)).isoformat(" ", "microseconds")[:26]
            for t in set(times)}  # [:26] drops the "+00:00"


def _bucket(ts: dt.datetime, width: dt.timedelta) -> dt.datetime:
    seconds = int(width.total_seconds())
    epoch = int(ts.timestamp())
    return dt.datetime.fromtimestamp(epoch - epoch % seconds, dt.UTC)



def _lock_devices(session: Session, device_ids: Sequence[int]) -> None:
    """PostgreSQL: serialise the writers of each device (SQLite's BEGIN IMMEDIATE already serialises all)."""
    if session.get_bind().dialect.name == "postgresql":
        for device_id in sorted(device_ids):
            session.execute(sa.select(sa.func.pg_advisory_xact_lock(_DEVICE_LOCK_SPACE, device_id)))


def _existing(session: Session, keys: list[tuple[int, str, dt.datetime]]) -> set[tuple[int, str, dt.datetime]]:
    """Keys of this batch already stored, read through the (device, metric, ts) index over the batch's span.

    Only used when a batch turned out to hold resent readings: the writers of its devices are serialised
    (`_lock_devices`), so what is not found here is new when the insert below runs, and the counts, rollups
    and events stay exact.
    """
    times = [k[2] for k in keys]
    rows = session.execute(sa.select(Reading.device_id, Reading.metric, Reading.ts).where(
        Reading.device_id.in_(sorted({k[0] for k in keys})), Reading.metric.in_(sorted({k[1] for k in keys})),
        Reading.ts >= min(times), Reading.ts <= max(times)))
    return {(d, m, t) for d, m, t in rows}


def _insert_new(session: Session, rows: list[tuple[int, str, dt.datetime, float]]) -> list[tuple[int, str, dt.datetime, float]]:
    """Insert `rows`, skipping readings already stored; return those actually inserted.

    Optimistic: devices resend only what was not acknowledged, so a batch is almost always all new and one
    executemany whose row count equals the batch size proves it, without reading anything back (reading the
    batch's span of the index back cost more than the insert under load). Otherwise the attempt is rolled
    back to a savepoint and the batch is split into new and stored readings by `_existing`.
    """
    savepoint = session.begin_nested()
    if _insert_readings(session, rows) == len(rows):
        savepoint.commit()
        return rows
    savepoint.rollback()
    existing = _existing(session, [(d, m, t) for d, m, t, _ in rows])
    inserted = [row for row in rows if row[:3] not in existing]
    if inserted:
        _insert_readings(session, inserted)
    return inserted


def _insert_readings(session: Session, rows: list[tuple[int, str, dt.datetime, float]]) -> int:
    """The hot path: one driver-level executemany (SQLAlchemy's per-row parameter processing would cost
    more than the insert itself). Returns the number of rows inserted (those already stored are skipped)."""
    times = _db_times(session, [row[2] for row in rows])
    mark = "?" if session.get_bind().dialect.name == "sqlite" else "%s"
    result = session.connection().exec_driver_sql(
        f"INSERT INTO readings (device_id, metric, ts, value) VALUES ({mark}, {mark}, {mark}, {mark}) "
        "ON CONFLICT DO NOTHING", [(d, m, times[t], v) for d, m, t, v in rows])
    return result.rowcount


def _upsert_rollups(session: Session, inserted: list[tuple[int, str, dt.datetime, float]]) -> None:
    """Add the batch to the minute and hour aggregates, driver-level like `_insert_readings`."""
    dialect = session.get_bind().dialect.name
    least, greatest, mark = ("least", "greatest", "%s") if dialect == "postgresql" else ("min", "max", "?")
    epochs = {ts: int(ts.timestamp()) for ts in {row[2] for row in inserted}}
    for table, width in _ROLLUPS:
        seconds = int(width.total_seconds())
        bucket_of = {ts: epoch - epoch % seconds for ts, epoch in epochs.items()}
        buckets: dict[tuple[int, str, int], list[float]] = {}
        for device_id, metric, ts, value in inserted:
            key = (device_id, metric, bucket_of[ts])
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
        times = _db_times(session, [dt.datetime.fromtimestamp(b, dt.UTC) for b in {k[2] for k in buckets}])
        bucket_times = {int(t.timestamp()): value for t, value in times.items()}
        name = table.name
        session.connection().exec_driver_sql(
            f"INSERT INTO {name} (device_id, metric, bucket, count, total, min, max) "
            f"VALUES ({mark}, {mark}, {mark}, {mark}, {mark}, {mark}, {mark}) "
            f"ON CONFLICT (device_id, metric, bucket) DO UPDATE SET count = {name}.count + excluded.count, "
            f"total = {name}.total + excluded.total, min = {least}({name}.min, excluded.min), "
            f"max = {greatest}({name}.max, excluded.max)",
            [(d, m, bucket_times[b], int(a[0]), a[1], a[2], a[3])
             for (d, m, b), a in sorted(buckets.items())])  # sorted: a stable lock order on PostgreSQL


def _hourly_means(session: Session, keys: set[tuple[int, str, dt.datetime]]) -> dict[tuple[int, str, dt.datetime], float]:
    """Mean of each (device, metric, hour) of `keys`, from the hour rollups (driver-level: compiling a
    tuple IN of hundreds of keys cost more than the query)."""
    if not keys:
        return {}
    params = _db_times(session, {k[2] for k in keys})
    hours = {param: hour for hour, param in params.items()}
    device_ids, metrics = sorted({k[0] for k in keys}), sorted({k[1] for k in keys})
    mark = "?" if session.get_bind().dialect.name == "sqlite" else "%s"

    def marks(values: Sequence[object]) -> str:
        return ", ".join([mark] * len(values))

    rows = session.connection().exec_driver_sql(
        f"SELECT device_id, metric, bucket, total / count FROM {ReadingHour.__tablename__} "
        f"WHERE device_id IN ({marks(device_ids)}) AND metric IN ({marks(metrics)}) "
        f"AND bucket IN ({marks(params)})", (*device_ids, *metrics, *params.values()))
    means = {(d, m, hours[b]): mean for d, m, b, mean in rows}
    return {key: mean for key, mean in means.items() if key in keys}


class Ingestor:
    """Binds the database, the threshold profiles and the push notifier; safe to call from any thread."""

    def __init__(self, database: Database, profiles: ProfileBook, *, on_commit: Callable[[], None] | None = None) -> None:
        self.database = database
        self.profiles = profiles
        self.on_commit = on_commit
        self._cache: dict[tuple[str, str], tuple[float, DeviceInfo | None]] = {}
        self._lock = threading.Lock()

    # --- devices ---------------------------------------------------------------------------------------

    def device(self, *, code: str | None = None, mn: str | None = None) -> DeviceInfo | None:
        """Look a device up by code (HTTP, MQTT) or MN (HJ 212), cached briefly (misses too, so a flood
        of frames from an unregistered MN costs one query per TTL, not one per frame)."""
        key = ("code", code) if code is not None else ("mn", mn or "")
        now = time.monotonic()
        with self._lock:
            cached = self._cache.get(key)
        if cached and cached[0] > now:
            return cached[1]
        return self._load(key, now)

    def cached_device(self, *, mn: str) -> tuple[bool, DeviceInfo | None]:
        """(found in cache, device) without touching the database: the event loop's fast path."""
        cached = self._cache.get(("mn", mn))
        if cached and cached[0] > time.monotonic():
            return True, cached[1]
        return False, None

    def _load(self, key: tuple[str, str], now: float) -> DeviceInfo | None:
        code = key[1] if key[0] == "code" else None
        column = Device.code if code is not None else Device.mn
        with self.database.read_session() as session:
            row = session.execute(
                sa.select(Device, Project.city_adcode).join(Project, Project.id == Device.project_id)
                .where(column == key[1])
            ).first()
        info = device_info(row[0], row[1]) if row else None
        with self._lock:
            self._cache[key] = (now + DEVICE_CACHE_TTL_S, info)
        return info

    # --- the write path ------------------------------------------------------------------------------------

    def ingest(self, samples: Sequence[Sample], *, actor: Actor, channel: str) -> StoreResult:
        if not samples:
            return StoreResult()
        with self.database.write_session() as session:
            result = store(session, samples=samples, actor=actor, channel=channel, profiles=self.profiles,
                           now=utcnow())
            session.commit()
        if self.on_commit is not None:
            self.on_commit()
        return result


def store(session: Session, *, samples: Sequence[Sample], actor: Actor, channel: str, profiles: ProfileBook,
          now: dt.datetime) -> StoreResult:
    """Everything of one batch inside the caller's transaction (the caller commits)."""
    devices: dict[int, DeviceInfo] = {}
    unique: dict[tuple[int, str, dt.datetime], float] = {}
    for device, metric, ts, value in samples:
        devices[device.id] = device
        key = (device.id, metric, ts)
        if key not in unique:  # the first of repeats within the batch wins, as the insert would keep it
            unique[key] = value
    _lock_devices(session, list(devices))
    inserted = _insert_new(session, [(d, m, t, v) for (d, m, t), v in unique.items()])
    result = StoreResult(inserted=len(inserted), duplicates=len(samples) - len(inserted))
    if inserted:
        _upsert_rollups(session, inserted)
    session.execute(sa.update(Device).where(Device.id.in_(sorted(devices))).values(last_seen_at=now)
                    .execution_options(synchronize_session=False))

    series: dict[tuple[int, str], list[tuple[dt.datetime, float]]] = {}
    by_device: dict[int, list[tuple[str, dt.datetime, float]]] = {}
    for device_id, metric, ts, value in inserted:
        points = series.get((device_id, metric))
        if points is None:
            series[(device_id, metric)] = points = []
        points.append((ts, value))
        items = by_device.get(device_id)
        if items is None:
            by_device[device_id] = items = []
        items.append((metric, ts, value))
    result.warnings = _evaluate(session, devices=devices, series=series, profiles=profiles, now=now)
    session.flush()

    codes = sorted(devices[d].code for d in devices)
    audit.record(session, actor, action="readings.ingest", entity="device",
                 entity_id=codes[0] if len(codes) == 1 else f"{len(codes)} devices",
                 changes={"channel": channel, "accepted": result.inserted, "duplicates": result.duplicates,
                          "devices": codes[:50], "warnings": [f"{c.action}:{c.warning_id}" for c in result.warnings]})
    events = []
    for device_id, items in by_device.items():
        items.sort(key=lambda item: item[1])
        shown = items[-MAX_EVENT_READINGS:]
        payload = {"device_id": device_id, "project_id": devices[device_id].project_id, "count": len(items),
                   "readings": [{"metric": m, "ts": t, "value": v} for m, t, v in shown]}  # orjson: isoformat()
        events.append(("readings", device_id, devices[device_id].project_id, orjson.dumps(payload).decode()))
    events += [change.event() for change in result.warnings]
    append_events(session, events, at=now)
    notify_committed(session)
    return result


def _rule_inputs(series: dict[tuple[int, str], list[tuple[dt.datetime, float]]],
                 hourly: dict[tuple[int, str, dt.datetime], float]) -> Iterator[tuple[int, str, dt.datetime, float]]:
    """What the rules see of a batch, per device and metric in time order: its most extreme reading (a
    spike that is not the newest still raises its warning, with its peak) and its newest (which decides
    whether the warning holds or clears): the states every reading would lead to, at two evaluations per
    series however long the batch (a repeat within one batch counts once). Dust is judged on the hourly
    mean: once per hour touched."""
    hour = dt.timedelta(hours=1)
    for (device_id, metric), points in sorted(series.items()):
        if metric in ("pm10", "pm25"):
            newest_per_hour: dict[dt.datetime, tuple[dt.datetime, float]] = {}
            for ts, value in sorted(points):
                newest_per_hour[_bucket(ts, hour)] = (ts, value)
            for bucket, (ts, value) in sorted(newest_per_hour.items()):
                yield device_id, metric, ts, hourly.get((device_id, metric, bucket), value)
            continue
        newest = max(points)
        extreme = max(points, key=lambda point: abs(point[1]))
        for ts, value in sorted({extreme, newest}):
            yield device_id, metric, ts, value


def _evaluate(session: Session, *, devices: dict[int, DeviceInfo],
              series: dict[tuple[int, str], list[tuple[dt.datetime, float]]], profiles: ProfileBook,
              now: dt.datetime) -> list[WarningChange]:
    active = load_active(session, device_ids=list(devices))
    changes = [change for device_id in devices
               if (change := clear_offline(session, active=active, device=devices[device_id], now=now))]
    hourly_keys = {(d, m, _bucket(ts, dt.timedelta(hours=1))) for (d, m), points in series.items()
                   if m in ("pm10", "pm25") for ts, _ in points}
    hourly = _hourly_means(session, hourly_keys)
    for device_id, metric, ts, value in _rule_inputs(series, hourly):
        device = devices[device_id]
        profile = profiles.for_city(device.city_adcode)
        checks = evaluate(profile, device.spec, metric, value, ts)
        for check in checks:
            current = active.get((device_id, check.type))
            decision = decide(check, ActiveWarning(current.state, current.severity) if current else None)
            if decision.action is Action.NONE:
                continue
            change = apply_decision(session, device=device, check=check, decision=decision, current=current,
                                    at=now)
            if change.warning.state.is_active:
                active[(device_id, check.type)] = change.warning
            else:
                active.pop((device_id, check.type), None)
            if decision.action is not Action.HOLD:
                changes.append(change)
    return changes


