"""The push stream in a QThread: events reach GUI-thread objects as signals; reconnects by itself.

The blocking SSE loop (services.stream_client) runs in its own QThread, never in the GUI thread. Its
signals are queued-connected to slots of `StreamWorker`, which lives in the GUI thread and re-emits
typed events there. Views ask to watch devices under a key of their own; the worker streams the union
and reconnects (resuming after the last event, so nothing is lost) when the union changes.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot

from domain.monitoring_live import ReadingsPushed, WarningPushed
from services.errors import ClientError
from services.monitoring_client import MonitoringClient, parse_push, stream_params
from services.stream_client import SseEvent, SseStream, StreamState

log = logging.getLogger(__name__)
SHUTDOWN_WAIT_MS = 5000


class _StreamThread(QThread):
    sig_event_received = Signal(object)
    sig_state_changed = Signal(str)
    sig_session_ended = Signal(object)  # AuthenticationError

    def __init__(self, stream: SseStream, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("push-stream")
        self._stream = stream

    def run(self) -> None:  # the stream's thread
        self._stream.run(self._deliver, self._state)

    def _deliver(self, event: SseEvent) -> None:
        try:
            parsed = parse_push(event)
        except ClientError:
            log.warning("ignoring a push event this client cannot read", exc_info=True)
            return
        if parsed is not None:
            self.sig_event_received.emit(parsed)

    def _state(self, state: StreamState) -> None:
        if state is StreamState.REVOKED:
            self.sig_session_ended.emit(self._stream.session_error)
        self.sig_state_changed.emit(state.value)


class StreamWorker(QObject):
    """GUI-thread face of the push stream."""

    sig_readings_received = Signal(object)  # ReadingsPushed
    sig_warning_changed = Signal(object)  # WarningPushed
    sig_connection_changed = Signal(bool)
    sig_session_revoked = Signal(object)  # AuthenticationError: the server ended the session; the stream stopped

    def __init__(self, client: MonitoringClient, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._client = client
        self._watches: dict[str, frozenset[int]] = {}
        self._stream: SseStream | None = None
        self._thread: _StreamThread | None = None
        self._connected = False
        self._revoked = False
        self.last_event_id: str | None = None
        application = QCoreApplication.instance()
        if application is not None:  # however the event loop ends, no thread may outlive it
            application.aboutToQuit.connect(self.stop)

    # --- lifecycle ---------------------------------------------------------------------------------

    @property
    def is_running(self) -> bool:
        return self._thread is not None

    @property
    def is_connected(self) -> bool:
        return self._connected

    @property
    def is_revoked(self) -> bool:
        """The server ended the stream's session: it stopped and needs `stop()` and `start()` again."""
        return self._revoked

    def reconnect(self) -> bool:
        """Reconnect now, e.g. with a renewed token (the target is asked afresh), resuming after the last event
        delivered. False when there is no live stream to reconnect (not started, or revoked)."""
        if self._stream is None or self._revoked:
            return False
        self._stream.reconnect()
        self._set_connected(False)
        return True

    @property
    def is_stale(self) -> bool:
        """True while the stream is not connected: what is on screen may be out of date."""
        return not self._connected

    def start(self) -> None:
        if self._thread is not None:
            return
        self._revoked = False
        self._stream = SseStream(self._client.stream_target, params=stream_params(self.watched()),
                                 last_event_id=self.last_event_id)
        thread = _StreamThread(self._stream, self)
        thread.sig_event_received.connect(self._on_event, Qt.ConnectionType.QueuedConnection)
        thread.sig_state_changed.connect(self._on_state, Qt.ConnectionType.QueuedConnection)
        thread.sig_session_ended.connect(self._on_session_ended, Qt.ConnectionType.QueuedConnection)
        self._thread = thread
        thread.start()

    @Slot()
    def stop(self) -> None:
        """Close the connection and join the thread (logout, exit); the resume point is kept."""
        stream, thread = self._stream, self._thread
        self._stream = self._thread = None
        if stream is None or thread is None:
            return
        stream.stop()
        if not thread.wait(SHUTDOWN_WAIT_MS):
            log.warning("the push stream thread did not stop within %d ms", SHUTDOWN_WAIT_MS)
        self.last_event_id = stream.last_event_id
        self._set_connected(False)

    # --- what to watch -----------------------------------------------------------------------------

    def watch(self, key: str, device_ids: Iterable[int]) -> bool:
        """Receive readings of `device_ids` on behalf of `key` (replaces that key's earlier set). True when
        the stream reconnects for it: it resumes after the last event delivered, so nothing is lost, but it
        reports itself disconnected until the new connection is up."""
        before = self.watched()
        ids = frozenset(device_ids)
        if ids:
            self._watches[key] = ids
        else:
            self._watches.pop(key, None)
        if self.watched() != before and self._stream is not None:
            self._stream.reconnect(stream_params(self.watched()))
            self._set_connected(False)  # not live for the new devices until the new connection is up
            return True
        return False

    def watched(self) -> frozenset[int]:
        return frozenset().union(*self._watches.values())

    # --- from the stream thread --------------------------------------------------------------------

    @Slot(object)
    def _on_event(self, event: object) -> None:
        if self._thread is None:
            return  # stopped: late events of the old connection are dropped
        if isinstance(event, ReadingsPushed):
            self.last_event_id = str(event.event_id)
            self.sig_readings_received.emit(event)
        elif isinstance(event, WarningPushed):
            self.last_event_id = str(event.event_id)
            self.sig_warning_changed.emit(event)

    @Slot(object)
    def _on_session_ended(self, error: object) -> None:
        if self._thread is not None:
            self._revoked = True
            self.sig_session_revoked.emit(error)

    @Slot(str)
    def _on_state(self, state: str) -> None:
        if self._thread is None:
            return
        self._set_connected(state == StreamState.CONNECTED.value)

    def _set_connected(self, connected: bool) -> None:
        if connected != self._connected:
            self._connected = connected
            self.sig_connection_changed.emit(connected)
