"""Server-sent events against real servers: scope, watched devices, Last-Event-ID resume (also across a
restart), fan-out between two server instances on one database (PostgreSQL: LISTEN/NOTIFY), and streams
that end when their token is revoked or expires."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import queue
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import httpx
import pytest
import requests
import sqlalchemy as sa

from domain.enums import Role
from server.accounts.service import create_active_user
from server.config import Settings
from server.db.engine import Database
from server.embedded import start_server
from server.security.models import ApiToken
from tests.support.monitoring import MONITORING_SEED, Live, bearer, reading

pytestmark = pytest.mark.timeout(120)


@dataclass
class Sse:
    id: int | None
    event: str
    data: dict


class StreamClient:
    """Collects the events of one SSE connection in a background thread."""

    def __init__(self, url: str, headers: dict[str, str], *, devices: list[int] | None = None,
                 last_event_id: int | None = None) -> None:
        params = {"devices": ",".join(map(str, devices))} if devices else {}
        if last_event_id is not None:
            headers = {**headers, "Last-Event-ID": str(last_event_id)}
        self.events: queue.Queue[Sse] = queue.Queue()
        self.connected = threading.Event()
        self.closed = threading.Event()  # the server ended the response
        self._client = httpx.Client(timeout=httpx.Timeout(60, read=None))
        self._stream = self._client.stream("GET", f"{url}/api/v1/stream", headers=headers, params=params)
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()
        assert self.connected.wait(10), "stream did not open"

    def _read(self) -> None:
        try:
            with self._stream as response:
                assert response.status_code == 200, response.read()
                fields: dict[str, str] = {}
                for line in response.iter_lines():
                    if line.startswith(": connected"):
                        self.connected.set()
                    if not line:
                        if "data" in fields:
                            event_id = int(fields["id"]) if "id" in fields else None
                            self.events.put(Sse(event_id, fields.get("event", ""), json.loads(fields["data"])))
                        fields = {}
                        continue
                    key, _, value = line.partition(": ")
                    if key in ("id", "event", "data"):
                        fields[key] = value
            self.closed.set()
        except (httpx.HTTPError, RuntimeError):
            pass  # closed by the test

    def wait_for(self, predicate, timeout: float = 10.0) -> Sse:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                event = self.events.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                break
            if predicate(event):
                return event
        raise AssertionError("expected event did not arrive")

    def drain(self, settle: float = 1.0) -> list[Sse]:
        """What arrived within `settle` seconds: for checks that something did NOT arrive, which only
        time can show (a busy machine can only make them weaker, never wrong)."""
        time.sleep(settle)
        found = []
        while not self.events.empty():
            found.append(self.events.get_nowait())
        return found

    def close(self) -> None:
        self._client.close()


@contextmanager
def streaming(*args: object, **kwargs: object) -> Iterator[StreamClient]:
    client = StreamClient(*args, **kwargs)  # type: ignore[arg-type]
    try:
        yield client
    finally:
        client.close()


def register_on(url: str, headers: dict, project_id: int, kind: str = "tower_crane") -> dict:
    from tests.support.monitoring import KIND_FIELDS

    code = f"S-{time.monotonic_ns() % 10**12}"
    body = {"project_id": project_id, "kind": kind, "code": code, "name": "推送测试", **KIND_FIELDS[kind]}
    response = requests.post(f"{url}/api/v1/devices", headers=headers, json=body, timeout=30)
    assert response.status_code == 201, response.text
    return response.json()


def send(url: str, device: dict, metric: str, value: float, at: dt.datetime | None = None) -> None:
    at = at or dt.datetime.now(dt.UTC)
    response = requests.post(f"{url}/api/v1/ingest/readings", headers={"Authorization": device["http_authorization"]},
                             json={"readings": [reading(metric, value, at)]}, timeout=30)
    assert response.status_code == 200, response.text


@pytest.fixture(scope="module")
def world(live: Live) -> dict:
    url = live.url
    tokens = {u: bearer(url, u) for u in ("demo-admin", "demo-guangzhou", "demo-shenzhen", "demo-enterprise")}

    def project(user: str) -> int:
        return requests.get(f"{url}/api/v1/projects", headers=tokens[user], params={"status": "under_construction"},
                            timeout=30).json()["items"][0]["id"]

    admin = tokens["demo-admin"]
    return {"tokens": tokens, "gz": register_on(url, admin, project("demo-guangzhou")),
            "sz": register_on(url, admin, project("demo-shenzhen")),
            "enterprise": register_on(url, tokens["demo-enterprise"], project("demo-enterprise"))}


def is_warning_of(device: dict, change: str | None = None):
    return lambda e: e.event == "warning" and e.data["device_id"] == device["id"] and (
        change is None or e.data["change"] == change)


def test_warnings_and_readings_are_scoped(live: Live, world: dict) -> None:
    tokens, gz, sz, ent = world["tokens"], world["gz"], world["sz"], world["enterprise"]
    with streaming(live.url, tokens["demo-guangzhou"], devices=[gz["id"], sz["id"]]) as guangzhou, \
            streaming(live.url, tokens["demo-shenzhen"]) as shenzhen, \
            streaming(live.url, tokens["demo-enterprise"]) as enterprise:
        send(live.url, sz, "moment_pct", 97.0)
        send(live.url, gz, "moment_pct", 96.0)
        send(live.url, ent, "moment_pct", 99.0)
        assert shenzhen.wait_for(is_warning_of(sz, "raise")).data["severity"] == "warning"
        guangzhou.wait_for(is_warning_of(gz, "raise"))
        enterprise.wait_for(is_warning_of(ent, "raise"))
        seen_gz = guangzhou.drain()
        readings = [e for e in seen_gz if e.event == "readings"]
        assert all(e.data["device_id"] == gz["id"] for e in readings)  # sz was asked for but is out of scope
        assert all(e.data["device_id"] != sz["id"] for e in seen_gz)
        assert all(e.data["device_id"] in (sz["id"],) or e.event == "warning" for e in shenzhen.drain(0))
        assert all(e.data["device_id"] == ent["id"] for e in enterprise.drain(0))
    with streaming(live.url, tokens["demo-guangzhou"]) as unwatched:  # no devices: warnings only
        send(live.url, gz, "moment_pct", 97.5)
        unwatched.wait_for(is_warning_of(gz, "update"))
        assert not [e for e in unwatched.drain(0.5) if e.event == "readings"]


def test_resume_with_last_event_id_also_across_a_restart(live: Live, world: dict, mon_url: str) -> None:
    tokens, gz = world["tokens"], world["gz"]
    headers = tokens["demo-guangzhou"]
    with streaming(live.url, headers) as first:
        send(live.url, gz, "moment_pct", 101.0)
        last = first.wait_for(is_warning_of(gz)).id
    # While nobody listens: a repeat, a clearing, an acknowledgement.
    send(live.url, gz, "moment_pct", 102.0)
    send(live.url, gz, "moment_pct", 10.0)
    warning_id = requests.get(f"{live.url}/api/v1/warnings", headers=headers, params={"device_id": gz["id"]},
                              timeout=30).json()[0]["id"]
    acked = requests.post(f"{live.url}/api/v1/warnings/{warning_id}/acknowledge", headers=headers,
                          json={"comment": "断线期间确认"}, timeout=30)
    assert acked.status_code == 200
    with streaming(live.url, headers, last_event_id=last) as resumed:
        missed = [resumed.wait_for(is_warning_of(gz)).data["change"] for _ in range(3)]
        assert missed == ["update", "clear", "acknowledge"]
    restarted = start_server(Settings(db_url=mon_url, demo_seed=MONITORING_SEED, demo_mode=True), startup_timeout=120)
    try:
        with streaming(restarted.url, bearer(restarted.url, "demo-guangzhou"), last_event_id=last) as after_restart:
            assert [after_restart.wait_for(is_warning_of(gz)).data["change"] for _ in range(3)] == missed
    finally:
        restarted.stop()


def test_events_fan_out_between_server_instances(live: Live, world: dict, mon_url: str) -> None:
    """A second server on the same database pushes what the first one ingested: PostgreSQL through
    LISTEN/NOTIFY (with a 5 s fallback poll), SQLite through the shared file's 1 s poll."""
    other = start_server(Settings(db_url=mon_url, demo_seed=MONITORING_SEED, demo_mode=True), startup_timeout=120)
    try:
        with streaming(other.url, bearer(other.url, "demo-guangzhou")) as watcher:
            gz = world["gz"]
            send(live.url, gz, "moment_pct", 30.0)
            send(live.url, gz, "moment_pct", 104.0)
            watcher.wait_for(is_warning_of(gz, "raise"), timeout=30)
    finally:
        other.stop()


