"""Table model over the monitoring devices of a project: kind, code, online state, last contact, last values."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from domain.monitoring import Severity, WarningType
from domain.monitoring_schemas import DeviceOut, WarningOut
from services.monitoring_client import LiveReading
from widgets.labels import label, metric_label
from widgets.live_chart import KIND_METRICS, SEVERITY_RANK, display_unit

ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
# The provincial default offline timeout (resources/thresholds, [offline] timeout_s). The API reports
# offline devices as OFFLINE warnings; this only words "silent" devices that have not reached it yet.
ONLINE_WITHIN = dt.timedelta(seconds=600)
SHOWN_VALUES = 3
DEVICE_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_COLOURS = {"online": QColor("#1e8449"), "offline": QColor("#c0392b"), "silent": QColor("#b9770e"),
                 "never": QColor("#7f8c8d")}


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


def _when(moment: dt.datetime | None) -> str:
    if moment is None:
        return "—"
    return QLocale().toString(moment.astimezone().replace(tzinfo=None), QLocale.FormatType.ShortFormat)


def _values(row: DeviceRow) -> str:
    order = [m for m in KIND_METRICS.get(row.device.kind, ()) if m in row.values]
    order += sorted(m for m in row.values if m not in order)
    return " · ".join(f"{metric_label(m)} {row.values[m]:.4g} {display_unit(m)}".strip()
                      for m in order[:SHOWN_VALUES]) or "—"


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[DeviceRow, dt.datetime], str]


COLUMNS: tuple[Column, ...] = (
    Column(QT_TRANSLATE_NOOP("DeviceTableModel", "Kind"), lambda r, _n: label(r.device.kind)),
    Column(QT_TRANSLATE_NOOP("DeviceTableModel", "Code"), lambda r, _n: r.device.code),
    Column(QT_TRANSLATE_NOOP("DeviceTableModel", "Name"), lambda r, _n: r.device.name),
    Column(QT_TRANSLATE_NOOP("DeviceTableModel", "State"), lambda r, n: _tr(STATE_TEXT[r.state(n)])),
    Column(QT_TRANSLATE_NOOP("DeviceTableModel", "Last seen"), lambda r, _n: _when(r.last_seen)),
    Column(QT_TRANSLATE_NOOP("DeviceTableModel", "Active warning"),
           lambda r, _n: label(r.worst) if r.worst is not None else "—"),
    Column(QT_TRANSLATE_NOOP("DeviceTableModel", "Last values"), lambda r, _n: _values(r)),
)
STATE_COLUMN = 3
WARNING_COLUMN = 5


class DeviceTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[DeviceRow] = []
        self._index: dict[int, int] = {}
        self._active: dict[int, dict[int, WarningOut]] = {}  # device -> warning id -> active warning

    @property
    def devices(self) -> list[DeviceOut]:
        return [row.device for row in self._rows]

    def row_of(self, device_id: int) -> DeviceRow | None:
        position = self._index.get(device_id)
        return self._rows[position] if position is not None else None

    def set_devices(self, devices: Sequence[DeviceOut]) -> None:
        self.beginResetModel()
        self._rows = [DeviceRow(device=d, values={}, last_seen=d.last_seen_at) for d in devices]
        self._index = {row.device.id: i for i, row in enumerate(self._rows)}
        for device_id in self._index:
            self._refresh_warnings(device_id)
        self.endResetModel()

    def add_readings(self, device_id: int, readings: Sequence[LiveReading]) -> None:
        row = self.row_of(device_id)
        if row is None or not readings:
            return
        for reading in sorted(readings, key=lambda r: r.ts):
            row.values[reading.metric] = reading.value
        row.last_seen = dt.datetime.now(dt.UTC)
        self._changed(device_id)

    def apply_warning(self, warning: WarningOut) -> None:
        active = self._active.setdefault(warning.device_id, {})
        if warning.state.is_active:
            active[warning.id] = warning
        else:
            active.pop(warning.id, None)
        if self.row_of(warning.device_id) is not None:
            self._refresh_warnings(warning.device_id)
            self._changed(warning.device_id)

    def _refresh_warnings(self, device_id: int) -> None:
        row = self.row_of(device_id)
        if row is None:
            return
        active = list(self._active.get(device_id, {}).values())
        row.offline = any(w.type is WarningType.OFFLINE for w in active)
        row.worst = max((w.severity for w in active), key=SEVERITY_RANK.__getitem__, default=None)

    def _changed(self, device_id: int) -> None:
        position = self._index[device_id]
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(COLUMNS) - 1))

    # --- Qt model interface --------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section].title)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[index.column()].text(row, dt.datetime.now(dt.UTC))
        if role == DEVICE_ROLE:
            return row.device.id
        if role == Qt.ItemDataRole.ForegroundRole:
            if index.column() == STATE_COLUMN:
                return STATE_COLOURS[row.state(dt.datetime.now(dt.UTC))]
            if index.column() == WARNING_COLUMN and row.worst is not None:
                return QColor("#c0392b") if SEVERITY_RANK[row.worst] > 2 else QColor("#b9770e")
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return row.device.install_position or None
        return None
