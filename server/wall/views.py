"""The wall's one summary request."""

from __future__ import annotations

from fastapi import APIRouter

from domain.wall import WallSummary
from server.deps import CurrentPrincipal, DatabaseDep, Today
from server.monitoring.deps import Profiles
from server.regions.deps import Regions
from server.wall.deps import WallCache
from server.wall.service import cached_summary

router = APIRouter(prefix="/wall", tags=["wall"])


@router.get("/summary", response_model=WallSummary)
def wall_summary(principal: CurrentPrincipal, database: DatabaseDep, catalog: Regions, profiles: Profiles,
                 today: Today, cache: WallCache) -> WallSummary:
    """Every KPI of the caller's scope for the wall's overview and case-pressure scenes, in one request:
    projects under construction and stopped, overdue notices by escalation level, active alarms by severity
    with up to 20 named (most severe first, newest first within a severity), devices online of registered,
    follow-ups, the verification backlog and a row per city (its overdue notices by level and follow-ups
    too). Cached per scope; a change announced by another area shows at once, anything else within 10 s
    (`as_of` says when the figures were computed). Supervisors, wall displays and administrators; an
    enterprise is refused (403)."""
    return cached_summary(cache, database, principal, catalog=catalog, profiles=profiles, today=today)
