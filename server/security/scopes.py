"""Data scope: which projects a caller may see. Applied in SQL on every query (`Project.in_scope`), never
in the client."""

from __future__ import annotations

from dataclasses import dataclass

from domain import adcodes


@dataclass(frozen=True)
class DataScope:
    """Exactly one of `region_adcode` (supervisors, wall displays, admins) or `unit_id` (enterprises)."""

    region_adcode: str | None = None
    unit_id: int | None = None

    def __post_init__(self) -> None:
        if (self.region_adcode is None) == (self.unit_id is None):
            raise ValueError("a data scope is either a region or a unit")

    def covers_region(self, adcode: str) -> bool:
        """Whether every project of region `adcode` would be inside a region scope."""
        return self.region_adcode is not None and adcodes.contains(self.region_adcode, adcode)

    def overlaps_region(self, adcode: str) -> bool:
        """Whether region `adcode` and a region scope share any ground (either contains the other)."""
        if self.region_adcode is None:
            return True
        return adcodes.contains(self.region_adcode, adcode) or adcodes.contains(adcode, self.region_adcode)
