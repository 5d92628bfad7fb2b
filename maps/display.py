"""Positions for display: stored WGS-84 shifted to the datum of the base layer (GCJ-02 tile servers).

The conversion is vectorised over NumPy arrays: 50,000 points or all district rings in one call.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from domain.coords import from_wgs84
from domain.enums import CoordSystem, ProjectStatus, RiskLevel
from domain.schemas import MapFeatures

STATUS_ORDER: tuple[ProjectStatus, ...] = tuple(ProjectStatus)
RISK_ORDER: tuple[RiskLevel, ...] = tuple(RiskLevel)
DECIMALS = 6  # ~0.1 m: finer digits only make the payload bigger


def shift(lon: np.ndarray, lat: np.ndarray, system: CoordSystem) -> tuple[np.ndarray, np.ndarray]:
    if system in (CoordSystem.WGS84, CoordSystem.CGCS2000) or lon.size == 0:
        return lon, lat
    return from_wgs84(lon, lat, system)


def points_payload(features: MapFeatures, system: CoordSystem) -> dict[str, Any]:
    """The compact array the page draws: ids, display lon/lat, status/risk as small codes, district."""
    lon, lat = shift(np.asarray(features.lon, dtype=float), np.asarray(features.lat, dtype=float), system)
    status_code = {s: i for i, s in enumerate(STATUS_ORDER)}
    risk_code = {r: i for i, r in enumerate(RISK_ORDER)}
    return {
        "ids": features.ids,
        "lon": np.round(lon, DECIMALS).tolist(),
        "lat": np.round(lat, DECIMALS).tolist(),
        "status": [status_code[s] for s in features.status],
        "risk": [risk_code[r] for r in features.risk],
        "district": features.district,
    }


def _rings(geometry: dict[str, Any]) -> list[list[list[float]]]:
    kind = geometry.get("type")
    if kind == "Polygon":
        return geometry["coordinates"]
    if kind == "MultiPolygon":
        return [ring for polygon in geometry["coordinates"] for ring in polygon]
    return []


def shift_collection(collection: dict[str, Any], system: CoordSystem) -> dict[str, Any]:
    """A copy of a GeoJSON FeatureCollection with every vertex shifted; all rings converted at once."""
    if system in (CoordSystem.WGS84, CoordSystem.CGCS2000):
        return collection
    features = [{**f, "geometry": _copy_geometry(f.get("geometry") or {})} for f in collection.get("features", [])]
    rings = [ring for f in features for ring in _rings(f["geometry"])]
    if rings:
        lengths = [len(ring) for ring in rings]
        xy = np.array([point[:2] for ring in rings for point in ring], dtype=float)
        lon, lat = from_wgs84(xy[:, 0], xy[:, 1], system)
        shifted = np.round(np.column_stack([lon, lat]), DECIMALS).tolist()
        offset = 0
        for ring, length in zip(rings, lengths, strict=True):
            ring[:] = shifted[offset:offset + length]
            offset += length
    return {**collection, "features": features}


def _copy_geometry(geometry: dict[str, Any]) -> dict[str, Any]:
    kind = geometry.get("type")
    if kind == "Polygon":
        return {"type": kind, "coordinates": [list(ring) for ring in geometry["coordinates"]]}
    if kind == "MultiPolygon":
        return {"type": kind, "coordinates": [[list(ring) for ring in poly] for poly in geometry["coordinates"]]}
    return dict(geometry)


def shift_point(lon: float, lat: float, system: CoordSystem) -> tuple[float, float]:
    shifted_lon, shifted_lat = shift(np.array([lon]), np.array([lat]), system)
    return round(float(shifted_lon[0]), DECIMALS), round(float(shifted_lat[0]), DECIMALS)
