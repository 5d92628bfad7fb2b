import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from shapely.geometry import box

from domain.coords import (
    InvalidCoordinate,
    OutsideRegion,
    bd09_to_wgs84,
    ensure_in_region,
    from_wgs84,
    gcj02_to_wgs84,
    haversine_km,
    to_wgs84,
    validate_lonlat,
    wgs84_to_bd09,
    wgs84_to_gcj02,
)
from domain.enums import CoordSystem

guangdong_lon = st.floats(min_value=109.6, max_value=117.3, allow_nan=False)
guangdong_lat = st.floats(min_value=20.2, max_value=25.5, allow_nan=False)


def test_gcj02_offset_in_guangzhou_matches_published_value() -> None:
    # Canton Tower: WGS-84 (113.3245, 23.1064) is shown by Amap about 0.5-0.6 km away.
    lon, lat = wgs84_to_gcj02(113.3245, 23.1064)
    assert 0.45 < haversine_km(113.3245, 23.1064, lon, lat) < 0.7
    assert lon > 113.3245 and lat < 23.1064  # shifted east and south in Guangdong


def test_known_reference_point() -> None:
    # Reference values from the published GCJ-02 algorithm (eviltransform test vectors).
    lon, lat = wgs84_to_gcj02(116.404, 39.915)
    assert lon == pytest.approx(116.41024449916938, abs=1e-9)
    assert lat == pytest.approx(39.91640428150164, abs=1e-9)


@given(guangdong_lon, guangdong_lat)
def test_gcj02_round_trip_better_than_one_metre(lon: float, lat: float) -> None:
    back = gcj02_to_wgs84(*wgs84_to_gcj02(lon, lat))
    assert haversine_km(lon, lat, *back) * 1000 < 1.0


@given(guangdong_lon, guangdong_lat)
def test_bd09_round_trip_better_than_one_metre(lon: float, lat: float) -> None:
    back = bd09_to_wgs84(*wgs84_to_bd09(lon, lat))
    assert haversine_km(lon, lat, *back) * 1000 < 1.0


@pytest.mark.parametrize("system", list(CoordSystem))
def test_to_and_from_every_system_round_trip(system: CoordSystem) -> None:
    lon, lat = from_wgs84(113.93, 22.53, system)
    assert haversine_km(113.93, 22.53, *to_wgs84(lon, lat, system)) * 1000 < 1.0


def test_vectorised_conversion_matches_scalar() -> None:
    lons, lats = np.array([113.1, 114.2, 116.6]), np.array([23.0, 22.6, 23.4])
    vlon, vlat = gcj02_to_wgs84(lons, lats)
    for i in range(3):
        slon, slat = gcj02_to_wgs84(float(lons[i]), float(lats[i]))
        assert math.isclose(vlon[i], slon, abs_tol=1e-12) and math.isclose(vlat[i], slat, abs_tol=1e-12)


def test_outside_china_is_left_unchanged() -> None:
    assert wgs84_to_gcj02(2.35, 48.85) == (2.35, 48.85)


@pytest.mark.parametrize(
    ("lon", "lat", "message"),
    [
        (23.1, 113.3, "swapped"),
        (float("nan"), 23.0, "finite"),
        (200.0, 23.0, "out of range"),
        (2.35, 48.85, "outside China"),
    ],
)
def test_invalid_coordinates_are_rejected_with_reason(lon: float, lat: float, message: str) -> None:
    with pytest.raises(InvalidCoordinate, match=message):
        validate_lonlat(lon, lat)


def test_point_outside_region_reports_distance() -> None:
    region = box(113.0, 23.0, 113.1, 23.1)
    ensure_in_region(113.05, 23.05, region, "test district")
    with pytest.raises(OutsideRegion, match="outside test district") as caught:
        ensure_in_region(113.2, 23.05, region, "test district")
    assert 9.5 < caught.value.distance_km < 10.8  # 0.1 degree of longitude at 23 N is about 10.2 km
