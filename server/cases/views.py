from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Response

from domain.case_schemas import (
    ChecklistTemplateOut,
    ChecklistTemplateUpdate,
    InspectionCreate,
    InspectionOut,
    NoticeActionIn,
    NoticeCreate,
    NoticeOut,
    NoticePage,
    NoticeVerification,
)
from domain.cases import NoticeAction, NoticeStatus
from server.cases import checklists, inspections, notices
from server.deps import CurrentPrincipal, ReadSession, SystemAdmin, Today, Writer, WriteSession
from server.regions.deps import Regions
from server.security.throttle import Window, per_address

router = APIRouter(tags=["cases"])


@router.get("/checklists", response_model=list[ChecklistTemplateOut])
def list_checklists(session: ReadSession, _principal: CurrentPrincipal) -> list[ChecklistTemplateOut]:
    """Inspection checklist templates (shipped in resources/checklists, edited by admins)."""
    return checklists.list_templates(session)


@router.put("/checklists/{code}", response_model=ChecklistTemplateOut)
def update_checklist(code: str, data: ChecklistTemplateUpdate, session: WriteSession,
                     admin: SystemAdmin) -> ChecklistTemplateOut:
    return checklists.update_template(session, code=code, data=data, actor=admin.actor)


@router.post("/inspections", response_model=InspectionOut, status_code=201)
def create_inspection(data: InspectionCreate, session: WriteSession, principal: Writer,
                      catalog: Regions) -> InspectionOut:
    """Record an inspection of a project with its findings (supervisors of the project's region)."""
    inspection = inspections.create_inspection(session, principal, catalog, data=data)
    return inspections.inspection_out(session, inspection)


@router.get("/inspections", response_model=list[InspectionOut])
def project_inspections(project_id: int, session: ReadSession, principal: CurrentPrincipal) -> list[InspectionOut]:
    return inspections.inspection_outs(session, inspections.project_inspections(session, principal, project_id))


@router.get("/inspections/{inspection_id}", response_model=InspectionOut)
def get_inspection(inspection_id: int, session: ReadSession, principal: CurrentPrincipal) -> InspectionOut:
    return inspections.inspection_out(session, inspections.get_inspection(session, principal, inspection_id))


@router.post("/notices", response_model=NoticeOut, status_code=201)
def create_notice(data: NoticeCreate, session: WriteSession, principal: Writer, today: Today,
                  catalog: Regions) -> NoticeOut:
    """Draft a rectification notice from findings; it is numbered when issued."""
    notice = notices.create_draft(session, principal, catalog, data=data, today=today)
    return notices.notice_out(session, notice, today)


@router.get("/notices", response_model=NoticePage)
def list_notices(
    session: ReadSession,
    principal: CurrentPrincipal,
    today: Today,
    queue: Literal["review", "overdue", "drafts", "to_answer"] | None = None,
    status: NoticeStatus | None = None,
    project_id: int | None = None,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
    page_size: Annotated[int, Query(ge=1, le=200)] = 50,
) -> NoticePage:
    """Notices in scope, soonest deadline first. Queues: `review` (feedback waiting for a supervisor),
    `overdue`, `drafts` (the caller's), `to_answer` (waiting for the enterprise)."""
    return notices.list_notices(session, principal, today=today, queue=queue, status=status,
                                project_id=project_id, page=page, page_size=page_size)


_verification_throttle = per_address(lambda s: Window("notice-verify", s.abuse.notice_checks_per_address, 60),
                                     "notice checks")


@router.get("/notices/verify", response_model=NoticeVerification, dependencies=[Depends(_verification_throttle)])
def verify_notice(session: ReadSession, number: Annotated[str, Query(max_length=60)],
                  code: Annotated[str, Query(max_length=16)]) -> NoticeVerification:
    """Public: check a printed notice by its number and verification code (both must match)."""
    return notices.verify(session, number=number, code=code)


@router.get("/notices/{notice_id}", response_model=NoticeOut)
def get_notice(notice_id: int, session: ReadSession, principal: CurrentPrincipal, today: Today) -> NoticeOut:
    return notices.notice_out(session, notices.scoped_notice(session, principal, notice_id), today)


@router.post("/notices/{notice_id}/{action}", response_model=NoticeOut)
def notice_action(notice_id: int, action: NoticeAction, data: NoticeActionIn, session: WriteSession,
                  principal: Writer, today: Today, catalog: Regions) -> NoticeOut:
    """issue / submit_feedback (enterprise, with evidence) / return (with a comment) / close.
    A move the lifecycle does not allow answers 409 and says what is allowed."""
    notice = notices.act(session, principal, catalog, notice_id=notice_id, action=action,
                         comment=data.comment, document_ids=data.document_ids, today=today)
    return notices.notice_out(session, notice, today)


@router.get("/notices/{notice_id}/pdf", response_class=Response,
            responses={200: {"content": {"application/pdf": {}}}})
def notice_pdf(notice_id: int, session: ReadSession, principal: CurrentPrincipal, today: Today) -> Response:
    """The notice as an A4 PDF in the official layout (drafts carry a watermark and no number)."""
    pdf = notices.notice_pdf(session, principal, notice_id, today)
    filename = f"notice-{notice_id}.pdf"
    return Response(pdf, media_type="application/pdf", headers={"Content-Disposition": f'inline; filename="{filename}"'})
