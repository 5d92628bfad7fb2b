from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from domain.enums import RegionLevel
from server.db.base import Base, enum_type


class Region(Base):
    """A Guangdong administrative region with its WGS-84 boundary (full and simplified GeoJSON)."""

    __tablename__ = "regions"

    adcode: Mapped[str] = mapped_column(sa.String(6), primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(60))
    level: Mapped[RegionLevel] = mapped_column(enum_type(RegionLevel))
    parent_adcode: Mapped[str | None] = mapped_column(sa.ForeignKey("regions.adcode"), index=True)
    center_lon: Mapped[float]
    center_lat: Mapped[float]
    boundary_geojson: Mapped[str] = mapped_column(sa.Text)
    simplified_geojson: Mapped[str] = mapped_column(sa.Text)
