"""Device credentials (issue 14): what an administrator sends to issue a wall display's credential and what
lists show. The secret appears in exactly one answer, the one that issues it."""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from domain.schemas import Adcode, Dto

WALL_KEY_SCHEME = "WallKey"  # Authorization: WallKey <secret> on POST /auth/wall-session


class WallCredentialIn(Dto):
    name: str = Field(min_length=2, max_length=80, description="where the wall hangs, e.g. 省厅指挥中心大屏")
    region_adcode: Adcode = Field(description="the region whose data the wall shows (its data scope)")


class WallCredentialOut(Dto):
    """A credential as lists show it: never its secret, only its public prefix."""

    id: int
    name: str
    user_id: int
    username: str
    region_adcode: str | None
    prefix: str
    created_at: dt.datetime
    created_by: str | None
    last_used_at: dt.datetime | None
    revoked_at: dt.datetime | None


class WallCredentialIssued(WallCredentialOut):
    secret: str = Field(description="shown once: put it in the wall's config file; it is stored only hashed")
