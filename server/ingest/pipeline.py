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
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import orjson
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
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


@dataclass(frozen=True)
class Sample:
    device: DeviceInfo
    metric: str
    ts: dt.datetime  # aware, in UTC
    value: float  # already in the stored unit (µg/m³ for particulates)


@dataclass
class StoreResult:
    inserted: int = 0
    duplicates: int = 0
    warnings: list[WarningChange] = field(default_factory=list)


def _insert(dialect: str) -> Callable[[sa.Table], sa.Insert]:
    return postgresql.insert if dialect == "postgresql" else sqlite.insert  # type: ignore[return-value]


def _bucket(ts: dt.datetime, width: dt.timedelta) -> dt.datetime:
    seconds = int(width.total_seconds())
    epoch = int(ts.timestamp())
    return dt.datetime.fromtimestamp(epoch - epoch % seconds, dt.UTC)



def _existing(session: Session, keys: list[tuple[int, str, dt.datetime]]) -> set[tuple[int, str, dt.datetime]]:
    """Keys of this batch already stored, read through the (device, metric, ts) index over the batch's span.

    Writers of a device are serialised (SQLite: BEGIN IMMEDIATE; PostgreSQL: a per-device advisory lock
    taken here), so what is not found here is new when the insert below runs: the counts, rollups and
    events stay exact without RETURNING on every row.
    """
    devices = sorted({k[0] for k in keys})
    if session.get_bind().dialect.name == "postgresql":
        for device_id in devices:
            session.execute(sa.select(sa.func.pg_advisory_xact_lock(_DEVICE_LOCK_SPACE, device_id)))
    times = [k[2] for k in keys]
    rows = session.execute(sa.select(Reading.device_id, Reading.metric, Reading.ts).where(
        Reading.device_id.in_(devices), Reading.metric.in_(sorted({k[1] for k in keys})),
        Reading.ts >= min(times), Reading.ts <= max(times)))
    found = {(d, m, t) for d, m, t in rows}
    return found


def _insert_readings(session: Session, rows: list[tuple[int, str, dt.datetime, float]]) -> None:
    """The hot path: one driver-level executemany (SQLAlchemy's per-row parameter processing would cost
    more than the insert itself). SQLite stores UTCDateTime as naive UTC text with microseconds."""
    if session.get_bind().dialect.name == "sqlite":
        session.connection().exec_driver_sql(
            "INSERT INTO readings (device_id, metric, ts, value) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [(d, m, (t if t.tzinfo is dt.UTC else t.astimezone(dt.UTC)).isoformat(" ", "microseconds")[:26], v)
             for d, m, t, v in rows])  # [:26] drops the "+00:00"
    else:
        session.connection().exec_driver_sql(
            "INSERT INTO readings (device_id, metric, ts, value) VALUES (%s, %s, %s, %s) ON CONFLICT DO NOTHING",
            rows)


def _upsert_rollups(session: Session, inserted: list[tuple[int, str, dt.datetime, float]]) -> None:
    dialect = session.get_bind().dialect.name
    least, greatest = (sa.func.least, sa.func.greatest) if dialect == "postgresql" else (sa.func.min, sa.func.max)
    epochs = [int(ts.timestamp()) for _, _, ts, _ in inserted]
    for table, width in _ROLLUPS:
        seconds = int(width.total_seconds())
        buckets: dict[tuple[int, str, int], list[float]] = {}
        for (device_id, metric, _ts, value), epoch in zip(inserted, epochs, strict=True):
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
        times = {b: dt.datetime.fromtimestamp(b, dt.UTC) for b in {k[2] for k in buckets}}
        rows = [dict(device_id=d, metric=m, bucket=times[b], count=int(a[0]), total=a[1], min=a[2], max=a[3])
                for (d, m, b), a in sorted(buckets.items())]  # sorted: a stable lock order on PostgreSQL
        stmt = _insert(dialect)(table)
        stmt = stmt.on_conflict_do_update(
            index_elements=["device_id", "metric", "bucket"],
            set_=dict(count=table.c.count + stmt.excluded.count, total=table.c.total + stmt.excluded.total,
                      min=least(table.c.min, stmt.excluded.min), max=greatest(table.c.max, stmt.excluded.max)),
        )
        session.execute(stmt, rows)


