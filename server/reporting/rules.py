"""Compliance rules over reported data, in one place: the periodic scan (server.compliance) raises
follow-ups from them, and the enterprise workspace (`due_items`) lists what they will chase, so what an
enterprise sees as due is what the scan and the supervisor check. Each follow-up is keyed by what it is
about, so a rule that fires again raises nothing new."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import InstrumentedAttribute, Session

from domain.enterprise_workspace import DueItemOut, DueKind, due_order
from domain.enums import ProjectStatus, UnitKind
from domain.followups import FollowUpSource
from domain.reporting import (
    CERT_WARNING_DAYS,
    CertificateState,
    OperationType,
    SubmissionKind,
    SubmissionStatus,
    certificate_state,
    month_bounds,
    month_of,
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
    ProgressPhoto,
    ProgressReport,
    SafetyDuty,
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


# --- the rules' conditions, shared by the scan and the workspace ------------------------------------


def photos_missing(month: str) -> list[sa.ColumnElement[bool]]:
    """Projects under construction, started by the month's end, without progress photos for the month."""
    last = month_bounds(month)[1]
    reported = (sa.select(ProgressReport.project_id).join(ProgressPhoto, ProgressPhoto.report_id == ProgressReport.id)
                .where(ProgressReport.month == month))
    return [Project.status == ProjectStatus.UNDER_CONSTRUCTION,
            sa.or_(Project.actual_start.is_(None), Project.actual_start <= last), Project.id.not_in(reported)]


def approved_work_ids() -> sa.Select[int]:
    """Works whose special plan a supervisor verified (the approval)."""
    return (sa.select(DangerousWorkPlan.work_id)
            .join(Submission, (Submission.kind == SubmissionKind.DANGEROUS_WORK_PLAN)
                  & (Submission.record_id == DangerousWorkPlan.id))
            .where(Submission.status == SubmissionStatus.VERIFIED))


def in_operation(today: dt.date) -> sa.ColumnElement[bool]:
    """A dangerous work that has started and not ended."""
    return sa.and_(DangerousWork.actual_start.is_not(None), DangerousWork.actual_start <= today,
                   DangerousWork.actual_end.is_(None))


def dismantled_ids(today: dt.date) -> sa.Select[int]:
    """Machines whose verified dismantling is over: their certificates no longer matter."""
    return (sa.select(EquipmentOperation.equipment_id)
            .join(Submission, (Submission.kind == SubmissionKind.EQUIPMENT_OPERATION)
                  & (Submission.record_id == EquipmentOperation.id))
            .where(EquipmentOperation.operation == OperationType.DISMANTLING,
                   EquipmentOperation.ends_on < today, Submission.status == SubmissionStatus.VERIFIED))


def certificates_watched(today: dt.date) -> list[sa.ColumnElement[bool]]:
    """Machines (not dismantled) whose inspection certificate expired or expires within the warning days."""
    return [Equipment.inspection_expires_on <= today + dt.timedelta(days=CERT_WARNING_DAYS),
            Equipment.id.not_in(dismantled_ids(today))]


# --- the scan ----------------------------------------------------------------------------------------


def raise_missing_progress(session: Session, *, today: dt.date) -> int:
    """Projects under construction (and started by the end of last month) with no photos for it."""
    month = previous_month(today)
    first, last = month_bounds(month)
    projects = session.execute(sa.select(Project.id, Project.name).where(*photos_missing(month))).all()
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
    works = session.scalars(sa.select(DangerousWork).where(in_operation(today),
                                                           DangerousWork.id.not_in(approved_work_ids()))).all()
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
    machines = session.scalars(sa.select(Equipment).where(*certificates_watched(today))).all()
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


# --- what falls due: the enterprise workspace -------------------------------------------------------


def _reported_by(unit_id: int, kind: SubmissionKind, record_id: InstrumentedAttribute[int]) -> sa.ColumnElement[bool]:
    return sa.and_(Submission.kind == kind, Submission.record_id == record_id, Submission.submitted_by_unit_id == unit_id)


