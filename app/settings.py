"""Persistent per-user client settings (window layout, last region, filters, map) over QSettings."""

from __future__ import annotations

import json

from PySide6.QtCore import QByteArray, QSettings

from domain.enums import CoordSystem
from maps.page import TileLayer

ORGANIZATION = "Sandtable"
APPLICATION = "Sandtable"


class ClientSettings:
    """Typed accessors so keys and value types live in one place."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings(ORGANIZATION, APPLICATION)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @property
    def window_geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._store.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._store.setValue("window/state", value)

    def last_region(self, username: str) -> str | None:
        """The region the user last looked at; per user because scopes differ between accounts."""
        value = self._store.value(f"regions/{username}")
        return str(value) if value else None

    def set_last_region(self, username: str, adcode: str | None) -> None:
        self._store.setValue(f"regions/{username}", adcode or "")

    @property
    def last_username(self) -> str:
        return str(self._store.value("login/username", "") or "")

    @last_username.setter
    def last_username(self, value: str) -> None:
        self._store.setValue("login/username", value)

    def filters(self, username: str) -> dict[str, object]:
        """The filter bar's last state for this user (empty when none or unreadable)."""
        try:
            value = json.loads(str(self._store.value(f"filters/{username}", "") or "{}"))
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}

    def set_filters(self, username: str, state: dict[str, object]) -> None:
        self._store.setValue(f"filters/{username}", json.dumps(state, ensure_ascii=False))

    @property
    def colour_mode(self) -> str:
        return str(self._store.value("map/colour_mode", "status") or "status")

    @colour_mode.setter
    def colour_mode(self, value: str) -> None:
        self._store.setValue("map/colour_mode", value)

    @property
    def choropleth_measure(self) -> str:
        return str(self._store.value("map/choropleth", "") or "")

    @choropleth_measure.setter
    def choropleth_measure(self, value: str) -> None:
        self._store.setValue("map/choropleth", value)

    @property
    def tile_layer(self) -> TileLayer | None:
        """The agency's raster tile server, if configured (off by default: boundaries only)."""
        url = str(self._store.value("map/tile_url", "") or "").strip()
        if not url:
            return None
        try:
            system = CoordSystem(str(self._store.value("map/tile_crs", CoordSystem.WGS84.value)))
        except ValueError:
            system = CoordSystem.WGS84
        return TileLayer(url=url, attribution=str(self._store.value("map/tile_attribution", "") or ""), system=system)

    @tile_layer.setter
    def tile_layer(self, tile: TileLayer | None) -> None:
        self._store.setValue("map/tile_url", tile.url if tile else "")
        self._store.setValue("map/tile_attribution", tile.attribution if tile else "")
        self._store.setValue("map/tile_crs", tile.system.value if tile else CoordSystem.WGS84.value)

    def sync(self) -> None:
        self._store.sync()
