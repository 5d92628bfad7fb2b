"""Early-warning follow-up (预警督办): every warning is assigned, urged with a deadline, answered by the
enterprise and closed by a supervisor. Sources are monitoring warnings and compliance rules."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from domain.cases import Overdue, escalation
from domain.lifecycle import Lifecycle, Party, Transition


class FollowUpSource(StrEnum):
    MONITORING_WARNING = "monitoring_warning"
    DEVICE_OFFLINE = "device_offline"
    NOTICE_OVERDUE = "notice_overdue"
    PROGRESS_MISSING = "progress_missing"
    DANGEROUS_WORKS_UNAPPROVED = "dangerous_works_unapproved"
    MACHINERY_CERTIFICATE = "machinery_certificate"  # inspection certificate expiring or expired
    QUALITY_TEST_FAILED = "quality_test_failed"


class FollowUpStatus(StrEnum):
    OPEN = "open"
    URGED = "urged"
    ANSWERED = "answered"
    CLOSED = "closed"


class FollowUpAction(StrEnum):
    URGE = "urge"  # supervisor, with a deadline
    ANSWER = "answer"  # enterprise
    CLOSE = "close"  # supervisor


FOLLOW_UP_LIFECYCLE: Lifecycle[FollowUpStatus, FollowUpAction] = Lifecycle("warning follow-up", (
    Transition(FollowUpStatus.OPEN, FollowUpAction.URGE, FollowUpStatus.URGED, Party.SUPERVISOR),
    Transition(FollowUpStatus.URGED, FollowUpAction.URGE, FollowUpStatus.URGED, Party.SUPERVISOR),
    Transition(FollowUpStatus.URGED, FollowUpAction.ANSWER, FollowUpStatus.ANSWERED, Party.ENTERPRISE),
    Transition(FollowUpStatus.OPEN, FollowUpAction.ANSWER, FollowUpStatus.ANSWERED, Party.ENTERPRISE),
    Transition(FollowUpStatus.ANSWERED, FollowUpAction.URGE, FollowUpStatus.URGED, Party.SUPERVISOR),
    Transition(FollowUpStatus.ANSWERED, FollowUpAction.CLOSE, FollowUpStatus.CLOSED, Party.SUPERVISOR),
    Transition(FollowUpStatus.OPEN, FollowUpAction.CLOSE, FollowUpStatus.CLOSED, Party.SUPERVISOR),
))

FOLLOW_UP_ESCALATION_DAYS = (1, 3, 7)  # faster than notices: a warning is about danger now


def follow_up_overdue(status: FollowUpStatus, deadline: dt.date | None, today: dt.date) -> Overdue:
    if status is not FollowUpStatus.URGED or deadline is None or today <= deadline:
        return Overdue(0, 0)
    days = (today - deadline).days
    return Overdue(days, escalation(days, FOLLOW_UP_ESCALATION_DAYS))
