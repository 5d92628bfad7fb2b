"""The one scoped project lookup every area uses: out of scope looks exactly like missing."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from server.deps import Principal
from server.errors import not_found
from server.projects.models import Project


def scoped_project(session: Session, principal: Principal, project_id: int) -> Project:
    project = session.scalar(sa.select(Project).where(Project.id == project_id, Project.in_scope(principal.scope)))
    if project is None:
        raise not_found("project")
    return project
