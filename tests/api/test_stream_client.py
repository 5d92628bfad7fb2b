"""The SSE wire format and the push-event parsing of the client (no server, no Qt)."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from domain.monitoring_live import ReadingsPushed, WarningPushed
from services.errors import AuthenticationError, ResponseFormatError
from services.monitoring_client import parse_push
from services.stream_client import SseEvent, SseParser, SseStream, StreamState, backoff_delays


def feed(lines: list[str]) -> tuple[list[SseEvent], SseParser]:
    parser = SseParser()
    events = [event for line in lines if (event := parser.feed(line)) is not None]
    return events, parser


def test_parser_follows_the_event_stream_format():
    events, parser = feed([": connected", "retry: 2000", "", "id: 7", "event: readings", "data: {\"a\":", "data: 1}",
                           "", ": ping", "", "data:no-space", "", "id: 9", "event: warning", "data: x", ""])
    assert events == [SseEvent("7", "readings", '{"a":\n1}'), SseEvent(None, "message", "no-space"),
                      SseEvent("9", "warning", "x")]
    assert parser.last_event_id == "9" and parser.retry_ms == 2000


def test_parser_keeps_the_last_id_across_events_without_one():
    events, parser = feed(["id: 3", "data: a", "", "data: b", ""])
    assert [e.id for e in events] == ["3", None]
    assert parser.last_event_id == "3"


def test_backoff_grows_to_its_cap_with_jitter():
    delays = list(itertools.islice(backoff_delays(0.5, 4.0), 8))
    assert 0.25 <= delays[0] <= 0.5
    assert all(2.0 <= d <= 4.0 for d in delays[4:])


def _warning(**changes: object) -> dict:
    now = dt.datetime(2026, 11, 25, 10, tzinfo=dt.UTC).isoformat()
    body = dict(id=5, device_id=2, device_code="TC-1", project_id=3, type="crane_load", severity="warning",
                state="active_unack", metric="load_t", value=95.0, peak=95.0, threshold=90.0, message="load 95 %",
                count=1, first_at=now, last_at=now, cleared_at=None, acked_at=None, acked_by=None, ack_comment="")
    return {**body, **changes}


def test_push_events_parse_to_typed_values():
    readings = parse_push(SseEvent("11", "readings", json.dumps(
        {"device_id": 2, "project_id": 3, "count": 1,
         "readings": [{"metric": "noise", "ts": "2026-11-25T10:00:00+00:00", "value": 61.5}]})))
    assert isinstance(readings, ReadingsPushed) and readings.event_id == 11
    assert readings.readings[0].ts == dt.datetime(2026, 11, 25, 10, tzinfo=dt.UTC).timestamp()
    warning = parse_push(SseEvent("12", "warning", json.dumps({**_warning(), "change": "raise"})))
    assert isinstance(warning, WarningPushed) and warning.change == "raise" and warning.warning.id == 5
    assert parse_push(SseEvent("13", "something-new", "{}")) is None
    with pytest.raises(ResponseFormatError):
        parse_push(SseEvent("14", "readings", "{not json"))


# --- a session the server ends (issue 12, finding 5) -------------------------------------------------------------

class _Canned(BaseHTTPRequestHandler):
    """Answers every GET with the server's canned (status, body) and counts the requests."""

    answer: tuple[int, bytes] = (200, b"")
    requests = 0

    def do_GET(self) -> None:
        type(self).requests += 1
        status, body = self.answer
        self.send_response(status)
        self.send_header("Content-Type", "text/event-stream" if status == 200 else "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def canned() -> Iterator[tuple[str, type[_Canned]]]:
    handler = type("Handler", (_Canned,), {"requests": 0})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/api/v1/stream", handler
    finally:
        server.shutdown()
        server.server_close()


def run_until_done(url: str) -> tuple[SseStream, list[SseEvent], list[StreamState]]:
    stream = SseStream(lambda: (url, {"Authorization": "Bearer x"}), timeout=(5.0, 10.0))
    events: list[SseEvent] = []
    states: list[StreamState] = []
    worker = threading.Thread(target=stream.run, args=(events.append, states.append), daemon=True)
    worker.start()
    worker.join(20)
    if worker.is_alive():
        stream.stop()
        raise AssertionError(f"the stream kept reconnecting: {states}")
    return stream, events, states


def test_a_revoked_event_ends_the_stream_with_the_servers_reason(canned) -> None:
    url, handler = canned
    detail = "the session was ended (logout or password change): log in again"
    handler.answer = (200, (": connected\n\nid: 4\nevent: warning\ndata: {}\n\n"
                            f"event: revoked\ndata: {json.dumps({'code': 'token_revoked', 'detail': detail})}\n\n")
                      .encode())
    stream, events, states = run_until_done(url)
    assert [e.event for e in events] == ["warning"]  # the end is a state, not an event for the views
    assert states[-1] is StreamState.REVOKED and StreamState.DISCONNECTED not in states
    assert isinstance(stream.session_error, AuthenticationError)
    assert (stream.session_error.code, stream.session_error.detail) == ("token_revoked", detail)
    assert stream.last_event_id == "4" and handler.requests == 1


def test_a_token_refused_at_reconnect_is_said_plainly_not_retried(canned) -> None:
    url, handler = canned
    handler.answer = (401, json.dumps({"detail": "token is invalid, expired or revoked",
                                       "code": "invalid_token"}).encode())
    stream, events, states = run_until_done(url)
    assert events == [] and states == [StreamState.CONNECTING, StreamState.REVOKED]
    assert isinstance(stream.session_error, AuthenticationError) and stream.session_error.code == "invalid_token"
    assert handler.requests == 1


def test_a_stream_stopped_by_the_client_is_not_revoked(canned) -> None:
    url, handler = canned
    handler.answer = (200, b": connected\n\n")  # closes at once: the client reconnects until stopped
    stream = SseStream(lambda: (url, {}), timeout=(5.0, 10.0))
    states: list[StreamState] = []
    reconnected = threading.Event()

    def on_state(state: StreamState) -> None:
        states.append(state)
        if state is StreamState.DISCONNECTED:
            reconnected.set()

    worker = threading.Thread(target=stream.run, args=(lambda _e: None, on_state), daemon=True)
    worker.start()
    assert reconnected.wait(10)
    stream.stop()
    worker.join(10)
    assert not worker.is_alive() and states[-1] is StreamState.STOPPED and stream.session_error is None
