"""WGS-84 / GCJ-02 / BD-09 conversions and position validation.

Positions are stored in WGS-84 (CGCS2000 is treated as identical, they agree to well under a metre).
GCJ-02 is the obfuscated datum of Amap/Tencent, BD-09 Baidu's further offset of it. The forward
transforms are the published formulas; the inverses are solved by fixed-point iteration so that a
round trip is exact to millimetres (the common closed-form inverses are off by metres).

All functions accept floats or NumPy arrays (boundaries are converted vectorised).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry
from shapely.ops import nearest_points

from domain.enums import CoordSystem

T = TypeVar("T", float, np.ndarray)

_A = 6378245.0  # Krasovsky 1940 semi-major axis used by GCJ-02
_EE = 0.00669342162296594323
_X_PI = math.pi * 3000.0 / 180.0
_INVERSE_TOLERANCE_DEG = 1e-10  # ~0.01 mm
_INVERSE_MAX_STEPS = 30


class InvalidCoordinate(ValueError):
    """A coordinate that cannot be a project position; the message says why."""


class OutsideRegion(InvalidCoordinate):
    """A valid coordinate that lies outside the region it was declared in."""

    def __init__(self, message: str, distance_km: float) -> None:
        super().__init__(message)
        self.distance_km = distance_km


def _in_china(lon: T, lat: T) -> T:
    return (lon >= 72.004) & (lon <= 137.8347) & (lat >= 0.8293) & (lat <= 55.8271)


def _delta(lon: T, lat: T) -> tuple[np.ndarray, np.ndarray]:
    x, y = lon - 105.0, lat - 35.0
    sqrt_abs_x = np.sqrt(np.abs(x))
    dlat = (
        -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * sqrt_abs_x
        + (20.0 * np.sin(6.0 * x * math.pi) + 20.0 * np.sin(2.0 * x * math.pi)) * 2.0 / 3.0
        + (20.0 * np.sin(y * math.pi) + 40.0 * np.sin(y / 3.0 * math.pi)) * 2.0 / 3.0
        + (160.0 * np.sin(y / 12.0 * math.pi) + 320.0 * np.sin(y * math.pi / 30.0)) * 2.0 / 3.0
    )
    dlon = (
        300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * sqrt_abs_x
        + (20.0 * np.sin(6.0 * x * math.pi) + 20.0 * np.sin(2.0 * x * math.pi)) * 2.0 / 3.0
        + (20.0 * np.sin(x * math.pi) + 40.0 * np.sin(x / 3.0 * math.pi)) * 2.0 / 3.0
        + (150.0 * np.sin(x / 12.0 * math.pi) + 300.0 * np.sin(x / 30.0 * math.pi)) * 2.0 / 3.0
    )
    rad_lat = lat / 180.0 * math.pi
    magic = 1 - _EE * np.sin(rad_lat) ** 2
    sqrt_magic = np.sqrt(magic)
    dlat = (dlat * 180.0) / ((_A * (1 - _EE)) / (magic * sqrt_magic) * math.pi)
    dlon = (dlon * 180.0) / (_A / sqrt_magic * np.cos(rad_lat) * math.pi)
    inside = _in_china(lon, lat)
    return np.where(inside, dlon, 0.0), np.where(inside, dlat, 0.0)


def _like(value: np.ndarray, template: T) -> T:
    """`value` in the caller's type: an array for array input, a float for scalar input."""
    return value if isinstance(template, np.ndarray) else float(value)


def wgs84_to_gcj02(lon: T, lat: T) -> tuple[T, T]:
    dlon, dlat = _delta(lon, lat)
    return _like(lon + dlon, lon), _like(lat + dlat, lat)


def gcj02_to_bd09(lon: T, lat: T) -> tuple[T, T]:
    z = np.sqrt(lon * lon + lat * lat) + 0.00002 * np.sin(lat * _X_PI)
    theta = np.arctan2(lat, lon) + 0.000003 * np.cos(lon * _X_PI)
    return _like(z * np.cos(theta) + 0.0065, lon), _like(z * np.sin(theta) + 0.006, lat)


