from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from domain.cases import DocumentKind
from server.db.base import Base, UTCDateTime, enum_type


class Document(Base):
    """An uploaded file linked to a project. The bytes live in content-addressed storage under their
    SHA-256; the user-supplied name is kept only as a label, never used as a path."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(sa.String(64), index=True)
    content_type: Mapped[str] = mapped_column(sa.String(60))
    size: Mapped[int]
    original_name: Mapped[str] = mapped_column(sa.String(200))
    kind: Mapped[DocumentKind] = mapped_column(enum_type(DocumentKind))
    project_id: Mapped[int] = mapped_column(sa.ForeignKey("projects.id"), index=True)
    uploaded_by_user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    uploaded_by_unit_id: Mapped[int | None] = mapped_column(sa.ForeignKey("units.id"))
    uploaded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
