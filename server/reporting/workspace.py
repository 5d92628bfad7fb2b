"""The enterprise workspace in one answer per page of its projects: each project's verification state,
what falls due (server/reporting/rules.py, the rules the compliance scan chases) and what supervisors
returned. An enterprise sees only its own projects and its own unit's submissions."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import sqlalchemy as sa
from sqlalchemy.orm import Session

from domain.enterprise_workspace import WorkspacePage, WorkspaceProjectOut, verification_state
from domain.reporting import OPEN, PENDING, SubmissionStatus
from domain.schemas import ProjectQuery
from server.deps import Principal
from server.projects.models import Project
from server.projects.service import list_projects
from server.regions.service import RegionCatalog
from server.reporting.models import Submission
from server.reporting.project_facts import verified_versions
from server.reporting.queue import require_reporter, submission_scope
from server.reporting.rules import due_items
from server.reporting.verification import submission_out
from server.units.models import Unit


def workspace_page(session: Session, principal: Principal, catalog: RegionCatalog, *, page: int, page_size: int,
                   today: dt.date) -> WorkspacePage:
    require_reporter(principal)
    assert principal.unit_id is not None
    projects = list_projects(session, query=ProjectQuery(page=page, page_size=page_size, sort="name"),
                             scope=principal.scope, catalog=catalog)
    ids = [p.id for p in projects.items]
    pending: Counter[int] = Counter()
    returned: Counter[int] = Counter()
    for project_id, status, count in session.execute(
            sa.select(Submission.project_id, Submission.status, sa.func.count())
            .where(Submission.project_id.in_(ids), Submission.status.in_(OPEN), submission_scope(principal))
            .group_by(Submission.project_id, Submission.status)):
        (pending if status in PENDING else returned)[project_id] += count
    versions = verified_versions(session, ids)
    states = [WorkspaceProjectOut(project=p, pending=pending[p.id], returned=returned[p.id],
                                  verified_version=versions.get(p.id),
                                  state=verification_state(pending=pending[p.id], returned=returned[p.id],
                                                           verified_version=versions.get(p.id)))
              for p in projects.items]
    sent_back = session.execute(
        sa.select(Submission, Project.name, Unit.name).join(Project, Project.id == Submission.project_id)
        .join(Unit, Unit.id == Submission.submitted_by_unit_id)
        .where(Submission.project_id.in_(ids), Submission.status == SubmissionStatus.RETURNED,
               submission_scope(principal))
        .order_by(sa.func.coalesce(Submission.decided_at, Submission.submitted_at).desc(), Submission.id.desc()))
    return WorkspacePage(today=today, total=projects.total, page=page, page_size=page_size, projects=states,
                         due=due_items(session, ids, unit_id=principal.unit_id, today=today),
                         returned=[submission_out(session, s, with_events=False, names=(project, unit))
                                   for s, project, unit in sent_back])
