"""HJ 212 TCP listener: asyncio server in the API process (`--hj212-port`).

Each connection parses its byte stream with `domain.hj212.FrameParser`; rejected frames (bad CRC,
bad length, oversize, garbage, unknown or over-long MN, wrong PW) are logged (within a budget, see
`hj212_guard`) and skipped without closing the connection or touching any other. Accepted uploads go to
one group writer that commits whatever has queued up in a single transaction (one audit entry per
committed frame batch) and only then releases the CN 9014 acknowledgements of the frames that asked for
one (Flag bit A). Connections are capped and closed when they send no valid frame in time (`Hj212Limits`).

This listener runs on the event loop of the process that starts it: the server's own listener shares the
API's loop, and `--hj212-workers N` (default: one per core, at most 4) adds N - 1 processes that take their
share of the connections. So what a peer sends must cost that loop little, whatever it is: the codec skips
junk at C speed (about 24 MB/s per core for a mix of random bytes, '#' runs and broken frames) and does at
most 100 rejections' work per 64 KiB read, the log is bounded, a connection may look up at most
`MAX_UNKNOWN_MNS` unknown MNs (each a query, in a thread), and `Hj212Limits` bound connections and time.
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
from server.ingest.devices import DeviceInfo, Sample, device_key, key_problem
from server.ingest.hj212_guard import ConnectionGate, ConnectionLog, Hj212Limits, LogBudget
from server.ingest.pipeline import Ingestor
from server.security.actor import Actor

log = logging.getLogger("sandtable.hj212")
READ_SIZE = 65536
MAX_GROUP = 2000  # frames per transaction
GC_YOUNG_THRESHOLD = 10_000  # allocations between young collections (Python's default: 700)
SPLIT_TIMEOUT = dt.timedelta(minutes=2)  # parts of a split packet must arrive within this
MAX_PARTS = 100  # PNUM of one split packet (a part holds up to 1 KiB)
MAX_PENDING_PARTS = 256  # parts of unfinished split packets held per connection
MAX_UNKNOWN_MNS = 16  # MNs a connection may have looked up in vain (a device or gateway sends a few at most)
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
    log: ConnectionLog
    parser: hj212.FrameParser = field(default_factory=hj212.FrameParser)
    parts: dict[tuple[str, str], tuple[dt.datetime, dict[int, hj212.Packet]]] = field(default_factory=dict)
    authenticated: set[tuple[str, str]] = field(default_factory=set)  # (MN, PW) pairs already checked
    unknown_mns: set[str] = field(default_factory=set)  # looked up in vain
    decoded: int = 0  # frames that passed the codec
    accepted: int = 0  # frames from a registered device with its PW, and well-formed: the connection's progress


class Hj212Listener:
    """One process's listener. With `reuse_port`, several processes listen on the same port (SO_REUSEPORT:
    the kernel spreads the connections over them), each with its own group writer (see `hj212_workers`)."""

    def __init__(self, ingestor: Ingestor, *, host: str, port: int, limits: Hj212Limits | None = None,
                 reuse_port: bool = False) -> None:
        self.ingestor = ingestor
        self.host = host
        self.port = port
        self.limits = limits = limits or Hj212Limits()
        self.reuse_port = reuse_port
        self.writer = GroupWriter(ingestor)
        self.gate = ConnectionGate(max_connections=limits.max_connections, max_per_address=limits.max_per_address)
        self.log = LogBudget(burst=limits.log_burst, rate=limits.log_rate, interval=limits.summary_interval)
        # One line per interval for connections refused over a cap, and then a count of the others.
        self.refusals = LogBudget(burst=1, rate=1 / limits.summary_interval, interval=limits.summary_interval)
        self._server: asyncio.Server | None = None
        self._connections: dict[asyncio.Task[None], asyncio.StreamWriter] = {}
        self._flusher: asyncio.Task[None] | None = None
        self.paced = 0  # times a connection's reading paused for its byte rate

    async def start(self) -> None:
        _settle_heap()
        self.writer.start()
        self._server = await asyncio.start_server(self._serve, self.host, self.port, limit=READ_SIZE,
                                                  reuse_port=self.reuse_port or None)
        self.port = self._server.sockets[0].getsockname()[1]
        self._flusher = asyncio.create_task(self._flush_log(), name="hj212-log")
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
        if self._flusher:
            self._flusher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._flusher
        self.log.flush()
        self.refusals.flush()
        await self.writer.stop()

    async def _flush_log(self) -> None:
        while True:
            await asyncio.sleep(self.limits.summary_interval)
            self.log.flush()
            self.refusals.flush()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        peername = writer.get_extra_info("peername")
        address = str(peername[0]) if peername else "?"
        peer = f"{peername[0]}:{peername[1]}" if peername else "?"
        if refused := self.gate.admit(address):
            self.refusals.line(logging.WARNING, f"connections refused, {refused}", "HJ 212 %s: connection refused, %s",
                               peer, refused)
            writer.transport.abort()  # at once, and without a TIME_WAIT on our side
            return
        task = asyncio.current_task()
        assert task is not None
        self._connections[task] = writer
        conn = _Connection(peer=peer, log=ConnectionLog(self.log, peer, logged=self.limits.rejections_logged))
        try:
            await self._converse(conn, reader, writer)
        except (ConnectionError, asyncio.IncompleteReadError) as exc:
            self.log.line(logging.INFO, "closed: connection lost", "HJ 212 %s: connection lost (%s)", conn.peer, exc)
        except Exception:
            log.exception("HJ 212 %s: connection failed", conn.peer)  # this connection only; others go on
        finally:
            conn.log.flush()
            self.gate.release(address)
            self._connections.pop(task, None)
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    async def _converse(self, conn: _Connection, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """Read, handle and acknowledge until the peer closes or misses a deadline: a valid frame within
        `first_frame_timeout` and then every `idle_timeout` (only valid frames count, not bytes), and the
        rest of a begun frame within `frame_timeout` (so trickling bytes keeps no connection open). Reading
        is paced to `max_bytes_per_second`, and `max_junk_bytes` without an accepted frame close the
        connection, so a flood costs the listener a bounded share of its core."""
        limits = self.limits
        loop = asyncio.get_running_loop()
        valid_within = min(limits.first_frame_timeout, limits.idle_timeout)
        valid_by = loop.time() + valid_within
        frame_begun: float | None = None  # when the parser's unfinished frame began
        rate = limits.max_bytes_per_second
        allowance, allowance_at = float(rate), loop.time()  # token bucket of bytes, one second deep
        junk = 0  # bytes read since the last accepted frame
        while True:
            frame_by = frame_begun + limits.frame_timeout if frame_begun is not None else valid_by
            try:
                async with asyncio.timeout_at(min(valid_by, frame_by)):  # no extra task per read, unlike wait_for
                    data = await reader.read(READ_SIZE)
            except TimeoutError:
                why = (f"a begun frame was not completed within {limits.frame_timeout:g} s" if frame_by < valid_by
                       else f"no valid frame within {valid_within:g} s")
                self.log.line(logging.INFO, "closed: deadline", "HJ 212 %s: %s, closing", conn.peer, why)
                return
            if not data:
                return
            decoded, accepted = conn.decoded, conn.accepted
            acks = await self._handle(conn, data)
            now = loop.time()
            allowance = min(rate, allowance + (now - allowance_at) * rate) - len(data)
            allowance_at = now
            if conn.accepted > accepted:
                valid_within = limits.idle_timeout
                valid_by = now + valid_within
                junk = 0
            else:
                junk += len(data)
                if junk > limits.max_junk_bytes:
                    self.log.line(logging.INFO, "closed: junk", "HJ 212 %s: %d bytes without an accepted frame, "
                                  "closing", conn.peer, junk)
                    return
            if not conn.parser.pending:
                frame_begun = None
            elif frame_begun is None or conn.decoded > decoded:
                frame_begun = now  # (roughly: the unfinished frame began in this read)
            if acks:
                writer.write(b"".join(acks))
                await writer.drain()
            if allowance < 0:  # over its byte rate: stop reading for a while (the peer's sends back up)
                self.paced += 1
                await asyncio.sleep(-allowance / rate)

    async def _handle(self, conn: _Connection, data: bytes) -> list[bytes]:
        result = conn.parser.feed(data)
        for error in result.errors:
            conn.log.reject(error.reason, error.detail)
        conn.decoded += len(result.packets)
        now = utcnow()
        samples: list[Sample] = []
        to_ack: list[hj212.Packet] = []
        for packet, _frame in result.packets:
            try:
                if problem := key_problem(device_key(mn=packet.mn)):  # before any look-up: not cached, no query
                    raise hj212.FrameError("bad_mn", problem)
                cached, device = self.ingestor.cached_device(mn=packet.mn)
                if not cached:
                    if len(conn.unknown_mns) >= MAX_UNKNOWN_MNS:  # made-up MNs cost a query each: not more of them
                        raise hj212.FrameError("unknown_mns_exceeded",
                                               f"not looked up: {MAX_UNKNOWN_MNS} unknown MNs on this connection")
                    device = await asyncio.to_thread(self.ingestor.device, mn=packet.mn)
                if device is None:
                    conn.unknown_mns.add(packet.mn)
                found, done = self._samples(conn, packet, device, now)
            except hj212.FrameError as exc:
                conn.log.reject(exc.reason, exc.detail, mn=packet.mn[:40])
                continue
            conn.accepted += 1
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
                conn.log.reject("split_timeout", f"split packet {key!r} incomplete after {SPLIT_TIMEOUT}")
                del conn.parts[key]
        pno, pnum = part
        if pnum > MAX_PARTS:
            raise hj212.FrameError("bad_split", f"PNUM {pnum} exceeds {MAX_PARTS}")
        key = (packet.mn, packet.qn or packet.fields.get("DataTime", ""))
        if key not in conn.parts and sum(len(p) for _, p in conn.parts.values()) >= MAX_PENDING_PARTS:
            raise hj212.FrameError("bad_split", f"{MAX_PENDING_PARTS} parts of unfinished split packets pending")
        started, parts = conn.parts.setdefault(key, (now, {}))
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
