"""The log of refused requests is bounded (issue 12): a flood writes lines in proportion to time, and says
in one summary line what it did not write; successful requests and server errors are never held back."""

from __future__ import annotations

import logging

import pytest

from server.http.refusal_log import ACCESS_LOGGER, API_LOGGER, RefusalLogBudget


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _access(status: int, path: str = "/api/v1/auth/token") -> logging.LogRecord:
    return logging.LogRecord(ACCESS_LOGGER, logging.INFO, __file__, 1, '%s - "%s %s HTTP/%s" %d',
                             ("127.0.3.1:5000", "POST", path, "1.1", status), None)


def _refusal(status: int, path: str = "/api/v1/auth/token") -> logging.LogRecord:
    return logging.LogRecord(API_LOGGER, logging.INFO, __file__, 1, "%s %s -> %s %s: %s",
                             ("POST", path, status, "sign_in_busy", "too many sign-ins"), None)


def test_a_flood_is_cut_to_the_budget_and_summarised(caplog: pytest.LogCaptureFixture) -> None:
    clock = Clock()
    budget = RefusalLogBudget(burst=10, rate=1.0, interval=60.0, clock=clock)
    written = sum(budget.filter(_access(429)) + budget.filter(_refusal(429)) for _ in range(500))
    assert written == 10  # the burst, then nothing while no time passes
    clock.now = 5.0
    assert sum(budget.filter(_access(429)) for _ in range(100)) == 5  # refilled at 1 line a second
    clock.now = 61.0  # the next held-back line brings the summary
    with caplog.at_level(logging.WARNING, logger=API_LOGGER):
        for _ in range(200):
            budget.filter(_access(429))
    summaries = [r.getMessage() for r in caplog.records if "not logged" in r.getMessage()]
    assert len(summaries) == 1
    # 990 + 95 held back before, then 10 written from the refilled bucket and the 11th brings the summary
    assert summaries[0].startswith("1086 refused requests not logged in the last 61 s: 429 /api/v1/auth/token ×1086")


def test_success_and_server_errors_always_pass() -> None:
    budget = RefusalLogBudget(burst=0, rate=0.0, clock=Clock())
    assert budget.filter(_access(200)) and budget.filter(_access(302)) and budget.filter(_access(500))
    assert not budget.filter(_access(404, "/api/v1/projects/9"))
    unrelated = logging.LogRecord("sandtable.auth", logging.WARNING, __file__, 1, "failed login for %r", ("x",), None)
    assert budget.filter(unrelated)


def test_flush_writes_what_is_held_back(caplog: pytest.LogCaptureFixture) -> None:
    budget = RefusalLogBudget(burst=0, rate=0.0, clock=Clock())
    budget.filter(_refusal(403, "/api/v1/projects"))
    with caplog.at_level(logging.WARNING, logger=API_LOGGER):
        budget.flush()
        budget.flush()  # nothing more to say
    assert [r.getMessage() for r in caplog.records] == [
        "1 refused requests not logged in the last 0 s: 403 /api/v1/projects ×1"]
