"""Table model over the monitoring devices of a project: kind, code, online state, last contact, last values.

Rows are updated in place as readings and warnings arrive (the project's few devices stay live)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from domain.live_series import severity_band
from domain.monitoring import Severity, WarningType
from domain.monitoring_live import KIND_METRICS, LiveReading, worst
from domain.monitoring_schemas import DeviceOut, WarningOut
from widgets.common.formatting import short_datetime_text
from widgets.common.table_model import Column, RecordTableModel
from widgets.common.translate import QT_TRANSLATE_NOOP
from widgets.labels import label, metric_label
from widgets.monitoring_text import display_unit

# The provincial default offline timeout (resources/thresholds, [offline] timeout_s). The API reports
# offline devices as OFFLINE warnings; this only words "silent" devices that have not reached it yet.
ONLINE_WITHIN = dt.timedelta(seconds=600)
SHOWN_VALUES = 3
STATE_COLOURS = {"online": QColor("#1e8449"), "offline": QColor("#c0392b"), "silent": QColor("#b9770e"),
                 "never": QColor("#7f8c8d")}
WARNING_COLOURS = {"alarm": QColor("#c0392b"), "warning": QColor("#b9770e")}


@dataclass
class DeviceRow:
    device: DeviceOut
    values: dict[str, float]
    last_seen: dt.datetime | None
    offline: bool = False
    worst: Severity | None = None  # most severe active warning

    def state(self, now: dt.datetime) -> str:
        if self.offline:
            return "offline"
        if self.last_seen is None:
            return "never"
        return "online" if now - self.last_seen < ONLINE_WITHIN else "silent"


STATE_TEXT = {
    "online": QT_TRANSLATE_NOOP("DeviceTableModel", "Online"),
    "offline": QT_TRANSLATE_NOOP("DeviceTableModel", "Offline"),
    "silent": QT_TRANSLATE_NOOP("DeviceTableModel", "Silent"),
    "never": QT_TRANSLATE_NOOP("DeviceTableModel", "No data yet"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeviceTableModel", text)


def _values(row: DeviceRow) -> str:
    order = [m for m in KIND_METRICS.get(row.device.kind, ()) if m in row.values]
    order += sorted(m for m in row.values if m not in order)
    return " · ".join(f"{metric_label(m)} {row.values[m]:.4g} {display_unit(m)}".strip()
                      for m in order[:SHOWN_VALUES]) or "—"


def _state(row: DeviceRow) -> str:
    return row.state(dt.datetime.now(dt.UTC))


def device_columns() -> list[Column[DeviceRow]]:
    return [
        Column(_tr(QT_TRANSLATE_NOOP("DeviceTableModel", "Kind")), lambda r: label(r.device.kind)),
        Column(_tr(QT_TRANSLATE_NOOP("DeviceTableModel", "Code")), lambda r: r.device.code),
        Column(_tr(QT_TRANSLATE_NOOP("DeviceTableModel", "Name")), lambda r: r.device.name,
               tooltip=lambda r: r.device.install_position or None),
        Column(_tr(QT_TRANSLATE_NOOP("DeviceTableModel", "State")), lambda r: _tr(STATE_TEXT[_state(r)]),
               colour=lambda r: STATE_COLOURS[_state(r)]),
        Column(_tr(QT_TRANSLATE_NOOP("DeviceTableModel", "Last seen")), lambda r: short_datetime_text(r.last_seen)),
        Column(_tr(QT_TRANSLATE_NOOP("DeviceTableModel", "Active warning")),
               lambda r: label(r.worst) if r.worst is not None else "—",
               colour=lambda r: WARNING_COLOURS[severity_band(r.worst)] if r.worst is not None else None),
        Column(_tr(QT_TRANSLATE_NOOP("DeviceTableModel", "Last values")), _values),
    ]


class DeviceTableModel(RecordTableModel[DeviceRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(device_columns(), parent, key=lambda row: row.device.id)
        self._active: dict[int, dict[int, WarningOut]] = {}  # device -> warning id -> active warning

    @property
    def devices(self) -> list[DeviceOut]:
        return [row.device for row in self._rows]

    def row_of(self, device_id: int) -> DeviceRow | None:
        position = self.find(device_id)
        return self._rows[position] if position is not None else None

    def set_devices(self, devices: Sequence[DeviceOut]) -> None:
        rows = [DeviceRow(device=d, values={}, last_seen=d.last_seen_at) for d in devices]
        for row in rows:
            self._refresh_warnings(row)
        self.set_rows(rows)

    def add_readings(self, device_id: int, readings: Sequence[LiveReading]) -> None:
        position = self.find(device_id)
        if position is None or not readings:
            return
        row = self._rows[position]
        for reading in sorted(readings, key=lambda r: r.ts):
            row.values[reading.metric] = reading.value
        row.last_seen = dt.datetime.now(dt.UTC)
        self.refresh_row(position)

    def apply_warning(self, warning: WarningOut) -> None:
        active = self._active.setdefault(warning.device_id, {})
        if warning.state.is_active:
            active[warning.id] = warning
        else:
            active.pop(warning.id, None)
        position = self.find(warning.device_id)
        if position is not None:
            self._refresh_warnings(self._rows[position])
            self.refresh_row(position)

    def _refresh_warnings(self, row: DeviceRow) -> None:
        active = list(self._active.get(row.device.id, {}).values())
        row.offline = any(w.type is WarningType.OFFLINE for w in active)
        row.worst = worst([w.severity for w in active])
