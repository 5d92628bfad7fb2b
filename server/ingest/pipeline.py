"""The one write path behind HTTP, HJ 212 and MQTT ingest.

`Ingestor.ingest` stores a batch of already-normalised samples in ONE transaction: Core bulk insert
of the raw readings (idempotent on device, metric, timestamp), minute/hour rollup upserts, device
last-seen, rule evaluation and warning changes, one audit entry for the whole batch (not one per
reading: the batch is the unit a device or gateway delivered), and the push events. It returns only
after the commit, so every caller acknowledges data that is durable. What needs no database is worked
out before the transaction opens (`batch.prepare`): on SQLite every writer waits while one is inside.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.orm import Session

from domain.rules import Action, ActiveWarning, decide, evaluate
from server.db.base import utcnow
from server.db.engine import Database
from server.demo.credentials import is_demo_device
from server.events import announce
from server.ingest.batch import PreparedBatch, RollupRow, prepare, prepare_rows
from server.ingest.device_cache import DeviceCache
from server.ingest.devices import DeviceInfo, DeviceKey, Sample, device_info, device_key, key_problem
from server.ingest.events import ReadingsStored
from server.monitoring.models import Device, Reading, ReadingHour
from server.monitoring.profiles import ProfileBook
from server.monitoring.warnings import WarningChange, apply_decision, clear_offline, load_active
from server.projects.models import Project
from server.security import audit
from server.security.actor import Actor

_DEVICE_LOCK_SPACE = 0x5A4E_0001  # advisory-lock namespace: one lock per device id


@dataclass
class StoreResult:
    inserted: int = 0
    duplicates: int = 0
    warnings: list[WarningChange] = field(default_factory=list)


class Ingestor:
    """Binds the database and the threshold profiles; safe to call from any thread. `on_commit` hears of
    each committed batch (an HJ 212 worker process tells its server, whose hub then reads the log)."""

    def __init__(self, database: Database, profiles: ProfileBook, *, on_commit: Callable[[], None] | None = None,
                 device_cache: DeviceCache | None = None, accept_demo_devices: bool = False) -> None:
        self.database = database
        self.profiles = profiles
        self.on_commit = on_commit
        self.accept_demo_devices = accept_demo_devices  # their secrets derive from a public seed
        self.devices = device_cache if device_cache is not None else DeviceCache()
        # One batch at a time per process, preparation included: threads preparing while another writes
        # would contend for the GIL with the writer, whose driver calls give it up and take it back for
        # every row (measured: HTTP ingest 12 % slower). Other processes still prepare while this one writes.
        self._turn = threading.Lock()

    # --- devices ---------------------------------------------------------------------------------------

    def device(self, *, code: str | None = None, mn: str | None = None) -> DeviceInfo | None:
        """Look a device up by code (HTTP, MQTT) or MN (HJ 212) through the cache (misses too, so a flood
        of frames from an unregistered MN costs one query per few seconds, not one per frame). A code or MN
        that cannot be registered (`key_problem`) is None without a look-up; callers that answer the sender
        check it first, to say why."""
        key = device_key(code=code, mn=mn)
        if key_problem(key):
            return None
        cached, info = self.devices.get(key)
        if cached:
            return info
        return self._load(key)

    def cached_device(self, *, mn: str) -> tuple[bool, DeviceInfo | None]:
        """(found in cache, device) without touching the database: the event loop's fast path."""
        return self.devices.get(device_key(mn=mn))

    def _load(self, key: DeviceKey) -> DeviceInfo | None:
        column = Device.code if key[0] == "code" else Device.mn
        with self.database.read_session() as session:
            row = session.execute(
                sa.select(Device, Project.city_adcode).join(Project, Project.id == Device.project_id)
                .where(column == key[1])
            ).first()
        if row and is_demo_device(row[0].registered_by) and not self.accept_demo_devices:
            row = None  # refused like an unknown device (the server says why once, at start)
        info = device_info(row[0], row[1]) if row else None
        self.devices.put(key, info)
        return info

    # --- the write path ------------------------------------------------------------------------------------

    def ingest(self, samples: Sequence[Sample], *, actor: Actor, channel: str) -> StoreResult:
        if not samples:
            return StoreResult()
        with self._turn:
            batch = prepare(samples, sqlite=self.database.is_sqlite, profiles=self.profiles)
            with self.database.write_session() as session:
                result = store(session, batch=batch, actor=actor, channel=channel, profiles=self.profiles,
                               now=utcnow())
                session.commit()
        if self.on_commit is not None:
            self.on_commit()
        return result


def store(session: Session, *, batch: PreparedBatch, actor: Actor, channel: str, profiles: ProfileBook,
          now: dt.datetime) -> StoreResult:
    """Everything of one batch inside the caller's transaction (the caller commits). `profiles` are those
    the batch was prepared with: the dust rules and a re-prepared batch use them."""
    assert batch.sqlite == (session.get_bind().dialect.name == "sqlite"), "batch prepared for another database"
    _lock_devices(session, list(batch.devices))
    batch = _insert_new(session, batch, profiles)
    result = StoreResult(inserted=len(batch.rows), duplicates=batch.received - len(batch.rows))
    if batch.rows:
        for table, params in batch.rollup_params:
            _upsert_rollups(session, table, params, sqlite=batch.sqlite)
    session.execute(sa.update(Device).where(Device.id.in_(sorted(batch.devices))).values(last_seen_at=now)
                    .execution_options(synchronize_session=False))
    result.warnings = _evaluate(session, batch=batch, profiles=profiles, now=now)
    session.flush()

    codes = batch.device_codes
    audit.record(session, actor, action="readings.ingest", entity="device",
                 entity_id=codes[0] if len(codes) == 1 else f"{len(codes)} devices",
                 changes={"channel": channel, "accepted": result.inserted, "duplicates": result.duplicates,
                          "devices": codes[:50], "warnings": [f"{c.action}:{c.warning_id}" for c in result.warnings]})
    announce(session, ReadingsStored(batch.reading_events, result.warnings, now))
    return result


