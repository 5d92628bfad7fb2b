"""One client's event stream: warnings of every device in its scope and readings of the devices it
watches, live from the hub, caught up from the log after a reconnect or when it fell behind, and ended with
a final `revoked` event once its token stops authenticating."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass

from fastapi.sse import ServerSentEvent

from server.db.engine import Database
from server.deps import Principal
from server.monitoring import service
from server.push.hub import PAGE, SERVER_STOPPING, Event, Hub, last_event_id, read_events

log = logging.getLogger("sandtable.push")
SCOPE_REFRESH_S = 30.0  # devices registered after the stream opened join within this
IDLE_CHECK_S = 1.0
ENDED_DETAIL = {
    "token_revoked": "the session was ended (logout or password change): log in again",
    "token_expired": "the session expired: log in again",
    "account_inactive": "the account is no longer active",
}


@dataclass(frozen=True)
class StreamRequest:
    watched: frozenset[int]
    resume_after: int | None


async def event_stream(hub: Hub, database: Database, principal: Principal, params: StreamRequest,
                       is_disconnected: Callable[[], Awaitable[bool]]) -> AsyncIterator[ServerSentEvent]:
    """The stream's events until the client goes away or its token stops authenticating."""
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
                    if len(backlog) < PAGE:
                        break
            if subscription.ended == SERVER_STOPPING:
                log.info("stream of %s closed: the server is stopping", principal.username)
                return  # not `revoked`: the session is fine, the client reconnects once the server is back
            if subscription.ended is not None:
                yield ended(subscription.ended)
                return
            try:
                event = await asyncio.wait_for(subscription.queue.get(), IDLE_CHECK_S)
            except TimeoutError:
                if await is_disconnected():  # notice a gone client now, not at the next write
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
