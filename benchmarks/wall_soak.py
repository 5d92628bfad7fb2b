"""An accelerated 24 h soak of the control-room wall (issue 14): the real wall (WallShell, offscreen, 1920x1080)
against a real server process that it loses and gets back, with simulated cranes reporting all the time and a
critical alarm every simulated 20 minutes. One simulated hour lasts `--minutes`/24 real minutes (default 24:
an hour a minute). The scenario is compressed (alarms, 3 outages, a revocation and re-issue at their simulated
hours); the wall's own periods are short real ones instead (refresh 2 s, dwell 1-2 s, interrupt 3 s, token
lifetime `--token-ttl` 60 s), so a run holds as many refreshes, rotations and renewals as days of a real wall.

Measured (a GUI-thread timer samples every 150 ms):
- crashes: exceptions that reached sys.excepthook (an exception in a slot) plus the wall process dying (the
  soak runs in a child process, so a death is seen and counted); goal 0;
- RSS of the wall process, mean over the first simulated hour vs the last one; goal growth < 10 %. The clock
  starts when the wall first shows live data (starting up is not part of 24 h of operation; the wall paints
  its map itself, without QtWebEngine, so the one process is all its memory);
- the longest stretch of stale data shown without the banner; goal 0 s (to the sampling's 150 ms). Stale:
  the server is down (from when the soak stops it until it answers again), or the last full refresh the
  wall completed is older than 2 refresh periods, or the push stream is down; shown without the banner: the
  banner is hidden and no full-screen notice is up;
- alarm to screen: from just before the critical reading is posted to `sig_alarm_shown` for it; goal p95 < 2 s;
- counts: outages, renewals, refreshes, alarms sent/shown/missed, scene changes, re-issues.

python benchmarks/wall_soak.py [--minutes 24] [--token-ttl 60] [--keep]
One JSON line on stdout; exit 0 whenever the soak ran (a missed goal is a measurement), non-zero when it could not.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import random
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests
from _common import REPO_ROOT, emit, percentile, start_server

REFRESH_S = 2.0
INTERRUPT_S = 3.0
SCENES = (("overview", 2.0), ("alarms", 1.0), ("grid", 1.5), ("cases", 1.0))
SAMPLE_MS = 150
REGION = "440000"
DEVICES = 3
ALARM_EVERY_SIM_H = 1 / 3  # a critical alarm every simulated 20 minutes
OUTAGES_AT_SIM_H = (3.5, 8.5, 13.5)
REVOKE_AT_SIM_H = 18.5
DOWN_PERIODS = 4  # an outage keeps the server down this many refresh periods (then it takes its start-up time)
ALARM_WAIT_S = 15.0  # an alarm not on screen by then is counted missed (and cleared)
LIVE_TIMEOUT_S = 300.0
NORMAL_EVERY_S = 1.0
PASSWORD = "sandtable-demo"
SETUP_FAILED = 3  # the child's exit code when the soak could not start


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --- the server it loses ---------------------------------------------------------------------------------


class Server:
    """`python -m server` on one port and one SQLite file, stopped (an outage) and started again."""

    def __init__(self, workdir: Path, token_ttl: float, pid_file: Path | None) -> None:
        self.workdir = workdir
        self.db = workdir / "soak.db"
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.token_ttl = token_ttl
        self.pid_file = pid_file
        self.process: subprocess.Popen[bytes] | None = None
        self.starts = 0
        self.down = True  # read by the GUI thread's sampler

    def start(self) -> None:
        self.starts += 1
        log = self.workdir / f"server-{self.starts}.log"
        self.process = start_server(self.db, self.port, log, "--host", "127.0.0.1", "--demo", "60",
                                    "--token-ttl", str(self.token_ttl))
        if self.pid_file is not None:
            self.pid_file.write_text(str(self.process.pid))
        self.down = False

    def stop(self) -> None:
        self.down = True
        process, self.process = self.process, None
        if process is None:
            return
        if self.pid_file is not None:
            self.pid_file.unlink(missing_ok=True)
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=15)


class Api:
    """The administrator's and the devices' side of the scenario, over HTTP."""

    def __init__(self, server: Server) -> None:
        self.server = server
        self.http = requests.Session()

    def admin(self) -> dict[str, str]:
        """A fresh token each time: the server's tokens live only --token-ttl seconds here."""
        answer = self.http.post(f"{self.server.url}/api/v1/auth/token", timeout=30,
                                data={"username": "demo-admin", "password": PASSWORD})
        answer.raise_for_status()
        return {"Authorization": f"Bearer {answer.json()['access_token']}"}

    def register_cranes(self, count: int) -> list[dict[str, Any]]:
        headers = self.admin()
        projects = self.http.get(f"{self.server.url}/api/v1/projects", headers=headers, timeout=30,
                                 params={"status": "under_construction", "page_size": str(count)}).json()["items"]
        devices = []
        for index in range(count):
            code = f"SOAK-{uuid.uuid4().hex[:8]}"
            answer = self.http.post(f"{self.server.url}/api/v1/devices", headers=headers, timeout=30, json={
                "project_id": projects[index % len(projects)]["id"], "kind": "tower_crane", "code": code,
                "name": f"大屏浸泡塔机 {index + 1}", "crane_registration_no": f"粤A-S{index:04d}", "rated_load_t": 8.0,
                "rated_moment_knm": 1600, "wind_limit_ms": 20.0})
            answer.raise_for_status()
            devices.append(answer.json())
        return devices

    def post_reading(self, device: dict[str, Any], value: float) -> None:
        reading: dict[str, Any] = {"metric": "moment_pct", "ts": dt.datetime.now(dt.UTC).isoformat(), "value": value}
        answer = self.http.post(f"{self.server.url}/api/v1/ingest/readings", json={"readings": [reading]},
                                headers={"Authorization": device["http_authorization"]}, timeout=10)
        answer.raise_for_status()

    def issue_credential(self) -> tuple[int, str]:
        """Through the operator's command, as an administrator would; (credential id, secret)."""
        output = subprocess.run(
            [sys.executable, "-m", "server", "admin", "issue-wall-credential", "--db", f"sqlite:///{self.server.db}",
             "--name", f"浸泡测试大屏 {uuid.uuid4().hex[:6]}", "--region", REGION, "--server-url", self.server.url],
            cwd=REPO_ROOT, capture_output=True, text=True, check=True, timeout=120).stdout
        found = re.search(r"# Wall credential (\d+) ", output)
        secret = re.search(r'^credential = "(.+)"$', output, re.MULTILINE)
        if not found or not secret:
            raise RuntimeError(f"unexpected issue-wall-credential output:\n{output}")
        return int(found.group(1)), secret.group(1)

    def revoke(self, credential_id: int) -> None:
        answer = self.http.delete(f"{self.server.url}/api/v1/wall/credentials/{credential_id}",
                                  headers=self.admin(), timeout=30)
        answer.raise_for_status()

    def warning_devices(self, device_ids: list[int]) -> dict[int, int]:
        """warning id -> device id, for the soak's devices."""
        headers = self.admin()
        found: dict[int, int] = {}
        for device_id in device_ids:
            for warning in self.http.get(f"{self.server.url}/api/v1/warnings", headers=headers, timeout=30,
                                         params={"device_id": device_id, "limit": 1000}).json():
                found[warning["id"]] = warning["device_id"]
        return found


