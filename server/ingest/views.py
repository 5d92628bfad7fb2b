"""`POST /api/v1/ingest/readings`: JSON batches from cranes, pits, formwork and vendor gateways."""

from __future__ import annotations

import logging
from typing import Annotated

import orjson
from fastapi import APIRouter, Depends, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.security import APIKeyHeader

from domain.monitoring_schemas import IngestResult
from server.db.base import utcnow
from server.deps import SettingsDep
from server.errors import BadRequest, Invalid, TooLarge, Unauthenticated
from server.ingest.deps import IngestorDep
from server.ingest.devices import DeviceInfo, device_key, key_problem
from server.ingest.items import BatchError, parse_items, readings_of

log = logging.getLogger("sandtable.ingest")
router = APIRouter(prefix="/ingest", tags=["ingest"])
MAX_BODY_BYTES = 8 * 1024 * 1024

_device_header = APIKeyHeader(
    name="Authorization", scheme_name="DeviceCredentials", auto_error=False,
    description="Device credentials issued at registration: `Authorization: Device <device_code>:<secret>`.",
)


def _device(request: Request, header: Annotated[str | None, Depends(_device_header)],
            ingestor: IngestorDep) -> DeviceInfo:
    """Resolve and check the device credentials; every failure answers 401 (400: a code that no device can
    have) and leaves a log line."""
    peer = request.client.host if request.client else "?"
    scheme, _, credentials = (header or "").partition(" ")
    code, sep, secret = credentials.partition(":")
    if scheme != "Device" or not sep or not code or not secret:
        log.warning("ingest from %s rejected: missing or malformed device credentials", peer)
        raise Unauthenticated("invalid_device_credentials", "send Authorization: Device <device_code>:<secret>",
                              challenge="Device")
    if problem := key_problem(device_key(code=code)):  # before any look-up: made-up codes never reach the cache
        log.warning("ingest from %s rejected: %s", peer, problem)
        raise BadRequest("invalid_device_code", problem)
    device = ingestor.device(code=code)
    if device is None or not device.authenticates(secret):
        log.warning("ingest from %s rejected: bad credentials for device code %r", peer, code[:40])
        raise Unauthenticated("invalid_device_credentials", "unknown device or wrong secret", challenge="Device")
    return device


@router.post(
    "/readings", response_model=IngestResult,
    responses={207: {"model": IngestResult, "description": "some items were rejected; the others are stored"},
               400: {"description": "the device code is longer than any device's (`invalid_device_code`)"},
               401: {"description": "missing or wrong device credentials"},
               413: {"description": "body or batch too large"},
               422: {"description": "the body is not a batch"}},
    openapi_extra={"requestBody": {"required": True, "content": {"application/json": {"schema": {
        "type": "object", "required": ["readings"],
        "properties": {"readings": {"type": "array", "items": {
            "type": "object", "required": ["metric", "ts", "value"],
            "properties": {"metric": {"type": "string", "example": "moment_pct"},
                           "ts": {"type": "string", "format": "date-time", "example": "2026-11-25T10:00:00+08:00",
                                  "description": "ISO 8601 with offset, or epoch milliseconds"},
                           "value": {"type": "number", "example": 87.5}}}}}}}}}},
)
async def ingest_readings(request: Request, response: Response, device: Annotated[DeviceInfo, Depends(_device)],
                          ingestor: IngestorDep, settings: SettingsDep) -> IngestResult:
    """Store a batch of readings of the authenticated device. Idempotent on (device, metric, ts): a resent
    batch reports its items as `duplicates`. Bad items are rejected one by one (status 207) while the good
    ones are stored; particulates in mg/m³ (per the device registration) are stored in µg/m³. The answer
    comes after the commit: anything counted in `accepted` or `duplicates` is durable."""
    length = request.headers.get("content-length")
    if length and length.isdigit() and int(length) > MAX_BODY_BYTES:
        raise TooLarge("batch_too_large", f"body exceeds {MAX_BODY_BYTES} bytes")
    body = await request.body()
    if len(body) > MAX_BODY_BYTES:
        raise TooLarge("batch_too_large", f"body exceeds {MAX_BODY_BYTES} bytes")
    try:
        items = readings_of(orjson.loads(body))
    except orjson.JSONDecodeError as exc:
        log.info("ingest batch of %s rejected: not JSON (%s)", device.code, exc)
        raise Invalid("invalid_batch", f"body is not JSON: {exc}") from exc
    except BatchError as exc:
        log.info("ingest batch of %s rejected: %s", device.code, exc)
        raise Invalid("invalid_batch", str(exc)) from exc
    if len(items) > settings.max_ingest_items:
        raise TooLarge("batch_too_large", f"{len(items)} readings; at most {settings.max_ingest_items} per batch")
    now = utcnow()
    parsed = parse_items(items, device=device, now=now, oldest=now - settings.reading_retention)
    if parsed.rejected:
        log.info("ingest batch of %s: %d of %d items rejected (first: #%d %s)", device.code, len(parsed.rejected),
                 len(items), parsed.rejected[0].index, parsed.rejected[0].reason)
    result = await run_in_threadpool(ingestor.ingest, parsed.samples, actor=device.actor, channel="http")
    if parsed.rejected:
        response.status_code = 207
    return IngestResult(accepted=result.inserted, duplicates=result.duplicates, rejected=parsed.rejected)
