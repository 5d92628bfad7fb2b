"""A stopping server ends its push streams at once, without telling clients their session ended: a wall or
workstation then says its data is no longer live, instead of showing it as live through the graceful
shutdown's wait for streams that never end on their own."""

from __future__ import annotations

import os
import signal
import threading

import requests

from tests.support.server_process import running_server
from tests.support.waiting import wait_until


def test_sigterm_ends_open_streams_without_a_revoked_event(tmp_path):
    with running_server(tmp_path, demo=20) as server:
        token = requests.post(f"{server.url}/api/v1/auth/token", timeout=30,
                              data={"username": "demo-province", "password": "sandtable-demo"}).json()["access_token"]
        response = requests.get(f"{server.url}/api/v1/stream", stream=True, timeout=(5, 60),
                                headers={"Authorization": f"Bearer {token}", "Accept": "text/event-stream"})
        assert response.status_code == 200
        lines: list[str] = []
        ended = threading.Event()

        def read() -> None:
            try:
                for raw in response.iter_lines(decode_unicode=True):
                    lines.append(raw)
            except requests.RequestException:
                pass
            finally:
                ended.set()

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        wait_until(lambda: any(line.startswith(":") for line in lines), message="the stream's first comment")
        os.kill(server.pid, signal.SIGTERM)
        wait_until(ended.is_set, timeout=30, message="the stream ended")
        assert not any(line.startswith("event: revoked") for line in lines)  # the session itself is fine
        wait_until(lambda: "the server is stopping" in server.log_path.read_text(errors="replace"), timeout=30,
                   message=lambda: server.log_path.read_text(errors="replace")[-2000:])
