"""The in-process server behind `python main.py`: uvicorn in a background thread on 127.0.0.1.

The desktop client still talks HTTP to it, so embedded and remote use one code path.
"""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import uvicorn

from domain.credentials import WallCredentialIn
from domain.wall_config import WallConfig
from server.accounts import wall_credentials
from server.admin import OPERATOR
from server.app import create_app, prepare_database
from server.config import Settings
from server.db.engine import Database
from server.push.hub import end_local_streams


@dataclass
class EmbeddedServer:
    url: str
    _server: uvicorn.Server
    _thread: threading.Thread
    hj212_port: int | None = None
    _simulator_stop: threading.Event | None = None

    def stop(self) -> None:
        if self._simulator_stop is not None:
            self._simulator_stop.set()
        end_local_streams()  # the client's stream ends now, not after the graceful shutdown's wait
        self._server.should_exit = True
        self._thread.join(timeout=10)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_embedded_server(*, db_path: Path, demo_projects: int = 3000, seed: int = 20261125, port: int = 0,
                          startup_timeout: float = 300.0, hj212_port: int | None = None,
                          simulate: bool = False) -> EmbeddedServer:
    """Start on a SQLite file and block until the server answers (the first start seeds the demo data).

    `hj212_port` opens the HJ 212 listener on 127.0.0.1 (0: any free port); `simulate` also opens it and
    streams live data for the demo devices from a background thread, so the client has data at once.
    """
    db_path.parent.mkdir(parents=True, exist_ok=True)
    if simulate and hj212_port is None:
        hj212_port = 0
    if hj212_port == 0:
        hj212_port = _free_port()
    settings = Settings(db_url=f"sqlite:///{db_path}", demo_projects=demo_projects, demo_seed=seed,
                        hj212_port=hj212_port)
    embedded = start_server(settings, port=port, startup_timeout=startup_timeout)
    embedded.hj212_port = hj212_port
    if simulate:
        from server.simulate import Simulator, run_in_thread  # only the demo needs the simulator

        simulator = Simulator(server=embedded.url, hj212_host="127.0.0.1", hj212_port=hj212_port or 0,
                              demo_seed=seed)
        _, embedded._simulator_stop = run_in_thread(simulator)
    return embedded


def start_server(settings: Settings, *, port: int = 0, startup_timeout: float = 300.0) -> EmbeddedServer:
    """Serve `settings` on 127.0.0.1 from a background thread; block until it accepts requests."""
    port = port or _free_port()
    # Open event streams never end on their own: give them 2 s on shutdown, then close them.
    config = uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning",
                            timeout_graceful_shutdown=2)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="embedded-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + startup_timeout
    while not server.started:
        if not thread.is_alive():
            raise RuntimeError("the embedded server stopped during start-up; see the log above")
        if time.monotonic() > deadline:
            server.should_exit = True
            raise TimeoutError(f"the embedded server did not start within {startup_timeout:.0f} s")
        time.sleep(0.05)
    return EmbeddedServer(url=f"http://127.0.0.1:{port}", _server=server, _thread=thread)


DEMO_WALL_NAME = "演示指挥大屏（内置演示服务器）"


def demo_wall_config(embedded: EmbeddedServer, db_path: Path, *, region: str = "440000") -> WallConfig:
    """`python main.py --wall` on the embedded demo server: a credential issued as an operator would
    (`python -m server admin issue-wall-credential`), the demo's earlier ones revoked (one demo wall at a
    time; the port, and so the address, changes with every start)."""
    database = Database(f"sqlite:///{db_path}")
    try:
        catalog = prepare_database(database, Settings(db_url=database.url))
        with database.write_session() as session:
            for old in wall_credentials.credentials(session):
                if old.name == DEMO_WALL_NAME and old.revoked_at is None:
                    wall_credentials.revoke(session, OPERATOR, old.id)
            issued = wall_credentials.issue(session, catalog, OPERATOR,
                                            WallCredentialIn(name=DEMO_WALL_NAME, region_adcode=region))
    finally:
        database.dispose()
    return WallConfig(server_url=embedded.url, credential=issued.secret, refresh_s=15, interrupt_s=30)
