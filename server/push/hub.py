"""The per-process push hub: one reader of the push log fans events out to every SSE subscriber.

Wake-ups come from this process's writers after commit (SQLite and PostgreSQL), from PostgreSQL
LISTEN/NOTIFY (writers in other server processes), and from a periodic poll (other processes on a
shared SQLite file, and a safety net). Whatever woke it, the hub reads `stream_events` past its cursor
once per wake and hands the rows to the subscribers' queues, so N clients cost one query, not N.

The hub also ends the streams of tokens that no longer authenticate (logout, password change, expiry, a
disabled account): every `TOKEN_CHECK_S`, and at once when a revocation is announced over LISTEN/NOTIFY,
one read checks the tokens of every open stream.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

import psycopg
import sqlalchemy as sa

from server.db.engine import Database
from server.push.models import StreamEvent
from server.security.tokens import REVOKED_CHANNEL, dead_tokens

log = logging.getLogger("sandtable.push")
PAGE = 2000
QUEUE_LIMIT = 5000
TOKEN_CHECK_S = 2.0  # a revoked or expired token's streams end within this, also without any announcement
CHANNEL = "sandtable_events"  # NOTIFY channel of the push log's writers (`server.push.service`)
_started: set[Hub] = set()  # the running hubs of this process, woken by its writers after commit
_started_lock = threading.Lock()


SERVER_STOPPING = "server_stopping"  # a subscription ended because the server is shutting down


def end_local_streams() -> None:
    """The server is stopping: close every stream of this process now (from any thread, a signal handler
    included). Clients then see the connection end and say their data is no longer live, instead of
    showing it as live while a graceful shutdown waits for streams that never end on their own."""
    with _started_lock:
        hubs = list(_started)
    for hub in hubs:
        hub.end_all_threadsafe(SERVER_STOPPING)


def wake_local_hubs() -> None:
    """Wake every running hub of this process; writers call it after their commit, from any thread."""
    with _started_lock:
        hubs = list(_started)
    for hub in hubs:
        hub.wake_threadsafe()


@dataclass(frozen=True)
class Event:
    id: int
    kind: str
    device_id: int
    project_id: int
    payload: str


_WAKE = Event(id=0, kind="", device_id=0, project_id=0, payload="")


@dataclass(eq=False)
class Subscription:
    """A subscriber's queue. On overflow it is marked `lagged` and emptied: its stream then re-reads the
    log from its last delivered id instead of the server buffering without bound for a slow client.
    `ended` says why the stream must close (its token no longer authenticates)."""

    token_id: int | None = None
    queue: asyncio.Queue[Event] = field(default_factory=lambda: asyncio.Queue(QUEUE_LIMIT))
    lagged: bool = False
    ended: str | None = None

    def end(self, reason: str) -> None:
        """Nothing more is delivered: queued events are dropped and the reader is woken."""
        if self.ended is None:
            self.ended = reason
            while not self.queue.empty():
                self.queue.get_nowait()
            self.queue.put_nowait(_WAKE)

    def offer(self, event: Event) -> None:
        if self.lagged or self.ended is not None:
            return
        try:
            self.queue.put_nowait(event)
        except asyncio.QueueFull:
            self.lagged = True
            while not self.queue.empty():
                self.queue.get_nowait()
            self.queue.put_nowait(event)  # wakes the reader, which sees `lagged`


def read_events(database: Database, *, after: int, limit: int = PAGE) -> list[Event]:
    with database.read_session() as session:
        rows = session.execute(
            sa.select(StreamEvent.id, StreamEvent.kind, StreamEvent.device_id, StreamEvent.project_id,
                      StreamEvent.payload)
            .where(StreamEvent.id > after).order_by(StreamEvent.id).limit(limit)
        )
        return [Event(*row) for row in rows]


def last_event_id(database: Database) -> int:
    with database.read_session() as session:
        return session.scalar(sa.select(sa.func.coalesce(sa.func.max(StreamEvent.id), 0))) or 0


class Hub:
    def __init__(self, database: Database, *, poll_interval: float | None = None) -> None:
        self.database = database
        self.poll_interval = poll_interval or (1.0 if database.is_sqlite else 5.0)
        self.cursor = 0
        self._subscribers: set[Subscription] = set()
        self._wake = asyncio.Event()
        self._revoked = asyncio.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._tasks: list[asyncio.Task[None]] = []

    async def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self.cursor = await asyncio.to_thread(last_event_id, self.database)
        self._tasks.append(asyncio.create_task(self._run(), name="push-hub"))
        with _started_lock:
            _started.add(self)
        self._tasks.append(asyncio.create_task(self._watch_tokens(), name="push-tokens"))
        if not self.database.is_sqlite:
            self._tasks.append(asyncio.create_task(self._listen(), name="push-listen"))

    async def stop(self) -> None:
        with _started_lock:
            _started.discard(self)
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks.clear()

    def wake_threadsafe(self) -> None:
        """Called by writers in any thread after their commit."""
        if self._loop is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self._wake.set)

    def end_all_threadsafe(self, reason: str) -> None:
        if self._loop is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self._end_all, reason)

    def _end_all(self, reason: str) -> None:
        for subscription in list(self._subscribers):
            subscription.end(reason)

    def subscribe(self, *, token_id: int | None = None) -> Subscription:
        """`token_id`: the stream ends when this token stops authenticating."""
        subscription = Subscription(token_id=token_id)
        self._subscribers.add(subscription)
        return subscription

    def unsubscribe(self, subscription: Subscription) -> None:
        self._subscribers.discard(subscription)

    async def _run(self) -> None:
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self.poll_interval)
            self._wake.clear()
            try:
                await self._drain()
            except Exception:  # the database may be briefly unavailable; the next wake or poll retries
                log.exception("push hub could not read the event log")

    async def _drain(self) -> None:
        if not self._subscribers:  # nobody listens: skip the payloads, a resuming client reads the log itself
            self.cursor = await asyncio.to_thread(last_event_id, self.database)
            return
        while True:
            events = await asyncio.to_thread(read_events, self.database, after=self.cursor)
            for event in events:
                for subscription in list(self._subscribers):
                    subscription.offer(event)
            if events:
                self.cursor = events[-1].id
            if len(events) < PAGE:
                return

    async def _watch_tokens(self) -> None:
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._revoked.wait(), TOKEN_CHECK_S)
            self._revoked.clear()
            try:
                await self._end_dead_streams()
            except Exception:  # the database may be briefly unavailable; the next round retries
                log.exception("push hub could not check the streams' tokens")

    async def _end_dead_streams(self) -> None:
        watched = {s.token_id for s in self._subscribers if s.token_id is not None and s.ended is None}
        if not watched:
            return

        def check() -> dict[int, str]:
            with self.database.read_session() as session:
                return dead_tokens(session, watched)

        dead = await asyncio.to_thread(check)
        for subscription in list(self._subscribers):
            reason = dead.get(subscription.token_id) if subscription.token_id is not None else None
            if reason is not None:
                subscription.end(reason)

    async def _listen(self) -> None:
        """PostgreSQL: writers in any server process NOTIFY on commit (events, and revoked tokens);
        LISTEN here wakes this hub."""
        conninfo = self.database.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
        while True:
            try:
                async with await psycopg.AsyncConnection.connect(conninfo, autocommit=True) as conn:
                    await conn.execute(f"LISTEN {CHANNEL}")
                    await conn.execute(f"LISTEN {REVOKED_CHANNEL}")
                    async for notify in conn.notifies():
                        (self._revoked if notify.channel == REVOKED_CHANNEL else self._wake).set()
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.warning("push LISTEN connection lost (%s); reconnecting in 2 s", exc)
                await asyncio.sleep(2)


EventFilter = Callable[[Event], bool]
