import datetime as dt

import pytest

from domain.cases import (
    NOTICE_LIFECYCLE,
    NoticeAction,
    NoticeStatus,
    RiskFactors,
    credit_score,
    in_rolling_year,
    latest_deadline_at_level,
    notice_number,
    overdue_state,
    risk_breakdown,
    risk_level_for,
    twelve_months_before,
)
from domain.lifecycle import InvalidTransition, Party, WrongParty

next_status = NOTICE_LIFECYCLE.next_status

S, A = NoticeStatus, NoticeAction


def test_happy_path_and_return_loop() -> None:
    status = next_status(S.DRAFT, A.ISSUE, Party.SUPERVISOR)
    status = next_status(status, A.SUBMIT_FEEDBACK, Party.ENTERPRISE)
    status = next_status(status, A.RETURN, Party.SUPERVISOR)
    assert status is S.RETURNED
    status = next_status(status, A.SUBMIT_FEEDBACK, Party.ENTERPRISE)
    assert next_status(status, A.CLOSE, Party.SUPERVISOR) is S.CLOSED


@pytest.mark.parametrize("status", list(NoticeStatus))
@pytest.mark.parametrize("action", list(NoticeAction))
def test_every_move_outside_the_table_is_refused(status: NoticeStatus, action: NoticeAction) -> None:
    allowed = {(t.source, t.action): t for t in NOTICE_LIFECYCLE.transitions}
    for party in Party:
        transition = allowed.get((status, action))
        if transition is not None and transition.party is party:
            assert next_status(status, action, party) is transition.target
        else:
            with pytest.raises(InvalidTransition):
                next_status(status, action, party)


def test_refusals_explain_themselves() -> None:
    with pytest.raises(WrongParty, match="only the supervisor may close"):
        next_status(S.FEEDBACK_SUBMITTED, A.CLOSE, Party.ENTERPRISE)
    with pytest.raises(InvalidTransition, match="the notice is closed"):
        next_status(S.CLOSED, A.RETURN, Party.SUPERVISOR)
    with pytest.raises(InvalidTransition, match="allowed now: submit_feedback"):
        next_status(S.ISSUED, A.CLOSE, Party.SUPERVISOR)


def test_overdue_is_derived_and_escalates() -> None:
    deadline = dt.date(2026, 11, 10)
    assert overdue_state(S.ISSUED, deadline, dt.date(2026, 11, 10)).level == 0
    assert overdue_state(S.ISSUED, deadline, dt.date(2026, 11, 11)) == overdue_state(S.RETURNED, deadline, dt.date(2026, 11, 11))
    assert [overdue_state(S.ISSUED, deadline, deadline + dt.timedelta(days=d)).level for d in (1, 7, 8, 14, 15, 40)] == [
        1, 1, 2, 2, 3, 3]
    assert overdue_state(S.FEEDBACK_SUBMITTED, deadline, dt.date(2026, 12, 30)).level == 0  # the ball is with us
    assert overdue_state(S.CLOSED, deadline, dt.date(2026, 12, 30)).days == 0


def test_notice_number_format() -> None:
    assert notice_number("穗建质安", 2026, 12) == "穗建质安改〔2026〕0012号"


def test_rolling_twelve_months_boundaries() -> None:
    today = dt.date(2026, 11, 25)
    assert not in_rolling_year(dt.date(2025, 11, 25), today)  # the same day last year is outside
    assert in_rolling_year(dt.date(2025, 11, 26), today)
    assert in_rolling_year(today, today)
    assert not in_rolling_year(dt.date(2026, 11, 26), today)  # future-dated: ignored
    # Across a leap day the window is a calendar year, not 365 days.
    assert in_rolling_year(dt.date(2027, 3, 2), dt.date(2028, 3, 1))
    assert twelve_months_before(dt.date(2028, 2, 29)) == dt.date(2027, 2, 28)
    assert credit_score(10.0) == 90.0 and credit_score(150.0) == 0.0


def test_deadline_filters_match_the_derived_levels() -> None:
    today = dt.date(2026, 12, 10)
    for level in (1, 2, 3):
        limit = latest_deadline_at_level(today, level)
        assert overdue_state(S.ISSUED, limit, today).level >= level
        assert overdue_state(S.ISSUED, limit + dt.timedelta(days=1), today).level < level


def test_risk_breakdown_and_levels() -> None:
    factors = RiskFactors(open_major_findings=2, overdue_notices=1, deductions_12m=6.5)
    breakdown = risk_breakdown(factors)
    assert breakdown == {"open_major_findings": 24.0, "overdue_notices": 8.0, "deductions_12m": 6.5}
    assert risk_level_for(sum(breakdown.values())) == "high"  # 38.5 points
    assert [risk_level_for(s) for s in (0, 15, 35, 60)] == ["low", "general", "high", "major"]
