"""The control-room wall's summary (issue 14): every figure of the overview and case-pressure scenes in one
response, so a wall asks once per refresh instead of once per panel."""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from domain.monitoring import Severity
from domain.monitoring_schemas import DeviceOut
from domain.schemas import Dto


class WallAlarm(Dto):
    """One active monitoring alarm as the wall names it: where, which device, how far over its limit."""

    warning_id: int
    project_id: int
    project_name: str
    city_adcode: str
    city_name: str
    device_id: int
    device_code: str
    device_name: str
    severity: Severity
    metric: str
    value: float | None
    threshold: float | None
    acknowledged: bool
    raised_at: dt.datetime  # when the alarm began
    last_at: dt.datetime  # the latest reading that kept it active


class WallCity(Dto):
    """A per-city ranking row."""

    city_adcode: str
    city_name: str
    under_construction: int
    stop_work: int
    overdue_notices: int
    active_alarms: int
    overdue_notices_by_level: dict[int, int] = Field(default_factory=dict)  # escalation level (1..3) -> notices
    follow_ups_open: int = 0
    follow_ups_overdue: int = 0


class WallSummary(Dto):
    """The caller's scope at `as_of` (server time the figures were computed; a cached answer keeps it)."""

    as_of: dt.datetime
    scope_adcode: str
    projects_under_construction: int
    projects_stop_work: int  # suspended (停工) projects
    overdue_notices: int
    overdue_notices_by_level: dict[int, int]  # escalation level (1..3) -> notices
    active_alarms: int
    active_alarms_by_severity: dict[Severity, int]  # every severity, zero included
    unacknowledged_alarms: int
    newest_alarms: list[WallAlarm]  # up to 20 active alarms: most severe first, newest first within a severity
    devices_online: int  # reported within their region's offline timeout
    devices_expected: int  # registered in the scope (what the monitoring device list shows)
    follow_ups_open: int
    follow_ups_overdue: int
    verification_backlog: int  # submissions waiting for a supervisor
    cities: list[WallCity]


class WallDevice(Dto):
    """A device as a wall chart titles it: which project and city it watches, not only its code."""

    device: DeviceOut
    project_name: str
    city_name: str


WALL_SCENES = ("overview", "alarms", "grid", "cases")  # the playlist's scenes, in their default order


class AlarmsSeen(Dto):
    """What the wall's last refresh showed of the alarms, to tell a new critical alarm from one that only
    entered the list (the list holds the most severe and newest few: an older alarm moves into it when
    others clear, and must not interrupt the wall as if it had just been raised)."""

    ids: frozenset[int]
    critical_ids: frozenset[int]
    max_id: int  # warning ids grow: one above every id seen was raised since (device clocks do not matter)


def new_critical_alarms(seen: AlarmsSeen | None, alarms: list[WallAlarm]) -> tuple[list[WallAlarm], AlarmsSeen]:
    """The alarms that should interrupt the wall now, and what this refresh showed. New: critical and
    unacknowledged, and either raised since the last refresh (an id above every id seen) or escalated to
    critical from a lower severity shown before. The first refresh (`seen` None) only learns."""
    now_seen = AlarmsSeen(
        ids=frozenset(a.warning_id for a in alarms),
        critical_ids=frozenset(a.warning_id for a in alarms if a.severity is Severity.CRITICAL),
        max_id=max([a.warning_id for a in alarms] + [seen.max_id if seen else 0]))
    if seen is None:
        return [], now_seen
    new = [a for a in alarms if a.severity is Severity.CRITICAL and not a.acknowledged
           and a.warning_id not in seen.critical_ids and (a.warning_id > seen.max_id or a.warning_id in seen.ids)]
    return new, now_seen
