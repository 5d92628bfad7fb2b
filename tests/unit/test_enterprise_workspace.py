"""The enterprise workspace on plain DTOs (no Qt, no server): its "due" rules, which follow the server's
compliance scan, the projects' verification state, and gathering it all page by page, project by project."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

import pytest

from domain.dangerous_works import DangerLevel, DangerousWorkType
from domain.enums import ProjectStatus, ProjectType, RiskLevel
from domain.reporting import EquipmentType, OperationType, SubmissionStatus
from domain.reporting_schemas import (
    CrewMember,
    DangerousWorkOut,
    EquipmentOut,
    OperationOut,
    ProgressReportOut,
    ProjectFactsOut,
    SafetyDutyOut,
    SubmissionOut,
    VerificationOut,
)
from domain.schemas import ProjectSummary
from services.enterprise_workspace import (
    DueKind,
    ProjectRecords,
    ProjectState,
    VerificationState,
    due_items,
    load_workspace,
    verification_counts,
)
from services.errors import ApiError

TODAY = dt.date(2026, 11, 20)
AT = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)


def _verification(verified: bool = False) -> VerificationOut:
    return VerificationOut(submission_id=1, status=SubmissionStatus.VERIFIED if verified else SubmissionStatus.SUBMITTED,
                           verified=verified, comment="", submitted_at=AT, decided_at=None)


def _project(status: ProjectStatus = ProjectStatus.UNDER_CONSTRUCTION, id_: int = 7,
             name: str = "天河某项目") -> ProjectSummary:
    return ProjectSummary(id=id_, name=name, project_code="2401-440106-04-01-512345", permit_no=None, status=status,
                          project_type=ProjectType.HOUSING, risk_level=RiskLevel.LOW, district_adcode="440106",
                          district_name="天河区", city_adcode="440100", city_name="广州市", address="天河路1号",
                          lon=113.3, lat=23.1, floor_area_m2=1000, cost_10k_yuan=100, planned_start=None,
                          planned_end=None)


def _report(month: str) -> ProgressReportOut:
    return ProgressReportOut.model_construct(month=month, photos=[object()])


def _work(name: str, start: dt.date, end: dt.date, *, actual_start: dt.date | None = None,
          approved: bool = False) -> DangerousWorkOut:
    return DangerousWorkOut(id=1, project_id=7, name=name, work_type=DangerousWorkType.FOUNDATION_PIT,
                            parameters={"depth_m": 6}, level=DangerLevel.BEYOND_SCALE, reasons=[],
                            needs_expert_review=True, location="", planned_start=start, planned_end=end,
                            actual_start=actual_start, actual_end=None, plan_approved=approved,
                            verification=_verification())


def test_a_site_under_construction_owes_photos_and_a_duty_record() -> None:
    due = [(d.kind, d.subject, d.due_on) for d in due_items(_project(), ProjectRecords(), TODAY)]
    assert due == [(DueKind.PROGRESS_PHOTOS, "2026-10", dt.date(2026, 10, 31)),  # last month's: the scan chases it
                   (DueKind.PROGRESS_PHOTOS, "2026-11", dt.date(2026, 11, 30)),
                   (DueKind.SAFETY_DUTY, "2026-11", dt.date(2026, 11, 30))]
    duty = SafetyDutyOut.model_construct(duty_date=dt.date(2026, 11, 3))
    this_month_only = ProjectRecords(progress=[_report("2026-11")], duties=[duty])
    assert [(d.kind, d.subject) for d in due_items(_project(), this_month_only, TODAY)] == [
        (DueKind.PROGRESS_PHOTOS, "2026-10")]
    both = ProjectRecords(progress=[_report("2026-10"), _report("2026-11")], duties=[duty])
    assert due_items(_project(), both, TODAY) == []
    assert due_items(_project(ProjectStatus.PLANNED), ProjectRecords(), TODAY) == []


def test_no_photos_are_due_for_a_month_before_construction_started() -> None:
    started_this_month = ProjectRecords(actual_start=dt.date(2026, 11, 5))
    assert [d.subject for d in due_items(_project(), started_this_month, TODAY)
            if d.kind is DueKind.PROGRESS_PHOTOS] == ["2026-11"]
    started_last_month = ProjectRecords(actual_start=dt.date(2026, 10, 31))
    assert [d.subject for d in due_items(_project(), started_last_month, TODAY)
            if d.kind is DueKind.PROGRESS_PHOTOS] == ["2026-10", "2026-11"]


def test_a_suspended_site_owes_no_photos_or_duty_but_its_works_and_machines_still_count() -> None:
    works = [_work("基坑", dt.date(2026, 9, 1), dt.date(2027, 3, 1), actual_start=dt.date(2026, 9, 2))]
    equipment = [_machine(1, dt.date(2026, 11, 1), "expired")]
    due = due_items(_project(ProjectStatus.SUSPENDED), ProjectRecords(works=works, equipment=equipment), TODAY)
    assert [(d.kind, d.subject) for d in due] == [(DueKind.PLAN_UNAPPROVED, "基坑"),
                                                 (DueKind.CERTIFICATE_EXPIRED, "粤AT-0001")]


def test_dangerous_works_starting_ending_or_unapproved_this_month() -> None:
    works = [_work("基坑", dt.date(2026, 11, 25), dt.date(2027, 3, 1)),
             _work("高支模", dt.date(2026, 9, 1), dt.date(2026, 11, 28), actual_start=dt.date(2026, 9, 2),
                   approved=True),
             _work("脚手架", dt.date(2027, 1, 1), dt.date(2027, 5, 1))]
    due = [(d.kind, d.subject) for d in due_items(_project(ProjectStatus.PLANNED), ProjectRecords(works=works), TODAY)]
    assert due == [(DueKind.PLAN_UNAPPROVED, "基坑"), (DueKind.WORK_STARTS, "基坑"), (DueKind.WORK_ENDS, "高支模")]


def test_a_work_that_never_started_is_not_due_to_end() -> None:
    never_started = _work("卸料平台", dt.date(2026, 10, 1), dt.date(2026, 11, 28))
    due = [(d.kind, d.subject) for d in due_items(_project(ProjectStatus.PLANNED),
                                                  ProjectRecords(works=[never_started]), TODAY)]
    assert due == []


def _machine(id_: int, expires: dt.date, state: str) -> EquipmentOut:
    return EquipmentOut(id=id_, project_id=7, certificate_state=state, verification=_verification(True),
                        equipment_type=EquipmentType.TOWER_CRANE, model="QTZ80", registration_no=f"粤AT-{id_:04d}",
                        rated_capacity_kn=80, manufacturer="中联重科", inspection_cert_no="JY-0001",
                        inspection_expires_on=expires)


def _operation(equipment_id: int, kind: OperationType, starts: dt.date, ends: dt.date, *,
               verified: bool = False) -> OperationOut:
    return OperationOut(id=equipment_id * 10, equipment_id=equipment_id, project_id=7, operation=kind,
                        starts_on=starts, ends_on=ends,
                        crew=[CrewMember(name="李安装", role="安装拆卸工", certificate_no="粤A0001")],
                        verification=_verification(verified))


def test_machinery_certificates_and_operations() -> None:
    machine = _machine
    equipment = [machine(1, dt.date(2026, 12, 10), "expiring"), machine(2, dt.date(2026, 11, 1), "expired"),
                 machine(3, dt.date(2027, 11, 1), "valid")]
    operation = _operation(3, OperationType.JACKING, dt.date(2026, 11, 22), dt.date(2026, 11, 23))
    due = due_items(_project(ProjectStatus.PLANNED), ProjectRecords(equipment=equipment, operations=[operation]), TODAY)
    assert [(d.kind, d.subject) for d in due] == [(DueKind.CERTIFICATE_EXPIRED, "粤AT-0002"),
                                                 (DueKind.OPERATION, "粤AT-0003"),
                                                 (DueKind.CERTIFICATE_EXPIRING, "粤AT-0001")]
    assert due[1].operation is OperationType.JACKING and due[1].verified is False


def test_a_dismantled_machine_owes_no_certificate() -> None:
    """As the server's scan: a verified dismantling that has ended takes the machine out of the rules."""
    equipment = [_machine(1, dt.date(2026, 11, 1), "expired"), _machine(2, dt.date(2026, 11, 2), "expired"),
                 _machine(3, dt.date(2026, 11, 3), "expired")]
    operations = [
        _operation(1, OperationType.DISMANTLING, dt.date(2026, 10, 1), dt.date(2026, 10, 3), verified=True),
        _operation(2, OperationType.DISMANTLING, dt.date(2026, 10, 1), dt.date(2026, 10, 3)),  # not verified yet
        _operation(3, OperationType.JACKING, dt.date(2026, 10, 1), dt.date(2026, 10, 3), verified=True),
    ]
    due = due_items(_project(ProjectStatus.PLANNED), ProjectRecords(equipment=equipment, operations=operations), TODAY)
    assert [(d.kind, d.subject) for d in due] == [(DueKind.CERTIFICATE_EXPIRED, "粤AT-0002"),
                                                 (DueKind.CERTIFICATE_EXPIRED, "粤AT-0003")]


