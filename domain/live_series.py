"""The model behind a live chart of one device, without Qt: readings in NumPy ring buffers per metric, the
device's threshold levels and warning markers, how fresh the data is, which stretch to fetch from the
history, and the arithmetic of what to draw (the followed window, the value range, the points in view).

A view (widgets/live_chart.py) owns one `LiveSeries`, feeds it what arrives and draws what it says.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum

import numpy as np

from domain.hj212 import CHINA_TZ
from domain.monitoring import Severity
from domain.monitoring_live import (
    KIND_METRICS,
    SEVERITY_RANK,
    HistoryRequest,
    LiveReading,
    plot_level,
    plot_value,
    resolution_for,
    worst,
)
from domain.monitoring_schemas import DeviceOut, DeviceThresholds, ReadingHistory, WarningOut
from domain.rules import is_night

LIVE_WINDOW_S = 600.0  # the live view shows the last ten minutes
BUFFER_CAPACITY = 7200  # points per metric kept in memory (two hours at one reading per second)
SILENCE_S = 60.0  # no reading for this long: the device is shown as silent
GAP_S = 120.0  # readings further apart than this are not joined by a line
Y_MARGIN = 0.15  # head room above and below the data when the value axis is refitted
Y_EDGE = 0.04  # ... which happens when the data comes this close to the frame
FOLLOW_STEP = 0.1  # share of the window the view jumps ahead when the newest reading reaches its edge

Range = tuple[float, float]
Points = tuple[np.ndarray, np.ndarray]


class RingBuffer:
    """Time-ordered (x, y) samples, the newest `capacity` kept; views are contiguous without copying.

    The storage is twice the capacity: appends go to the end, and only when the end is reached are the
    live samples moved back to the start (amortised O(1) per sample)."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self._x = np.empty(2 * capacity)
        self._y = np.empty(2 * capacity)
        self._start = 0
        self._end = 0

    def __len__(self) -> int:
        return self._end - self._start

    @property
    def x(self) -> np.ndarray:
        return self._x[self._start:self._end]

    @property
    def y(self) -> np.ndarray:
        return self._y[self._start:self._end]

    def extend(self, xs: np.ndarray, ys: np.ndarray) -> None:
        if not len(xs):
            return
        if len(self) and xs[0] <= self._x[self._end - 1]:  # late or repeated samples: merge in order
            xs, ys = _merged(self.x, self.y, xs, ys)
            self._start = self._end = 0
        xs, ys = xs[-self.capacity:], ys[-self.capacity:]
        n = len(xs)
        if self._end + n > len(self._x):
            keep = min(len(self), self.capacity - n)
            self._x[:keep] = self._x[self._end - keep:self._end]
            self._y[:keep] = self._y[self._end - keep:self._end]
            self._start, self._end = 0, keep
        self._x[self._end:self._end + n] = xs
        self._y[self._end:self._end + n] = ys
        self._end += n
        self._start = max(self._start, self._end - self.capacity)


def _merged(x1: np.ndarray, y1: np.ndarray, x2: np.ndarray, y2: np.ndarray) -> Points:
    xs = np.concatenate([x1, x2])
    ys = np.concatenate([y1, y2])
    order = np.argsort(xs, kind="stable")
    xs, ys = xs[order], ys[order]
    keep = np.ones(len(xs), dtype=bool)
    keep[:-1] = xs[1:] != xs[:-1]  # one value per timestamp (readings are idempotent per timestamp)
    return xs[keep], ys[keep]


def peak_downsampled(x: np.ndarray, y: np.ndarray, bins: int) -> Points:
    """(x, y) as they draw with about 2 * `bins` points: each run of points becomes its minimum and its
    maximum at the run's first time, so no peak is lost. The oldest `len(x) % run` points stay as they are
    (the newest ones are never folded away). Up to 4 points per bin are left alone: a few points per pixel
    rasterise faster than the zig-zag that replaces them."""
    run = len(x) // bins
    if run < 4:
        return x, y
    rest = len(x) % run
    xs = x[rest:].reshape(-1, run)[:, 0]
    ys = y[rest:].reshape(-1, run)
    peaks = np.empty((len(xs), 2))
    np.min(ys, axis=1, out=peaks[:, 0])
    np.max(ys, axis=1, out=peaks[:, 1])
    return np.concatenate([x[:rest], np.repeat(xs, 2)]), np.concatenate([y[:rest], peaks.ravel()])


def in_view(points: Points, view: Range, bins: int) -> Points:
    """The points inside a time range, plus one beyond each edge (so the line reaches the frame),
    peak-downsampled to about `bins` runs (one per pixel of the plot's width)."""
    x, y = points
    first = max(int(np.searchsorted(x, view[0])) - 1, 0)
    last = int(np.searchsorted(x, view[1], side="right")) + 1
    return peak_downsampled(x[first:last], y[first:last], max(bins, 1))


