"""The workstation is honest about its link to the server (issue 14): "Connected" means the push stream is up;
while the server is gone a banner says what is on screen may be out of date and since when; once it is back
everything that came from the server is loaded again (once per outage), and the banner goes. A token the
server revokes ends the session plainly, also when the push stream is what notices it."""

from __future__ import annotations

import datetime as dt
import json
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from PySide6.QtCore import QSettings

from app.controller import MainController
from app.error_text import describe_error
from app.main_window import MainWindow
from app.outage import LinkState, OutageWatch
from app.settings import ClientSettings
from app.worker import Worker
from services.api_client import ApiClient
from services.errors import AuthenticationError
from tests.gui.conftest import DEMO_PASSWORD, LOAD_TIMEOUT_MS
from tests.support.projects import TIANHE_WGS84, project_body
from tests.support.restartable_server import RestartableServer

pytestmark = pytest.mark.timeout(900)
USER = "demo-tianhe"  # a district supervisor: a small tree and table, and may register projects in Tianhe
TIANHE = "440106"
WAIT_MS = 60_000  # a ceiling: the stream retries with a backoff of up to 30 s once the server is back
SCREENSHOT_ENV = "SANDTABLE_STALE_SCREENSHOT"  # where to keep the picture of the stale window (else the test's tmp)


@pytest.fixture(scope="module")
def restartable(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RestartableServer]:
    server = RestartableServer(tmp_path_factory.mktemp("outage-server"))
    server.start()
    yield server
    server.stop()


def _session(qtbot, server: RestartableServer, worker: Worker, tmp_path: Path) -> tuple[MainWindow, MainController,
                                                                                        str]:
    api = ApiClient(server.url)
    token = api.login(USER, DEMO_PASSWORD)
    settings = ClientSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    controller = MainController(api, worker, window, token.user, settings, window)
    with qtbot.waitSignal(controller.sig_session_ready, timeout=LOAD_TIMEOUT_MS):
        window.show()
        controller.start()
    return window, controller, token.access_token


def _map_state(qtbot, window: MainWindow) -> dict[str, Any] | None:
    box: list[Any] = []
    window.map_view.evaluate("JSON.stringify(window.sandtable && sandtable.state())", box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=WAIT_MS)
    return json.loads(box[0]) if box[0] else None


def _tianhe_count(window: MainWindow) -> int:
    index = window.region_tree.region_model.index_of(TIANHE)
    return int(str(index.siblingAtColumn(1).data()).replace(",", "")) if index.isValid() else -1


def test_an_outage_marks_the_window_stale_and_the_return_reloads_everything(qtbot, restartable, worker,
                                                                            tmp_path) -> None:
    window, controller, token = _session(qtbot, restartable, worker, tmp_path)
    label, banner = window.connection_label, window.stale_banner
    qtbot.waitUntil(lambda: label.text() == window.tr("● Connected"), timeout=WAIT_MS)  # the stream is up
    assert not banner.isVisible()

    # The table searches for a word no project has yet; the map draws every point of the scope.
    word = f"停电演练{uuid.uuid4().hex[:6]}"
    with qtbot.waitSignal(controller.sig_projects_loaded, timeout=WAIT_MS):
        window.filter_bar.search_edit.setText(word)
    assert controller.query.q == word and not window.project_model.projects
    qtbot.waitUntil(lambda: (_map_state(qtbot, window) or {}).get("total", 0) > 0, timeout=WAIT_MS)
    points_before = (_map_state(qtbot, window) or {})["total"]
    count_before = _tianhe_count(window)

    # A project registered behind the client's back: nothing pushes projects, only a reload can show it.
    suffix = f"{uuid.uuid4().int % 10**6:06d}"
    created = requests.post(f"{restartable.url}/api/v1/projects", timeout=30, headers={"Authorization": f"Bearer {token}"},
                            json=project_body(name=f"{word}综合楼", project_code=f"2501-440106-04-01-{suffix}",
                                              permit_no=f"440106202503{suffix}", lon=TIANHE_WGS84[0],
                                              lat=TIANHE_WGS84[1]))
    assert created.status_code == 201, created.text
    new_id = created.json()["id"]

    reloads: list[None] = []
    controller.outage.sig_reload_wanted.connect(lambda: reloads.append(None))
    restartable.stop()
    qtbot.waitUntil(banner.isVisible, timeout=WAIT_MS)
    since = controller.outage.stale_since
    assert since is not None
    assert since.strftime("%H:%M:%S") in banner.text() and "out of date" in banner.text()
    assert label.text() == window.tr("● Reconnecting since {0}").format(since.strftime("%H:%M:%S"))
    assert controller.outage.status.state is LinkState.RECONNECTING
    assert window.grab().save(os.environ.get(SCREENSHOT_ENV) or str(tmp_path / "stale.png"))
    assert not window.project_model.projects and _tianhe_count(window) == count_before  # nothing reloaded yet

    restartable.start()
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=WAIT_MS)
    assert label.text() == window.tr("● Connected")
    assert [p.id for p in window.project_model.projects] == [new_id]  # the table's page, same search
    assert _tianhe_count(window) == count_before + 1  # the tree
    assert window.region_tree.selected_adcode() is not None
    qtbot.waitUntil(lambda: (_map_state(qtbot, window) or {}).get("total") == points_before + 1, timeout=WAIT_MS)
    assert reloads == [None]  # once for the outage, however often the stream and the health check retried
    controller.stop()


