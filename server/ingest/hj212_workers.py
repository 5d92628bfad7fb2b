"""More HJ 212 listener processes on the same port (`python -m server --hj212-workers N`).

One listener process is bound by the GIL: parsing, CRC and the write path's Python share one core. With
N > 1 the server process listens on no device port itself and starts N worker processes
(`python -m server.hj212_worker`), so a flood on the device port never delays the API's event
loop; each binds the same port with SO_REUSEPORT (the kernel
spreads new connections over them) and running its own `Hj212Listener` and group writer on its own
database connection. The guarantees are those of the single listener, per process: a frame is
acknowledged only after its readings are committed. SQLite serialises the processes' transactions
(BEGIN IMMEDIATE, with the lock file of `server.db.sqlite_lock` in front so that the write lock changes
hands at once); PostgreSQL needs nothing more.

Each worker holds one end of a socket pair with the server process. It writes ``R`` once it listens,
``W`` after each commit (the server wakes its push hub, so SSE clients see the readings at once instead
of at the next poll) and, before that ``W``, ``S`` when the commit moved a wall figure (its readings raised,
changed or cleared a warning: the wall's own rule, which the worker runs too, `server.wall.flows`); the
server then drops its cached wall summaries (`on_wall_changed`; ingest sits below the wall, so the server
wires the call). The server closes its end to stop the workers; a worker also stops when it reads
end-of-file because the server died (even SIGKILLed), so no orphan keeps accepting devices.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
import logging
import os
import socket
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from server.ingest.hj212_guard import Hj212Limits

log = logging.getLogger("sandtable.hj212")
READY, COMMITTED, WALL_CHANGED = b"R", b"W", b"S"
START_TIMEOUT_S = 120.0
STOP_TIMEOUT_S = 15.0
_PACKAGE_ROOT = Path(__file__).resolve().parents[2]  # the folder holding `server`, for the child's sys.path
WORKER_MODULE = "server.hj212_worker"  # what each worker process runs


def default_workers() -> int:
    """One listener per core the server may use (at most 4: beyond that SQLite's single writer is the
    limit), and 1 where SO_REUSEPORT does not exist."""
    if not hasattr(socket, "SO_REUSEPORT"):
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(4, cores))


@dataclass
class _Worker:
    process: subprocess.Popen[bytes]
    channel: socket.socket
    ready: asyncio.Future[None]


class WorkerPool:
    """The `count` extra listener processes of one server process."""

    def __init__(self, *, count: int, db_url: str, host: str, port: int, limits: Hj212Limits,
                 on_commit: Callable[[], None], on_wall_changed: Callable[[], None] | None = None,
                 accept_demo_devices: bool = False) -> None:
        self.count = count
        self.accept_demo_devices = accept_demo_devices
        self.db_url = db_url
        self.host = host
        self.port = port
        self.limits = limits
        self.on_commit = on_commit
        self.on_wall_changed = on_wall_changed
        self._workers: list[_Worker] = []

    async def start(self) -> None:
        """Start the workers and return once each listens (so that the first devices to connect are already
        spread over all of them), or raise if one fails to."""
        loop = asyncio.get_running_loop()
        level = logging.getLevelName(logging.getLogger().getEffectiveLevel()).lower()
        for _ in range(self.count):
            ours, theirs = socket.socketpair()
            command = [sys.executable, "-m", WORKER_MODULE, "--channel-fd", str(theirs.fileno()),
                       "--db", self.db_url, "--host", self.host, "--port", str(self.port),
                       "--limits", json.dumps(dataclasses.asdict(self.limits)), "--log-level", level,
                       *(["--accept-demo-devices"] if self.accept_demo_devices else [])]
            env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(_PACKAGE_ROOT),
                                                                             os.environ.get("PYTHONPATH")])))
            try:
                process = subprocess.Popen(command, pass_fds=(theirs.fileno(),), env=env)
            finally:
                theirs.close()
            ours.setblocking(False)
            worker = _Worker(process, ours, loop.create_future())
            loop.add_reader(ours.fileno(), self._on_message, worker)
            self._workers.append(worker)
        try:
            async with asyncio.timeout(START_TIMEOUT_S):
                await asyncio.gather(*(w.ready for w in self._workers))
        except BaseException:
            await self.stop()
            raise
        log.info("HJ 212 listener: %d more worker processes on port %d", self.count, self.port)

    def _on_message(self, worker: _Worker) -> None:
        try:
            data = worker.channel.recv(4096)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            data = b""
        if not data:  # the worker exited
            asyncio.get_running_loop().remove_reader(worker.channel.fileno())
            if not worker.ready.done():
                worker.ready.set_exception(RuntimeError(f"HJ 212 worker {worker.process.pid} exited on start"))
            else:
                log.warning("HJ 212 worker %d exited (code %s)", worker.process.pid, worker.process.poll())
            return
        if READY in data and not worker.ready.done():
            worker.ready.set_result(None)
        if WALL_CHANGED in data and self.on_wall_changed is not None:  # first: a woken stream may ask the wall
            self.on_wall_changed()
        if COMMITTED in data:
            self.on_commit()

    async def stop(self) -> None:
        """Close the channels (each worker then closes its connections after the batch it is writing, which
        is still committed and acknowledged) and wait for the processes; kill those that hang."""
        loop = asyncio.get_running_loop()
        workers, self._workers = self._workers, []
        for worker in workers:
            with contextlib.suppress(ValueError, OSError):
                loop.remove_reader(worker.channel.fileno())
            worker.channel.close()
            if not worker.ready.done():
                worker.ready.cancel()
        for worker in workers:
            try:
                await asyncio.to_thread(worker.process.wait, STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                log.warning("HJ 212 worker %d did not stop in %.0f s, killed", worker.process.pid, STOP_TIMEOUT_S)
                worker.process.kill()
                await asyncio.to_thread(worker.process.wait)
