"""The monitoring runtime of one server process: push hub, ingest paths and the background upkeep.

Started and stopped by the app's lifespan: the HJ 212 listener and MQTT subscription when configured,
the inactivity sweep every `offline_check_interval` seconds, and the retention purge every 6 hours. It
wires three areas together (monitoring, ingest, push), so it lives beside the app, not in one of them.
Writers in this process wake the hub through the push log's flow (`server.push.service`); HJ 212 worker
processes, which have no hub and serve no wall, tell this process after each commit, and when it moved a
wall figure (this process then drops its cached wall summaries, `server.wall.cache`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

from server.config import Settings
from server.db.base import utcnow
from server.db.engine import Database
from server.http import refusal_log
from server.ingest.hj212 import Hj212Listener
from server.ingest.hj212_guard import Hj212Limits
from server.ingest.hj212_workers import WorkerPool
from server.ingest.mqtt import MqttSubscriber
from server.ingest.pipeline import Ingestor
from server.monitoring import service
from server.monitoring.profiles import ProfileBook
from server.push import service as push_log
from server.push.hub import Hub
from server.wall.cache import invalidate_all as invalidate_wall_summaries

log = logging.getLogger("sandtable.monitoring")
PURGE_INTERVAL_S = 6 * 3600


class MonitoringRuntime:
    def __init__(self, database: Database, settings: Settings) -> None:
        self.database = database
        self.settings = settings
        self.profiles = ProfileBook()
        self.hub = Hub(database)
        self.ingestor = Ingestor(database, self.profiles, accept_demo_devices=settings.accepts_demo_credentials)
        self.hj212: Hj212Listener | None = None
        self.hj212_workers: WorkerPool | None = None
        self.mqtt: MqttSubscriber | None = None
        self._tasks: list[asyncio.Task[None]] = []

    async def start(self) -> None:
        await self.hub.start()
        settings = self.settings
        if settings.hj212_port is not None:
            workers = settings.hj212_workers
            if workers > 1 and self.database.is_sqlite and self.database.engine.url.database in (None, "", ":memory:"):
                log.warning("HJ 212: an in-memory database cannot be shared, so one listener process only")
                workers = 1
            limits = Hj212Limits.from_settings(settings)
            if workers > 1 and settings.hj212_port != 0:
                # Every listener in a process of its own: junk and floods on the device port cost the
                # workers' cores, never the API's event loop (issue 12, measured with benchmarks/abuse.py).
                self.hj212_workers = WorkerPool(count=workers, db_url=settings.db_url, host=settings.hj212_host,
                                                port=settings.hj212_port, limits=limits,
                                                on_commit=self.hub.wake_threadsafe,
                                                on_wall_changed=invalidate_wall_summaries,
                                                accept_demo_devices=settings.accepts_demo_credentials)
                try:
                    await self.hj212_workers.start()
                except Exception:  # the in-process listener still serves every device, on one core
                    log.exception("HJ 212 worker processes did not start; listening in the server process")
                    self.hj212_workers = None
            if self.hj212_workers is None:
                self.hj212 = Hj212Listener(self.ingestor, host=settings.hj212_host, port=settings.hj212_port,
                                           limits=limits)
                await self.hj212.start()
        if settings.mqtt_url:
            self.mqtt = MqttSubscriber(self.ingestor, url=settings.mqtt_url, topic=settings.mqtt_topic,
                                       retention=settings.reading_retention, max_items=settings.max_ingest_items,
                                       client_id=MqttSubscriber.client_id_for(settings.db_url))
            self.mqtt.start()
        self._tasks = [
            asyncio.create_task(self._every(settings.offline_check_interval, self.sweep_offline), name="offline-sweep"),
            asyncio.create_task(self._every(PURGE_INTERVAL_S, self.purge), name="retention-purge"),
            asyncio.create_task(self._every(refusal_log.SUMMARY_INTERVAL, self.summarise_refusals),
                                name="refusal-log-summary"),
        ]

    async def summarise_refusals(self) -> None:
        """Say what the refusal log held back, also once the flood has ended (server/http/refusal_log.py)."""
        refusal_log.install().flush()

    async def stop(self) -> None:
        refusal_log.install().flush()
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        if self.mqtt:
            await asyncio.to_thread(self.mqtt.stop)
        if self.hj212_workers:
            await self.hj212_workers.stop()
        if self.hj212:
            await self.hj212.stop()
        await self.hub.stop()

    async def _every(self, seconds: float, job: Callable[[], Awaitable[object]]) -> None:
        while True:
            await asyncio.sleep(seconds)
            try:
                await job()
            except Exception:  # one failed round (e.g. the database briefly away) must not end the loop
                log.exception("background job %s failed", getattr(job, "__name__", job))

    async def sweep_offline(self) -> int:
        def run() -> int:
            with self.database.write_session() as session:
                changes = service.sweep_offline(session, profiles=self.profiles, now=utcnow())
                session.commit()
            return len(changes)

        raised = await asyncio.to_thread(run)
        if raised:
            log.info("%d devices went silent: offline warnings raised", raised)
        return raised

    async def purge(self) -> dict[str, int]:
        def run() -> dict[str, int]:
            now = utcnow()
            with self.database.write_session() as session:
                removed = service.purge_expired(session, now=now, retention=self.settings.reading_retention)
                removed["stream_events"] = push_log.purge_events(session, now=now)
                session.commit()
            return removed

        removed = await asyncio.to_thread(run)
        if any(removed.values()):
            log.info("retention purge removed %s", removed)
        return removed
