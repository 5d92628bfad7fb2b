"""The supervision agency a supervisor acts for, from resources/agencies.json."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass

from domain import adcodes
from domain.enums import RegionLevel
from server.regions.service import RegionCatalog
from server.resources import RESOURCES_DIR


@dataclass(frozen=True)
class Agency:
    name: str
    prefix: str  # abbreviation used in document numbers


@functools.cache
def _table() -> dict[str, dict[str, str]]:
    data = json.loads((RESOURCES_DIR / "agencies.json").read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def agency_for(region_adcode: str, catalog: RegionCatalog) -> Agency:
    """Province and cities are listed; a district agency is its city's with the district's short name."""
    table = _table()
    if adcodes.level_of(region_adcode) is not RegionLevel.DISTRICT:
        entry = table[region_adcode]
        return Agency(entry["name"], entry["prefix"])
    city = table[adcodes.city_of(region_adcode)]
    district = catalog.name(region_adcode)
    short = district.removesuffix("区").removesuffix("县").removesuffix("市")
    return Agency(f"{catalog.name(adcodes.city_of(region_adcode))}{district}建设工程质量安全监督站",
                  f"{city['prefix'][0]}{short}建质安")
