"""Inspections and their findings, recorded by supervisors against checklist templates."""

from __future__ import annotations

import json

import sqlalchemy as sa
from sqlalchemy.orm import Session

from domain.case_schemas import FindingOut, InspectionCreate, InspectionOut
from server.cases.access import require_supervisor, scoped_project
from server.cases.checklists import template_items
from server.cases.models import Finding, Inspection
from server.cases.plans import mark_inspected
from server.credit.service import propose_for_repeated_findings
from server.db.base import utcnow
from server.deps import Principal
from server.documents.service import require_documents_of_project
from server.errors import ApiError, not_found
from server.projects.models import Project
from server.projects.service import checked_position
from server.regions.service import RegionCatalog
from server.security import audit


def create_inspection(session: Session, principal: Principal, catalog: RegionCatalog, *,
                      data: InspectionCreate) -> Inspection:
    require_supervisor(principal)
    project = scoped_project(session, principal, data.project_id)
    items = template_items(session, data.template_code) if data.template_code else {}
    inspection = Inspection(project_id=project.id, inspection_type=data.inspection_type,
                            inspected_on=data.inspected_on,
                            inspectors_json=json.dumps(data.inspectors, ensure_ascii=False), summary=data.summary,
                            template_code=data.template_code, created_by_user_id=principal.user_id,
                            created_at=utcnow())
    session.add(inspection)
    session.flush()
    recorded: list[Finding] = []
    for index, finding in enumerate(data.findings, start=1):
        if finding.checklist_item_code is not None and finding.checklist_item_code not in items:
            raise ApiError(422, "unknown_checklist_item",
                           f"finding {index}: {finding.checklist_item_code} is not an item of the chosen checklist")
        require_documents_of_project(session, finding.photo_document_ids, project.id)
        lon = lat = None
        if (finding.lon is None) != (finding.lat is None):
            raise ApiError(422, "invalid_coordinate", f"finding {index}: give both longitude and latitude")
        if finding.lon is not None and finding.lat is not None:
            lon, lat = checked_position(session, catalog, lon=finding.lon, lat=finding.lat,
                                        system=finding.coord_system, district_adcode=project.district_adcode)
        recorded.append(Finding(inspection_id=inspection.id, project_id=project.id,
                            checklist_item_code=finding.checklist_item_code, description=finding.description,
                            severity=finding.severity, lon=lon, lat=lat,
                            photo_document_ids=json.dumps(finding.photo_document_ids), found_on=data.inspected_on))
    session.add_all(recorded)
    session.flush()
    if data.plan_id is not None:
        mark_inspected(session, plan_id=data.plan_id, project_id=project.id, inspection_id=inspection.id)
    propose_for_repeated_findings(session, recorded)
    audit.record(session, principal.actor, action="inspection.create", entity="inspection", entity_id=inspection.id,
                 changes=data.model_dump(mode="json"))
    session.commit()
    return inspection


def inspection_out(session: Session, inspection: Inspection) -> InspectionOut:
    findings = session.scalars(sa.select(Finding).where(Finding.inspection_id == inspection.id).order_by(Finding.id))
    project_name = session.scalar(sa.select(Project.name).where(Project.id == inspection.project_id)) or ""
    return InspectionOut(
        id=inspection.id, project_id=inspection.project_id, project_name=project_name,
        inspection_type=inspection.inspection_type, inspected_on=inspection.inspected_on,
        inspectors=json.loads(inspection.inspectors_json), summary=inspection.summary,
        template_code=inspection.template_code,
        findings=[FindingOut(id=f.id, checklist_item_code=f.checklist_item_code, description=f.description,
                             severity=f.severity, lon=f.lon, lat=f.lat,
                             photo_document_ids=json.loads(f.photo_document_ids), found_on=f.found_on)
                  for f in findings],
    )


def get_inspection(session: Session, principal: Principal, inspection_id: int) -> Inspection:
    inspection = session.scalar(
        sa.select(Inspection).join(Project, Project.id == Inspection.project_id)
        .where(Inspection.id == inspection_id, principal.scope.project_clause())
    )
    if inspection is None:
        raise not_found("inspection")
    return inspection


def project_inspections(session: Session, principal: Principal, project_id: int) -> list[Inspection]:
    scoped_project(session, principal, project_id)
    return list(session.scalars(
        sa.select(Inspection).where(Inspection.project_id == project_id)
        .order_by(Inspection.inspected_on.desc(), Inspection.id.desc())
    ))