def _invert(forward: Callable[[T, T], tuple[T, T]], lon: T, lat: T) -> tuple[T, T]:
    """Solve forward(x) == (lon, lat) for x; the transforms are near-identity, so iteration converges fast."""
    guess_lon, guess_lat = lon, lat
    for _ in range(_INVERSE_MAX_STEPS):
        f_lon, f_lat = forward(guess_lon, guess_lat)
        err_lon, err_lat = f_lon - lon, f_lat - lat
        guess_lon, guess_lat = guess_lon - err_lon, guess_lat - err_lat
        if np.max(np.abs(err_lon)) < _INVERSE_TOLERANCE_DEG and np.max(np.abs(err_lat)) < _INVERSE_TOLERANCE_DEG:
            break
    return guess_lon, guess_lat


def gcj02_to_wgs84(lon: T, lat: T) -> tuple[T, T]:
    return _invert(wgs84_to_gcj02, lon, lat)


def bd09_to_gcj02(lon: T, lat: T) -> tuple[T, T]:
    return _invert(gcj02_to_bd09, lon, lat)


def wgs84_to_bd09(lon: T, lat: T) -> tuple[T, T]:
    return gcj02_to_bd09(*wgs84_to_gcj02(lon, lat))


def bd09_to_wgs84(lon: T, lat: T) -> tuple[T, T]:
    return gcj02_to_wgs84(*bd09_to_gcj02(lon, lat))


def to_wgs84(lon: T, lat: T, system: CoordSystem) -> tuple[T, T]:
    """Convert a coordinate entered in `system` to the stored datum."""
    if system in (CoordSystem.WGS84, CoordSystem.CGCS2000):
        return lon, lat
    if system is CoordSystem.GCJ02:
        return gcj02_to_wgs84(lon, lat)
    return bd09_to_wgs84(lon, lat)


def from_wgs84(lon: T, lat: T, system: CoordSystem) -> tuple[T, T]:
    """Convert a stored coordinate for display in `system` (e.g. a GCJ-02 tile layer)."""
    if system in (CoordSystem.WGS84, CoordSystem.CGCS2000):
        return lon, lat
    if system is CoordSystem.GCJ02:
        return wgs84_to_gcj02(lon, lat)
    return wgs84_to_bd09(lon, lat)


def geometry_gcj02_to_wgs84(geometry: BaseGeometry) -> BaseGeometry:
    """Convert every vertex of a geometry (boundaries ship in GCJ-02)."""

    def convert(xy: np.ndarray) -> np.ndarray:
        lon, lat = gcj02_to_wgs84(xy[:, 0], xy[:, 1])
        return np.column_stack([lon, lat])

    return shapely.transform(geometry, convert)


def haversine_km(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    r = 6371.0088
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


@dataclass(frozen=True)
class LonLat:
    lon: float
    lat: float


def validate_lonlat(lon: float, lat: float) -> LonLat:
    """Reject what cannot be a coordinate at all, including the classic swapped lon/lat."""
    if not (math.isfinite(lon) and math.isfinite(lat)):
        raise InvalidCoordinate("longitude and latitude must be finite numbers")
    if not (-180.0 <= lon <= 180.0) or not (-90.0 <= lat <= 90.0):
        if -90.0 <= lon <= 90.0 and -180.0 <= lat <= 180.0:
            raise InvalidCoordinate(f"({lon}, {lat}) is out of range: longitude and latitude look swapped")
        raise InvalidCoordinate(f"({lon}, {lat}) is out of range for longitude/latitude")
    if not bool(_in_china(lon, lat)):
        if bool(_in_china(lat, lon)):
            raise InvalidCoordinate(f"({lon}, {lat}) is outside China: longitude and latitude look swapped")
        raise InvalidCoordinate(f"({lon}, {lat}) is outside China")
    return LonLat(lon, lat)


def ensure_in_region(lon: float, lat: float, boundary: BaseGeometry, region_name: str) -> None:
    """Raise OutsideRegion, stating the distance, when a WGS-84 point is not inside `boundary`."""
    if shapely.contains_xy(boundary, lon, lat):
        return
    nearest = nearest_points(boundary, shapely.Point(lon, lat))[0]
    distance = haversine_km(lon, lat, nearest.x, nearest.y)
    raise OutsideRegion(f"position ({lon:.6f}, {lat:.6f}) is {distance:.2f} km outside {region_name}", distance)
