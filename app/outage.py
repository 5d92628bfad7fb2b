"""What the session's link to the server is, honestly: "connected" only while the push stream (the data
channel) is up, not merely while /health answers; when what is on screen went stale, and since when; and
the one moment after an outage at which everything that came from the server is loaded again.

Inputs are the stream's connection changes and the health checks' outcomes; outputs are signals the
session controller turns into the status bar, the stale banner and one reload per outage. No widgets,
no requests: the controller runs the health probes and the reload.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QObject, QTimer, Signal, Slot

# A stream that stays down this long is an outage even while /health answers (a stream the server refuses,
# a proxy that cuts it). Shorter drops (the stream reconnecting for a new set of watched devices) are not.
STALE_GRACE_MS = 10_000


class LinkState(StrEnum):
    CONNECTING = "connecting"  # the session started; the stream has not connected yet
    CONNECTED = "connected"  # the stream is up and the server answers
    RECONNECTING = "reconnecting"  # the stream or the server was lost; retrying by itself
    ENDED = "ended"  # the session is over (logged out, or ended by the server)


@dataclass(frozen=True)
class LinkStatus:
    state: LinkState
    since: dt.datetime | None = None  # RECONNECTING: when the link was lost


class _Reload(StrEnum):
    NONE = "none"
    RUNNING = "running"
    DONE = "done"


class OutageWatch(QObject):
    """Turns stream and health events into the link status, the stale mark and one reload per outage.

    An outage is confirmed by a health check that cannot reach the server, or by the stream staying down
    for `grace_ms`. Its reload starts when the server is back (the stream connects, or a health check
    answers); the stale mark goes once that reload is done and the stream is connected again.
    """

    sig_status_changed = Signal(object)  # LinkStatus
    sig_stale_changed = Signal(object)  # datetime: stale since then; None: fresh again
    sig_probe_wanted = Signal()  # check /health now (the stream just dropped)
    sig_reload_wanted = Signal()  # an outage is over: load everything from the server again, once

    def __init__(self, parent: QObject | None = None, *, grace_ms: int = STALE_GRACE_MS,
                 now: Callable[[], dt.datetime] = dt.datetime.now) -> None:
        super().__init__(parent)
        self._now = now
        self._stream_up = False
        self._was_up = False
        self._health_failing = False
        self._down_since: dt.datetime | None = None
        self._stale_since: dt.datetime | None = None
        self._reload = _Reload.NONE
        self._ended = False
        self._status = LinkStatus(LinkState.CONNECTING)
        self._grace = QTimer(self)
        self._grace.setSingleShot(True)
        self._grace.setInterval(grace_ms)
        self._grace.timeout.connect(self._confirm_outage)

    @property
    def status(self) -> LinkStatus:
        return self._status

    @property
    def stale_since(self) -> dt.datetime | None:
        return self._stale_since

    @property
    def in_outage(self) -> bool:
        return self._stale_since is not None

    # --- inputs -------------------------------------------------------------------------------------

    @Slot(bool)
    def stream_changed(self, connected: bool) -> None:
        if self._ended or connected == self._stream_up:
            return
        self._stream_up = connected
        if connected:
            self._was_up = True
            self._grace.stop()
            if self._stale_since is not None:
                self._recover()
        else:
            self._lost()
            self._grace.start()
            self.sig_probe_wanted.emit()
        self._publish()

    def health_ok(self) -> None:
        if self._ended:
            return
        self._health_failing = False
        if self._stale_since is not None:
            self._recover()
        self._publish()

    def health_failed(self) -> None:
        """The server cannot be reached (not: it answered with an error)."""
        if self._ended:
            return
        self._health_failing = True
        self._lost()
        self._reload = _Reload.NONE  # a reload running now fails; one done already is out of date again
        self._confirm_outage()
        self._publish()

    def reload_done(self) -> None:
        if self._ended or self._reload is not _Reload.RUNNING:
            return
        self._reload = _Reload.DONE
        self._settle()

    def reload_failed(self) -> None:
        """The next sign of the server (a health check, the stream) tries again."""
        if self._reload is _Reload.RUNNING:
            self._reload = _Reload.NONE

    def end(self) -> None:
        self._ended = True
        self._grace.stop()
        self._status = LinkStatus(LinkState.ENDED)
        self.sig_status_changed.emit(self._status)

    # --- the rules ----------------------------------------------------------------------------------

    def _lost(self) -> None:
        if self._down_since is None:
            self._down_since = self._now()

    @Slot()
    def _confirm_outage(self) -> None:
        if self._ended or self._stale_since is not None or (self._stream_up and not self._health_failing):
            return
        self._stale_since = self._down_since or self._now()
        self.sig_stale_changed.emit(self._stale_since)

    def _recover(self) -> None:
        if self._reload is _Reload.NONE:
            self._reload = _Reload.RUNNING
            self.sig_reload_wanted.emit()
        else:
            self._settle()

    def _settle(self) -> None:
        if self._reload is _Reload.DONE and self._stream_up and not self._health_failing:
            self._reload = _Reload.NONE
            self._stale_since = None
            self.sig_stale_changed.emit(None)

    def _publish(self) -> None:
        if self._stream_up and not self._health_failing:
            self._down_since = None
            status = LinkStatus(LinkState.CONNECTED)
        elif not self._was_up and self._stale_since is None and not self._health_failing:
            status = LinkStatus(LinkState.CONNECTING)
        else:
            status = LinkStatus(LinkState.RECONNECTING, self._down_since)
        if status != self._status:
            self._status = status
            self.sig_status_changed.emit(status)
