"""Count-then-page: how every paged list answers one page of rows and the total they belong to."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVarTuple

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

Columns = TypeVarTuple("Columns")


def paginate(session: Session, query: sa.Select[*Columns], *, counted: Any,
             where: Sequence[ColumnElement[bool]], page: int, page_size: int,
             count_in_scan: bool = False) -> tuple[int, Sequence[sa.Row[*Columns]]]:
    """Page `page` (from 1) of the ordered `query` filtered by `where`, and the number of `counted` rows
    (an entity or table) that match `where`. A filter that scans every row in scope anyway (free text,
    which no index serves) is cheaper counted in that same scan: `count_in_scan` adds `count(*) OVER ()`
    as the rows' `total` column. Index-backed filters are cheaper as an ordered LIMIT and a separate count."""
    paged: sa.Select[*tuple[Any, ...]] = query
    if count_in_scan:
        paged = query.add_columns(sa.func.count().over().label("total"))
    rows: Sequence[sa.Row[*Columns]] = session.execute(
        paged.where(*where).limit(page_size).offset((page - 1) * page_size)).all()
    if count_in_scan and rows:
        return rows[0].total, rows
    return session.scalar(sa.select(sa.func.count()).select_from(counted).where(*where)) or 0, rows
