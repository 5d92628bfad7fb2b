"""`python -m server.hj212_worker`: one HJ 212 listener process, started by the server's
`server.ingest.hj212_workers.WorkerPool` (see there for why and how). An entry point of its own, beside the
app: like the app it installs every cross-area flow before it writes, so the readings it stores reach the
push log and every stream, and the wall's flow tells the server's wall cache when they moved a figure.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import signal
import socket

from server.db.engine import Database
from server.flows import install as install_flows
from server.ingest.hj212 import Hj212Listener
from server.ingest.hj212_guard import Hj212Limits
from server.ingest.hj212_workers import COMMITTED, READY, WALL_CHANGED
from server.ingest.pipeline import Ingestor
from server.monitoring.profiles import ProfileBook
from server.wall.cache import forward_invalidations


async def _serve(args: argparse.Namespace, channel: socket.socket) -> None:
    loop = asyncio.get_running_loop()
    stopping = asyncio.Event()

    def committed() -> None:  # called in the writer's thread
        with contextlib.suppress(BlockingIOError, OSError):  # a full channel: the server is waking anyway
            channel.send(COMMITTED)

    def wall_changed() -> None:  # called in the writer's thread, by the wall's flow once the commit is done
        with contextlib.suppress(BlockingIOError, OSError):  # a full channel: the server has one queued
            channel.send(WALL_CHANGED)

    def on_channel() -> None:
        try:
            if channel.recv(64):
                return
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            pass
        stopping.set()  # end of file: the server stops us, or died

    install_flows()
    forward_invalidations(wall_changed)
    database = Database(args.db)
    ingestor = Ingestor(database, ProfileBook(), on_commit=committed, accept_demo_devices=args.accept_demo_devices)
    listener = Hj212Listener(ingestor, host=args.host,
                             port=args.port, limits=Hj212Limits(**json.loads(args.limits)), reuse_port=True)
    try:
        await listener.start()
        channel.setblocking(False)
        loop.add_reader(channel.fileno(), on_channel)
        loop.add_signal_handler(signal.SIGTERM, stopping.set)
        channel.send(READY)
        await stopping.wait()
    finally:
        await listener.stop()
        database.dispose()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m server.hj212_worker",
                                     description="an HJ 212 listener process started by the server")
    parser.add_argument("--channel-fd", type=int, required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--host", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--limits", required=True, help="the Hj212Limits fields as JSON")
    parser.add_argument("--log-level", default="info")
    parser.add_argument("--accept-demo-devices", action="store_true", help="the server runs the demo")
    args = parser.parse_args(argv)
    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C reaches the whole group: the server stops us
    channel = socket.socket(fileno=args.channel_fd)
    try:
        asyncio.run(_serve(args, channel))
    finally:
        channel.close()


if __name__ == "__main__":
    main()
