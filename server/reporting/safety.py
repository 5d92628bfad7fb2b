"""Safety management: daily duty records of safety personnel and standardisation assessment scores."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Session

from domain.reporting import SubmissionKind, safety_grade
from domain.reporting_schemas import SafetyAssessmentIn, SafetyDutyIn
from server.deps import Principal
from server.errors import conflict, invalid
from server.reporting.models import SafetyAssessment, SafetyDuty, Submission
from server.reporting.queue import add_record, reporting_project


def record_duty(session: Session, principal: Principal, *, project_id: int, data: SafetyDutyIn,
                today: dt.date) -> tuple[SafetyDuty, Submission]:
    project = reporting_project(session, principal, project_id)
    if data.duty_date > today:
        raise invalid("invalid_dates", f"duty on {data.duty_date} has not happened yet (today is {today})")
    if session.scalar(sa.select(SafetyDuty.id).where(SafetyDuty.project_id == project.id,
                                                     SafetyDuty.duty_date == data.duty_date,
                                                     SafetyDuty.certificate_no == data.certificate_no)):
        raise conflict("duplicate_duty", f"{data.person_name}'s duty on {data.duty_date} is already recorded")
    duty = SafetyDuty(project_id=project.id, **data.model_dump())
    submission = add_record(session, principal, project_id=project.id, kind=SubmissionKind.SAFETY_DUTY, record=duty,
                            summary=f"{data.duty_date} 带班 {data.person_name}（{data.post}）",
                            changes=data.model_dump(mode="json"))
    return duty, submission


def record_assessment(session: Session, principal: Principal, *, project_id: int, data: SafetyAssessmentIn,
                      today: dt.date) -> tuple[SafetyAssessment, Submission]:
    project = reporting_project(session, principal, project_id)
    if data.assessed_on > today:
        raise invalid("invalid_dates", f"an assessment dated {data.assessed_on} is in the future (today is {today})")
    grade = safety_grade(data.score, data.has_zero_item)
    assessment = SafetyAssessment(project_id=project.id, grade=grade, **data.model_dump())
    submission = add_record(session, principal, project_id=project.id, kind=SubmissionKind.SAFETY_ASSESSMENT,
                            record=assessment, summary=f"安全标准化考评 {data.assessed_on}：{data.score:g} 分（{grade.value}）",
                            changes={**data.model_dump(mode="json"), "grade": grade.value})
    return assessment, submission
