from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from domain.enums import RegionLevel
from domain.schemas import RegionNode
from server.deps import CurrentPrincipal, ReadSession
from server.regions import service

router = APIRouter(prefix="/regions", tags=["regions"])


@router.get("/tree", response_model=RegionNode)
def region_tree(request: Request, session: ReadSession, principal: CurrentPrincipal) -> RegionNode:
    """Guangdong's regions with the number of projects in the caller's scope, pruned to that scope."""
    return service.region_tree(session, request.app.state.regions, principal.scope)


@router.get("/boundaries", responses={200: {"content": {"application/geo+json": {}}}})
def boundaries(
    session: ReadSession,
    _principal: CurrentPrincipal,
    level: RegionLevel = RegionLevel.CITY,
    parent: Annotated[str | None, Query(pattern=r"^\d{6}$")] = None,
) -> Response:
    """Simplified WGS-84 boundaries of one level (optionally the children of `parent`) as GeoJSON."""
    return Response(service.boundaries_geojson(session, level, parent), media_type="application/geo+json")