def due_items(session: Session, project_ids: list[int], *, unit_id: int, today: dt.date) -> list[DueItemOut]:
    """What the projects owe this month (and last month's photos, which the scan chases), soonest first.

    A project's own duties (progress photos of projects under construction, a safety duty record each
    month) count whoever reported them; works, machines and their operations are listed when `unit_id`
    reported them, since only the reporter can act on them. Accepted projects owe nothing more."""
    month = month_of(today)
    first, last = month_bounds(month)
    ids = Project.id.in_(project_ids)
    open_project = Project.status != ProjectStatus.ACCEPTED
    due: list[DueItemOut] = []

    def item(project_id: int, name: str, kind: DueKind, subject: str, due_on: dt.date, *,
             verified: bool | None = None, operation: OperationType | None = None) -> None:
        due.append(DueItemOut(project_id=project_id, project_name=name, kind=kind, subject=subject, due_on=due_on,
                              verified=verified, operation=operation))

    for photo_month in (previous_month(today), month):
        for project_id, name in session.execute(sa.select(Project.id, Project.name).where(ids,
                                                                                         *photos_missing(photo_month))):
            item(project_id, name, DueKind.PROGRESS_PHOTOS, photo_month, month_bounds(photo_month)[1])
    on_duty = sa.select(SafetyDuty.project_id).where(SafetyDuty.duty_date.between(first, last))
    for project_id, name in session.execute(sa.select(Project.id, Project.name).where(
            ids, Project.status == ProjectStatus.UNDER_CONSTRUCTION, Project.id.not_in(on_duty))):
        item(project_id, name, DueKind.SAFETY_DUTY, month, last)

    starts_now = sa.and_(DangerousWork.actual_start.is_(None), DangerousWork.planned_start.between(first, last))
    works = session.execute(
        sa.select(DangerousWork, Project.name, Submission.status, DangerousWork.id.in_(approved_work_ids()))
        .join(Project, Project.id == DangerousWork.project_id)
        .join(Submission, _reported_by(unit_id, SubmissionKind.DANGEROUS_WORK, DangerousWork.id))
        .where(ids, open_project, sa.or_(starts_now, in_operation(today))))
    for work, name, status, approved in works:
        verified = status is SubmissionStatus.VERIFIED
        if work.actual_start is None:
            item(work.project_id, name, DueKind.WORK_STARTS, work.name, work.planned_start, verified=verified)
        elif first <= work.planned_end <= last:
            item(work.project_id, name, DueKind.WORK_ENDS, work.name, work.planned_end, verified=verified)
        if not approved:
            item(work.project_id, name, DueKind.PLAN_UNAPPROVED, work.name, work.actual_start or work.planned_start)

    machines = session.execute(
        sa.select(Equipment, Project.name).join(Project, Project.id == Equipment.project_id)
        .join(Submission, _reported_by(unit_id, SubmissionKind.EQUIPMENT, Equipment.id))
        .where(ids, open_project, *certificates_watched(today)))
    for machine, name in machines:
        state = certificate_state(machine.inspection_expires_on, today)
        if state is not CertificateState.VALID:
            kind = DueKind.CERTIFICATE_EXPIRED if state is CertificateState.EXPIRED else DueKind.CERTIFICATE_EXPIRING
            item(machine.project_id, name, kind, machine.registration_no, machine.inspection_expires_on)

    machine_reported = sa.select(Submission.record_id).where(Submission.kind == SubmissionKind.EQUIPMENT,
                                                             Submission.submitted_by_unit_id == unit_id)
    operations = session.execute(
        sa.select(EquipmentOperation, Equipment.registration_no, Project.name, Submission.status)
        .join(Equipment, Equipment.id == EquipmentOperation.equipment_id)
        .join(Project, Project.id == EquipmentOperation.project_id)
        .join(Submission, _reported_by(unit_id, SubmissionKind.EQUIPMENT_OPERATION, EquipmentOperation.id))
        .where(ids, open_project, Equipment.id.in_(machine_reported), EquipmentOperation.starts_on <= last,
               EquipmentOperation.ends_on >= max(first, today)))
    for operation, registration_no, name, status in operations:
        item(operation.project_id, name, DueKind.OPERATION, registration_no, operation.starts_on,
             verified=status is SubmissionStatus.VERIFIED, operation=operation.operation)
    return sorted(due, key=due_order)