def gap_breaks(x: np.ndarray) -> np.ndarray | None:
    """Per point, whether the line goes on to the next one: False across a stretch without data longer than
    GAP_S. None when nothing is broken (a line through all points draws fastest)."""
    gaps = np.diff(x) > GAP_S
    if not gaps.any():
        return None
    connect = np.ones(len(x), dtype=bool)
    np.logical_not(gaps, out=connect[:-1])
    return connect


def followed_window(view: Range | None, now: float, window_s: float) -> Range | None:
    """The new time range when the newest moment `now` has left the followed `view`, else None: the range
    jumps a tenth of the window at a time (not every frame), so the time axis mostly stays still."""
    if view is not None and view[0] <= now <= view[1]:
        return None
    start = now - window_s * (1 - FOLLOW_STEP)
    return start, start + window_s


def fitted_values(y: np.ndarray, levels: Iterable[float], current: Range | None) -> Range | None:
    """The value range for the data `y` in view, or None while `current` still fits it: refitted only when
    the data nears the frame or shrinks well inside it (auto-ranging with every new point would re-render
    the axis every frame). The lowest threshold line stays in sight once the data comes near it."""
    if not len(y):
        return None
    low, high = float(y.min()), float(y.max())
    nearest = min(levels, default=None)
    if nearest is not None and nearest <= high * 1.5:
        high = max(high, nearest)
    span = max(high - low, abs(high) * 0.05, 1e-6)
    edge = span * Y_EDGE  # refit before the data (and its markers) touch the frame
    if current is not None and current[0] + edge <= low and high <= current[1] - edge \
            and current[1] - current[0] <= 3 * span:
        return None
    return low - span * Y_MARGIN, high + span * Y_MARGIN


@dataclass(frozen=True)
class Marker:
    ts: float
    value: float
    severity: Severity


class Liveness(Enum):
    """Whether a chart may look live, and if not, why."""

    LIVE = "live"
    LINK_DOWN = "link_down"  # the push stream is reconnecting
    NOTHING_YET = "nothing_yet"  # no reading since the chart opened
    SILENT = "silent"  # the device has said nothing for longer than the silence limit

    @property
    def is_stale(self) -> bool:
        return self is not Liveness.LIVE


