"""Monitoring workflows of more than one request, run in the worker: the control-room wall's devices in
order of urgency, the limits of many devices, the names of the projects the warnings inbox shows."""

from __future__ import annotations

from collections.abc import Iterable

from domain.monitoring_live import ACTIVE_STATES, ProjectInfo, WarningFilter, most_urgent_first
from domain.monitoring_schemas import DeviceOut, DeviceThresholds, WarningOut
from services.api_client import ApiClient
from services.errors import NotFoundError
from services.monitoring_client import MonitoringClient

WALL_DEVICES_LIMIT = 2000
ACTIVE_LIMIT = 1000
ACTIVE_WARNINGS = WarningFilter(states=ACTIVE_STATES, limit=ACTIVE_LIMIT)


def wall_devices(client: MonitoringClient) -> tuple[list[DeviceOut], list[WarningOut]]:
    """Every device in scope, most urgent first, with the active warnings (newest first) that ordered them."""
    devices = client.devices(limit=WALL_DEVICES_LIMIT)
    warnings = client.warnings(ACTIVE_WARNINGS)
    return most_urgent_first(devices, warnings), warnings


def thresholds_of(client: MonitoringClient, device_ids: Iterable[int]) -> list[DeviceThresholds]:
    """The limits of these devices; one removed or moved out of scope since it was listed is left out."""
    found = []
    for device_id in device_ids:
        try:
            found.append(client.thresholds(device_id))
        except NotFoundError:
            continue
    return found


def project_names(api: ApiClient, project_ids: Iterable[int]) -> dict[int, ProjectInfo]:
    details = [api.project(project_id) for project_id in project_ids]
    return {d.id: ProjectInfo(d.name, f"{d.city_name} {d.district_name}") for d in details}
