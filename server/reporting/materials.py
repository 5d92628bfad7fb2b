"""Materials and testing: material entry records, entrusted third-party tests (a failed test raises
a quality warning at once) and acceptance records of sub-divisional works."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from domain.enums import UnitKind
from domain.followups import FollowUpSource
from domain.reporting import SubmissionKind, TestItem, concrete_strength_passed
from domain.reporting_schemas import AcceptanceIn, MaterialEntryIn, MaterialTestIn
from server.deps import Principal
from server.errors import invalid
from server.followups.service import raise_follow_up
from server.reporting.models import MaterialEntry, MaterialTest, SubdivisionAcceptance, Submission
from server.reporting.queue import add_record, reporting_project, submit
from server.security.actor import Actor
from server.units.models import Unit


def record_entry(session: Session, principal: Principal, *, project_id: int,
                 data: MaterialEntryIn) -> tuple[MaterialEntry, Submission]:
    project = reporting_project(session, principal, project_id)
    entry = MaterialEntry(project_id=project.id, **data.model_dump())
    submission = add_record(session, principal, project_id=project.id, kind=SubmissionKind.MATERIAL_ENTRY,
                            record=entry, summary=f"材料进场 {data.material} {data.specification} 批号 {data.batch_no}",
                            changes=data.model_dump(mode="json"))
    return entry, submission


def _verdict(data: MaterialTestIn) -> bool:
    if data.test_item is TestItem.CONCRETE_STRENGTH:
        assert data.result_value is not None
        try:
            passed = concrete_strength_passed(data.design_value, data.result_value)
        except ValueError as exc:
            raise invalid("invalid_grade", str(exc)) from exc
        if data.passed is not None and data.passed != passed:
            raise invalid("inconsistent_verdict", f"{data.result_value:g} MPa against {data.design_value} is "
                                                  f"{'a pass' if passed else 'a failure'}, not as reported")
        return passed
    assert data.passed is not None
    return data.passed


def record_test(session: Session, principal: Principal, *, project_id: int,
                data: MaterialTestIn) -> tuple[MaterialTest, Submission]:
    """A failed test opens a quality follow-up for the reporting unit in the same transaction."""
    project = reporting_project(session, principal, project_id)
    agency = session.get(Unit, data.testing_unit_id)
    if agency is None or agency.kind is not UnitKind.TESTING:
        raise invalid("not_a_testing_agency", f"unit {data.testing_unit_id} is not a registered testing agency")
    if data.entry_id is not None and session.scalar(
            sa.select(MaterialEntry.id).where(MaterialEntry.id == data.entry_id,
                                              MaterialEntry.project_id == project.id)) is None:
        raise invalid("unknown_entry", f"material entry {data.entry_id} is not of this project")
    passed = _verdict(data)
    test = MaterialTest(project_id=project.id, **{**data.model_dump(), "passed": passed})
    session.add(test)
    submission = submit(session, principal, project_id=project.id, kind=SubmissionKind.MATERIAL_TEST, record=test,
                        summary=f"送检 {data.test_item.value} 样品 {data.sample_no}：{'合格' if passed else '不合格'}",
                        changes={**data.model_dump(mode="json"), "passed": passed, "agency": agency.name})
    if not passed:
        assert principal.unit_id is not None
        raise_follow_up(session, project_id=project.id, source=FollowUpSource.QUALITY_TEST_FAILED,
                        source_ref=str(test.id), title=f"检测不合格：{data.test_item.value} 样品 {data.sample_no}",
                        detail=f"{agency.name} 报告 {data.report_no}：{data.design_value} "
                               f"{'' if data.result_value is None else f'{data.result_value:g}'} {data.result_text}".strip(),
                        assigned_unit_id=principal.unit_id, actor=Actor.system("quality-rules"))
    session.commit()
    return test, submission


def record_acceptance(session: Session, principal: Principal, *, project_id: int,
                      data: AcceptanceIn) -> tuple[SubdivisionAcceptance, Submission]:
    project = reporting_project(session, principal, project_id)
    acceptance = SubdivisionAcceptance(project_id=project.id, **data.model_dump())
    submission = add_record(session, principal, project_id=project.id, kind=SubmissionKind.SUBDIVISION_ACCEPTANCE,
                            record=acceptance, summary=f"分部工程验收 {data.division}：{'通过' if data.passed else '不通过'}",
                            changes=data.model_dump(mode="json"))
    return acceptance, submission
