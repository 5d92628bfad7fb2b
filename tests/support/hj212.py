"""HJ 212 test helpers: a device's TCP link, its uploads, and a dust monitor registered straight in the database."""

from __future__ import annotations

import datetime as dt
import socket
import uuid

import sqlalchemy as sa

from domain import hj212
from domain.monitoring import ParticulateUnit
from server.db.engine import Database
from server.monitoring.credentials import hash_secret
from server.monitoring.models import Device


class DeviceLink:
    """One device's TCP connection: send frames, read acknowledgements."""

    def __init__(self, port: int, *, source: str | None = None) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=10,
                                             source_address=(source, 0) if source else None)
        self.buffer = b""

    def send(self, frame: bytes) -> None:
        self.sock.sendall(frame)

    def ack(self, timeout: float = 10.0) -> hj212.Packet:
        self.sock.settimeout(timeout)
        while b"\r\n" not in self.buffer:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise ConnectionError("closed by the server")
            self.buffer += chunk
        line, _, self.buffer = self.buffer.partition(b"\r\n")
        return hj212.decode_frame(line + b"\r\n")

    def nothing_within(self, seconds: float) -> bool:
        self.sock.settimeout(seconds)
        try:
            return not self.sock.recv(4096) and False
        except TimeoutError:
            return True

    def closed_by_server(self, timeout: float = 10.0) -> bool:
        """Whether the server closes the connection (end of file or reset) within `timeout`, discarding data."""
        self.sock.settimeout(timeout)
        try:
            while self.sock.recv(4096):
                pass
        except TimeoutError:
            return False
        except ConnectionError:
            return True
        return True

    def close(self) -> None:
        self.sock.close()


def upload(device: dict, at: dt.datetime, *, noise: float = 58.0, flag: int = 5, pw: str | None = None,
           mn: str | None = None, part: tuple[int, int] | None = None, groups: list | None = None) -> bytes:
    return hj212.data_frame(
        qn=hj212.format_time(at, millis=True), st="39", cn="2011", pw=pw or device["secret"], mn=mn or device["mn"],
        flag=flag, part=part,
        groups=groups or [[("DataTime", hj212.format_time(at))], [("a34002-Rtd", "0.061"), ("a34002-Flag", "N")],
                          [("LA-Rtd", f"{noise:.1f}"), ("LA-Flag", "N")]])


def insert_monitor(url: str, *, code: str | None = None, secret: str = "test-secret") -> dict:
    """A dust/noise monitor (µg/m³) on the project of the database's first one, inserted with Core (no ORM
    events: as another process's registration looks from this one, and without needing an account)."""
    database = Database(url)
    try:
        with database.read_session() as session:
            template = session.scalars(sa.select(Device).where(Device.mn.is_not(None)).order_by(Device.id)
                                       .limit(1)).one()
        columns = {c.key: getattr(template, c.key) for c in sa.inspect(Device).column_attrs if c.key != "id"}
        device = {**columns, "code": code or f"T-{uuid.uuid4().hex[:12]}", "mn": uuid.uuid4().hex[:20].upper(),
                  "particulate_unit": ParticulateUnit.UG_M3, "registered_by": "test",
                  "secret_hash": hash_secret(secret)}
        with database.write_session() as session:
            device_id = session.execute(sa.insert(Device).values(device).returning(Device.id)).scalar_one()
            session.commit()
    finally:
        database.dispose()
    return {"id": device_id, "code": device["code"], "mn": device["mn"], "secret": secret}
