"""`GET /api/v1/stream`: server-sent events scoped to the caller, resumable with Last-Event-ID.

A stream lives only as long as its token: when the token is revoked (logout, password change), expires
or its account is disabled, the hub ends the subscription and the stream closes with a final `revoked`
event, so the client can say plainly that the session is over instead of reconnecting in vain.
"""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.sse import EventSourceResponse, ServerSentEvent

from server.deps import DatabaseDep, StreamPrincipal
from server.errors import BadRequest, invalid
from server.push.deps import PushHub
from server.push.streams import StreamRequest, event_stream

log = logging.getLogger("sandtable.push")
router = APIRouter(tags=["push"])
MAX_EVENT_ID = 2**63 - 1  # the log's ids are BIGINT on PostgreSQL and INTEGER (64-bit) on SQLite
_EVENT_ID = re.compile(r"[0-9]{1,19}")  # ASCII digits only: str.isdigit() also accepts "²" and "٣"


def _stream_request(
    devices: Annotated[str | None, Query(description="comma-separated device ids to receive readings of",
                                         examples=["12,15"])] = None,
    last_event_id: Annotated[str | None, Header(alias="Last-Event-ID")] = None,
) -> StreamRequest:
    """Validated before the stream starts, so bad input still gets a plain 422."""
    try:
        watched = frozenset(int(part) for part in (devices or "").split(",") if part.strip())
    except ValueError as exc:
        raise invalid("invalid_devices", "devices must be comma-separated device ids") from exc
    return StreamRequest(watched, _resume_point(last_event_id))


def _resume_point(header: str | None) -> int | None:
    if header is None:
        return None
    text = header.strip()
    if not _EVENT_ID.fullmatch(text) or int(text) > MAX_EVENT_ID:
        log.info("stream refused: Last-Event-ID %r is not an event id", text[:40])
        raise BadRequest("invalid_last_event_id", "Last-Event-ID must be an event id this stream sent "
                                                  "(a non-negative integer below 2^63)")
    return int(text)


@router.get("/stream", response_class=EventSourceResponse,
            responses={200: {"description": "`readings` events for the watched devices and `warning` events "
                                            "for every device in the caller's scope; `id` is the resume point"}})
async def stream(request: Request, principal: StreamPrincipal,
                 params: Annotated[StreamRequest, Depends(_stream_request)], hub: PushHub,
                 database: DatabaseDep) -> AsyncIterator[ServerSentEvent]:
    """Live push. Warnings of every device in scope, readings of the `devices` asked for (and in scope).
    Reconnect with `Last-Event-ID` to receive what was missed; ids come from the database, so resuming
    works across server restarts and across server processes."""
    async for event in event_stream(hub, database, principal, params, request.is_disconnected):
        yield event
