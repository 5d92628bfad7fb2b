"""Rectification notices: drafting from findings, the audited lifecycle, queues and verification."""

from __future__ import annotations

import datetime as dt
import json
import secrets
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from domain.case_schemas import (
    NoticeCreate,
    NoticeEventOut,
    NoticeItemOut,
    NoticeOut,
    NoticePage,
    NoticeSummary,
    NoticeVerification,
)
from domain.cases import (
    AWAITING_ENTERPRISE,
    NOTICE_LIFECYCLE,
    FindingSeverity,
    NoticeAction,
    NoticeStatus,
    notice_number,
    overdue_state,
)
from domain.enums import Role, UnitKind
from domain.lifecycle import InvalidTransition, Party, WrongParty
from server.cases.access import party_of, require_issuing_agency, require_supervisor
from server.cases.agencies import agency_for
from server.cases.events import NoticeClosed
from server.cases.models import Finding, Inspection, Notice, NoticeEvent, NoticeItem
from server.cases.numbering import next_sequence
from server.cases.pdf import FontMissing, NoticeContext, render_notice_pdf
from server.clock import local_date
from server.db.base import utcnow
from server.db.paging import paginate
from server.deps import Principal
from server.documents.service import require_documents_of_project
from server.errors import Invalid, Refused, Unavailable, conflict, forbidden, not_found
from server.events import announce
from server.projects.access import scoped_project
from server.projects.models import Project, ProjectUnit
from server.regions.service import RegionCatalog
from server.security import audit
from server.units.models import Unit

VERIFICATION_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read off paper


def notice_scope(principal: Principal) -> sa.ColumnElement[bool]:
    """Supervisors see the notices of projects in their region; an enterprise only issued notices
    addressed to it (drafts are the agency's business and must not even be detectable)."""
    if principal.role.is_enterprise:
        return (Notice.target_unit_id == principal.unit_id) & (Notice.status != NoticeStatus.DRAFT)
    return Notice.project_id.in_(sa.select(Project.id).where(Project.in_scope(principal.scope)))


def scoped_notice(session: Session, principal: Principal, notice_id: int, *, for_update: bool = False) -> Notice:
    """`for_update` locks the row (PostgreSQL) so two concurrent moves cannot both start from one state."""
    query = sa.select(Notice).where(Notice.id == notice_id, notice_scope(principal))
    notice = session.scalar(query.with_for_update() if for_update else query)
    if notice is None:
        raise not_found("notice")
    return notice


@dataclass(frozen=True)
class _Item:
    finding_id: int | None
    description: str
    legal_basis: str
    severity: FindingSeverity


def _resolve_items(session: Session, data: NoticeCreate) -> list[_Item]:
    resolved = []
    for index, item in enumerate(data.items, start=1):
        if item.finding_id is None:
            if not (item.description and item.legal_basis and item.severity):
                raise Invalid("incomplete_item",
                              f"item {index}: a free item needs a description, a legal basis and a severity")
            resolved.append(_Item(None, item.description, item.legal_basis, item.severity))
            continue
        finding = session.get(Finding, item.finding_id)
        if finding is None or finding.project_id != data.project_id:
            raise Invalid("unknown_finding", f"item {index}: finding {item.finding_id} is not of this project")
        basis = item.legal_basis or finding.legal_basis  # recorded with the finding: later checklist edits don't matter
        if not basis:
            raise Invalid("legal_basis_required", f"item {index}: state the legal basis of this item")
        resolved.append(_Item(finding.id, item.description or finding.description, basis,
                              item.severity or finding.severity))
    return resolved


def _target_unit(session: Session, project_id: int, requested: int | None) -> int:
    on_project = sa.select(ProjectUnit.unit_id).where(ProjectUnit.project_id == project_id)
    if requested is not None:
        if session.scalar(on_project.where(ProjectUnit.unit_id == requested).limit(1)) is None:
            raise Invalid("unit_not_on_project", "the notice must be addressed to a unit on the project")
        return requested
    contractor = session.scalar(on_project.where(ProjectUnit.role == UnitKind.GENERAL_CONTRACTOR)
                                .order_by(ProjectUnit.unit_id).limit(1))
    if contractor is None:
        raise Invalid("no_target_unit", "the project has no general contractor: name the addressed unit")
    return contractor


