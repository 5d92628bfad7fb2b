"""Data scope: which projects a caller may see. Applied in SQL on every query, never in the client."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.sql.elements import ColumnElement

from domain import adcodes
from domain.enums import RegionLevel
from server.projects.models import Project, ProjectUnit


@dataclass(frozen=True)
class DataScope:
    """Exactly one of `region_adcode` (supervisors, wall displays, admins) or `unit_id` (enterprises)."""

    region_adcode: str | None = None
    unit_id: int | None = None

    def __post_init__(self) -> None:
        if (self.region_adcode is None) == (self.unit_id is None):
            raise ValueError("a data scope is either a region or a unit")

    def project_clause(self) -> ColumnElement[bool]:
        if self.unit_id is not None:
            return Project.id.in_(sa.select(ProjectUnit.project_id).where(ProjectUnit.unit_id == self.unit_id))
        assert self.region_adcode is not None
        return region_clause(self.region_adcode)

    def covers_region(self, adcode: str) -> bool:
        """Whether every project of region `adcode` would be inside a region scope."""
        return self.region_adcode is not None and adcodes.contains(self.region_adcode, adcode)

    def overlaps_region(self, adcode: str) -> bool:
        """Whether region `adcode` and a region scope share any ground (either contains the other)."""
        if self.region_adcode is None:
            return True
        return adcodes.contains(self.region_adcode, adcode) or adcodes.contains(adcode, self.region_adcode)


def region_clause(adcode: str) -> ColumnElement[bool]:
    """Projects inside a region of any level, expressed on the indexed columns."""
    level = adcodes.level_of(adcode)
    if level is RegionLevel.PROVINCE:
        return Project.city_adcode.startswith(adcode[:2])
    if level is RegionLevel.CITY:
        return Project.city_adcode == adcode
    return Project.district_adcode == adcode
