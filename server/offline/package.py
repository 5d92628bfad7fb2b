"""Writing a round's contents as an OGC GeoPackage: spatial layers and plain tables through geopandas/pyogrio
(which write `gpkg_contents`, the SRS table and the GPKG application id), thumbnails as real BLOBs.

GDAL writes pandas bytes columns as text, so the `photos` table is created with sqlite3 afterwards and
registered in `gpkg_contents` as an attributes table, as the standard asks of every user table.
"""

from __future__ import annotations

import datetime as dt
import io
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd
import pyogrio
from PIL import Image, UnidentifiedImageError
from shapely import from_geojson
from shapely.geometry import Point

from server.offline.contents import PackageContents

FORMAT_VERSION = 1
CRS = "EPSG:4326"
THUMBNAIL_PX = 320
DRIVER = "GPKG"

# columns of each plain table, so an empty table still has its schema (and the client can rely on it)
PROJECT_COLUMNS = ("id", "plan_position", "name", "project_code", "permit_no", "address", "district_adcode",
                   "status", "project_type", "risk_level", "risk_score", "planned_risk_score", "risk_breakdown",
                   "construction_unit", "supervision_unit", "general_contractor", "units", "key_personnel",
                   "open_notices_count", "open_notices", "recent_findings", "active_warnings", "devices")
TABLE_COLUMNS: dict[str, dict[str, str]] = {
    "checklists": {"code": "str", "name": "str", "inspection_type": "str", "version": "int64", "items": "str"},
    "previous_inspections": {"id": "int64", "project_id": "int64", "inspection_type": "str", "inspected_on": "str",
                             "inspectors": "str", "summary": "str", "template_code": "str", "findings_count": "int64"},
    "notice_timelines": {"notice_id": "int64", "notice_number": "str", "project_id": "int64", "at": "str",
                         "action": "str", "from_status": "str", "to_status": "str", "role": "str", "comment": "str"},
    "package_info": {"package_id": "str", "plan_id": "int64", "plan_name": "str", "inspection_type": "str",
                     "region_adcode": "str", "starts_on": "str", "ends_on": "str", "exported_by": "str",
                     "exported_at": "str", "expires_at": "str", "format_version": "int64", "server_version": "str",
                     "project_count": "int64"},
}


def _table(rows: list[dict[str, Any]], columns: dict[str, str]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(columns))
    return frame.astype({name: "object" if kind == "str" else kind for name, kind in columns.items()})


def _thumbnail(data: bytes) -> bytes | None:
    """The stored thumbnail, re-encoded only if it is larger than the package allows; None if unreadable."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format == "JPEG" and max(image.size) <= THUMBNAIL_PX:
                return data
            image.thumbnail((THUMBNAIL_PX, THUMBNAIL_PX))
            out = io.BytesIO()
            image.convert("RGB").save(out, format="JPEG", quality=80)
            return out.getvalue()
    except (OSError, UnidentifiedImageError, ValueError):
        return None


def write_package(path: Path, contents: PackageContents, info: dict[str, Any],
                  thumbnails: Iterable[tuple[int, str | None, bytes]]) -> None:
    """Write the whole package to `path` (a new file)."""
    projects = gpd.GeoDataFrame(
        pd.DataFrame(contents.projects, columns=[*PROJECT_COLUMNS, "lon", "lat"]).drop(columns=["lon", "lat"]),
        geometry=[Point(p["lon"], p["lat"]) for p in contents.projects], crs=CRS)
    projects.to_file(path, layer="projects", driver=DRIVER, engine="pyogrio", geometry_type="Point")
    districts = gpd.GeoDataFrame(
        pd.DataFrame([{k: v for k, v in d.items() if k != "geojson"} for d in contents.districts],
                     columns=["adcode", "name", "level"]),
        geometry=[from_geojson(d["geojson"]) for d in contents.districts], crs=CRS)
    districts.to_file(path, layer="districts", driver=DRIVER, engine="pyogrio", geometry_type="MultiPolygon",
                      promote_to_multi=True)
    for name, rows in (("checklists", contents.checklists), ("previous_inspections", contents.previous_inspections),
                       ("notice_timelines", contents.notice_timelines), ("package_info", [info])):
        pyogrio.write_dataframe(_table(rows, TABLE_COLUMNS[name]), path, layer=name, driver=DRIVER)
    _write_photos(path, thumbnails)


def _write_photos(path: Path, thumbnails: Iterable[tuple[int, str | None, bytes]]) -> None:
    rows = [(project_id, taken_at, thumb) for project_id, taken_at, data in thumbnails
            if (thumb := _thumbnail(data)) is not None]
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")[:-4] + "Z"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE photos (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, project_id INTEGER NOT NULL,"
                   " taken_at TEXT, jpeg BLOB NOT NULL)")
        db.executemany("INSERT INTO photos (project_id, taken_at, jpeg) VALUES (?, ?, ?)", rows)
        db.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change)"
                   " VALUES ('photos', 'attributes', 'photos', 'latest progress photo thumbnails (JPEG)', ?)", (now,))
        if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'gpkg_ogr_contents'").fetchone():
            db.execute("INSERT INTO gpkg_ogr_contents (table_name, feature_count) VALUES ('photos', ?)", (len(rows),))
    db.close()