def write_config(path: Path, url: str, secret: str) -> None:
    """Atomically: the wall re-reads this file by itself and must never see half of it."""
    from domain.wall_config import SceneSlot, WallConfig

    config = WallConfig(url, secret, tuple(SceneSlot(name, dwell) for name, dwell in SCENES), refresh_s=REFRESH_S,
                        interrupt_s=INTERRUPT_S, sound=False)
    partial = path.with_suffix(".part")
    partial.write_text(config.to_toml(), encoding="utf-8")
    os.replace(partial, path)


# --- what the soak records --------------------------------------------------------------------------------


@dataclass
class Record:
    started: float = 0.0  # monotonic: the wall first showed live data (simulated 00:00)
    live: bool = False
    finished: bool = False
    failure: str | None = None
    slot_exceptions: int = 0
    exception_texts: list[str] = field(default_factory=list)
    rss: list[tuple[float, float]] = field(default_factory=list)  # (elapsed s, MB) of the wall process
    last_refresh: float | None = None
    shown: list[tuple[int, float]] = field(default_factory=list)  # (warning id, monotonic)
    scene_changes: int = 0
    stale_run_started: float | None = None
    stale_unbannered_longest_s: float = 0.0
    stale_unbannered_total_s: float = 0.0
    stale_unbannered_stretches: int = 0
    stale_run_reasons: set[str] = field(default_factory=set)
    stale_unbannered_worst: dict[str, Any] = field(default_factory=dict)  # when and why the longest one was
    stale_unbannered_by_reasons: dict[str, int] = field(default_factory=dict)  # "a+b": stretches
    stale_unbannered_longest_real_s: float = 0.0  # the longest not due to a resubscription alone
    banner_was_shown: bool = False
    banner_appearances: int = 0
    stale_samples: int = 0
    samples: int = 0
    outages: int = 0
    outage_down_s: list[float] = field(default_factory=list)
    outage_stopped_at: float | None = None  # set by the driver when it stops the server
    banner_after_stop_s: list[float] = field(default_factory=list)
    reissues: int = 0
    revoked_notice_s: float | None = None
    reissue_back_s: float | None = None
    alarms_sent: int = 0
    latencies: list[float] = field(default_factory=list)
    latency_warnings: list[tuple[int, int]] = field(default_factory=list)  # (warning id, device id sent to)
    alarms_missed: int = 0
    reading_errors: int = 0
    # the wall's state as the GUI thread last sampled it (the driver thread must not touch widgets)
    wall_refused: bool = False
    wall_notice_shown: bool = False
    wall_refreshes: int = 0