def _hourly_means(session: Session, keys: set[tuple[int, str, dt.datetime]]) -> dict[tuple[int, str, dt.datetime], float]:
    if not keys:
        return {}
    table = ReadingHour.__table__
    rows = session.execute(
        sa.select(table.c.device_id, table.c.metric, table.c.bucket, table.c.total / table.c.count)
        .where(sa.tuple_(table.c.device_id, table.c.metric, table.c.bucket).in_(sorted(keys)))
    )
    return {(d, m, b): mean for d, m, b, mean in rows}


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
    devices = {s.device.id: s.device for s in samples}
    unique: dict[tuple[int, str, dt.datetime], float] = {}
    for s in samples:
        unique.setdefault((s.device.id, s.metric, s.ts), s.value)
    existing = _existing(session, list(unique))
    inserted = [(d, m, t, v) for (d, m, t), v in unique.items() if (d, m, t) not in existing]
    result = StoreResult(inserted=len(inserted), duplicates=len(samples) - len(inserted))
    if inserted:
        _insert_readings(session, inserted)
        _upsert_rollups(session, inserted)
    session.execute(sa.update(Device).where(Device.id.in_(sorted(devices))).values(last_seen_at=now)
                    .execution_options(synchronize_session=False))

    latest: dict[tuple[int, str], tuple[dt.datetime, float]] = {}
    for device_id, metric, ts, value in inserted:
        current = latest.get((device_id, metric))
        if current is None or ts > current[0]:
            latest[(device_id, metric)] = (ts, value)
    result.warnings = _evaluate(session, devices=devices, latest=latest, profiles=profiles, now=now)
    session.flush()

    per_device: dict[int, int] = {}
    for device_id, *_ in inserted:
        per_device[device_id] = per_device.get(device_id, 0) + 1
    codes = sorted(devices[d].code for d in devices)
    audit.record(session, actor, action="readings.ingest", entity="device",
                 entity_id=codes[0] if len(codes) == 1 else f"{len(codes)} devices",
                 changes={"channel": channel, "accepted": result.inserted, "duplicates": result.duplicates,
                          "devices": codes[:50], "warnings": [f"{c.action}:{c.warning_id}" for c in result.warnings]})
    events = []
    by_device: dict[int, list[tuple[str, dt.datetime, float]]] = {}
    for device_id, metric, ts, value in inserted:
        by_device.setdefault(device_id, []).append((metric, ts, value))
    for device_id, items in by_device.items():
        items.sort(key=lambda item: item[1])
        shown = items[-MAX_EVENT_READINGS:]
        payload = {"device_id": device_id, "project_id": devices[device_id].project_id, "count": len(items),
                   "readings": [{"metric": m, "ts": t.isoformat(), "value": v} for m, t, v in shown]}
        events.append(("readings", device_id, devices[device_id].project_id, orjson.dumps(payload).decode()))
    events += [change.event() for change in result.warnings]
    append_events(session, events, at=now)
    notify_committed(session)
    return result


def _evaluate(session: Session, *, devices: dict[int, DeviceInfo], latest: dict[tuple[int, str], tuple[dt.datetime, float]],
              profiles: ProfileBook, now: dt.datetime) -> list[WarningChange]:
    active = load_active(session, device_ids=list(devices))
    changes = [change for device_id in devices
               if (change := clear_offline(session, active=active, device=devices[device_id], now=now))]
    hourly_keys = {(d, m, _bucket(ts, dt.timedelta(hours=1))) for (d, m), (ts, _) in latest.items()
                   if m in ("pm10", "pm25")}
    hourly = _hourly_means(session, hourly_keys)
    for (device_id, metric), (ts, value) in sorted(latest.items()):
        device = devices[device_id]
        profile = profiles.for_city(device.city_adcode)
        if metric in ("pm10", "pm25"):
            value = hourly.get((device_id, metric, _bucket(ts, dt.timedelta(hours=1))), value)
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


