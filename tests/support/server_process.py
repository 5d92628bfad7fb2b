"""Run the real server as a subprocess for tests that talk HTTP to it (no mocks, no TestClient)."""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import requests

from tests.support.waiting import wait_until

REPO_ROOT = Path(__file__).resolve().parents[2]
STARTUP_TIMEOUT_S = 240.0  # a demo server starts in ~20 s idle, but took 112 s on 2 shared cores under load


@dataclass(frozen=True)
class ServerProcess:
    url: str
    log_path: Path
    pid: int = 0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running_server(workdir: Path, *, demo: int = 300, seed: int = 7, extra_args: Sequence[str] = (),
                   ca_file: Path | None = None) -> Iterator[ServerProcess]:
    """Start ``python -m server`` on a free port with a fresh SQLite file; yield once it is healthy and its
    first compliance scan has finished. With `ca_file` (and --tls-cert/--tls-key in `extra_args`) the
    server speaks HTTPS and is checked against that CA."""
    port = free_port()
    url = f"{'https' if ca_file else 'http'}://127.0.0.1:{port}"
    log_path = workdir / "server.log"
    command = [sys.executable, "-m", "server", "--host", "127.0.0.1", "--port", str(port),
               "--db", f"sqlite:///{workdir / 'gui.db'}", "--demo", str(demo), "--seed", str(seed), *extra_args]
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, cwd=REPO_ROOT, stdout=log, stderr=subprocess.STDOUT)
        try:
            _wait_healthy(process, url, log_path, verify=str(ca_file) if ca_file else True)
            yield ServerProcess(url=url, log_path=log_path, pid=process.pid)
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=15)


def _wait_healthy(process: subprocess.Popen[bytes], url: str, log_path: Path, verify: str | bool = True) -> None:
    def scanned() -> bool:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}:\n{log_path.read_text(errors='replace')}")
        try:
            health = requests.get(f"{url}/api/v1/health", timeout=2, verify=verify)
        except requests.RequestException:
            return False
        # healthy, and the first compliance scan is done: tests see settled follow-ups and risk
        return health.status_code == 200 and bool(health.json().get("compliance_scan_at"))

    wait_until(scanned, timeout=STARTUP_TIMEOUT_S, interval=0.25,
               message=lambda: f"server healthy and scanned once:\n{log_path.read_text(errors='replace')}")
