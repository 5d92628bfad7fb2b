"""Administrative division codes (GB/T 2260): six digits, province | city | district."""

from __future__ import annotations

from domain.enums import RegionLevel

GUANGDONG = "440000"


def is_adcode(code: str) -> bool:
    return len(code) == 6 and code.isdigit()


def level_of(adcode: str) -> RegionLevel:
    if adcode.endswith("0000"):
        return RegionLevel.PROVINCE
    if adcode.endswith("00"):
        return RegionLevel.CITY
    return RegionLevel.DISTRICT


def province_of(adcode: str) -> str:
    return adcode[:2] + "0000"


def city_of(adcode: str) -> str:
    """The prefecture city containing a district (or the city itself)."""
    return adcode[:4] + "00"


def contains(outer: str, inner: str) -> bool:
    """Whether region `outer` contains (or is) region `inner`."""
    level = level_of(outer)
    if level is RegionLevel.PROVINCE:
        return inner[:2] == outer[:2]
    if level is RegionLevel.CITY:
        return inner[:4] == outer[:4]
    return inner == outer
