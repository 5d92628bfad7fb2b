"""The session life cycle: login dialog -> main window -> (log out) -> login dialog again."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, Signal, Slot

from app.controller import MainController
from app.demo_accounts import demo_credentials
from app.error_text import describe_login_error
from app.login_controller import LoginController
from app.main_window import MainWindow
from app.settings import ClientSettings
from app.worker import Worker
from domain.schemas import TokenOut
from services.api_client import ApiClient
from widgets.login_dialog import LoginDialog


class Shell(QObject):
    """Owns the dialog, the window and the session controller; emits ``sig_exit_requested`` to quit."""

    sig_session_ready = Signal()
    sig_login_failed = Signal(str)  # direct (non-interactive) login only
    sig_exit_requested = Signal(int)  # exit code

    def __init__(self, api: ApiClient, worker: Worker, settings: ClientSettings, *, demo: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._api = api
        self._worker = worker
        self._settings = settings
        self._demo = demo
        self.dialog: LoginDialog | None = None
        self.window: MainWindow | None = None
        self.controller: MainController | None = None

    # --- entry points ----------------------------------------------------------------------------

    def show_login(self, username: str = "", message: str = "") -> LoginDialog:
        """Open the (non-modal) login dialog; Cancel ends the application."""
        dialog = LoginDialog(self._api.base_url, demo_credentials() if self._demo else ())
        dialog.set_username(username or self._settings.last_username)
        dialog.show_message(message)
        login = LoginController(self._api, self._worker, dialog, dialog)
        login.sig_logged_in.connect(self._open_session)
        dialog.rejected.connect(self._on_login_cancelled)
        self.dialog = dialog
        dialog.show()
        return dialog

    def login_directly(self, username: str, password: str) -> None:
        """Log in without a dialog (screenshots, kiosk start); failure -> ``sig_login_failed``."""
        self._worker.submit(partial(self._api.login, username, password), self._open_session,
                            self._on_direct_login_failed, channel="login")

    # --- transitions -----------------------------------------------------------------------------

    @Slot(object)
    def _open_session(self, token: TokenOut) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
        self._settings.last_username = token.user.username
        window = MainWindow(self._settings)
        controller = MainController(self._api, self._worker, window, token.user, self._settings, self)
        controller.sig_session_ready.connect(self.sig_session_ready)
        controller.sig_session_ended.connect(self._end_session)
        window.sig_window_closed.connect(self._on_window_closed)
        self.window, self.controller = window, controller
        window.show()
        controller.start()

    @Slot(str)
    def _end_session(self, reason: str) -> None:
        window, controller = self.window, self.controller
        self.window, self.controller = None, None
        self.show_login(self._settings.last_username, reason)
        if window is not None:
            window.save_layout()
            window.hide()
            window.deleteLater()
        if controller is not None:
            controller.deleteLater()

    @Slot()
    def _on_window_closed(self) -> None:
        if self.controller is not None:  # the user closed the session window: quit
            self.controller.stop()
            self.sig_exit_requested.emit(0)

    @Slot()
    def _on_login_cancelled(self) -> None:
        self.sig_exit_requested.emit(0)

    def _on_direct_login_failed(self, error: Exception) -> None:
        self.sig_login_failed.emit(describe_login_error(error))