@pytest.mark.parametrize("last_event_id", [b"abc", b"-1", b"\xb2", "\u0663".encode(), b"9" * 5000,
                                           b"99999999999999999999999", str(2**63).encode(), b"1 2"])
def test_stream_rejects_a_last_event_id_that_is_not_an_event_id(live: Live, world: dict, last_event_id: bytes) -> None:
    """Issue 12, finding 9: a superscript digit and a 5,000-digit id answered 500, a 23-digit id killed
    the stream with an OverflowError."""
    headers = {**world["tokens"]["demo-guangzhou"], "Last-Event-ID": last_event_id}
    bad = requests.get(f"{live.url}/api/v1/stream", headers=headers, timeout=10)
    assert bad.status_code == 400 and bad.json()["code"] == "invalid_last_event_id", bad.text


def test_stream_rejects_bad_parameters(live: Live, world: dict) -> None:
    headers = world["tokens"]["demo-guangzhou"]
    assert requests.get(f"{live.url}/api/v1/stream", params={"devices": "1,x"}, headers=headers,
                        timeout=10).status_code == 422
    assert requests.get(f"{live.url}/api/v1/stream", timeout=10).status_code == 401


def test_a_last_event_id_beyond_the_log_resumes_from_its_end(live: Live, world: dict) -> None:
    """The largest id the log could hold is accepted; it is past every event, so the stream carries on live
    (after a database reset a client's old id would otherwise silence it for good)."""
    gz = world["gz"]
    with streaming(live.url, world["tokens"]["demo-guangzhou"], last_event_id=2**63 - 1) as far_ahead:
        send(live.url, gz, "moment_pct", 20.0)
        send(live.url, gz, "moment_pct", 98.0)
        far_ahead.wait_for(is_warning_of(gz, "raise"))


