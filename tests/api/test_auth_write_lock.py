"""Issue 12, finding 2: password hashing and verification (argon2) run outside every write transaction.

Each test wraps the service module's `verify_password`/`hash_password` so that, while the password work
is in progress, another thread must open a write transaction and commit. On SQLite a request that held
the writer lock (`BEGIN IMMEDIATE`) around the argon2 work would keep that writer waiting until after the
work, so the commit would not happen in time.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from domain.enums import Role
from server.accounts import service
from server.db.engine import Database
from server.security import audit
from server.security.actor import Actor
from tests.support.accounts import PASSWORD, make_user
from tests.support.databases import login

WRITE_WAIT_S = 30.0  # only reached when the bug is back


class WriterProbe:
    """Wraps a function of `server.accounts.service`; each call first waits for a write by another thread."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.outcomes: list[bool] = []
        self._threads: list[threading.Thread] = []

    def wrap(self, real: Callable[..., Any]) -> Callable[..., Any]:
        def probed(*args: Any, **kwargs: Any) -> Any:
            committed = threading.Event()
            thread = threading.Thread(target=self._write, args=(committed,), daemon=True)
            self._threads.append(thread)
            thread.start()
            self.outcomes.append(committed.wait(WRITE_WAIT_S))
            return real(*args, **kwargs)

        return probed

    def _write(self, committed: threading.Event) -> None:
        with contextlib.suppress(sa.exc.OperationalError):  # the lock timed out: the outcome says so already
            with self.database.write_session() as session:
                audit.record(session, Actor.system("writer-probe"), action="test.write", entity="test",
                             entity_id=len(self._threads), changes={})
                session.commit()
            committed.set()

    def join(self) -> None:
        for thread in self._threads:
            thread.join(WRITE_WAIT_S + 5)


@pytest.fixture
def probe(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[], WriterProbe]]:
    """Call it once the test's accounts exist: from then on every hash and verify of the service is probed."""
    probes: list[WriterProbe] = []

    def install() -> WriterProbe:
        probes.append(WriterProbe(client.app.state.database))
        monkeypatch.setattr(service, "verify_password", probes[-1].wrap(service.verify_password))
        monkeypatch.setattr(service, "hash_password", probes[-1].wrap(service.hash_password))
        return probes[-1]

    yield install
    for installed in probes:
        installed.join()


def test_login_verifies_outside_the_write_lock(client: TestClient, probe: Callable[[], WriterProbe]) -> None:
    make_user(client, "gz", Role.CITY_SUPERVISOR, region="440100")
    probed = probe()
    assert client.post("/api/v1/auth/token", data={"username": "gz", "password": "wrong-password"}).status_code == 401
    assert client.post("/api/v1/auth/token", data={"username": "ghost", "password": "wrong-password"}).status_code == 401
    login(client, "gz", PASSWORD)
    assert probed.outcomes == [True, True, True]


def test_registration_hashes_outside_the_write_lock(client: TestClient, probe: Callable[[], WriterProbe]) -> None:
    probed = probe()
    body = {"username": "new-user", "password": "a-long-password", "display_name": "王工",
            "role": "city_supervisor", "region_adcode": "440100"}
    assert client.post("/api/v1/auth/register", json=body).status_code == 202
    assert client.post("/api/v1/auth/register", json=body).status_code == 202  # the taken name: hashed all the same
    assert probed.outcomes == [True, True]


def test_password_change_works_outside_the_write_lock(client: TestClient, probe: Callable[[], WriterProbe]) -> None:
    make_user(client, "gz", Role.CITY_SUPERVISOR, region="440100")
    headers = login(client, "gz", PASSWORD)
    probed = probe()
    changed = client.post("/api/v1/auth/password", headers=headers,
                          json={"old_password": PASSWORD, "new_password": "another-long-password"})
    assert changed.status_code == 204
    assert probed.outcomes == [True, True]  # the current password's verify and the new one's hash