def _submission(id_: int, project_id: int, status: SubmissionStatus) -> SubmissionOut:
    return SubmissionOut.model_construct(id=id_, project_id=project_id, status=status, submitted_at=AT,
                                         decided_at=AT + dt.timedelta(hours=id_) if status is SubmissionStatus.RETURNED
                                         else None)


def test_verification_counts_per_project() -> None:
    pending, returned = verification_counts([
        _submission(1, 7, SubmissionStatus.SUBMITTED), _submission(2, 7, SubmissionStatus.RESUBMITTED),
        _submission(3, 7, SubmissionStatus.RETURNED), _submission(4, 8, SubmissionStatus.VERIFIED),
        _submission(5, 8, SubmissionStatus.SUBMITTED)])
    assert pending == {7: 2, 8: 1} and returned == {7: 1}


def _facts(project_id: int, verified_version: int | None = 1,
           actual_start: dt.date | None = None) -> ProjectFactsOut:
    return ProjectFactsOut.model_construct(project_id=project_id, verified_version=verified_version,
                                           actual_start=actual_start, pending=[])


@pytest.mark.parametrize(("facts", "pending", "returned", "state"), [
    (_facts(7), 0, 0, VerificationState.VERIFIED),
    (_facts(7, verified_version=None), 0, 0, VerificationState.UNCONFIRMED),
    (_facts(7, verified_version=None), 2, 0, VerificationState.PENDING),
    (_facts(7), 2, 1, VerificationState.RETURNED),  # what the enterprise must act on comes first
    (None, 0, 0, VerificationState.UNKNOWN),
    (None, 0, 1, VerificationState.RETURNED),
])
def test_project_state(facts: ProjectFactsOut | None, pending: int, returned: int, state: VerificationState) -> None:
    assert ProjectState(_project(), facts, pending, returned).state is state


