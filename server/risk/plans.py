"""Inspection rounds: planned from a hand-picked list and/or the risk ranking, ticked off by inspections."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Session

from domain import adcodes
from domain.case_schemas import InspectionPlanCreate, InspectionPlanItemOut, InspectionPlanOut
from domain.enums import RegionLevel
from server.cases.access import require_supervisor
from server.db.base import utcnow
from server.deps import Principal
from server.errors import Invalid, forbidden, not_found
from server.projects.models import Project
from server.risk.models import InspectionPlan, InspectionPlanItem
from server.risk.service import project_risks
from server.security import audit


def create_plan(session: Session, principal: Principal, *, data: InspectionPlanCreate, today: dt.date) -> InspectionPlan:
    require_supervisor(principal)
    scope = principal.scope
    region = data.region_adcode or principal.region_adcode or "440000"
    if not scope.covers_region(region):
        raise forbidden("the plan's region is outside your region")
    in_region = Project.in_scope(scope) & Project.in_region(region)
    chosen = list(dict.fromkeys(data.project_ids))
    if chosen:
        found = set(session.scalars(sa.select(Project.id).where(Project.id.in_(chosen), in_region)))
        if missing := [p for p in chosen if p not in found]:
            raise Invalid("unknown_project", f"project(s) {missing} are not in the plan's region")
    risks = project_risks(session, scope=scope, today=today, extra=Project.in_region(region))
    if data.riskiest:
        ranked = sorted(risks.values(), key=lambda r: (-r.score, r.project_id))
        chosen += [r.project_id for r in ranked if r.project_id not in chosen][:data.riskiest]
    if not chosen:
        raise Invalid("nothing_to_inspect", "no project in the region has any risk factor; choose by hand")
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


def _visible(principal: Principal) -> sa.ColumnElement[bool]:
    """A plan is visible to supervisors whose region covers the plan's whole region: its item list
    names projects, so a district supervisor must not read a city-wide plan."""
    region = principal.region_adcode or "440000"
    level = adcodes.level_of(region)
    if level is RegionLevel.PROVINCE:
        return InspectionPlan.region_adcode.startswith(region[:2])
    if level is RegionLevel.CITY:
        return InspectionPlan.region_adcode.startswith(region[:4])
    return InspectionPlan.region_adcode == region


def mark_inspected(session: Session, *, plan_id: int, project_id: int, inspection_id: int) -> None:
    item = session.get(InspectionPlanItem, (plan_id, project_id))
    if item is None:
        raise Invalid("not_in_plan", "the project is not part of that inspection plan")
    item.inspection_id = inspection_id


def plan_outs(session: Session, plans: list[InspectionPlan]) -> list[InspectionPlanOut]:
    items: dict[int, list[InspectionPlanItemOut]] = {p.id: [] for p in plans}
    if plans:
        rows = session.execute(
            sa.select(InspectionPlanItem, Project.name).join(Project, Project.id == InspectionPlanItem.project_id)
            .where(InspectionPlanItem.plan_id.in_(items)).order_by(InspectionPlanItem.plan_id,
                                                                    InspectionPlanItem.position))
        for item, name in rows:
            items[item.plan_id].append(InspectionPlanItemOut(position=item.position, project_id=item.project_id,
                                                             project_name=name, risk_score=item.risk_score,
                                                             inspection_id=item.inspection_id))
    return [InspectionPlanOut(id=p.id, name=p.name, inspection_type=p.inspection_type, region_adcode=p.region_adcode,
                              starts_on=p.starts_on, ends_on=p.ends_on, items=items[p.id]) for p in plans]


def plan_out(session: Session, plan: InspectionPlan) -> InspectionPlanOut:
    return plan_outs(session, [plan])[0]


def get_plan(session: Session, principal: Principal, plan_id: int) -> InspectionPlanOut:
    require_supervisor(principal)
    plan = session.scalar(sa.select(InspectionPlan).where(InspectionPlan.id == plan_id, _visible(principal)))
    if plan is None:
        raise not_found("inspection plan")
    return plan_out(session, plan)


def list_plans(session: Session, principal: Principal) -> list[InspectionPlanOut]:
    require_supervisor(principal)
    plans = session.scalars(sa.select(InspectionPlan).where(_visible(principal))
                            .order_by(InspectionPlan.starts_on.desc(), InspectionPlan.id.desc()).limit(200))
    return plan_outs(session, list(plans))
