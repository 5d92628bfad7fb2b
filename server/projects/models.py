from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.sql.elements import ColumnElement

from domain import adcodes
from domain.enums import PersonnelRole, ProjectStatus, ProjectType, RegionLevel, RiskLevel, UnitKind
from server.db.base import Base, UTCDateTime, enum_type, utcnow
from server.security.scopes import DataScope


class Project(Base):
    """A project under supervision. Position in WGS-84; `city_adcode` and `search_text` are
    denormalised so that scope filters and free-text search stay index-friendly at 50,000 rows."""

    __tablename__ = "projects"
    __table_args__ = (
        sa.Index("ix_projects_city_status", "city_adcode", "status"),
        sa.Index("ix_projects_district_status", "district_adcode", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(200), index=True)
    project_code: Mapped[str] = mapped_column(sa.String(40), unique=True)
    permit_no: Mapped[str | None] = mapped_column(sa.String(18), unique=True)
    address: Mapped[str] = mapped_column(sa.String(300))
    district_adcode: Mapped[str] = mapped_column(sa.ForeignKey("regions.adcode"))
    city_adcode: Mapped[str] = mapped_column(sa.String(6))
    lon: Mapped[float]
    lat: Mapped[float]
    project_type: Mapped[ProjectType] = mapped_column(enum_type(ProjectType))
    floor_area_m2: Mapped[float] = mapped_column(default=0.0)
    cost_10k_yuan: Mapped[float] = mapped_column(default=0.0)
    status: Mapped[ProjectStatus] = mapped_column(enum_type(ProjectStatus), index=True)
    # The effective level the sand table colours by: the higher of the supervisor's grade and the level
    # of the computed risk score (refreshed by the compliance scan; see server.risk.service).
    risk_level: Mapped[RiskLevel] = mapped_column(enum_type(RiskLevel), default=RiskLevel.LOW)
    risk_grade: Mapped[RiskLevel] = mapped_column(enum_type(RiskLevel), default=RiskLevel.LOW, server_default="low")
    risk_score: Mapped[float] = mapped_column(default=0.0, server_default="0")
    planned_start: Mapped[dt.date | None]
    planned_end: Mapped[dt.date | None]
    actual_start: Mapped[dt.date | None]
    actual_end: Mapped[dt.date | None]
    search_text: Mapped[str] = mapped_column(sa.Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)

    @classmethod
    def in_scope(cls, scope: DataScope) -> ColumnElement[bool]:
        """The projects `scope` may see: every area's queries filter with this, so out of scope looks
        exactly like missing."""
        if scope.unit_id is not None:
            return cls.id.in_(sa.select(ProjectUnit.project_id).where(ProjectUnit.unit_id == scope.unit_id))
        assert scope.region_adcode is not None
        return cls.in_region(scope.region_adcode)

    @classmethod
    def in_region(cls, adcode: str) -> ColumnElement[bool]:
        """Projects inside a region of any level, expressed on the indexed columns."""
        level = adcodes.level_of(adcode)
        if level is RegionLevel.PROVINCE:
            return cls.city_adcode.startswith(adcode[:2])
        if level is RegionLevel.CITY:
            return cls.city_adcode == adcode
        return cls.district_adcode == adcode


class ProjectUnit(Base):
    """A unit's role on a project (one unit may hold several roles)."""

    __tablename__ = "project_units"

    project_id: Mapped[int] = mapped_column(sa.ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True)
    unit_id: Mapped[int] = mapped_column(sa.ForeignKey("units.id"), primary_key=True, index=True)
    role: Mapped[UnitKind] = mapped_column(enum_type(UnitKind), primary_key=True)


class Personnel(Base):
    """Key personnel named on a project, with the certificate that entitles them to the post."""

    __tablename__ = "personnel"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(sa.ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    unit_id: Mapped[int] = mapped_column(sa.ForeignKey("units.id"))
    name: Mapped[str] = mapped_column(sa.String(50))
    role: Mapped[PersonnelRole] = mapped_column(enum_type(PersonnelRole))
    certificate_no: Mapped[str] = mapped_column(sa.String(60))
    phone: Mapped[str] = mapped_column(sa.String(40), default="")


class ProjectStatusChange(Base):
    __tablename__ = "project_status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(sa.ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    status: Mapped[ProjectStatus] = mapped_column(enum_type(ProjectStatus))
    changed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    changed_by: Mapped[str] = mapped_column(sa.String(60))
    note: Mapped[str] = mapped_column(sa.String(300), default="")
