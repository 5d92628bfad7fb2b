"""The control-room wall against a real server process it can lose: started from its configuration file
without a dialog, rotating scenes, interrupted by a critical alarm, honest about an outage, told plainly
about a revoked credential, renewing its session before the token expires."""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
import shiboken6
from PySide6.QtWidgets import QApplication, QDialog

from app.wall.controller import WallController
from app.wall.shell import WallShell
from app.worker import Worker
from domain.wall_config import SceneSlot, WallConfig
from tests.support.monitoring import KIND_FIELDS
from tests.support.restartable_server import RestartableServer
from widgets.wall.style import WallStyle

pytestmark = pytest.mark.timeout(240)
WAIT_MS = 60_000  # a ceiling only: the stream's reconnect backoff reaches 30 s after a long outage
TOKEN_TTL_S = 20
PROVINCE = "440000"


@pytest.fixture(scope="module")
def wall_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RestartableServer]:
    server = RestartableServer(tmp_path_factory.mktemp("wall-server"), demo=60,
                               extra_args=["--token-ttl", str(TOKEN_TTL_S)])
    server.start()
    yield server
    server.stop()


def admin_headers(server: RestartableServer) -> dict[str, str]:
    """A fresh administrator token each time: the server's tokens live only TOKEN_TTL_S here."""
    answer = requests.post(f"{server.url}/api/v1/auth/token",
                           data={"username": "demo-admin", "password": "sandtable-demo"}, timeout=30)
    assert answer.status_code == 200, answer.text
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}


def issue_credential(server: RestartableServer) -> dict:
    answer = requests.post(f"{server.url}/api/v1/wall/credentials", headers=admin_headers(server),
                           json={"name": f"测试大屏 {uuid.uuid4().hex[:6]}", "region_adcode": PROVINCE}, timeout=30)
    assert answer.status_code == 201, answer.text
    return answer.json()


def write_config(path: Path, server: RestartableServer, secret: str, *, scenes: tuple[SceneSlot, ...] | None = None,
                 refresh_s: float = 2, interrupt_s: float = 3) -> Path:
    config = WallConfig(server.url, secret, scenes or (SceneSlot("overview", 600), SceneSlot("alarms", 600)),
                        refresh_s=refresh_s, interrupt_s=interrupt_s, sound=False)
    path.write_text(config.to_toml(), encoding="utf-8")
    return path


@pytest.fixture
def start_wall(qtbot, worker: Worker) -> Iterator:
    shells: list[WallShell] = []

    def start(config_path: Path) -> WallShell:
        shell = WallShell(worker, config_path, style=WallStyle.for_height(1080))
        window = shell.start(full_screen=False)
        window.resize(1920, 1080)
        shells.append(shell)
        return shell

    yield start
    for shell in shells:
        if shell.controller is not None:
            shell.controller.stop()
        if shell.window is not None:
            shell.window.allow_close()
            shell.window.close()
            shiboken6.delete(shell.window)
        shiboken6.delete(shell)


def live(qtbot, controller: WallController) -> None:
    """Loaded, the stream up, the reload after it arrived: no banner."""
    qtbot.waitUntil(lambda: controller.refreshes > 0 and controller.stream.is_connected
                    and controller.window.banner_text is None, timeout=WAIT_MS)


def live_wall(qtbot, start_wall, server: RestartableServer, path: Path, **options) -> WallController:
    """A wall started from a new credential's config, loaded and live."""
    shell = start_wall(write_config(path, server, issue_credential(server)["secret"], **options))
    qtbot.waitUntil(lambda: shell.controller is not None, timeout=WAIT_MS)
    controller = shell.controller
    assert controller is not None
    live(qtbot, controller)
    return controller


def no_dialog_shown() -> bool:
    return not any(isinstance(w, QDialog) and w.isVisible() for w in QApplication.topLevelWidgets())


def test_wall_starts_from_its_config_file_without_a_dialog(qtbot, wall_server, start_wall, tmp_path):
    controller = live_wall(qtbot, start_wall, wall_server, tmp_path / "wall.toml")
    window = controller.window
    assert no_dialog_shown()
    assert window.current_scene == "overview" and not window.notice_shown
    summary = requests.get(f"{wall_server.url}/api/v1/wall/summary", timeout=30,
                           headers={"Authorization": f"Bearer {controller.session.token.access_token}"}).json()
    kpis = controller.scenes.overview.kpi_texts()
    assert kpis["under_construction"] == str(summary["projects_under_construction"])
    assert kpis["devices"].startswith(str(summary["devices_online"]))
    assert window.as_of_label.text().startswith("Data as of ")
    assert len(window.clock_label.text()) == 8 and window.clock_label.text()[2] == ":"
    assert window.cursor().shape().name == "BlankCursor"
    window.close()  # a window manager's close must not blank a control room
    assert window.isVisible()


