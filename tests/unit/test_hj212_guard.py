"""The HJ 212 listener's guards on their own: connection caps, the log budget, per-connection summaries."""

from __future__ import annotations

import logging

import pytest

from domain.hj212 import FrameParser
from server.ingest.hj212_guard import ConnectionGate, ConnectionLog, LogBudget


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def hj212_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "sandtable.hj212"]


def test_gate_caps_connections_in_all_and_per_address() -> None:
    gate = ConnectionGate(max_connections=3, max_per_address=2)
    assert gate.admit("10.0.0.1") is None and gate.admit("10.0.0.1") is None
    assert "from one address" in (gate.admit("10.0.0.1") or "")
    assert gate.admit("10.0.0.2") is None
    assert "3 connections" in (gate.admit("10.0.0.3") or "")
    gate.release("10.0.0.1")
    assert gate.admit("10.0.0.3") is None
    assert gate.total == 3


def test_200_kb_of_hashes_log_a_handful_of_lines(caplog: pytest.LogCaptureFixture) -> None:
    """Finding 4: 200 KB of '#' made 100,000 WARNING lines."""
    clock = Clock()
    budget = LogBudget(burst=100, rate=1.0, interval=60.0, clock=clock)
    connection = ConnectionLog(budget, "127.0.0.1:5000", logged=10)
    parser = FrameParser()
    with caplog.at_level(logging.INFO, logger="sandtable.hj212"):
        for offset in range(0, 200_000, 4096):  # reads as a socket delivers them
            for error in parser.feed(b"#" * min(4096, 200_000 - offset)).errors:
                connection.reject(error.reason, error.detail)
        connection.flush()
    lines = hj212_lines(caplog)
    assert len(lines) <= 11
    assert "rejected garbage" in lines[0]


def test_rejections_beyond_the_first_are_summarised_per_connection(caplog: pytest.LogCaptureFixture) -> None:
    clock = Clock()
    budget = LogBudget(burst=100, rate=1.0, interval=60.0, clock=clock)
    connection = ConnectionLog(budget, "peer", logged=3)
    with caplog.at_level(logging.INFO, logger="sandtable.hj212"):
        for n in range(1000):
            connection.reject("bad_crc" if n % 2 else "unknown_mn", "detail", mn="M\n1" if n % 2 == 0 else None)
            clock.now += 0.1  # 100 s in all: one summary on the way
        connection.flush()
    lines = hj212_lines(caplog)
    assert len(lines) == 3 + 2
    assert lines[0] == "HJ 212 peer: rejected unknown_mn from MN 'M\\n1' (detail)"  # MN as repr: no forged lines
    assert lines[3].startswith("HJ 212 peer: ") and "more rejected frames: " in lines[3]
    counted = sum(int(line.split(": ")[1].split(" ")[0]) for line in lines[3:])
    assert counted == 1000 - 3
    assert "bad_crc ×" in lines[4] and "unknown_mn ×" in lines[4]


def test_budget_is_shared_by_connections_and_counts_what_it_does_not_log(caplog: pytest.LogCaptureFixture) -> None:
    """Many connections (an attacker reconnecting) still cost a bounded number of lines."""
    clock = Clock()
    budget = LogBudget(burst=20, rate=0.5, interval=60.0, clock=clock)
    with caplog.at_level(logging.INFO, logger="sandtable.hj212"):
        for n in range(500):
            connection = ConnectionLog(budget, f"peer{n}", logged=10)
            for _ in range(30):
                connection.reject("garbage", "x")
            connection.flush()
        clock.now += 10  # 5 more tokens
        budget.line(logging.INFO, "closed: deadline", "one more line")
        budget.flush()
    lines = hj212_lines(caplog)
    assert len(lines) == 20 + 1 + 1  # the budget's 20, the one it refilled, the summary of the rest
    assert lines[-2] == "one more line"
    logged = 10 + 20 + 9  # peer0's first 10 one by one and 20 in its summary, peer1's first 9
    assert lines[-1] == f"HJ 212: {500 * 30 - logged} more not logged in the last 10 s: garbage ×{500 * 30 - logged}"
