from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from domain.enums import AccountStatus, Role
from server.db.base import Base, UTCDateTime, enum_type, utcnow


class User(Base):
    """An account. Supervisors and wall displays are scoped by `region_adcode`, enterprise users by `unit_id`."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(sa.String(40), unique=True)
    display_name: Mapped[str] = mapped_column(sa.String(60))
    password_hash: Mapped[str] = mapped_column(sa.String(200))
    role: Mapped[Role] = mapped_column(enum_type(Role))
    status: Mapped[AccountStatus] = mapped_column(enum_type(AccountStatus), default=AccountStatus.PENDING)
    region_adcode: Mapped[str | None] = mapped_column(sa.ForeignKey("regions.adcode"))
    unit_id: Mapped[int | None] = mapped_column(sa.ForeignKey("units.id"), index=True)
    phone: Mapped[str] = mapped_column(sa.String(40), default="")
    failed_logins: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    reviewed_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    review_comment: Mapped[str] = mapped_column(sa.String(500), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