def create_draft(session: Session, principal: Principal, catalog: RegionCatalog, *, data: NoticeCreate,
                 today: dt.date) -> Notice:
    require_supervisor(principal)
    project = scoped_project(session, principal, data.project_id)
    if data.inspection_id is not None:
        inspection = session.get(Inspection, data.inspection_id)
        if inspection is None or inspection.project_id != project.id:
            raise Invalid("unknown_inspection", "the inspection is not of this project")
    if data.deadline < today:
        raise Invalid("deadline_in_past", f"the deadline {data.deadline} is before today ({today})")
    items = _resolve_items(session, data)
    agency = agency_for(principal.region_adcode or "440000", catalog)
    now = utcnow()
    notice = Notice(project_id=project.id, inspection_id=data.inspection_id,
                    target_unit_id=_target_unit(session, project.id, data.target_unit_id),
                    status=NoticeStatus.DRAFT, deadline=data.deadline, stop_work=data.stop_work,
                    agency_name=agency.name, agency_prefix=agency.prefix, created_by_user_id=principal.user_id,
                    created_at=now, updated_at=now)
    session.add(notice)
    session.flush()
    session.add_all(NoticeItem(notice_id=notice.id, finding_id=i.finding_id, position=pos, description=i.description,
                               legal_basis=i.legal_basis, severity=i.severity)
                    for pos, i in enumerate(items, start=1))
    session.add(NoticeEvent(notice_id=notice.id, at=now, action=None, from_status=None, to_status=NoticeStatus.DRAFT,
                            user_id=principal.user_id, username=principal.username, role=principal.role.value))
    audit.record(session, principal.actor, action="notice.draft", entity="notice", entity_id=notice.id,
                 changes=data.model_dump(mode="json"))
    session.commit()
    return notice


def act(session: Session, principal: Principal, catalog: RegionCatalog, *, notice_id: int, action: NoticeAction,
        comment: str, document_ids: list[int], today: dt.date) -> Notice:
    """Move a notice along its lifecycle; an invalid move is a 409 that says what is allowed."""
    notice = scoped_notice(session, principal, notice_id, for_update=True)
    if principal.role is Role.ENTERPRISE_STAFF and action is not NoticeAction.SUBMIT_FEEDBACK:
        raise forbidden("enterprise staff may only submit feedback")
    try:
        target = NOTICE_LIFECYCLE.next_status(notice.status, action, party_of(principal))
    except WrongParty as exc:
        raise Refused("wrong_party", str(exc)) from exc
    except InvalidTransition as exc:
        raise conflict("invalid_transition", str(exc)) from exc
    if party_of(principal) is Party.SUPERVISOR:
        require_issuing_agency(principal, notice.agency_prefix, catalog)
    if action is NoticeAction.ISSUE and notice.deadline < today:
        raise Invalid("deadline_in_past", f"the deadline {notice.deadline} has passed: set a new one before issuing")
    if action is NoticeAction.SUBMIT_FEEDBACK and not document_ids:
        raise Invalid("evidence_required", "feedback needs at least one evidence photo or document")
    if action is NoticeAction.RETURN and not comment.strip():
        raise Invalid("comment_required", "say what is still to be done when returning a notice")
    require_documents_of_project(session, principal, document_ids, notice.project_id)
    now = utcnow()
    source = notice.status
    consequences: dict[str, object] = {}
    if action is NoticeAction.ISSUE:
        year = today.year  # the local (China) year of issue, not UTC's
        notice.number = notice_number(notice.agency_prefix, year,
                                      next_sequence(session, prefix=notice.agency_prefix, year=year))
        notice.verification_code = "".join(secrets.choice(VERIFICATION_ALPHABET) for _ in range(10))
        notice.issued_at = now
    notice.status = target
    if action is NoticeAction.CLOSE:
        notice.closed_at = now
        consequences = announce(session, NoticeClosed(notice, today, principal.actor))
    notice.updated_at = now
    session.add(NoticeEvent(notice_id=notice.id, at=now, action=action, from_status=source, to_status=target,
                            user_id=principal.user_id, username=principal.username, role=principal.role.value,
                            comment=comment, document_ids=json.dumps(document_ids)))
    audit.record(session, principal.actor, action=f"notice.{action.value}", entity="notice", entity_id=notice.id,
                 changes={"from": source.value, "to": target.value, "number": notice.number, "comment": comment,
                          "documents": document_ids, **consequences})
    session.commit()
    return notice


# --- reading -------------------------------------------------------------------------------------

QUEUES = ("review", "overdue", "drafts", "to_answer")


def _queue_clause(queue: str, principal: Principal, today: dt.date) -> sa.ColumnElement[bool]:
    awaiting = Notice.status.in_(AWAITING_ENTERPRISE)
    return {
        "review": Notice.status == NoticeStatus.FEEDBACK_SUBMITTED,
        "overdue": awaiting & (Notice.deadline < today),
        "drafts": (Notice.status == NoticeStatus.DRAFT) & (Notice.created_by_user_id == principal.user_id),
        "to_answer": awaiting,
    }[queue]


