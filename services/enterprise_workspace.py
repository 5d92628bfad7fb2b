"""The enterprise's workspace, computed from the reporting API: its projects with their verification
state, what falls due this month, and what supervisors returned.

The server keeps no "due" list for enterprises; the rules here read the same records a supervisor's
monthly review reads (progress photos, dangerous works, machinery certificates and operation plans,
safety duty), so what the enterprise sees as due is what the supervisor will check.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TypeVar

from domain.enums import ProjectStatus
from domain.reporting import (
    PENDING,
    CertificateState,
    OperationType,
    SubmissionStatus,
    month_bounds,
    month_of,
)
from domain.reporting_schemas import (
    DangerousWorkOut,
    EquipmentOut,
    OperationOut,
    ProgressReportOut,
    ProjectFactsOut,
    SafetyDutyOut,
    SubmissionOut,
    SubmissionPage,
)
from domain.schemas import ProjectQuery, ProjectSummary
from services.reporting_client import ReportingClient

FAN_OUT = 4  # parallel requests while gathering per-project records
PAGE = 200
T = TypeVar("T")

# Projects whose site work is reportable: the ones that take photos and keep duty records.
ACTIVE = frozenset({ProjectStatus.UNDER_CONSTRUCTION, ProjectStatus.SUSPENDED})
FINISHED = frozenset({ProjectStatus.ACCEPTED})


class VerificationState(StrEnum):
    VERIFIED = "verified"  # nothing waiting, basic information confirmed
    PENDING = "pending"  # something waits for a supervisor
    RETURNED = "returned"  # something came back: the enterprise must act
    UNCONFIRMED = "unconfirmed"  # basic information never confirmed (no verified version yet)


class DueKind(StrEnum):
    PROGRESS_PHOTOS = "progress_photos"  # this month's progress photos not reported
    SAFETY_DUTY = "safety_duty"  # no safety duty record this month
    WORK_STARTS = "work_starts"  # a dangerous work is planned to start this month
    WORK_ENDS = "work_ends"  # a dangerous work is planned to end this month
    PLAN_UNAPPROVED = "plan_unapproved"  # a work starting or in operation has no approved special plan
    CERTIFICATE_EXPIRING = "certificate_expiring"  # machinery inspection certificate within 30 days
    CERTIFICATE_EXPIRED = "certificate_expired"
    OPERATION = "operation"  # a lifting-machinery operation planned this month


@dataclass(frozen=True)
class DueItem:
    project_id: int
    project_name: str
    kind: DueKind
    subject: str  # what it is about: the month, a work's name, a machine's registration number
    due_on: dt.date
    verified: bool | None = None  # for items backed by a submission: has a supervisor verified it
    operation: OperationType | None = None


@dataclass(frozen=True)
class ProjectState:
    project: ProjectSummary
    facts: ProjectFactsOut
    pending: int
    returned: int

    @property
    def state(self) -> VerificationState:
        if self.returned:
            return VerificationState.RETURNED
        if self.pending:
            return VerificationState.PENDING
        if self.facts.verified_version is None:
            return VerificationState.UNCONFIRMED
        return VerificationState.VERIFIED


@dataclass(frozen=True)
class ProjectRecords:
    """What one project has on record, as far as the due rules need it."""

    progress: list[ProgressReportOut] = field(default_factory=list)
    works: list[DangerousWorkOut] = field(default_factory=list)
    equipment: list[EquipmentOut] = field(default_factory=list)
    operations: list[OperationOut] = field(default_factory=list)
    duties: list[SafetyDutyOut] = field(default_factory=list)


@dataclass(frozen=True)
class Workspace:
    today: dt.date
    projects: list[ProjectState]
    due: list[DueItem]
    returned: list[SubmissionOut]


def due_items(project: ProjectSummary, records: ProjectRecords, today: dt.date) -> list[DueItem]:
    """What this project owes this month, soonest first."""
    month = month_of(today)
    first, last = month_bounds(month)

    def item(kind: DueKind, subject: str, due_on: dt.date, **extra: object) -> DueItem:
        return DueItem(project.id, project.name, kind, subject, due_on, **extra)  # type: ignore[arg-type]

    due: list[DueItem] = []
    if project.status is ProjectStatus.UNDER_CONSTRUCTION:
        if not any(r.month == month and r.photos for r in records.progress):
            due.append(item(DueKind.PROGRESS_PHOTOS, month, last))
        if not any(first <= d.duty_date <= last for d in records.duties):
            due.append(item(DueKind.SAFETY_DUTY, month, last))
    for work in records.works:
        starts_now = work.actual_start is None and first <= work.planned_start <= last
        if starts_now:
            due.append(item(DueKind.WORK_STARTS, work.name, work.planned_start, verified=work.verification.verified))
        if work.actual_end is None and first <= work.planned_end <= last:
            due.append(item(DueKind.WORK_ENDS, work.name, work.planned_end, verified=work.verification.verified))
        operating = work.actual_start is not None and work.actual_end is None
        if (starts_now or operating) and not work.plan_approved:
            due.append(item(DueKind.PLAN_UNAPPROVED, work.name, work.actual_start or work.planned_start))
    for machine in records.equipment:
        state = CertificateState(machine.certificate_state)
        if state is not CertificateState.VALID:
            kind = DueKind.CERTIFICATE_EXPIRED if state is CertificateState.EXPIRED else DueKind.CERTIFICATE_EXPIRING
            due.append(item(kind, machine.registration_no, machine.inspection_expires_on))
    registration = {m.id: m.registration_no for m in records.equipment}
    for op in records.operations:
        if op.starts_on <= last and op.ends_on >= first and op.ends_on >= today:
            due.append(item(DueKind.OPERATION, registration.get(op.equipment_id, ""), op.starts_on,
                            verified=op.verification.verified, operation=op.operation))
    return sorted(due, key=lambda d: (d.due_on, d.kind.value, d.subject))


def verification_counts(submissions: Iterable[SubmissionOut]) -> tuple[Counter[int], Counter[int]]:
    """(pending per project, returned per project)."""
    pending: Counter[int] = Counter()
    returned: Counter[int] = Counter()
    for s in submissions:
        if s.status in PENDING:
            pending[s.project_id] += 1
        elif s.status is SubmissionStatus.RETURNED:
            returned[s.project_id] += 1
    return pending, returned


def _all_pages(fetch: Callable[[int], SubmissionPage]) -> list[SubmissionOut]:
    items: list[SubmissionOut] = []
    page = 1
    while True:
        batch = fetch(page)
        items.extend(batch.items)
        if not batch.items or len(items) >= batch.total:
            return items
        page += 1


def _projects(client: ReportingClient) -> list[ProjectSummary]:
    projects: list[ProjectSummary] = []
    page = 1
    while True:
        batch = client.api.list_projects(ProjectQuery(page=page, page_size=500, sort="name"))
        projects.extend(batch.items)
        if not batch.items or len(projects) >= batch.total:
            return projects
        page += 1


def _records(client: ReportingClient, project: ProjectSummary) -> ProjectRecords:
    if project.status in FINISHED:
        return ProjectRecords()
    equipment = client.equipment(project.id)
    active = project.status in ACTIVE
    return ProjectRecords(
        progress=client.progress_reports(project.id) if active else [],
        works=client.dangerous_works(project.id),
        equipment=equipment,
        operations=[op for m in equipment for op in client.operations(m.id)],
        duties=client.safety_duties(project.id) if active else [],
    )


def _parallel(fn: Callable[[ProjectSummary], T], projects: Sequence[ProjectSummary]) -> list[T]:
    with ThreadPoolExecutor(max_workers=FAN_OUT) as pool:
        return list(pool.map(fn, projects))


def load_workspace(client: ReportingClient, today: dt.date) -> Workspace:
    """Everything the workspace shows, gathered in one blocking call (run it in the worker)."""
    projects = _projects(client)
    open_items = _all_pages(lambda page: client.submissions(pending=True, page=page, page_size=PAGE))
    returned = _all_pages(lambda page: client.submissions(status=SubmissionStatus.RETURNED, page=page,
                                                          page_size=PAGE))
    pending, returned_counts = verification_counts([*open_items, *returned])
    facts = _parallel(lambda p: client.project_facts(p.id), projects)
    records = _parallel(lambda p: _records(client, p), projects)
    states = [ProjectState(p, f, pending[p.id], returned_counts[p.id]) for p, f in zip(projects, facts, strict=True)]
    due = sorted((d for p, r in zip(projects, records, strict=True) for d in due_items(p, r, today)),
                 key=lambda d: (d.due_on, d.project_name, d.kind.value))
    returned.sort(key=lambda s: s.decided_at or s.submitted_at, reverse=True)
    return Workspace(today, states, due, returned)
