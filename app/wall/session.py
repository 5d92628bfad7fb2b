"""The wall's unattended session: opened from the wall's credential, renewed before the token expires and
whenever a request or the push stream says the token no longer works. A refusal of the credential itself
(revoked, unknown) is final: it is reported, never retried with the same credential."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal

from app.worker import Worker
from domain.schemas import TokenOut
from services.api_client import ApiClient

log = logging.getLogger(__name__)

RENEW_AT_FRACTION = 0.8  # renew when 80 % of the token's lifetime has passed
MIN_RENEW_DELAY_S = 5.0
MAX_TIMER_MS = 2**31 - 1


class WallSession(QObject):
    sig_opened = Signal(object)  # TokenOut
    sig_failed = Signal(object)  # the exception: the controller words it (app.error_text) and decides

    def __init__(self, api: ApiClient, worker: Worker, credential: str, parent: QObject | None = None, *,
                 now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC)) -> None:
        super().__init__(parent)
        self._api = api
        self._worker = worker
        self.credential = credential
        self._now = now
        self.token: TokenOut | None = None
        self.renewals = 0  # sessions opened after the first (tests and the soak count them)
        self.opening = False
        self._renew_timer = QTimer(self)
        self._renew_timer.setSingleShot(True)
        self._renew_timer.timeout.connect(self.open)

    def open(self) -> None:
        """Open (or renew) the session; a second call while one is under way is ignored."""
        if self.opening:
            return
        self.opening = True
        self._worker.submit(partial(self._api.wall_session, self.credential), self._on_token, self._on_failure,
                            channel="wall-session")

    def stop(self) -> None:
        self._renew_timer.stop()

    @property
    def renewal_due_in_s(self) -> float | None:
        return self._renew_timer.remainingTime() / 1000 if self._renew_timer.isActive() else None

    def _on_token(self, token: TokenOut) -> None:
        self.opening = False
        if self.token is not None:
            self.renewals += 1
        self.token = token
        # The lifetime by the server's clock when it says when it issued the token: a wall whose own clock is
        # off (no NTP in the control room) would otherwise renew far too late, or every few seconds.
        lifetime = (token.expires_at - (token.issued_at or self._now())).total_seconds()
        delay = max(MIN_RENEW_DELAY_S, lifetime * RENEW_AT_FRACTION)
        self._renew_timer.start(min(MAX_TIMER_MS, int(delay * 1000)))
        log.info("wall session open until %s; renewing in %.0f s", token.expires_at.isoformat(), delay)
        self.sig_opened.emit(token)

    def _on_failure(self, error: Exception) -> None:
        self.opening = False
        self.sig_failed.emit(error)
