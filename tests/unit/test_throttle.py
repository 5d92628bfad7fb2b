"""The address a client is throttled by (server.security.throttle.source_address)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from starlette.requests import Request

from server.config import Settings
from server.security.throttle import Throttle, Window, key_part, source_address


def _request(peer: str, *forwarded: str, trust: bool = False) -> Request:
    app = SimpleNamespace(state=SimpleNamespace(settings=Settings(db_url="sqlite://", trust_forwarded_for=trust)))
    headers = [(b"x-forwarded-for", value.encode()) for value in forwarded]
    return Request({"type": "http", "headers": headers, "client": (peer, 50000), "app": app})


@pytest.mark.parametrize(("peer", "forwarded", "trust", "expected"), [
    ("203.0.113.5", (), False, "203.0.113.5"),
    ("203.0.113.5", ("198.51.100.7",), False, "203.0.113.5"),  # not trusted: the header is anyone's to write
    ("10.0.0.2", ("1.2.3.4, 198.51.100.7",), True, "198.51.100.7"),  # the entry the proxy appended
    ("10.0.0.2", ("1.2.3.4", "198.51.100.8"), True, "198.51.100.8"),  # two headers read as one list
    ("10.0.0.2", ("",), True, "10.0.0.2"),
    ("2001:db8:1:2:aaaa::1", (), False, "2001:db8:1:2::"),  # one /64, however its hosts are numbered
    ("::ffff:203.0.113.5", (), False, "203.0.113.5"),
])
def test_source_address(peer: str, forwarded: tuple[str, ...], trust: bool, expected: str) -> None:
    assert source_address(_request(peer, *forwarded, trust=trust)) == expected


def test_a_name_that_is_no_address_becomes_a_fixed_size_key() -> None:
    assert source_address(_request("testclient")) == key_part("testclient")
    assert len(source_address(_request("10.0.0.2", "x" * 100_000, trust=True))) == 24


def test_a_full_window_tells_how_long_to_wait() -> None:
    throttle, window = Throttle(), Window("test", 2, 60)
    assert [throttle.hit(window, "a"), throttle.hit(window, "a")] == [None, None]
    assert 0 < throttle.wait(window, "a") <= 60 and 0 < throttle.hit(window, "a") <= 60
    assert throttle.wait(window, "b") is None
    throttle.clear(window, "a")
    assert throttle.wait(window, "a") is None
