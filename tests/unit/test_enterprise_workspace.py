"""The enterprise workspace on plain DTOs (no Qt, no server): a project's verification state and joining the
server's pages into one workspace. What falls due is computed by the server's compliance rules and tested
through the API (tests/api/test_enterprise_workspace.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from domain.enterprise_workspace import (
    DueItemOut,
    DueKind,
    VerificationState,
    WorkspacePage,
    WorkspaceProjectOut,
    verification_state,
)
from domain.enums import ProjectStatus, ProjectType, RiskLevel
from domain.reporting import SubmissionKind, SubmissionStatus
from domain.reporting_schemas import SubmissionOut
from domain.schemas import ProjectSummary
from services.enterprise_workspace import join_pages

TODAY = dt.date(2026, 11, 20)
AT = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)


@pytest.mark.parametrize(("pending", "returned", "verified_version", "state"), [
    (0, 0, 1, VerificationState.VERIFIED),
    (0, 0, None, VerificationState.UNCONFIRMED),
    (2, 0, None, VerificationState.PENDING),
    (2, 1, 1, VerificationState.RETURNED),  # what the enterprise must act on comes first
    (0, 1, None, VerificationState.RETURNED),
])
def test_verification_state(pending: int, returned: int, verified_version: int | None,
                            state: VerificationState) -> None:
    assert verification_state(pending=pending, returned=returned, verified_version=verified_version) is state


def _project(id_: int) -> WorkspaceProjectOut:
    summary = ProjectSummary(id=id_, name=f"项目{id_}", project_code="2401-440106-04-01-512345", permit_no=None,
                             status=ProjectStatus.UNDER_CONSTRUCTION, project_type=ProjectType.HOUSING,
                             risk_level=RiskLevel.LOW, district_adcode="440106", district_name="天河区",
                             city_adcode="440100", city_name="广州市", address="天河路1号", lon=113.3, lat=23.1,
                             floor_area_m2=1000, cost_10k_yuan=100, planned_start=None, planned_end=None)
    return WorkspaceProjectOut(project=summary, state=VerificationState.VERIFIED, pending=0, returned=0,
                               verified_version=1)


def _due(project_id: int, due_on: dt.date, kind: DueKind = DueKind.SAFETY_DUTY) -> DueItemOut:
    return DueItemOut(project_id=project_id, project_name=f"项目{project_id}", kind=kind, subject="2026-11",
                      due_on=due_on)


def _returned(id_: int, project_id: int, decided: dt.datetime) -> SubmissionOut:
    return SubmissionOut(id=id_, project_id=project_id, project_name=f"项目{project_id}",
                         kind=SubmissionKind.SAFETY_DUTY, record_id=id_, status=SubmissionStatus.RETURNED,
                         verified=False, summary="带班记录", submitted_by_unit_id=1, submitted_by_unit_name="某建工",
                         submitted_at=AT, decided_at=decided, comment="缺少签字")


def _page(page: int, total: int, projects: list[int], due: list[DueItemOut],
          returned: list[SubmissionOut]) -> WorkspacePage:
    return WorkspacePage(today=TODAY, total=total, page=page, page_size=2, projects=[_project(i) for i in projects],
                         due=due, returned=returned)


def test_pages_are_joined_in_order() -> None:
    pages = {
        1: _page(1, 5, [1, 2], [_due(1, dt.date(2026, 11, 3)), _due(2, dt.date(2026, 11, 30))],
                 [_returned(11, 1, AT + dt.timedelta(hours=1))]),
        2: _page(2, 5, [3, 4], [_due(4, dt.date(2026, 11, 10), DueKind.CERTIFICATE_EXPIRED)],
                 [_returned(12, 3, AT + dt.timedelta(hours=5)), _returned(13, 4, AT + dt.timedelta(hours=2))]),
        3: _page(3, 5, [5], [_due(5, dt.date(2026, 10, 31), DueKind.PROGRESS_PHOTOS)], []),
    }
    asked: list[int] = []

    def fetch(page: int) -> WorkspacePage:
        asked.append(page)
        return pages[page]

    workspace = join_pages(fetch)
    assert asked == [1, 2, 3]  # until every project is in
    assert workspace.today == TODAY
    assert [s.project.id for s in workspace.projects] == [1, 2, 3, 4, 5]
    assert [(d.project_id, d.due_on.day) for d in workspace.due] == [(5, 31), (1, 3), (4, 10), (2, 30)]
    assert [s.id for s in workspace.returned] == [12, 13, 11]  # latest decision first, across pages


def test_one_page_is_one_request_and_a_shrinking_scope_ends_the_paging() -> None:
    asked: list[int] = []

    def one(page: int) -> WorkspacePage:
        asked.append(page)
        return _page(1, 2, [1, 2], [], [])

    assert [s.project.id for s in join_pages(one).projects] == [1, 2] and asked == [1]

    def shrinking(page: int) -> WorkspacePage:  # a project left the enterprise's scope between two pages
        return _page(1, 3, [1, 2], [], []) if page == 1 else _page(page, 2, [], [], [])

    assert [s.project.id for s in join_pages(shrinking).projects] == [1, 2]