# --- revocation (issue 12, finding 5) -------------------------------------------------------------------------

def is_end(code: str):
    return lambda e: e.event == "revoked" and e.data["code"] == code


def ended_with(stream: StreamClient, code: str) -> Sse:
    """The stream's last event says why it ended, and the server closed the response after it."""
    last = stream.wait_for(is_end(code), timeout=15)  # the hub checks tokens every 2 s; the bound is generous
    assert last.id is None and last.data["detail"]
    assert stream.closed.wait(10)
    return last


def new_supervisor(url: str) -> tuple[str, str]:
    username = f"rev-{uuid.uuid4().hex[:10]}"
    password = "revocation-test-pw"
    database = Database(url)
    try:
        with database.write_session() as session:
            create_active_user(session, username=username, password=password, display_name=username,
                               role=Role.CITY_SUPERVISOR, region_adcode="440100")
            session.commit()
    finally:
        database.dispose()
    return username, password


def token_of(username: str, password: str, url: str) -> dict[str, str]:
    response = requests.post(f"{url}/api/v1/auth/token", data={"username": username, "password": password},
                             timeout=30)
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def test_logout_ends_the_tokens_open_streams_only(live: Live, world: dict) -> None:
    leaving = bearer(live.url, "demo-guangzhou")  # a session of its own: the module's token stays valid
    with streaming(live.url, leaving) as doomed, streaming(live.url, world["tokens"]["demo-guangzhou"]) as other:
        assert requests.post(f"{live.url}/api/v1/auth/logout", headers=leaving, timeout=30).status_code == 204
        ended_with(doomed, "token_revoked")
        gz = world["gz"]
        send(live.url, gz, "moment_pct", 20.0)
        send(live.url, gz, "moment_pct", 98.5)
        other.wait_for(is_warning_of(gz, "raise"))  # the same user's other session streams on
        assert not other.closed.is_set()
    again = requests.get(f"{live.url}/api/v1/stream", headers=leaving, timeout=10)
    assert again.status_code == 401 and again.json()["code"] == "invalid_token"


