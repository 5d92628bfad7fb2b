"""What the wall loads with each full refresh, in one call run in the worker: the summary, the map's projects
(only when they changed: an ETag), the region outlines (once), the monitoring grid's devices in order of
urgency with the names of their projects (each project asked once per session)."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from domain.enums import RegionLevel
from domain.monitoring_live import HistoryRequest, ProjectInfo, steadily_most_urgent_first
from domain.monitoring_schemas import DeviceThresholds, ReadingHistory, WarningOut
from domain.schemas import MapFeatures, RegionNode
from domain.wall import WallDevice, WallSummary
from services.api_client import ApiClient
from services.errors import NotFoundError
from services.monitoring_client import MonitoringClient
from services.monitoring_workflows import (
    ACTIVE_WARNINGS,
    WALL_DEVICES_LIMIT,
    project_names,
    thresholds_of,
)

GRID_NAMED = 16  # the grid's first devices get their project's name (no wall shows more charts legibly)
LIMITS_EXPIRE_EVERY = 20  # loads: a limit changed by an administrator shows within 20 refreshes


@dataclass(frozen=True)
class WallSnapshot:
    """One full refresh. `projects`/`boundaries` are None when unchanged since the last refresh."""

    summary: WallSummary
    scope_name: str
    projects: MapFeatures | None
    boundaries: dict[str, Any] | None
    devices: list[WallDevice]  # every device in scope, most urgent first; the first GRID_NAMED named
    warnings: list[WarningOut]  # the active monitoring warnings (newest first)
    thresholds: list[DeviceThresholds]  # limits of the named devices


@dataclass
class WallLoader:
    """The caches of one wall session. `load` runs in the worker, one at a time (the controller sees to it);
    `forget` may be called from the GUI thread meanwhile and only raises a flag the next load reads, so the
    GUI thread never waits for a load's requests."""

    api: ApiClient
    _etag: str | None = None
    _boundaries_for: str | None = None
    _scope_name: str = ""
    _names: dict[int, ProjectInfo] = field(default_factory=dict)
    _limits: dict[int, DeviceThresholds] = field(default_factory=dict)
    _loads: int = 0
    _forget: bool = False

    def forget(self) -> None:
        """After an outage or a new session: the next load asks for everything again."""
        self._forget = True

    def load(self) -> WallSnapshot:
        if self._forget or self._loads % LIMITS_EXPIRE_EVERY == 0:
            self._limits.clear()  # limits change seldom, but do: read again now and then
        if self._forget:
            self._forget = False
            self._etag = None
            self._boundaries_for = None
            self._names.clear()
        self._loads += 1
        summary = self.api.get_model(WallSummary, "/wall/summary")
        boundaries = None
        if self._boundaries_for != summary.scope_adcode:
            tree = self.api.regions_tree()
            node = _find(tree, summary.scope_adcode)
            self._scope_name = node.name if node is not None else summary.scope_adcode
            level = RegionLevel.DISTRICT if node is not None and node.level is not RegionLevel.PROVINCE \
                else RegionLevel.CITY
            boundaries = json.loads(self.api.boundaries(level, summary.scope_adcode))
            self._boundaries_for = summary.scope_adcode
        self._etag, projects = self.api.map_features_if_changed(self._etag)
        monitoring = MonitoringClient(self.api)
        devices = monitoring.devices(limit=WALL_DEVICES_LIMIT)
        warnings = monitoring.warnings(ACTIVE_WARNINGS)
        ordered = steadily_most_urgent_first(devices, warnings)
        named = ordered[:GRID_NAMED]
        for project_id in {device.project_id for device in named} - set(self._names):
            with contextlib.suppress(NotFoundError):  # removed or moved out of scope since listed
                self._names.update(project_names(self.api, [project_id]))
        missing = [device.id for device in named if device.id not in self._limits]
        self._limits.update((t.device_id, t) for t in thresholds_of(monitoring, missing))
        thresholds = [self._limits[device.id] for device in named if device.id in self._limits]
        shown = [WallDevice(device=device, project_name=self._project(device.project_id).name,
                            city_name=self._project(device.project_id).region.split(" ")[0])
                 if index < GRID_NAMED else WallDevice(device=device, project_name="", city_name="")
                 for index, device in enumerate(ordered)]
        return WallSnapshot(summary=summary, scope_name=self._scope_name, projects=projects,
                            boundaries=boundaries, devices=shown, warnings=warnings, thresholds=thresholds)

    def _project(self, project_id: int) -> ProjectInfo:
        return self._names.get(project_id, ProjectInfo("", ""))


def histories(client: MonitoringClient, requests: Sequence[HistoryRequest]) -> list[ReadingHistory]:
    """The stored readings new wall charts open with; a device removed meanwhile is left out."""
    found = []
    for request in requests:
        with contextlib.suppress(NotFoundError):
            found.append(client.history(request.device_id, request.metric, request.start, request.end,
                                        request.resolution))
    return found


def _find(node: RegionNode, adcode: str) -> RegionNode | None:
    if node.adcode == adcode:
        return node
    for child in node.children:
        found = _find(child, adcode)
        if found is not None:
            return found
    return None
