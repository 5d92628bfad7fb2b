from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from domain.enums import UnitKind
from server.db.base import Base, UTCDateTime, enum_type, utcnow


class Unit(Base):
    """A participating unit (enterprise or agency), identified by its unified social credit code."""

    __tablename__ = "units"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(200), index=True)
    credit_code: Mapped[str] = mapped_column(sa.String(18), unique=True)
    kind: Mapped[UnitKind] = mapped_column(enum_type(UnitKind))
    address: Mapped[str] = mapped_column(sa.String(300), default="")
    contact_phone: Mapped[str] = mapped_column(sa.String(40), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
