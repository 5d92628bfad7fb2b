"""Starting the wall: the kiosk window at once, then its configuration. Without a usable configuration the
window says what is wrong and where, and reads the file again every few seconds; with one, the controller
takes over. Never a dialog: nobody at a wall can answer one."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from app.error_text import describe_wall_config_error
from app.wall import wall_text
from app.wall.config_file import read_config
from app.wall.controller import CONFIG_RECHECK_S, WallController
from app.worker import Worker
from domain.wall import WALL_SCENES
from domain.wall_config import DEFAULT_QUIT_CHORD, WallConfig, WallConfigError
from services.api_client import ApiClient
from widgets.wall.scenes import WallScenes, build_scenes
from widgets.wall.style import WallStyle
from widgets.wall.wall_window import WallWindow

log = logging.getLogger(__name__)


class WallShell(QObject):
    sig_exit_requested = Signal(int)
    sig_controller_started = Signal(object)  # WallController

    def __init__(self, worker: Worker, config_path: Path, *, style: WallStyle, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.config_path = config_path
        self.style = style
        self.controller: WallController | None = None
        self.window: WallWindow | None = None
        self.scenes: WallScenes | None = None
        self._config_error: WallConfigError | None = None
        self._recheck = QTimer(self)
        self._recheck.setInterval(CONFIG_RECHECK_S * 1000)
        self._recheck.timeout.connect(self._try_config)

    def start(self, *, full_screen: bool = True) -> WallWindow:
        """Show the window (full screen on a wall) and start from the configuration file."""
        config = self._read()
        window = WallWindow(self.style, quit_chord=config.quit_chord if config else DEFAULT_QUIT_CHORD,
                            playlist=[slot.name for slot in config.scenes] if config else WALL_SCENES)
        window.sig_quit_requested.connect(self._quit)
        self.window = window
        self.scenes = build_scenes(self.style, window)
        if full_screen:
            window.showFullScreen()
        else:
            window.show()
        if config is not None:
            self._start_controller(config)
        else:
            self._show_config_error()
            self._recheck.start()
        return window

    def _read(self) -> WallConfig | None:
        try:
            return read_config(self.config_path)
        except WallConfigError as error:
            log.warning("wall configuration %s: %s", self.config_path, error)
            self._config_error = error
            return None

    @Slot()
    def _try_config(self) -> None:
        config = self._read()
        if config is None:
            self._show_config_error()
            return
        self._recheck.stop()
        assert self.window is not None
        self.window.playlist = tuple(slot.name for slot in config.scenes)
        self.window.quit_shortcut.setKey(config.quit_chord)
        self._start_controller(config)

    def _show_config_error(self) -> None:
        if self.window is not None and self._config_error is not None:
            title, detail = describe_wall_config_error(self._config_error, str(self.config_path))
            self.window.show_notice(title, detail, wall_text.waiting_for_config_text(str(self.config_path)))

    def _start_controller(self, config: WallConfig) -> None:
        assert self.window is not None and self.scenes is not None
        controller = WallController(ApiClient(config.server_url), self.worker, config, self.window, self.scenes,
                                    config_path=self.config_path, parent=self)
        controller.sig_quit_requested.connect(self._quit)
        self.controller = controller
        controller.start()
        self.sig_controller_started.emit(controller)

    @Slot()
    def _quit(self) -> None:
        log.info("the wall's quit chord was used")
        if self.controller is not None:
            self.controller.stop()
        if self.window is not None:
            self.window.allow_close()
            self.window.close()
        self.sig_exit_requested.emit(0)
