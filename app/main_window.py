"""The main window: the sand-table map in the centre; region tree, project table and dossiers as docks.

Pure composition and presentation; the MainController feeds it data and reacts to its signals.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from app.outage import LinkState, LinkStatus
from app.settings import ClientSettings
from domain.schemas import UserOut
from maps.map_view import MapView
from widgets.filter_bar import FilterBar
from widgets.labels import label
from widgets.live_chart import RedrawClock
from widgets.map_toolbar import MapToolbar
from widgets.monitoring_grid import MonitoringGrid
from widgets.paging_bar import PagingBar
from widgets.project_table_model import ProjectTableModel
from widgets.project_table_view import ProjectTableView
from widgets.region_tree import RegionTree
from widgets.warnings_inbox import WarningsInbox

# The stale banner: amber like a caution sign, so it reads as "look again" rather than as an error.
STALE_BANNER_STYLE = ("QLabel#StaleBanner { background: #f5b041; color: #1b1b1b; font-weight: bold;"
                      " padding: 6px 10px; border-radius: 3px; }")
LINK_COLOURS = {LinkState.CONNECTING: "#7f8c8d", LinkState.CONNECTED: "#1e8449",
                LinkState.RECONNECTING: "#c0392b", LinkState.ENDED: "#c0392b"}


def clock_text(moment: dt.datetime) -> str:
    """HH:MM:SS today, with the date before it on another day (an outage over midnight)."""
    same_day = moment.date() == dt.datetime.now(moment.tzinfo).date()
    return moment.strftime("%H:%M:%S" if same_day else "%Y-%m-%d %H:%M:%S")


# Caps for column widths (pixels) so the name column cannot squeeze out the numbers.
COLUMN_CAPS = {0: 230, 8: 200}


DOCK_FEATURES = (QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable
                 | QDockWidget.DockWidgetFeature.DockWidgetFloatable)


class MainWindow(QMainWindow):
    sig_logout_requested = Signal()
    sig_refresh_requested = Signal()
    sig_window_closed = Signal()
    sig_export_excel_requested = Signal()
    sig_export_png_requested = Signal()
    sig_history_back_requested = Signal()
    sig_history_forward_requested = Signal()
    sig_tile_settings_requested = Signal()

    def __init__(self, settings: ClientSettings, *, read_only: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Sandtable — Construction Quality and Safety Supervision"))
        self.setObjectName("MainWindow")

        self.region_tree = RegionTree(self)
        self.region_dock = self._dock(self.tr("Regions"), "RegionDock", self.region_tree)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.region_dock)

        self.filter_bar = FilterBar(self)
        self.project_model = ProjectTableModel(self)
        self.project_table = ProjectTableView(self.project_model, self)
        self.paging_bar = PagingBar(self)
        table_panel = QWidget(self)
        table_layout = QVBoxLayout(table_panel)
        table_layout.setContentsMargins(6, 6, 6, 6)
        table_layout.addWidget(self.filter_bar)
        table_layout.addWidget(self.project_table, 1)
        table_layout.addWidget(self.paging_bar)
        self.table_dock = self._dock(self.tr("Projects"), "ProjectTableDock", table_panel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.table_dock)

        self.map_toolbar = MapToolbar(self)
        self.map_view = MapView(self)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        self.stale_banner = QLabel(self)  # above the map: what the window shows may be out of date
        self.stale_banner.setObjectName("StaleBanner")
        self.stale_banner.setStyleSheet(STALE_BANNER_STYLE)
        self.stale_banner.setWordWrap(True)
        self.stale_banner.hide()
        layout.addWidget(self.stale_banner)
        layout.addWidget(self.map_toolbar)
        layout.addWidget(self.map_view, 1)
        self.setCentralWidget(central)
        self.dossier_docks: list[QDockWidget] = []
        self.resizeDocks([self.region_dock], [270], Qt.Orientation.Horizontal)
        self.resizeDocks([self.table_dock], [330], Qt.Orientation.Vertical)

        self.redraw_clock = RedrawClock(self)  # the one timer of every live chart in this window
        self.warnings_inbox = WarningsInbox(self)
        self.warnings_dock = self._dock(self.tr("Warnings inbox"), "WarningsDock", self.warnings_inbox)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.warnings_dock)
        self.tabifyDockWidget(self.table_dock, self.warnings_dock)
        self.table_dock.raise_()
        self.monitoring_grid = MonitoringGrid(self.redraw_clock, self)
        self.grid_dock = self._dock(self.tr("Monitoring wall"), "MonitoringGridDock", self.monitoring_grid)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.grid_dock)
        self.grid_dock.hide()  # a control-room page: opened from the View menu, best floated full screen

        self._build_status_bar()
        self._build_menus(read_only)
        self._restore_layout()

    # --- construction ----------------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.busy_indicator = QProgressBar(self)
        self.busy_indicator.setRange(0, 0)
        self.busy_indicator.setTextVisible(False)
        self.busy_indicator.setFixedWidth(120)
        self.busy_indicator.setMaximumHeight(14)
        self.busy_indicator.hide()
        self.connection_label = QLabel(self)
        self.user_label = QLabel(self)
        self.scope_label = QLabel(self)
        for widget in (self.busy_indicator, self.scope_label, self.user_label, self.connection_label):
            bar.addPermanentWidget(widget)

    def _build_menus(self, read_only: bool) -> None:
        session_menu = self.menuBar().addMenu(self.tr("&Session"))
        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.sig_refresh_requested)
        self.logout_action = QAction(self.tr("&Log out"), self)
        self.logout_action.triggered.connect(self.sig_logout_requested)
        self.logout_action.setEnabled(not read_only)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        session_menu.addAction(self.refresh_action)
        session_menu.addSeparator()
        session_menu.addAction(self.logout_action)
        session_menu.addAction(self.quit_action)
        export_menu = self.menuBar().addMenu(self.tr("&Export"))
        self.export_excel_action = export_menu.addAction(self.tr("Project list to &Excel…"))
        self.export_excel_action.triggered.connect(self.sig_export_excel_requested)
        self.export_png_action = export_menu.addAction(self.tr("Map view to &PNG…"))
        self.export_png_action.triggered.connect(self.sig_export_png_requested)
        view_menu = self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.region_dock.toggleViewAction())
        view_menu.addAction(self.table_dock.toggleViewAction())
        view_menu.addAction(self.warnings_dock.toggleViewAction())
        view_menu.addAction(self.grid_dock.toggleViewAction())
        view_menu.addSeparator()
        self.tile_settings_action = view_menu.addAction(self.tr("Map &base layer…"))
        self.tile_settings_action.triggered.connect(self.sig_tile_settings_requested)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self.search_action = QAction(self.tr("&Search projects"), self)
        self.search_action.setShortcut(QKeySequence("Ctrl+F"))
        self.search_action.triggered.connect(self.focus_search)
        self.back_action = QAction(self.tr("&Back to previous project"), self)
        self.back_action.setShortcut(QKeySequence("Alt+Left"))
        self.back_action.triggered.connect(self.sig_history_back_requested)
        self.forward_action = QAction(self.tr("&Forward to next project"), self)
        self.forward_action.setShortcut(QKeySequence("Alt+Right"))
        self.forward_action.triggered.connect(self.sig_history_forward_requested)
        for action in (self.search_action, self.back_action, self.forward_action):
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)  # also while the map has focus
            go_menu.addAction(action)

    def _restore_layout(self) -> None:
        geometry = self._settings.window_geometry
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1600, 1000)
        state = self._settings.window_state
        if state is not None:
            self.restoreState(state)

    def _dock(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)  # restoreState finds docks by object name
        dock.setWidget(widget)
        dock.setFeatures(DOCK_FEATURES)
        return dock

    # --- presentation ----------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.table_dock.show()
        self.filter_bar.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.search_edit.selectAll()

    def add_dossier(self, widget: QWidget, title: str) -> QDockWidget:
        """Show a dossier as a dock on the right, tabbed with the other open dossiers."""
        dock = self._dock(title, f"Dossier{len(self.dossier_docks)}", widget)
        dock.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dock.destroyed.connect(lambda _obj=None, d=dock: self._forget_dossier(d))
        if self.dossier_docks:
            self.tabifyDockWidget(self.dossier_docks[-1], dock)
        else:
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            self.resizeDocks([dock], [560], Qt.Orientation.Horizontal)
        self.dossier_docks.append(dock)
        dock.show()
        dock.raise_()
        return dock

    def add_work_queue(self, widget: QWidget, *, first: bool) -> QDockWidget:
        """The "my work" queue, tabbed with the project table; raised first when the user's day starts
        from it (supervisors). Its toggle goes first in the View menu."""
        return self.add_page(widget, self.tr("My work"), "WorkQueueDock", menu_text=self.tr("&My work (cases)"),
                             shortcut="Ctrl+Shift+W", first=first)

    def add_page(self, widget: QWidget, title: str, name: str, *, menu_text: str, shortcut: str | None = None,
                 first: bool = False) -> QDockWidget:
        """A work page (queue, workspace) as a dock tabbed with the project table, its toggle at the top
        of the View menu; `first` raises it over the table when the user's day starts from it."""
        dock = self._dock(title, name, widget)
        if not self.restoreDockWidget(dock):
            self.tabifyDockWidget(self.table_dock, dock)
        action = dock.toggleViewAction()
        action.setText(menu_text)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        self.view_menu.insertAction(self.view_menu.actions()[0], action)
        (dock if first else self.table_dock).raise_()
        return dock

    def _forget_dossier(self, dock: QDockWidget) -> None:
        if dock in self.dossier_docks:
            self.dossier_docks.remove(dock)


    def set_busy(self, busy: bool) -> None:
        self.busy_indicator.setVisible(busy)

    def show_link_status(self, status: LinkStatus, server_url: str) -> None:
        """"Connected" only while the data channel (the push stream) works, not merely while /health answers."""
        if status.state is LinkState.CONNECTED:
            text = self.tr("● Connected")
        elif status.state is LinkState.CONNECTING:
            text = self.tr("● Connecting…")
        elif status.state is LinkState.ENDED:
            text = self.tr("● Session ended")
        elif status.since is not None:
            text = self.tr("● Reconnecting since {0}").format(clock_text(status.since))
        else:
            text = self.tr("● Reconnecting…")
        self.connection_label.setText(text)
        self.connection_label.setStyleSheet(f"color: {LINK_COLOURS[status.state]};")
        self.connection_label.setToolTip(server_url)

    def show_stale(self, since: dt.datetime | None) -> None:
        """A banner over the map while what the window shows may be out of date (None: fresh again)."""
        if since is None:
            self.stale_banner.hide()
            return
        self.stale_banner.setText(self.tr("Data may be out of date: the connection to the server was interrupted "
                                          "(since {0}). Everything reloads by itself once it is back.")
                                  .format(clock_text(since)))
        self.stale_banner.show()

    def set_user(self, user: UserOut, scope: str) -> None:
        self.user_label.setText(self.tr("{0} ({1})").format(user.display_name, label(user.role)))
        self.user_label.setToolTip(user.username)
        self.scope_label.setText(self.tr("Scope: {0}").format(scope))

    def show_status(self, text: str, timeout_ms: int = 0) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def show_error(self, text: str, *, modal: bool = False) -> None:
        """Errors go to the status bar; modal only when the user cannot continue without reading it."""
        self.statusBar().showMessage(text, 15000)
        if modal:
            QMessageBox.warning(self, self.tr("Sandtable"), text)

    def fit_table_columns(self) -> None:
        self.project_table.fit_columns(COLUMN_CAPS)

    # --- persistence -----------------------------------------------------------------------------

    def save_layout(self) -> None:
        self._settings.window_geometry = self.saveGeometry()
        self._settings.window_state = self.saveState()
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        super().closeEvent(event)
        self.sig_window_closed.emit()
