"""The enterprise workspace's "due this month" rules, on plain DTOs (no Qt, no server)."""

from __future__ import annotations

import datetime as dt

from domain.dangerous_works import DangerLevel, DangerousWorkType
from domain.enums import ProjectStatus, ProjectType, RiskLevel
from domain.reporting import EquipmentType, OperationType, SubmissionStatus
from domain.reporting_schemas import (
    CrewMember,
    DangerousWorkOut,
    EquipmentOut,
    OperationOut,
    ProgressReportOut,
    SafetyDutyOut,
    VerificationOut,
)
from domain.schemas import ProjectSummary
from services.enterprise_workspace import DueKind, ProjectRecords, due_items

TODAY = dt.date(2026, 11, 20)
AT = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)


def _verification(verified: bool = False) -> VerificationOut:
    return VerificationOut(submission_id=1, status=SubmissionStatus.VERIFIED if verified else SubmissionStatus.SUBMITTED,
                           verified=verified, comment="", submitted_at=AT, decided_at=None)


def _project(status: ProjectStatus = ProjectStatus.UNDER_CONSTRUCTION) -> ProjectSummary:
    return ProjectSummary(id=7, name="天河某项目", project_code="2401-440106-04-01-512345", permit_no=None, status=status,
                          project_type=ProjectType.HOUSING, risk_level=RiskLevel.LOW, district_adcode="440106",
                          district_name="天河区", city_adcode="440100", city_name="广州市", address="天河路1号",
                          lon=113.3, lat=23.1, floor_area_m2=1000, cost_10k_yuan=100, planned_start=None,
                          planned_end=None)


def _work(name: str, start: dt.date, end: dt.date, *, actual_start: dt.date | None = None,
          approved: bool = False) -> DangerousWorkOut:
    return DangerousWorkOut(id=1, project_id=7, name=name, work_type=DangerousWorkType.FOUNDATION_PIT,
                            parameters={"depth_m": 6}, level=DangerLevel.BEYOND_SCALE, reasons=[],
                            needs_expert_review=True, location="", planned_start=start, planned_end=end,
                            actual_start=actual_start, actual_end=None, plan_approved=approved,
                            verification=_verification())


def test_a_site_under_construction_owes_photos_and_a_duty_record() -> None:
    kinds = [d.kind for d in due_items(_project(), ProjectRecords(), TODAY)]
    assert kinds == [DueKind.PROGRESS_PHOTOS, DueKind.SAFETY_DUTY]
    report = ProgressReportOut.model_construct(month="2026-11", photos=[object()])
    duty = SafetyDutyOut.model_construct(duty_date=dt.date(2026, 11, 3))
    assert due_items(_project(), ProjectRecords(progress=[report], duties=[duty]), TODAY) == []
    assert due_items(_project(ProjectStatus.PLANNED), ProjectRecords(), TODAY) == []


def test_dangerous_works_starting_ending_or_unapproved_this_month() -> None:
    works = [_work("基坑", dt.date(2026, 11, 25), dt.date(2027, 3, 1)),
             _work("高支模", dt.date(2026, 9, 1), dt.date(2026, 11, 28), actual_start=dt.date(2026, 9, 2),
                   approved=True),
             _work("脚手架", dt.date(2027, 1, 1), dt.date(2027, 5, 1))]
    due = [(d.kind, d.subject) for d in due_items(_project(ProjectStatus.PLANNED), ProjectRecords(works=works), TODAY)]
    assert due == [(DueKind.PLAN_UNAPPROVED, "基坑"), (DueKind.WORK_STARTS, "基坑"), (DueKind.WORK_ENDS, "高支模")]


def test_machinery_certificates_and_operations() -> None:
    def machine(id_: int, expires: dt.date, state: str) -> EquipmentOut:
        return EquipmentOut(id=id_, project_id=7, certificate_state=state, verification=_verification(True),
                            equipment_type=EquipmentType.TOWER_CRANE, model="QTZ80", registration_no=f"粤AT-{id_:04d}",
                            rated_capacity_kn=80, manufacturer="中联重科", inspection_cert_no="JY-0001",
                            inspection_expires_on=expires)
    equipment = [machine(1, dt.date(2026, 12, 10), "expiring"), machine(2, dt.date(2026, 11, 1), "expired"),
                 machine(3, dt.date(2027, 11, 1), "valid")]
    operation = OperationOut(id=1, equipment_id=3, project_id=7, operation=OperationType.JACKING,
                             starts_on=dt.date(2026, 11, 22), ends_on=dt.date(2026, 11, 23),
                             crew=[CrewMember(name="李安装", role="安装拆卸工", certificate_no="粤A0001")],
                             verification=_verification())
    due = due_items(_project(ProjectStatus.PLANNED), ProjectRecords(equipment=equipment, operations=[operation]), TODAY)
    assert [(d.kind, d.subject) for d in due] == [(DueKind.CERTIFICATE_EXPIRED, "粤AT-0002"),
                                                 (DueKind.OPERATION, "粤AT-0003"),
                                                 (DueKind.CERTIFICATE_EXPIRING, "粤AT-0001")]
    assert due[1].operation is OperationType.JACKING and due[1].verified is False
