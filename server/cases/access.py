"""Access checks shared by the case areas (inspections, notices, credit)."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from domain.enums import Role
from server.deps import Principal
from server.errors import forbidden, not_found
from server.projects.models import Project


def require_supervisor(principal: Principal) -> None:
    if not (principal.role.is_supervisor or principal.role is Role.SYSTEM_ADMIN):
        raise forbidden("only supervisors do this")


def scoped_project(session: Session, principal: Principal, project_id: int) -> Project:
    project = session.scalar(sa.select(Project).where(Project.id == project_id, principal.scope.project_clause()))
    if project is None:
        raise not_found("project")
    return project
