"""Demo device simulator: ``python -m server.simulate --server URL --hj212 HOST:PORT [--seed S]``.

Streams realistic data for the demo devices of a running server: dust/noise monitors over HJ 212 TCP
(one connection per monitor, CN 2011 real-time uploads asking for acknowledgement), tower cranes,
deep-pit and high-formwork points as JSON batches over HTTP. Values follow daily cycles in Beijing time
(noise low at night, PM peaks in the morning and evening), with occasional exceedance episodes and
dropouts. Deterministic for a given `--seed` and tick. The device list comes from the API (logged in as
a province-wide demo account); secrets are derived from the demo seed (server/demo/devices.py).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import logging
import math
import random
import threading
from collections.abc import Awaitable
from dataclasses import dataclass
from typing import Any

import requests

from domain import hj212
from domain.monitoring import DeviceKind, ParticulateUnit
from server.demo.credentials import DEMO_REGISTRAR
from server.demo.devices import demo_device_secret

log = logging.getLogger("sandtable.simulate")
CHINA_TZ = hj212.CHINA_TZ
ACK_TIMEOUT_S = 10.0


@dataclass
class SimDevice:
    id: int
    code: str
    kind: DeviceKind
    mn: str | None
    unit: ParticulateUnit | None
    secret: str
    rng: random.Random
    episode_until: int = -1  # tick until which an exceedance episode lasts
    silent_until: int = -1  # tick until which the device drops out
    cumulative: float = 0.0


def _daily(hour: float, low: float, high: float, peak_hours: tuple[float, ...]) -> float:
    """A smooth daily profile: `low` at night, `high` around each peak hour."""
    bump = max(math.exp(-((hour - p) ** 2) / 4.0) for p in peak_hours)
    return low + (high - low) * bump


class Simulator:
    def __init__(self, *, server: str, hj212_host: str, hj212_port: int, seed: int = 1, demo_seed: int = 20261125,
                 interval: float = 10.0, user: str = "demo-province", password: str = "sandtable-demo") -> None:
        self.server = server.rstrip("/")
        self.hj212_host, self.hj212_port = hj212_host, hj212_port
        self.seed, self.demo_seed, self.interval = seed, demo_seed, interval
        self.user, self.password = user, password
        self.http = requests.Session()
        self.sent_frames = 0
        self.acked_frames = 0
        self.sent_readings = 0

    def devices(self) -> list[SimDevice]:
        token = self.http.post(f"{self.server}/api/v1/auth/token",
                               data={"username": self.user, "password": self.password}, timeout=30)
        token.raise_for_status()
        headers = {"Authorization": f"Bearer {token.json()['access_token']}"}
        listed = self.http.get(f"{self.server}/api/v1/devices", headers=headers, params={"limit": 2000}, timeout=30)
        listed.raise_for_status()
        return [SimDevice(id=d["id"], code=d["code"], kind=DeviceKind(d["kind"]), mn=d["mn"],
                          unit=ParticulateUnit(d["particulate_unit"]) if d["particulate_unit"] else None,
                          secret=demo_device_secret(d["code"], self.demo_seed),
                          rng=random.Random(f"{self.seed}:{d['code']}"))
                for d in listed.json() if d["registered_by"] == DEMO_REGISTRAR]  # real devices have real secrets

    # --- values --------------------------------------------------------------------------------------------

    def _episodes(self, device: SimDevice, tick: int) -> tuple[bool, bool]:
        """(exceeding, silent) for this tick: episodes start rarely and last a few minutes."""
        per_minute = 60.0 / self.interval
        if tick > device.silent_until and device.rng.random() < 0.0015:
            device.silent_until = tick + int(device.rng.uniform(5, 20) * per_minute)
        if tick > device.episode_until and device.rng.random() < 0.004:
            device.episode_until = tick + int(device.rng.uniform(3, 10) * per_minute)
        return tick <= device.episode_until, tick <= device.silent_until

    def dust_noise(self, device: SimDevice, at: dt.datetime, exceeding: bool) -> list[list[tuple[str, str]]]:
        local = at.astimezone(CHINA_TZ)
        hour = local.hour + local.minute / 60
        rng = device.rng
        noise = _daily(hour, 48.0, 66.0, (10.0, 15.5)) + rng.gauss(0, 2.0) + (12 if exceeding else 0)
        pm10 = _daily(hour, 45.0, 110.0, (8.5, 19.0)) + rng.gauss(0, 8.0) + (140 if exceeding else 0)
        pm25 = pm10 * rng.uniform(0.45, 0.6)
        tsp = pm10 * rng.uniform(1.3, 1.6)
        scale = 0.001 if device.unit is ParticulateUnit.MG_M3 else 1.0
        digits = 3 if scale < 1 else 1

        def particulate(value: float) -> str:
            return f"{max(1.0, value) * scale:.{digits}f}"

        return [[("DataTime", hj212.format_time(at))],
                [("a34002-Rtd", particulate(pm10)), ("a34002-Flag", "N")],
                [("a34004-Rtd", particulate(pm25)), ("a34004-Flag", "N")],
                [("a34001-Rtd", particulate(tsp)), ("a34001-Flag", "N")],
                [("LA-Rtd", f"{noise:.1f}"), ("LA-Flag", "N")],
                [("a01001-Rtd", f"{_daily(hour, 19, 27, (14.5,)) + rng.gauss(0, 0.4):.1f}")],
                [("a01002-Rtd", f"{_daily(hour, 85, 60, (14.5,)) + rng.gauss(0, 2):.1f}")],
                [("a01007-Rtd", f"{abs(rng.gauss(2.5, 1.2)):.1f}")]]

    def json_readings(self, device: SimDevice, at: dt.datetime, exceeding: bool) -> list[dict[str, Any]]:
        rng = device.rng
        ts = at.isoformat()
        local = at.astimezone(CHINA_TZ)
        if device.kind is DeviceKind.TOWER_CRANE:
            working = 7 <= local.hour < 19
            load = rng.uniform(1.0, 6.5) if working else 0.0
            moment = (load / 8.0 * 88 + rng.gauss(0, 3)) if working else rng.uniform(2, 6)
            if exceeding and working:
                moment, load = rng.uniform(91, 104), rng.uniform(7.2, 8.4)
            wind = abs(rng.gauss(6.0, 2.5)) + (12 if exceeding and not working else 0)
            return [{"metric": "load_t", "ts": ts, "value": round(load, 2)},
                    {"metric": "moment_pct", "ts": ts, "value": round(max(0.0, moment), 1)},
                    {"metric": "wind_speed", "ts": ts, "value": round(wind, 1)},
                    {"metric": "radius_m", "ts": ts, "value": round(rng.uniform(5, 55), 1)}]
        device.cumulative += rng.uniform(0.0, 0.002) + (0.05 if exceeding else 0.0)
        base = 12.0 if device.kind is DeviceKind.DEEP_PIT else 3.0
        rate = rng.uniform(0.1, 0.6) + (2.2 if exceeding else 0.0)
        return [{"metric": "cumulative", "ts": ts, "value": round(base + device.cumulative, 3)},
                {"metric": "rate", "ts": ts, "value": round(rate, 3)}]

    # --- transport ------------------------------------------------------------------------------------------

    async def _hj212_device(self, device: SimDevice, stop: threading.Event, ticks: int | None) -> None:
        reader = writer = None
        tick = 0
        while not stop.is_set() and (ticks is None or tick < ticks):
            at = dt.datetime.now(dt.UTC).replace(microsecond=0)
            exceeding, silent = self._episodes(device, tick)
            tick += 1
            if not silent:
                try:
                    if writer is None:
                        reader, writer = await asyncio.open_connection(self.hj212_host, self.hj212_port)
                    qn = hj212.format_time(at, millis=True)
                    frame = hj212.data_frame(qn=qn, st="39", cn=hj212.CN_REALTIME, pw=device.secret,
                                             mn=device.mn or "", flag=hj212.FLAG_V2017 | hj212.FLAG_ACK,
                                             groups=self.dust_noise(device, at, exceeding))
                    writer.write(frame)
                    await writer.drain()
                    self.sent_frames += 1
                    assert reader is not None
                    await asyncio.wait_for(reader.readuntil(b"\r\n"), ACK_TIMEOUT_S)
                    self.acked_frames += 1
                except (OSError, TimeoutError, asyncio.IncompleteReadError) as exc:
                    log.info("simulator %s: %s; reconnecting", device.code, exc)
                    if writer is not None:
                        writer.close()
                    reader = writer = None
            await asyncio.sleep(self.interval)
        if writer is not None:
            writer.close()

    async def _http_device(self, device: SimDevice, stop: threading.Event, ticks: int | None) -> None:
        headers = {"Authorization": f"Device {device.code}:{device.secret}"}
        tick = 0
        while not stop.is_set() and (ticks is None or tick < ticks):
            at = dt.datetime.now(dt.UTC).replace(microsecond=0)
            exceeding, silent = self._episodes(device, tick)
            tick += 1
            if not silent:
                readings = self.json_readings(device, at, exceeding)
                try:
                    response = await asyncio.to_thread(
                        self.http.post, f"{self.server}/api/v1/ingest/readings", json={"readings": readings},
                        headers=headers, timeout=30)
                    if response.status_code >= 300:
                        log.warning("simulator %s: %s %s", device.code, response.status_code, response.text[:200])
                    self.sent_readings += len(readings)
                except requests.RequestException as exc:
                    log.info("simulator %s: %s", device.code, exc)
            await asyncio.sleep(self.interval)

    async def run(self, stop: threading.Event, *, ticks: int | None = None) -> None:
        devices = await asyncio.to_thread(self.devices)
        log.info("simulating %d demo devices every %.0f s", len(devices), self.interval)
        jobs = []
        for n, device in enumerate(devices):
            job = self._hj212_device if device.kind is DeviceKind.DUST_NOISE else self._http_device
            jobs.append(self._staggered(n, job(device, stop, ticks)))
        await asyncio.gather(*jobs)

    async def _staggered(self, n: int, job: Awaitable[None]) -> None:
        await asyncio.sleep((n * 0.137) % self.interval)  # spread the devices over the interval
        await job


def run_in_thread(simulator: Simulator) -> tuple[threading.Thread, threading.Event]:
    """Run the simulator on its own event loop in a daemon thread (the embedded server uses this)."""
    stop = threading.Event()

    def target() -> None:
        try:
            asyncio.run(simulator.run(stop))
        except Exception:
            log.exception("the device simulator stopped")

    thread = threading.Thread(target=target, name="device-simulator", daemon=True)
    thread.start()
    return thread, stop


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m server.simulate", description=__doc__.split("\n\n")[0])
    parser.add_argument("--server", required=True, help="base URL, e.g. http://127.0.0.1:8765")
    parser.add_argument("--hj212", required=True, metavar="HOST:PORT", help="the server's HJ 212 listener")
    parser.add_argument("--seed", type=int, default=1, help="simulation seed")
    parser.add_argument("--demo-seed", type=int, default=20261125, help="the server's demo data seed (--seed there)")
    parser.add_argument("--interval", type=float, default=10.0, help="seconds between uploads of one device")
    parser.add_argument("--duration", type=float, default=None, help="stop after this many seconds")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    host, _, port = args.hj212.rpartition(":")
    simulator = Simulator(server=args.server, hj212_host=host or "127.0.0.1", hj212_port=int(port), seed=args.seed,
                          demo_seed=args.demo_seed, interval=args.interval)
    stop = threading.Event()
    if args.duration:
        threading.Timer(args.duration, stop.set).start()
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(simulator.run(stop))
    log.info("sent %d HJ 212 frames (%d acknowledged) and %d HTTP readings", simulator.sent_frames,
             simulator.acked_frames, simulator.sent_readings)


if __name__ == "__main__":
    main()
