"""Wires one logged-in session: API calls (in the worker) to the main window's widgets and back."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from app.main_window import MainWindow
from app.settings import ClientSettings
from app.worker import Worker
from domain.enums import Role
from domain.schemas import ProjectPage, ProjectQuery, RegionNode, UserOut
from services.api_client import ApiClient
from services.errors import AuthenticationError, ServerUnreachableError
from widgets.error_messages import describe_error

HEALTH_INTERVAL_MS = 15_000
PAGE_SIZE = 50


class MainController(QObject):
    """Owns the current ProjectQuery; every user action edits it and reloads the page."""

    sig_regions_loaded = Signal()
    sig_projects_loaded = Signal()
    sig_session_ready = Signal()  # the tree and the first page are on screen
    sig_session_ended = Signal(str)  # why ("" when the user logged out)

    def __init__(self, api: ApiClient, worker: Worker, window: MainWindow, user: UserOut,
                 settings: ClientSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._api = api
        self._worker = worker
        self._window = window
        self._user = user
        self._settings = settings
        self._query = ProjectQuery(page_size=PAGE_SIZE)
        self._regions_ready = False
        self._projects_ready = False
        self._ended = False

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

    @property
    def query(self) -> ProjectQuery:
        return self._query

    def start(self) -> None:
        self._window.set_user(self._user, self._scope_text(None))
        self._window.set_connected(True, self._api.base_url)
        self._health_timer.start()
        self._load_regions()

    def stop(self) -> None:
        """Detach from shared objects; late results of this session are ignored."""
        self._ended = True
        self._health_timer.stop()
        self._worker.sig_busy_changed.disconnect(self._window.set_busy)

    # --- loading ---------------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        self._load_regions()

    def _load_regions(self) -> None:
        self._worker.submit(self._api.regions_tree, self._on_regions, self._on_regions_failed, channel="regions")

    def _load_projects(self) -> None:
        self._worker.submit(partial(self._api.list_projects, self._query), self._on_page, self._on_failure,
                            channel="projects")

    def _on_regions(self, root: RegionNode) -> None:
        if self._ended:
            return
        tree = self._window.region_tree
        previous = tree.selected_adcode() or self._settings.last_region(self._user.username)
        tree.set_root(root)
        self._window.set_user(self._user, self._scope_text(root))
        self._window.set_connected(True, self._api.base_url)
        self._regions_ready = True
        self.sig_regions_loaded.emit()
        # Selecting re-queries the projects through _on_region_selected.
        if not (previous and tree.select_region(previous)):
            tree.select_region(root.adcode)

    def _on_regions_failed(self, error: Exception) -> None:
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
        window.paging_bar.set_page(page.page, page.page_size, page.total)
        window.project_table.set_sort(self._query.sort, self._query.descending)
        if not self._projects_ready:
            window.fit_table_columns()
        window.set_connected(True, self._api.base_url)
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
        if isinstance(error, ServerUnreachableError):
            self._window.set_connected(False, self._api.base_url)
        self._window.show_error(describe_error(error))

    @Slot()
    def _check_health(self) -> None:
        self._worker.submit(self._api.health, self._on_health, self._on_health_failed, channel="health")

    def _on_health(self, _health: object) -> None:
        if not self._ended:
            self._window.set_connected(True, self._api.base_url)

    def _on_health_failed(self, error: Exception) -> None:
        if not self._ended:
            self._window.set_connected(not isinstance(error, ServerUnreachableError), self._api.base_url)

    # --- user actions ----------------------------------------------------------------------------

    @Slot(str)
    def _on_region_selected(self, adcode: str) -> None:
        self._settings.set_last_region(self._user.username, adcode)
        region = None if adcode == self._window.region_tree.root_adcode() else adcode
        self._query = self._query.model_copy(update={"region": region, "page": 1})
        self._load_projects()

    @Slot()
    def _on_filters_changed(self) -> None:
        self._query = self._window.filter_bar.apply_to(self._query)
        self._load_projects()

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
