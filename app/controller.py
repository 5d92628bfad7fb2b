"""Wires one logged-in session: API calls (in the worker) to the main window's widgets and back."""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from app.cases_controller import CasesController
from app.dossier_controller import DossierController
from app.error_text import describe_error
from app.export_controller import ExportController
from app.history import ProjectHistory
from app.main_window import MainWindow
from app.map_controller import MapController
from app.monitoring_controller import MonitoringController
from app.outage import LinkStatus, OutageWatch
from app.reporting_controller import ReportingController
from app.settings import ClientSettings
from app.verification_controller import VerificationController
from app.worker import Worker
from domain import adcodes
from domain.enums import Role
from domain.schemas import ProjectDetail, ProjectPage, ProjectQuery, RegionNode, UserOut
from maps.page import TileLayer
from services.api_client import ApiClient
from services.errors import AuthenticationError, ServerUnreachableError
from widgets.tile_layer_dialog import TileLayerDialog, TileSettings

HEALTH_INTERVAL_MS = 15_000
OUTAGE_HEALTH_INTERVAL_MS = 3_000  # while the server is lost: notice its return soon (one tiny request)
RELOAD_PARTS = frozenset({"regions", "projects", "points"})  # the reload is done when these have answered
PAGE_SIZE = 50


class MainController(QObject):
    """Owns the current ProjectQuery; every user action edits it and reloads the page and the map.
    Map, dossiers and exports have their own controllers; this one links them to the table and tree."""

    sig_regions_loaded = Signal()
    sig_projects_loaded = Signal()
    sig_session_ready = Signal()  # the tree and the first page are on screen
    sig_session_ended = Signal(str)  # why ("" when the user logged out)
    sig_reloaded_after_outage = Signal()  # the tree, the table and the map show the server's data again

    def __init__(self, api: ApiClient, worker: Worker, window: MainWindow, user: UserOut,
                 settings: ClientSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._api = api
        self._worker = worker
        self._window = window
        self._user = user
        self._settings = settings
        window.filter_bar.restore(settings.filters(user.username))
        self._query = window.filter_bar.apply_to(ProjectQuery(page_size=PAGE_SIZE))
        self._pending_selection: int | None = None
        self._locating: int | None = None  # the project whose page is being looked up, while it is the latest choice
        self._history = ProjectHistory()
        self.map = MapController(api, worker, window.map_view, window.map_toolbar, settings, parent=self)
        self.monitoring = MonitoringController(api, worker, self, clock=window.redraw_clock)
        self.dossiers = DossierController(api, worker, window, self.map.district_rings, self,
                                          monitoring=self.monitoring)
        self.exports = ExportController(api, worker, window, self)
        # before the cases: pages add their View-menu toggle on top, and "My work" stays the first one
        self.verification = VerificationController(api, worker, window, user, self.dossiers, self.open_project,
                                                   self)
        self.cases = CasesController(api, worker, window, user, self.dossiers, self)
        self.reporting = ReportingController(api, worker, window, user, self.dossiers, self.map.district_rings,
                                             self.open_project, self)
        self._regions_ready = False
        self._projects_ready = False
        self._ended = False
        self._reloading: set[str] = set()  # parts of the reload after an outage still to answer
        self.outage = OutageWatch(self)

        self._health_timer = QTimer(self)
        self._health_timer.setInterval(HEALTH_INTERVAL_MS)
        self._health_timer.timeout.connect(self._check_health)

        worker.sig_busy_changed.connect(window.set_busy)
        window.region_tree.sig_region_selected.connect(self._on_region_selected)
        window.filter_bar.sig_filters_changed.connect(self._on_filters_changed)
        window.paging_bar.sig_page_requested.connect(self._on_page_requested)
        window.project_table.sig_sort_changed.connect(self._on_sort_changed)
        window.sig_refresh_requested.connect(self.refresh)
        window.sig_logout_requested.connect(self.logout)
        window.project_table.sig_project_selected.connect(self._on_row_selected)
        window.filter_bar.unit_picker.sig_unit_query_changed.connect(self._suggest_units)
        window.sig_history_back_requested.connect(self.go_back)
        window.sig_history_forward_requested.connect(self.go_forward)
        window.sig_export_excel_requested.connect(self._export_excel)
        window.sig_export_png_requested.connect(self.exports.ask_png)
        window.sig_tile_settings_requested.connect(self._edit_tile_layer)
        self.map.sig_project_clicked.connect(self.open_project)
        self.map.sig_region_clicked.connect(self._on_map_region_clicked)
        self.map.sig_error.connect(window.show_error)
        self.monitoring.sig_error.connect(window.show_error)
        self.monitoring.sig_session_revoked.connect(self._on_failure)  # a revoked token ends the session plainly
        self.monitoring.sig_active_warnings_changed.connect(self.map.set_alerts)
        self.monitoring.sig_connection_changed.connect(self.outage.stream_changed)
        self.map.sig_points_checked.connect(self._on_points_checked)
        self.outage.sig_status_changed.connect(self._show_link_status)
        self.outage.sig_stale_changed.connect(self._on_stale_changed)
        self.outage.sig_probe_wanted.connect(self._check_health)
        self.outage.sig_reload_wanted.connect(self.reload_after_outage)

    @property
    def query(self) -> ProjectQuery:
        return self._query

    def start(self) -> None:
        self._window.set_user(self._user, self._scope_text(None))
        self._show_link_status(self.outage.status)
        self._health_timer.start()
        self.map.start()
        self.map.apply_query(self._query)
        self.monitoring.start()
        self.monitoring.attach_inbox(self._window.warnings_inbox)
        self.monitoring.attach_grid(self._window.monitoring_grid)
        self._window.grid_dock.visibilityChanged.connect(self.monitoring.set_grid_visible)
        self.monitoring.set_grid_visible(self._window.grid_dock.isVisible())
        self._load_regions()
        self.cases.start()
        self.reporting.start()

    def stop(self) -> None:
        """Detach from shared objects; late results of this session are ignored. Once is enough: a session
        the server ended has stopped itself before its owner stops it."""
        if self._ended:
            return
        self._ended = True
        self.outage.end()  # before the stream stops: its last "disconnected" is not an outage
        self.map.stop()
        self.monitoring.stop()
        self._health_timer.stop()
        self._worker.sig_busy_changed.disconnect(self._window.set_busy)

    # --- loading ---------------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        self._load_regions()
        self.map.reload_points()  # answered by 304 when nothing changed
        self.cases.refresh()
        self.reporting.refresh()

    @Slot()
    def reload_after_outage(self) -> None:
        """Everything on screen that came from the server, once per outage: the tree and the table's page (the
        selection and page kept), the map's points (304 when unchanged) and alerts, the open dossiers, the
        warnings inbox, the work queues and the monitoring wall."""
        if self._ended:
            return
        self._reloading = set(RELOAD_PARTS)
        self._load_regions(keep_view=True)
        self._load_projects()
        self.map.reload_points()
        self.monitoring.active.load()
        self.monitoring.inbox.reload()
        self.monitoring.grid.reload()
        self.cases.refresh()  # the work queue and the dossiers' supervision tabs
        self.reporting.refresh()  # the enterprise workspace
        self.verification.refresh()  # the verification queue and the dossiers' reporting tabs
        for project_id in self.dossiers.open_ids():
            self._worker.submit(partial(self._api.project, project_id), self._on_dossier_project, self._on_failure,
                                channel=f"dossier-reload-{project_id}")

    def _reloaded(self, part: str) -> None:
        if part in self._reloading:
            self._reloading.discard(part)
            if not self._reloading:
                self.outage.reload_done()
                self.sig_reloaded_after_outage.emit()

    def _reload_failed(self) -> None:
        if self._reloading:
            self._reloading.clear()
            self.outage.reload_failed()

    def _on_points_checked(self, answered: bool) -> None:
        if answered:
            self._reloaded("points")
        else:
            self._reload_failed()

    def _on_dossier_project(self, project: ProjectDetail) -> None:
        dossier = self.dossiers.dossier(project.id)
        if dossier is not None and not self._ended:  # the dossier has no setter of its own yet: its overview has
            dossier.project = project
            dossier.overview.show_project(project, self.map.district_rings(project.district_adcode))

    def _load_regions(self, *, keep_view: bool = False) -> None:
        self._worker.submit(self._api.regions_tree, partial(self._on_regions, keep_view=keep_view),
                            self._on_regions_failed, channel="regions")

    def _load_projects(self) -> None:
        self._worker.submit(partial(self._api.list_projects, self._query), self._on_page, self._on_failure,
                            channel="projects")

    def _on_regions(self, root: RegionNode, *, keep_view: bool = False) -> None:
        if self._ended:
            return
        tree = self._window.region_tree
        previous = tree.selected_adcode() or self._settings.last_region(self._user.username)
        tree.set_root(root)
        self.map.set_tree(root)
        self._window.set_user(self._user, self._scope_text(root))
        self._regions_ready = True
        self._reloaded("regions")
        self.sig_regions_loaded.emit()
        if keep_view and previous:  # after an outage: the same region, page and map view; no fly-to
            tree.blockSignals(True)
            kept = tree.select_region(previous)
            tree.blockSignals(False)
            if kept:
                return
        # Selecting re-queries the projects through _on_region_selected.
        if not (previous and tree.select_region(previous)):
            tree.select_region(root.adcode)

    def _on_regions_failed(self, error: Exception) -> None:
        self._reload_failed()
        self._on_failure(error)
        if not self._ended:
            self._load_projects()  # the table is still useful without the tree

    def _on_page(self, page: ProjectPage) -> None:
        if self._ended:
            return
        if not page.items and page.total and page.page > 1:  # the data shrank under us: show the last page
            self._on_page_requested(-(-page.total // page.page_size))
            return
        window = self._window
        window.project_model.set_projects(page.items)
        if self._pending_selection is not None:
            window.project_table.select_project(self._pending_selection)
            self._pending_selection = None
        elif self._query.q and page.total == 1:  # a unique search hit: show it on the map straight away
            window.project_table.select_project(page.items[0].id)
        window.paging_bar.set_page(page.page, page.page_size, page.total)
        window.project_table.set_sort(self._query.sort, self._query.descending)
        if not self._projects_ready:
            window.fit_table_columns()
        self._reloaded("projects")
        was_ready = self._regions_ready and self._projects_ready
        self._projects_ready = True
        self.sig_projects_loaded.emit()
        if not was_ready and self._regions_ready:
            self.sig_session_ready.emit()

    def _on_failure(self, error: Exception) -> None:
        if self._ended:
            return
        if isinstance(error, AuthenticationError):
            self._end(describe_error(error))
            return
        self._reload_failed()  # any failure during the reload after an outage (a 503 too): tried again later
        if isinstance(error, ServerUnreachableError):
            self.outage.health_failed()
        self._window.show_error(describe_error(error))

    # --- the link to the server ------------------------------------------------------------------

    @Slot()
    def _check_health(self) -> None:
        self._worker.submit(self._api.health, self._on_health, self._on_health_failed, channel="health")

    def _on_health(self, _health: object) -> None:
        if not self._ended:
            self.outage.health_ok()

    def _on_health_failed(self, error: Exception) -> None:
        if self._ended:
            return
        if isinstance(error, AuthenticationError):
            self._end(describe_error(error))
        elif isinstance(error, ServerUnreachableError):
            self.outage.health_failed()

    @Slot(object)
    def _show_link_status(self, status: LinkStatus) -> None:
        self._window.show_link_status(status, self._api.base_url)

    @Slot(object)
    def _on_stale_changed(self, since: dt.datetime | None) -> None:
        self._window.show_stale(since)
        self._health_timer.setInterval(OUTAGE_HEALTH_INTERVAL_MS if since is not None else HEALTH_INTERVAL_MS)

    # --- user actions ----------------------------------------------------------------------------

    @Slot(str)
    def _on_region_selected(self, adcode: str) -> None:
        self._settings.set_last_region(self._user.username, adcode)
        region = None if adcode == self._window.region_tree.root_adcode() else adcode
        self._query = self._query.model_copy(update={"region": region, "page": 1})
        self.map.zoom_to_region(adcode)
        self.map.apply_query(self._query)
        self._load_projects()

    @Slot()
    def _on_filters_changed(self) -> None:
        self._query = self._window.filter_bar.apply_to(self._query)
        self._settings.set_filters(self._user.username, self._window.filter_bar.state())
        self.map.apply_query(self._query)
        self._load_projects()

    @Slot(str)
    def _on_map_region_clicked(self, district: str) -> None:
        """Drill down one level: from the province view to the clicked city, from a city to its district."""
        current = self._window.region_tree.selected_adcode() or ""
        city = adcodes.city_of(district)
        target = district if current in (city, district) else city
        self._window.region_tree.select_region(target)

    @Slot(str)
    def _suggest_units(self, text: str) -> None:
        self._worker.submit(partial(self._api.units, text, limit=30), self._window.filter_bar.unit_picker.set_suggestions,
                            self._on_failure, channel="unit-suggestions")

    # --- projects: table, map and dossiers in step ----------------------------------------------------

    @Slot(int)
    def _on_row_selected(self, project_id: int) -> None:
        self._locating = None
        self.map.select(project_id, fly=True)
        self._history.visit(project_id)

    @Slot(int)
    def open_project(self, project_id: int, *, remember: bool = True) -> None:
        """Select a project everywhere: its table row (finding its page), the map, and its dossier."""
        if remember:
            self._history.visit(project_id)
        self.map.select(project_id, fly=not remember)
        self.dossiers.open(project_id)
        table = self._window.project_table
        table.blockSignals(True)  # the map is already there: no second fly-to from the row selection
        found = table.select_project(project_id)
        table.blockSignals(False)
        self._locating = None if found else project_id  # a newer choice makes an older look-up moot
        if not found:
            self._worker.submit(partial(self._api.project_ids, self._query), partial(self._show_page_of, project_id),
                                self._on_failure, channel="locate")

    def _show_page_of(self, project_id: int, ids: list[int]) -> None:
        if self._ended or project_id != self._locating:
            return  # the user moved on (forward, another row) while the page was looked up: theirs wins
        self._locating = None
        if project_id not in ids:
            return  # filtered out of the table: the dossier and the map still show it
        self._pending_selection = project_id
        self._on_page_requested(ids.index(project_id) // self._query.page_size + 1)

    @Slot()
    def _edit_tile_layer(self) -> None:
        tile = self._settings.tile_layer
        current = TileSettings(tile.url, tile.attribution, tile.system) if tile else None
        dialog = TileLayerDialog(current, self._window)
        if dialog.exec() == TileLayerDialog.DialogCode.Accepted:
            chosen = dialog.result_settings()
            self.map.set_tile_layer(TileLayer(chosen.url, chosen.attribution, chosen.system) if chosen else None)

    @Slot()
    def _export_excel(self) -> None:
        self.exports.ask_excel(self._query)

    @Slot()
    def go_back(self) -> None:
        project_id = self._history.back()
        if project_id is not None:
            self.open_project(project_id, remember=False)

    @Slot()
    def go_forward(self) -> None:
        project_id = self._history.forward()
        if project_id is not None:
            self.open_project(project_id, remember=False)

    @Slot(int)
    def _on_page_requested(self, page: int) -> None:
        self._query = self._query.model_copy(update={"page": max(1, page)})
        self._load_projects()

    @Slot(str, bool)
    def _on_sort_changed(self, sort_key: str, descending: bool) -> None:
        self._query = self._query.model_copy(update={"sort": sort_key, "descending": descending, "page": 1})
        self._load_projects()

    @Slot()
    def logout(self) -> None:
        self._health_timer.stop()
        self.monitoring.stop()  # before the token is revoked: the stream's "session ended" is not for our own logout
        self._worker.submit(self._api.logout, self._on_logged_out, self._on_logged_out, channel="logout")

    def _on_logged_out(self, _outcome: object = None) -> None:
        self._end("")  # a failed server-side logout still ends the session: the token is dropped locally

    def _end(self, reason: str) -> None:
        if not self._ended:
            self.stop()
            self.sig_session_ended.emit(reason)

    # --- helpers ---------------------------------------------------------------------------------

    def _scope_text(self, root: RegionNode | None) -> str:
        user = self._user
        if user.role.is_enterprise:
            return user.unit_name or self.tr("own unit")
        if user.region_adcode:
            name = self._window.region_tree.region_model.name_of(user.region_adcode) if root else None
            return name or user.region_adcode
        if user.role in (Role.SYSTEM_ADMIN, Role.WALL_DISPLAY):
            return root.name if root else self.tr("whole province")
        return "—"
