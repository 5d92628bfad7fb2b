"""The HTTP layer against a real `python -m server` on loopback (issue 12): oversized bodies are refused
without being read (finding 6), TLS (finding 12), and request text cannot forge log lines (finding 13)."""

from __future__ import annotations

import io
import json
import logging
import re
import select
import shutil
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psutil
import pytest
import requests
import trustme
from uvicorn.logging import AccessFormatter

from server.__main__ import parse_args
from server.http.log_escape import install_log_escaping
from tests.support.databases import Template
from tests.support.server_process import ServerProcess, running_server

API = "/api/v1"
ATTACK_BYTES = 100 * 1024 * 1024
MiB = 1024 * 1024


@contextmanager
def _started(workdir: Path, template: Path | None, **options: Any) -> Iterator[ServerProcess]:
    assert template is not None
    shutil.copyfile(template, workdir / "gui.db")  # migrated and seeded: the server starts in seconds
    with running_server(workdir, demo=0, **options) as server:
        yield server


@pytest.fixture(scope="module")
def server(db_templates: dict[str, Template], tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    with _started(tmp_path_factory.mktemp("live"), db_templates["sqlite"].path) as live:
        yield live


def _address(server: ServerProcess) -> tuple[str, int]:
    host, port = server.url.removeprefix("http://").split(":")
    return host, int(port)


def _read_answer(sock: socket.socket) -> bytes:
    data = b""
    try:
        while chunk := sock.recv(65536):
            data += chunk
    except ConnectionResetError:
        pass  # the server closed with our unread bytes pending; what it sent before is kept
    return data


def _peak_rss(pid: int) -> int:
    """The process's peak resident set since the last `_reset_peak` (VmHWM), in bytes."""
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1)) * 1024  # type: ignore[union-attr]


def _reset_peak(pid: int) -> None:
    Path(f"/proc/{pid}/clear_refs").write_text("5")


# --- finding 6 -------------------------------------------------------------------------------------


def test_a_declared_100_mb_body_is_answered_without_being_sent(server: ServerProcess) -> None:
    with socket.create_connection(_address(server), timeout=30) as sock:
        sock.sendall(f"POST {API}/projects HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n"
                     f"Content-Length: {ATTACK_BYTES}\r\n\r\n".encode())
        answer = _read_answer(sock)  # the server answers and closes without waiting for a single body byte
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 413"), answer[:200]
    assert json.loads(body)["code"] == "payload_too_large"


def test_a_chunked_100_mb_body_is_cut_off_without_memory_growth(server: ServerProcess) -> None:
    process = psutil.Process(server.pid)
    before = process.memory_info().rss
    _reset_peak(server.pid)
    chunk = 64 * 1024
    frame = b"%x\r\n" % chunk + b" " * chunk + b"\r\n"
    sent = 0
    with socket.create_connection(_address(server), timeout=30) as sock:
        sock.sendall(f"POST {API}/projects HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n"
                     "Transfer-Encoding: chunked\r\n\r\n".encode())
        try:
            while sent < ATTACK_BYTES and not select.select([sock], [], [], 0)[0]:  # until the server answers
                sock.sendall(frame)
                sent += chunk
        except (BrokenPipeError, ConnectionResetError):
            pass  # it answered and closed while we were still sending
        answer = _read_answer(sock)
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert sent < ATTACK_BYTES // 3  # the rest never left: socket buffers hold a few MB, the server read 1 MiB
    peak = _peak_rss(server.pid)
    assert peak - before < 50 * MiB, f"peak RSS grew by {(peak - before) / MiB:.0f} MiB"
    assert "413 payload_too_large" in server.log_path.read_text()


# --- finding 12: TLS -------------------------------------------------------------------------------


