"""A server-sent-events client without Qt: parses `id:`/`event:`/`data:`, resumes with Last-Event-ID,
reconnects by itself with exponential backoff, and never blocks longer than its timeouts.

`SseStream.run` is a blocking loop meant for one background thread; `stop` and `reconnect` may be called
from any other thread. They shut the open socket down, which wakes a read blocked in the kernel at once,
so a logout or an exit never waits for the next keep-alive.

A session the server ended (the token was revoked by a logout or password change, or expired) ends the
loop in the final state `REVOKED` with the reason as an `AuthenticationError`: reconnecting with a dead
token can never succeed, and the user must be told, not left looking at a stream that silently stopped.
"""

from __future__ import annotations

import contextlib
import json
import logging
import random
import socket
import threading
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import requests

from services.errors import AuthenticationError, api_error_for

log = logging.getLogger(__name__)

# The server sends a keep-alive comment every 15 s, so a read that sees nothing for 35 s means a dead peer.
STREAM_TIMEOUT = (5.0, 35.0)
BACKOFF_START_S = 0.5
BACKOFF_MAX_S = 30.0
REVOKED_EVENT = "revoked"  # the server's last event on a stream whose token stopped authenticating


@dataclass(frozen=True)
class SseEvent:
    id: str | None
    event: str
    data: str


class SseParser:
    """Line-by-line parser of the text/event-stream format (WHATWG HTML, "server-sent events")."""

    def __init__(self) -> None:
        self.last_event_id: str | None = None
        self.retry_ms: int | None = None
        self._event = ""
        self._data: list[str] = []
        self._id: str | None = None

    def feed(self, line: str) -> SseEvent | None:
        """One line without its terminator; returns the event an empty line completes."""
        if not line:
            return self._dispatch()
        if line.startswith(":"):
            return None
        name, colon, value = line.partition(":")
        if colon and value.startswith(" "):
            value = value[1:]
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id" and "\0" not in value:
            self._id = value
        elif name == "retry" and value.isdigit():
            self.retry_ms = int(value)
        return None

    def _dispatch(self) -> SseEvent | None:
        if self._id is not None:
            self.last_event_id = self._id
        event = SseEvent(id=self._id, event=self._event or "message", data="\n".join(self._data)) \
            if self._data else None
        self._event, self._data, self._id = "", [], None
        return event


class StreamState(StrEnum):
    CONNECTING = "connecting"
    CONNECTED = "connected"
    DISCONNECTED = "disconnected"  # lost; a reconnect is scheduled
    STOPPED = "stopped"
    REVOKED = "revoked"  # final: the server ended the session (see `SseStream.session_error`); not retried


def backoff_delays(start: float = BACKOFF_START_S, cap: float = BACKOFF_MAX_S) -> Iterator[float]:
    """Exponential with full jitter, so a restarted server is not hit by every client in the same second."""
    delay = start
    while True:
        yield random.uniform(delay / 2, delay)
        delay = min(cap, delay * 2)


Target = Callable[[], tuple[str, dict[str, str]]]  # (url, headers), asked afresh on every connect


