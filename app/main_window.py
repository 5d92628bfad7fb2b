"""The main window: region tree dock, filterable paged project table, status bar, menus.

Pure composition and presentation; the MainController feeds it data and reacts to its signals.
"""

from __future__ import annotations

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

from app.settings import ClientSettings
from domain.schemas import UserOut
from widgets.filter_bar import FilterBar
from widgets.labels import label
from widgets.paging_bar import PagingBar
from widgets.project_table_model import ProjectTableModel
from widgets.project_table_view import ProjectTableView
from widgets.region_tree import RegionTree

# Caps for column widths (pixels) so the name column cannot squeeze out the numbers.
COLUMN_CAPS = {0: 230, 8: 200}


class MainWindow(QMainWindow):
    sig_logout_requested = Signal()
    sig_refresh_requested = Signal()
    sig_window_closed = Signal()

    def __init__(self, settings: ClientSettings, *, read_only: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Sandtable — Construction Quality and Safety Supervision"))
        self.setObjectName("MainWindow")

        self.region_tree = RegionTree(self)
        self.region_dock = QDockWidget(self.tr("Regions"), self)
        self.region_dock.setObjectName("RegionDock")
        self.region_dock.setWidget(self.region_tree)
        self.region_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                                     | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.region_dock)
        self.resizeDocks([self.region_dock], [270], Qt.Orientation.Horizontal)

        self.filter_bar = FilterBar(self)
        self.project_model = ProjectTableModel(self)
        self.project_table = ProjectTableView(self.project_model, self)
        self.paging_bar = PagingBar(self)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.project_table, 1)
        layout.addWidget(self.paging_bar)
        self.setCentralWidget(central)

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
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.region_dock.toggleViewAction())

    def _restore_layout(self) -> None:
        geometry = self._settings.window_geometry
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1600, 1000)
        state = self._settings.window_state
        if state is not None:
            self.restoreState(state)

    # --- presentation ----------------------------------------------------------------------------

    def set_busy(self, busy: bool) -> None:
        self.busy_indicator.setVisible(busy)

    def set_connected(self, connected: bool, server_url: str) -> None:
        if connected:
            self.connection_label.setText(self.tr("● Connected"))
            self.connection_label.setStyleSheet("color: #1e8449;")
            self.connection_label.setToolTip(server_url)
        else:
            self.connection_label.setText(self.tr("● Server unreachable"))
            self.connection_label.setStyleSheet("color: #c0392b;")
            self.connection_label.setToolTip(server_url)

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
