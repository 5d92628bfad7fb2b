"""Project risk scores from case facts, with the breakdown that explains each score.

Each factor provider answers one grouped query for all projects in scope and returns counts per
project; projects no provider mentions score 0. The weights live in domain.cases (RISK_WEIGHTS).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from domain.cases import (
    AWAITING_ENTERPRISE,
    CREDIT_WINDOW_DAYS,
    ESCALATION_DAYS,
    FindingSeverity,
    NoticeStatus,
    RiskFactors,
    risk_breakdown,
    risk_level_for,
)
from server.cases.models import Notice, NoticeItem
from server.credit.models import Deduction, DeductionStatus
from server.projects.models import Project
from server.security.scopes import DataScope

FactorCounts = dict[int, dict[str, float]]
FactorProvider = Callable[[Session, sa.ColumnElement[bool], dt.date], FactorCounts]
_OPEN = (NoticeStatus.ISSUED, NoticeStatus.FEEDBACK_SUBMITTED, NoticeStatus.RETURNED)


def _grouped(session: Session, query: sa.Select, factor: str) -> FactorCounts:
    return {project_id: {factor: float(value)} for project_id, value in session.execute(query) if value}


def _open_findings(session: Session, in_scope: sa.ColumnElement[bool], _today: dt.date) -> FactorCounts:
    rows = session.execute(
        sa.select(Notice.project_id, NoticeItem.severity, sa.func.count())
        .join(NoticeItem, NoticeItem.notice_id == Notice.id)
        .where(Notice.status.in_(_OPEN), NoticeItem.severity != FindingSeverity.GENERAL,
               Notice.project_id.in_(sa.select(Project.id).where(in_scope)))
        .group_by(Notice.project_id, NoticeItem.severity))
    counts: FactorCounts = defaultdict(dict)
    for project_id, severity, n in rows:
        counts[project_id][f"open_{severity.value}_findings"] = float(n)
    return counts


def _notices(session: Session, in_scope: sa.ColumnElement[bool], today: dt.date) -> FactorCounts:
    escalated_before = today - dt.timedelta(days=ESCALATION_DAYS[1] - 1)
    awaiting = Notice.status.in_(AWAITING_ENTERPRISE)
    rows = session.execute(
        sa.select(Notice.project_id,
                  sa.func.count().filter(awaiting & (Notice.deadline < today)),
                  sa.func.count().filter(awaiting & (Notice.deadline < escalated_before)),
                  sa.func.count().filter(Notice.status.in_(_OPEN) & Notice.stop_work))
        .where(Notice.status.in_(_OPEN), Notice.project_id.in_(sa.select(Project.id).where(in_scope)))
        .group_by(Notice.project_id))
    counts: FactorCounts = {}
    for project_id, overdue, escalated, stop_work in rows:
        values = {"overdue_notices": overdue, "escalated_notices": escalated, "stop_work_orders": stop_work}
        if any(values.values()):
            counts[project_id] = {k: float(v) for k, v in values.items() if v}
    return counts


def _deductions(session: Session, in_scope: sa.ColumnElement[bool], today: dt.date) -> FactorCounts:
    start = today - dt.timedelta(days=CREDIT_WINDOW_DAYS)
    return _grouped(session, sa.select(Deduction.project_id, sa.func.sum(Deduction.points))
                    .where(Deduction.status == DeductionStatus.CONFIRMED, Deduction.occurred_on > start,
                           Deduction.occurred_on <= today, Deduction.project_id.in_(sa.select(Project.id).where(in_scope)))
                    .group_by(Deduction.project_id), "deductions_12m")


FACTOR_PROVIDERS: list[FactorProvider] = [_open_findings, _notices, _deductions]


@dataclass(frozen=True)
class ProjectRisk:
    project_id: int
    score: float
    level: str
    breakdown: dict[str, float]


def project_risks(session: Session, *, scope: DataScope, today: dt.date,
                  extra: sa.ColumnElement[bool] | None = None) -> dict[int, ProjectRisk]:
    """Scores of every project in scope that has any risk factor (the others score 0)."""
    in_scope = scope.project_clause() if extra is None else scope.project_clause() & extra
    merged: FactorCounts = defaultdict(dict)
    for provider in FACTOR_PROVIDERS:
        for project_id, values in provider(session, in_scope, today).items():
            merged[project_id].update(values)
    risks = {}
    for project_id, values in merged.items():
        breakdown = risk_breakdown(RiskFactors(**values))
        score = round(sum(breakdown.values()), 2)
        risks[project_id] = ProjectRisk(project_id, score, risk_level_for(score), breakdown)
    return risks


def ranking(session: Session, *, scope: DataScope, today: dt.date, region_clause: sa.ColumnElement[bool] | None,
            limit: int) -> list[tuple[ProjectRisk, str, str]]:
    """The riskiest projects first, with name and district, for inspection planning."""
    risks = project_risks(session, scope=scope, today=today, extra=region_clause)
    top = sorted(risks.values(), key=lambda r: (-r.score, r.project_id))[:limit]
    rows = session.execute(sa.select(Project.id, Project.name, Project.district_adcode)
                           .where(Project.id.in_([r.project_id for r in top]))) if top else []
    names = {project_id: (name, district) for project_id, name, district in rows}
    return [(risk, *names[risk.project_id]) for risk in top]
