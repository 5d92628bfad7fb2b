"""Project facts an enterprise proposes (basic data versions, permit, position, status) and how a
verified proposal is applied to the project, the only moment the sand table changes."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from domain.enums import UnitKind
from domain.lifecycle import InvalidTransition, Party
from domain.reporting import (
    PENDING,
    PROJECT_STATUS_LIFECYCLE,
    InvalidDates,
    StatusAction,
    SubmissionKind,
    SubmissionStatus,
    check_status_date,
)
from domain.reporting_schemas import (
    MAX_ROW_ID,
    BasicInfoIn,
    PendingFact,
    PermitIn,
    PositionIn,
    ProjectFactsOut,
    ProjectVersionOut,
    StatusReportIn,
)
from domain.schemas import PersonnelIn, ProjectUnitIn
from server.credit.models import Deduction
from server.db.base import utcnow
from server.deps import Principal
from server.errors import conflict, invalid
from server.projects.models import Personnel, Project, ProjectStatusChange, ProjectUnit
from server.projects.service import checked_position, search_text
from server.regions.service import RegionCatalog
from server.reporting.models import PermitBinding, PositionReport, ProjectVersion, StatusReport, Submission
from server.reporting.queue import (
    ensure_nothing_pending,
    reporting_project,
    submission_scope,
    submit,
    verification_of,
    visible_project,
)
from server.units.models import Unit

_BUILDER_ROLES = {UnitKind.CONSTRUCTION, UnitKind.GENERAL_CONTRACTOR}


# --- basic information versions ------------------------------------------------------------------


def current_basic_info(session: Session, project: Project) -> dict[str, Any]:
    units = session.execute(sa.select(ProjectUnit.unit_id, ProjectUnit.role)
                            .where(ProjectUnit.project_id == project.id)
                            .order_by(ProjectUnit.role, ProjectUnit.unit_id)).all()
    people = session.scalars(sa.select(Personnel).where(Personnel.project_id == project.id).order_by(Personnel.id))
    return BasicInfoIn(
        name=project.name, address=project.address, floor_area_m2=project.floor_area_m2,
        cost_10k_yuan=project.cost_10k_yuan, planned_start=project.planned_start, planned_end=project.planned_end,
        units=[ProjectUnitIn(unit_id=u, role=r) for u, r in units],
        personnel=[PersonnelIn(name=p.name, role=p.role, unit_id=p.unit_id, certificate_no=p.certificate_no,
                               phone=p.phone) for p in people],
    ).model_dump(mode="json")


def _check_basic_info(session: Session, principal: Principal, data: BasicInfoIn) -> None:
    unit_ids = {u.unit_id for u in data.units}
    found = set(session.scalars(sa.select(Unit.id).where(Unit.id.in_([u for u in unit_ids if 0 < u <= MAX_ROW_ID]))))
    if missing := sorted(unit_ids - found):
        raise invalid("unknown_unit", f"unknown unit id(s): {', '.join(map(str, missing))}")
    if stray := sorted({p.unit_id for p in data.personnel} - unit_ids):
        raise invalid("personnel_unit", f"personnel belong to unit(s) not on the project: {stray}")
    if not {u.role for u in data.units if u.unit_id == principal.unit_id} & _BUILDER_ROLES:
        raise invalid("reporter_not_on_project",
                      "the reporting enterprise must stay on the project as its builder or general contractor")
    if len({(u.unit_id, u.role) for u in data.units}) != len(data.units):
        raise invalid("duplicate_unit_role", "a unit is listed twice in the same role")
    if len({p.certificate_no for p in data.personnel}) != len(data.personnel):
        raise invalid("duplicate_certificate", "two people are listed with the same certificate number")


def submit_basic_info(session: Session, principal: Principal, *, project_id: int, data: BasicInfoIn) -> Submission:
    """Confirm (first version) or change the basic data: each submission is a new numbered version."""
    project = reporting_project(session, principal, project_id)
    ensure_nothing_pending(session, project_id=project.id, kind=SubmissionKind.BASIC_INFO)
    _check_basic_info(session, principal, data)
    last = session.scalar(sa.select(sa.func.max(ProjectVersion.version)).where(ProjectVersion.project_id == project.id))
    payload = data.model_dump(mode="json")
    version = ProjectVersion(project_id=project.id, version=(last or 0) + 1, data=payload, created_at=utcnow())
    session.add(version)
    changed = _changed_fields(current_basic_info(session, project), payload)
    submission = submit(session, principal, project_id=project.id, kind=SubmissionKind.BASIC_INFO, record=version,
                        summary=f"基本信息第 {version.version} 版" + (f"（变更：{', '.join(changed)}）" if changed else "（确认）"),
                        changes={"version": version.version, "changed": changed, "data": payload})
    session.commit()
    return submission


def _changed_fields(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    def canonical(key: str, value: Any) -> Any:
        if key in ("units", "personnel"):
            return sorted(map(str, value))
        return value
    return [k for k in after if canonical(k, before.get(k)) != canonical(k, after[k])]


def versions(session: Session, principal: Principal, *, project_id: int) -> list[ProjectVersionOut]:
    project = visible_project(session, principal, project_id)
    rows = session.execute(
        sa.select(ProjectVersion, Submission)
        .join(Submission, (Submission.kind == SubmissionKind.BASIC_INFO) & (Submission.record_id == ProjectVersion.id))
        .where(ProjectVersion.project_id == project.id, submission_scope(principal))
        .order_by(ProjectVersion.version)).all()
    out, previous = [], None
    for version, submission in rows:
        changed = _changed_fields(previous, version.data) if previous is not None else list(version.data)
        out.append(ProjectVersionOut(version=version.version, data=version.data, created_at=version.created_at,
                                     changed_fields=changed, verification=verification_of(submission)))
        previous = version.data
    return out


def _apply_basic_info(session: Session, project: Project, version: ProjectVersion) -> dict[str, Any]:
    data = BasicInfoIn.model_validate(version.data)
    for name in ("name", "address", "floor_area_m2", "cost_10k_yuan", "planned_start", "planned_end"):
        setattr(project, name, getattr(data, name))
    session.execute(sa.delete(ProjectUnit).where(ProjectUnit.project_id == project.id))
    session.add_all(ProjectUnit(project_id=project.id, unit_id=u.unit_id, role=u.role) for u in data.units)
    _apply_personnel(session, project.id, data.personnel)
    _refresh_search_text(session, project)
    return {"version": version.version}


def _apply_personnel(session: Session, project_id: int, people: list[PersonnelIn]) -> None:
    """People keep their row (matched by certificate) so that credit records about them stay linked;
    someone with credit records cannot silently disappear from the project."""
    existing = {p.certificate_no: p for p in session.scalars(sa.select(Personnel)
                                                             .where(Personnel.project_id == project_id))}
    for person in people:
        row = existing.pop(person.certificate_no, None)
        if row is None:
            session.add(Personnel(project_id=project_id, **person.model_dump()))
        else:
            row.name, row.role, row.unit_id, row.phone = person.name, person.role, person.unit_id, person.phone
    if not existing:
        return
    removed = [p.id for p in existing.values()]
    if held := session.scalars(sa.select(Personnel.name).join(Deduction, Deduction.personnel_id == Personnel.id)
                               .where(Personnel.id.in_(removed)).distinct()).all():
        raise conflict("personnel_has_records", f"{', '.join(held)} cannot be removed from the project: credit "
                                                "records refer to them; return this version")
    session.execute(sa.delete(Personnel).where(Personnel.id.in_(removed)))


def _refresh_search_text(session: Session, project: Project) -> None:
    session.flush()
    names = session.scalars(sa.select(Unit.name).join(ProjectUnit, ProjectUnit.unit_id == Unit.id)
                            .where(ProjectUnit.project_id == project.id))
    project.search_text = search_text(project.name, project.project_code, project.permit_no, project.address, names)


# --- construction permit -------------------------------------------------------------------------


def _ensure_permit_free(session: Session, principal: Principal, *, permit_no: str, project_id: int) -> None:
    """One permit, one project. The other project is named only when the caller may see it."""
    other = session.scalar(sa.select(Project).where(Project.permit_no == permit_no, Project.id != project_id))
    if other is None:
        claimed = session.scalar(
            sa.select(Submission.project_id).join(PermitBinding, (Submission.kind == SubmissionKind.PERMIT)
                                                  & (Submission.record_id == PermitBinding.id))
            .where(PermitBinding.permit_no == permit_no, PermitBinding.project_id != project_id,
                   Submission.status.in_(PENDING)).limit(1))
        other = session.get(Project, claimed) if claimed is not None else None
    if other is None:
        return
    visible = session.scalar(sa.select(Project.id).where(Project.id == other.id, Project.in_scope(principal.scope)))
    whom = f"project «{other.name}»" if visible is not None else "another project outside your scope"
    raise conflict("permit_conflict", f"construction permit {permit_no} is already bound to (or claimed for) {whom}")


def submit_permit(session: Session, principal: Principal, *, project_id: int, data: PermitIn) -> Submission:
    project = reporting_project(session, principal, project_id)
    ensure_nothing_pending(session, project_id=project.id, kind=SubmissionKind.PERMIT)
    if project.permit_no == data.permit_no:
        raise conflict("unchanged", f"construction permit {data.permit_no} is already bound to this project")
    _ensure_permit_free(session, principal, permit_no=data.permit_no, project_id=project.id)
    binding = PermitBinding(project_id=project.id, permit_no=data.permit_no)
    session.add(binding)
    submission = submit(session, principal, project_id=project.id, kind=SubmissionKind.PERMIT, record=binding,
                        summary=f"施工许可证 {data.permit_no}", changes={"permit_no": data.permit_no,
                                                                      "previous": project.permit_no})
    session.commit()
    return submission


# --- position ------------------------------------------------------------------------------------


def submit_position(session: Session, principal: Principal, catalog: RegionCatalog, *, project_id: int,
                    data: PositionIn) -> Submission:
    """Converted to WGS-84 on entry and refused, with the distance, when outside the declared district."""
    project = reporting_project(session, principal, project_id)
    ensure_nothing_pending(session, project_id=project.id, kind=SubmissionKind.POSITION)
    lon, lat = checked_position(session, catalog, lon=data.lon, lat=data.lat, system=data.coord_system,
                                district_adcode=project.district_adcode)
    report = PositionReport(project_id=project.id, lon=lon, lat=lat, entered_lon=data.lon, entered_lat=data.lat,
                            coord_system=data.coord_system)
    session.add(report)
    submission = submit(session, principal, project_id=project.id, kind=SubmissionKind.POSITION, record=report,
                        summary=f"地图定位 {lon:.6f}, {lat:.6f} (WGS-84; 录入 {data.coord_system.value})",
                        changes={"wgs84": [lon, lat], "entered": [data.lon, data.lat],
                                 "coord_system": data.coord_system.value})
    session.commit()
    return submission


# --- status --------------------------------------------------------------------------------------


def _last_status_date(session: Session, project_id: int) -> dt.date | None:
    return session.scalar(
        sa.select(sa.func.max(StatusReport.effective_on))
        .join(Submission, (Submission.kind == SubmissionKind.STATUS) & (Submission.record_id == StatusReport.id))
        .where(StatusReport.project_id == project_id, Submission.status == SubmissionStatus.VERIFIED))


def _check_status(session: Session, project: Project, action: StatusAction, effective_on: dt.date,
                  today: dt.date) -> None:
    try:
        PROJECT_STATUS_LIFECYCLE.next_status(project.status, action, Party.ENTERPRISE)
        check_status_date(action, effective_on, today=today, last_change_on=_last_status_date(session, project.id),
                          actual_start=project.actual_start, actual_end=project.actual_end)
    except InvalidDates as exc:
        raise invalid("invalid_dates", str(exc)) from exc
    except InvalidTransition as exc:
        raise conflict("invalid_transition", str(exc)) from exc


def submit_status(session: Session, principal: Principal, *, project_id: int, data: StatusReportIn,
                  today: dt.date) -> Submission:
    project = reporting_project(session, principal, project_id)
    ensure_nothing_pending(session, project_id=project.id, kind=SubmissionKind.STATUS)
    _check_status(session, project, data.action, data.effective_on, today)
    report = StatusReport(project_id=project.id, action=data.action, effective_on=data.effective_on,
                          reason=data.reason.strip())
    session.add(report)
    submission = submit(session, principal, project_id=project.id, kind=SubmissionKind.STATUS, record=report,
                        summary=f"{data.action.value} {data.effective_on}" + (f"：{report.reason}" if report.reason else ""),
                        changes=data.model_dump(mode="json"))
    session.commit()
    return submission


def _apply_status(session: Session, project: Project, report: StatusReport, username: str,
                  today: dt.date) -> dict[str, Any]:
    _check_status(session, project, report.action, report.effective_on, today)  # the project may have moved on
    target = PROJECT_STATUS_LIFECYCLE.next_status(project.status, report.action,
                                                  Party.ENTERPRISE)
    if report.action is StatusAction.START:
        project.actual_start = report.effective_on
    if report.action is StatusAction.COMPLETE:
        project.actual_end = report.effective_on
    previous, project.status = project.status, target
    note = f"{report.action.value} {report.effective_on}" + (f"：{report.reason}" if report.reason else "")
    session.add(ProjectStatusChange(project_id=project.id, status=target, changed_at=utcnow(), changed_by=username,
                                    note=note[:300]))
    return {"status": {"old": previous.value, "new": target.value}, "effective_on": report.effective_on}


# --- applying a verified proposal ----------------------------------------------------------------


def apply_verified(session: Session, submission: Submission, *, username: str, today: dt.date) -> dict[str, Any]:
    """Write a verified project fact into the project; returns what changed, for the audit entry."""
    project = session.get(Project, submission.project_id)
    assert project is not None
    kind = submission.kind
    if kind is SubmissionKind.BASIC_INFO:
        version = session.get(ProjectVersion, submission.record_id)
        assert version is not None
        changes = _apply_basic_info(session, project, version)
    elif kind is SubmissionKind.PERMIT:
        binding = session.get(PermitBinding, submission.record_id)
        assert binding is not None
        taken = session.scalar(sa.select(Project.id).where(Project.permit_no == binding.permit_no,
                                                           Project.id != project.id))
        if taken is not None:
            raise conflict("permit_conflict", f"construction permit {binding.permit_no} was bound to another "
                                              "project meanwhile; return this submission")
        changes = {"permit_no": {"old": project.permit_no, "new": binding.permit_no}}
        project.permit_no = binding.permit_no
        _refresh_search_text(session, project)
    elif kind is SubmissionKind.POSITION:
        position = session.get(PositionReport, submission.record_id)
        assert position is not None
        changes = {"position": {"old": [project.lon, project.lat], "new": [position.lon, position.lat]}}
        project.lon, project.lat = position.lon, position.lat
    elif kind is SubmissionKind.STATUS:
        report = session.get(StatusReport, submission.record_id)
        assert report is not None
        changes = _apply_status(session, project, report, username, today)
    else:
        raise ValueError(f"{kind.value} is not a project fact")
    project.updated_at = utcnow()
    return changes


def verified_versions(session: Session, project_ids: list[int]) -> dict[int, int]:
    """The latest verified basic-information version of each project that has one."""
    return {project_id: version for project_id, version in session.execute(
        sa.select(ProjectVersion.project_id, sa.func.max(ProjectVersion.version))
        .join(Submission, (Submission.kind == SubmissionKind.BASIC_INFO) & (Submission.record_id == ProjectVersion.id))
        .where(ProjectVersion.project_id.in_(project_ids), Submission.status == SubmissionStatus.VERIFIED)
        .group_by(ProjectVersion.project_id))}


def facts(session: Session, principal: Principal, *, project_id: int) -> ProjectFactsOut:
    project = visible_project(session, principal, project_id)
    verified_version = verified_versions(session, [project.id]).get(project.id)
    open_ones = session.scalars(
        sa.select(Submission).where(Submission.project_id == project.id, Submission.status.in_(PENDING),
                                    Submission.kind.in_([SubmissionKind.BASIC_INFO, SubmissionKind.PERMIT,
                                                         SubmissionKind.POSITION, SubmissionKind.STATUS]),
                                    submission_scope(principal))
        .order_by(Submission.id))
    pending = [PendingFact(kind=s.kind, submission_id=s.id, status=s.status, proposed=proposed_fact(session, s))
               for s in open_ones]
    return ProjectFactsOut(project_id=project.id, name=project.name, permit_no=project.permit_no, lon=project.lon,
                           lat=project.lat, status=project.status, actual_start=project.actual_start,
                           actual_end=project.actual_end, verified_version=verified_version, pending=pending)


def proposed_fact(session: Session, submission: Submission) -> dict[str, Any]:
    """What a project-fact submission proposes, as the facts listing and the submission context show it."""
    model = {SubmissionKind.BASIC_INFO: ProjectVersion, SubmissionKind.PERMIT: PermitBinding,
             SubmissionKind.POSITION: PositionReport, SubmissionKind.STATUS: StatusReport}[submission.kind]
    record = session.get(model, submission.record_id)
    assert record is not None
    if isinstance(record, ProjectVersion):
        return {"version": record.version, **record.data}
    if isinstance(record, PermitBinding):
        return {"permit_no": record.permit_no}
    if isinstance(record, PositionReport):
        return {"lon": record.lon, "lat": record.lat, "entered_lon": record.entered_lon,
                "entered_lat": record.entered_lat, "coord_system": record.coord_system.value}
    assert isinstance(record, StatusReport)
    return {"action": record.action.value, "effective_on": record.effective_on.isoformat(), "reason": record.reason}
