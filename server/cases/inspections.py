"""Inspections and their findings, recorded by supervisors against checklist templates."""

from __future__ import annotations

import json

import sqlalchemy as sa
from sqlalchemy.orm import Session

from domain.case_schemas import FindingOut, InspectionCreate, InspectionOut
from server.cases.access import require_supervisor
from server.cases.checklists import template_items
from server.cases.events import InspectionRecorded
from server.cases.models import Finding, Inspection
from server.db.base import utcnow
from server.deps import Principal
from server.documents.service import require_documents_of_project
from server.errors import Invalid, not_found
from server.events import announce
from server.projects.access import scoped_project
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
            raise Invalid("unknown_checklist_item",
                          f"finding {index}: {finding.checklist_item_code} is not an item of the chosen checklist")
        require_documents_of_project(session, principal, finding.photo_document_ids, project.id)
        lon = lat = None
        if (finding.lon is None) != (finding.lat is None):
            raise Invalid("invalid_coordinate", f"finding {index}: give both longitude and latitude")
        if finding.lon is not None and finding.lat is not None:
            lon, lat = checked_position(session, catalog, lon=finding.lon, lat=finding.lat,
                                        system=finding.coord_system, district_adcode=project.district_adcode)
        item = items.get(finding.checklist_item_code or "")
        recorded.append(Finding(inspection_id=inspection.id, project_id=project.id,
                            checklist_item_code=finding.checklist_item_code, description=finding.description,
                            severity=finding.severity, legal_basis=item.legal_basis if item else "", lon=lon, lat=lat,
                            photo_document_ids=json.dumps(finding.photo_document_ids), found_on=data.inspected_on))
    session.add_all(recorded)
    session.flush()
    consequences = announce(session, InspectionRecorded(inspection, recorded, data.plan_id))
    audit.record(session, principal.actor, action="inspection.create", entity="inspection", entity_id=inspection.id,
                 changes={**data.model_dump(mode="json"), **consequences})
    session.commit()
    return inspection


def inspection_outs(session: Session, inspections: list[Inspection]) -> list[InspectionOut]:
    """Several inspections with their findings in two queries (not two per inspection)."""
    if not inspections:
        return []
    ids = [i.id for i in inspections]
    findings: dict[int, list[FindingOut]] = {i: [] for i in ids}
    for f in session.scalars(sa.select(Finding).where(Finding.inspection_id.in_(ids)).order_by(Finding.id)):
        findings[f.inspection_id].append(FindingOut(
            id=f.id, checklist_item_code=f.checklist_item_code, description=f.description, severity=f.severity,
            lon=f.lon, lat=f.lat, photo_document_ids=json.loads(f.photo_document_ids), found_on=f.found_on))
    names = dict(session.execute(sa.select(Project.id, Project.name)
                                 .where(Project.id.in_({i.project_id for i in inspections}))).all())
    return [InspectionOut(id=i.id, project_id=i.project_id, project_name=names.get(i.project_id, ""),
                          inspection_type=i.inspection_type, inspected_on=i.inspected_on,
                          inspectors=json.loads(i.inspectors_json), summary=i.summary, template_code=i.template_code,
                          findings=findings[i.id]) for i in inspections]


def inspection_out(session: Session, inspection: Inspection) -> InspectionOut:
    return inspection_outs(session, [inspection])[0]


def get_inspection(session: Session, principal: Principal, inspection_id: int) -> Inspection:
    inspection = session.scalar(
        sa.select(Inspection).join(Project, Project.id == Inspection.project_id)
        .where(Inspection.id == inspection_id, Project.in_scope(principal.scope))
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
