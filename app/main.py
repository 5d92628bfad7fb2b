"""Start the Qt client against a server URL: application object, language, font, session shell."""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from pyqtgraph.util.garbage_collector import GarbageCollector
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app import i18n
from app.cli import parse_args
from app.demo_accounts import DEFAULT_DEMO_USER, DEMO_PASSWORD
from app.settings import APPLICATION, ORGANIZATION, ClientSettings
from app.shell import Shell
from app.wall.config_file import default_config_path
from app.wall.controller import WallController
from app.wall.shell import WallShell
from app.worker import Worker
from services.api_client import ApiClient
from widgets.wall.style import WallStyle

log = logging.getLogger(__name__)

SCREENSHOT_SIZE = (1600, 1000)
WALL_SCREENSHOT_SIZE = (1920, 1080)
WALL_SETTLE_MS = 15_000  # every device reports within 10 s in the demo: figures and charts are then live
WALL_RELOAD_WAIT_MS = 8000  # the last refresh before the grab: how long it may take
WALL_CONFIG_SETTLE_MS = 3000  # no usable configuration: the notice is the picture
SCREENSHOT_TIMEOUT_MS = 180_000
SCREENSHOT_SETTLE_MS = 1500  # let the layout, the map's fit-to-region and the last repaint settle
MONITORING_SETTLE_MS = 25_000  # the demo simulator sends every 10 s: let two rounds reach the charts
MONITORING_DOSSIER_WIDTH = 900
CJK_FONTS = ("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC")


def run(argv: Sequence[str], *, server_url: str | None = None, demo: bool | None = None) -> int:
    """Run the client; ``server_url`` overrides ``--server`` (main.py passes the embedded server's)."""
    options = parse_args(argv)
    url = server_url or options.server
    if not url:
        print("sandtable: no server URL (use --server URL, or start through main.py)", file=sys.stderr)
        return 2
    demo_mode = demo if demo is not None else options.demo is not None
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "sandtable"])
    assert isinstance(app, QApplication)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app.setQuitOnLastWindowClosed(False)  # the shell decides when the session ends
    # Python's cyclic GC runs in whichever thread allocates when a threshold is crossed; a cycle holding a
    # Qt object collected in a worker or the push-stream thread destroys it there, and Qt may crash. So
    # automatic collection is off and a GUI-thread timer collects instead (pyqtgraph's recipe).
    garbage_collector = GarbageCollector(interval=1.0)
    language = options.lang or i18n.default_language()
    i18n.install_translators(app, language)  # parented to app: they live as long as it does
    _use_cjk_font(app, language)

    screenshot_dir = tempfile.TemporaryDirectory(prefix="sandtable-shot-") if options.screenshot else None
    settings = ClientSettings(
        QSettings(str(Path(screenshot_dir.name) / "settings.ini"), QSettings.Format.IniFormat)
        if screenshot_dir else None
    )
    worker = Worker(app)
    if options.wall:
        return _run_wall(app, worker, options, garbage_collector, screenshot_dir)
    api = ApiClient(url)
    shell = Shell(api, worker, settings, demo=demo_mode)
    shell.sig_exit_requested.connect(app.exit)

    if options.region:
        settings.set_last_region(options.user or DEFAULT_DEMO_USER, options.region)
    if options.colour_by:
        settings.colour_mode = options.colour_by
    if options.choropleth:
        settings.choropleth_measure = options.choropleth
    if options.open_project is not None:
        shell.sig_session_ready.connect(lambda: shell.controller and shell.controller.open_project(options.open_project))
    if options.screenshot:
        _arrange_screenshot(app, shell, options.screenshot, wait_dossier=options.open_project is not None,
                            monitoring=options.show_monitoring)
        shell.login_directly(options.user or DEFAULT_DEMO_USER, DEMO_PASSWORD)
    else:
        shell.show_login(options.user or "")
    return _exec(app, worker, garbage_collector, screenshot_dir)


def _exec(app: QApplication, worker: Worker, garbage_collector: GarbageCollector,
          screenshot_dir: tempfile.TemporaryDirectory[str] | None) -> int:
    """Run the event loop; then let the worker finish (it may hold the last requests) and clean up."""
    try:
        return app.exec()
    finally:
        garbage_collector.timer.stop()
        worker.wait_for_done(35_000)
        if screenshot_dir is not None:
            screenshot_dir.cleanup()


def _run_wall(app: QApplication, worker: Worker, options: argparse.Namespace, garbage_collector: GarbageCollector,
              screenshot_dir: tempfile.TemporaryDirectory[str] | None) -> int:
    """The control-room wall: a kiosk window started from its configuration file, no login dialog."""
    screen = app.primaryScreen()
    height = WALL_SCREENSHOT_SIZE[1] if options.screenshot or screen is None else screen.geometry().height()
    shell = WallShell(worker, options.wall_config or default_config_path(), style=WallStyle.for_height(height))
    shell.sig_exit_requested.connect(app.exit)
    if options.wall_scene:
        shell.sig_controller_started.connect(lambda controller: controller.pin_when_loaded(options.wall_scene))
    if options.screenshot:
        _arrange_wall_screenshot(app, shell, options.screenshot, options.wall_scene)
        window = shell.start(full_screen=False)
        window.resize(*WALL_SCREENSHOT_SIZE)
    else:
        shell.start()
    return _exec(app, worker, garbage_collector, screenshot_dir)


