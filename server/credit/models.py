from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from domain.cases import DeductionStatus
from server.db.base import Base, UTCDateTime, enum_type


class Punishment(Base):
    """An administrative punishment decision (行政处罚决定), linked to its project and originating case."""

    __tablename__ = "punishments"

    id: Mapped[int] = mapped_column(primary_key=True)
    decision_no: Mapped[str] = mapped_column(sa.String(80), unique=True)
    project_id: Mapped[int] = mapped_column(sa.ForeignKey("projects.id"), index=True)
    notice_id: Mapped[int | None] = mapped_column(sa.ForeignKey("notices.id"))
    legal_basis: Mapped[str] = mapped_column(sa.Text)
    facts: Mapped[str] = mapped_column(sa.Text, default="")
    target_unit_id: Mapped[int | None] = mapped_column(sa.ForeignKey("units.id"))
    target_person: Mapped[str | None] = mapped_column(sa.String(60))
    amount_yuan: Mapped[float] = mapped_column(default=0.0)
    decided_on: Mapped[dt.date]
    document_ids: Mapped[str] = mapped_column(sa.Text, default="[]")
    created_by_user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)




def target_key(unit_id: int | None, personnel_id: int | None) -> str:
    """'u12' or 'p34': a NOT NULL stand-in for the nullable pair, so the uniqueness below really holds
    (both databases treat NULLs as distinct in unique constraints)."""
    return f"u{unit_id}" if unit_id is not None else f"p{personnel_id}"


class Deduction(Base):
    """Points against an enterprise or a key person. Proposals are unique per (item, origin, target),
    so re-running a rule, or two server processes running it at once, never doubles a deduction."""

    __tablename__ = "deductions"
    __table_args__ = (
        sa.UniqueConstraint("item_code", "origin_kind", "origin_id", "target_key", name="uq_deductions_origin"),
        sa.Index("ix_deductions_unit_status_day", "unit_id", "status", "occurred_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    item_code: Mapped[str] = mapped_column(sa.String(20))
    points: Mapped[float]
    basis: Mapped[str] = mapped_column(sa.Text)
    reason: Mapped[str] = mapped_column(sa.Text)
    unit_id: Mapped[int | None] = mapped_column(sa.ForeignKey("units.id"))
    personnel_id: Mapped[int | None] = mapped_column(sa.ForeignKey("personnel.id"), index=True)
    target_key: Mapped[str] = mapped_column(sa.String(24))
    project_id: Mapped[int] = mapped_column(sa.ForeignKey("projects.id"), index=True)
    origin_kind: Mapped[str] = mapped_column(sa.String(20))  # notice, finding, punishment, manual
    origin_id: Mapped[int]  # for manual entries: the deduction's own id
    status: Mapped[DeductionStatus] = mapped_column(enum_type(DeductionStatus))
    occurred_on: Mapped[dt.date]
    proposed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    decided_by_user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    decided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    comment: Mapped[str] = mapped_column(sa.Text, default="")
