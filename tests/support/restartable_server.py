"""A real server process that a test can stop (an outage) and start again on the same port and database."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from tests.support.server_process import REPO_ROOT, _wait_healthy, free_port


class RestartableServer:
    """`python -m server` on one port and one SQLite file; `stop()` ends it (SIGTERM, then SIGKILL),
    `start()` brings it back with what the database held."""

    def __init__(self, workdir: Path, *, demo: int = 60, seed: int = 7, extra_args: Sequence[str] = ()) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.db_path = workdir / "restartable.db"
        self._workdir = workdir
        self._demo = demo
        self._seed = seed
        self._extra_args = tuple(extra_args)
        self._process: subprocess.Popen[bytes] | None = None
        self.starts = 0

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def start(self) -> None:
        self.starts += 1
        log_path = self._workdir / f"server-{self.starts}.log"
        command = [sys.executable, "-m", "server", "--host", "127.0.0.1", "--port", str(self.port),
                   "--db", f"sqlite:///{self.db_path}", "--demo", str(self._demo), "--seed", str(self._seed),
                   *self._extra_args]
        with log_path.open("wb") as log:
            self._process = subprocess.Popen(command, cwd=REPO_ROOT, stdout=log, stderr=subprocess.STDOUT)
        _wait_healthy(self._process, self.url, log_path)

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=15)