class _FakeClient:
    """Answers the workspace's calls from memory, in pages, and fails for the projects in `broken`."""

    def __init__(self, projects: list[ProjectSummary], submissions: list[SubmissionOut], broken: set[int]) -> None:
        self.projects, self.all_submissions, self.broken = projects, submissions, broken
        self.pages_asked: list[tuple[str, int]] = []
        self.api = SimpleNamespace(list_projects=self._list_projects)

    def _page(self, what: str, rows: list[Any], page: int, size: int) -> SimpleNamespace:
        self.pages_asked.append((what, page))
        return SimpleNamespace(items=rows[(page - 1) * size:page * size], total=len(rows))

    def _list_projects(self, query: Any) -> SimpleNamespace:
        return self._page("projects", self.projects, query.page, 2)  # the server caps the page below the ask

    def submissions(self, *, pending: bool = False, status: SubmissionStatus | None = None, page: int = 1,
                    page_size: int = 50) -> SimpleNamespace:
        rows = [s for s in self.all_submissions
                if (s.status in {SubmissionStatus.SUBMITTED, SubmissionStatus.RESUBMITTED} if pending
                    else s.status is status)]
        return self._page("returned" if status else "pending", rows, page, 1)

    def project_facts(self, project_id: int) -> ProjectFactsOut:
        if project_id in self.broken:
            raise ApiError(500, "internal_error", "database is locked")
        return _facts(project_id)

    def equipment(self, _project_id: int) -> list[EquipmentOut]:
        return []

    def progress_reports(self, _project_id: int) -> list[ProgressReportOut]:
        return []

    def dangerous_works(self, _project_id: int) -> list[DangerousWorkOut]:
        return []

    def safety_duties(self, _project_id: int) -> list[SafetyDutyOut]:
        return []


def test_load_workspace_reads_every_page_and_survives_a_broken_project() -> None:
    projects = [_project(id_=i, name=f"项目{i}") for i in range(1, 6)]
    submissions = [_submission(1, 1, SubmissionStatus.SUBMITTED), _submission(2, 2, SubmissionStatus.SUBMITTED),
                   _submission(3, 3, SubmissionStatus.RETURNED), _submission(4, 1, SubmissionStatus.RETURNED)]
    client = _FakeClient(projects, submissions, broken={3})
    workspace = load_workspace(client, TODAY)  # type: ignore[arg-type]

    assert [s.project.id for s in workspace.projects] == [1, 2, 3, 4, 5]  # 3 pages of projects
    assert [p for what, p in client.pages_asked if what == "projects"] == [1, 2, 3]
    assert [p for what, p in client.pages_asked if what == "pending"] == [1, 2]
    assert [s.id for s in workspace.returned] == [4, 3]  # latest decision first
    states = {s.project.id: s for s in workspace.projects}
    assert (states[1].pending, states[1].returned, states[1].state) == (1, 1, VerificationState.RETURNED)
    assert states[3].facts is None and states[3].state is VerificationState.RETURNED
    assert states[5].state is VerificationState.VERIFIED
    [failure] = workspace.failures
    assert failure.project.id == 3 and isinstance(failure.error, ApiError)
    # the broken project's due items are missing; every other site owes its photos and duty record
    assert {d.project_id for d in workspace.due} == {1, 2, 4, 5}
