"""Issue 12, finding 1: the ingest device look-up cache stays bounded, forgets misses soon and devices at once
when they change, and over-long codes are refused before any look-up (both backends)."""

from __future__ import annotations

import random
import string
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from server.db.engine import Database
from server.ingest.device_cache import DeviceCache
from server.ingest.devices import MAX_CODE_LENGTH, MAX_MN_LENGTH
from server.ingest.pipeline import Ingestor
from server.monitoring.credentials import hash_secret
from server.monitoring.models import Device
from server.monitoring.profiles import ProfileBook
from tests.support.hj212 import insert_monitor
from tests.support.monitoring import bearer, first_project, now, reading, register

INGEST = "/api/v1/ingest/readings"


class Clock:
    """The cache's timer, moved by the test (no waiting for a TTL to pass)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def database(mon_url: str) -> Iterator[Database]:
    database = Database(mon_url)
    yield database
    database.dispose()


@contextmanager
def counted_queries(database: Database) -> Iterator[list[str]]:
    """The statements sent to the database inside the block (an observer, not a stand-in)."""
    statements: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    sa.event.listen(database.engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        sa.event.remove(database.engine, "before_cursor_execute", record)


def random_name(length: int) -> str:
    return "".join(random.choices(string.ascii_uppercase + string.digits, k=length))


def test_random_codes_and_mns_do_not_grow_the_cache_past_its_caps(database: Database) -> None:
    cache = DeviceCache(found_size=20, miss_size=50)
    ingestor = Ingestor(database, ProfileBook(), device_cache=cache)
    device = insert_monitor(database.url)
    code, mn = device["code"], device["mn"]
    for _ in range(120):
        assert ingestor.device(code=random_name(MAX_CODE_LENGTH)) is None
        assert ingestor.device(mn=random_name(MAX_MN_LENGTH)) is None
        assert len(cache) <= 50
    assert ingestor.device(code=code) is not None
    assert ingestor.device(mn=mn) is not None
    for _ in range(60):
        ingestor.device(code=random_name(12))
    assert cache.get(("code", code))[1] is not None and cache.get(("mn", mn))[1] is not None  # not pushed out
    assert len(cache) <= 20 + 50


def test_overlong_codes_and_mns_cost_no_query_and_no_entry(database: Database) -> None:
    cache = DeviceCache()
    ingestor = Ingestor(database, ProfileBook(), device_cache=cache)
    with counted_queries(database) as statements:
        for _ in range(50):
            assert ingestor.device(code=random_name(12_000)) is None
            assert ingestor.device(mn=random_name(MAX_MN_LENGTH + 1)) is None
            assert ingestor.device(mn="") is None
    assert statements == []
    assert len(cache) == 0


def test_a_device_registered_elsewhere_after_a_cached_miss_is_found_once_the_miss_expires(database: Database) -> None:
    """Another process's registration does not reach this cache: the miss expires after `miss_ttl`."""
    clock = Clock()
    cache = DeviceCache(miss_ttl=5.0, timer=clock)
    ingestor = Ingestor(database, ProfileBook(), device_cache=cache)
    code = f"T-{uuid.uuid4().hex[:12]}"
    assert ingestor.device(code=code) is None
    insert_monitor(database.url, code=code, secret="s")
    assert ingestor.device(code=code) is None  # the miss is still remembered...
    clock.now += 5.1
    found = ingestor.device(code=code)  # ...and forgotten once it expired
    assert found is not None and found.authenticates("s")


def test_registration_and_secret_change_in_this_process_take_effect_at_once(mon_client: TestClient) -> None:
    admin = bearer(mon_client, "demo-admin")
    project = first_project(mon_client, admin)
    code = f"T-{uuid.uuid4().hex[:12]}"
    batch = {"readings": [reading("moment_pct", 40.0, now())]}
    before = mon_client.post(INGEST, headers={"Authorization": f"Device {code}:nothing-yet"}, json=batch)
    assert before.status_code == 401  # and the miss is cached
    device = register(mon_client, admin, project, "tower_crane", code=code)
    ingested = mon_client.post(INGEST, headers={"Authorization": device["http_authorization"]}, json=batch)
    assert ingested.status_code == 200, ingested.text  # the registration's commit forgot the miss

    database = mon_client.app.state.database
    with database.write_session() as session:  # a secret change through the ORM, as a rotation would make it
        session.get(Device, device["id"]).secret_hash = hash_secret("rotated-secret")
        session.commit()
    stale = mon_client.post(INGEST, headers={"Authorization": device["http_authorization"]}, json=batch)
    assert stale.status_code == 401
    rotated = mon_client.post(INGEST, headers={"Authorization": f"Device {code}:rotated-secret"}, json=batch)
    assert rotated.status_code == 200, rotated.text


def test_overlong_device_code_answers_400_before_any_look_up(mon_client: TestClient,
                                                             caplog: pytest.LogCaptureFixture) -> None:
    cache = mon_client.app.state.monitoring.ingestor.devices
    size = len(cache)
    for length in (MAX_CODE_LENGTH + 1, 12_000):
        response = mon_client.post(INGEST, headers={"Authorization": f"Device {'A' * length}:secret"},
                                   json={"readings": []})
        assert response.status_code == 400
        assert response.json() == {"code": "invalid_device_code",
                                   "detail": f"device code of {length} characters; at most {MAX_CODE_LENGTH}"}
    assert len(cache) == size
    assert "device code of 12000 characters" in caplog.text
    longest = mon_client.post(INGEST, headers={"Authorization": f"Device {'A' * MAX_CODE_LENGTH}:secret"},
                              json={"readings": []})
    assert longest.status_code == 401  # as long as a code may be: looked up, and unknown
