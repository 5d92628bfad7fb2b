"""What goes into an inspection round's offline package: everything a supervisor needs on site, read in one
read session and minimised (no secrets, personal identifiers masked) before it leaves the server.

The rows are plain dicts of JSON-ready values, so the GeoPackage writer (server/offline/package.py) knows
nothing of the database and the queries know nothing of the file format.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from domain.case_schemas import InspectionPlanOut
from domain.cases import NoticeStatus
from domain.enums import UnitKind
from domain.monitoring import WarningState
from server.cases.models import ChecklistTemplate, Finding, Inspection, Notice, NoticeEvent, NoticeItem
from server.monitoring.models import Device, DeviceWarning, Reading
from server.projects.models import Personnel, Project, ProjectUnit
from server.regions.models import Region
from server.reporting.models import ProgressPhoto, ProgressReport
from server.risk.service import project_risks
from server.security.scopes import DataScope
from server.units.models import Unit

OPEN_NOTICES = (NoticeStatus.ISSUED, NoticeStatus.FEEDBACK_SUBMITTED, NoticeStatus.RETURNED)
ACTIVE_WARNINGS = (WarningState.ACTIVE_UNACK, WarningState.ACTIVE_ACK)
HISTORY_DAYS = 365  # previous inspections and notice timelines of the last year
RECENT_FINDINGS_DAYS = 180
RECENT_FINDINGS_PER_PROJECT = 30
INSPECTIONS_PER_PROJECT = 10
PHOTOS_PER_PROJECT = 3


@dataclass
class PackageContents:
    """The round's data, one list of rows per table of the package."""

    plan: InspectionPlanOut
    projects: list[dict[str, Any]] = field(default_factory=list)  # each with "lon" and "lat"
    districts: list[dict[str, Any]] = field(default_factory=list)  # each with "geojson"
    checklists: list[dict[str, Any]] = field(default_factory=list)
    previous_inspections: list[dict[str, Any]] = field(default_factory=list)
    notice_timelines: list[dict[str, Any]] = field(default_factory=list)
    photos: list[tuple[int, str | None, str]] = field(default_factory=list)  # project, taken at, thumbnail sha256


def mask_phone(phone: str) -> str:
    """Keep what identifies the line to someone who already knows it (first 3, last 4 digits)."""
    digits = "".join(c for c in phone if c.isdigit())
    if len(digits) < 7:
        return "*" * len(digits)
    return digits[:3] + "*" * (len(digits) - 7) + digits[-4:]


def mask_identifier(value: str) -> str:
    """Certificate numbers may embed an ID-card number: keep only the first and last two characters."""
    if len(value) <= 4:
        return "*" * len(value)
    return value[:2] + "*" * (len(value) - 4) + value[-2:]


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, default=_iso)


def _iso(value: object) -> str:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def gather(session: Session, plan: InspectionPlanOut, *, scope: DataScope, today: dt.date) -> PackageContents:
    """Read the plan's projects (those still in the caller's scope) and everything about them."""
    contents = PackageContents(plan=plan)
    positions = {item.project_id: item for item in plan.items}
    projects = list(session.scalars(sa.select(Project).where(Project.id.in_(positions), Project.in_scope(scope))
                                    .order_by(Project.id)))
    ids = [p.id for p in projects]
    since = today - dt.timedelta(days=HISTORY_DAYS)
    risks = project_risks(session, scope=scope, today=today, extra=Project.id.in_(ids)) if ids else {}
    units = _units(session, ids)
    personnel = _personnel(session, ids)
    notices = _open_notices(session, ids)
    findings = _recent_findings(session, ids, today - dt.timedelta(days=RECENT_FINDINGS_DAYS))
    warnings = _active_warnings(session, ids)
    devices = _devices(session, ids)
    for project in sorted(projects, key=lambda p: positions[p.id].position):
        risk = risks.get(project.id)
        item = positions[project.id]
        project_units = units.get(project.id, [])
        contents.projects.append({
            "id": project.id, "plan_position": item.position, "name": project.name,
            "project_code": project.project_code, "permit_no": project.permit_no or "", "address": project.address,
            "district_adcode": project.district_adcode, "status": project.status.value,
            "project_type": project.project_type.value, "risk_level": project.risk_level.value,
            "risk_score": risk.score if risk else 0.0, "planned_risk_score": item.risk_score,
            "risk_breakdown": _dumps(risk.breakdown if risk else {}),
            "construction_unit": _unit_names(project_units, UnitKind.CONSTRUCTION),
            "supervision_unit": _unit_names(project_units, UnitKind.SUPERVISION),
            "general_contractor": _unit_names(project_units, UnitKind.GENERAL_CONTRACTOR),
            "units": _dumps(project_units), "key_personnel": _dumps(personnel.get(project.id, [])),
            "open_notices_count": len(notices.get(project.id, [])), "open_notices": _dumps(notices.get(project.id, [])),
            "recent_findings": _dumps(findings.get(project.id, [])),
            "active_warnings": _dumps(warnings.get(project.id, [])), "devices": _dumps(devices.get(project.id, [])),
            "lon": project.lon, "lat": project.lat,
        })
    contents.districts = _districts(session, sorted({p.district_adcode for p in projects}))
    contents.checklists = _checklists(session)
    contents.previous_inspections = _previous_inspections(session, ids, since)
    contents.notice_timelines = _notice_timelines(session, ids, since)
    contents.photos = _latest_photos(session, ids)
    return contents


