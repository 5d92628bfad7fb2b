"""The sand table at scale: data received -> markers painted, filter change -> map + table updated,
cold start -> interactive (3,000 and 50,000 projects), client RSS; and folium's own MarkerCluster with
the same 50,000 projects as the baseline. Goals: painted < 1.0 s, filter < 150 ms, cold start < 3 s at
3,000 and < 6 s at 50,000, RSS < 800 MB.

python benchmarks/sandtable.py [--quick]     (--quick: 5,000 instead of 50,000 projects)
Each measurement runs in a fresh client process, so cold starts are really cold.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import emit

REPO = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")
FILTER_ROUNDS = 7


def client_run(url: str, started: float) -> dict[str, float]:
    """In a child process: log in, show the main window, wait until it is interactive, then measure."""
    import psutil
    import PySide6.QtWebEngineWidgets  # noqa: F401  (before the QApplication)
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from app.controller import MainController
    from app.main_window import MainWindow
    from app.settings import ClientSettings
    from app.worker import Worker
    from services.api_client import ApiClient

    tmp = tempfile.mkdtemp()
    settings = ClientSettings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
    api = ApiClient(url)
    token = api.login("demo-province", "sandtable-demo")
    worker = Worker()
    window = MainWindow(settings)
    controller = MainController(api, worker, window, token.user, settings)
    marks: dict[str, float] = {}
    view = window.map_view
    controller.map.sig_points_received.connect(lambda t: marks.setdefault("received", t))
    view.sig_points_drawn.connect(lambda n: marks.setdefault("painted", time.perf_counter()) if n else None)
    controller.sig_session_ready.connect(lambda: marks.setdefault("ready", time.perf_counter()))
    window.resize(1600, 1000)
    window.show()
    controller.start()
    deadline = time.monotonic() + 300
    while not ("painted" in marks and "ready" in marks) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.002)
    interactive_wall = time.time() - (time.perf_counter() - max(marks["painted"], marks["ready"]))
    # At start-up the data may arrive before the page has loaded: that first paint includes page loading.
    result = {"cold_start_s": interactive_wall - started, "first_paint_after_data_s": marks["painted"] - marks["received"]}

    filter_times, map_times, table_times = [], [], []
    for round_ in range(FILTER_ROUNDS):
        state: dict[str, float] = {}
        on_map = lambda _n, s=state: s.setdefault("map", time.perf_counter())  # noqa: E731
        on_table = lambda s=state: s.setdefault("table", time.perf_counter())  # noqa: E731
        view.sig_points_drawn.connect(on_map)
        controller.sig_projects_loaded.connect(on_table)
        t0 = time.perf_counter()
        window.filter_bar.status_button.set_selected(["under_construction"] if round_ % 2 == 0 else [])
        while not ("map" in state and "table" in state):
            app.processEvents()
            time.sleep(0.0005)
        filter_times.append(max(state.values()) - t0)
        map_times.append(state["map"] - t0)
        table_times.append(state["table"] - t0)
        view.sig_points_drawn.disconnect(on_map)
        controller.sig_projects_loaded.disconnect(on_table)
    answer: list[str] = []
    view.evaluate("JSON.stringify(sandtable.state().timings)", answer.append)
    while not answer:
        app.processEvents()
    timings = json.loads(answer[0])
    result["js_filter_ms"], result["js_draw_ms"] = timings["filterMs"], timings["drawMs"]
    result["filter_ms"] = statistics.median(filter_times) * 1000
    paint_times = []
    for _ in range(3):  # a full reload of all points into the loaded page: data received -> painted
        state = {}
        on_received = lambda t, s=state: s.setdefault("received", t)  # noqa: E731
        on_painted = lambda _n, s=state: s.setdefault("painted", time.perf_counter())  # noqa: E731
        controller.map.sig_points_received.connect(on_received)
        view.sig_points_drawn.connect(on_painted)
        controller.map.reload_points(force=True)
        while not ("received" in state and "painted" in state):
            app.processEvents()
            time.sleep(0.0005)
        paint_times.append(state["painted"] - state["received"])
        controller.map.sig_points_received.disconnect(on_received)
        view.sig_points_drawn.disconnect(on_painted)
    result["painted_s"] = statistics.median(paint_times)
    result["filter_map_ms"] = statistics.median(map_times) * 1000
    result["filter_table_ms"] = statistics.median(table_times) * 1000
    result["rss_mb"] = psutil.Process().memory_info().rss / 2**20
    for child in psutil.Process().children(recursive=True):  # QtWebEngine's renderer processes
        result["rss_mb_with_renderers"] = result.get("rss_mb_with_renderers", result["rss_mb"]) + \
            child.memory_info().rss / 2**20
    controller.stop()
    worker.wait_for_done(10_000)
    return result


def folium_run(url: str) -> dict[str, float]:
    """Baseline: folium's MarkerCluster with one Python Marker per project, rendered in QtWebEngine."""
    import PySide6.QtWebEngineWidgets  # noqa: F401
    from PySide6.QtCore import QUrl
    from PySide6.QtWebEngineWidgets import QWebEngineView
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    import folium
    from folium.plugins import MarkerCluster

    from maps.assets import LEAFLET_CSS, LEAFLET_JS, MARKERCLUSTER_CSS, MARKERCLUSTER_JS
    from services.api_client import ApiClient

    api = ApiClient(url)
    api.login("demo-province", "sandtable-demo")
    features = api.map_features()
    t0 = time.perf_counter()
    fmap = folium.Map(location=[23.2, 113.4], zoom_start=7, tiles=None, maxZoom=18)  # markercluster needs a maxZoom
    fmap.default_js, fmap.default_css = list(LEAFLET_JS), list(LEAFLET_CSS)
    cluster = MarkerCluster()
    cluster.default_js, cluster.default_css = list(MARKERCLUSTER_JS), list(MARKERCLUSTER_CSS)
    cluster.add_to(fmap)
    for lon, lat in zip(features.lon, features.lat, strict=True):
        folium.Marker([lat, lon]).add_to(cluster)
    path = Path(tempfile.mkdtemp()) / "folium.html"
    fmap.save(str(path))
    html_mb = path.stat().st_size / 2**20
    view = QWebEngineView()
    view.resize(1600, 1000)
    view.show()
    done: dict[str, object] = {}
    view.loadFinished.connect(lambda ok: done.setdefault("loaded", ok))
    view.load(QUrl.fromLocalFile(str(path)))
    while "loaded" not in done:
        app.processEvents()
        time.sleep(0.005)
    answer: list[float] = []  # a JavaScript number
    view.page().runJavaScript("document.querySelectorAll('.marker-cluster').length", 0, answer.append)
    while not answer:
        app.processEvents()
        time.sleep(0.005)
    return {"folium_markercluster_s": time.perf_counter() - t0, "folium_html_mb": html_mb,
            "folium_clusters_drawn": answer[0]}