class SseStream:
    """One logical event stream over many HTTP connections.

    `target` gives the URL and headers (the API client's `stream_url`, so a new token is picked up);
    `params` (query parameters) may be changed with `reconnect(params)` while running: the stream then
    reconnects at once and resumes after the last event it delivered.
    """

    def __init__(self, target: Target, *, params: dict[str, str] | None = None, last_event_id: str | None = None,
                 timeout: tuple[float, float] = STREAM_TIMEOUT) -> None:
        self._target = target
        self._params = dict(params or {})
        self._timeout = timeout
        self.last_event_id = last_event_id
        self.session_error: AuthenticationError | None = None  # why the server ended the session, once it has
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._response: requests.Response | None = None
        self._wake = threading.Event()

    # --- control, from any thread ----------------------------------------------------------------

    def stop(self) -> None:
        self._stopping.set()
        self._wake.set()
        self._abort_connection()

    def reconnect(self, params: dict[str, str] | None = None) -> None:
        """Drop the current connection and open a new one now (with new query parameters if given)."""
        with self._lock:
            if params is not None:
                self._params = dict(params)
        self._wake.set()
        self._abort_connection()

    @property
    def stopped(self) -> bool:
        return self._stopping.is_set()

    # --- the loop, in one background thread ------------------------------------------------------

    def run(self, on_event: Callable[[SseEvent], None], on_state: Callable[[StreamState], None]) -> None:
        """Deliver events until `stop()`; reconnect with backoff after any failure. A `revoked` event or an
        authentication failure (401) ends the loop in state REVOKED: retrying a dead token cannot succeed."""
        delays = backoff_delays()
        try:
            while not self._stopping.is_set():
                on_state(StreamState.CONNECTING)
                try:
                    with contextlib.closing(self._connection(lambda: on_state(StreamState.CONNECTED))) as events:
                        for event in events:
                            delays = backoff_delays()  # data flowed: the next failure starts the backoff afresh
                            if event.event == REVOKED_EVENT:
                                raise _revocation(event)
                            on_event(event)
                    failure = "closed by the server"
                except AuthenticationError as exc:
                    log.warning("event stream: the server ended the session (%s); not retrying", exc.code)
                    self.session_error = exc
                    return
                except (requests.RequestException, OSError, ValueError) as exc:
                    failure = type(exc).__name__
                except Exception as exc:  # e.g. an ApiError answer: keep retrying, the server may recover
                    failure = str(exc)
                if self._stopping.is_set():
                    return
                on_state(StreamState.DISCONNECTED)
                woken = self._wake.is_set()
                self._wake.clear()
                if not woken:  # an asked-for reconnect goes at once; a failure waits
                    delay = next(delays)
                    log.info("event stream lost (%s); reconnecting in %.1f s", failure, delay)
                    self._wake.wait(delay)
                    self._wake.clear()
        finally:
            on_state(StreamState.STOPPED if self.session_error is None else StreamState.REVOKED)

    def _connection(self, on_open: Callable[[], None]) -> Generator[SseEvent, None, None]:
        url, headers = self._target()
        with self._lock:
            params = dict(self._params)
        if self.last_event_id is not None:
            headers = {**headers, "Last-Event-ID": self.last_event_id}
        response = requests.get(url, params=params, headers=headers, stream=True, timeout=self._timeout)
        with self._lock:
            self._response = response
        try:
            if self._stopping.is_set() or self._wake.is_set():
                return
            if response.status_code >= 400:
                raise _stream_error(response)
            parser = SseParser()
            # chunk_size=None (lines as bytes arrive) goes to iter_content, which takes it; typed int here
            lines = response.iter_lines(chunk_size=None, decode_unicode=False)  # type: ignore[call-overload]
            for number, raw in enumerate(lines):
                if number == 0:
                    # Connected at the first line, not at the headers: the server subscribes before it writes
                    # anything, so from now on no event is missed (even without a Last-Event-ID to resume).
                    on_open()
                event = parser.feed(raw.decode("utf-8", errors="replace"))
                if event is not None:
                    if parser.last_event_id is not None:
                        self.last_event_id = parser.last_event_id
                    yield event
        finally:
            with self._lock:
                self._response = None
            response.close()

    def _abort_connection(self) -> None:
        with self._lock:
            response = self._response
        if response is None:
            return
        connection: Any = getattr(response.raw, "connection", None)
        sock = getattr(connection, "sock", None)
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)  # wakes the reader blocked in recv()


def _revocation(event: SseEvent) -> AuthenticationError:
    try:
        body = json.loads(event.data)
    except ValueError:
        body = {}
    if not isinstance(body, dict):
        body = {}
    return AuthenticationError(401, str(body.get("code") or "token_revoked"),
                               str(body.get("detail") or "the server ended the session"))


def _stream_error(response: requests.Response) -> Exception:
    try:
        body = response.json()
    except ValueError:
        body = {}
    return api_error_for(response.status_code, str(body.get("code") or f"http_{response.status_code}"),
                         str(body.get("detail") or response.reason))
