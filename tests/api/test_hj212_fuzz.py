"""The standing HJ 212 fuzz suite, live part (issue 12): attackers fuzz a real listener on several connections
(random bytes, runs of '#', wrong CRCs, made-up MNs, interleaved '##', and with a real device's credentials
huge PNUMs and NaN values) while a good device on its own connection keeps getting its acknowledgements;
no connection handler fails, nothing of the attack is stored, the API still answers. (Codec part:
tests/unit/test_hj212_fuzz.py.)"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
import requests
import sqlalchemy as sa
from hypothesis import given, settings
from hypothesis import strategies as st

from domain import hj212
from server.config import Settings
from server.db.engine import Database
from server.embedded import EmbeddedServer, start_server
from server.monitoring.models import Reading
from tests.support.hj212 import DeviceLink, insert_monitor, upload
from tests.support.monitoring import MONITORING_SEED
from tests.support.server_process import free_port

pytestmark = pytest.mark.timeout(180)
ATTACKERS = 3


class _Failures(logging.Handler):
    """ERROR records of the listener: a connection handler that failed (the listener logs and goes on)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@dataclass
class Arena:
    server: EmbeddedServer
    port: int
    url: str
    good: dict
    attacker: dict  # a registered device whose credentials the attacker has
    failures: _Failures
    good_link: DeviceLink | None = None
    attack_links: list[DeviceLink | None] = field(default_factory=lambda: [None] * ATTACKERS)
    sent: int = 0

    def attack(self, slot: int, data: bytes) -> None:
        """Send on attacker connection `slot`, opening it again if the server closed it (as a fuzzer would)."""
        for _ in range(2):
            link = self.attack_links[slot] or DeviceLink(self.port)
            self.attack_links[slot] = link
            try:
                link.send(data)
                return
            except OSError:
                link.close()
                self.attack_links[slot] = None
        raise AssertionError("an attacker connection could not be opened again")

    def good_round(self) -> None:
        """The good device sends its next upload and gets its acknowledgement."""
        self.sent += 1
        at = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(days=1, seconds=self.sent)
        self.good_link = self.good_link or DeviceLink(self.port)
        self.good_link.send(upload(self.good, at, noise=50.0))
        assert self.good_link.ack().qn == hj212.format_time(at, millis=True)

    def stored(self, device: dict) -> int:
        database = Database(self.url)
        try:
            with database.read_session() as session:
                return session.scalar(sa.select(sa.func.count()).select_from(Reading)
                                      .where(Reading.device_id == device["id"])) or 0
        finally:
            database.dispose()


@pytest.fixture(scope="module")
def arena(mon_url: str) -> Iterator[Arena]:
    port = free_port()
    server = start_server(Settings(db_url=mon_url, demo_seed=MONITORING_SEED, hj212_port=port), startup_timeout=120)
    failures = _Failures()
    logging.getLogger("sandtable.hj212").addHandler(failures)
    arena = Arena(server=server, port=port, url=mon_url, good=insert_monitor(mon_url),
                  attacker=insert_monitor(mon_url), failures=failures)
    try:
        yield arena
    finally:
        logging.getLogger("sandtable.hj212").removeHandler(failures)
        for link in [arena.good_link, *arena.attack_links]:
            if link:
                link.close()
        server.stop()


def _frame(device: dict, *, mn: str | None = None, value: str = "51.0", part: tuple[int, int] | None = None) -> bytes:
    at = dt.datetime.now(dt.UTC) - dt.timedelta(hours=3)
    return upload(device, at, mn=mn, flag=7 if part else 5, part=part,
                  groups=[[("DataTime", hj212.format_time(at))], [("LA-Rtd", value)]])


def materialise(attack: tuple[str, object], device: dict) -> bytes:
    """The bytes of one attack; `device` is the one whose credentials the attacker holds."""
    kind, arg = attack
    good = _frame(device)
    if kind == "bytes":
        assert isinstance(arg, bytes)
        return arg
    if kind == "hashes":
        return b"#" * int(arg)  # type: ignore[call-overload]
    if kind == "crc":
        return good[:-6] + b"%04X" % ((int(good[-6:-2], 16) + int(arg)) % 0x10000) + b"\r\n"  # type: ignore[call-overload]
    if kind == "length":
        return b"##%04d" % int(arg) + good[6:]  # type: ignore[call-overload]
    if kind == "cut":
        return good[:int(arg) % len(good)] + b"##" + good[int(arg) % len(good):]  # type: ignore[call-overload]
    if kind == "mn":
        return _frame(device, mn=str(arg))
    if kind == "pnum":
        return _frame(device, part=(1, int(arg)))  # type: ignore[call-overload]
    if kind == "value":
        return _frame(device, value=str(arg))
    raise AssertionError(kind)


_attacks = st.one_of(
    st.tuples(st.just("bytes"), st.binary(min_size=1, max_size=4096)),
    st.tuples(st.just("bytes"), st.integers(1, 20_000).map(os.urandom)),
    st.tuples(st.just("hashes"), st.integers(1, 50_000)),
    st.tuples(st.just("crc"), st.integers(1, 0xFFFF)),
    st.tuples(st.just("length"), st.integers(0, 9999)),
    st.tuples(st.just("cut"), st.integers(3, 1000)),
    st.tuples(st.just("mn"), st.text(alphabet="0123456789ABCDEF", min_size=1, max_size=80)),
    st.tuples(st.just("pnum"), st.integers(101, 10**9)),
    st.tuples(st.just("value"), st.sampled_from(["nan", "NaN", "inf", "-inf", "1e999", "x", ""])),
)


@settings(max_examples=15, deadline=None)
@given(st.lists(st.tuples(st.integers(0, ATTACKERS - 1), _attacks), min_size=1, max_size=6))
def test_a_good_device_keeps_its_acks_while_attackers_fuzz(arena: Arena, attacks: list) -> None:
    for slot, attack in attacks:
        arena.attack(slot, materialise(attack, arena.attacker))
    arena.good_round()
    assert arena.failures.messages == []
    assert arena.stored(arena.attacker) == 0  # every attack frame was rejected
    assert requests.get(f"{arena.server.url}/api/v1/health", timeout=10).status_code == 200
