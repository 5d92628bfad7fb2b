"""Region boundaries; the region tree with project counts is served by the projects area (it counts projects)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from domain.enums import RegionLevel
from server.deps import CurrentPrincipal, ReadSession
from server.regions import service

router = APIRouter(prefix="/regions", tags=["regions"])


@router.get("/boundaries", responses={200: {"content": {"application/geo+json": {}}}})
def boundaries(
    session: ReadSession,
    _principal: CurrentPrincipal,
    level: RegionLevel = RegionLevel.CITY,
    parent: Annotated[str | None, Query(pattern=r"^\d{6}$")] = None,
) -> Response:
    """Simplified WGS-84 boundaries of one level (optionally the children of `parent`) as GeoJSON."""
    return Response(service.boundaries_geojson(session, level, parent), media_type="application/geo+json")