def _unit_names(units: list[dict[str, Any]], role: UnitKind) -> str:
    return "；".join(u["name"] for u in units if u["role"] == role.value)


def _units(session: Session, ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """Units by name and public credit code (a unit's contact phone stays on the server)."""
    found: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for project_id, role, unit_id, name, credit_code in session.execute(
            sa.select(ProjectUnit.project_id, ProjectUnit.role, Unit.id, Unit.name, Unit.credit_code)
            .join(Unit, Unit.id == ProjectUnit.unit_id).where(ProjectUnit.project_id.in_(ids))
            .order_by(ProjectUnit.project_id, ProjectUnit.role, Unit.name)):
        found[project_id].append({"id": unit_id, "role": role.value, "name": name, "credit_code": credit_code})
    return found


def _personnel(session: Session, ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    found: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for person in session.scalars(sa.select(Personnel).where(Personnel.project_id.in_(ids))
                                  .order_by(Personnel.project_id, Personnel.role, Personnel.id)):
        found[person.project_id].append({
            "name": person.name, "role": person.role.value, "unit_id": person.unit_id,
            "certificate_no": mask_identifier(person.certificate_no), "phone": mask_phone(person.phone)})
    return found


def _open_notices(session: Session, ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    notices = list(session.scalars(sa.select(Notice).where(Notice.project_id.in_(ids), Notice.status.in_(OPEN_NOTICES))
                                   .order_by(Notice.project_id, Notice.deadline, Notice.id)))
    items: dict[int, list[dict[str, Any]]] = defaultdict(list)
    if notices:
        for item in session.scalars(sa.select(NoticeItem).where(NoticeItem.notice_id.in_([n.id for n in notices]))
                                    .order_by(NoticeItem.notice_id, NoticeItem.position)):
            items[item.notice_id].append({"position": item.position, "finding_id": item.finding_id,
                                          "description": item.description, "severity": item.severity.value,
                                          "legal_basis": item.legal_basis})
    found: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for n in notices:
        found[n.project_id].append({
            "id": n.id, "number": n.number, "status": n.status.value, "deadline": n.deadline,
            "stop_work": n.stop_work, "target_unit_id": n.target_unit_id, "agency_name": n.agency_name,
            "issued_at": n.issued_at, "updated_at": n.updated_at, "items": items[n.id]})
    return found


def _recent_findings(session: Session, ids: list[int], since: dt.date) -> dict[int, list[dict[str, Any]]]:
    found: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for f in session.scalars(sa.select(Finding).where(Finding.project_id.in_(ids), Finding.found_on >= since)
                             .order_by(Finding.project_id, Finding.found_on.desc(), Finding.id.desc())):
        if len(found[f.project_id]) < RECENT_FINDINGS_PER_PROJECT:
            found[f.project_id].append({
                "id": f.id, "inspection_id": f.inspection_id, "found_on": f.found_on,
                "checklist_item_code": f.checklist_item_code, "description": f.description,
                "severity": f.severity.value, "legal_basis": f.legal_basis, "lon": f.lon, "lat": f.lat})
    return found


def _active_warnings(session: Session, ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    found: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for w, code in session.execute(
            sa.select(DeviceWarning, Device.code).join(Device, Device.id == DeviceWarning.device_id)
            .where(DeviceWarning.project_id.in_(ids), DeviceWarning.state.in_(ACTIVE_WARNINGS))
            .order_by(DeviceWarning.project_id, DeviceWarning.first_at.desc())):
        found[w.project_id].append({
            "id": w.id, "device_code": code, "type": w.type.value, "severity": w.severity.value,
            "state": w.state.value, "metric": w.metric, "value": w.value, "peak": w.peak,
            "threshold": w.threshold, "message": w.message, "count": w.count, "first_at": w.first_at,
            "last_at": w.last_at})
    return found


def _devices(session: Session, ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """Devices by their public code (no MN, no secret) with each metric's latest reading."""
    devices = list(session.scalars(sa.select(Device).where(Device.project_id.in_(ids))
                                   .order_by(Device.project_id, Device.code)))
    latest: dict[int, dict[str, dict[str, Any]]] = defaultdict(dict)
    if devices:
        newest = (sa.select(Reading.device_id, Reading.metric, sa.func.max(Reading.ts).label("ts"))
                  .where(Reading.device_id.in_([d.id for d in devices]))
                  .group_by(Reading.device_id, Reading.metric).subquery())
        for device_id, metric, ts, value in session.execute(
                sa.select(Reading.device_id, Reading.metric, Reading.ts, Reading.value)
                .join(newest, (Reading.device_id == newest.c.device_id) & (Reading.metric == newest.c.metric)
                      & (Reading.ts == newest.c.ts))):
            latest[device_id][metric] = {"value": value, "at": ts}
    found: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for d in devices:
        found[d.project_id].append({
            "id": d.id, "code": d.code, "kind": d.kind.value, "name": d.name, "install_position": d.install_position,
            "lon": d.lon, "lat": d.lat, "last_seen_at": d.last_seen_at, "latest": latest.get(d.id, {})})
    return found


def _districts(session: Session, adcodes: list[str]) -> list[dict[str, Any]]:
    """The simplified boundaries the server serves to the sand table (light enough to carry)."""
    return [{"adcode": adcode, "name": name, "level": level.value, "geojson": geometry}
            for adcode, name, level, geometry in session.execute(
                sa.select(Region.adcode, Region.name, Region.level, Region.simplified_geojson)
                .where(Region.adcode.in_(adcodes)).order_by(Region.adcode))]


def _checklists(session: Session) -> list[dict[str, Any]]:
    return [{"code": t.code, "name": t.name, "inspection_type": t.inspection_type.value, "version": t.version,
             "items": t.items_json}
            for t in session.scalars(sa.select(ChecklistTemplate).order_by(ChecklistTemplate.code))]


def _previous_inspections(session: Session, ids: list[int], since: dt.date) -> list[dict[str, Any]]:
    counts: dict[int, int] = {inspection_id: n for inspection_id, n in session.execute(
        sa.select(Finding.inspection_id, sa.func.count()).join(Inspection, Inspection.id == Finding.inspection_id)
        .where(Inspection.project_id.in_(ids), Inspection.inspected_on >= since).group_by(Finding.inspection_id))}
    per_project: dict[int, int] = defaultdict(int)
    rows = []
    for i in session.scalars(sa.select(Inspection).where(Inspection.project_id.in_(ids), Inspection.inspected_on >= since)
                             .order_by(Inspection.project_id, Inspection.inspected_on.desc(), Inspection.id.desc())):
        per_project[i.project_id] += 1
        if per_project[i.project_id] <= INSPECTIONS_PER_PROJECT:
            rows.append({"id": i.id, "project_id": i.project_id, "inspection_type": i.inspection_type.value,
                         "inspected_on": i.inspected_on.isoformat(), "inspectors": i.inspectors_json,
                         "summary": i.summary, "template_code": i.template_code or "",
                         "findings_count": counts.get(i.id, 0)})
    return rows


def _notice_timelines(session: Session, ids: list[int], since: dt.date) -> list[dict[str, Any]]:
    """The steps of the projects' notices that are open or moved in the last year (drafts stay at the
    office). Who acted is given by role: the account names are not needed on site."""
    start = dt.datetime.combine(since, dt.time(), tzinfo=dt.UTC)
    relevant = (sa.select(Notice.id).where(Notice.project_id.in_(ids), Notice.status != NoticeStatus.DRAFT,
                                           Notice.status.in_(OPEN_NOTICES) | (Notice.updated_at >= start)))
    return [{"notice_id": e.notice_id, "notice_number": number or "", "project_id": project_id, "at": e.at.isoformat(),
             "action": e.action.value if e.action else "drafted",
             "from_status": e.from_status.value if e.from_status else "", "to_status": e.to_status.value,
             "role": e.role, "comment": e.comment}
            for e, number, project_id in session.execute(
                sa.select(NoticeEvent, Notice.number, Notice.project_id).join(Notice, Notice.id == NoticeEvent.notice_id)
                .where(NoticeEvent.notice_id.in_(relevant)).order_by(NoticeEvent.notice_id, NoticeEvent.at,
                                                                     NoticeEvent.id))]


def _latest_photos(session: Session, ids: list[int]) -> list[tuple[int, str | None, str]]:
    """The newest progress photos of each project (their stored thumbnails)."""
    per_project: dict[int, int] = defaultdict(int)
    found = []
    for project_id, taken_at, thumbnail in session.execute(
            sa.select(ProgressReport.project_id, ProgressPhoto.taken_at, ProgressPhoto.thumbnail_sha256)
            .join(ProgressReport, ProgressReport.id == ProgressPhoto.report_id)
            .where(ProgressReport.project_id.in_(ids))
            .order_by(ProgressReport.project_id, ProgressReport.month.desc(), ProgressPhoto.uploaded_at.desc(),
                      ProgressPhoto.id.desc())):
        per_project[project_id] += 1
        if per_project[project_id] <= PHOTOS_PER_PROJECT:
            found.append((project_id, taken_at.isoformat() if taken_at else None, thumbnail))
    return found

