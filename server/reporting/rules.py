"""Compliance rules over reported data, run by the periodic scan (server.compliance). Each follow-up
is keyed by what it is about, so a rule that fires again raises nothing new."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Session

from domain.enums import ProjectStatus, UnitKind
from domain.followups import FollowUpSource
from domain.reporting import (
    CertificateState,
    OperationType,
    SubmissionKind,
    SubmissionStatus,
    certificate_state,
    month_bounds,
    previous_month,
)
from server.followups.models import FollowUp
from server.followups.service import commit_every_batch, raise_follow_up
from server.projects.models import Project, ProjectUnit
from server.reporting.models import (
    DangerousWork,
    DangerousWorkPlan,
    Equipment,
    EquipmentOperation,
    ProgressReport,
    Submission,
)
from server.security.actor import Actor

_ACTOR = Actor.system("reporting-rules")
_PREFERRED_ASSIGNEE = (UnitKind.GENERAL_CONTRACTOR, UnitKind.CONSTRUCTION)


def _builders(session: Session, project_ids: list[int]) -> dict[int, int]:
    """The unit answerable for a project's reports: its general contractor, else its builder."""
    chosen: dict[int, tuple[int, int]] = {}
    rows = session.execute(sa.select(ProjectUnit.project_id, ProjectUnit.unit_id, ProjectUnit.role)
                           .where(ProjectUnit.project_id.in_(project_ids),
                                  ProjectUnit.role.in_(_PREFERRED_ASSIGNEE)).order_by(ProjectUnit.unit_id))
    for project_id, unit_id, role in rows:
        rank = _PREFERRED_ASSIGNEE.index(role)
        if project_id not in chosen or rank < chosen[project_id][0]:
            chosen[project_id] = (rank, unit_id)
    return {project_id: unit_id for project_id, (_, unit_id) in chosen.items()}


def _existing_refs(session: Session, source: FollowUpSource) -> set[str]:
    """Refs already followed up, read once, so an idle scan does not probe every candidate."""
    return set(session.scalars(sa.select(FollowUp.source_ref).where(FollowUp.source == source)))


def _reporter(session: Session, kind: SubmissionKind, record_ids: list[int]) -> dict[int, int]:
    return dict(session.execute(sa.select(Submission.record_id, Submission.submitted_by_unit_id)
                                .where(Submission.kind == kind, Submission.record_id.in_(record_ids))).all())


def raise_missing_progress(session: Session, *, today: dt.date) -> int:
    """Projects under construction (and started by the end of last month) with no photos for it."""
    month = previous_month(today)
    first, last = month_bounds(month)
    reported = sa.select(ProgressReport.project_id).where(ProgressReport.month == month)
    projects = session.execute(
        sa.select(Project.id, Project.name).where(
            Project.status == ProjectStatus.UNDER_CONSTRUCTION,
            sa.or_(Project.actual_start.is_(None), Project.actual_start <= last), Project.id.not_in(reported))
    ).all()
    assignees = _builders(session, [p.id for p in projects])
    existing = _existing_refs(session, FollowUpSource.PROGRESS_MISSING)
    made = 0
    for project_id, name in projects:
        if project_id in assignees and f"{project_id}:{month}" not in existing and raise_follow_up(
                session, project_id=project_id, source=FollowUpSource.PROGRESS_MISSING, source_ref=f"{project_id}:{month}",
                title=f"{name} 未上报 {month} 月度形象进度", detail=f"{first} 至 {last} 无形象进度照片",
                assigned_unit_id=assignees[project_id], actor=_ACTOR):
            made += 1
            commit_every_batch(session, made)
    return made


def raise_unapproved_dangerous_works(session: Session, *, today: dt.date) -> int:
    """A dangerous work in operation without an approved special plan."""
    approved = (sa.select(DangerousWorkPlan.work_id)
                .join(Submission, (Submission.kind == SubmissionKind.DANGEROUS_WORK_PLAN)
                      & (Submission.record_id == DangerousWorkPlan.id))
                .where(Submission.status == SubmissionStatus.VERIFIED))
    works = session.scalars(sa.select(DangerousWork).where(
        DangerousWork.actual_start.is_not(None), DangerousWork.actual_start <= today, DangerousWork.actual_end.is_(None),
        DangerousWork.id.not_in(approved))).all()
    reporters = _reporter(session, SubmissionKind.DANGEROUS_WORK, [w.id for w in works])
    existing = _existing_refs(session, FollowUpSource.DANGEROUS_WORKS_UNAPPROVED)
    made = 0
    for work in works:
        if str(work.id) not in existing and raise_follow_up(session, project_id=work.project_id, source=FollowUpSource.DANGEROUS_WORKS_UNAPPROVED,
                           source_ref=str(work.id), title=f"危大工程 {work.name} 无审批通过的专项方案即施工",
                           detail=f"{work.actual_start} 开始作业（{work.level.value}），专项施工方案未经审批",
                           assigned_unit_id=reporters[work.id], actor=_ACTOR):
            made += 1
            commit_every_batch(session, made)
    return made


def raise_machinery_certificates(session: Session, *, today: dt.date) -> int:
    """Inspection certificates expiring within 30 days, and expired ones (one follow-up each, per
    certificate date, so a renewed certificate is watched afresh). Dismantled machines are left out."""
    dismantled = (sa.select(EquipmentOperation.equipment_id)
                  .join(Submission, (Submission.kind == SubmissionKind.EQUIPMENT_OPERATION)
                        & (Submission.record_id == EquipmentOperation.id))
                  .where(EquipmentOperation.operation == OperationType.DISMANTLING,
                         EquipmentOperation.ends_on < today, Submission.status == SubmissionStatus.VERIFIED))
    horizon = today + dt.timedelta(days=30)
    machines = session.scalars(sa.select(Equipment).where(Equipment.inspection_expires_on <= horizon,
                                                          Equipment.id.not_in(dismantled))).all()
    reporters = _reporter(session, SubmissionKind.EQUIPMENT, [m.id for m in machines])
    existing = _existing_refs(session, FollowUpSource.MACHINERY_CERTIFICATE)
    made = 0
    for machine in machines:
        state = certificate_state(machine.inspection_expires_on, today)
        ref = f"{machine.id}:{machine.inspection_expires_on}:{state.value}"
        if state is CertificateState.VALID or ref in existing:
            continue
        wording = "已过期" if state is CertificateState.EXPIRED else "将于 30 天内到期"
        if raise_follow_up(session, project_id=machine.project_id, source=FollowUpSource.MACHINERY_CERTIFICATE,
                           source_ref=ref,
                           title=f"起重机械 {machine.registration_no} 检验合格证{wording}",
                           detail=f"检验合格证 {machine.inspection_cert_no} 有效期至 {machine.inspection_expires_on}",
                           assigned_unit_id=reporters[machine.id], actor=_ACTOR):
            made += 1
            commit_every_batch(session, made)
    return made


def run_reporting_rules(session: Session, *, today: dt.date) -> int:
    made = (raise_missing_progress(session, today=today) + raise_unapproved_dangerous_works(session, today=today)
            + raise_machinery_certificates(session, today=today))
    session.commit()
    return made