class LiveSeries:
    """One device's data as a chart shows it: `metric` is the one on screen; every metric is kept."""

    def __init__(self, device: DeviceOut, *, silence_s: float = SILENCE_S, window_s: float = LIVE_WINDOW_S,
                 capacity: int = BUFFER_CAPACITY) -> None:
        self.device = device
        self.silence_s = silence_s
        self.window_s = window_s
        self.capacity = capacity
        self.metric = KIND_METRICS.get(device.kind, ("",))[0]
        self.rollup: ReadingHistory | None = None  # history coarser than raw, drawn below the live line
        self.last_arrival: float | None = None  # the clock time when the last reading arrived
        self.last_reading_ts: float | None = None
        self._buffers: dict[str, RingBuffer] = {}
        self._latest: dict[str, float] = {}
        self._levels: dict[str, dict[Severity, float]] = {}
        self._markers: dict[str, dict[tuple[int, int], Marker]] = {}

    # --- data in ---------------------------------------------------------------------------------

    def add_readings(self, readings: Sequence[LiveReading], now: float) -> set[str]:
        """Readings of this device arrived at `now`; returns the metrics they were of."""
        by_metric: dict[str, tuple[list[float], list[float]]] = {}
        for reading in readings:
            xs, ys = by_metric.setdefault(reading.metric, ([], []))
            xs.append(reading.ts)
            ys.append(reading.value)
        for metric, (xs, ys) in by_metric.items():
            x = np.asarray(xs, dtype=float)
            y = np.asarray(ys, dtype=float)
            if len(x) > 1 and np.any(np.diff(x) < 0):
                order = np.argsort(x, kind="stable")
                x, y = x[order], y[order]
            buffer = self._buffer(metric)
            buffer.extend(x, y)
            self._latest[metric] = float(buffer.y[-1])
        if readings:
            self.last_arrival = now
            newest = max(r.ts for r in readings)
            self.last_reading_ts = max(newest, self.last_reading_ts or newest)
        return set(by_metric)

    def set_thresholds(self, thresholds: DeviceThresholds, now: dt.datetime) -> None:
        """The limits the server holds this device to; noise gets the day or the night limits, whichever
        hold at `now` (in the province's time)."""
        local = now.astimezone(CHINA_TZ).time()
        period = "night" if is_night(local, thresholds.day_start, thresholds.night_start) else "day"
        for line in thresholds.lines:
            if line.period in ("", period):
                self._levels.setdefault(line.metric, {})[line.severity] = line.level

    def add_warnings(self, warnings: Iterable[WarningOut]) -> None:
        """Threshold levels and markers from the device's warnings (the API states the level reached in
        each warning; the region profile behind it is not exposed)."""
        for warning in warnings:
            if warning.device_id != self.device.id or not warning.metric:
                continue
            level = plot_level(warning, self.device)
            if level is not None:
                self._levels.setdefault(warning.metric, {})[warning.severity] = level
            value = plot_value(warning, self.device)
            if value is not None and warning.state.is_active:
                markers = self._markers.setdefault(warning.metric, {})
                markers[(warning.id, warning.count)] = Marker(warning.last_at.timestamp(), value, warning.severity)

    def add_history(self, history: ReadingHistory) -> bool:
        """History fetched for the shown metric: raw readings join the buffer, a rollup is kept as `rollup`.
        False when it is not for this chart's device and metric (any more)."""
        if history.device_id != self.device.id or history.metric != self.metric:
            return False
        if history.resolution != "raw":
            self.rollup = history
            return True
        xs, ys = history_points(history)
        self._buffer(history.metric).extend(xs, ys)
        if len(ys) and history.metric not in self._latest:
            self._latest[history.metric] = float(ys[-1])
            self.last_reading_ts = float(xs[-1])
            # A reading stored moments ago is as good as one pushed: not "nothing received" then.
            self.last_arrival = max(self.last_arrival or 0.0, float(xs[-1]))
        return True

    def choose(self, metric: str) -> bool:
        """Show another metric (its rollup is dropped); False when it is already shown."""
        if not metric or metric == self.metric:
            return False
        self.metric, self.rollup = metric, None
        return True

    # --- what there is to show -------------------------------------------------------------------

    def points(self, metric: str | None = None) -> Points:
        """A copy of a metric's buffered samples (the ring buffer moves its samples when it wraps)."""
        buffer = self._buffers.get(metric or self.metric)
        return (buffer.x.copy(), buffer.y.copy()) if buffer is not None else (np.empty(0), np.empty(0))

    def point_count(self, metric: str | None = None) -> int:
        buffer = self._buffers.get(metric or self.metric)
        return len(buffer) if buffer is not None else 0

    def latest(self, metric: str | None = None) -> float | None:
        return self._latest.get(metric or self.metric)

    def levels(self, metric: str | None = None) -> dict[Severity, float]:
        return dict(self._levels.get(metric or self.metric, {}))

    def markers(self, metric: str | None = None) -> list[Marker]:
        return list(self._markers.get(metric or self.metric, {}).values())

    def crossed(self, metric: str | None = None) -> Severity | None:
        """The most severe known level the latest value has reached, or None."""
        value = self.latest(metric)
        if value is None:
            return None
        levels = self._levels.get(metric or self.metric, {})
        return worst([severity for severity, level in levels.items() if abs(value) >= level])

    def value_range(self, since: float, current: Range | None) -> Range | None:
        """The value axis' new range for the shown metric's data after `since` (see `fitted_values`)."""
        buffer = self._buffers.get(self.metric)
        if buffer is None:
            return None
        visible = buffer.y[int(np.searchsorted(buffer.x, since)):]
        return fitted_values(visible, self._levels.get(self.metric, {}).values(), current)

    def liveness(self, now: float, link_up: bool) -> Liveness:
        if not link_up:
            return Liveness.LINK_DOWN
        if self.last_arrival is None:
            return Liveness.NOTHING_YET
        return Liveness.SILENT if now - self.last_arrival > self.silence_s else Liveness.LIVE

    def silent_for(self, now: float) -> float:
        return now - self.last_arrival if self.last_arrival is not None else 0.0

    def history_wanted(self, view: Range, now: float) -> HistoryRequest | None:
        """The stretch of the shown metric to fetch for a time range on screen, or None when the buffer
        (and the rollup already fetched) cover it."""
        start, end = view[0], min(view[1], now)
        if end <= start:
            return None
        buffer = self._buffers.get(self.metric)
        covered_from = float(buffer.x[0]) if buffer is not None and len(buffer) else now
        rollup = self.rollup
        if start >= covered_from or (rollup is not None and rollup.start.timestamp() <= start
                                     and rollup.end.timestamp() >= min(end, covered_from)):
            return None
        return HistoryRequest(self.device.id, self.metric, dt.datetime.fromtimestamp(start, dt.UTC),
                              dt.datetime.fromtimestamp(end, dt.UTC), resolution_for(dt.timedelta(seconds=end - start)))

    def _buffer(self, metric: str) -> RingBuffer:
        buffer = self._buffers.get(metric)
        if buffer is None:
            buffer = self._buffers[metric] = RingBuffer(self.capacity)
        return buffer


def history_points(history: ReadingHistory) -> Points:
    count = len(history.points)
    return (np.fromiter((p.ts.timestamp() for p in history.points), dtype=float, count=count),
            np.fromiter((p.value for p in history.points), dtype=float, count=count))


def severity_band(severity: Severity) -> str:
    """"alarm" for major and critical, else "warning": the two threshold lines and value colours."""
    return "alarm" if SEVERITY_RANK[severity] > 2 else "warning"