def test_tls_with_a_certificate_and_key(db_templates: dict[str, Template], tmp_path: Path) -> None:
    ca = trustme.CA()
    certificate = ca.issue_cert("127.0.0.1")
    files = {name: tmp_path / f"{name}.pem" for name in ("ca", "cert", "key")}
    ca.cert_pem.write_to_path(files["ca"])
    certificate.cert_chain_pems[0].write_to_path(files["cert"])
    certificate.private_key_pem.write_to_path(files["key"])
    with _started(tmp_path, db_templates["sqlite"].path, ca_file=files["ca"],
                  extra_args=["--tls-cert", str(files["cert"]), "--tls-key", str(files["key"])]) as live:
        assert live.url.startswith("https://")
        health = requests.get(f"{live.url}{API}/health", verify=str(files["ca"]), timeout=10)
        assert health.status_code == 200 and health.headers["X-Content-Type-Options"] == "nosniff"
        with pytest.raises(requests.exceptions.SSLError):  # a certificate from no trusted CA
            requests.get(f"{live.url}{API}/health", timeout=10)
        with pytest.raises(requests.exceptions.ConnectionError):  # no plain HTTP on the TLS port
            requests.get(f"{live.url.replace('https', 'http')}{API}/health", timeout=10)


def test_tls_needs_both_files(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        parse_args(["--tls-cert", "cert.pem"])
    assert exit_.value.code == 2 and "--tls-cert and --tls-key go together" in capsys.readouterr().err


# --- finding 13 ------------------------------------------------------------------------------------

FORGED = "ERROR sandtable.api: forged line"


def test_request_text_cannot_forge_log_lines(server: ServerProcess) -> None:
    refused = requests.post(f"{server.url}{API}/auth/token", timeout=10,
                            data={"username": f"ghost\n{FORGED}", "password": "whatever-1"})
    assert refused.status_code == 401  # a line break is text in a form; other controls answer 422
    path = requests.get(f"{server.url}{API}/nothing%0A{FORGED.replace(' ', '%20')}%1B%5B2J", timeout=10)
    assert path.status_code == 422 and path.json()["code"] == "control_character"
    log = server.log_path.read_text()
    lines = log.splitlines()
    assert not [line for line in lines if line.startswith(FORGED)]
    assert "\x1b" not in log
    assert any(re.search(r"ghost\\+n" + re.escape(FORGED), line) for line in lines)  # the login refusal
    assert any(f"nothing\\n{FORGED}\\x1b[2J" in line for line in lines)  # the path refusal


def test_escaping_covers_preformatted_messages_and_uvicorn_access_lines() -> None:
    install_log_escaping()
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    access = logging.StreamHandler(stream)
    access.setFormatter(AccessFormatter('%(client_addr)s - "%(request_line)s" %(status_code)s', use_colors=False))
    ours, uvicorn_access = logging.getLogger("sandtable.test.escape"), logging.getLogger("test.uvicorn.access")
    for logger, target in ((ours, handler), (uvicorn_access, access)):
        logger.addHandler(target)
        logger.setLevel(logging.INFO)
        logger.propagate = False
    try:
        device = "GZ-01\nINFO sandtable.ingest: forged"
        ours.warning("unknown device %s", device)
        ours.warning(f"unknown device {device}")  # built before logging
        ours.warning("refused %(code)s after %(count)d tries", {"code": device, "count": 3})
        ours.warning("driver said %s", ValueError("line one\nline two"))
        uvicorn_access.info('%s - "%s %s HTTP/%s" %d', "127.0.0.1:5000", "GET", "/a\u2028b", "1.1", 404)
    finally:
        for logger, target in ((ours, handler), (uvicorn_access, access)):
            logger.removeHandler(target)
    written = stream.getvalue().splitlines()
    assert len(written) == 5, written
    assert written[0] == written[1] == "WARNING sandtable.test.escape: unknown device GZ-01\\nINFO sandtable.ingest: forged"
    assert written[2].endswith("forged after 3 tries") and written[3].endswith("line one\\nline two")
    assert written[4] == '127.0.0.1:5000 - "GET /a\\u2028b HTTP/1.1" 404 Not Found'
