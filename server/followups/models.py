from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from domain.followups import FollowUpAction, FollowUpSource, FollowUpStatus
from server.db.base import Base, LifecycleEvent, UTCDateTime, enum_type


class FollowUp(Base):
    """One warning being chased until someone answered it. Unique per source object, so a rule that
    fires again for the same warning updates nothing and creates nothing."""

    __tablename__ = "follow_ups"
    __table_args__ = (
        sa.UniqueConstraint("source", "source_ref", name="uq_follow_ups_source"),
        sa.Index("ix_follow_ups_city_status", "city_adcode", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(sa.ForeignKey("projects.id"), index=True)
    city_adcode: Mapped[str] = mapped_column(sa.String(6))
    source: Mapped[FollowUpSource] = mapped_column(enum_type(FollowUpSource))
    source_ref: Mapped[str] = mapped_column(sa.String(40))
    title: Mapped[str] = mapped_column(sa.String(200))
    detail: Mapped[str] = mapped_column(sa.Text, default="")
    status: Mapped[FollowUpStatus] = mapped_column(enum_type(FollowUpStatus))
    assigned_unit_id: Mapped[int] = mapped_column(sa.ForeignKey("units.id"), index=True)
    deadline: Mapped[dt.date | None]
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class FollowUpEvent(LifecycleEvent, Base):
    """One step of a follow-up's life: raised, urged (with a reply deadline), answered, closed."""

    __tablename__ = "follow_up_events"

    follow_up_id: Mapped[int] = mapped_column(sa.ForeignKey("follow_ups.id", ondelete="CASCADE"), index=True)
    action: Mapped[FollowUpAction | None] = mapped_column(enum_type(FollowUpAction))  # None: raised
    to_status: Mapped[FollowUpStatus] = mapped_column(enum_type(FollowUpStatus))
    deadline: Mapped[dt.date | None]
    document_ids: Mapped[str] = mapped_column(sa.Text, default="[]")
