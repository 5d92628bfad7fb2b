from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from domain.case_schemas import (
    CreditScoreOut,
    DeductionDecisionIn,
    DeductionItemOut,
    DeductionOut,
    ManualDeductionIn,
    PunishmentCreate,
    PunishmentOut,
)
from domain.cases import DeductionStatus
from domain.enums import UnitKind
from server.credit import service
from server.credit.catalogue import catalogue
from server.deps import CurrentPrincipal, ReadSession, Today, Writer, WriteSession

router = APIRouter(tags=["credit"])


@router.post("/punishments", response_model=PunishmentOut, status_code=201)
def record_punishment(data: PunishmentCreate, session: WriteSession, principal: Writer) -> PunishmentOut:
    """Record an administrative punishment; a punished unit gets a deduction proposal."""
    return service.punishment_out(service.record_punishment(session, principal, data=data))


@router.get("/punishments", response_model=list[PunishmentOut])
def project_punishments(project_id: int, session: ReadSession, principal: CurrentPrincipal) -> list[PunishmentOut]:
    return [service.punishment_out(p) for p in service.project_punishments(session, principal, project_id)]


@router.get("/deductions/catalogue", response_model=list[DeductionItemOut])
def deduction_catalogue(_principal: CurrentPrincipal) -> list[DeductionItemOut]:
    return list(catalogue().values())


@router.get("/deductions", response_model=list[DeductionOut])
def list_deductions(session: ReadSession, principal: CurrentPrincipal, status: DeductionStatus | None = None,
                    project_id: int | None = None,
                    limit: Annotated[int, Query(ge=1, le=1000)] = 200) -> list[DeductionOut]:
    """Deductions in scope (an enterprise sees its own and its people's), newest first."""
    return service.list_deductions(session, principal, status=status, project_id=project_id, limit=limit)


@router.post("/deductions", response_model=DeductionOut, status_code=201)
def manual_deduction(data: ManualDeductionIn, session: WriteSession, principal: Writer) -> DeductionOut:
    return service.deduction_out(session, service.add_manual_deduction(session, principal, data=data).id)


@router.post("/deductions/{deduction_id}/decision", response_model=DeductionOut)
def decide(deduction_id: int, data: DeductionDecisionIn, session: WriteSession, principal: Writer) -> DeductionOut:
    """Confirm or reject a proposed deduction (only confirmed points count)."""
    deduction = service.decide(session, principal, deduction_id=deduction_id, confirm=data.confirm,
                               comment=data.comment)
    return service.deduction_out(session, deduction.id)


@router.get("/credit/rankings", response_model=list[CreditScoreOut])
def rankings(session: ReadSession, _principal: CurrentPrincipal, today: Today,
             city: Annotated[str, Query(pattern=r"^\d{4}00$", examples=["440100"])],
             kind: UnitKind = UnitKind.GENERAL_CONTRACTOR) -> list[CreditScoreOut]:
    """Credit scores (100 minus confirmed points of the rolling 12 months) of units working in a city.
    Open to every authenticated user: enterprise credit evaluations are published information."""
    return service.credit_rankings(session, city_adcode=city, kind=kind, today=today)


@router.get("/credit/units/{unit_id}", response_model=CreditScoreOut)
def unit_credit(unit_id: int, session: ReadSession, _principal: CurrentPrincipal, today: Today) -> CreditScoreOut:
    return service.unit_credit(session, unit_id=unit_id, today=today)