def test_bad_config_is_a_full_screen_notice_until_the_file_is_fixed(qtbot, wall_server, start_wall, tmp_path):
    path = tmp_path / "wall.toml"
    path.write_text('[server]\nurl = "http://127.0.0.1:1"\ncredential = "x"\n[[scenes]]\nname = "weather"\n',
                    encoding="utf-8")
    shell = start_wall(path)
    window = shell.window
    assert window is not None and window.notice_shown and shell.controller is None
    assert "weather" in window.notice.detail_label.text() and str(path) in window.notice.detail_label.text()
    write_config(path, wall_server, issue_credential(wall_server)["secret"])
    qtbot.waitUntil(lambda: shell.controller is not None and shell.controller.refreshes > 0, timeout=WAIT_MS)
    assert not window.notice_shown and no_dialog_shown()


def test_unreachable_server_at_start_says_so_and_retries(qtbot, wall_server, start_wall, tmp_path):
    issued = issue_credential(wall_server)
    config = WallConfig("http://127.0.0.1:1", issued["secret"], refresh_s=2, sound=False)
    path = tmp_path / "wall.toml"
    path.write_text(config.to_toml(), encoding="utf-8")
    shell = start_wall(path)
    window = shell.window
    assert window is not None
    qtbot.waitUntil(lambda: window.notice.title_label.text() == "Server unreachable", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.notice.footer_label.text().startswith("Trying again in"), timeout=WAIT_MS)
    assert no_dialog_shown()


def test_scenes_rotate_and_a_critical_alarm_interrupts_then_returns(qtbot, wall_server, start_wall, tmp_path):
    scenes = (SceneSlot("overview", 1), SceneSlot("alarms", 1), SceneSlot("cases", 1))
    controller = live_wall(qtbot, start_wall, wall_server, tmp_path / "wall.toml", scenes=scenes, interrupt_s=3)
    seen: list[str] = []

    def rotated() -> bool:
        current = controller.window.current_scene
        if current and (not seen or seen[-1] != current):
            seen.append(current)
        return {"overview", "alarms", "cases"} <= set(seen)

    qtbot.waitUntil(rotated, timeout=WAIT_MS)

    headers = admin_headers(wall_server)
    project_id = requests.get(f"{wall_server.url}/api/v1/devices", params={"limit": 1}, headers=headers,
                              timeout=30).json()[0]["project_id"]
    code = f"W-{uuid.uuid4().hex[:10]}"
    device = requests.post(f"{wall_server.url}/api/v1/devices", headers=headers, timeout=30, json={
        "project_id": project_id, "kind": "tower_crane", "code": code, "name": f"大屏测试塔机 {code}",
        **KIND_FIELDS["tower_crane"]}).json()
    shown: list[int] = []
    controller.sig_alarm_shown.connect(shown.append)
    reading = {"metric": "moment_pct", "ts": dt.datetime.now(dt.UTC).isoformat(), "value": 104.0}
    sent = requests.post(f"{wall_server.url}/api/v1/ingest/readings", json={"readings": [reading]},
                         headers={"Authorization": device["http_authorization"]}, timeout=30)
    assert sent.status_code == 200, sent.text
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
    focus = controller.scenes.focus.alarm
    assert focus is not None and focus.warning_id == shown[0] and focus.device_code == code
    assert controller.window.current_scene == "focus"
    assert controller.scenes.alarms.is_flashing(shown[0]) or controller.scenes.alarms.is_highlighted(shown[0])
    qtbot.waitUntil(lambda: controller.window.current_scene in {"overview", "alarms", "cases"}, timeout=WAIT_MS)


def test_outage_is_bannered_then_everything_reloads(qtbot, wall_server, start_wall, tmp_path):
    controller = live_wall(qtbot, start_wall, wall_server, tmp_path / "wall.toml", refresh_s=2)
    stop_work_before = int(controller.scenes.overview.kpi_texts()["stop_work"])

    wall_server.stop()
    qtbot.waitUntil(lambda: controller.window.banner_text is not None, timeout=WAIT_MS)
    assert controller.window.banner_text.startswith("NOT LIVE")
    assert all(scene.stale for scene in controller.scenes.all())
    with sqlite3.connect(wall_server.db_path) as db:  # a change the wall can only learn by reloading
        db.execute("UPDATE projects SET status = 'suspended' WHERE id = "
                   "(SELECT id FROM projects WHERE status = 'under_construction' ORDER BY id LIMIT 1)")
    wall_server.start()
    qtbot.waitUntil(lambda: controller.window.banner_text is None
                    and controller.scenes.overview.kpi_texts()["stop_work"] == str(stop_work_before + 1),
                    timeout=WAIT_MS)
    assert not any(scene.stale for scene in controller.scenes.all())
    assert no_dialog_shown()


