"""Issue 12, finding 2 (the CPU half): password hashing is gated, so a flood of sign-ins runs one argon2
computation at a time, queues a few and refuses the rest at once with 429 instead of saturating the cores."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from domain.enums import Role
from server.app import create_app
from server.config import Settings
from server.security import passwords
from server.security.passwords import PasswordGate, PasswordWorkBusy
from tests.support.accounts import PASSWORD, make_user
from tests.support.waiting import wait_until


class HeldSlot:
    """Occupies the gate's one slot from another thread until released."""

    def __init__(self, gate: PasswordGate) -> None:
        self.entered, self.release = threading.Event(), threading.Event()
        self.thread = threading.Thread(target=self._hold, args=(gate,))
        self.thread.start()
        assert self.entered.wait(10)

    def _hold(self, gate: PasswordGate) -> None:
        with gate.slot():
            self.entered.set()
            self.release.wait(30)

    def end(self) -> None:
        self.release.set()
        self.thread.join(10)


def test_gate_queues_up_to_its_bound_and_refuses_the_rest_at_once() -> None:
    gate = PasswordGate(queue=1, wait_s=30, duty=1.0)
    held = HeldSlot(gate)
    queued_done = threading.Event()

    def queued() -> None:
        with gate.slot():
            queued_done.set()

    waiter = threading.Thread(target=queued)
    waiter.start()
    wait_until(lambda: gate._waiting == 1, message="the second caller waits for the slot")
    with pytest.raises(PasswordWorkBusy) as refused, gate.slot():
        pass
    assert (refused.value.code, refused.value.retry_after) == ("sign_in_busy", 2)  # 429 + Retry-After: 2
    assert not queued_done.is_set()
    held.end()
    waiter.join(10)
    assert queued_done.is_set()  # the queued caller got the slot once it was free
    with gate.slot():  # and the gate is whole again
        pass


def test_gate_gives_up_after_its_wait() -> None:
    gate = PasswordGate(queue=4, wait_s=0.05, duty=1.0)
    held = HeldSlot(gate)
    try:
        with pytest.raises(PasswordWorkBusy), gate.slot():
            pass
    finally:
        held.end()


class FakeClock:
    """Time that moves only when told to, and records every rest the gate asks for."""

    def __init__(self) -> None:
        self.now, self.rests = 100.0, []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.rests.append(seconds)
        self.now += seconds


def test_gate_rests_between_computations_so_password_work_keeps_to_its_duty() -> None:
    clock = FakeClock()
    gate = PasswordGate(duty=0.5, clock=clock, sleep=clock.sleep)
    with gate.slot():
        clock.now += 0.04  # one computation of 40 ms
    with gate.slot():  # at once after it: waits out the 40 ms rest first
        clock.now += 0.04
    assert clock.rests == [pytest.approx(0.04)]
    clock.now += 1.0  # a caller after a quiet second does not wait at all
    with gate.slot():
        pass
    assert clock.rests == [pytest.approx(0.04)]


def test_a_quarter_duty_rests_three_times_the_work() -> None:
    clock = FakeClock()
    gate = PasswordGate(duty=0.25, clock=clock, sleep=clock.sleep)
    for _ in range(3):
        with gate.slot():
            clock.now += 0.02
    assert clock.rests == [pytest.approx(0.06), pytest.approx(0.06)]
    with pytest.raises(ValueError):
        PasswordGate(duty=0)


@pytest.fixture
def client(db_url: str, tmp_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(db_url=db_url, data_dir=tmp_path / "data"))) as test_client:
        yield test_client


def test_sign_in_beyond_the_gate_answers_429_and_counts_no_failure(client: TestClient,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    make_user(client, "gate-user", Role.CITY_SUPERVISOR, region="440100")
    gate = PasswordGate(queue=0, wait_s=30, duty=1.0)
    monkeypatch.setattr(passwords, "gate", gate)
    held = HeldSlot(gate)
    try:
        answer = client.post("/api/v1/auth/token", data={"username": "gate-user", "password": PASSWORD})
    finally:
        held.end()
    assert answer.status_code == 429
    assert answer.json()["code"] == "sign_in_busy"
    assert answer.headers["Retry-After"] == "2"
    # Nothing was held against the account: the same password signs in once the gate is free.
    assert client.post("/api/v1/auth/token", data={"username": "gate-user", "password": PASSWORD}).status_code == 200


def test_every_password_computation_runs_in_one_thread() -> None:
    """argon2's 19 MiB stay resident in the arena of each thread that ran it: one thread bounds that to one."""
    seen: set[int] = set()

    def caller() -> None:
        seen.add(passwords._in_argon2_thread(threading.get_ident))

    callers = [threading.Thread(target=caller) for _ in range(4)]
    for thread in callers:
        thread.start()
    for thread in callers:
        thread.join(10)
    assert len(seen) == 1 and threading.get_ident() not in seen
    assert passwords.verify_password(passwords.hash_password("a long enough password"), "a long enough password")


def test_a_throttled_answer_comes_after_the_tarpit_delay(db_url: str, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """The 429 comes after `throttled_answer_delay`: a tarpit that slows clients ignoring Retry-After to one
    request per delay (the wait is an await in the error handler, after the route's thread is released)."""
    settings = Settings(db_url=db_url, data_dir=tmp_path / "data", throttled_answer_delay=1.0)
    with TestClient(create_app(settings)) as client:
        make_user(client, "tarpit-user", Role.CITY_SUPERVISOR, region="440100")
        gate = PasswordGate(queue=0, wait_s=30, duty=1.0)
        monkeypatch.setattr(passwords, "gate", gate)
        held = HeldSlot(gate)
        try:
            started = time.monotonic()
            answer = client.post("/api/v1/auth/token", data={"username": "tarpit-user", "password": PASSWORD})
            waited = time.monotonic() - started
        finally:
            held.end()
    assert answer.status_code == 429 and answer.json()["code"] == "sign_in_busy"
    assert waited >= 1.0  # the configured delay, at least
