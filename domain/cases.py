"""Case management vocabulary and rules: inspections, rectification notices, deductions, risk.

Pure functions only. The notice lifecycle is an enum plus an explicit transition table
(domain.lifecycle), so every allowed move is visible in one place.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from domain.enums import RiskLevel
from domain.lifecycle import Lifecycle, Party, Transition


class InspectionType(StrEnum):
    QUALITY = "quality"  # 质量
    SAFETY = "safety"  # 安全
    DANGEROUS_WORKS = "dangerous_works"  # 危大工程
    LIFTING_MACHINERY = "lifting_machinery"  # 起重机械
    DUST_NOISE = "dust_noise"  # 扬尘噪声
    COMPREHENSIVE = "comprehensive"  # 综合


class FindingSeverity(StrEnum):
    GENERAL = "general"  # 一般隐患
    SERIOUS = "serious"  # 较大隐患
    MAJOR = "major"  # 重大隐患


class NoticeStatus(StrEnum):
    DRAFT = "draft"
    ISSUED = "issued"
    FEEDBACK_SUBMITTED = "feedback_submitted"
    RETURNED = "returned"
    CLOSED = "closed"


class NoticeAction(StrEnum):
    ISSUE = "issue"  # supervisor
    SUBMIT_FEEDBACK = "submit_feedback"  # enterprise
    RETURN = "return"  # supervisor: more work needed
    CLOSE = "close"  # supervisor: rectification accepted


NOTICE_LIFECYCLE: Lifecycle[NoticeStatus, NoticeAction] = Lifecycle("notice", (
    Transition(NoticeStatus.DRAFT, NoticeAction.ISSUE, NoticeStatus.ISSUED, Party.SUPERVISOR),
    Transition(NoticeStatus.ISSUED, NoticeAction.SUBMIT_FEEDBACK, NoticeStatus.FEEDBACK_SUBMITTED, Party.ENTERPRISE),
    Transition(NoticeStatus.RETURNED, NoticeAction.SUBMIT_FEEDBACK, NoticeStatus.FEEDBACK_SUBMITTED, Party.ENTERPRISE),
    Transition(NoticeStatus.FEEDBACK_SUBMITTED, NoticeAction.RETURN, NoticeStatus.RETURNED, Party.SUPERVISOR),
    Transition(NoticeStatus.FEEDBACK_SUBMITTED, NoticeAction.CLOSE, NoticeStatus.CLOSED, Party.SUPERVISOR),
))


AWAITING_ENTERPRISE = frozenset({NoticeStatus.ISSUED, NoticeStatus.RETURNED})


@dataclass(frozen=True)
class Overdue:
    days: int
    level: int  # 0 on time; 1 reminder; 2 escalated to the next agency level; 3 enforcement


ESCALATION_DAYS = (1, 8, 15)  # first overdue day of levels 1, 2, 3


def escalation(days_overdue: int, starts: tuple[int, ...] = ESCALATION_DAYS) -> int:
    return sum(days_overdue >= start for start in starts)


def latest_deadline_at_level(today: dt.date, level: int, starts: tuple[int, ...] = ESCALATION_DAYS) -> dt.date:
    """A deadline on or before this date is overdue at `level` or higher today (for SQL filters)."""
    return today - dt.timedelta(days=starts[level - 1])


def overdue_state(status: NoticeStatus, deadline: dt.date, today: dt.date) -> Overdue:
    """Overdue is derived, never stored: only notices waiting for the enterprise can be overdue."""
    if status not in AWAITING_ENTERPRISE or today <= deadline:
        return Overdue(0, 0)
    days = (today - deadline).days
    return Overdue(days, escalation(days))


def notice_number(prefix: str, year: int, sequence: int) -> str:
    """Official numbering, e.g. 穗建质安改〔2026〕0012号."""
    return f"{prefix}改〔{year}〕{sequence:04d}号"


# --- dynamic credit (point deductions) -----------------------------------------------------------

CREDIT_BASE_SCORE = 100.0


def twelve_months_before(day: dt.date) -> dt.date:
    """The same calendar day a year earlier (29 February falls back to 28 February)."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


def in_rolling_year(day: dt.date, today: dt.date) -> bool:
    """The rolling 12 months ending today: after the same day last year, up to and including today."""
    return twelve_months_before(today) < day <= today


def credit_score(points_in_window: float) -> float:
    """100 minus the confirmed points of the rolling 12 months (never below 0)."""
    return max(0.0, CREDIT_BASE_SCORE - points_in_window)


# --- project risk score -------------------------------------------------------------------------


@dataclass(frozen=True)
class RiskFactors:
    """Counts (and deduction points) that make a project risky; each weight below says how much one
    occurrence adds. Floats, as the server's aggregates give them: a count is only ever multiplied."""

    open_major_findings: float = 0
    open_serious_findings: float = 0
    overdue_notices: float = 0
    escalated_notices: float = 0  # overdue at level >= 2
    stop_work_orders: float = 0
    deductions_12m: float = 0.0
    active_warnings: float = 0
    exceedances_30d: float = 0
    dangerous_works_in_progress: float = 0


RISK_WEIGHTS: dict[str, float] = {
    "open_major_findings": 12.0,
    "open_serious_findings": 5.0,
    "overdue_notices": 8.0,
    "escalated_notices": 10.0,
    "stop_work_orders": 15.0,
    "deductions_12m": 1.0,
    "active_warnings": 6.0,
    "exceedances_30d": 0.5,
    "dangerous_works_in_progress": 4.0,
}
RISK_LEVEL_THRESHOLDS = ((RiskLevel.MAJOR, 60.0), (RiskLevel.HIGH, 35.0), (RiskLevel.GENERAL, 15.0))


def risk_breakdown(factors: RiskFactors) -> dict[str, float]:
    """Points contributed by each factor (only the non-zero ones)."""
    return {name: round(getattr(factors, name) * weight, 2) for name, weight in RISK_WEIGHTS.items()
            if getattr(factors, name)}


def risk_level_for(score: float) -> RiskLevel:
    for level, threshold in RISK_LEVEL_THRESHOLDS:
        if score >= threshold:
            return level
    return RiskLevel.LOW


RISK_RANK = {level: rank for rank, level in enumerate(RiskLevel)}  # low < general < high < major


def effective_level(grade: RiskLevel, score: float) -> RiskLevel:
    """The level the sand table shows: a supervisor's grade is a floor the computed score can raise."""
    return max(grade, risk_level_for(score), key=RISK_RANK.__getitem__)


class DocumentKind(StrEnum):
    """What an uploaded document is for (inspection photo, rectification evidence, enforcement paper)."""
    INSPECTION_PHOTO = "inspection_photo"
    EVIDENCE_PHOTO = "evidence_photo"  # rectification feedback
    ENFORCEMENT_DOCUMENT = "enforcement_document"  # inspection records, decisions, notices
    OTHER = "other"


class DeductionStatus(StrEnum):
    """A credit deduction is proposed (by a rule or a supervisor) and counts only once confirmed."""
    PROPOSED = "proposed"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"
