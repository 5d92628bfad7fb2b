"""The wall's controller: an unattended session, full refreshes plus the push stream, the playlist, and
honesty about staleness.

- Data: every `refresh_s` (and at once after a reconnect, a renewed session or a pushed warning) one
  worker job loads the summary, the map's projects, the grid's devices (`services.wall_workflows`); the push
  stream carries readings and warnings between refreshes.
- Staleness (`domain.wall_freshness`): checked every second; a stale wall keeps its last figures, dimmed,
  under a full-width banner saying since when. After a reconnect the banner stays until a reload asked for
  after the reconnect has arrived.
- Session (`app.wall.session`): renewed before expiry and whenever a request or the stream says the token
  stopped working; a refused credential is a full-screen notice, and the wall then re-reads its
  configuration file until it holds a credential the server accepts (an administrator's re-issue).
- Playlist (`domain.wall_playlist`): a new critical alarm (pushed, or found by a refresh after an outage)
  interrupts the rotation with the focus scene; an operator may pin a scene with the number keys.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication

from app.error_text import describe_wall_config_error, describe_wall_session_error
from app.stream_worker import StreamWorker
from app.wall import wall_text
from app.wall.config_file import read_config
from app.wall.session import WallSession
from app.worker import Worker
from domain.monitoring import Severity, WarningState
from domain.monitoring_live import HistoryRequest, ReadingsPushed, WarningPushed
from domain.monitoring_schemas import ReadingHistory
from domain.schemas import MapFeatures
from domain.wall import AlarmsSeen, WallAlarm, new_critical_alarms
from domain.wall_config import WallConfig, WallConfigError
from domain.wall_freshness import Freshness
from domain.wall_playlist import FOCUS, Playlist
from services.api_client import ApiClient
from services.errors import ApiError, AuthenticationError, ServerUnreachableError
from services.monitoring_client import MonitoringClient
from services.wall_workflows import WallLoader, WallSnapshot, histories
from widgets.wall.scenes import WallScenes
from widgets.wall.wall_window import WallWindow

log = logging.getLogger(__name__)

TICK_MS = 1000
PUSHED_REFRESH_DELAY_MS = 150  # a burst of pushed warnings is loaded once
PUSHED_REFRESH_MIN_GAP_S = 1.0  # between loads caused by pushed changes (a new critical alarm excepted)
RETRY_DELAYS_S = (2, 5, 10, 20, 30)  # starting the session while the server is unreachable
CONFIG_RECHECK_S = 5  # a refused credential: how often the configuration file is read again
GRID_KEY = "wall-grid"
RESUBSCRIBE_GRACE_S = 3.0  # a reconnect for a new device set that takes longer is an outage


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class WallController(QObject):
    sig_alarm_shown = Signal(int)  # warning id: a new critical alarm is on screen (tests, the soak)
    sig_refreshed = Signal()  # a full refresh arrived and is shown
    sig_quit_requested = Signal()

    def __init__(self, api: ApiClient, worker: Worker, config: WallConfig, window: WallWindow, scenes: WallScenes,
                 *, config_path: Path | None = None, parent: QObject | None = None,
                 monotonic: Callable[[], float] = time.monotonic, now: Callable[[], dt.datetime] = utc_now) -> None:
        super().__init__(parent)
        self.api = api
        self.worker = worker
        self.config = config
        self.window = window
        self.scenes = scenes
        self.config_path = config_path
        self._monotonic = monotonic
        self._now = now
        self.loader = WallLoader(api)
        self.session = WallSession(api, worker, config.credential, self, now=now)
        self.session.sig_opened.connect(self._on_session_opened)
        self.session.sig_failed.connect(self._on_session_failed)
        self.stream = StreamWorker(MonitoringClient(api), self)
        self.stream.sig_readings_received.connect(self._on_readings)
        self.stream.sig_warning_changed.connect(self._on_warning)
        self.stream.sig_connection_changed.connect(self._on_connection)
        self.stream.sig_session_revoked.connect(self._on_token_refused)
        self.playlist = Playlist(config.scenes, interrupt_s=config.interrupt_s, now=monotonic())
        self.freshness = Freshness(config.refresh_s)
        self.refused = False  # the credential was refused: waiting for a new configuration
        self.refreshes = 0
        self._seen_alarms: AlarmsSeen | None = None  # None until the first refresh: old alarms do not interrupt
        self._alarms: list[WallAlarm] = []
        self._boundaries: dict[str, Any] | None = None  # the map's, kept: a refresh sends them only when changed
        self._projects: MapFeatures | None = None
        self._retry_at: float | None = None
        self._retry_index = 0
        self._ever_loaded = False
        self._pin_on_load: str | None = None
        self._resubscribing_since: float | None = None  # monotonic time of a reconnect for a new device set
        self._loading = False  # one load at a time
        self._load_again = False  # asked for while loading: once more after it
        self._last_load_started = float("-inf")

        self._tick_timer = QTimer(self)
        self._tick_timer.setInterval(TICK_MS)
        self._tick_timer.timeout.connect(self.tick)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setInterval(int(config.refresh_s * 1000))
        self._refresh_timer.timeout.connect(self.refresh)
        self._pushed_refresh = QTimer(self)
        self._pushed_refresh.setSingleShot(True)
        self._pushed_refresh.setInterval(PUSHED_REFRESH_DELAY_MS)
        self._pushed_refresh.timeout.connect(self.refresh)

        scenes.grid.sig_history_wanted.connect(self._fetch_history)
        window.sig_scene_pinned.connect(self._on_pin)
        window.sig_next_scene_requested.connect(self._on_next)
        window.sig_quit_requested.connect(self.sig_quit_requested)
        application = QApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(self.stop)

    # --- life cycle -----------------------------------------------------------------------------------

    def start(self) -> None:
        self.freshness.start(self._now())
        self.window.show_notice(*self._connecting_notice(), severe=False)
        self._tick_timer.start()
        self.session.open()

    @Slot()
    def stop(self) -> None:
        self._tick_timer.stop()
        self._refresh_timer.stop()
        self._pushed_refresh.stop()
        self.session.stop()
        self.stream.stop()

    # --- session --------------------------------------------------------------------------------------

    @Slot(object)
    def _on_session_opened(self, _token: object) -> None:
        self.refused = False
        self._retry_at = None
        self._retry_index = 0
        if not self._ever_loaded:
            self.window.show_notice(*self._connecting_notice(), severe=False)
        elif self.window.notice_shown:  # back from a refused credential: the scenes again, dimmed till reloaded
            self.window.show_scene(self.playlist.current, pinned=self.playlist.pinned is not None)
        # A new token: the stream reconnects with it (a stream on the old token would end at its expiry). A
        # live stream resumes after its last event, which is no outage; a stopped or refused one starts over.
        if self.stream.is_running and not self.stream.is_revoked:
            self._resubscribe(self.stream.reconnect)
        else:
            self.stream.stop()
            self.stream.start()
        self._refresh_timer.start()
        self.refresh()

    def _resubscribe(self, reconnect: Callable[[], bool]) -> None:
        """A deliberate reconnect of a live stream (a new device set, a renewed token): it resumes after the
        last event delivered, so it is no outage unless it takes longer than RESUBSCRIBE_GRACE_S. The flag is
        set before `reconnect`, which reports the disconnection at once."""
        starting = self.freshness.stream_up and self._resubscribing_since is None
        if starting:
            self._resubscribing_since = self._monotonic()
        if not reconnect() and starting:
            self._resubscribing_since = None

    @Slot(object)
    def _on_session_failed(self, error: Exception) -> None:
        title, detail, retrying = describe_wall_session_error(error)
        log.warning("wall session refused or failed: %s", error)
        if not retrying:
            self.refused = True
            self.stream.stop()
            self._refresh_timer.stop()
            self.session.stop()
            self._retry_at = self._monotonic() + CONFIG_RECHECK_S
            path = str(self.config_path) if self.config_path else ""
            self.window.show_notice(title, detail, wall_text.waiting_for_config_text(path) if path else "")
            return
        delay = RETRY_DELAYS_S[min(self._retry_index, len(RETRY_DELAYS_S) - 1)]
        self._retry_index += 1
        self._retry_at = self._monotonic() + delay
        if not self._ever_loaded:  # once data is shown, the banner says it is stale; no need to hide it
            self.window.show_notice(title, detail, wall_text.retry_text(delay), severe=False)

    @Slot(object)
    def _on_token_refused(self, _error: object) -> None:
        """The stream or a request says the token no longer works: open a new session with the credential."""
        self.session.open()

    def _retry_due(self) -> None:
        self._retry_at = None
        if self.refused:
            self._reread_config()
        else:
            self.session.open()

    def _reread_config(self) -> None:
        """After a refusal: a configuration with another credential (or server) starts over; else wait."""
        if self.config_path is None:
            return
        try:
            config = read_config(self.config_path)
        except WallConfigError as error:
            title, detail = describe_wall_config_error(error, str(self.config_path))
            self.window.show_notice(title, detail, wall_text.waiting_for_config_text(str(self.config_path)))
            self._retry_at = self._monotonic() + CONFIG_RECHECK_S
            return
        if config.credential == self.session.credential and config.server_url == self.api.base_url:
            self._retry_at = self._monotonic() + CONFIG_RECHECK_S
            return
        log.info("the wall configuration holds a new credential: starting a new session")
        self._apply(config)
        self.session.open()

    def _apply(self, config: WallConfig) -> None:
        """A re-issued configuration: its credential, server, periods and playlist (the quit chord is the
        window's, read at start). Another server shares nothing with the last: no cached names, alarm ids or
        stream position carry over."""
        if config.server_url != self.api.base_url:
            self.stream.stop()
            self.stream.last_event_id = None
            self.api.base_url = config.server_url
            self.loader = WallLoader(self.api)
            self._seen_alarms = None
        else:
            self.loader.forget()
        self.session.credential = config.credential
        self._refresh_timer.setInterval(int(config.refresh_s * 1000))
        self.freshness.refresh_s = config.refresh_s
        if config.scenes != self.config.scenes or config.interrupt_s != self.config.interrupt_s:
            self.playlist = Playlist(config.scenes, interrupt_s=config.interrupt_s, now=self._monotonic())
            self.window.playlist = tuple(slot.name for slot in config.scenes)
        self.config = config

    # --- data -----------------------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Load everything once; asked for while a load runs, it runs once more after it (never two at once:
        a wall may be asked often, by pushes, and must not queue loads behind a slow server)."""
        if self.refused or not self.api.is_authenticated:
            return
        if self._loading:
            self._load_again = True
            return
        self._loading = True
        self._last_load_started = self._monotonic()
        requested_at = self._now()
        self.worker.submit(self.loader.load, lambda snapshot: self._on_snapshot(requested_at, snapshot),
                           self._on_refresh_failed, channel="wall-refresh")

    def _load_done(self) -> None:
        self._loading = False
        if self._load_again:
            self._load_again = False
            self.refresh()

    def _on_snapshot(self, requested_at: dt.datetime, snapshot: WallSnapshot) -> None:
        try:
            if not self.refused:
                self._show_snapshot(requested_at, snapshot)
        finally:
            self._load_done()

    def _show_snapshot(self, requested_at: dt.datetime, snapshot: WallSnapshot) -> None:
        now = self._now()
        scenes = self.scenes
        summary = snapshot.summary
        self.window.show_scope(wall_text.scope_text(snapshot.scope_name))
        if snapshot.boundaries is not None or snapshot.projects is not None:
            self._boundaries = snapshot.boundaries or self._boundaries
            self._projects = snapshot.projects or self._projects
            if self._boundaries is not None and self._projects is not None:
                scenes.overview.show_map(self._boundaries, self._projects)
        scenes.overview.show_summary(summary)
        scenes.cases.show_summary(summary)
        self._alarms = list(summary.newest_alarms)
        scenes.alarms.show_alarms(self._alarms, summary.active_alarms, now)
        scenes.grid.show_devices(snapshot.devices)
        scenes.grid.set_thresholds(snapshot.thresholds)
        for warning in reversed(snapshot.warnings):
            scenes.grid.apply_warning(warning)
        device_ids = scenes.grid.device_ids()
        self._resubscribe(lambda: self.stream.watch(GRID_KEY, device_ids))
        if not self._ever_loaded:
            self._ever_loaded = True
            if self._pin_on_load in {slot.name for slot in self.playlist.slots}:
                self.playlist.pin(self._pin_on_load, self._monotonic())
            self.window.show_scene(self.playlist.current if self.playlist.current != FOCUS else
                                   self.playlist.rotating_scene, pinned=self.playlist.pinned is not None)
        self._follow_interrupting_alarm()
        self._interrupt_for_new_alarms()
        # Fresh only once every scene took the figures (a scene that failed leaves the banner up).
        self.freshness.refreshed(requested_at, now, summary.as_of)
        self.refreshes += 1
        self._show_freshness(now)
        self.sig_refreshed.emit()

    def _on_refresh_failed(self, error: Exception) -> None:
        self._load_done()
        log.warning("wall refresh failed: %s", error)
        if isinstance(error, AuthenticationError):
            self.session.open()
        elif isinstance(error, ServerUnreachableError) or (isinstance(error, ApiError) and error.status >= 500):
            # Stale now: a stopping server keeps the push stream open for seconds, which looks connected.
            self.freshness.refresh_failed(self._now())
            self._show_freshness(self._now())
        # anything else: the banner reports staleness after two refresh periods; the next refresh retries

    def _interrupt_for_new_alarms(self) -> None:
        """New critical alarms (`domain.wall.new_critical_alarms`) interrupt the playlist, the newest shown;
        the first refresh only learns what is already active."""
        new, self._seen_alarms = new_critical_alarms(self._seen_alarms, self._alarms)
        if not new:
            return
        alarm = max(new, key=lambda a: a.raised_at)
        self.playlist.interrupt_for(alarm.project_id, alarm.warning_id, self._monotonic())
        self._show_focus(alarm)
        for each in new:
            self.scenes.alarms.flash(each.warning_id)
        if self.config.sound:
            QApplication.beep()
        self.sig_alarm_shown.emit(alarm.warning_id)

    def _follow_interrupting_alarm(self) -> None:
        """The focus card follows its alarm (acknowledged meanwhile, a new value); a cleared alarm ends the
        interrupt at once instead of holding the screen with what is no longer true."""
        interrupt = self.playlist.interrupt
        if interrupt is None:
            return
        alarm = next((a for a in self._alarms if a.warning_id == interrupt.warning_id), None)
        if alarm is None:
            self.playlist.end_interrupt(self._monotonic())
            self.window.show_scene(self.playlist.current, pinned=self.playlist.pinned is not None)
        else:
            self._show_focus_card(alarm)

    def _show_focus_card(self, alarm: WallAlarm) -> None:
        """The focus card of `alarm`, with the project's other active alarms below it."""
        others = [a for a in self._alarms if a.project_id == alarm.project_id and a.warning_id != alarm.warning_id]
        self.scenes.focus.show_alarm(alarm, others, self._now())

    def _show_focus(self, alarm: WallAlarm) -> None:
        self._show_focus_card(alarm)
        self.window.show_scene(FOCUS)

    @Slot(object)
    def _fetch_history(self, requests: list[HistoryRequest]) -> None:
        """New grid charts open with their window's stored readings, then live ones from the stream."""
        self.worker.submit(partial(histories, MonitoringClient(self.api), requests), self._show_histories,
                           lambda error: log.warning("wall chart history failed: %s", error))

    def _show_histories(self, found: list[ReadingHistory]) -> None:
        for history in found:
            self.scenes.grid.show_history(history)

    # --- push stream ----------------------------------------------------------------------------------

    @Slot(object)
    def _on_readings(self, pushed: ReadingsPushed) -> None:
        self.scenes.grid.add_readings(pushed)

    @Slot(object)
    def _on_warning(self, pushed: WarningPushed) -> None:
        warning = pushed.warning
        self.scenes.grid.apply_warning(warning)
        # Every change moves a figure (counts, the alarm list): the summary is loaded soon, the alarm named
        # and ordered; a new critical one then interrupts the playlist (`_interrupt_for_new_alarms`). A new
        # critical alarm is loaded at once; other changes (an active warning's value) at most once a second.
        if self._pushed_refresh.isActive():
            return
        urgent = warning.severity is Severity.CRITICAL and warning.state is WarningState.ACTIVE_UNACK
        since_last = self._monotonic() - self._last_load_started
        wait_s = 0.0 if urgent else max(0.0, PUSHED_REFRESH_MIN_GAP_S - since_last)
        self._pushed_refresh.start(PUSHED_REFRESH_DELAY_MS + int(wait_s * 1000))

    @Slot(bool)
    def _on_connection(self, up: bool) -> None:
        if self._resubscribing_since is not None:
            if not up:
                return  # the reconnect for a new device set: live again within RESUBSCRIBE_GRACE_S, or stale
            self._resubscribing_since = None
            return  # resumed after the last event delivered: nothing was missed, no reload needed
        self.scenes.grid.set_link_up(up)
        if self.freshness.stream_changed(up, self._now()):
            self.loader.forget()  # after an outage nothing is assumed unchanged
            self.refresh()
        self._show_freshness(self._now())

    # --- every second -----------------------------------------------------------------------------------

    @Slot()
    def tick(self) -> None:
        now = self._now()
        self.window.show_clock(wall_text.clock_text(now))
        if self._retry_at is not None:
            remaining = self._retry_at - self._monotonic()
            if remaining <= 0:
                self._retry_due()
            elif not self.refused and not self._ever_loaded:
                self.window.show_notice_footer(wall_text.retry_text(int(remaining + 0.999)))
        if self.refused or not self._ever_loaded:
            return
        if self._resubscribing_since is not None and \
                self._monotonic() - self._resubscribing_since > RESUBSCRIBE_GRACE_S:
            log.info("the stream did not come back after a new device set: treated as an outage")
            self._resubscribing_since = None
            self.freshness.stream_changed(False, self._now() - dt.timedelta(seconds=RESUBSCRIBE_GRACE_S))
            self.scenes.grid.set_link_up(False)
            if self.stream.is_connected:  # it came back between two ticks after all: reload as after an outage
                self._on_connection(True)
        if self.playlist.tick(self._monotonic()):
            current = self.playlist.current
            self.window.show_scene(current, pinned=self.playlist.pinned is not None and current != FOCUS)
        self.scenes.alarms.tick(now)
        self.scenes.focus.tick(now)
        self._show_freshness(now)

    def _show_freshness(self, now: dt.datetime) -> None:
        state = self.freshness.staleness(now)
        self.window.show_data_as_of(wall_text.data_as_of_text(self.freshness.data_as_of))
        linked = self.stream.is_connected or self._resubscribing_since is not None  # resuming: still live
        self.window.show_link(wall_text.link_text(linked, self.session.opening), "up" if linked else "down")
        self.window.show_banner(None if state is None else wall_text.banner_text(state))
        for scene in self.scenes.all():
            scene.set_stale(state is not None)

    # --- operator keys ---------------------------------------------------------------------------------

    @Slot(object)
    def _on_pin(self, scene: str | None) -> None:
        if self.refused or not self._ever_loaded:
            return
        if scene is not None and scene not in {slot.name for slot in self.playlist.slots}:
            log.warning("cannot pin %s: not in this wall's playlist", scene)
            return
        self.playlist.pin(scene, self._monotonic())
        self.playlist.end_interrupt(self._monotonic())
        self.window.show_scene(self.playlist.current, pinned=self.playlist.pinned is not None)

    def pin_when_loaded(self, scene: str) -> None:
        """Pin `scene` (`--wall-scene`) as soon as there is data to show."""
        self._pin_on_load = scene
        if self._ever_loaded:
            self._on_pin(scene)

    @Slot()
    def _on_next(self) -> None:
        if self.refused or not self._ever_loaded:
            return
        self.playlist.next(self._monotonic())
        self.window.show_scene(self.playlist.current)

    def _connecting_notice(self) -> tuple[str, str]:
        return (self.tr("Connecting to the server…"), self.api.base_url)
