from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from domain.case_schemas import InspectionPlanCreate, InspectionPlanOut, ProjectRiskOut
from domain.enums import RiskLevel
from server.deps import CurrentPrincipal, ReadSession, Today, Writer, WriteSession
from server.projects.access import scoped_project
from server.projects.models import Project
from server.risk import plans, service

router = APIRouter(tags=["risk"])


@router.get("/risk/ranking", response_model=list[ProjectRiskOut])
def risk_ranking(session: ReadSession, principal: CurrentPrincipal, today: Today,
                 region: Annotated[str | None, Query(pattern=r"^\d{6}$")] = None,
                 limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> list[ProjectRiskOut]:
    """The riskiest projects in scope (optionally in a region), each with its score breakdown."""
    rows = service.ranking(session, scope=principal.scope, today=today,
                           region_clause=Project.in_region(region) if region else None, limit=limit)
    return [ProjectRiskOut(project_id=r.project_id, project_name=name, district_adcode=district, score=r.score,
                           level=r.level, breakdown=r.breakdown) for r, name, district in rows]


@router.get("/risk/projects/{project_id}", response_model=ProjectRiskOut)
def project_risk(project_id: int, session: ReadSession, principal: CurrentPrincipal, today: Today) -> ProjectRiskOut:
    project = scoped_project(session, principal, project_id)
    risks = service.project_risks(session, scope=principal.scope, today=today,
                                  extra=Project.id == project_id)
    risk = risks.get(project_id)
    return ProjectRiskOut(project_id=project_id, project_name=project.name, district_adcode=project.district_adcode,
                          score=risk.score if risk else 0.0, level=risk.level if risk else RiskLevel.LOW,
                          breakdown=risk.breakdown if risk else {})


@router.post("/inspection-plans", response_model=InspectionPlanOut, status_code=201)
def create_plan(data: InspectionPlanCreate, session: WriteSession, principal: Writer,
                today: Today) -> InspectionPlanOut:
    """Plan an inspection round from chosen projects and/or the riskiest N of a region."""
    plan = plans.create_plan(session, principal, data=data, today=today)
    return plans.plan_out(session, plan)


@router.get("/inspection-plans", response_model=list[InspectionPlanOut])
def list_plans(session: ReadSession, principal: CurrentPrincipal) -> list[InspectionPlanOut]:
    return plans.list_plans(session, principal)


@router.get("/inspection-plans/{plan_id}", response_model=InspectionPlanOut)
def get_plan(plan_id: int, session: ReadSession, principal: CurrentPrincipal) -> InspectionPlanOut:
    return plans.get_plan(session, principal, plan_id)
