from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response

from domain.enums import ProjectStatus, ProjectType, RiskLevel
from domain.schemas import (
    MapFeatures,
    ProjectCreate,
    ProjectDetail,
    ProjectPage,
    ProjectQuery,
    ProjectSortKey,
    ProjectUpdate,
    RegionNode,
)
from server.deps import CurrentPrincipal, ReadSession, Writer, WriteSession
from server.errors import invalid
from server.projects import service
from server.projects.deps import FeatureCacheDep
from server.regions import service as regions
from server.regions.deps import Regions

router = APIRouter(prefix="/projects", tags=["projects"])
region_router = APIRouter(prefix="/regions", tags=["regions"])  # the tree counts projects, so it is served here


def project_query(
    region: Annotated[str | None, Query(pattern=r"^\d{6}$", examples=["440106"])] = None,
    status: Annotated[list[ProjectStatus] | None, Query()] = None,
    project_type: ProjectType | None = None,
    risk_level: Annotated[list[RiskLevel] | None, Query()] = None,
    unit_id: int | None = None,
    q: Annotated[str | None, Query(max_length=100, examples=["天河"])] = None,
    sort: ProjectSortKey = "name",
    descending: bool = False,
    page: Annotated[int, Query(ge=1)] = 1,
    page_size: Annotated[int, Query(ge=1, le=500)] = 50,
) -> ProjectQuery:
    """The list filters as one dependency, so every endpoint that filters projects accepts the same ones."""
    return ProjectQuery(region=region, status=status or [], project_type=project_type, risk_level=risk_level or [],
                        unit_id=unit_id, q=q, sort=sort, descending=descending, page=page, page_size=page_size)


ProjectFilters = Annotated[ProjectQuery, Depends(project_query)]


@router.get("", response_model=ProjectPage)
def list_projects(session: ReadSession, principal: CurrentPrincipal, query: ProjectFilters,
                  catalog: Regions) -> ProjectPage:
    """Projects in the caller's scope, filtered (region at any level, status, type, risk, unit, free text
    over name / permit / project code / address / unit names), sorted and paged."""
    return service.list_projects(session, query=query, scope=principal.scope, catalog=catalog)


@router.get("/ids", response_model=list[int])
def project_ids(session: ReadSession, principal: CurrentPrincipal, query: ProjectFilters) -> Response:
    """Ids of all projects matching the same filters as the list, in its sort order, without paging."""
    body = service.project_ids_json(session, query=query, scope=principal.scope)
    return Response(body, media_type="application/json")


@router.get("/map-features", response_model=MapFeatures, responses={304: {"description": "unchanged since ETag"}})
def map_features(request: Request, session: ReadSession, principal: CurrentPrincipal,
                 cache: FeatureCacheDep) -> Response:
    """Every project in scope as parallel arrays (id, lon, lat, status, risk) for drawing on the map.
    Send the last `ETag` as `If-None-Match` to get 304 when nothing changed."""
    etag, body = cache.get(session, principal.scope)
    quoted = f'"{etag}"'
    if request.headers.get("if-none-match") == quoted:
        return Response(status_code=304, headers={"ETag": quoted})
    return Response(body, media_type="application/json", headers={"ETag": quoted, "Cache-Control": "private, no-cache"})


@router.get("/{project_id}", response_model=ProjectDetail)
def project_detail(project_id: int, session: ReadSession, principal: CurrentPrincipal,
                   catalog: Regions) -> ProjectDetail:
    return service.project_detail(session, project_id=project_id, scope=principal.scope, catalog=catalog)


@router.post("", response_model=ProjectDetail, status_code=201)
def create_project(data: ProjectCreate, session: WriteSession, principal: Writer, catalog: Regions) -> ProjectDetail:
    """Register a project. Coordinates may be entered in WGS-84/CGCS2000, GCJ-02 or BD-09; they are
    converted to WGS-84 and must lie inside the declared district."""
    if data.planned_start and data.planned_end and data.planned_end < data.planned_start:
        raise invalid("invalid_dates", "planned end is before planned start")
    project = service.create_project(session, data=data, actor=principal.actor, role=principal.role,
                                     scope=principal.scope, catalog=catalog)
    return service.project_detail(session, project_id=project.id, scope=principal.scope, catalog=catalog)


@router.patch("/{project_id}", response_model=ProjectDetail)
def update_project(project_id: int, data: ProjectUpdate, session: WriteSession, principal: Writer,
                   catalog: Regions) -> ProjectDetail:
    service.update_project(session, project_id=project_id, data=data, actor=principal.actor, role=principal.role,
                           scope=principal.scope, catalog=catalog)
    return service.project_detail(session, project_id=project_id, scope=principal.scope, catalog=catalog)


@region_router.get("/tree", response_model=RegionNode)
def region_tree(session: ReadSession, principal: CurrentPrincipal, catalog: Regions) -> RegionNode:
    """Guangdong's regions with the number of projects in the caller's scope, pruned to that scope."""
    return regions.region_tree(catalog, principal.scope, service.district_counts(session, scope=principal.scope))
