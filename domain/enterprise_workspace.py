"""What the enterprise workspace shows, as the server computes it (GET /reporting/workspace): the
enterprise's projects with their verification state, what falls due (by the compliance rules of
server/reporting/rules.py, the same ones its scan chases) and what supervisors returned."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from domain.reporting import OperationType
from domain.reporting_schemas import SubmissionOut
from domain.schemas import Dto, ProjectSummary

WORKSPACE_PAGE_SIZE = 500  # projects per page: one page holds any enterprise of the demo and most real ones


class VerificationState(StrEnum):
    """A project's standing with its supervisor, what needs the enterprise first."""

    VERIFIED = "verified"  # nothing waiting, basic information confirmed
    PENDING = "pending"  # something waits for a supervisor
    RETURNED = "returned"  # something came back: the enterprise must act
    UNCONFIRMED = "unconfirmed"  # basic information never confirmed (no verified version yet)


def verification_state(*, pending: int, returned: int, verified_version: int | None) -> VerificationState:
    if returned:
        return VerificationState.RETURNED
    if pending:
        return VerificationState.PENDING
    if verified_version is None:
        return VerificationState.UNCONFIRMED
    return VerificationState.VERIFIED


class DueKind(StrEnum):
    PROGRESS_PHOTOS = "progress_photos"  # this (or last) month's progress photos not reported
    SAFETY_DUTY = "safety_duty"  # no safety duty record this month
    WORK_STARTS = "work_starts"  # a dangerous work is planned to start this month
    WORK_ENDS = "work_ends"  # a dangerous work is planned to end this month
    PLAN_UNAPPROVED = "plan_unapproved"  # a work starting or in operation has no approved special plan
    CERTIFICATE_EXPIRING = "certificate_expiring"  # machinery inspection certificate within 30 days
    CERTIFICATE_EXPIRED = "certificate_expired"
    OPERATION = "operation"  # a lifting-machinery operation planned this month


class DueItemOut(Dto):
    project_id: int
    project_name: str
    kind: DueKind
    subject: str  # what it is about: the month, a work's name, a machine's registration number
    due_on: dt.date
    verified: bool | None = None  # for items backed by a submission: has a supervisor verified it
    operation: OperationType | None = None


def due_order(item: DueItemOut) -> tuple[dt.date, str, str, str, int]:
    """Soonest first, then by project, kind and subject."""
    return item.due_on, item.project_name, item.kind.value, item.subject, item.project_id


def returned_order(submission: SubmissionOut) -> tuple[dt.datetime, int]:
    """Sorted on this in reverse: the latest decision first."""
    return submission.decided_at or submission.submitted_at, submission.id


class WorkspaceProjectOut(Dto):
    project: ProjectSummary
    state: VerificationState
    pending: int  # the enterprise's submissions of this project waiting for a supervisor
    returned: int  # … and those returned to it
    verified_version: int | None  # of the basic information; None: never confirmed


class WorkspaceOut(Dto):
    """The whole workspace (the client joins the pages into one)."""

    today: dt.date  # the server's date the due items were computed for
    projects: list[WorkspaceProjectOut]  # by name
    due: list[DueItemOut]  # soonest first
    returned: list[SubmissionOut]  # latest decision first


class WorkspacePage(WorkspaceOut):
    """One page of the enterprise's projects, with their due items and returned submissions."""

    total: int  # projects in the enterprise's scope
    page: int
    page_size: int
