"""Reading the wall's configuration file (its rules are in `domain.wall_config`)."""

from __future__ import annotations

from pathlib import Path

import platformdirs

from domain.wall_config import MAX_CONFIG_BYTES, WallConfig, WallConfigError, parse_wall_config


def default_config_path() -> Path:
    return Path(platformdirs.user_config_dir("sandtable")) / "wall.toml"


def read_config(path: Path) -> WallConfig:
    """The configuration in `path`; any problem (no file included) as a `WallConfigError`."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_CONFIG_BYTES + 1)
    except FileNotFoundError as exc:
        raise WallConfigError("no_file", "", str(path)) from exc
    except OSError as exc:
        raise WallConfigError("unreadable", "", exc.strerror or type(exc).__name__) from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise WallConfigError("not_toml", "", "not UTF-8 text") from exc
    return parse_wall_config(text)