def _lock_devices(session: Session, device_ids: Sequence[int]) -> None:
    """PostgreSQL: serialise the writers of each device (SQLite's BEGIN IMMEDIATE already serialises all)."""
    if session.get_bind().dialect.name == "postgresql":
        for device_id in sorted(device_ids):
            session.execute(sa.select(sa.func.pg_advisory_xact_lock(_DEVICE_LOCK_SPACE, device_id)))


def _insert_new(session: Session, batch: PreparedBatch, profiles: ProfileBook) -> PreparedBatch:
    """Insert the batch's readings, skipping those already stored; return the batch of those inserted.

    Optimistic: devices resend only what was not acknowledged, so a batch is almost always all new and one
    executemany whose row count equals the batch size proves it, without reading anything back (reading the
    batch's span of the index back cost more than the insert under load). Otherwise the attempt is rolled
    back to a savepoint and the batch is split into new and stored readings by `_existing`.
    """
    if not batch.rows:
        return batch
    savepoint = session.begin_nested()
    if _insert_readings(session, batch.insert_params, sqlite=batch.sqlite) == len(batch.rows):
        savepoint.commit()
        return batch
    savepoint.rollback()
    existing = _existing(session, [row[:3] for row in batch.rows])
    new = prepare_rows(batch.devices, [row for row in batch.rows if row[:3] not in existing],
                       received=batch.received, sqlite=batch.sqlite, profiles=profiles)
    if new.rows:
        _insert_readings(session, new.insert_params, sqlite=new.sqlite)
    return new


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


def _param_mark(sqlite: bool) -> str:
    """The driver's placeholder: sqlite3 takes qmark, psycopg format."""
    return "?" if sqlite else "%s"


def _insert_readings(session: Session, params: list[tuple[int, str, object, float]], *, sqlite: bool) -> int:
    """The hot path: one driver-level executemany (SQLAlchemy's per-row parameter processing would cost
    more than the insert itself). Returns the number of rows inserted (those already stored are skipped)."""
    mark = _param_mark(sqlite)
    result = session.connection().exec_driver_sql(
        f"INSERT INTO readings (device_id, metric, ts, value) VALUES ({mark}, {mark}, {mark}, {mark}) "
        "ON CONFLICT DO NOTHING", params)
    return result.rowcount


def _upsert_rollups(session: Session, table: str, params: list[RollupRow], *, sqlite: bool) -> None:
    """Add the batch to the minute or hour aggregates, driver-level like `_insert_readings`."""
    least, greatest = ("min", "max") if sqlite else ("least", "greatest")
    mark = _param_mark(sqlite)
    session.connection().exec_driver_sql(
        f"INSERT INTO {table} (device_id, metric, bucket, count, total, min, max) "
        f"VALUES ({mark}, {mark}, {mark}, {mark}, {mark}, {mark}, {mark}) "
        f"ON CONFLICT (device_id, metric, bucket) DO UPDATE SET count = {table}.count + excluded.count, "
        f"total = {table}.total + excluded.total, min = {least}({table}.min, excluded.min), "
        f"max = {greatest}({table}.max, excluded.max)", params)


def _hourly_means(session: Session, batch: PreparedBatch) -> dict[tuple[int, str, object], float]:
    """Mean of each (device, metric, hour) the batch's dust readings fall in, from the hour rollups just
    updated, keyed by the hour's driver parameter (driver-level: compiling a tuple IN of hundreds of keys
    cost more than the query)."""
    keys = batch.dust_hours
    if not keys:
        return {}
    device_ids, metrics, hours = sorted({k[0] for k in keys}), sorted({k[1] for k in keys}), {k[2] for k in keys}
    mark = _param_mark(batch.sqlite)

    def marks(values: Collection[object]) -> str:
        return ", ".join([mark] * len(values))

    rows: Iterable[tuple[int, str, object, float]] = session.connection().exec_driver_sql(
        f"SELECT device_id, metric, bucket, total / count FROM {ReadingHour.__tablename__} "
        f"WHERE device_id IN ({marks(device_ids)}) AND metric IN ({marks(metrics)}) "
        f"AND bucket IN ({marks(hours)})", (*device_ids, *metrics, *hours))
    return {(d, m, b): mean for d, m, b, mean in rows}  # PostgreSQL: aware datetimes, equal to the parameters


def _evaluate(session: Session, *, batch: PreparedBatch, profiles: ProfileBook, now: dt.datetime) -> list[WarningChange]:
    devices = batch.devices
    active = load_active(session, device_ids=list(devices))
    changes = [change for device in devices.values()
               if (change := clear_offline(session, active=active, device=device, now=now))]
    hourly = _hourly_means(session, batch)
    for device_id, metric, ts, value, checks, hour in batch.rule_inputs:
        device = devices[device_id]
        if checks is None:  # dust: the hour's mean
            mean = hourly.get((device_id, metric, hour), value)
            checks = evaluate(profiles.for_city(device.city_adcode), device.spec, metric, mean, ts)
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