def test_password_change_ends_streams_on_every_server_instance(live: Live, mon_url: str) -> None:
    """The revocation travels like events do: another server process on the same database ends its
    streams too (PostgreSQL: NOTIFY on commit; SQLite: the hub's periodic token check)."""
    username, password = new_supervisor(mon_url)
    other = start_server(Settings(db_url=mon_url, demo_seed=MONITORING_SEED), startup_timeout=120)
    try:
        first, second = token_of(username, password, live.url), token_of(username, password, other.url)
        with streaming(live.url, first) as here, streaming(other.url, second) as there:
            changed = requests.post(f"{live.url}/api/v1/auth/password", headers=first, timeout=30,
                                    json={"old_password": password, "new_password": "a-new-password-0"})
            assert changed.status_code == 204, changed.text
            ended_with(here, "token_revoked")
            ended_with(there, "token_revoked")
    finally:
        other.stop()


def test_revoking_a_wall_credential_ends_the_walls_streams(live: Live) -> None:
    """A wall's session comes from its credential; revoking the credential ends the open stream, and the
    wall's next session request says the credential was revoked (issue 14)."""
    admin = bearer(live.url, "demo-admin")
    issued = requests.post(f"{live.url}/api/v1/wall/credentials", headers=admin, timeout=30,
                           json={"name": "广州大屏", "region_adcode": "440100"})
    assert issued.status_code == 201, issued.text
    key = {"Authorization": f"WallKey {issued.json()['secret']}"}
    session = requests.post(f"{live.url}/api/v1/auth/wall-session", headers=key, timeout=30)
    assert session.status_code == 200, session.text
    with streaming(live.url, {"Authorization": f"Bearer {session.json()['access_token']}"}) as wall:
        revoked = requests.delete(f"{live.url}/api/v1/wall/credentials/{issued.json()['id']}", headers=admin,
                                  timeout=30)
        assert revoked.status_code == 200, revoked.text
        ended_with(wall, "token_revoked")
    again = requests.post(f"{live.url}/api/v1/auth/wall-session", headers=key, timeout=30)
    assert again.status_code == 401 and again.json()["code"] == "credential_revoked"


def test_an_expired_token_ends_its_stream(live: Live, mon_url: str) -> None:
    username, password = new_supervisor(mon_url)
    headers = token_of(username, password, live.url)
    with streaming(live.url, headers) as expiring:
        digest = hashlib.sha256(headers["Authorization"].removeprefix("Bearer ").encode()).hexdigest()
        database = Database(mon_url)
        try:
            with database.write_session() as session:
                session.execute(sa.update(ApiToken).where(ApiToken.token_hash == digest)
                                .values(expires_at=dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)))
                session.commit()
        finally:
            database.dispose()
        ended_with(expiring, "token_expired")


def test_a_device_registered_after_the_stream_opened_is_pushed_in_scope_only(live: Live, world: dict) -> None:
    tokens = world["tokens"]
    with streaming(live.url, tokens["demo-guangzhou"]) as guangzhou, \
            streaming(live.url, tokens["demo-shenzhen"]) as shenzhen:
        admin = tokens["demo-admin"]
        gz_project = world["gz"]["project_id"]
        sz_project = world["sz"]["project_id"]
        newcomer = register_on(live.url, admin, gz_project)  # registered while both streams are open
        stranger = register_on(live.url, admin, sz_project)
        send(live.url, newcomer, "moment_pct", 96.0)
        send(live.url, stranger, "moment_pct", 96.0)
        guangzhou.wait_for(is_warning_of(newcomer, "raise"), timeout=5)  # at once, not at the 30 s scope refresh
        shenzhen.wait_for(is_warning_of(stranger, "raise"), timeout=5)
        assert all(e.data["device_id"] != stranger["id"] for e in guangzhou.drain())
        assert all(e.data["device_id"] != newcomer["id"] for e in shenzhen.drain(0))
