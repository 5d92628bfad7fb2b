"""`GET /api/v1/stream`: server-sent events scoped to the caller, resumable with Last-Event-ID."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.sse import EventSourceResponse, ServerSentEvent

from server.deps import StreamPrincipal
from server.errors import invalid
from server.monitoring import service
from server.push.hub import Event, read_events

log = logging.getLogger("sandtable.push")
router = APIRouter(tags=["push"])
SCOPE_REFRESH_S = 30.0  # devices registered after the stream opened join within this
IDLE_CHECK_S = 1.0


@dataclass(frozen=True)
class StreamRequest:
    watched: frozenset[int]
    resume_after: int | None


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
    if last_event_id is not None and not last_event_id.strip().isdigit():
        raise invalid("invalid_last_event_id", "Last-Event-ID must be an event id")
    return StreamRequest(watched, int(last_event_id) if last_event_id is not None else None)


@router.get("/stream", response_class=EventSourceResponse,
            responses={200: {"description": "`readings` events for the watched devices and `warning` events "
                                            "for every device in the caller's scope; `id` is the resume point"}})
async def stream(request: Request, principal: StreamPrincipal,
                 params: Annotated[StreamRequest, Depends(_stream_request)]) -> AsyncIterator[ServerSentEvent]:
    """Live push. Warnings of every device in scope, readings of the `devices` asked for (and in scope).
    Reconnect with `Last-Event-ID` to receive what was missed; ids come from the database, so resuming
    works across server restarts and across server processes."""
    hub = request.app.state.monitoring.hub
    database = request.app.state.database
    scope = principal.scope
    watched = params.watched
    resuming = params.resume_after is not None

    def visible() -> set[int]:
        with database.read_session() as session:
            return service.visible_device_ids(session, scope=scope)

    in_scope = await asyncio.to_thread(visible)
    refreshed = time.monotonic()
    newest_known = max(in_scope, default=0)  # device ids only grow: a higher id is a device new since the read
    subscription = hub.subscribe()
    cursor = params.resume_after if params.resume_after is not None else hub.cursor

    def wanted(event: Event) -> bool:
        if event.device_id not in in_scope:
            return False
        return event.kind != "readings" or event.device_id in watched

    def sse(event: Event) -> ServerSentEvent:
        return ServerSentEvent(id=str(event.id), event=event.kind, raw_data=event.payload)

    try:
        yield ServerSentEvent(comment="connected", retry=2000)
        while True:
            if resuming or subscription.lagged:
                # Catch up from the log: after a reconnect, or after this client fell behind the live queue.
                subscription.lagged = False
                resuming = False
                while True:
                    backlog = await asyncio.to_thread(read_events, database, after=cursor)
                    for event in backlog:
                        cursor = event.id
                        if wanted(event):
                            yield sse(event)
                    if len(backlog) < 2000:
                        break
            try:
                event = await asyncio.wait_for(subscription.queue.get(), IDLE_CHECK_S)
            except TimeoutError:
                if await request.is_disconnected():  # notice a gone client now, not at the next write
                    return
                continue
            if subscription.lagged:
                continue
            if time.monotonic() - refreshed > SCOPE_REFRESH_S or event.device_id > newest_known:
                # a device registered after this stream began is seen at its first event, not 30 s later;
                # any other device costs no query (one re-read per new device, in scope or not)
                in_scope = await asyncio.to_thread(visible)
                refreshed = time.monotonic()
                newest_known = max(newest_known, event.device_id, *in_scope)
            if event.id <= cursor:
                continue
            cursor = event.id
            if wanted(event):
                yield sse(event)
    finally:
        hub.unsubscribe(subscription)