def test_revoked_credential_is_said_full_screen_and_a_reissue_restarts_the_wall(qtbot, wall_server, start_wall,
                                                                                tmp_path):
    issued = issue_credential(wall_server)
    path = write_config(tmp_path / "wall.toml", wall_server, issued["secret"])
    shell = start_wall(path)
    qtbot.waitUntil(lambda: shell.controller is not None, timeout=WAIT_MS)
    controller = shell.controller
    assert controller is not None
    live(qtbot, controller)

    revoked = requests.delete(f"{wall_server.url}/api/v1/wall/credentials/{issued['id']}",
                              headers=admin_headers(wall_server), timeout=30)
    assert revoked.status_code == 200, revoked.text
    qtbot.waitUntil(lambda: controller.window.notice_shown and controller.refused, timeout=WAIT_MS)
    assert controller.window.notice.title_label.text() == "Credential revoked — contact the administrator"
    assert no_dialog_shown()

    refreshes = controller.refreshes
    write_config(path, wall_server, issue_credential(wall_server)["secret"])
    qtbot.waitUntil(lambda: not controller.refused and controller.refreshes > refreshes
                    and not controller.window.notice_shown, timeout=WAIT_MS)
    live(qtbot, controller)


def test_session_is_renewed_before_the_token_expires(qtbot, wall_server, start_wall, tmp_path):
    controller = live_wall(qtbot, start_wall, wall_server, tmp_path / "wall.toml")
    first = controller.session.token
    outage_marks = controller.freshness.stream_changed_at
    due = controller.session.renewal_due_in_s
    assert due is not None and due < TOKEN_TTL_S
    qtbot.waitUntil(lambda: controller.session.renewals >= 1, timeout=WAIT_MS)
    renewed = controller.session.token
    assert renewed is not None and first is not None and renewed.access_token != first.access_token
    assert renewed.expires_at > first.expires_at
    # the stream moved to the new token by resuming: no outage, no banner, no reload from scratch
    assert controller.freshness.stream_changed_at == outage_marks
    live(qtbot, controller)
    refreshes = controller.refreshes
    qtbot.waitUntil(lambda: controller.refreshes > refreshes + 2, timeout=WAIT_MS)  # still loading with it
    assert controller.window.banner_text is None and not controller.window.notice_shown


@pytest.mark.parametrize("height", [1080, 2160])
def test_every_scene_fits_its_screen(qapp, height):
    """A scene wider than the screen would be cut off on a wall (no scroll bars, nobody to scroll)."""
    from domain.wall import WALL_SCENES
    from widgets.wall.scenes import build_scenes
    from widgets.wall.wall_window import WallWindow

    style = WallStyle.for_height(height)
    window = WallWindow(style, quit_chord="Ctrl+Alt+Shift+Q", playlist=WALL_SCENES)
    try:
        build_scenes(style, window)
        needed = window.minimumSizeHint()
        assert needed.width() <= height * 16 // 9 and needed.height() <= height, needed
    finally:
        window.allow_close()
        shiboken6.delete(window)


def test_refreshes_asked_for_in_a_burst_load_once_more_not_once_each(qtbot, wall_server, start_wall, tmp_path):
    controller = live_wall(qtbot, start_wall, wall_server, tmp_path / "wall.toml", refresh_s=600)
    qtbot.waitUntil(lambda: not controller._loading, timeout=WAIT_MS)
    loads = controller.loader._loads
    refreshes = controller.refreshes
    for _ in range(10):
        controller.refresh()
    qtbot.waitUntil(lambda: controller.refreshes >= refreshes + 2 and not controller._loading, timeout=WAIT_MS)
    assert controller.loader._loads == loads + 2  # the one asked for, then one for all asked meanwhile


def test_only_the_quit_chord_ends_the_wall(qtbot, start_wall, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest

    shell = start_wall(tmp_path / "missing.toml")  # no configuration: the notice, and still a way out
    window = shell.window
    assert window is not None and window.notice_shown
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    exits: list[int] = []
    shell.sig_exit_requested.connect(exits.append)
    QTest.keyClick(window, Qt.Key.Key_Escape)
    QTest.keyClick(window, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    assert not exits and window.isVisible()
    QTest.keySequence(window, QKeySequence("Ctrl+Alt+Shift+Q"))
    qtbot.waitUntil(lambda: exits == [0], timeout=5000)
    assert not window.isVisible()
