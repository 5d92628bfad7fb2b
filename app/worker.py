"""The one background-worker helper: run blocking calls (HTTP) off the GUI thread.

A job is a plain callable executed by a QRunnable in a QThreadPool. Its outcome travels back
through the signals of a small QObject created in (and therefore living in) the GUI thread; the
signals are queued-connected to that object's own slots, which then call the given callbacks. So
callbacks always run in the GUI thread and no Python callable is ever connected across threads.

A callback that is a method of a QObject (a dialog, a tab) is not called once that object has been
deleted: a view closed with WA_DeleteOnClose while its request is in flight simply loses the answer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

ResultCallback = Callable[[Any], None]
ErrorCallback = Callable[[Exception], None]


def receiver_of(callback: Callable[..., Any]) -> QObject | None:
    """The QObject whose method `callback` is (through any functools.partial), or None."""
    while isinstance(callback, partial):
        callback = callback.func
    owner = getattr(callback, "__self__", None)
    return owner if isinstance(owner, QObject) else None


class _Delivery(QObject):
    """GUI-thread end of one job: receives the outcome and hands it to the callbacks."""

    sig_job_succeeded = Signal(object)
    sig_job_failed = Signal(object)

    def __init__(self, worker: Worker, channel: str | None, on_result: ResultCallback,
                 on_error: ErrorCallback) -> None:
        super().__init__(worker)
        self._worker = worker
        self.channel = channel
        self._on_result = on_result
        self._on_error = on_error
        self._receivers = [r for r in (receiver_of(on_result), receiver_of(on_error)) if r is not None]
        self.sig_job_succeeded.connect(self._deliver_result, Qt.ConnectionType.QueuedConnection)
        self.sig_job_failed.connect(self._deliver_error, Qt.ConnectionType.QueuedConnection)

    def _receivers_alive(self) -> bool:
        return all(shiboken6.isValid(r) for r in self._receivers)

    @Slot(object)
    def _deliver_result(self, result: object) -> None:
        if self._worker._finish(self) and self._receivers_alive():
            self._on_result(result)

    @Slot(object)
    def _deliver_error(self, error: object) -> None:
        if self._worker._finish(self) and self._receivers_alive():
            assert isinstance(error, Exception)
            self._on_error(error)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], delivery: _Delivery) -> None:
        super().__init__()
        self._fn = fn
        self._delivery = delivery

    def run(self) -> None:  # pool thread
        try:
            result = self._fn()
        except Exception as exc:  # every failure must reach the GUI as a value, never as a traceback
            log.debug("background job failed", exc_info=True)
            self._delivery.sig_job_failed.emit(exc)
        else:
            self._delivery.sig_job_succeeded.emit(result)


class Worker(QObject):
    """Submit callables to a thread pool and get their results as GUI-thread callbacks.

    Jobs may name a *channel*: a newer job on the same channel supersedes older ones, whose results
    are dropped. That is what a search box typing ahead of the server needs ("latest wins").
    """

    sig_busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 4) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._pending: set[_Delivery] = set()
        self._latest: dict[str, _Delivery] = {}

    @property
    def is_busy(self) -> bool:
        return bool(self._pending)

    def submit(self, fn: Callable[[], Any], on_result: ResultCallback, on_error: ErrorCallback, *,
               channel: str | None = None) -> None:
        """Run ``fn()`` in the pool; call ``on_result(value)`` or ``on_error(exc)`` in the GUI thread.

        ``on_error`` is required: a failure nobody handles would vanish without a word. When a callback
        is a method of a QObject that is deleted by the time the job ends, the outcome is dropped.
        """
        delivery = _Delivery(self, channel, on_result, on_error)
        was_busy = self.is_busy
        self._pending.add(delivery)
        if channel is not None:
            self._latest[channel] = delivery
        if not was_busy:
            self.sig_busy_changed.emit(True)
        self._pool.start(_Job(fn, delivery))

    def wait_for_done(self, msecs: int = 5000) -> bool:
        """Block until running jobs finish (at shutdown, so no thread outlives the application)."""
        return self._pool.waitForDone(msecs)

    def _finish(self, delivery: _Delivery) -> bool:
        """Retire a delivered job; True when its outcome is still wanted."""
        self._pending.discard(delivery)
        delivery.deleteLater()
        wanted = delivery.channel is None or self._latest.get(delivery.channel) is delivery
        if wanted and delivery.channel is not None:
            del self._latest[delivery.channel]
        if not self._pending:
            self.sig_busy_changed.emit(False)
        return wanted
