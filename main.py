"""Desktop entry point and composition root: the only module that imports both server and client.

    python main.py [--server URL] [--wall] [--lang zh_CN|en] [--screenshot PNG] [--user NAME] [--demo N]

Without --server an embedded server (SQLite in the user data directory, demo data seeded once) is
started in-process; the client talks to it over HTTP exactly as it would to a remote server.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli import parse_args

if TYPE_CHECKING:
    from server.embedded import EmbeddedServer

DEFAULT_DEMO_PROJECTS = 3000
HEADLESS_SCREENSHOT = Path("sandtable.png")


def _has_display() -> bool:
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM"))


def main(argv: list[str]) -> int:
    options = parse_args(argv)
    # Chromium (QtWebEngine) refuses its sandbox as root and has no GPU on servers and in CI.
    os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")
    headless = not _has_display()
    if headless:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        if options.screenshot is None:
            argv = [*argv, "--screenshot", str(HEADLESS_SCREENSHOT)]
            options.screenshot = HEADLESS_SCREENSHOT

    from app.main import run  # after the environment is set: Qt reads it when it starts

    if options.server:
        code = run(argv)
    else:
        from platformdirs import user_data_dir

        from server.embedded import start_embedded_server

        data_dir = Path(user_data_dir("sandtable"))
        data_dir.mkdir(parents=True, exist_ok=True)
        print(f"Starting the embedded server (database {data_dir / 'sandtable.db'})…", flush=True)
        # simulate: the demo devices stream live data, so charts and warnings move from the first start
        server = start_embedded_server(db_path=data_dir / "sandtable.db",
                                       demo_projects=options.demo or DEFAULT_DEMO_PROJECTS, simulate=True)
        try:
            if options.wall and options.wall_config is None:
                argv = [*argv, "--wall-config", str(_demo_wall_config(server, data_dir))]
            code = run(argv, server_url=server.url, demo=True)
        finally:
            server.stop()
    if code == 0 and options.screenshot is not None:
        where = "No display found: rendered the main window offscreen to" if headless else "Saved a screenshot to"
        print(f"{where} {options.screenshot}")
    return code


def _demo_wall_config(server: EmbeddedServer, data_dir: Path) -> Path:
    """The demo wall's configuration: a fresh credential for the whole province on this start's address."""
    from server.embedded import demo_wall_config

    path = data_dir / "demo-wall.toml"
    path.write_text(demo_wall_config(server, data_dir / "sandtable.db").to_toml(), encoding="utf-8")
    return path


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
