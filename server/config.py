"""Server settings: one frozen object built from the command line (or by tests)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class AbuseLimits:
    """Throttles of the endpoints anyone can call, per server process (README "Abuse protection"). Failed
    logins per (user name, address) are `Settings.max_failed_logins` within `Settings.lockout_duration`."""

    login_failures_per_address: int = 50  # within lockout_duration, whatever the user names
    login_failures_per_account: int = 100  # within lockout_duration, from addresses the account is not known at
    registrations_per_address: int = 20  # per hour
    notice_checks_per_address: int = 30  # per minute


@dataclass(frozen=True)
class Settings:
    db_url: str
    token_ttl: dt.timedelta = dt.timedelta(hours=12)
    max_failed_logins: int = 5
    # A throttled request's 429 is answered after this delay (an await: it holds no thread). Clients that
    # ignore Retry-After and ask again at once are slowed to one request per delay each, so a flood of
    # them costs the server a fraction of the CPU it would at full speed (issue 12 benchmark).
    throttled_answer_delay: float = 1.0
    lockout_duration: dt.timedelta = dt.timedelta(minutes=15)
    demo_projects: int = 0
    demo_seed: int = 20261125
    data_dir: Path | None = None  # uploaded documents; default: beside the SQLite file, else the user data dir
    max_upload_bytes: int = 20 * 1024 * 1024
    max_image_pixels: int = 40_000_000  # width × height of an uploaded image, read from its header (issue 12)
    # live monitoring (issue 5)
    hj212_port: int | None = None  # HJ 212 TCP listener on hj212_host; None: no listener
    hj212_host: str = "127.0.0.1"
    hj212_idle_timeout: float = 300.0  # seconds without a valid frame before a device connection is closed
    hj212_workers: int = 1  # 1: the server process listens; N > 1: N worker processes share the port (SO_REUSEPORT)
    # HJ 212 under abuse (issue 12), per listener process: caps close a connection at once; a connection must
    # send a valid frame within hj212_first_frame_timeout, and a begun frame must end within hj212_frame_timeout
    hj212_max_connections: int = 2000
    hj212_max_connections_per_address: int = 64
    hj212_first_frame_timeout: float = 60.0
    hj212_frame_timeout: float = 30.0
    hj212_max_bytes_per_second: int = 128 * 1024  # per connection; reading pauses beyond it
    hj212_max_junk_bytes: int = 64 * 1024  # read without an accepted frame: the connection is closed
    mqtt_url: str | None = None  # e.g. mqtt://127.0.0.1:1883; None: no MQTT subscription
    mqtt_topic: str = "sandtable/+/readings"
    reading_retention: dt.timedelta = dt.timedelta(days=180)  # raw readings and minute rollups
    offline_check_interval: float = 60.0  # seconds between device-inactivity sweeps
    max_ingest_items: int = 10_000  # readings per HTTP batch; more answers 413
    # abuse protection (issue 12)
    demo_mode: bool = False  # accept demo accounts and demo device secrets; implied by demo_projects
    trust_forwarded_for: bool = False  # a client's address is the last X-Forwarded-For entry (behind a proxy)
    abuse: AbuseLimits = AbuseLimits()

    @property
    def accepts_demo_credentials(self) -> bool:
        """Demo accounts and demo device secrets are public: usable only on a server started for the demo."""
        return self.demo_mode or self.demo_projects > 0
