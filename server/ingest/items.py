"""JSON reading items (HTTP batches and MQTT payloads): per-item validation and unit normalisation.

An item is ``{"metric": "moment_pct", "ts": "2026-11-25T10:00:00+08:00", "value": 87.5}``; `ts` may
also be epoch milliseconds. Every bad item is reported by index with a reason; good ones go on.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from typing import Any

from domain.monitoring import METRIC_NAME_MAX, normalise
from domain.monitoring_schemas import RejectedItem
from server.ingest.devices import DeviceInfo, Sample

_METRIC = re.compile(r"^[a-z][a-z0-9_]*$")
MAX_FUTURE = dt.timedelta(minutes=5)  # device clocks drift; beyond this a timestamp is wrong


class BatchError(ValueError):
    """The batch as a whole is unusable (not an object with a list of readings)."""


@dataclass
class ParsedBatch:
    samples: list[Sample] = field(default_factory=list)
    rejected: list[RejectedItem] = field(default_factory=list)


def readings_of(body: Any) -> list[Any]:
    if not isinstance(body, dict) or not isinstance(body.get("readings"), list):
        raise BatchError('the body must be a JSON object {"readings": [...]}')
    return body["readings"]


def _timestamp(raw: Any) -> dt.datetime:
    if isinstance(raw, bool):
        raise ValueError("ts must be an ISO 8601 time with offset or epoch milliseconds")
    if isinstance(raw, int | float):
        if not math.isfinite(raw):
            raise ValueError("ts is not finite")
        return dt.datetime.fromtimestamp(raw / 1000, dt.UTC)
    if not isinstance(raw, str):
        raise ValueError("ts must be an ISO 8601 time with offset or epoch milliseconds")
    try:
        moment = dt.datetime.fromisoformat(raw)
    except ValueError as exc:
        raise ValueError(f"ts {raw[:40]!r} is not an ISO 8601 time") from exc
    if moment.tzinfo is None:
        raise ValueError("ts needs a UTC offset (e.g. +08:00 or Z)")
    return moment.astimezone(dt.UTC)


def _check(item: Any, newest: dt.datetime, oldest: dt.datetime) -> tuple[str, float, dt.datetime]:
    """Validate one item; the ValueError message is the rejection reason the sender gets."""
    if not isinstance(item, dict):
        raise ValueError("item is not an object")
    metric = item.get("metric")
    if not isinstance(metric, str) or len(metric) > METRIC_NAME_MAX or not _METRIC.match(metric):
        raise ValueError("metric must be a lowercase name of at most 32 characters")
    value = item.get("value")
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError("value must be a finite number")
    ts = _timestamp(item.get("ts"))
    if ts > newest:
        raise ValueError("ts is more than 5 minutes in the future")
    if ts < oldest:
        raise ValueError("ts is older than the retention period")
    extra = set(item) - {"metric", "value", "ts"}
    if extra:
        raise ValueError(f"unknown fields: {', '.join(sorted(extra))[:80]}")
    return metric, float(value), ts


def parse_items(items: list[Any], *, device: DeviceInfo, now: dt.datetime, oldest: dt.datetime) -> ParsedBatch:
    """Samples in UTC and stored units, plus a reason for every rejected item (by index)."""
    batch = ParsedBatch()
    newest = now + MAX_FUTURE
    unit = device.unit
    samples = batch.samples
    for index, item in enumerate(items):
        try:
            metric, value, ts = _check(item, newest, oldest)
        except ValueError as exc:
            batch.rejected.append(RejectedItem(index=index, reason=str(exc)))
            continue
        samples.append(Sample(device=device, metric=metric, ts=ts, value=normalise(metric, value, unit)))
    return batch
