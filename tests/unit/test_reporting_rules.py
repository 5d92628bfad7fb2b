"""Pure reporting rules: the two lifecycles, status dates, months, photo checks, certificates,
concrete strength and the safety-assessment grade."""

from __future__ import annotations

import datetime as dt

import pytest

from domain.enums import ProjectStatus
from domain.lifecycle import InvalidTransition, Party, WrongParty
from domain.reporting import (
    PROJECT_STATUS_LIFECYCLE,
    SUBMISSION_LIFECYCLE,
    CertificateState,
    InvalidDates,
    PhotoFlag,
    SafetyGrade,
    StatusAction,
    SubmissionAction,
    SubmissionStatus,
    certificate_state,
    check_photo,
    check_status_date,
    concrete_strength_passed,
    gps_to_degrees,
    month_bounds,
    previous_month,
    safety_grade,
)

SITE = (113.3612, 23.1247)


def test_submission_lifecycle() -> None:
    s = SUBMISSION_LIFECYCLE
    returned = s.next_status(SubmissionStatus.SUBMITTED, SubmissionAction.RETURN, Party.SUPERVISOR)
    again = s.next_status(returned, SubmissionAction.RESUBMIT, Party.ENTERPRISE)
    assert again is SubmissionStatus.RESUBMITTED
    assert s.next_status(again, SubmissionAction.VERIFY, Party.SUPERVISOR) is SubmissionStatus.VERIFIED
    with pytest.raises(WrongParty):
        s.next_status(SubmissionStatus.SUBMITTED, SubmissionAction.VERIFY, Party.ENTERPRISE)
    with pytest.raises(InvalidTransition, match="closed"):
        s.next_status(SubmissionStatus.VERIFIED, SubmissionAction.RETURN, Party.SUPERVISOR)


def test_project_status_lifecycle() -> None:
    p = PROJECT_STATUS_LIFECYCLE
    status = ProjectStatus.PLANNED
    for action in (StatusAction.START, StatusAction.SUSPEND, StatusAction.RESUME, StatusAction.COMPLETE,
                   StatusAction.ACCEPT):
        status = p.next_status(status, action, Party.ENTERPRISE)
    assert status is ProjectStatus.ACCEPTED
    with pytest.raises(InvalidTransition, match="allowed now: start"):
        p.next_status(ProjectStatus.PLANNED, StatusAction.COMPLETE, Party.ENTERPRISE)


def test_status_dates() -> None:
    today = dt.date(2026, 11, 25)
    check_status_date(StatusAction.COMPLETE, today, today=today, last_change_on=dt.date(2026, 1, 1),
                      actual_start=dt.date(2025, 3, 1), actual_end=None)
    with pytest.raises(InvalidDates, match="future"):
        check_status_date(StatusAction.START, dt.date(2026, 11, 26), today=today, last_change_on=None,
                          actual_start=None, actual_end=None)
    with pytest.raises(InvalidDates, match="previous status report"):
        check_status_date(StatusAction.RESUME, dt.date(2026, 5, 1), today=today, last_change_on=dt.date(2026, 6, 1),
                          actual_start=None, actual_end=None)
    with pytest.raises(InvalidDates, match="before the start"):
        check_status_date(StatusAction.COMPLETE, dt.date(2025, 1, 1), today=today, last_change_on=None,
                          actual_start=dt.date(2025, 3, 1), actual_end=None)
    with pytest.raises(InvalidDates, match="before completion"):
        check_status_date(StatusAction.ACCEPT, dt.date(2026, 1, 1), today=today, last_change_on=None,
                          actual_start=None, actual_end=dt.date(2026, 2, 1))


def test_months() -> None:
    assert previous_month(dt.date(2026, 1, 15)) == "2025-12"
    assert previous_month(dt.date(2026, 3, 1)) == "2026-02"
    assert month_bounds("2024-02") == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert month_bounds("2026-12") == (dt.date(2026, 12, 1), dt.date(2026, 12, 31))


def test_photo_checks() -> None:
    taken = dt.datetime(2026, 10, 12, 1, 30, tzinfo=dt.UTC)
    clean = check_photo(month="2026-10", taken_at=taken, lon=SITE[0] + 0.005, lat=SITE[1], site_lon=SITE[0],
                        site_lat=SITE[1])
    assert clean.clean and 0.4 < (clean.distance_km or 0) < 0.6
    far = check_photo(month="2026-09", taken_at=taken, lon=SITE[0] + 0.011, lat=SITE[1], site_lon=SITE[0],
                      site_lat=SITE[1])
    assert far.flags == (PhotoFlag.OUTSIDE_MONTH, PhotoFlag.FAR_FROM_SITE)
    bare = check_photo(month="2026-10", taken_at=None, lon=None, lat=None, site_lon=SITE[0], site_lat=SITE[1])
    assert bare.flags == (PhotoFlag.NO_TIME, PhotoFlag.NO_POSITION) and bare.distance_km is None
    assert gps_to_degrees((23, 7, 28.92), "N") == pytest.approx(23.1247)
    assert gps_to_degrees((113, 21, 40.32), "W") == pytest.approx(-113.3612)


def test_certificate_states() -> None:
    today = dt.date(2026, 11, 25)
    assert certificate_state(today + dt.timedelta(days=31), today) is CertificateState.VALID
    assert certificate_state(today + dt.timedelta(days=30), today) is CertificateState.EXPIRING
    assert certificate_state(today, today) is CertificateState.EXPIRING
    assert certificate_state(today - dt.timedelta(days=1), today) is CertificateState.EXPIRED


def test_concrete_strength_and_safety_grade() -> None:
    assert concrete_strength_passed("C30", 30.0) and not concrete_strength_passed("C30", 29.9)
    with pytest.raises(ValueError, match="strength grade"):
        concrete_strength_passed("M10", 12)
    assert safety_grade(80, False) is SafetyGrade.EXCELLENT
    assert safety_grade(79.9, False) is SafetyGrade.QUALIFIED
    assert safety_grade(70, False) is SafetyGrade.QUALIFIED
    assert safety_grade(69.9, False) is SafetyGrade.UNQUALIFIED
    assert safety_grade(95, True) is SafetyGrade.UNQUALIFIED
