"""The wall's summary: every KPI of a supervisor's scope in a handful of grouped queries (one per area),
each filtered by `Project.in_scope`, so its cost grows with the number of cities, not of projects."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import sqlalchemy as sa
from sqlalchemy.orm import Session

from domain.cases import AWAITING_ENTERPRISE, ESCALATION_DAYS, latest_deadline_at_level
from domain.enums import ProjectStatus
from domain.monitoring import Severity, WarningState
from domain.monitoring_live import SEVERITY_RANK
from domain.reporting import PENDING
from domain.wall import WallAlarm, WallCity, WallSummary
from server.cases.models import Notice
from server.db.base import utcnow
from server.db.engine import Database
from server.deps import Principal
from server.errors import forbidden
from server.followups.service import city_stats as follow_up_city_stats
from server.monitoring.models import Device, DeviceWarning
from server.monitoring.profiles import ProfileBook
from server.projects.models import Project
from server.regions.service import RegionCatalog
from server.reporting.models import Submission
from server.reporting.queue import submission_scope
from server.wall.cache import SummaryCache

NEWEST_ALARMS = 20
LEVELS = range(1, len(ESCALATION_DAYS) + 1)  # escalation levels of an overdue notice
ACTIVE = (WarningState.ACTIVE_UNACK, WarningState.ACTIVE_ACK)


def require_wall_reader(principal: Principal) -> None:
    """Supervisors, wall displays and administrators (region scopes). An enterprise is refused: the wall's
    figures (stop-work, overdue notices by escalation, the verification backlog, a city ranking) are the
    supervising agency's view, and an enterprise's own due items live in its workspace."""
    if principal.role.is_enterprise or principal.scope.region_adcode is None:
        raise forbidden("the wall summary is for supervisors and wall displays")


def summarise(session: Session, principal: Principal, *, catalog: RegionCatalog, profiles: ProfileBook,
              today: dt.date, now: dt.datetime) -> WallSummary:
    """The figures of the caller's scope at `now` (`today`: the China-local date deadlines count in)."""
    require_wall_reader(principal)
    scope = principal.scope
    assert scope.region_adcode is not None
    in_scope = Project.in_scope(scope)
    cities: dict[str, Counter[str]] = {}

    def city(adcode: str) -> Counter[str]:
        return cities.setdefault(adcode, Counter())

    for adcode, building, stopped in session.execute(
            sa.select(Project.city_adcode,
                      sa.func.count().filter(Project.status == ProjectStatus.UNDER_CONSTRUCTION),
                      sa.func.count().filter(Project.status == ProjectStatus.SUSPENDED))
            .where(in_scope).group_by(Project.city_adcode)):
        city(adcode).update(under_construction=building, stop_work=stopped)

    levels = [sa.func.count().filter(Notice.deadline <= latest_deadline_at_level(today, level)) for level in LEVELS]
    city_levels: dict[str, Counter[int]] = {}
    for adcode, *at_level in session.execute(
            sa.select(Project.city_adcode, *levels).join(Project, Project.id == Notice.project_id)
            .where(in_scope, Notice.status.in_(AWAITING_ENTERPRISE), Notice.deadline < today)
            .group_by(Project.city_adcode)):
        city(adcode).update(overdue_notices=at_level[0])
        exactly = city_levels.setdefault(adcode, Counter())
        for level, count in enumerate(at_level, start=1):  # at or above `level`; keep exactly at
            exactly[level] = count - (at_level[level] if level < len(at_level) else 0)
    by_level: Counter[int] = sum(city_levels.values(), Counter())

    by_severity: Counter[Severity] = Counter()
    unacknowledged = 0
    for adcode, severity, state, count in session.execute(
            sa.select(Project.city_adcode, DeviceWarning.severity, DeviceWarning.state, sa.func.count())
            .join(Project, Project.id == DeviceWarning.project_id)
            .where(in_scope, DeviceWarning.state.in_(ACTIVE))
            .group_by(Project.city_adcode, DeviceWarning.severity, DeviceWarning.state)):
        city(adcode).update(active_alarms=count)
        by_severity[severity] += count
        unacknowledged += count if state is WarningState.ACTIVE_UNACK else 0

    newest = [WallAlarm(warning_id=w.id, project_id=w.project_id, project_name=project, city_adcode=adcode,
                        city_name=catalog.name(adcode), device_id=w.device_id, device_code=code, device_name=name,
                        severity=w.severity, metric=w.metric, value=w.value, threshold=w.threshold,
                        acknowledged=w.state is WarningState.ACTIVE_ACK, raised_at=w.first_at, last_at=w.last_at)
              for w, project, adcode, code, name in session.execute(
                  sa.select(DeviceWarning, Project.name, Project.city_adcode, Device.code, Device.name)
                  .join(Project, Project.id == DeviceWarning.project_id)
                  .join(Device, Device.id == DeviceWarning.device_id)
                  .where(in_scope, DeviceWarning.state.in_(ACTIVE))
                  .order_by(_severity_rank().desc(), DeviceWarning.first_at.desc(), DeviceWarning.id.desc())
                  .limit(NEWEST_ALARMS))]

    online, expected = _devices(session, in_scope, profiles, now)
    follow_ups = follow_up_city_stats(session, principal, catalog, today)
    for stats in follow_ups:
        city(stats.city_adcode).update(follow_ups_open=stats.open, follow_ups_overdue=stats.overdue)
    backlog = session.scalar(sa.select(sa.func.count()).select_from(Submission)
                             .where(submission_scope(principal), Submission.status.in_(PENDING))) or 0

    rows = [WallCity(city_adcode=adcode, city_name=catalog.name(adcode), **{
        key: counts[key] for key in ("under_construction", "stop_work", "overdue_notices", "active_alarms",
                                     "follow_ups_open", "follow_ups_overdue")},
        overdue_notices_by_level=_per_level(city_levels.get(adcode, Counter())))
        for adcode, counts in sorted(cities.items())]
    return WallSummary(
        as_of=now, scope_adcode=scope.region_adcode,
        projects_under_construction=sum(r.under_construction for r in rows),
        projects_stop_work=sum(r.stop_work for r in rows),
        overdue_notices=sum(r.overdue_notices for r in rows),
        overdue_notices_by_level=_per_level(by_level),
        active_alarms=sum(r.active_alarms for r in rows),
        active_alarms_by_severity={severity: by_severity[severity] for severity in Severity},
        unacknowledged_alarms=unacknowledged, newest_alarms=newest,
        devices_online=online, devices_expected=expected,
        follow_ups_open=sum(r.follow_ups_open for r in rows), follow_ups_overdue=sum(r.follow_ups_overdue for r in rows),
        verification_backlog=backlog, cities=rows)


