"""Live-chart redraw rate: the control-room grid with 16 and 64 compact live charts (one curve each).

    python benchmarks/charts.py [--quick]

Each frame appends one new reading to every chart (its ring buffer already holds `--points` readings),
lets the one redraw clock call `setData` on every curve and processes the paint events, offscreen. The
figure is frames per second with 64 curves (goal: >= 30); 16 curves are measured in the same run, and so
is a naive baseline on the same data: one pyqtgraph GraphicsLayoutWidget with 64 auto-ranging plots,
arrays rebuilt with np.append and set every frame (the pyqtgraph examples' way).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time

import numpy as np

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pyqtgraph as pg
from _common import emit
from PySide6.QtWidgets import QApplication

from domain.monitoring import DeviceKind
from domain.monitoring_live import LiveReading
from domain.monitoring_schemas import DeviceOut
from widgets.live_chart import RedrawClock
from widgets.monitoring_grid import MonitoringGrid

GOAL_FPS = 30.0
SCREEN = (2560, 1600)


def devices(count: int) -> list[DeviceOut]:
    created = dt.datetime.now(dt.UTC)
    return [DeviceOut(id=i + 1, project_id=1, kind=DeviceKind.TOWER_CRANE, code=f"BENCH-{i + 1:03d}", name="基准塔机",
                      install_position="", lon=None, lat=None, vendor="", mn=None, particulate_unit=None,
                      crane_registration_no="粤A-T0001", rated_load_t=8.0, rated_moment_knm=1600.0,
                      wind_limit_ms=20.0, monitored_item=None, alarm_cumulative=None, alarm_rate=None,
                      prewarning_ratio=None, registered_by="bench", created_at=created, last_seen_at=None)
            for i in range(count)]


def measure(app: QApplication, curves: int, points: int, seconds: float) -> dict[str, float]:
    clock = RedrawClock(interval_ms=1_000_000)  # ticked by hand: the loop below is the timer
    grid = MonitoringGrid(clock)
    grid.columns_spin.setValue(8)
    grid.resize(*SCREEN)  # a wall display: all 64 charts on screen, none scrolled out of sight
    grid.show()
    grid.set_devices(devices(curves))
    now = time.time()
    for index, chart in enumerate(grid.charts.values()):
        chart.add_readings([LiveReading("moment_pct", now - points + i, 50 + 30 * ((i + index) % 17) / 17)
                            for i in range(points)])
    for _ in range(3):  # first layout and paint
        clock.tick()
        app.processEvents()
    frames = 0
    started = time.perf_counter()
    cpu_started = time.process_time()
    while time.perf_counter() - started < seconds:
        ts = time.time()
        for index, chart in enumerate(grid.charts.values()):
            chart.add_readings([LiveReading("moment_pct", ts, 50 + 30 * ((frames + index) % 17) / 17)])
        clock.tick()
        app.processEvents()
        frames += 1
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    drawn = min(chart.drawn_count() for chart in grid.charts.values())  # every chart was really drawn
    grid.close()
    grid.deleteLater()
    app.processEvents()
    return {"fps": frames / elapsed, "cpu_fps": frames / cpu, "frames": frames, "points_per_curve": drawn}


def measure_baseline(app: QApplication, curves: int, points: int, seconds: float) -> dict[str, float]:
    view = pg.GraphicsLayoutWidget()
    view.resize(*SCREEN)
    view.show()
    now = time.time()
    series = []
    for index in range(curves):
        plot = view.addPlot(row=index // 8, col=index % 8, axisItems={"bottom": pg.DateAxisItem()})
        plot.setDownsampling(auto=True, mode="peak")
        plot.setClipToView(True)
        curve = plot.plot(pen=pg.mkPen("#1f6fd1", width=1), skipFiniteCheck=True)
        x = now - points + np.arange(points, dtype=float)
        series.append([curve, x, 50 + 30 * ((np.arange(points) + index) % 17) / 17])
    for _ in range(3):
        app.processEvents()
    frames = 0
    started = time.perf_counter()
    cpu_started = time.process_time()
    while time.perf_counter() - started < seconds:
        ts = time.time()
        for index, item in enumerate(series):
            curve, x, y = item
            item[1] = x = np.append(x[1:], ts)
            item[2] = y = np.append(y[1:], 50 + 30 * ((frames + index) % 17) / 17)
            curve.setData(x, y)
        app.processEvents()
        frames += 1
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    view.close()
    view.deleteLater()
    app.processEvents()
    return {"fps": frames / elapsed, "cpu_fps": frames / cpu, "frames": frames}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="shorter runs")
    parser.add_argument("--points", type=int, default=600, help="readings already in each curve")
    args = parser.parse_args(argv)
    seconds = 2.0 if args.quick else 6.0
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    results = {curves: measure(app, curves, args.points, seconds) for curves in (16, 64)}
    baseline = measure_baseline(app, 64, args.points, seconds)
    for curves, result in results.items():
        print(f"{curves:3d} curves x {result['points_per_curve']} points: {result['fps']:.1f} frames/s, "
              f"{result['cpu_fps']:.1f} per CPU-second ({result['frames']} frames)", file=sys.stderr)
    print(f"baseline, 64 auto-ranging plots in one view: {baseline['fps']:.1f} frames/s", file=sys.stderr)
    emit("live_chart_fps_64_curves", results[64]["fps"], "frames/s",
         fps_16_curves=round(results[16]["fps"], 1), baseline_fps_64_curves=round(baseline["fps"], 1),
         # frames per second of this process's CPU time: what a machine not shared with other work would
         # reach at most (the wall-clock figures drop when other processes compete for the CPUs)
         cpu_fps_64_curves=round(results[64]["cpu_fps"], 1), cpu_fps_16_curves=round(results[16]["cpu_fps"], 1),
         baseline_cpu_fps_64_curves=round(baseline["cpu_fps"], 1),
         speedup_vs_baseline=round(results[64]["fps"] / baseline["fps"], 2), cpu_count=os.cpu_count(),
         load_average_1min=round(os.getloadavg()[0], 2), initial_points_per_curve=args.points, goal_fps=GOAL_FPS,
         meets_goal=results[64]["fps"] >= GOAL_FPS, seconds_per_case=seconds, platform=app.platformName())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
