import datetime as dt

import pytest

from domain.cases import (
    NOTICE_LIFECYCLE,
    NoticeAction,
    NoticeStatus,
    RiskFactors,
    credit_score,
    notice_number,
    overdue_state,
    risk_breakdown,
    risk_level_for,
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


def test_credit_score_counts_only_the_rolling_twelve_months() -> None:
    today = dt.date(2026, 11, 25)
    deductions = [(dt.date(2025, 11, 25), 30.0),  # exactly 365 days ago: outside the window
                  (dt.date(2025, 11, 26), 4.0),  # 364 days ago: inside
                  (dt.date(2026, 6, 1), 6.0),
                  (dt.date(2026, 11, 26), 50.0)]  # future-dated: ignored
    assert credit_score(deductions, today) == 90.0
    assert credit_score([(today, 150.0)], today) == 0.0


def test_risk_breakdown_and_levels() -> None:
    factors = RiskFactors(open_major_findings=2, overdue_notices=1, deductions_12m=6.5)
    breakdown = risk_breakdown(factors)
    assert breakdown == {"open_major_findings": 24.0, "overdue_notices": 8.0, "deductions_12m": 6.5}
    assert risk_level_for(sum(breakdown.values())) == "high"  # 38.5 points
    assert [risk_level_for(s) for s in (0, 15, 35, 60)] == ["low", "general", "high", "major"]
