"""HJ 212 TCP listener: asyncio server in the API process (`--hj212-port`).

Each connection parses its byte stream with `domain.hj212.FrameParser`; rejected frames (bad CRC,
bad length, oversize, garbage, unknown MN, wrong PW) are logged and skipped without closing the
connection or touching any other. Accepted uploads go to one group writer that commits whatever has
queued up in a single transaction (one audit entry per committed frame batch) and only then releases
the CN 9014 acknowledgements of the frames that asked for one (Flag bit A).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import functools
import gc
import logging
from dataclasses import dataclass, field

from domain import hj212
from domain.enums import DataSource
from domain.monitoring import ParticulateUnit, metric_for_factor, normalise
from server.db.base import utcnow
from server.ingest.devices import DeviceInfo, Sample
from server.ingest.pipeline import Ingestor
from server.security.actor import Actor

log = logging.getLogger("sandtable.hj212")
READ_SIZE = 65536
MAX_GROUP = 2000  # frames per transaction
GC_YOUNG_THRESHOLD = 10_000  # allocations between young collections (Python's default: 700)
SPLIT_TIMEOUT = dt.timedelta(minutes=2)  # parts of a split packet must arrive within this
LISTENER_ACTOR = Actor(user_id=None, username="hj212-listener", role="device", unit_id=None, source=DataSource.DEVICE)


@dataclass
class _Job:
    samples: list[Sample]
    done: asyncio.Future[None]


class GroupWriter:
    """Serialises HJ 212 writes: frames queue up while a transaction runs and commit together next."""

    def __init__(self, ingestor: Ingestor) -> None:
        self.ingestor = ingestor
        self._queue: asyncio.Queue[_Job] = asyncio.Queue()
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="hj212-writer")

    async def stop(self) -> None:
        if self._task:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def write(self, samples: list[Sample]) -> None:
        """Return once `samples` are committed (raise if the transaction failed)."""
        job = _Job(samples, asyncio.get_running_loop().create_future())
        self._queue.put_nowait(job)
        await job.done

    async def _run(self) -> None:
        while True:
            jobs = [await self._queue.get()]
            while len(jobs) < MAX_GROUP and not self._queue.empty():
                jobs.append(self._queue.get_nowait())
            samples = [s for job in jobs for s in job.samples]
            try:
                await asyncio.to_thread(self.ingestor.ingest, samples, actor=LISTENER_ACTOR, channel="hj212")
            except Exception as exc:
                log.exception("HJ 212 batch of %d frames could not be stored; no acknowledgement sent", len(jobs))
                for job in jobs:
                    if not job.done.done():
                        job.done.set_exception(exc)
                continue
            for job in jobs:
                if not job.done.done():
                    job.done.set_result(None)


@dataclass
class _Connection:
    peer: str
    parser: hj212.FrameParser = field(default_factory=hj212.FrameParser)
    parts: dict[tuple[str, str], tuple[dt.datetime, dict[int, hj212.Packet]]] = field(default_factory=dict)
    authenticated: set[tuple[str, str]] = field(default_factory=set)  # (MN, PW) pairs already checked


class Hj212Listener:
    """One process's listener. With `reuse_port`, several processes listen on the same port (SO_REUSEPORT:
    the kernel spreads the connections over them), each with its own group writer (see `hj212_workers`)."""

    def __init__(self, ingestor: Ingestor, *, host: str, port: int, idle_timeout: float,
                 reuse_port: bool = False) -> None:
        self.ingestor = ingestor
        self.host = host
        self.port = port
        self.idle_timeout = idle_timeout
        self.reuse_port = reuse_port
        self.writer = GroupWriter(ingestor)
        self._server: asyncio.Server | None = None
        self._connections: dict[asyncio.Task[None], asyncio.StreamWriter] = {}

    async def start(self) -> None:
        _settle_heap()
        self.writer.start()
        self._server = await asyncio.start_server(self._serve, self.host, self.port, limit=READ_SIZE,
                                                  reuse_port=self.reuse_port or None)
        self.port = self._server.sockets[0].getsockname()[1]
        log.info("HJ 212 listener on %s:%d", self.host, self.port)

    async def stop(self) -> None:
        """Close the listening socket and every connection; their tasks then end on their own (a cancelled
        stream-handler task would make asyncio log a spurious traceback)."""
        if self._server:
            self._server.close()
        for stream in list(self._connections.values()):
            stream.close()
        if self._connections:
            await asyncio.wait(list(self._connections), timeout=5)
        await self.writer.stop()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._connections[task] = writer
        peername = writer.get_extra_info("peername")
        conn = _Connection(peer=f"{peername[0]}:{peername[1]}" if peername else "?")
        try:
            while True:
                try:
                    async with asyncio.timeout(self.idle_timeout):  # no extra task per read, unlike wait_for
                        data = await reader.read(READ_SIZE)
                except TimeoutError:
                    log.info("HJ 212 %s: idle for %.0f s, closing", conn.peer, self.idle_timeout)
                    return
                if not data:
                    return
                acks = await self._handle(conn, data)
                if acks:
                    writer.write(b"".join(acks))
                    await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError) as exc:
            log.info("HJ 212 %s: connection lost (%s)", conn.peer, exc)
        except Exception:
            log.exception("HJ 212 %s: connection failed", conn.peer)  # this connection only; others go on
        finally:
            self._connections.pop(task, None)
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    async def _handle(self, conn: _Connection, data: bytes) -> list[bytes]:
        result = conn.parser.feed(data)
        for error in result.errors:
            log.warning("HJ 212 %s: rejected %s (%s)", conn.peer, error.reason, error.detail)
        now = utcnow()
        samples: list[Sample] = []
        to_ack: list[hj212.Packet] = []
        for packet, _frame in result.packets:
            try:
                cached, device = self.ingestor.cached_device(mn=packet.mn)
                if not cached:
                    device = await asyncio.to_thread(self.ingestor.device, mn=packet.mn)
                found, done = self._samples(conn, packet, device, now)
            except hj212.FrameError as exc:
                log.warning("HJ 212 %s: rejected %s from MN %s (%s)", conn.peer, exc.reason, packet.mn, exc.detail)
                continue
            samples += found
            to_ack += done
        if samples:
            try:
                await self.writer.write(samples)
            except Exception:
                return []  # logged by the writer; the device resends what was not acknowledged
        return [hj212.ack_frame(packet) for packet in to_ack if packet.wants_ack and packet.qn]

    def _samples(self, conn: _Connection, packet: hj212.Packet, device: DeviceInfo | None,
                 now: dt.datetime) -> tuple[list[Sample], list[hj212.Packet]]:
        """The samples of an upload from `device` (None: unknown MN) and the packets to acknowledge once they
        are committed. A part of a split packet yields nothing until the last part arrives; then all parts
        are acknowledged. Synchronous: the device is looked up before, so a frame costs no coroutine."""
        if device is None:
            raise hj212.FrameError("unknown_mn", "no device registered with this MN")
        if (packet.mn, packet.pw) not in conn.authenticated:  # hash once per connection, not per frame
            if not device.authenticates(packet.pw):
                raise hj212.FrameError("bad_password", "PW does not match the device credentials")
            conn.authenticated.add((packet.mn, packet.pw))
        if packet.cn not in hj212.DATA_COMMANDS:
            return [], [packet]  # heartbeat and other non-data commands
        parts = [packet]
        if (part := packet.part) is not None:
            complete = self._assemble(conn, packet, part, now)
            if complete is None:
                return [], []
            parts = complete
            packet = hj212.merge_parts(parts)
        return _to_samples(device, hj212.measurements(packet, fallback_time=now)), parts

    def _assemble(self, conn: _Connection, packet: hj212.Packet, part: tuple[int, int],
                  now: dt.datetime) -> list[hj212.Packet] | None:
        for key, (started, _) in list(conn.parts.items()):
            if now - started > SPLIT_TIMEOUT:
                log.warning("HJ 212 %s: split packet %s incomplete after %s, dropped", conn.peer, key, SPLIT_TIMEOUT)
                del conn.parts[key]
        key = (packet.mn, packet.qn or packet.fields.get("DataTime", ""))
        started, parts = conn.parts.setdefault(key, (now, {}))
        pno, pnum = part
        parts[pno] = packet
        if len(parts) < pnum:
            return None
        del conn.parts[key]
        return [parts[n] for n in sorted(parts)]


def _settle_heap() -> None:
    """Keep the cyclic garbage collector off the process's long-lived objects.

    Under load the listener allocates several container objects per reading (packets, samples, rows),
    many of which survive a young collection because they wait for the next commit, so full collections
    come often, and each one traversed every object of the process (the app, the ORM, the region catalogue):
    a fifth of the CPU under load. Objects alive once the server has started are frozen out of collection
    (they are freed by reference counting as usual), and young collections run every 10,000 allocations
    instead of 700, so that a batch's short-lived objects are mostly gone before one runs.
    """
    gc.collect()
    gc.freeze()
    young, older, oldest = gc.get_threshold()
    gc.set_threshold(max(GC_YOUNG_THRESHOLD, young), older, oldest)


def _to_samples(device: DeviceInfo, measurements: list[hj212.Measurement]) -> list[Sample]:
    unit = device.unit
    if unit is ParticulateUnit.MG_M3:  # the only unit `normalise` converts
        return [Sample(device, metric, m.at, normalise(metric, m.value, unit))
                for m in measurements for metric in (metric_for_factor(m.code),)]
    metric = _metric
    return [Sample(device, metric(code), at, value) for code, value, at, _kind, _flag in measurements]


_metric = functools.lru_cache(maxsize=1024)(metric_for_factor)  # a pure function of the factor code
