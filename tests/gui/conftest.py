"""GUI tests: a real offscreen QApplication talking HTTP to a real server subprocess."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")

import gc
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from pyqtgraph.util.garbage_collector import GarbageCollector
from PySide6.QtCore import QCoreApplication, QEvent, QSettings

from app.controller import MainController
from app.main_window import MainWindow
from app.settings import ClientSettings
from app.worker import Worker
from domain.schemas import TokenOut
from services.api_client import ApiClient
from tests.support.server_process import ServerProcess, running_server

DEMO_PASSWORD = "sandtable-demo"
LOAD_TIMEOUT_MS = 20_000
MAP_LOAD_TIMEOUT_MS = 30_000


@pytest.fixture(autouse=True, scope="module")
def collect_garbage_in_the_gui_thread_only(qapp) -> Iterator[None]:
    """As the application does (app/main.py): no automatic cyclic GC, which would run in whichever thread
    allocates (a worker's, the push stream's) and destroy Qt objects there; a GUI-thread timer collects."""
    collector = GarbageCollector(interval=0.5)
    yield
    collector.timer.stop()
    gc.enable()
    gc.collect()


@pytest.fixture(autouse=True)
def destroy_dropped_qt_objects_in_the_gui_thread(qapp) -> Iterator[None]:
    """After each test (its widgets closed, its fixtures torn down), delete what it dropped here, in the GUI
    thread. Left to Python's cyclic GC, a dropped widget or timer is destroyed in whichever thread next
    allocates enough (a worker's, the push stream's): Qt then warns "Timers cannot be stopped from another
    thread" and, on a busy machine, crashes."""
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    with running_server(tmp_path_factory.mktemp("gui-server"), demo=300, seed=7) as process:
        yield process


@pytest.fixture
def settings(tmp_path: Path) -> ClientSettings:
    """Per-test settings file, so no test sees another's remembered region or window layout."""
    return ClientSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def api(server: ServerProcess) -> ApiClient:
    return ApiClient(server.url)


@pytest.fixture
def worker(qapp) -> Iterator[Worker]:
    worker = Worker()
    yield worker
    worker.wait_for_done(35_000)
    shiboken6.delete(worker)  # now, in the GUI thread (see destroy_dropped_qt_objects_in_the_gui_thread)


class Session:
    """A logged-in main window with its controller, ready for interaction."""

    def __init__(self, window: MainWindow, controller: MainController, token: TokenOut) -> None:
        self.window = window
        self.controller = controller
        self.token = token

    @property
    def rows(self):
        return self.window.project_model.projects


@pytest.fixture
def open_session(qtbot, api: ApiClient, worker: Worker, settings: ClientSettings):
    """Factory: log in as a demo user and wait until the region tree and the first page are shown."""
    sessions: list[Session] = []

    def _open(username: str) -> Session:
        token = api.login(username, DEMO_PASSWORD)
        window = MainWindow(settings)
        qtbot.addWidget(window)
        controller = MainController(api, worker, window, token.user, settings, window)
        with qtbot.waitSignal(controller.sig_session_ready, timeout=LOAD_TIMEOUT_MS):
            window.show()
            controller.start()
        session = Session(window, controller, token)
        sessions.append(session)
        return session

    yield _open
    for session in sessions:
        session.controller.stop()


@pytest.fixture
def map_session(qtbot, open_session, api: ApiClient):
    """Factory: a session whose map shows every project of the user's scope."""

    def _open(username: str):
        session = open_session(username)
        total = len(api.map_features().ids)

        def drawn() -> bool:
            box: list[Any] = []
            session.window.map_view.evaluate("JSON.stringify(window.sandtable && sandtable.state())", box.append)
            qtbot.waitUntil(lambda: bool(box), timeout=MAP_LOAD_TIMEOUT_MS)
            state = json.loads(box[0]) if box[0] else None
            return bool(state) and state["total"] == total and state["visible"] == total

        qtbot.waitUntil(drawn, timeout=MAP_LOAD_TIMEOUT_MS)
        session.total = total
        return session

    return _open
