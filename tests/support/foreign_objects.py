"""What a path parameter names, and which of those objects lie outside a caller's data scope.

The generated AuthZ matrix (tests/api/test_authz_matrix.py) reads every path parameter of the OpenAPI
through `classify`: a parameter is either a kind of scoped object (`OWNED_OBJECTS`, keyed by the collection
it follows, because `plan_id` names an inspection plan under /inspection-plans and a dangerous-work plan
under /reporting/dangerous-work-plans) or a plain value (`PLAIN_PARAMETERS`). A name in neither table
fails the matrix, so a new kind of id cannot slip past it unprobed: extend the table instead.

Scope is per project (server.security.scopes): each kind maps to (object id, project id) rows, and an
object is foreign to a caller when none of its projects is in the caller's scope.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from server.cases.models import Inspection, Notice
from server.credit.models import Deduction
from server.documents.models import Document
from server.followups.models import FollowUp
from server.monitoring.models import Device, DeviceWarning
from server.projects.models import Project, ProjectUnit
from server.reporting.models import (
    DangerousWork,
    DangerousWorkPlan,
    Equipment,
    ProgressPhoto,
    ProgressReport,
    Submission,
)
from server.risk.models import InspectionPlanItem
from server.security.models import ApiKey, User
from server.security.scopes import DataScope

Rows = Callable[[], sa.Select]


def _on_project(model: type) -> Rows:
    return lambda: sa.select(model.id, model.project_id)  # type: ignore[attr-defined]


OWNED_OBJECTS: dict[str, Rows] = {  # "<collection>/{parameter}" -> (object id, project id) rows
    "projects/{project_id}": lambda: sa.select(Project.id, Project.id),
    # a unit belongs to the projects it takes part in (an enterprise also sees itself: it takes part in its own)
    "units/{unit_id}": lambda: sa.select(ProjectUnit.unit_id, ProjectUnit.project_id),
    # an account belongs to its unit's projects; supervisors' accounts (no unit) belong to none
    "accounts/{user_id}": lambda: sa.select(User.id, ProjectUnit.project_id).outerjoin(
        ProjectUnit, ProjectUnit.unit_id == User.unit_id),
    "inspections/{inspection_id}": _on_project(Inspection),
    "notices/{notice_id}": _on_project(Notice),
    "documents/{document_id}": _on_project(Document),
    "deductions/{deduction_id}": _on_project(Deduction),
    "inspection-plans/{plan_id}": lambda: sa.select(InspectionPlanItem.plan_id, InspectionPlanItem.project_id),
    "follow-ups/{follow_up_id}": _on_project(FollowUp),
    "submissions/{submission_id}": _on_project(Submission),
    "progress-photos/{photo_id}": lambda: sa.select(ProgressPhoto.id, ProgressReport.project_id).join(
        ProgressReport, ProgressReport.id == ProgressPhoto.report_id),
    "dangerous-works/{work_id}": _on_project(DangerousWork),
    "dangerous-work-plans/{plan_id}": lambda: sa.select(DangerousWorkPlan.id, DangerousWork.project_id).join(
        DangerousWork, DangerousWork.id == DangerousWorkPlan.work_id),
    "equipment/{equipment_id}": _on_project(Equipment),
    "devices/{device_id}": _on_project(Device),
    "warnings/{warning_id}": _on_project(DeviceWarning),
    # a wall credential belongs to no project: foreign to every scoped role (only the system admin manages them)
    "credentials/{credential_id}": lambda: sa.select(ApiKey.id, sa.cast(sa.null(), sa.Integer).label("project_id")),
}

PLAIN_PARAMETERS: dict[str, str | None] = {  # not an object of anybody's scope -> the value probed
    "action": None,  # the operation's verb: every value of its enum is probed
    "month": "2026-10",  # a reporting month
    "code": "JGJ59-SAFETY",  # a checklist template, shared by every agency of the province
}


@dataclass(frozen=True)
class PathParameter:
    name: str
    kind: str | None  # an OWNED_OBJECTS key, or None for a plain value
    values: tuple[str, ...] = ()  # the values of a plain parameter


def classify(path: str, parameter: dict) -> PathParameter:
    """What one OpenAPI path parameter of `path` names; an unknown one fails (extend the tables above)."""
    name = parameter["name"]
    if name in PLAIN_PARAMETERS:
        schema = parameter.get("schema", {})
        value = PLAIN_PARAMETERS[name]
        values = tuple(schema["enum"]) if value is None and "enum" in schema else (value,) if value else ()
        assert values, f"{path}: plain parameter {{{name}}} has no enum to probe; give it a value in PLAIN_PARAMETERS"
        return PathParameter(name, None, values)
    segments = path.split("/")
    collection = segments[segments.index(f"{{{name}}}") - 1]
    kind = f"{collection}/{{{name}}}"
    assert kind in OWNED_OBJECTS, (
        f"{path}: unknown path parameter {kind}; say which objects it names in tests/support/foreign_objects.py "
        f"(OWNED_OBJECTS) or, if it names none, give it a value in PLAIN_PARAMETERS")
    return PathParameter(name, kind)


def _rows(kind: str) -> sa.Subquery:
    return OWNED_OBJECTS[kind]().subquery()


def foreign_object(session: Session, kind: str, scope: DataScope) -> int | None:
    """The newest object of `kind` none of whose projects is in `scope` (the newest, so that the objects a
    world adds on purpose, such as a pending application, are the ones probed)."""
    rows = _rows(kind)
    object_id, project_id = rows.c
    visible = sa.select(object_id).join(Project, Project.id == project_id).where(Project.in_scope(scope))
    return session.scalar(sa.select(sa.func.max(object_id)).where(object_id.not_in(visible)))


def any_object(session: Session, kind: str) -> int | None:
    """The newest object of `kind`, whoever sees it."""
    object_id = _rows(kind).c[0]
    return session.scalar(sa.select(sa.func.max(object_id)))