def _arrange_wall_screenshot(app: QApplication, shell: WallShell, path: Path, scene: str | None) -> None:
    """Grab the wall once its first data is on screen (the grid: after live readings had time to arrive);
    a wall that cannot start (no configuration, refused credential) is grabbed with its notice."""
    def grab() -> None:
        window = shell.window
        path.parent.mkdir(parents=True, exist_ok=True)
        if window is not None and window.grab().save(str(path)):
            app.exit(0)
        else:
            print(f"sandtable: could not write {path}", file=sys.stderr)
            app.exit(1)

    pending = {"reload"}

    def on_controller(controller: WallController) -> None:
        def first_data() -> None:  # let live data flow, then load the figures once more and grab them
            controller.sig_refreshed.disconnect(first_data)
            QTimer.singleShot(WALL_SETTLE_MS, reload)

        def reload() -> None:
            controller.sig_refreshed.connect(settled)
            controller.refresh()
            QTimer.singleShot(WALL_RELOAD_WAIT_MS, settled)  # the server may be gone: the banner is the picture

        def settled() -> None:
            if not pending:
                return
            pending.clear()
            controller.sig_refreshed.disconnect(settled)
            QTimer.singleShot(SCREENSHOT_SETTLE_MS, grab)

        controller.sig_refreshed.connect(first_data)
        controller.session.sig_failed.connect(lambda _error: QTimer.singleShot(SCREENSHOT_SETTLE_MS, grab))

    shell.sig_controller_started.connect(on_controller)

    def grab_notice() -> None:  # no usable configuration: the notice is the picture
        if shell.controller is None:
            grab()

    QTimer.singleShot(WALL_CONFIG_SETTLE_MS, grab_notice)
    watchdog = QTimer(app)
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(lambda: (print("sandtable: timed out waiting for the wall's data", file=sys.stderr),
                                      app.exit(1)))
    watchdog.start(SCREENSHOT_TIMEOUT_MS)


def _use_cjk_font(app: QApplication, language: str) -> None:
    """Prefer a CJK UI font for Chinese so glyphs do not mix fonts of different heights."""
    if language != "zh_CN":
        return
    available = set(QFontDatabase.families())
    family = next((f for f in CJK_FONTS if f in available), None)
    if family is None:
        log.warning("no CJK font found (install fonts-noto-cjk or fonts-wqy-microhei): Chinese may not render")
        return
    font = QFont(app.font())
    font.setFamilies([family, *font.families()])
    app.setFont(font)


def _arrange_screenshot(app: QApplication, shell: Shell, path: Path, *, wait_dossier: bool = False,
                        monitoring: str | None = None) -> None:
    """Grab the main window once the tree, the first page and the map markers (and the dossier, when one
    was asked for) are shown, then exit. With `monitoring`, the dossier's Monitoring tab (or the floating
    monitoring wall, which is then the picture) is shown and live data gets time to arrive."""
    pending = {"points", "session", *(("dossier",) if wait_dossier else ()), *(("monitoring",) if monitoring else ())}

    def grab() -> None:
        window = shell.window
        if window is None:
            print("sandtable: the main window is gone, no screenshot", file=sys.stderr)
            app.exit(1)
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        target = window.grid_dock if monitoring == "wall" else window
        if target.grab().save(str(path)):
            app.exit(0)
        else:
            print(f"sandtable: could not write {path}", file=sys.stderr)
            app.exit(1)

    def settled(what: str) -> None:
        if what not in pending:
            return
        pending.discard(what)
        if not pending:
            QTimer.singleShot(MONITORING_SETTLE_MS if monitoring else SCREENSHOT_SETTLE_MS, grab)

    def show_monitoring_tab(project_id: int) -> None:
        controller = shell.controller
        dossier = controller.dossiers.dossier(project_id) if controller is not None else None
        if dossier is None or dossier.monitoring is None or shell.window is None:
            return
        dossier.setCurrentWidget(dossier.monitoring)
        shell.window.resizeDocks([shell.window.dossier_docks[-1]], [MONITORING_DOSSIER_WIDTH],
                                 Qt.Orientation.Horizontal)
        settled("monitoring")

    def on_ready() -> None:
        window = shell.window
        controller = shell.controller
        if window is not None:
            window.showNormal()
            window.resize(*SCREENSHOT_SIZE)
            window.map_view.sig_points_drawn.connect(lambda _count: settled("points"))
            if window.map_view.drawn_count is not None:
                settled("points")
        if controller is not None:
            controller.dossiers.sig_dossier_opened.connect(lambda _id: settled("dossier"))
            workspace = controller.reporting.workspace  # enterprises: their workspace is the picture
            if workspace is not None and workspace.workspace is None:
                pending.add("workspace")
                workspace.sig_loaded.connect(lambda: settled("workspace"))
            controller.dossiers.sig_monitoring_tab_added.connect(show_monitoring_tab)
        if monitoring == "wall" and window is not None:
            window.grid_dock.setFloating(True)
            window.grid_dock.show()
            window.grid_dock.resize(*SCREENSHOT_SIZE)
            settled("monitoring")
        settled("session")

    def on_failed(message: str) -> None:
        print(f"sandtable: login failed: {message}", file=sys.stderr)
        app.exit(1)

    def on_timeout() -> None:
        print("sandtable: timed out waiting for the main window to load", file=sys.stderr)
        app.exit(1)

    shell.sig_session_ready.connect(on_ready)
    shell.sig_login_failed.connect(on_failed)
    watchdog = QTimer(app)
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(on_timeout)
    watchdog.start(SCREENSHOT_TIMEOUT_MS)
