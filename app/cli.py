"""Command-line options of the desktop client (shared by main.py and app.main)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from domain.wall import WALL_SCENES


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sandtable",
        description="Sandtable: GIS client of the Guangdong construction quality and safety supervision platform.",
    )
    parser.add_argument("--server", metavar="URL",
                        help="server to connect to; without it an embedded server with demo data is started")
    parser.add_argument("--wall", action="store_true",
                        help="control-room wall: a frameless full-screen kiosk started from its configuration file "
                             "(no login); quit with the configured key chord (default Ctrl+Alt+Shift+Q)")
    parser.add_argument("--wall-config", metavar="FILE", type=Path,
                        help="with --wall: the wall's configuration (TOML: server url, credential, scenes); "
                             "default: wall.toml in the user configuration directory")
    parser.add_argument("--wall-scene", choices=WALL_SCENES,
                        help="with --wall: pin this scene (with --screenshot: the scene to render)")
    parser.add_argument("--lang", choices=("zh_CN", "en"),
                        help="user interface language (default: zh_CN on a Chinese system, else en)")
    parser.add_argument("--screenshot", metavar="PNG", type=Path,
                        help="log in automatically, render the main window to PNG and exit")
    parser.add_argument("--user", metavar="NAME", help="user name to log in as (demo accounts: no password needed)")
    parser.add_argument("--demo", metavar="N", type=int,
                        help="demo mode; for the embedded server: number of demo projects to seed")
    parser.add_argument("--region", metavar="ADCODE", help="start on this region (e.g. 440100 for Guangzhou)")
    parser.add_argument("--open-project", metavar="ID", type=int, help="open this project's dossier on start")
    parser.add_argument("--show-monitoring", choices=("tab", "wall"),
                        help="with --screenshot: show the opened project's Monitoring tab, or the monitoring wall, "
                             "and let live data arrive before the grab")
    parser.add_argument("--colour-by", choices=("status", "risk"), help="colour the map markers by status or risk")
    parser.add_argument("--choropleth", choices=("projects", "under_construction", "warnings"),
                        help="shade the districts by this measure")
    return parser


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = build_parser()
    options = parser.parse_args(list(argv))
    if (options.wall_config or options.wall_scene) and not options.wall:
        parser.error("--wall-config and --wall-scene go with --wall")
    if options.show_monitoring == "tab" and options.open_project is None:
        parser.error("--show-monitoring tab needs --open-project ID (whose dossier's Monitoring tab to show)")
    return options
