"""Inspection rounds (plans) and the projects chosen for them, ticked off by inspections."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from domain.cases import InspectionType
from server.db.base import Base, UTCDateTime, enum_type


class InspectionPlan(Base):
    """An inspection round: projects chosen by hand or from the risk ranking, to inspect in a window."""

    __tablename__ = "inspection_plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(120))
    inspection_type: Mapped[InspectionType] = mapped_column(enum_type(InspectionType))
    region_adcode: Mapped[str] = mapped_column(sa.String(6))
    starts_on: Mapped[dt.date]
    ends_on: Mapped[dt.date]
    created_by_user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class InspectionPlanItem(Base):
    __tablename__ = "inspection_plan_items"

    plan_id: Mapped[int] = mapped_column(sa.ForeignKey("inspection_plans.id", ondelete="CASCADE"), primary_key=True)
    project_id: Mapped[int] = mapped_column(sa.ForeignKey("projects.id"), primary_key=True, index=True)
    position: Mapped[int]
    risk_score: Mapped[float] = mapped_column(default=0.0)  # at planning time, to show why it was chosen
    inspection_id: Mapped[int | None] = mapped_column(sa.ForeignKey("inspections.id"))
