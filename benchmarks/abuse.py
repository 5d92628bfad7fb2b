"""Availability under abuse (issue 12): a real `python -m server --hj212-port` (SQLite, demo data) is attacked
for `--seconds` while three probes measure what honest users get.

Attack (one child process, so its CPU shows apart from the probes'):
Attackers connect from other loopback addresses than the honest devices (127.0.0.2-7 fuzz, 127.0.1.x idle
in groups of 50, 127.0.2.x slowloris, 127.0.3.x login floods), as they would from the internet, so per-address caps apply to them.
- `--fuzzers` HJ 212 connections sending garbage in a loop: random bytes, runs of '#', frames with a wrong
  CRC or length, frames for random MNs (the device look-up cache), huge PNUM, NaN values, interleaved '##';
  a fuzzer whose connection is closed reconnects;
- `--idle` HJ 212 connections that never send a byte, `--slowloris` that trickle one byte a second;
- `--login-flooders` HTTP clients posting failed logins as fast as answers come (random user names and the
  real `demo-province`), each from its own address (127.0.3.N).

Probes (this process): a good HJ 212 device sends a frame every 100 ms and waits for its CN 9014
acknowledgement; an HTTP device posts a small batch to `/ingest/readings` every 100 ms; `/health` every
100 ms. After the attack: the server's RSS growth (all its processes) and how many bytes it logged.

Goals: HJ 212 ack p95 < 250 ms, HTTP ingest ack p95 < 50 ms, /health p95 < 100 ms, RSS growth < 50 MB,
log output < 1 MB for the whole attack. The same probes run for a few seconds before the attack
(`baseline`) so the figures can be read against the machine's quiet state.

python benchmarks/abuse.py [--quick] [--seconds S] [--fuzzers N] [--login-flooders N] [--idle N] [--slowloris N]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import http.client
import math
import multiprocessing
import os
import random
import shutil
import tempfile
import threading
import time
import uuid
from collections import Counter
from pathlib import Path
from urllib.parse import urlencode

import psutil
import requests
from _common import emit, start_server, summary_ms

from domain import hj212
from tests.support.server_process import free_port

PROBE_INTERVAL = 0.1
FUZZ_PAYLOADS = 256
RSS_SETTLE_S = 3.0


# --- the server -------------------------------------------------------------------------------------------------

def server_rss(process: psutil.Process) -> int:
    total = 0
    for proc in [process, *process.children(recursive=True)]:
        try:
            total += proc.memory_info().rss
        except psutil.NoSuchProcess:
            continue
    return total


def register_devices(url: str) -> tuple[dict, dict]:
    """One HJ 212 dust/noise monitor and one HTTP tower-crane monitor on a project under construction."""
    http = requests.Session()
    token = http.post(f"{url}/api/v1/auth/token", data={"username": "demo-admin", "password": "sandtable-demo"})
    token.raise_for_status()
    http.headers["Authorization"] = f"Bearer {token.json()['access_token']}"
    project_id = http.get(f"{url}/api/v1/projects", params={"status": "under_construction"}).json()["items"][0]["id"]
    suffix = uuid.uuid4().hex[:8].upper()
    dust = http.post(f"{url}/api/v1/devices", json={
        "project_id": project_id, "kind": "dust_noise", "code": f"ABUSE-DN-{suffix}", "name": "压测扬尘监测仪",
        "mn": f"ABUSE{suffix}", "particulate_unit": "ug/m3"})
    dust.raise_for_status()
    crane = http.post(f"{url}/api/v1/devices", json={
        "project_id": project_id, "kind": "tower_crane", "code": f"ABUSE-TC-{suffix}", "name": "压测塔吊监测",
        "crane_registration_no": f"粤A-{suffix}", "rated_load_t": 8.0})
    crane.raise_for_status()
    return dust.json(), crane.json()


# --- probes -----------------------------------------------------------------------------------------------------

class Probes:
    """What honest users see: latencies per probe, and every failure by kind."""

    def __init__(self, url: str, hj212_port: int, dust: dict, crane: dict) -> None:
        self.url = url
        self.hj212_port = hj212_port
        self.dust = dust
        self.crane = crane
        self.latencies: dict[str, list[float]] = {"hj212_ack": [], "http_ingest": [], "health": []}
        self.failures: Counter[str] = Counter()
        self._frame_no = 0

    def run(self, seconds: float) -> dict[str, dict[str, float]]:
        self.latencies = {name: [] for name in self.latencies}
        deadline = time.monotonic() + seconds
        threads = [threading.Thread(target=self._http_loop, args=(deadline,)),
                   threading.Thread(target=self._health_loop, args=(deadline,))]
        for thread in threads:
            thread.start()
        asyncio.run(self._hj212_loop(deadline))
        for thread in threads:
            thread.join()
        return {name: summary_ms(samples) if samples else {"n": 0} for name, samples in self.latencies.items()}

    async def _hj212_loop(self, deadline: float) -> None:
        connection: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None
        while time.monotonic() < deadline:
            tick = time.monotonic()
            try:
                if connection is None:
                    connection = await asyncio.wait_for(
                        asyncio.open_connection("127.0.0.1", self.hj212_port), timeout=5)
                reader, writer = connection
                writer.write(self._next_frame())
                await writer.drain()
                line = await asyncio.wait_for(reader.readuntil(b"\r\n"), timeout=5)
                if b"CN=9014" not in line:
                    self.failures["hj212_bad_ack"] += 1
                self.latencies["hj212_ack"].append(time.monotonic() - tick)
            except (OSError, TimeoutError, asyncio.IncompleteReadError) as error:
                self.failures[f"hj212_{type(error).__name__}"] += 1
                if connection is not None:
                    connection[1].close()
                connection = None
            await asyncio.sleep(max(0.0, PROBE_INTERVAL - (time.monotonic() - tick)))  # the probe's pace
        if connection is not None:
            connection[1].close()

    def _next_frame(self) -> bytes:
        self._frame_no += 1
        at = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(hours=2) + dt.timedelta(
            milliseconds=self._frame_no)
        return hj212.data_frame(
            qn=hj212.format_time(at, millis=True), st="39", cn="2011", pw=self.dust["secret"], mn=self.dust["mn"],
            flag=5, groups=[[("DataTime", hj212.format_time(at))], [("a34002-Rtd", "61.0"), ("a34002-Flag", "N")],
                            [("LA-Rtd", "52.5")]])

    def _http_loop(self, deadline: float) -> None:
        http = requests.Session()
        headers = {"Authorization": f"Device {self.crane['code']}:{self.crane['secret']}"}
        start = dt.datetime.now(dt.UTC) - dt.timedelta(hours=3)
        n = 0
        while time.monotonic() < deadline:
            tick = time.monotonic()
            n += 1
            at = (start + dt.timedelta(seconds=n)).isoformat()
            try:
                answer = http.post(f"{self.url}/api/v1/ingest/readings", headers=headers, timeout=10, json={
                    "readings": [{"metric": "moment_pct", "ts": at, "value": 41.0},
                                 {"metric": "load_t", "ts": at, "value": 2.5}]})
                if answer.status_code != 200:
                    self.failures[f"http_ingest_{answer.status_code}"] += 1
                else:
                    self.latencies["http_ingest"].append(time.monotonic() - tick)
            except requests.RequestException as error:
                self.failures[f"http_ingest_{type(error).__name__}"] += 1
            time.sleep(max(0.0, PROBE_INTERVAL - (time.monotonic() - tick)))  # the probe's pace

    def _health_loop(self, deadline: float) -> None:
        http = requests.Session()
        while time.monotonic() < deadline:
            tick = time.monotonic()
            try:
                answer = http.get(f"{self.url}/api/v1/health", timeout=10)
                if answer.ok:
                    self.latencies["health"].append(time.monotonic() - tick)
                else:
                    self.failures[f"health_{answer.status_code}"] += 1
            except requests.RequestException as error:
                self.failures[f"health_{type(error).__name__}"] += 1
            time.sleep(max(0.0, PROBE_INTERVAL - (time.monotonic() - tick)))  # the probe's pace


# --- attackers (child process) ----------------------------------------------------------------------------------

def fuzz_payload(rng: random.Random) -> bytes:
    """One piece of garbage of a random kind."""
    kind = rng.randrange(8)
    mn = "".join(rng.choices("0123456789ABCDEF", k=rng.choice((8, 14, 24))))
    at = hj212.format_time(dt.datetime.now(dt.UTC).replace(microsecond=0))
    good = hj212.data_frame(qn=None, st="39", cn="2011", pw="123456", mn=mn, flag=5,
                            groups=[[("DataTime", at)], [("a34002-Rtd", "61.0")]])
    if kind == 0:
        return rng.randbytes(rng.randrange(1, 4096))
    if kind == 1:
        return b"#" * rng.randrange(100, 20_000)
    if kind == 2:  # wrong CRC
        return good[:-6] + b"FFFF\r\n"
    if kind == 3:  # wrong length field
        return b"##9999" + good[6:]
    if kind == 4:  # truncated
        return good[: rng.randrange(1, len(good))]
    if kind == 5:  # huge PNUM
        return hj212.data_frame(qn=None, st="39", cn="2011", pw="123456", mn=mn, flag=5,
                                groups=[[("DataTime", at)], [("PNUM", "99999999999"), ("PNO", "1")]])
    if kind == 6:  # NaN value
        return hj212.data_frame(qn=None, st="39", cn="2011", pw="123456", mn=mn, flag=5,
                                groups=[[("DataTime", at)], [("a34002-Rtd", "NaN")]])
    return b"##" + good[: len(good) // 2] + good  # interleaved '##'


async def fuzzer(port: int, deadline: float, seed: int, stats: Counter[str]) -> None:
    rng = random.Random(seed)
    payloads = [fuzz_payload(rng) for _ in range(FUZZ_PAYLOADS)]  # made before the attack: the attacker's CPU
    # goes into sending, as it would from a machine of its own
    while time.monotonic() < deadline:
        try:
            _reader, writer = await asyncio.open_connection("127.0.0.1", port, local_addr=(f"127.0.0.{2 + seed}", 0))
            stats["fuzz_connections"] += 1
            while time.monotonic() < deadline and not writer.is_closing():
                payload = rng.choice(payloads)
                writer.write(payload)
                await writer.drain()
                stats["fuzz_bytes"] += len(payload)
            writer.close()
        except OSError:
            stats["fuzz_refused_or_closed"] += 1
            await asyncio.sleep(0.01)  # reconnect pace


async def idler(port: int, deadline: float, n: int, trickle: bool, stats: Counter[str]) -> None:
    key = "slowloris" if trickle else "idle"
    source = f"127.0.{2 if trickle else 1}.{1 + n // 50}"  # attackers come from other addresses than devices
    while time.monotonic() < deadline:
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", port, local_addr=(source, 0))
            stats[f"{key}_connections"] += 1
            while time.monotonic() < deadline:
                if trickle:
                    writer.write(b"#")
                    await writer.drain()
                try:
                    if await asyncio.wait_for(reader.read(1), timeout=1.0) == b"":
                        break  # the server closed it
                except TimeoutError:
                    continue
            writer.close()
            stats[f"{key}_closed_by_server"] += time.monotonic() < deadline
        except OSError:
            stats[f"{key}_refused"] += 1
            await asyncio.sleep(1.0)  # reconnect pace


def login_flooder(port: int, deadline: float, seed: int, stats: Counter[str], lock: threading.Lock) -> None:
    """Failed logins as fast as answers come, from an address of its own (127.0.3.N): each flooder gets the
    per-address allowance of failures, so together they push many password checks through the server."""
    rng = random.Random(seed)
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10, source_address=(f"127.0.3.{1 + seed}", 0))
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    while time.monotonic() < deadline:
        username = "demo-province" if rng.random() < 0.3 else f"nobody{rng.randrange(10**9)}"
        try:
            connection.request("POST", "/api/v1/auth/token", headers=headers,
                               body=urlencode({"username": username, "password": "wrong-password"}))
            answer = connection.getresponse()
            answer.read()
            key = f"login_{answer.status}"
        except (OSError, http.client.HTTPException) as error:
            connection.close()
            key = f"login_{type(error).__name__}"
        with lock:
            stats[key] += 1


def attack(port: int, hj212_port: int, seconds: float, fuzzers: int, floods: int, idle: int, slowloris: int,
           results: multiprocessing.Queue[dict[str, int]]) -> None:
    stats: Counter[str] = Counter()
    deadline = time.monotonic() + seconds
    lock = threading.Lock()
    threads = [threading.Thread(target=login_flooder, args=(port, deadline, n, stats, lock)) for n in range(floods)]
    for thread in threads:
        thread.start()

    async def sockets() -> None:
        await asyncio.gather(*[fuzzer(hj212_port, deadline, n, stats) for n in range(fuzzers)],
                             *[idler(hj212_port, deadline, n, False, stats) for n in range(idle)],
                             *[idler(hj212_port, deadline, n, True, stats) for n in range(slowloris)])

    asyncio.run(sockets())
    for thread in threads:
        thread.join()
    results.put(dict(stats))


# --- main -------------------------------------------------------------------------------------------------------

def within(summary: dict[str, float], goal_ms: float) -> bool:
    return bool(summary.get("n")) and summary["p95_ms"] < goal_ms


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="8 s of attack")
    parser.add_argument("--seconds", type=float)
    parser.add_argument("--fuzzers", type=int, default=6)
    parser.add_argument("--login-flooders", type=int, default=16)
    parser.add_argument("--idle", type=int, default=200)
    parser.add_argument("--slowloris", type=int, default=20)
    parser.add_argument("--keep-log", type=Path, metavar="FILE", help="copy the server's log here afterwards")
    args = parser.parse_args()
    seconds = args.seconds or (8.0 if args.quick else 30.0)
    with tempfile.TemporaryDirectory() as tmp:
        port, hj212_port = free_port(), free_port()
        log = Path(tmp) / "server.log"
        process = start_server(Path(tmp) / "abuse.db", port, log, "--demo", "300", "--hj212-port", str(hj212_port),
                               "--log-level", "info")
        url = f"http://127.0.0.1:{port}"
        try:
            server = psutil.Process(process.pid)
            probes = Probes(url, hj212_port, *register_devices(url))
            baseline = probes.run(3.0 if args.quick else 5.0)
            rss_before, log_before = server_rss(server), log.stat().st_size
            results: multiprocessing.Queue[dict[str, int]] = multiprocessing.Queue()
            attacker = multiprocessing.Process(target=attack, args=(
                port, hj212_port, seconds, args.fuzzers, args.login_flooders, args.idle, args.slowloris, results))
            attacker.start()
            under_attack = probes.run(seconds)
            attack_stats = results.get(timeout=120)
            attacker.join(timeout=30)
            log_bytes = log.stat().st_size - log_before
            time.sleep(RSS_SETTLE_S)  # let the server close what the attack left and return its buffers
            rss_growth = server_rss(server) - rss_before
            healthy = requests.get(f"{url}/api/v1/health", timeout=10).ok
        finally:
            process.terminate()
            process.wait(timeout=30)
            if args.keep_log is not None:
                shutil.copyfile(log, args.keep_log)
    hj212_ack = under_attack["hj212_ack"]
    goals = {"hj212_ack_p95_ms<250": within(hj212_ack, 250),
             "http_ingest_p95_ms<50": within(under_attack["http_ingest"], 50),
             "health_p95_ms<100": within(under_attack["health"], 100),
             "rss_growth_mb<50": rss_growth < 50 * 2**20, "log_bytes<1MB": log_bytes < 2**20}
    emit("abuse_hj212_ack_p95", hj212_ack.get("p95_ms", math.nan), "ms", goal="< 250", goals_met=goals,
         seconds=seconds, under_attack=under_attack, baseline=baseline, probe_failures=dict(probes.failures),
         rss_growth_mb=round(rss_growth / 2**20, 1), log_bytes=log_bytes, server_healthy_after=healthy,
         attack=attack_stats, cpus=os.cpu_count(), load_average_1min=round(os.getloadavg()[0], 2))


if __name__ == "__main__":
    main()