def start_server(projects: int, workdir: Path) -> tuple[subprocess.Popen, str]:
    sys.path.insert(0, str(REPO))
    from tests.support.server_process import _wait_healthy, free_port

    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log = workdir / f"server-{projects}.log"
    process = subprocess.Popen([sys.executable, "-m", "server", "--host", "127.0.0.1", "--port", str(port),
                                "--db", f"sqlite:///{workdir / f'bench-{projects}.db'}", "--demo", str(projects),
                                "--seed", "1"], cwd=REPO, stdout=log.open("wb"), stderr=subprocess.STDOUT)
    _wait_healthy(process, url, log)
    _wait_answering(url)
    return process, url


def _wait_answering(url: str, timeout_s: float = 300.0) -> None:
    """Healthy is not yet idle: start-up jobs (demo seeding, scans) may hold the database for a while."""
    import requests

    deadline = time.monotonic() + timeout_s
    while True:
        try:
            response = requests.post(f"{url}/api/v1/auth/token", timeout=5,
                                     data={"username": "demo-province", "password": "sandtable-demo"})
            if response.status_code == 200:
                return
        except requests.RequestException:
            if time.monotonic() > deadline:
                raise
        time.sleep(1)


def child(mode: str, url: str) -> dict[str, float]:
    started = time.time()
    output = subprocess.run([sys.executable, __file__, f"--{mode}", url, "--started", str(started)], cwd=REPO,
                            capture_output=True, text=True, check=True, timeout=900).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--client", metavar="URL")
    parser.add_argument("--folium", metavar="URL")
    parser.add_argument("--started", type=float, default=0.0)
    args = parser.parse_args()
    if args.client:
        print(json.dumps(client_run(args.client, args.started)))
        return
    if args.folium:
        print(json.dumps(folium_run(args.folium)))
        return
    large = 5_000 if args.quick else 50_000
    workdir = Path(tempfile.mkdtemp(prefix="sandtable-bench-"))
    figures: dict[str, float] = {}
    for projects in (3_000, large):
        process, url = start_server(projects, workdir)
        try:
            run = child("client", url)
            figures[f"cold_start_s_{projects}"] = round(run["cold_start_s"], 3)
            if projects == large:
                figures.update({k: round(v, 3) for k, v in run.items() if k != "cold_start_s"})
                baseline = child("folium", url)
                figures.update({k: round(v, 3) for k, v in baseline.items()})
        finally:
            process.terminate()
            process.wait(timeout=30)
    # Like for like: both from "data in hand" to "page loaded and every marker drawn".
    goals = {"painted_lt_1s": figures["painted_s"] < 1.0, "filter_lt_150ms": figures["filter_ms"] < 150,
             "cold_3000_lt_3s": figures["cold_start_s_3000"] < 3,
             f"cold_{large}_lt_6s": figures[f"cold_start_s_{large}"] < 6,
             "rss_lt_800mb": figures["rss_mb_with_renderers"] < 800}
    results = {"projects": large, **figures,
               "baseline_ratio": round(figures["folium_markercluster_s"] / figures["first_paint_after_data_s"], 1),
               "goals_met": goals}
    emit("sandtable_markers_painted", float(figures["painted_s"]), "s", **results)


if __name__ == "__main__":
    main()
