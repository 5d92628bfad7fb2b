"""The wall's configuration file (TOML): where the server is, the wall's credential, the playlist.

A wall is a device, not a person: it starts from this file without a login dialog. The file is read by the
client (`app/wall/config_file.py`); this module only parses its text, so every rule is testable without I/O.
A problem is reported as a `WallConfigError` with a code and where it is, which the client words for the
full-screen notice (an operator at the wall must be able to fix the file from what the screen says).

    [server]
    url = "https://sandtable.gdjs.gov.cn"
    credential = "wk_…"                  # issued once by an administrator (python -m server admin …)

    [display]
    refresh_s = 30                       # full refresh period; the push stream carries changes meanwhile
    interrupt_s = 45                     # how long a new critical alarm holds the screen
    quit_chord = "Ctrl+Alt+Shift+Q"      # the only way to quit from the keyboard
    sound = true                         # a bell with a new critical alarm

    [[scenes]]
    name = "overview"
    dwell_s = 40
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from typing import Any

from domain.wall import WALL_SCENES

DEFAULT_DWELL_S = 30.0
DEFAULT_REFRESH_S = 30.0
DEFAULT_INTERRUPT_S = 45.0
DEFAULT_QUIT_CHORD = "Ctrl+Alt+Shift+Q"
MIN_DWELL_S = 1.0
MIN_REFRESH_S = 1.0
MAX_CONFIG_BYTES = 64 * 1024
_HTTP_URL = re.compile(r"^https?://(\[[0-9a-f:.]+\]|[^/\s:?#\[\]]+)(:\d{1,5})?(/\S*)?$", re.IGNORECASE)  # a host, maybe a port and path


class WallConfigError(ValueError):
    """`code`: not_toml | too_large | missing | wrong_type | out_of_range | unknown_scene | bad_url |
    unknown_key; `where`: the key (e.g. "server.url", "scenes[2].name"); `detail`: the offending value or
    the parser's message."""

    def __init__(self, code: str, where: str = "", detail: str = "") -> None:
        super().__init__(f"{code} at {where or 'file'}: {detail}")
        self.code = code
        self.where = where
        self.detail = detail


@dataclass(frozen=True)
class SceneSlot:
    name: str
    dwell_s: float = DEFAULT_DWELL_S


@dataclass(frozen=True)
class WallConfig:
    server_url: str
    credential: str
    scenes: tuple[SceneSlot, ...] = field(default_factory=lambda: tuple(SceneSlot(n) for n in WALL_SCENES))
    refresh_s: float = DEFAULT_REFRESH_S
    interrupt_s: float = DEFAULT_INTERRUPT_S
    quit_chord: str = DEFAULT_QUIT_CHORD
    sound: bool = True

    def to_toml(self) -> str:
        """The file that parses back to this configuration (written by the demo start and the tests)."""
        lines = ["[server]", f"url = {_quoted(self.server_url)}", f"credential = {_quoted(self.credential)}", "",
                 "[display]", f"refresh_s = {self.refresh_s:g}", f"interrupt_s = {self.interrupt_s:g}",
                 f"quit_chord = {_quoted(self.quit_chord)}", f"sound = {'true' if self.sound else 'false'}"]
        for slot in self.scenes:
            lines += ["", "[[scenes]]", f"name = {_quoted(slot.name)}", f"dwell_s = {slot.dwell_s:g}"]
        return "\n".join(lines) + "\n"


def parse_wall_config(text: str) -> WallConfig:
    if len(text.encode("utf-8", errors="replace")) > MAX_CONFIG_BYTES:
        raise WallConfigError("too_large", "", f"{MAX_CONFIG_BYTES} bytes")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise WallConfigError("not_toml", "", str(exc)) from exc
    _known(data, "", {"server", "display", "scenes"})
    server = _table(data, "server", required=True)
    _known(server, "server.", {"url", "credential"})
    display = _table(data, "display", required=False)
    _known(display, "display.", {"refresh_s", "interrupt_s", "quit_chord", "sound"})
    url = _string(server, "server.url", "url")
    if not _HTTP_URL.match(url):
        raise WallConfigError("bad_url", "server.url", url)
    credential = _string(server, "server.credential", "credential")
    return WallConfig(
        server_url=url.rstrip("/"), credential=credential, scenes=_scenes(data),
        refresh_s=_seconds(display, "display.refresh_s", "refresh_s", DEFAULT_REFRESH_S, MIN_REFRESH_S),
        interrupt_s=_seconds(display, "display.interrupt_s", "interrupt_s", DEFAULT_INTERRUPT_S, MIN_DWELL_S),
        quit_chord=_string(display, "display.quit_chord", "quit_chord", DEFAULT_QUIT_CHORD),
        sound=_boolean(display, "display.sound", "sound", True))


def _scenes(data: dict[str, Any]) -> tuple[SceneSlot, ...]:
    raw = data.get("scenes")
    if raw is None:
        return tuple(SceneSlot(name) for name in WALL_SCENES)
    if not isinstance(raw, list) or not raw:
        raise WallConfigError("wrong_type", "scenes", "a non-empty array of [[scenes]] tables")
    slots = []
    for index, entry in enumerate(raw):
        where = f"scenes[{index + 1}]"
        if not isinstance(entry, dict):
            raise WallConfigError("wrong_type", where, "a table with name and dwell_s")
        _known(entry, f"{where}.", {"name", "dwell_s"})
        name = _string(entry, f"{where}.name", "name")
        if name not in WALL_SCENES:
            raise WallConfigError("unknown_scene", f"{where}.name", name)
        slots.append(SceneSlot(name, _seconds(entry, f"{where}.dwell_s", "dwell_s", DEFAULT_DWELL_S, MIN_DWELL_S)))
    return tuple(slots)


def _table(data: dict[str, Any], key: str, *, required: bool) -> dict[str, Any]:
    value = data.get(key)
    if value is None:
        if required:
            raise WallConfigError("missing", key, "")
        return {}
    if not isinstance(value, dict):
        raise WallConfigError("wrong_type", key, "a table")
    return value


def _known(table: dict[str, Any], prefix: str, keys: set[str]) -> None:
    """A misspelt key ("dwel_s") would silently fall back to a default: refuse it instead."""
    for key in table:
        if key not in keys:
            raise WallConfigError("unknown_key", f"{prefix}{key}", ", ".join(sorted(keys)))


def _string(table: dict[str, Any], where: str, key: str, default: str | None = None) -> str:
    value = table.get(key, default)
    if value is None:
        raise WallConfigError("missing", where, "")
    if not isinstance(value, str):
        raise WallConfigError("wrong_type", where, "text in quotes")
    if not value.strip():
        raise WallConfigError("missing", where, "empty")
    return value.strip()


def _seconds(table: dict[str, Any], where: str, key: str, default: float, minimum: float) -> float:
    value = table.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise WallConfigError("wrong_type", where, "a number of seconds")
    if not minimum <= value <= 24 * 3600:
        raise WallConfigError("out_of_range", where, f"{value:g}")
    return float(value)


def _boolean(table: dict[str, Any], where: str, key: str, default: bool) -> bool:
    value = table.get(key, default)
    if not isinstance(value, bool):
        raise WallConfigError("wrong_type", where, "true or false")
    return value


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