def test_a_revoked_token_ends_the_session_and_says_so(qtbot, restartable, worker, tmp_path) -> None:
    window, controller, token = _session(qtbot, restartable, worker, tmp_path)
    qtbot.waitUntil(lambda: controller.monitoring.stream.is_connected, timeout=WAIT_MS)
    with qtbot.waitSignal(controller.sig_session_ended, timeout=WAIT_MS) as ended:
        revoked = requests.post(f"{restartable.url}/api/v1/auth/logout", timeout=30,
                                headers={"Authorization": f"Bearer {token}"})
        assert revoked.status_code == 204
    assert ended.args == [describe_error(AuthenticationError(401, "token_revoked", ""))]  # the login dialog's text
    assert window.connection_label.text() == window.tr("● Session ended")  # never "Connected" with a dead token
    assert not window.stale_banner.isVisible()


# --- the rules, without a server --------------------------------------------------------------------------


class _Recorder:
    def __init__(self, watch: OutageWatch) -> None:
        self.stale: list[dt.datetime | None] = []
        self.reloads = 0
        watch.sig_stale_changed.connect(self.stale.append)
        watch.sig_reload_wanted.connect(self._reload)

    def _reload(self) -> None:
        self.reloads += 1


def test_a_short_stream_drop_is_reconnecting_but_not_stale(qapp) -> None:
    watch = OutageWatch(grace_ms=600_000)
    seen = _Recorder(watch)
    assert watch.status.state is LinkState.CONNECTING
    watch.stream_changed(True)
    assert watch.status.state is LinkState.CONNECTED
    watch.stream_changed(False)  # a new set of watched devices: the stream reconnects
    assert watch.status.state is LinkState.RECONNECTING and watch.status.since is not None
    watch.health_ok()
    watch.stream_changed(True)
    assert watch.status.state is LinkState.CONNECTED
    assert seen.stale == [] and seen.reloads == 0


def test_one_reload_per_outage_and_fresh_only_with_the_stream_back(qapp) -> None:
    watch = OutageWatch(grace_ms=600_000)
    seen = _Recorder(watch)
    watch.stream_changed(True)
    watch.stream_changed(False)
    watch.health_failed()
    watch.health_failed()
    assert len(seen.stale) == 1 and seen.stale[0] is not None
    watch.health_ok()  # the server is back before the stream retried
    assert seen.reloads == 1
    watch.health_ok()
    watch.reload_done()
    assert seen.stale[-1] is not None and watch.status.state is LinkState.RECONNECTING  # live updates still off
    watch.stream_changed(True)
    assert seen.stale[-1] is None and watch.status.state is LinkState.CONNECTED
    assert seen.reloads == 1


def test_a_stream_refused_while_health_answers_is_an_outage_after_the_grace(qtbot) -> None:
    watch = OutageWatch(grace_ms=50)
    seen = _Recorder(watch)
    watch.stream_changed(True)
    watch.stream_changed(False)
    watch.health_ok()
    qtbot.waitUntil(lambda: bool(seen.stale), timeout=5_000)
    watch.health_ok()
    assert seen.reloads == 1
    watch.end()
    assert watch.status.state is LinkState.ENDED
