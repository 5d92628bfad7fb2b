"""Login dialog against the real server: failures are explained, demo accounts log in."""

from __future__ import annotations

import uuid

import pytest
import requests
from PySide6.QtCore import Qt

from app.error_text import describe_login_error
from app.shell import Shell
from services.api_client import ApiClient
from services.errors import TooManyRequestsError
from tests.support.server_process import free_port
from widgets.login_dialog import LoginDialog

LOAD_TIMEOUT_MS = 20_000


@pytest.fixture
def make_shell(qtbot, worker, settings):
    shells: list[Shell] = []

    def _make(api: ApiClient) -> Shell:
        shell = Shell(api, worker, settings, demo=True)
        shells.append(shell)
        return shell

    yield _make
    for shell in shells:
        if shell.controller is not None:
            shell.controller.stop()
        for widget in (shell.dialog, shell.window):
            if widget is not None:
                widget.hide()
                widget.deleteLater()


def _try_login(qtbot, dialog: LoginDialog, username: str, password: str) -> None:
    dialog.username_edit.setText(username)
    dialog.password_edit.setText(password)
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.message), timeout=LOAD_TIMEOUT_MS)


def test_wrong_password_shows_message(qtbot, api, make_shell):
    dialog = make_shell(api).show_login()
    _try_login(qtbot, dialog, "demo-admin", "not-the-password")
    assert dialog.message == "Wrong user name or password."
    assert dialog.isVisible()
    assert dialog.login_button.isEnabled()  # ready for the next attempt


def test_repeated_failures_show_the_throttle_message(qtbot, api, make_shell):
    dialog = make_shell(api).show_login()
    for _attempt in range(5):  # then the server refuses this address's attempts at this name for a while
        _try_login(qtbot, dialog, "demo-wall", "not-the-password")
        dialog.show_message("")
    _try_login(qtbot, dialog, "demo-wall", "not-the-password")
    assert dialog.message.startswith("Too many failed attempts.")


def test_pending_account_shows_message(qtbot, api, server, make_shell):
    username = f"pending-{uuid.uuid4().hex[:8]}"
    response = requests.post(f"{server.url}/api/v1/auth/register", timeout=10, json={
        "username": username, "password": "a-long-password-1", "display_name": "待审核监督员",
        "role": "city_supervisor", "region_adcode": "440100",
    })
    assert response.status_code == 202, response.text
    dialog = make_shell(api).show_login()
    _try_login(qtbot, dialog, username, "a-long-password-1")
    assert dialog.message == "This account is waiting for approval by an administrator."


def test_unreachable_server_shows_message(qtbot, make_shell):
    dialog = make_shell(ApiClient(f"http://127.0.0.1:{free_port()}")).show_login()
    _try_login(qtbot, dialog, "demo-guangzhou", "sandtable-demo")
    assert dialog.message.startswith("Cannot reach the server at http://127.0.0.1:")


def test_demo_account_selection_logs_in(qtbot, api, make_shell):
    shell = make_shell(api)
    dialog = shell.show_login()
    dialog.demo_combo.setCurrentIndex(dialog.demo_combo.findData("demo-shenzhen"))
    assert dialog.username_edit.text() == "demo-shenzhen"
    assert dialog.password_edit.text() == "sandtable-demo"
    with qtbot.waitSignal(shell.sig_session_ready, timeout=LOAD_TIMEOUT_MS):
        qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert shell.window is not None and shell.window.isVisible()
    assert shell.dialog is None
    assert {p.city_adcode for p in shell.window.project_model.projects} == {"440300"}
    assert "深圳市" in shell.window.scope_label.text()


def test_log_out_returns_to_login(qtbot, api, make_shell):
    shell = make_shell(api)
    shell.login_directly("demo-tianhe", "sandtable-demo")
    qtbot.waitUntil(lambda: shell.controller is not None, timeout=LOAD_TIMEOUT_MS)
    assert shell.window is not None
    shell.window.logout_action.trigger()
    qtbot.waitUntil(lambda: shell.dialog is not None, timeout=LOAD_TIMEOUT_MS)
    assert shell.window is None
    assert shell.dialog.username_edit.text() == "demo-tianhe"
    assert not api.is_authenticated


def test_a_busy_server_reads_apart_from_a_throttled_name():
    """Both are 429: the gate's "sign_in_busy" says to retry in seconds, the throttle says to wait minutes."""
    busy = describe_login_error(TooManyRequestsError(429, "sign_in_busy", "too many sign-ins at this moment"))
    throttled = describe_login_error(TooManyRequestsError(429, "too_many_requests", "retry later"))
    assert busy == "The server is busy with other sign-ins. Try again in a few seconds."
    assert throttled.startswith("Too many failed attempts.")
