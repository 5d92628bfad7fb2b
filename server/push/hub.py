"""The per-process push hub: one reader of the push log fans events out to every SSE subscriber.

Wake-ups come from this process's writers after commit (SQLite and PostgreSQL), from PostgreSQL
LISTEN/NOTIFY (writers in other server processes), and from a periodic poll (other processes on a
shared SQLite file, and a safety net). Whatever woke it, the hub reads `stream_events` past its cursor
once per wake and hands the rows to the subscribers' queues, so N clients cost one query, not N.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

import psycopg
import sqlalchemy as sa

from server.db.engine import Database
from server.monitoring.models import StreamEvent
from server.push.events import CHANNEL

log = logging.getLogger("sandtable.push")
PAGE = 2000
QUEUE_LIMIT = 5000


@dataclass(frozen=True)
class Event:
    id: int
    kind: str
    device_id: int
    project_id: int
    payload: str


@dataclass(eq=False)
class Subscription:
    """A subscriber's queue. On overflow it is marked `lagged` and emptied: its stream then re-reads the
    log from its last delivered id instead of the server buffering without bound for a slow client."""

    queue: asyncio.Queue[Event] = field(default_factory=lambda: asyncio.Queue(QUEUE_LIMIT))
    lagged: bool = False

    def offer(self, event: Event) -> None:
        if self.lagged:
            return
        try:
            self.queue.put_nowait(event)
        except asyncio.QueueFull:
            self.lagged = True
            while not self.queue.empty():
                self.queue.get_nowait()
            self.queue.put_nowait(event)  # wakes the reader, which sees `lagged`


def read_events(database: Database, *, after: int, limit: int = PAGE) -> list[Event]:
    table = StreamEvent.__table__
    with database.read_session() as session:
        rows = session.execute(
            sa.select(table.c.id, table.c.kind, table.c.device_id, table.c.project_id, table.c.payload)
            .where(table.c.id > after).order_by(table.c.id).limit(limit)
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
        self._loop: asyncio.AbstractEventLoop | None = None
        self._tasks: list[asyncio.Task[None]] = []

    async def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self.cursor = await asyncio.to_thread(last_event_id, self.database)
        self._tasks.append(asyncio.create_task(self._run(), name="push-hub"))
        if not self.database.is_sqlite:
            self._tasks.append(asyncio.create_task(self._listen(), name="push-listen"))

    async def stop(self) -> None:
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

    def subscribe(self) -> Subscription:
        subscription = Subscription()
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

    async def _listen(self) -> None:
        """PostgreSQL: writers in any server process NOTIFY on commit; LISTEN here wakes this hub."""
        conninfo = self.database.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
        while True:
            try:
                async with await psycopg.AsyncConnection.connect(conninfo, autocommit=True) as conn:
                    await conn.execute(f"LISTEN {CHANNEL}")
                    async for _ in conn.notifies():
                        self._wake.set()
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.warning("push LISTEN connection lost (%s); reconnecting in 2 s", exc)
                await asyncio.sleep(2)


EventFilter = Callable[[Event], bool]
