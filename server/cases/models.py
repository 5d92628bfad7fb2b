from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from domain.cases import FindingSeverity, InspectionType, NoticeAction, NoticeStatus
from server.db.base import Base, LifecycleEvent, UTCDateTime, enum_type


class ChecklistTemplate(Base):
    """An inspection checklist; shipped in resources/checklists, editable by admins (versioned)."""

    __tablename__ = "checklist_templates"

    code: Mapped[str] = mapped_column(sa.String(40), primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(100))
    inspection_type: Mapped[InspectionType] = mapped_column(enum_type(InspectionType))
    version: Mapped[int] = mapped_column(default=1)
    items_json: Mapped[str] = mapped_column(sa.Text)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    updated_by: Mapped[str] = mapped_column(sa.String(60))


class Inspection(Base):
    __tablename__ = "inspections"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(sa.ForeignKey("projects.id"), index=True)
    inspection_type: Mapped[InspectionType] = mapped_column(enum_type(InspectionType))
    inspected_on: Mapped[dt.date]
    inspectors_json: Mapped[str] = mapped_column(sa.Text)
    summary: Mapped[str] = mapped_column(sa.Text, default="")
    template_code: Mapped[str | None] = mapped_column(sa.ForeignKey("checklist_templates.code"))
    created_by_user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class Finding(Base):
    __tablename__ = "findings"
    __table_args__ = (sa.Index("ix_findings_project_item", "project_id", "checklist_item_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(sa.ForeignKey("inspections.id", ondelete="CASCADE"), index=True)
    project_id: Mapped[int] = mapped_column(sa.ForeignKey("projects.id"))
    checklist_item_code: Mapped[str | None] = mapped_column(sa.String(40))
    description: Mapped[str] = mapped_column(sa.Text)
    severity: Mapped[FindingSeverity] = mapped_column(enum_type(FindingSeverity))
    legal_basis: Mapped[str] = mapped_column(sa.Text, default="")  # copied from the checklist when recorded
    lon: Mapped[float | None]
    lat: Mapped[float | None]
    photo_document_ids: Mapped[str] = mapped_column(sa.Text, default="[]")
    found_on: Mapped[dt.date]


class Notice(Base):
    """A rectification notice (整改通知书), optionally with a stop-work order. Numbered when issued."""

    __tablename__ = "notices"
    __table_args__ = (sa.Index("ix_notices_status_deadline", "status", "deadline"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str | None] = mapped_column(sa.String(60), unique=True)
    verification_code: Mapped[str | None] = mapped_column(sa.String(16))
    project_id: Mapped[int] = mapped_column(sa.ForeignKey("projects.id"), index=True)
    inspection_id: Mapped[int | None] = mapped_column(sa.ForeignKey("inspections.id"))
    target_unit_id: Mapped[int] = mapped_column(sa.ForeignKey("units.id"), index=True)
    status: Mapped[NoticeStatus] = mapped_column(enum_type(NoticeStatus))
    deadline: Mapped[dt.date]
    stop_work: Mapped[bool] = mapped_column(default=False)
    agency_name: Mapped[str] = mapped_column(sa.String(100))
    agency_prefix: Mapped[str] = mapped_column(sa.String(20))
    created_by_user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    issued_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class NoticeItem(Base):
    __tablename__ = "notice_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    notice_id: Mapped[int] = mapped_column(sa.ForeignKey("notices.id", ondelete="CASCADE"), index=True)
    finding_id: Mapped[int | None] = mapped_column(sa.ForeignKey("findings.id"))
    position: Mapped[int]
    description: Mapped[str] = mapped_column(sa.Text)
    legal_basis: Mapped[str] = mapped_column(sa.Text)
    severity: Mapped[FindingSeverity] = mapped_column(enum_type(FindingSeverity))


class NoticeEvent(LifecycleEvent, Base):
    """One step of a notice's life (its timeline): who moved it, from what to what, with what evidence."""

    __tablename__ = "notice_events"

    notice_id: Mapped[int] = mapped_column(sa.ForeignKey("notices.id", ondelete="CASCADE"), index=True)
    action: Mapped[NoticeAction | None] = mapped_column(enum_type(NoticeAction))  # None: drafted
    from_status: Mapped[NoticeStatus | None] = mapped_column(enum_type(NoticeStatus))
    to_status: Mapped[NoticeStatus] = mapped_column(enum_type(NoticeStatus))
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"))
    document_ids: Mapped[str] = mapped_column(sa.Text, default="[]")


class NoticeSequence(Base):
    """Last number issued per agency prefix and year. Incremented inside the issuing transaction, so a
    rolled-back issue returns its number and concurrent issues queue on the row lock: no gaps, no twins."""

    __tablename__ = "notice_sequences"

    prefix: Mapped[str] = mapped_column(sa.String(20), primary_key=True)
    year: Mapped[int] = mapped_column(primary_key=True)
    last_value: Mapped[int] = mapped_column(default=0)
