"""HJ 212 over real TCP against a real server (uvicorn thread + listener), on both backends."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import threading

import psutil
import pytest
import requests
import sqlalchemy as sa

from domain import hj212
from server.config import Settings
from server.db.engine import Database
from server.embedded import start_server
from server.monitoring.models import Reading
from server.simulate import Simulator
from tests.support.hj212 import DeviceLink, upload
from tests.support.monitoring import MONITORING_SEED, Live, bearer, register
from tests.support.server_process import free_port
from tests.support.waiting import wait_until

pytestmark = pytest.mark.timeout(120)


@pytest.fixture(scope="module")
def admin(live: Live) -> dict[str, str]:
    return bearer(live.url, "demo-admin")


@pytest.fixture(scope="module")
def gz_project(live: Live) -> int:
    headers = bearer(live.url, "demo-guangzhou")
    return requests.get(f"{live.url}/api/v1/projects", headers=headers,
                        params={"status": "under_construction"}, timeout=30).json()["items"][0]["id"]


def new_monitor(live: Live, admin: dict, project_id: int, unit: str = "mg/m3") -> dict:
    class _Http:  # `register` speaks TestClient's interface; requests needs the base URL
        def post(self, path: str, headers: dict, json: dict) -> requests.Response:
            return requests.post(f"{live.url}{path}", headers=headers, json=json, timeout=30)

    return register(_Http(), admin, project_id, "dust_noise", particulate_unit=unit)  # type: ignore[arg-type]


def stored(url: str, device_id: int) -> dict[str, list[float]]:
    database = Database(url)
    try:
        with database.read_session() as session:
            rows = session.execute(sa.select(Reading.metric, Reading.value).where(Reading.device_id == device_id)
                                   .order_by(Reading.ts)).all()
    finally:
        database.dispose()
    found: dict[str, list[float]] = {}
    for metric, value in rows:
        found.setdefault(metric, []).append(value)
    return found


def test_frame_in_reading_stored_ack_out(live: Live, admin: dict, gz_project: int, mon_url: str) -> None:
    device = new_monitor(live, admin, gz_project)
    link = DeviceLink(live.hj212_port)
    at = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(seconds=30)
    link.send(upload(device, at))
    ack = link.ack()
    assert (ack.cn, ack.qn, ack.mn) == ("9014", hj212.format_time(at, millis=True), device["mn"])
    assert stored(mon_url, device["id"]) == {"pm10": [pytest.approx(61.0)], "noise": [58.0]}  # mg/m³ -> µg/m³
    link.send(upload(device, at + dt.timedelta(seconds=1), flag=4))  # Flag without bit A: no acknowledgement
    assert link.nothing_within(1.0)
    assert len(stored(mon_url, device["id"])["noise"]) == 2
    link.close()


def test_bad_input_is_rejected_while_another_connection_works(live: Live, admin: dict, gz_project: int,
                                                              mon_url: str, caplog: pytest.LogCaptureFixture) -> None:
    device = new_monitor(live, admin, gz_project)
    good, bad = DeviceLink(live.hj212_port), DeviceLink(live.hj212_port)
    at = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(minutes=1)
    frame = upload(device, at)
    with caplog.at_level(logging.WARNING, logger="sandtable.hj212"):
        bad.send(b"\x00\x01 random line noise \r\n")
        bad.send(frame[:-6] + b"0000\r\n")  # bad CRC
        bad.send(upload(device, at, mn="UNKNOWNMN0001"))  # unknown MN
        bad.send(upload(device, at, pw="wrong-password"))  # wrong PW
        bad.send(b"##9999" + b"x" * 50)  # oversize
        good.send(frame)
        assert good.ack().qn == hj212.format_time(at, millis=True)
        bad.send(upload(device, at + dt.timedelta(seconds=5)))  # the noisy connection resyncs and goes on
        assert bad.ack().qn == hj212.format_time(at + dt.timedelta(seconds=5), millis=True)
    reasons = " ".join(r.getMessage() for r in caplog.records)
    for reason in ("garbage", "bad_crc", "unknown_mn", "bad_password", "oversize"):
        assert reason in reasons
    assert len(stored(mon_url, device["id"])["noise"]) == 2
    good.close()
    bad.close()


def test_split_packet_is_stored_and_acknowledged_after_the_last_part(live: Live, admin: dict, gz_project: int,
                                                                     mon_url: str) -> None:
    device = new_monitor(live, admin, gz_project, unit="ug/m3")
    link = DeviceLink(live.hj212_port)
    at = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(minutes=2)
    time_group = [("DataTime", hj212.format_time(at))]
    link.send(upload(device, at, flag=7, part=(1, 2), groups=[time_group, [("a34002-Rtd", "72.0")]]))
    assert link.nothing_within(0.5)  # nothing stored yet, so nothing acknowledged
    link.send(upload(device, at, flag=7, part=(2, 2), groups=[time_group, [("LA-Rtd", "66.0")]]))
    assert [link.ack().cn, link.ack().cn] == ["9014", "9014"]
    assert stored(mon_url, device["id"]) == {"pm10": [72.0], "noise": [66.0]}
    link.close()


def test_2005_frames_are_accepted(live: Live, admin: dict, gz_project: int, mon_url: str) -> None:
    device = new_monitor(live, admin, gz_project, unit="mg/m3")
    link = DeviceLink(live.hj212_port)
    at = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(minutes=3)
    frame = hj212.data_frame(qn=None, st="39", cn="2011", pw=device["secret"], mn=device["mn"], flag=None,
                             groups=[[("DataTime", hj212.format_time(at, millis=True))], [("B03-Rtd", "57.5")],
                                     [("01-Rtd", "0.120"), ("01-ZsRtd", "0.125")]])
    heartbeat = hj212.data_frame(qn=None, st="39", cn="8013", pw=device["secret"], mn=device["mn"], flag=None,
                                 groups=[])
    link.send(heartbeat + frame)
    assert wait_until(lambda: stored(mon_url, device["id"]), message="the 2005 frame's readings") == {
        "noise": [57.5], "tsp": [pytest.approx(120.0)]}
    link.close()


def test_idle_connections_time_out(live: Live, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="sandtable.hj212")
    link = DeviceLink(live.hj212_port)  # the fixture's idle timeout is 3 s
    assert link.closed_by_server(timeout=30)
    assert "no valid frame within 3 s" in caplog.text  # closed for its deadline, not for anything else
    link.close()


def test_simulator_streams_demo_devices(live: Live, mon_url: str) -> None:
    simulator = Simulator(server=live.url, hj212_host="127.0.0.1", hj212_port=live.hj212_port, seed=3,
                          demo_seed=MONITORING_SEED, interval=0.5)
    asyncio.run(simulator.run(threading.Event(), ticks=2))
    assert simulator.sent_frames > 0 and simulator.acked_frames == simulator.sent_frames
    assert simulator.sent_readings > 0
    database = Database(mon_url)
    try:
        with database.read_session() as session:
            metrics = set(session.scalars(sa.select(Reading.metric).distinct()))
    finally:
        database.dispose()
    assert {"pm10", "noise", "moment_pct", "cumulative"} <= metrics


def test_several_listener_processes_store_and_acknowledge_every_frame(live: Live, admin: dict, gz_project: int,
                                                                      mon_url: str) -> None:
    """`hj212_workers=3`: three worker processes share the port and the server process listens on none;
    frames sent over many connections are all acknowledged and stored whichever process took the connection,
    and stopping the server stops the workers."""
    port = free_port()
    server = start_server(Settings(db_url=mon_url, demo_seed=MONITORING_SEED, hj212_port=port, hj212_workers=3),
                          startup_timeout=120)
    try:
        pool = server._server.config.app.state.monitoring.hj212_workers
        workers = [psutil.Process(w.process.pid) for w in pool._workers]
        assert len(workers) == 3
        assert server._server.config.app.state.monitoring.hj212 is None  # no listener on the API's loop
        devices = [new_monitor(live, admin, gz_project) for _ in range(4)]
        links = [(device, DeviceLink(port)) for device in devices for _ in range(4)]  # 16 connections
        base = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(hours=1)
        for n, (device, link) in enumerate(links):
            for k in range(5):  # several frames in flight on each connection
                link.send(upload(device, base + dt.timedelta(seconds=100 * n + k), noise=50.0 + k))
        for n, (_device, link) in enumerate(links):
            assert [link.ack().qn for _ in range(5)] == [
                hj212.format_time(base + dt.timedelta(seconds=100 * n + k), millis=True) for k in range(5)]
        served = [len([c for c in w.net_connections() if c.laddr and c.laddr.port == port
                       and c.status == psutil.CONN_ESTABLISHED]) for w in workers]
        assert sum(served) == len(links)  # every connection is a worker's
        assert max(served) < len(links)  # the kernel spread the connections over the processes
        for device in devices:
            assert stored(mon_url, device["id"])["noise"] == [50.0, 51.0, 52.0, 53.0, 54.0] * 4
        for _device, link in links:
            link.close()
    finally:
        server.stop()
    for worker in workers:
        assert not worker.is_running() or worker.status() == psutil.STATUS_ZOMBIE
