"""A server killed with SIGKILL during HJ 212 ingest loses no reading it had acknowledged.

Real `python -m server ... --hj212-port` subprocess on a SQLite file, devices sending over real TCP,
SIGKILL mid-stream, a real restart on the same file, then every acknowledged frame is looked up.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import requests
import sqlalchemy as sa

from domain import hj212
from server.db.engine import Database
from server.demo.devices import demo_device_secret
from server.monitoring.models import Reading
from tests.support.server_process import REPO_ROOT, STARTUP_TIMEOUT_S, free_port
from tests.support.waiting import wait_until

SEED = 7
CONNECTIONS = 6
ACKED_BEFORE_KILL = 500  # frames acknowledged in all before the kill, so that the test means something


def start(db: Path, port: int, hj212_port: int, log: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "server", "--host", "127.0.0.1", "--port", str(port), "--db", f"sqlite:///{db}",
               "--demo", "60", "--seed", str(SEED), "--hj212-port", str(hj212_port), "--log-level", "warning"]
    process = subprocess.Popen(command, cwd=REPO_ROOT, stdout=log.open("ab"), stderr=subprocess.STDOUT)

    def healthy() -> bool:
        assert process.poll() is None, log.read_text(errors="replace")
        try:
            return requests.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=1).status_code == 200
        except requests.RequestException:
            return False

    try:
        wait_until(healthy, timeout=STARTUP_TIMEOUT_S, interval=0.2, message=lambda: log.read_text(errors="replace"))
    except AssertionError:
        process.kill()
        raise
    return process


def sender(port: int, device: dict, base: dt.datetime, acked: list[dt.datetime], stop: threading.Event) -> None:
    """Send frames one after another, each asking for an acknowledgement; note what was acknowledged."""
    try:
        sock = socket.create_connection(("127.0.0.1", port), timeout=5)
    except OSError:
        return
    buffer = b""
    n = 0
    try:
        while not stop.is_set():
            at = base + dt.timedelta(seconds=n)
            n += 1
            sock.sendall(hj212.data_frame(qn=hj212.format_time(at, millis=True), st="39", cn="2011",
                                          pw=demo_device_secret(device["code"], SEED), mn=device["mn"], flag=5,
                                          groups=[[("DataTime", hj212.format_time(at))], [("LA-Rtd", "55.5")]]))
            while b"\r\n" not in buffer:
                chunk = sock.recv(4096)
                if not chunk:
                    return
                buffer += chunk
            line, _, buffer = buffer.partition(b"\r\n")
            ack = hj212.decode_frame(line + b"\r\n")
            assert ack.qn == hj212.format_time(at, millis=True)
            acked.append(at)
    except OSError:
        return  # the server died under us: whatever was not acknowledged may be lost
    finally:
        sock.close()


@pytest.mark.timeout(480)  # two server starts: about a minute idle, several on a loaded machine
def test_sigkill_during_ingest_loses_no_acknowledged_reading(tmp_path: Path) -> None:
    db, log = tmp_path / "crash.db", tmp_path / "server.log"
    port, hj212_port = free_port(), free_port()
    process = start(db, port, hj212_port, log)
    url = f"http://127.0.0.1:{port}"
    token = requests.post(f"{url}/api/v1/auth/token", data={"username": "demo-province",
                                                            "password": "sandtable-demo"}, timeout=10).json()
    devices = [d for d in requests.get(f"{url}/api/v1/devices", params={"kind": "dust_noise"}, timeout=10,
                                       headers={"Authorization": f"Bearer {token['access_token']}"}).json()]
    assert len(devices) >= CONNECTIONS
    base = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(hours=2)
    acked: dict[int, list[dt.datetime]] = {d["id"]: [] for d in devices[:CONNECTIONS]}
    stop = threading.Event()
    threads = [threading.Thread(target=sender, args=(hj212_port, d, base, acked[d["id"]], stop), daemon=True)
               for d in devices[:CONNECTIONS]]
    for thread in threads:
        thread.start()
    # Mid-stream: every connection has had frames acknowledged and has more in flight.
    wait_until(lambda: all(acked.values()) and sum(len(v) for v in acked.values()) > ACKED_BEFORE_KILL,
               timeout=120, message=lambda: f"acknowledged so far: { {k: len(v) for k, v in acked.items()} }")
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=10)
    stop.set()
    for thread in threads:
        thread.join(timeout=10)

    restarted = start(db, port, hj212_port, log)
    try:
        database = Database(f"sqlite:///{db}")
        try:
            with database.read_session() as session:
                for device_id, times in acked.items():
                    stored = set(session.scalars(sa.select(Reading.ts).where(Reading.device_id == device_id,
                                                                             Reading.metric == "noise")))
                    missing = [t for t in times if t not in stored]
                    assert not missing, f"device {device_id}: {len(missing)} acknowledged readings lost"
        finally:
            database.dispose()
    finally:
        restarted.terminate()
        restarted.wait(timeout=20)