def _per_level(counts: Counter[int]) -> dict[int, int]:
    """Every escalation level, zero included, so a wall's bars never change shape."""
    return {level: counts[level] for level in LEVELS}


def _severity_rank() -> sa.ColumnElement[int]:
    """Most severe highest (critical > major > minor > warning > indeterminate), as a CASE both backends run."""
    return sa.case({severity.value: rank for severity, rank in SEVERITY_RANK.items()},
                   value=DeviceWarning.severity, else_=-1)


def _devices(session: Session, in_scope: sa.ColumnElement[bool], profiles: ProfileBook,
             now: dt.datetime) -> tuple[int, int]:
    """(online, registered) devices in scope; online = reported within its city's offline timeout, the same
    rule as the offline warning and the transmission report (`server.monitoring.service`). One count per
    distinct timeout (there are a few), each city then takes its own."""
    timeouts = sorted({profile.offline_timeout for profile in (profiles.default, *profiles.cities.values())})
    online = expected = 0
    for adcode, registered, *recent in session.execute(
            sa.select(Project.city_adcode, sa.func.count(),
                      *(sa.func.count().filter(Device.last_seen_at > now - timeout) for timeout in timeouts))
            .select_from(Device).join(Project, Project.id == Device.project_id).where(in_scope)
            .group_by(Project.city_adcode)):
        expected += registered
        online += recent[timeouts.index(profiles.for_city(adcode).offline_timeout)]
    return online, expected


def cached_summary(cache: SummaryCache, database: Database, principal: Principal, *, catalog: RegionCatalog,
                   profiles: ProfileBook, today: dt.date) -> WallSummary:
    """The caller's summary from `cache` (per scope and day), else computed in a session opened only now, so
    its figures are never older than the cache's generation it is kept under (`server.wall.cache`)."""
    require_wall_reader(principal)

    def compute() -> WallSummary:
        with database.read_session() as session:
            return summarise(session, principal, catalog=catalog, profiles=profiles, today=today, now=utcnow())

    return cache.get((principal.scope.region_adcode, today), compute)
