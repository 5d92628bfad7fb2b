"""The enterprise's workspace, computed from the reporting API: its projects with their verification
state, what falls due this month, and what supervisors returned.

The server keeps no "due" list for enterprises; the rules here read the same records a supervisor's
monthly review reads (progress photos, dangerous works, machinery certificates and operation plans,
safety duty) and follow the server's compliance scan (server/reporting/rules.py): last month's missing
photos, dismantled machines left out. So what the enterprise sees as due is what the supervisor checks.

A project whose records cannot be read is still listed (its state unknown) and named among the
workspace's failures; one bad project never blanks the page.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import partial
from typing import Generic, Protocol, TypeVar

from domain.enums import ProjectStatus
from domain.reporting import (
    PENDING,
    CertificateState,
    OperationType,
    SubmissionStatus,
    month_bounds,
    month_of,
    previous_month,
)
from domain.reporting_schemas import (
    DangerousWorkOut,
    EquipmentOut,
    OperationOut,
    ProgressReportOut,
    ProjectFactsOut,
    SafetyDutyOut,
    SubmissionOut,
)
from domain.schemas import ProjectQuery, ProjectSummary
from services.reporting_client import ReportingClient

FAN_OUT = 4  # parallel requests while gathering per-project records
PAGE = 200
PROJECT_PAGE = 500
T = TypeVar("T")
R = TypeVar("R")

# Projects whose site work is reportable: the ones that take photos and keep duty records.
ACTIVE = frozenset({ProjectStatus.UNDER_CONSTRUCTION, ProjectStatus.SUSPENDED})
FINISHED = frozenset({ProjectStatus.ACCEPTED})


class VerificationState(StrEnum):
    VERIFIED = "verified"  # nothing waiting, basic information confirmed
    PENDING = "pending"  # something waits for a supervisor
    RETURNED = "returned"  # something came back: the enterprise must act
    UNCONFIRMED = "unconfirmed"  # basic information never confirmed (no verified version yet)
    UNKNOWN = "unknown"  # the project's facts could not be loaded


class DueKind(StrEnum):
    PROGRESS_PHOTOS = "progress_photos"  # this (or last) month's progress photos not reported
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
    facts: ProjectFactsOut | None  # None when they could not be loaded
    pending: int
    returned: int

    @property
    def state(self) -> VerificationState:
        if self.returned:
            return VerificationState.RETURNED
        if self.pending:
            return VerificationState.PENDING
        if self.facts is None:
            return VerificationState.UNKNOWN
        if self.facts.verified_version is None:
            return VerificationState.UNCONFIRMED
        return VerificationState.VERIFIED


@dataclass(frozen=True)
class ProjectRecords:
    """What one project has on record, as far as the due rules need it."""

    actual_start: dt.date | None = None  # of construction (the project's facts)
    progress: list[ProgressReportOut] = field(default_factory=list)
    works: list[DangerousWorkOut] = field(default_factory=list)
    equipment: list[EquipmentOut] = field(default_factory=list)
    operations: list[OperationOut] = field(default_factory=list)
    duties: list[SafetyDutyOut] = field(default_factory=list)


@dataclass(frozen=True)
class ProjectFailure:
    """A project whose facts or records could not be loaded; its due items are missing."""

    project: ProjectSummary
    error: Exception


@dataclass(frozen=True)
class Workspace:
    today: dt.date
    projects: list[ProjectState]
    due: list[DueItem]
    returned: list[SubmissionOut]
    failures: list[ProjectFailure] = field(default_factory=list)


def dismantled_ids(operations: Iterable[OperationOut], today: dt.date) -> set[int]:
    """Machines whose verified dismantling is over: their certificates no longer matter (as on the server)."""
    return {op.equipment_id for op in operations
            if op.operation is OperationType.DISMANTLING and op.verification.verified and op.ends_on < today}


def due_items(project: ProjectSummary, records: ProjectRecords, today: dt.date) -> list[DueItem]:
    """What this project owes this month (and last month's photos, still missing), soonest first."""
    month = month_of(today)
    first, last = month_bounds(month)

    def item(kind: DueKind, subject: str, due_on: dt.date, **extra: object) -> DueItem:
        return DueItem(project.id, project.name, kind, subject, due_on, **extra)  # type: ignore[arg-type]

    due: list[DueItem] = []
    if project.status is ProjectStatus.UNDER_CONSTRUCTION:
        for photo_month in (previous_month(today), month):  # the server's scan chases last month's
            month_end = month_bounds(photo_month)[1]
            started = records.actual_start is None or records.actual_start <= month_end
            if started and not any(r.month == photo_month and r.photos for r in records.progress):
                due.append(item(DueKind.PROGRESS_PHOTOS, photo_month, month_end))
        if not any(first <= d.duty_date <= last for d in records.duties):
            due.append(item(DueKind.SAFETY_DUTY, month, last))
    for work in records.works:
        starts_now = work.actual_start is None and first <= work.planned_start <= last
        if starts_now:
            due.append(item(DueKind.WORK_STARTS, work.name, work.planned_start, verified=work.verification.verified))
        if work.actual_start is not None and work.actual_end is None and first <= work.planned_end <= last:
            due.append(item(DueKind.WORK_ENDS, work.name, work.planned_end, verified=work.verification.verified))
        operating = work.actual_start is not None and work.actual_end is None
        if (starts_now or operating) and not work.plan_approved:
            due.append(item(DueKind.PLAN_UNAPPROVED, work.name, work.actual_start or work.planned_start))
    dismantled = dismantled_ids(records.operations, today)
    for machine in records.equipment:
        if machine.id in dismantled:
            continue
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


class _Page(Protocol[T]):
    @property
    def items(self) -> Sequence[T]: ...

    @property
    def total(self) -> int: ...


def all_pages(fetch: Callable[[int], _Page[T]]) -> list[T]:
    """Every item of a paged listing: `fetch(page)` for page 1, 2, … until the total is reached."""
    items: list[T] = []
    page = 1
    while True:
        batch = fetch(page)
        items.extend(batch.items)
        if not batch.items or len(items) >= batch.total:
            return items
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


@dataclass(frozen=True)
class _Outcome(Generic[R]):
    value: R | None = None
    error: Exception | None = None


def _parallel(fn: Callable[[ProjectSummary], R], projects: Sequence[ProjectSummary]) -> list[_Outcome[R]]:
    """`fn` for every project, a few at a time; a failure is kept as that project's outcome."""
    def attempt(project: ProjectSummary) -> _Outcome[R]:
        try:
            return _Outcome(value=fn(project))
        except Exception as exc:  # reported with its project; the others are still shown
            return _Outcome(error=exc)

    with ThreadPoolExecutor(max_workers=FAN_OUT) as pool:
        return list(pool.map(attempt, projects))


def load_workspace(client: ReportingClient, today: dt.date) -> Workspace:
    """Everything the workspace shows, gathered in one blocking call (run it in the worker). The project
    list and the submissions must load; a project whose own facts or records fail is still listed, and
    named among the failures."""
    projects = all_pages(lambda page: client.api.list_projects(
        ProjectQuery(page=page, page_size=PROJECT_PAGE, sort="name")))
    open_items = all_pages(lambda page: client.submissions(pending=True, page=page, page_size=PAGE))
    returned = all_pages(lambda page: client.submissions(status=SubmissionStatus.RETURNED, page=page,
                                                         page_size=PAGE))
    pending, returned_counts = verification_counts([*open_items, *returned])
    facts = _parallel(lambda p: client.project_facts(p.id), projects)
    records = _parallel(partial(_records, client), projects)
    states: list[ProjectState] = []
    due: list[DueItem] = []
    failures: list[ProjectFailure] = []
    for project, project_facts, project_records in zip(projects, facts, records, strict=True):
        error = project_facts.error or project_records.error
        if error is not None:  # half the picture would list wrong items: its due items are left out
            failures.append(ProjectFailure(project, error))
        elif project_facts.value is not None and project_records.value is not None:
            due.extend(due_items(project, replace(project_records.value, actual_start=project_facts.value.actual_start),
                                 today))
        states.append(ProjectState(project, project_facts.value, pending[project.id], returned_counts[project.id]))
    due.sort(key=lambda d: (d.due_on, d.project_name, d.kind.value))
    returned.sort(key=lambda s: s.decided_at or s.submitted_at, reverse=True)
    return Workspace(today, states, due, returned, failures)
