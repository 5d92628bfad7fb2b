"""Who may act in a case: supervisors vs enterprises, and which agency a notice belongs to."""

from __future__ import annotations

from domain.enums import Role
from domain.lifecycle import Party
from server.cases.agencies import agency_for
from server.deps import Principal
from server.errors import forbidden
from server.regions.service import RegionCatalog


def require_supervisor(principal: Principal) -> None:
    if not (principal.role.is_supervisor or principal.role is Role.SYSTEM_ADMIN):
        raise forbidden("only supervisors do this")


def party_of(principal: Principal) -> Party:
    return Party.ENTERPRISE if principal.role.is_enterprise else Party.SUPERVISOR


def require_issuing_agency(principal: Principal, agency_prefix: str, catalog: RegionCatalog) -> None:
    """A notice is issued, returned and closed by the agency that drafted it (not merely any
    supervisor whose region covers the project); the system admin may step in."""
    if principal.role is Role.SYSTEM_ADMIN:
        return
    own = agency_for(principal.region_adcode or "440000", catalog)
    if own.prefix != agency_prefix:
        raise forbidden(f"this notice belongs to another agency ({agency_prefix}); {own.name} cannot act on it")
