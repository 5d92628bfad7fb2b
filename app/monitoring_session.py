"""What the monitoring controllers of one session share: the monitoring API, the one worker, the push
stream, the charts' redraw clock and the device limits already fetched; and the end of the session, after
which late answers are dropped."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal

from app.error_text import describe_error
from app.stream_worker import StreamWorker
from app.worker import Worker, receiver_of
from domain.monitoring_live import HistoryRequest
from domain.monitoring_schemas import DeviceThresholds, ReadingHistory
from services.api_client import ApiClient
from services.monitoring_client import MonitoringClient
from services.monitoring_workflows import thresholds_of
from widgets.live_chart import RedrawClock

ApplyThresholds = Callable[[list[DeviceThresholds]], None]


def alive(callback: Callable[..., Any]) -> bool:
    """False once the QObject whose method `callback` is has been deleted (a closed tab)."""
    receiver = receiver_of(callback)
    return receiver is None or shiboken6.isValid(receiver)


class MonitoringSession(QObject):
    sig_error = Signal(str)  # a failed request, in words

    def __init__(self, api: ApiClient, worker: Worker, parent: QObject | None = None, *,
                 clock: RedrawClock | None = None) -> None:
        super().__init__(parent)
        self.api = api
        self.client = MonitoringClient(api)
        self.worker = worker
        self.stream = StreamWorker(self.client, self)
        self.clock = clock or RedrawClock(self)  # the window's, when it already shows charts (the grid)
        self.ended = False
        self._thresholds: dict[int, DeviceThresholds] = {}  # device id -> its limits (they rarely change)

    def end(self) -> None:
        """Logout or exit: close the stream and join its thread; late results are ignored."""
        self.ended = True
        self.stream.stop()
        self.clock.timer.stop()

    def submit(self, fn: Callable[[], Any], on_result: Callable[[Any], None], *, channel: str | None = None) -> None:
        """Run `fn` in the worker; its result goes to `on_result` unless the session ended or the object
        `on_result` belongs to was deleted; a failure becomes `sig_error`."""
        def deliver(result: object) -> None:
            if not self.ended and alive(on_result):
                on_result(result)
        self.worker.submit(fn, deliver, self._on_failure, channel=channel)

    def watch(self, key: str, device_ids: Iterable[int]) -> None:
        """Stream readings of these devices on behalf of `key` (a view); an empty set stops it."""
        if not self.ended and shiboken6.isValid(self.stream):
            self.stream.watch(key, device_ids)

    def fetch_history(self, request: HistoryRequest, show: Callable[[ReadingHistory], None], key: str) -> None:
        fetch = partial(self.client.history, request.device_id, request.metric, request.start, request.end,
                        request.resolution)
        self.submit(fetch, show, channel=f"history-{key}-{request.device_id}")

    def load_thresholds(self, device_ids: list[int], apply: ApplyThresholds, channel: str) -> None:
        """Hand `apply` the limits of these devices: the known ones at once, the others from the server."""
        known = [self._thresholds[d] for d in device_ids if d in self._thresholds]
        if known:
            apply(known)
        missing = [d for d in device_ids if d not in self._thresholds]
        if missing:
            self.submit(partial(thresholds_of, self.client, missing), partial(self._on_thresholds, apply),
                        channel=channel)

    def _on_thresholds(self, apply: ApplyThresholds, thresholds: list[DeviceThresholds]) -> None:
        self._thresholds.update((t.device_id, t) for t in thresholds)
        if alive(apply):
            apply(thresholds)

    def _on_failure(self, error: Exception) -> None:
        if not self.ended:
            self.sig_error.emit(describe_error(error))
