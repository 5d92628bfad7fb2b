"""Issue 12, finding 4, against a real server: the HJ 212 listener's log stays small whatever is sent, its
connections are capped in all and per address, and connections that send no valid frame in time or trickle
are closed; an over-long MN is refused before any look-up (finding 1). Short deadlines keep this fast."""

from __future__ import annotations

import datetime as dt
import logging
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from domain import hj212
from server.config import Settings
from server.embedded import EmbeddedServer, start_server
from server.ingest.hj212 import MAX_UNKNOWN_MNS, Hj212Listener
from tests.support.hj212 import DeviceLink, insert_monitor, upload
from tests.support.monitoring import MONITORING_SEED
from tests.support.server_process import free_port
from tests.support.waiting import wait_until

pytestmark = pytest.mark.timeout(120)
FIRST_FRAME_S, FRAME_S = 3.0, 1.0
PER_ADDRESS, TOTAL = 3, 5
RATE, JUNK = 32 * 1024, 16 * 1024  # bytes a second read from a connection; junk bytes before it is closed


@dataclass
class Guarded:
    server: EmbeddedServer
    port: int
    device: dict

    @property
    def listener(self) -> Hj212Listener:
        listener = self.server._server.config.app.state.monitoring.hj212
        assert listener is not None
        return listener


@pytest.fixture(scope="module")
def guarded(mon_url: str) -> Iterator[Guarded]:
    port = free_port()
    server = start_server(Settings(db_url=mon_url, demo_seed=MONITORING_SEED, hj212_port=port,
                                   hj212_idle_timeout=60.0, hj212_first_frame_timeout=FIRST_FRAME_S,
                                   hj212_frame_timeout=FRAME_S, hj212_max_connections=TOTAL,
                                   hj212_max_connections_per_address=PER_ADDRESS, hj212_max_bytes_per_second=RATE,
                                   hj212_max_junk_bytes=JUNK), startup_timeout=120)
    try:
        yield Guarded(server=server, port=port, device=insert_monitor(mon_url))
    finally:
        server.stop()


@pytest.fixture
def quiet(guarded: Guarded) -> Guarded:
    """Each test starts with no connection open (the previous test's are released asynchronously)."""
    wait_until(lambda: guarded.listener.gate.total == 0, message="the previous test's connections to be released")
    return guarded


def records(caplog: pytest.LogCaptureFixture, text: str = "") -> list[str]:
    return [m for r in caplog.records if r.name == "sandtable.hj212" and text in (m := r.getMessage())]


def stamp(n: int = 0) -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(hours=2, seconds=n)


def acknowledged(link: DeviceLink, device: dict, n: int, *, timeout: float = 10.0) -> bool:
    """Send upload `n` and say whether its acknowledgement comes within `timeout`."""
    at = stamp(n)
    link.send(upload(device, at))
    try:
        return link.ack(timeout).qn == hj212.format_time(at, millis=True)
    except TimeoutError:
        return False


def test_a_flood_of_junk_logs_a_handful_of_lines_and_closes_the_connection(
        quiet: Guarded, caplog: pytest.LogCaptureFixture) -> None:
    """200 KB of '#' made 100,000 WARNING lines and kept the connection busy; now junk makes the connection's
    first rejections and one summary, the connection is closed once it sent `JUNK` bytes without an accepted
    frame, and the device is served again on a new connection."""
    caplog.set_level(logging.INFO, logger="sandtable.hj212")
    device = quiet.device
    good = upload(device, stamp())
    link = DeviceLink(quiet.port)
    host, port = link.sock.getsockname()
    peer = f"{host}:{port}"
    assert acknowledged(link, device, 0)
    link.send(upload(device, stamp(), mn="NOSUCHMN0001") * 20)
    try:
        for junk in ((good[:-6] + b"0000\r\n") * 20, b"##0999" * 500, (b"##" + good[2:40]) * 100, b"#" * 200_000,
                     os.urandom(50_000)):
            link.send(junk)
    except ConnectionError:
        pass  # closed by the server while we were still sending
    assert link.closed_by_server(timeout=30)
    wait_until(lambda: "more rejected frames" in " ".join(records(caplog, f"{peer}: ")),
               message="the connection's summary")
    lines = records(caplog, f"{peer}: ")
    assert any("without an accepted frame, closing" in line for line in lines)
    assert len([line for line in lines if "rejected" in line]) <= 10 + 1  # the first ten, then one summary
    assert len(lines) <= 10 + 1 + 2  # and the close (maybe "connection lost" too: acknowledgements unread)
    assert all(reason in " ".join(lines) for reason in ("unknown_mn", "bad_crc"))
    assert sum(len(line) for line in records(caplog)) < 5_000  # was 14 MB
    link.close()
    again = DeviceLink(quiet.port)
    assert acknowledged(again, device, 1)
    again.close()


def test_a_fast_sender_is_paced_and_loses_nothing(quiet: Guarded) -> None:
    """Valid frames sent at four times the byte rate all get their acknowledgements; the listener paused
    reading the connection meanwhile (so a flood costs it no more than the rate)."""
    device = quiet.device
    listener = quiet.listener
    paced = listener.paced
    start = stamp(1000)
    moments, frames = [], []
    while sum(map(len, frames)) < 4 * RATE:
        moments.append(start - dt.timedelta(seconds=len(frames)))
        frames.append(upload(device, moments[-1]))
    link = DeviceLink(quiet.port)
    try:
        link.send(b"".join(frames))
        acks = [link.ack(30).qn for _ in frames]
    finally:
        link.close()
    assert acks == [hj212.format_time(at, millis=True) for at in moments]
    assert listener.paced > paced


