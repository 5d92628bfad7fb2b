"""Exporting an inspection round as an offline package: read (short read session), build the file (no
session, no lock: geopandas and thumbnails take the time), then audit the export (short write session)."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

from server import __version__
from server.db.engine import Database
from server.deps import Principal
from server.documents.storage import BlobStore
from server.offline.contents import gather
from server.offline.package import FORMAT_VERSION, write_package
from server.risk.plans import get_plan
from server.security import audit

PACKAGE_LIFETIME = dt.timedelta(days=14)
MEDIA_TYPE = "application/geopackage+sqlite3"


@dataclass(frozen=True)
class BuiltPackage:
    package_id: str
    path: Path  # inside `directory`, which the caller removes once the file is sent
    directory: Path
    filename: str
    size: int

    def remove(self) -> None:
        shutil.rmtree(self.directory, ignore_errors=True)


def export_package(database: Database, principal: Principal, blobs: BlobStore, *, plan_id: int,
                   today: dt.date) -> BuiltPackage:
    """The plan's package in a temporary directory; a plan the caller may not read answers as the plan
    endpoint does (enterprises 403, out of scope or unknown 404)."""
    with database.read_session() as session:
        plan = get_plan(session, principal, plan_id)
        contents = gather(session, plan, scope=principal.scope, today=today)
    package_id = str(uuid.uuid4())
    exported_at = dt.datetime.now(dt.UTC).replace(microsecond=0)
    info = {"package_id": package_id, "plan_id": plan.id, "plan_name": plan.name,
            "inspection_type": plan.inspection_type.value, "region_adcode": plan.region_adcode,
            "starts_on": plan.starts_on.isoformat(), "ends_on": plan.ends_on.isoformat(),
            "exported_by": principal.username, "exported_at": exported_at.isoformat(),
            "expires_at": (exported_at + PACKAGE_LIFETIME).isoformat(), "format_version": FORMAT_VERSION,
            "server_version": __version__, "project_count": len(contents.projects)}
    directory = Path(tempfile.mkdtemp(prefix="sandtable-package-"))
    try:
        path = directory / "package.gpkg"
        write_package(path, contents, info, _thumbnails(blobs, contents.photos))
        size = path.stat().st_size
        with database.write_session() as session:
            audit.record(session, principal.actor, action="inspection_plan.package", entity="inspection_plan",
                         entity_id=plan.id, changes={"package_id": package_id, "projects": len(contents.projects),
                                                     "expires_at": info["expires_at"], "bytes": size})
            session.commit()
    except BaseException:
        shutil.rmtree(directory, ignore_errors=True)
        raise
    return BuiltPackage(package_id, path, directory, f"round-{plan.id}-{today.isoformat()}.gpkg", size)


def _thumbnails(blobs: BlobStore, photos: list[tuple[int, str | None, str]]) -> list[tuple[int, str | None, bytes]]:
    """The stored thumbnails that are still on disk (a missing file skips the photo, not the package)."""
    found = []
    for project_id, taken_at, sha256 in photos:
        try:
            found.append((project_id, taken_at, blobs.get(sha256)))
        except (OSError, ValueError):
            continue
    return found
