"""Gapless notice numbers per agency prefix and year.

The increment happens in the issuing transaction: concurrent issuers queue on the sequence row's write
lock (PostgreSQL row lock, SQLite's single writer), and a rolled-back issue gives its number back.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from server.cases.models import NoticeSequence


def next_sequence(session: Session, *, prefix: str, year: int) -> int:
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    session.execute(insert(NoticeSequence).values(prefix=prefix, year=year, last_value=0).on_conflict_do_nothing())
    return session.execute(
        sa.update(NoticeSequence)
        .where(NoticeSequence.prefix == prefix, NoticeSequence.year == year)
        .values(last_value=NoticeSequence.last_value + 1)
        .returning(NoticeSequence.last_value)
    ).scalar_one()