# --- the scenario, in a background thread -----------------------------------------------------------------


class Driver(threading.Thread):
    """Devices report every second; every simulated 20 minutes one reports a critical moment, held until the
    wall shows it, then back to normal (so the warning clears and the next one is new); outages and a
    revocation at their simulated hours."""

    def __init__(self, api: Api, server: Server, devices: list[dict[str, Any]], record: Record,
                 config_path: Path, sim_hour_s: float, credential_id: int) -> None:
        super().__init__(name="soak-driver", daemon=True)
        self.api = api
        self.server = server
        self.devices = devices
        self.record = record
        self.config_path = config_path
        self.sim_hour_s = sim_hour_s
        self.credential_id = credential_id
        self.total_s = 24 * sim_hour_s
        self.stopping = threading.Event()
        self._held: set[int] = set()
        self._next_normal = 0.0
        self._random = random.Random(14)

    def elapsed(self) -> float:
        return time.monotonic() - self.record.started

    def run(self) -> None:
        try:
            self._run()
        except Exception:  # the scenario itself broke: the soak could not run as meant
            self.record.failure = traceback.format_exc()
        finally:
            self.record.finished = True

    def _run(self) -> None:
        outages = [h * self.sim_hour_s for h in OUTAGES_AT_SIM_H]
        revoke_at: float | None = REVOKE_AT_SIM_H * self.sim_hour_s
        next_alarm = ALARM_EVERY_SIM_H * self.sim_hour_s * 0.75
        while not self.stopping.is_set() and self.elapsed() < self.total_s:
            now = self.elapsed()
            if outages and now >= outages[0]:
                outages.pop(0)
                self._outage()
            elif revoke_at is not None and now >= revoke_at:
                revoke_at = None
                self._revoke_and_reissue()
            elif now >= next_alarm:
                self._alarm()
                next_alarm = max(next_alarm + ALARM_EVERY_SIM_H * self.sim_hour_s, self.elapsed())
            self._normals()
            time.sleep(0.1)

    def _normals(self) -> None:
        if time.monotonic() < self._next_normal or self.server.down:
            return
        self._next_normal = time.monotonic() + NORMAL_EVERY_S
        for device in self.devices:
            if device["id"] in self._held:
                continue
            try:
                self.api.post_reading(device, round(self._random.uniform(25, 65), 1))
            except requests.RequestException:
                self.record.reading_errors += 1

    def _alarm(self) -> None:
        device = self.devices[self.record.alarms_sent % len(self.devices)]
        self._held.add(device["id"])
        already = len(self.record.shown)
        sent = time.monotonic()
        try:
            self.api.post_reading(device, round(self._random.uniform(101, 115), 1))
        except requests.RequestException:
            self.record.reading_errors += 1
            self._held.discard(device["id"])
            return
        self.record.alarms_sent += 1
        deadline = sent + ALARM_WAIT_S
        while time.monotonic() < deadline and len(self.record.shown) == already:
            self._normals()
            time.sleep(0.02)
        if len(self.record.shown) > already:
            warning_id, shown_at = self.record.shown[already]
            self.record.latencies.append(shown_at - sent)
            self.record.latency_warnings.append((warning_id, device["id"]))
        else:
            self.record.alarms_missed += 1
        try:
            self.api.post_reading(device, 40.0)  # under the clearing level: the warning clears
        except requests.RequestException:
            self.record.reading_errors += 1
        self._held.discard(device["id"])

    def _outage(self) -> None:
        stopped = time.monotonic()
        self.record.outage_stopped_at = stopped
        self.server.stop()
        time.sleep(DOWN_PERIODS * REFRESH_S)
        self.server.start()
        self.record.outages += 1
        self.record.outage_down_s.append(time.monotonic() - stopped)

    def _revoke_and_reissue(self) -> None:
        revoked = time.monotonic()
        self.api.revoke(self.credential_id)
        wall = self.record
        if not self._wait(lambda: wall.wall_refused and wall.wall_notice_shown, 120):
            raise RuntimeError("the wall never said its credential was revoked")
        self.record.revoked_notice_s = time.monotonic() - revoked
        refreshes = wall.wall_refreshes
        self.credential_id, secret = self.api.issue_credential()
        reissued = time.monotonic()
        write_config(self.config_path, self.server.url, secret)
        if not self._wait(lambda: not wall.wall_refused and wall.wall_refreshes > refreshes
                          and not wall.wall_notice_shown, 120):
            raise RuntimeError("the wall did not come back with the re-issued credential")
        self.record.reissues += 1
        self.record.reissue_back_s = time.monotonic() - reissued

    def _wait(self, condition: Any, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if condition():
                return True
            self._normals()
            time.sleep(0.1)
        return False


# --- the wall, in this process's GUI thread ---------------------------------------------------------------


def rss_mb(process: Any) -> float:
    if process is not None:
        return float(process.memory_info().rss) / 2**20
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def soak(args: argparse.Namespace) -> dict[str, Any]:
    workdir = Path(args.workdir)
    sim_hour_s = args.minutes * 60 / 24
    server = Server(workdir, args.token_ttl, Path(args.pid_file) if args.pid_file else None)
    record = Record()
    try:
        server.start()
        api = Api(server)
        devices = api.register_cranes(DEVICES)
        credential_id, secret = api.issue_credential()
        config_path = workdir / "wall.toml"
        write_config(config_path, server.url, secret)
    except Exception:
        server.stop()
        raise

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from pyqtgraph.util.garbage_collector import GarbageCollector
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.wall.shell import WallShell
    from app.worker import Worker
    from widgets.wall.style import WallStyle

    try:
        import psutil
        me: Any = psutil.Process()
    except ImportError:
        me = None

    def excepthook(kind: type[BaseException], value: BaseException, tb: Any) -> None:
        record.slot_exceptions += 1
        text = "".join(traceback.format_exception(kind, value, tb))
        if len(record.exception_texts) < 5:
            record.exception_texts.append(text[-1500:])
        sys.stderr.write(text)

    sys.excepthook = excepthook
    app = QApplication([])
    garbage_collector = GarbageCollector(interval=1.0)  # as app/main.py: Qt objects are collected in the GUI thread
    worker = Worker(app)
    shell = WallShell(worker, config_path, style=WallStyle.for_height(1080))
    window = shell.start(full_screen=False)
    window.resize(1920, 1080)
    controller = shell.controller
    if controller is None:
        raise RuntimeError("the wall did not accept its configuration")
    controller.sig_alarm_shown.connect(lambda warning_id: record.shown.append((warning_id, time.monotonic())))
    controller.sig_refreshed.connect(lambda: setattr(record, "last_refresh", time.monotonic()))

    def scene_changed(_index: int) -> None:
        if window.current_scene is not None:
            record.scene_changes += 1

    window.stack.currentChanged.connect(scene_changed)
    driver = Driver(api, server, devices, record, config_path, sim_hour_s, credential_id)
    begun = time.monotonic()
    last_progress = [0.0]

    def sample() -> None:
        now = time.monotonic()
        if not record.live:
            if (controller.refreshes > 0 and controller.stream.is_connected and window.banner_text is None
                    and not window.notice_shown):
                record.live = True
                record.started = now
                driver.start()
            elif now - begun > LIVE_TIMEOUT_S:
                record.failure = f"the wall did not show live data within {LIVE_TIMEOUT_S:.0f} s"
                app.exit(0)
            return
        if record.finished:
            app.exit(0)
            return
        elapsed = now - record.started
        record.wall_refused, record.wall_notice_shown = controller.refused, window.notice_shown
        record.wall_refreshes = controller.refreshes
        record.samples += 1
        record.rss.append((elapsed, rss_mb(me)))
        # The controller treats its own reconnect for a new device set (resuming after the last event) as no
        # outage for RESUBSCRIBE_GRACE_S; such a stretch is named apart so it can be told from real staleness.
        resubscribing = getattr(controller, "_resubscribing_since", None) is not None
        reasons = {name for name, holds in (
            ("server_down", server.down),
            ("stream_down", not controller.stream.is_connected and not resubscribing),
            ("stream_resubscribing", not controller.stream.is_connected and resubscribing),
            ("refresh_older_than_2_periods", record.last_refresh is None or now - record.last_refresh > 2 * REFRESH_S),
        ) if holds}
        unbannered = window.banner_text is None and not window.notice_shown
        if window.banner_text is not None and not record.banner_was_shown:
            record.banner_appearances += 1
        record.banner_was_shown = window.banner_text is not None
        if record.outage_stopped_at is not None and not unbannered:
            record.banner_after_stop_s.append(now - record.outage_stopped_at)
            record.outage_stopped_at = None
        if reasons:
            record.stale_samples += 1
        if reasons and unbannered:
            if record.stale_run_started is None:
                record.stale_run_started = now
                record.stale_run_reasons = set()
                record.stale_unbannered_stretches += 1
            record.stale_run_reasons |= reasons
        elif record.stale_run_started is not None:
            length = now - record.stale_run_started
            record.stale_unbannered_total_s += length
            key = "+".join(sorted(record.stale_run_reasons))
            record.stale_unbannered_by_reasons[key] = record.stale_unbannered_by_reasons.get(key, 0) + 1
            if key != "stream_resubscribing":
                record.stale_unbannered_longest_real_s = max(record.stale_unbannered_longest_real_s, length)
            if length > record.stale_unbannered_longest_s:
                record.stale_unbannered_longest_s = length
                record.stale_unbannered_worst = {
                    "at_simulated_h": round((record.stale_run_started - record.started) / sim_hour_s, 2),
                    "reasons": sorted(record.stale_run_reasons)}
            record.stale_run_started = None
        if args.result_file and now - last_progress[0] > sim_hour_s:  # what a dying process leaves behind
            last_progress[0] = now
            Path(args.result_file).write_text(json.dumps(results(record, controller, sim_hour_s, args, partial=True)))

    # exit, not quit: Qt 6's quit() asks the windows to close first, and a wall window refuses
    sampler = QTimer()
    sampler.setInterval(SAMPLE_MS)
    sampler.timeout.connect(sample)
    sampler.start()
    try:
        app.exec()
    finally:
        sampler.stop()
        driver.stopping.set()
        if driver.is_alive():
            driver.join(timeout=60)
        controller.stop()
        try:
            matched = api.warning_devices([d["id"] for d in devices]) if not server.down else {}
        except requests.RequestException:
            matched = {}
        server.stop()
        worker.wait_for_done(35_000)
        window.allow_close()
        window.close()
        del garbage_collector
    if record.failure is not None:
        raise RuntimeError(record.failure)
    out = results(record, controller, sim_hour_s, args, partial=False)
    out["alarms_matched_to_their_device"] = sum(1 for wid, dev in record.latency_warnings if matched.get(wid) == dev)
    return out


def _mean(samples: list[tuple[float, float]], start: float, end: float) -> float | None:
    values = [mb for at, mb in samples if start <= at < end]
    return round(statistics.fmean(values), 1) if values else None


def _growth(first: float | None, last: float | None) -> float | None:
    return round((last - first) / first * 100, 2) if first and last is not None else None


def results(record: Record, controller: Any, sim_hour_s: float, args: argparse.Namespace, *,
            partial: bool) -> dict[str, Any]:
    total = 24 * sim_hour_s
    first, last = _mean(record.rss, 0, sim_hour_s), _mean(record.rss, total - sim_hour_s, total)
    hourly = [_mean(record.rss, h * sim_hour_s, (h + 1) * sim_hour_s) for h in range(24)]
    growth = _growth(first, last)
    latencies = record.latencies
    p50 = round(percentile(latencies, 50), 3) if latencies else None
    p95 = round(percentile(latencies, 95), 3) if latencies else None
    longest = record.stale_unbannered_longest_s
    return {
        "minutes": args.minutes, "simulated_hour_s": round(sim_hour_s, 2), "token_ttl_s": args.token_ttl,
        "refresh_s": REFRESH_S, "partial": partial,
        "crashes": record.slot_exceptions, "process_died": False,
        "rss_mb_first_hour": first, "rss_mb_last_hour": last, "rss_growth_pct": growth,
        "rss_mb_by_hour": hourly,
        "stale_unbannered_longest_s": round(longest, 3),
        "stale_unbannered_longest_except_resubscribing_s": round(record.stale_unbannered_longest_real_s, 3),
        "stale_unbannered_total_s": round(record.stale_unbannered_total_s, 3),
        "stale_unbannered_stretches": record.stale_unbannered_stretches,
        "stale_unbannered_worst": record.stale_unbannered_worst,
        "stale_unbannered_by_reasons": record.stale_unbannered_by_reasons,
        "banner_appearances": record.banner_appearances,
        "stale_s_sampled": round(record.stale_samples * SAMPLE_MS / 1000, 1),
        "alarm_to_screen_p50_s": p50, "alarm_to_screen_p95_s": p95,
        "alarm_to_screen_max_s": round(max(latencies), 3) if latencies else None,
        "alarms_sent": record.alarms_sent, "alarms_shown": len(record.shown), "alarms_missed": record.alarms_missed,
        "outages": record.outages, "outage_down_s": [round(s, 1) for s in record.outage_down_s],
        "banner_after_server_stopped_s": [round(s, 2) for s in record.banner_after_stop_s],
        "renewals": controller.session.renewals, "refreshes": controller.refreshes,
        "scene_changes": record.scene_changes, "reissues": record.reissues,
        "revoked_notice_after_s": None if record.revoked_notice_s is None else round(record.revoked_notice_s, 2),
        "back_after_reissue_s": None if record.reissue_back_s is None else round(record.reissue_back_s, 2),
        "reading_errors": record.reading_errors, "samples": record.samples,
        "exceptions": record.exception_texts,
        "goals": {"crashes": "0", "rss_growth_pct": "< 10", "stale_unbannered_longest_s": "0 (to 0.15 s sampling)",
                  "alarm_to_screen_p95_s": "< 2"},
        "goals_met": {"crashes": record.slot_exceptions == 0,
                      "rss_growth": growth is not None and growth < 10,
                      "stale_unbannered": longest <= SAMPLE_MS / 1000,
                      "alarm_p95": p95 is not None and p95 < 2 and record.alarms_missed == 0},
    }


# --- the parent: runs the soak in a child so that a dying wall is a measurement, not a lost run ------------


def parent(args: argparse.Namespace) -> int:
    workdir = Path(tempfile.mkdtemp(prefix="wall-soak-"))
    pid_file, result_file, log = workdir / "server.pid", workdir / "partial.json", workdir / "wall.log"
    command = [sys.executable, __file__, "--child", "--workdir", str(workdir), "--pid-file", str(pid_file),
               "--result-file", str(result_file), "--minutes", str(args.minutes), "--token-ttl", str(args.token_ttl)]
    try:
        with log.open("wb") as stderr:
            child = subprocess.run(command, cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=stderr,
                                   timeout=args.minutes * 60 + 1800)
        lines = [line for line in child.stdout.decode(errors="replace").splitlines() if line.startswith("{")]
        if child.returncode == 0 and lines:
            print(lines[-1])
            return 0
        if child.returncode == SETUP_FAILED or not result_file.exists():
            sys.stderr.write(log.read_text(errors="replace")[-6000:])
            sys.stderr.write(f"\nthe soak could not run (child exit {child.returncode}); files in {workdir}\n")
            args.keep = True
            return 1
        # the wall process died mid-soak: a crash, reported with what it had measured until then
        figures = json.loads(result_file.read_text())
        figures.update(process_died=True, child_exit=child.returncode, crashes=figures["crashes"] + 1,
                       log_tail=log.read_text(errors="replace")[-3000:])
        figures["goals_met"]["crashes"] = False
        emit("wall_soak_crashes", figures["crashes"], "crashes", **figures)
        args.keep = True
        return 0
    finally:
        if pid_file.exists():  # a child that died leaves its server behind
            with contextlib.suppress(ProcessLookupError, ValueError):
                os.kill(int(pid_file.read_text()), signal.SIGTERM)
        if args.keep:
            sys.stderr.write(f"soak files kept in {workdir}\n")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=24.0, help="real minutes for the simulated 24 h")
    parser.add_argument("--token-ttl", type=float, default=60.0, help="the server's token lifetime (renewals)")
    parser.add_argument("--keep", action="store_true", help="keep the work directory (logs, database)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--workdir", help=argparse.SUPPRESS)
    parser.add_argument("--pid-file", help=argparse.SUPPRESS)
    parser.add_argument("--result-file", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.child:
        sys.exit(parent(args))
    try:
        figures = soak(args)
    except Exception:
        traceback.print_exc()
        sys.exit(SETUP_FAILED)
    emit("wall_soak_crashes", figures["crashes"], "crashes", **figures)
    sys.stdout.flush()
    os._exit(0)  # Qt's teardown at interpreter exit is not what is measured


if __name__ == "__main__":
    main()
