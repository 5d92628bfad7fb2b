"""The offline package of an inspection round (issue 15): a GeoPackage the client saves and works in."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import FileResponse
from starlette.background import BackgroundTask

from server.deps import DatabaseDep, StreamPrincipal, Today
from server.documents.deps import Blobs
from server.offline import service

router = APIRouter(tags=["offline"])


@router.get("/inspection-plans/{plan_id}/package", response_class=FileResponse,
            responses={200: {"content": {service.MEDIA_TYPE: {"schema": {"type": "string", "format": "binary"}}},
                             "description": "The round as a GeoPackage (OGC; SQLite inside)"}})
def plan_package(plan_id: int, database: DatabaseDep, principal: StreamPrincipal, blobs: Blobs,
                 today: Today) -> FileResponse:
    """The plan's projects, districts, checklists, history and photo thumbnails as one GeoPackage for
    working without the server; expires after 14 days. Audited with the package id."""
    package = service.export_package(database, principal, blobs, plan_id=plan_id, today=today)
    return FileResponse(package.path, media_type=service.MEDIA_TYPE, filename=package.filename,
                        headers={"X-Package-Id": package.package_id}, background=BackgroundTask(package.remove))
