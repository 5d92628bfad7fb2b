from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from domain.enums import Role, UnitKind
from domain.schemas import UnitCreate, UnitOut
from server.deps import CurrentPrincipal, Principal, ReadSession, WriteSession, require_roles
from server.units import service

router = APIRouter(prefix="/units", tags=["units"])
UnitRegistrar = Annotated[
    Principal,
    Depends(require_roles(Role.SYSTEM_ADMIN, Role.PROVINCE_SUPERVISOR, Role.CITY_SUPERVISOR, Role.DISTRICT_SUPERVISOR)),
]


@router.get("", response_model=list[UnitOut])
def list_units(
    session: ReadSession,
    principal: CurrentPrincipal,
    q: Annotated[str | None, Query(max_length=100)] = None,
    kind: UnitKind | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> list[UnitOut]:
    """Units that take part in projects of the caller's scope, filtered by name or credit code."""
    units = service.list_units(session, scope=principal.scope, q=q, kind=kind, limit=limit)
    return [UnitOut.model_validate(u) for u in units]


@router.get("/{unit_id}", response_model=UnitOut)
def get_unit(unit_id: int, session: ReadSession, principal: CurrentPrincipal) -> UnitOut:
    return UnitOut.model_validate(service.get_unit(session, scope=principal.scope, unit_id=unit_id))


@router.post("", response_model=UnitOut, status_code=201)
def create_unit(data: UnitCreate, session: WriteSession, principal: UnitRegistrar) -> UnitOut:
    """Register a unit; its unified social credit code must pass the GB 32100-2015 check."""
    return UnitOut.model_validate(service.create_unit(session, data=data, actor=principal.actor))
