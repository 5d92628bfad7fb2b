"""Runs the login dialog's requests in the worker and reports the outcome back to it."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, Signal, Slot

from app.error_text import describe_login_error
from app.worker import Worker
from domain.schemas import TokenOut
from services.api_client import ApiClient
from widgets.login_dialog import LoginDialog


class LoginController(QObject):
    sig_logged_in = Signal(object)  # TokenOut

    def __init__(self, api: ApiClient, worker: Worker, dialog: LoginDialog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._api = api
        self._worker = worker
        self._dialog = dialog
        dialog.sig_login_requested.connect(self._login)

    @Slot(str, str)
    def _login(self, username: str, password: str) -> None:
        self._worker.submit(partial(self._api.login, username, password), self._on_success,
                            self._on_failure, channel="login")

    def _on_failure(self, error: Exception) -> None:
        self._dialog.show_failure(describe_login_error(error))

    def _on_success(self, token: TokenOut) -> None:
        self._dialog.set_busy(False)
        self._dialog.accept()
        self.sig_logged_in.emit(token)
