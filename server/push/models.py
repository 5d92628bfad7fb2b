"""The push log that event streams read (`server.push.hub`) and resume from."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from server.db.base import Base, UTCDateTime

# BIGINT on PostgreSQL; SQLite only auto-assigns ids to an INTEGER PRIMARY KEY (its rowid, 64-bit anyway).
BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


class StreamEvent(Base):
    """The push log: every reading batch and warning change, numbered for SSE resume (Last-Event-ID).

    Ids are assigned inside the writer's serialised section (SQLite: BEGIN IMMEDIATE; PostgreSQL: the
    audit chain's advisory lock, taken just before), so they become visible in id order and a reader
    that has seen id N never later finds a smaller id appear.
    """

    __tablename__ = "stream_events"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    kind: Mapped[str] = mapped_column(sa.String(16))
    device_id: Mapped[int] = mapped_column()
    project_id: Mapped[int] = mapped_column()
    payload: Mapped[str] = mapped_column(sa.Text)
