"""Projects: scoped queries (list, detail, map features) and audited writes with coordinate checks."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import orjson
import sqlalchemy as sa
from sqlalchemy.orm import Session

from domain import adcodes
from domain.cases import effective_level
from domain.coords import InvalidCoordinate, OutsideRegion, ensure_in_region, to_wgs84, validate_lonlat
from domain.enums import CoordSystem, ProjectStatus, Role, UnitKind
from domain.schemas import (
    PersonnelOut,
    ProjectCreate,
    ProjectDetail,
    ProjectPage,
    ProjectQuery,
    ProjectSummary,
    ProjectUnitOut,
    ProjectUpdate,
    StatusChange,
    UnitOut,
)
from server.db.base import utcnow
from server.db.paging import paginate
from server.errors import Refused, conflict, forbidden, invalid, not_found
from server.projects.models import Personnel, Project, ProjectStatusChange, ProjectUnit
from server.regions.service import RegionCatalog
from server.security import audit
from server.security.actor import Actor
from server.security.scopes import DataScope
from server.units.models import Unit

_SORT_COLUMNS = {
    "name": Project.name, "permit_no": Project.permit_no, "project_code": Project.project_code,
    "status": Project.status, "district": Project.district_adcode, "risk_level": Project.risk_level,
    "floor_area_m2": Project.floor_area_m2, "cost_10k_yuan": Project.cost_10k_yuan,
    "planned_start": Project.planned_start,
}
_SUMMARY_COLUMNS = (
    Project.id, Project.name, Project.project_code, Project.permit_no, Project.status, Project.project_type,
    Project.risk_level, Project.district_adcode, Project.city_adcode, Project.address, Project.lon, Project.lat,
    Project.floor_area_m2, Project.cost_10k_yuan, Project.planned_start, Project.planned_end,
)


def search_text(name: str, project_code: str, permit_no: str | None, address: str, unit_names: Iterable[str]) -> str:
    """The lower-cased haystack that free-text search matches against (one indexed-scan column)."""
    return " ".join([name, project_code, permit_no or "", address, *unit_names]).lower()


def _filtered(query: ProjectQuery, scope: DataScope) -> list[sa.ColumnElement[bool]]:
    clauses = [Project.in_scope(scope)]
    if query.region:
        clauses.append(Project.in_region(query.region))
    if query.status:
        clauses.append(Project.status.in_(query.status))
    if query.project_type:
        clauses.append(Project.project_type == query.project_type)
    if query.risk_level:
        clauses.append(Project.risk_level.in_(query.risk_level))
    if query.unit_id is not None:
        clauses.append(Project.id.in_(sa.select(ProjectUnit.project_id).where(ProjectUnit.unit_id == query.unit_id)))
    if query.q and query.q.strip():
        clauses.append(Project.search_text.contains(query.q.strip().lower(), autoescape=True))
    return clauses


def _general_contractors(session: Session, project_ids: Sequence[int]) -> dict[int, str]:
    if not project_ids:
        return {}
    rows = session.execute(
        sa.select(ProjectUnit.project_id, Unit.name)
        .join(Unit, Unit.id == ProjectUnit.unit_id)
        .where(ProjectUnit.project_id.in_(project_ids), ProjectUnit.role == UnitKind.GENERAL_CONTRACTOR)
    )
    return {project_id: name for project_id, name in rows}


def _summary(row: Any, catalog: RegionCatalog, contractor: str | None) -> ProjectSummary:
    values = row._asdict()
    values.pop("total", None)
    return ProjectSummary(**values, district_name=catalog.name(row.district_adcode),
                          city_name=catalog.name(row.city_adcode), general_contractor=contractor)


def list_projects(session: Session, *, query: ProjectQuery, scope: DataScope, catalog: RegionCatalog) -> ProjectPage:
    clauses = _filtered(query, scope)
    column = _SORT_COLUMNS[query.sort]
    order = (column.desc(), Project.id.desc()) if query.descending else (column.asc(), Project.id.asc())
    total, rows = paginate(session, sa.select(*_SUMMARY_COLUMNS).order_by(*order), counted=Project, where=clauses,
                           page=query.page, page_size=query.page_size,
                           count_in_scan=bool(query.q and query.q.strip()))  # free text: no index serves it
    contractors = _general_contractors(session, [r.id for r in rows])
    items = [_summary(r, catalog, contractors.get(r.id)) for r in rows]
    return ProjectPage(total=total, page=query.page, page_size=query.page_size, items=items)


def district_counts(session: Session, *, scope: DataScope) -> dict[str, tuple[int, int]]:
    """Projects in scope per district: (all, under construction), for the region tree."""
    return {
        district: (total, building)
        for district, total, building in session.execute(
            sa.select(Project.district_adcode, sa.func.count(),
                      sa.func.count().filter(Project.status == ProjectStatus.UNDER_CONSTRUCTION))
            .where(Project.in_scope(scope)).group_by(Project.district_adcode)
        )
    }


def data_version(session: Session) -> str:
    """Changes whenever a project is added, removed or updated (writes always set `updated_at`).
    Both aggregates are answered from indexes, so this costs well under a millisecond."""
    count, newest, last_id = session.execute(
        sa.select(sa.func.count(Project.id), sa.func.max(Project.updated_at), sa.func.max(Project.id))
    ).one()
    return f"{count}-{last_id}-{newest.timestamp() if newest else 0}"


def map_features_json(session: Session, *, scope: DataScope) -> bytes:
    """Every project in scope as parallel arrays, serialised directly (50,000 rows in one response).
    The district travels as an integer adcode so the map can filter by region without a round trip."""
    as_text = sa.String()
    rows = session.execute(
        sa.select(Project.id, Project.lon, Project.lat, sa.type_coerce(Project.status, as_text),
                  sa.type_coerce(Project.risk_level, as_text), Project.district_adcode)
        .where(Project.in_scope(scope)).order_by(Project.id)
    ).all()
    columns = [list(col) for col in zip(*rows, strict=True)] if rows else [[] for _ in range(6)]
    ids, lon, lat, status, risk, district = columns
    return orjson.dumps({"ids": ids, "lon": lon, "lat": lat, "status": status, "risk": risk,
                         "district": [int(adcode) for adcode in district]})


def project_ids_json(session: Session, *, query: ProjectQuery, scope: DataScope) -> bytes:
    """Ids of every project matching the list filters, in the list's sort order (paging ignored):
    the map shows exactly the filtered set and the table can find the page a project is on."""
    column = _SORT_COLUMNS[query.sort]
    order = (column.desc(), Project.id.desc()) if query.descending else (column.asc(), Project.id.asc())
    ids = session.scalars(sa.select(Project.id).where(*_filtered(query, scope)).order_by(*order)).all()
    return orjson.dumps(list(ids))


def _scoped_project(session: Session, scope: DataScope, project_id: int) -> Project:
    project = session.scalar(sa.select(Project).where(Project.id == project_id, Project.in_scope(scope)))
    if project is None:
        raise not_found("project")
    return project


def project_detail(session: Session, *, project_id: int, scope: DataScope, catalog: RegionCatalog) -> ProjectDetail:
    project = _scoped_project(session, scope, project_id)
    units = session.execute(
        sa.select(ProjectUnit.role, Unit).join(Unit, Unit.id == ProjectUnit.unit_id)
        .where(ProjectUnit.project_id == project_id).order_by(ProjectUnit.role, Unit.name)
    ).all()
    personnel = session.scalars(
        sa.select(Personnel).where(Personnel.project_id == project_id).order_by(Personnel.role, Personnel.id)
    ).all()
    history = session.scalars(
        sa.select(ProjectStatusChange).where(ProjectStatusChange.project_id == project_id)
        .order_by(ProjectStatusChange.changed_at, ProjectStatusChange.id)
    ).all()
    contractor = next((u.name for role, u in units if role is UnitKind.GENERAL_CONTRACTOR), None)
    fields = {c.name: getattr(project, c.name) for c in _SUMMARY_COLUMNS}
    return ProjectDetail(
        **fields, district_name=catalog.name(project.district_adcode), city_name=catalog.name(project.city_adcode),
        general_contractor=contractor, risk_grade=project.risk_grade, risk_score=project.risk_score,
        actual_start=project.actual_start, actual_end=project.actual_end,
        units=[ProjectUnitOut(role=role, unit=UnitOut.model_validate(unit)) for role, unit in units],
        personnel=[PersonnelOut.model_validate(p) for p in personnel],
        status_history=[StatusChange.model_validate(h) for h in history],
        created_at=project.created_at, updated_at=project.updated_at,
    )


def checked_position(session: Session, catalog: RegionCatalog, *, lon: float, lat: float, system: CoordSystem,
                     district_adcode: str) -> tuple[float, float]:
    """Validate an entered coordinate, convert it to WGS-84 and require it inside the declared district."""
    try:
        validate_lonlat(lon, lat)
        wgs_lon, wgs_lat = to_wgs84(lon, lat, system)
        ensure_in_region(wgs_lon, wgs_lat, catalog.boundary(session, district_adcode), catalog.name(district_adcode))
    except OutsideRegion as exc:
        raise invalid("outside_district", str(exc)) from exc
    except InvalidCoordinate as exc:
        raise invalid("invalid_coordinate", str(exc)) from exc
    return round(wgs_lon, 7), round(wgs_lat, 7)


def _check_create_rights(role: Role, scope: DataScope, data: ProjectCreate) -> None:
    if role.is_enterprise:
        own_roles = {u.role for u in data.units if u.unit_id == scope.unit_id}
        if not own_roles & {UnitKind.CONSTRUCTION, UnitKind.GENERAL_CONTRACTOR}:
            raise forbidden("an enterprise may only report projects it builds or develops")
    elif not scope.covers_region(data.district_adcode):
        raise forbidden("the district is outside your region")


def create_project(session: Session, *, data: ProjectCreate, actor: Actor, role: Role, scope: DataScope,
                   catalog: RegionCatalog) -> Project:
    if not catalog.is_leaf_region(data.district_adcode):
        raise invalid("unknown_district", f"{data.district_adcode} is not a Guangdong district")
    _check_create_rights(role, scope, data)
    lon, lat = checked_position(session, catalog, lon=data.lon, lat=data.lat, system=data.coord_system,
                                district_adcode=data.district_adcode)
    unit_ids = {u.unit_id for u in data.units} | {p.unit_id for p in data.personnel}
    units = {u.id: u for u in session.scalars(sa.select(Unit).where(Unit.id.in_(unit_ids)))}
    if missing := sorted(unit_ids - units.keys()):
        raise invalid("unknown_unit", f"unknown unit id(s): {', '.join(map(str, missing))}")
    if stray := sorted({p.unit_id for p in data.personnel} - {u.unit_id for u in data.units}):
        raise invalid("personnel_unit", f"personnel belong to unit(s) not on the project: {stray}")
    _ensure_unique(session, data.project_code, data.permit_no)
    now = utcnow()
    project = Project(
        name=data.name, project_code=data.project_code, permit_no=data.permit_no, address=data.address,
        district_adcode=data.district_adcode, city_adcode=adcodes.city_of(data.district_adcode), lon=lon, lat=lat,
        project_type=data.project_type, floor_area_m2=data.floor_area_m2, cost_10k_yuan=data.cost_10k_yuan,
        status=data.status, planned_start=data.planned_start, planned_end=data.planned_end,
        search_text=search_text(data.name, data.project_code, data.permit_no, data.address,
                                (units[u.unit_id].name for u in data.units)),
        created_at=now, updated_at=now,
    )
    session.add(project)
    session.flush()
    session.add_all(ProjectUnit(project_id=project.id, unit_id=u.unit_id, role=u.role) for u in data.units)
    session.add_all(Personnel(project_id=project.id, **p.model_dump()) for p in data.personnel)
    session.add(ProjectStatusChange(project_id=project.id, status=data.status, changed_at=now,
                                    changed_by=actor.username, note="registered"))
    audit.record(session, actor, action="project.create", entity="project", entity_id=project.id,
                 changes={**data.model_dump(mode="json"), "lon": lon, "lat": lat, "coord_system": "wgs84"})
    session.commit()
    return project


def _ensure_unique(session: Session, project_code: str, permit_no: str | None) -> None:
    if session.scalar(sa.select(Project.id).where(Project.project_code == project_code)) is not None:
        raise conflict("duplicate_project_code", f"project code {project_code} is already registered")
    if permit_no and session.scalar(sa.select(Project.id).where(Project.permit_no == permit_no)) is not None:
        raise conflict("permit_conflict", f"construction permit {permit_no} is already bound to another project")


def update_project(session: Session, *, project_id: int, data: ProjectUpdate, actor: Actor, role: Role,
                   scope: DataScope, catalog: RegionCatalog) -> Project:
    project = _scoped_project(session, scope, project_id)
    changes: dict[str, Any] = {}
    fields = data.model_dump(exclude_unset=True, exclude={"lon", "lat", "coord_system"})
    if role.is_enterprise:  # what an enterprise says about a project is verified before it is shown
        raise Refused("report_for_verification",
                      f"enterprises change project data by reporting it for verification: "
                      f"POST /api/v1/reporting/projects/{project_id}/basic-info (or /permit, /position, /status)")
    if "risk_level" in fields and not (role.is_supervisor or role is Role.SYSTEM_ADMIN):
        raise forbidden("only supervisors grade a project's risk")
    if "risk_level" in fields:  # the supervisor's grade; the shown level never drops below the computed one
        grade = fields.pop("risk_level")
        if grade is not project.risk_grade:
            changes["risk_grade"] = {"old": project.risk_grade, "new": grade}
            project.risk_grade = grade
            shown = effective_level(grade, project.risk_score)
            if shown is not project.risk_level:
                changes["risk_level"] = {"old": project.risk_level, "new": shown, "score": project.risk_score}
                project.risk_level = shown
    for name, value in fields.items():
        if getattr(project, name) != value:
            changes[name] = {"old": getattr(project, name), "new": value}
            setattr(project, name, value)
    if (data.lon is None) != (data.lat is None):
        raise invalid("invalid_coordinate", "longitude and latitude must be given together")
    if data.lon is not None and data.lat is not None:
        lon, lat = checked_position(session, catalog, lon=data.lon, lat=data.lat, system=data.coord_system,
                                    district_adcode=project.district_adcode)
        if (lon, lat) != (project.lon, project.lat):
            changes["position"] = {"old": [project.lon, project.lat], "new": [lon, lat],
                                   "entered_in": data.coord_system.value}
            project.lon, project.lat = lon, lat
    start = project.planned_start
    end = project.planned_end
    if start and end and end < start:
        raise invalid("invalid_dates", "planned end is before planned start")
    if not changes:
        session.rollback()
        return project
    unit_names = session.scalars(
        sa.select(Unit.name).join(ProjectUnit, ProjectUnit.unit_id == Unit.id).where(ProjectUnit.project_id == project.id)
    ).all()
    project.search_text = search_text(project.name, project.project_code, project.permit_no, project.address, unit_names)
    project.updated_at = utcnow()
    audit.record(session, actor, action="project.update", entity="project", entity_id=project.id, changes=changes)
    session.commit()
    return project

