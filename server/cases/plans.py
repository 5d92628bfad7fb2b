"""Inspection rounds: planned from a hand-picked list and/or the risk ranking, ticked off by inspections."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Session

from domain.case_schemas import InspectionPlanCreate, InspectionPlanItemOut, InspectionPlanOut
from server.cases.access import require_supervisor
from server.cases.models import InspectionPlan, InspectionPlanItem
from server.db.base import utcnow
from server.deps import Principal
from server.errors import ApiError, forbidden, not_found
from server.projects.models import Project
from server.risk.service import project_risks
from server.security import audit
from server.security.scopes import region_clause


def create_plan(session: Session, principal: Principal, *, data: InspectionPlanCreate, today: dt.date) -> InspectionPlan:
    require_supervisor(principal)
    scope = principal.scope
    region = data.region_adcode or principal.region_adcode or "440000"
    if not scope.covers_region(region):
        raise forbidden("the plan's region is outside your region")
    in_region = scope.project_clause() & region_clause(region)
    chosen = list(dict.fromkeys(data.project_ids))
    if chosen:
        found = set(session.scalars(sa.select(Project.id).where(Project.id.in_(chosen), in_region)))
        if missing := [p for p in chosen if p not in found]:
            raise ApiError(422, "unknown_project", f"project(s) {missing} are not in the plan's region")
    risks = project_risks(session, scope=scope, today=today, extra=region_clause(region))
    if data.riskiest:
        ranked = sorted(risks.values(), key=lambda r: (-r.score, r.project_id))
        chosen += [r.project_id for r in ranked if r.project_id not in chosen][:data.riskiest]
    if not chosen:
        raise ApiError(422, "nothing_to_inspect", "no project in the region has any risk factor; choose by hand")
    plan = InspectionPlan(name=data.name, inspection_type=data.inspection_type, region_adcode=region,
                          starts_on=data.starts_on, ends_on=data.ends_on, created_by_user_id=principal.user_id,
                          created_at=utcnow())
    session.add(plan)
    session.flush()
    session.add_all(InspectionPlanItem(plan_id=plan.id, project_id=project_id, position=position,
                                       risk_score=risks[project_id].score if project_id in risks else 0.0)
                    for position, project_id in enumerate(chosen, start=1))
    audit.record(session, principal.actor, action="inspection_plan.create", entity="inspection_plan",
                 entity_id=plan.id, changes={**data.model_dump(mode="json"), "projects": chosen})
    session.commit()
    return plan


def _scoped_plan(session: Session, principal: Principal, plan_id: int) -> InspectionPlan:
    require_supervisor(principal)
    plan = session.get(InspectionPlan, plan_id)
    if plan is None or not principal.scope.overlaps_region(plan.region_adcode):
        raise not_found("inspection plan")
    return plan


def mark_inspected(session: Session, *, plan_id: int, project_id: int, inspection_id: int) -> None:
    item = session.get(InspectionPlanItem, (plan_id, project_id))
    if item is None:
        raise ApiError(422, "not_in_plan", "the project is not part of that inspection plan")
    item.inspection_id = inspection_id


def plan_out(session: Session, plan: InspectionPlan) -> InspectionPlanOut:
    rows = session.execute(
        sa.select(InspectionPlanItem, Project.name).join(Project, Project.id == InspectionPlanItem.project_id)
        .where(InspectionPlanItem.plan_id == plan.id).order_by(InspectionPlanItem.position))
    return InspectionPlanOut(
        id=plan.id, name=plan.name, inspection_type=plan.inspection_type, region_adcode=plan.region_adcode,
        starts_on=plan.starts_on, ends_on=plan.ends_on,
        items=[InspectionPlanItemOut(position=i.position, project_id=i.project_id, project_name=name,
                                     risk_score=i.risk_score, inspection_id=i.inspection_id) for i, name in rows])


def get_plan(session: Session, principal: Principal, plan_id: int) -> InspectionPlanOut:
    return plan_out(session, _scoped_plan(session, principal, plan_id))


def list_plans(session: Session, principal: Principal) -> list[InspectionPlanOut]:
    require_supervisor(principal)
    plans = session.scalars(sa.select(InspectionPlan).order_by(InspectionPlan.starts_on.desc(), InspectionPlan.id.desc()))
    return [plan_out(session, p) for p in plans if principal.scope.overlaps_region(p.region_adcode)]
