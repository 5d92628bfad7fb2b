"""`GET /api/v1/stream`: server-sent events scoped to the caller, resumable with Last-Event-ID.

A stream lives only as long as its token: when the token is revoked (logout, password change), expires
or its account is disabled, the hub ends the subscription and the stream closes with a final `revoked`
event, so the client can say plainly that the session is over instead of reconnecting in vain.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.sse import EventSourceResponse, ServerSentEvent

from server.deps import StreamPrincipal
from server.errors import BadRequest, invalid
from server.monitoring import service
from server.push.hub import Event, last_event_id, read_events

log = logging.getLogger("sandtable.push")
router = APIRouter(tags=["push"])
SCOPE_REFRESH_S = 30.0  # devices registered after the stream opened join within this
IDLE_CHECK_S = 1.0
MAX_EVENT_ID = 2**63 - 1  # the log's ids are BIGINT on PostgreSQL and INTEGER (64-bit) on SQLite
_EVENT_ID = re.compile(r"[0-9]{1,19}")  # ASCII digits only: str.isdigit() also accepts "²" and "٣"
ENDED_DETAIL = {
    "token_revoked": "the session was ended (logout or password change): log in again",
    "token_expired": "the session expired: log in again",
    "account_inactive": "the account is no longer active",
}


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

    resume_after = params.resume_after
    if resume_after is not None:  # an id beyond the log (a database reset since) would silence the stream for good
        resume_after = min(resume_after, await asyncio.to_thread(last_event_id, database))
    in_scope = await asyncio.to_thread(visible)
    refreshed = time.monotonic()
    newest_known = max(in_scope, default=0)  # device ids only grow: a higher id is a device new since the read
    subscription = hub.subscribe(token_id=principal.token_id)
    cursor = resume_after if resume_after is not None else hub.cursor

    def wanted(event: Event) -> bool:
        if event.device_id not in in_scope:
            return False
        return event.kind != "readings" or event.device_id in watched

    def sse(event: Event) -> ServerSentEvent:
        return ServerSentEvent(id=str(event.id), event=event.kind, raw_data=event.payload)

    def ended(reason: str) -> ServerSentEvent:
        log.info("stream of %s closed: %s", principal.username, reason)
        return ServerSentEvent(event="revoked", data={"code": reason, "detail": ENDED_DETAIL[reason]})

    try:
        yield ServerSentEvent(comment="connected", retry=2000)
        while True:
            if resuming or subscription.lagged:
                # Catch up from the log: after a reconnect, or after this client fell behind the live queue.
                subscription.lagged = False
                resuming = False
                while subscription.ended is None:
                    backlog = await asyncio.to_thread(read_events, database, after=cursor)
                    for event in backlog:
                        cursor = event.id
                        if wanted(event):
                            yield sse(event)
                    if len(backlog) < 2000:
                        break
            if subscription.ended is not None:
                yield ended(subscription.ended)
                return
            try:
                event = await asyncio.wait_for(subscription.queue.get(), IDLE_CHECK_S)
            except TimeoutError:
                if await request.is_disconnected():  # notice a gone client now, not at the next write
                    return
                continue
            if subscription.lagged or subscription.ended is not None:
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
