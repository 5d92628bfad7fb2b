"""UPDATE and DELETE with the number of rows they matched, typed: `Session.execute` declares a plain `Result`
for every statement, while a DML statement without RETURNING answers a `CursorResult`, which has the count."""

from __future__ import annotations

from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.orm import Session


def execute_counted(session: Session, statement: sa.Update | sa.Delete) -> int:
    """Run `statement` in `session`; the number of rows it matched."""
    return cast("sa.CursorResult[Any]", session.execute(statement)).rowcount
