"""Declarative base, shared column types and the metadata naming convention (stable constraint names
keep Alembic migrations identical on SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)


class UTCDateTime(sa.TypeDecorator[dt.datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite has no time zones of its own)."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: sa.Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where UTC is required")
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: dt.datetime | None, dialect: sa.Dialect) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


class LifecycleEvent:
    """The columns every lifecycle timeline shares (notices, follow-ups, submissions): when, who under which
    role, and what they said. Each event table adds its parent's key, its action and status enums and what
    else its steps carry; the tables themselves come from the migrations, which this mixin does not change."""

    id: Mapped[int] = mapped_column(primary_key=True, sort_order=-1)  # first, as in every table
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    username: Mapped[str] = mapped_column(sa.String(60))
    role: Mapped[str] = mapped_column(sa.String(32))
    comment: Mapped[str] = mapped_column(sa.Text, default="")


def table_of(model: type[Base]) -> sa.Table:
    """A model's table, for Core statements (bulk inserts, executemany updates). SQLAlchemy declares
    `__table__` as any FROM clause, since a class may map a join or a select; ours all map plain tables."""
    table = model.__table__
    assert isinstance(table, sa.Table)
    return table


def enum_type(enum: type[StrEnum]) -> sa.Enum:
    """Store a StrEnum by value as a plain string column (portable, no native ENUM types to migrate)."""
    return sa.Enum(
        enum,
        values_callable=lambda members: [m.value for m in members],
        native_enum=False,
        create_constraint=False,
        length=32,
        validate_strings=True,
    )


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