def test_connections_over_the_caps_are_closed_at_once(quiet: Guarded, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="sandtable.hj212")
    device = quiet.device
    first = [DeviceLink(quiet.port) for _ in range(PER_ADDRESS)]
    assert all(acknowledged(link, device, n) for n, link in enumerate(first))
    over_address = DeviceLink(quiet.port)
    assert over_address.closed_by_server()
    others = [DeviceLink(quiet.port, source="127.0.0.2") for _ in range(TOTAL - PER_ADDRESS)]
    assert all(acknowledged(link, device, n) for n, link in enumerate(others))  # another address is admitted
    over_total = DeviceLink(quiet.port, source="127.0.0.3")
    assert over_total.closed_by_server()
    refused = records(caplog, "connection refused")
    assert len(refused) == 1 and "from one address" in refused[0]  # one line per interval, the rest counted

    first.pop().close()  # a place frees up

    def admitted() -> bool:
        link = DeviceLink(quiet.port, source="127.0.0.3")
        try:
            return acknowledged(link, device, 99)
        except ConnectionError:
            return False
        finally:
            link.close()

    wait_until(admitted, message="a connection to be admitted once another closed")
    for link in [*first, *others, over_address, over_total]:
        link.close()


def test_a_silent_connection_is_closed_after_the_first_frame_deadline(quiet: Guarded,
                                                                      caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="sandtable.hj212")
    link = DeviceLink(quiet.port)
    assert link.closed_by_server(timeout=30)
    assert records(caplog, f"no valid frame within {FIRST_FRAME_S:g} s")
    link.close()


def test_junk_does_not_keep_a_connection_open(quiet: Guarded, caplog: pytest.LogCaptureFixture) -> None:
    """Only valid frames count as activity: a peer sending junk all the time is closed like a silent one."""
    caplog.set_level(logging.INFO, logger="sandtable.hj212")
    link = DeviceLink(quiet.port)
    link.sock.settimeout(0.1)
    deadline = time.monotonic() + 30
    closed = False
    while not closed and time.monotonic() < deadline:
        try:
            link.sock.sendall(b"junk\r\n")
            closed = link.sock.recv(100) == b""
        except TimeoutError:
            continue
        except ConnectionError:
            closed = True
    assert closed
    assert records(caplog, f"no valid frame within {FIRST_FRAME_S:g} s")
    link.close()


def test_a_trickling_connection_is_closed_after_the_frame_deadline(quiet: Guarded,
                                                                   caplog: pytest.LogCaptureFixture) -> None:
    """A slowloris: each byte used to reset the idle timer. After a valid frame (so the first-frame deadline no
    longer applies) it trickles the next frame a byte at a time, and is closed within the frame deadline."""
    caplog.set_level(logging.INFO, logger="sandtable.hj212")
    link = DeviceLink(quiet.port)
    assert acknowledged(link, quiet.device, 0)
    frame = upload(quiet.device, stamp(1))
    link.sock.settimeout(0.2)  # paces the trickle while waiting for the server to close
    sent, closed = 0, False
    while not closed and sent < len(frame) - 1:
        try:
            link.sock.sendall(frame[sent:sent + 1])
            sent += 1
            closed = link.sock.recv(100) == b""
        except TimeoutError:
            continue
        except ConnectionError:
            closed = True
    assert closed, "the whole frame but its last byte was trickled in without the server closing"
    assert records(caplog, f"a begun frame was not completed within {FRAME_S:g} s")
    link.close()


def test_an_overlong_mn_is_rejected_before_any_look_up(quiet: Guarded, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="sandtable.hj212")
    devices = quiet.server._server.config.app.state.monitoring.ingestor.devices
    link = DeviceLink(quiet.port)
    assert acknowledged(link, quiet.device, 0)
    size = len(devices)
    link.send(b"".join(upload(quiet.device, stamp(), mn=f"{n:04d}" + "A" * 40) for n in range(20)))
    assert acknowledged(link, quiet.device, 1)  # the connection goes on
    assert len(devices) <= size  # (entries of earlier tests may expire meanwhile)
    rejected = records(caplog, "rejected bad_mn")
    assert rejected and "MN of 44 characters; at most 32" in rejected[0]
    link.close()


def test_made_up_mns_cost_a_bounded_number_of_look_ups(quiet: Guarded, caplog: pytest.LogCaptureFixture) -> None:
    """Each made-up MN costs a database query (and a cache entry): a connection gets a few, then is refused
    look-ups, and a registered device on it is still served."""
    caplog.set_level(logging.INFO, logger="sandtable.hj212")
    devices = quiet.server._server.config.app.state.monitoring.ingestor.devices
    link = DeviceLink(quiet.port)
    assert acknowledged(link, quiet.device, 0)
    size = len(devices)
    link.send(b"".join(upload(quiet.device, stamp(), mn=f"MADEUP{n:08d}") for n in range(60)))
    assert acknowledged(link, quiet.device, 1)
    assert len(devices) <= size + MAX_UNKNOWN_MNS
    link.close()
    wait_until(lambda: "unknown_mns_exceeded" in caplog.text, message="the summary of the refused look-ups")
