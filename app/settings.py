"""Persistent per-user client settings (window layout, last region, last user) over QSettings."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

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

    def sync(self) -> None:
        self._store.sync()