def list_notices(session: Session, principal: Principal, *, today: dt.date, queue: str | None = None,
                 status: NoticeStatus | None = None, project_id: int | None = None, page: int = 1,
                 page_size: int = 50) -> NoticePage:
    clauses = [notice_scope(principal)]
    if principal.role.is_enterprise:
        clauses.append(Notice.status != NoticeStatus.DRAFT)  # drafts are the agency's business
    if queue is not None:
        clauses.append(_queue_clause(queue, principal, today))
    if status is not None:
        clauses.append(Notice.status == status)
    if project_id is not None:
        clauses.append(Notice.project_id == project_id)
    total, rows = paginate(
        session, sa.select(Notice, Project.name, Project.city_adcode, Unit.name)
        .join(Project, Project.id == Notice.project_id).join(Unit, Unit.id == Notice.target_unit_id)
        .order_by(Notice.deadline, Notice.id), counted=Notice, where=clauses, page=page, page_size=page_size)
    return NoticePage(total=total, page=page, page_size=page_size,
                      items=[_summary(n, project, city, unit, today) for n, project, city, unit in rows])


def _summary(notice: Notice, project_name: str, city: str, unit_name: str, today: dt.date) -> NoticeSummary:
    overdue = overdue_state(notice.status, notice.deadline, today)
    return NoticeSummary(id=notice.id, number=notice.number, project_id=notice.project_id, project_name=project_name,
                         city_adcode=city, target_unit_id=notice.target_unit_id, target_unit_name=unit_name,
                         status=notice.status, deadline=notice.deadline, stop_work=notice.stop_work,
                         issued_at=notice.issued_at, overdue_days=overdue.days, escalation_level=overdue.level)


def notice_out(session: Session, notice: Notice, today: dt.date) -> NoticeOut:
    project_name, city = session.execute(
        sa.select(Project.name, Project.city_adcode).where(Project.id == notice.project_id)).one()
    unit_name = session.scalar(sa.select(Unit.name).where(Unit.id == notice.target_unit_id)) or ""
    items = session.scalars(sa.select(NoticeItem).where(NoticeItem.notice_id == notice.id).order_by(NoticeItem.position))
    events = session.scalars(sa.select(NoticeEvent).where(NoticeEvent.notice_id == notice.id).order_by(NoticeEvent.id))
    summary = _summary(notice, project_name, city, unit_name, today)
    return NoticeOut(
        **summary.model_dump(), agency_name=notice.agency_name, verification_code=notice.verification_code,
        closed_at=notice.closed_at,
        items=[NoticeItemOut(position=i.position, finding_id=i.finding_id, description=i.description,
                             legal_basis=i.legal_basis, severity=i.severity) for i in items],
        events=[NoticeEventOut(at=e.at, action=e.action, from_status=e.from_status, to_status=e.to_status,
                               username=e.username, role=e.role, comment=e.comment,
                               document_ids=json.loads(e.document_ids)) for e in events],
    )


def notice_pdf(session: Session, principal: Principal, notice_id: int, today: dt.date) -> bytes:
    """The notice as an A4 PDF in the official layout, copied to the project's developer and supervisor."""
    notice = scoped_notice(session, principal, notice_id)
    permit_no, project_code = session.execute(
        sa.select(Project.permit_no, Project.project_code).where(Project.id == notice.project_id)).one()
    copy_to = list(session.scalars(
        sa.select(Unit.name).join(ProjectUnit, ProjectUnit.unit_id == Unit.id)
        .where(ProjectUnit.project_id == notice.project_id,
               ProjectUnit.role.in_([UnitKind.CONSTRUCTION, UnitKind.SUPERVISION]))
        .order_by(ProjectUnit.role)))
    context = NoticeContext(permit_no=permit_no, project_code=project_code, copy_to=copy_to)
    try:
        return render_notice_pdf(notice_out(session, notice, today), context)
    except FontMissing as exc:
        raise Unavailable("font_missing", str(exc)) from exc


def verify(session: Session, *, number: str, code: str) -> NoticeVerification:
    """Check a printed notice: both its number and its verification code must match."""
    code = code.strip().upper()
    if not code.isascii():  # compare_digest refuses non-ASCII text; no real code contains any
        return NoticeVerification(valid=False)
    notice = session.scalar(sa.select(Notice).where(Notice.number == number))
    if notice is None or not notice.verification_code or not secrets.compare_digest(notice.verification_code, code):
        return NoticeVerification(valid=False)
    assert notice.issued_at is not None
    return NoticeVerification(valid=True, number=notice.number, agency_name=notice.agency_name,
                              issued_on=local_date(notice.issued_at), status=notice.status)
