"""Engine factory: SQLite in WAL mode by default, PostgreSQL (psycopg 3) as the scale path.

SQLite writers take the write lock up front (`BEGIN IMMEDIATE`) so two writers never deadlock on a
lock upgrade, and before it a lock file (`sqlite_lock`) that changes hands within a millisecond;
readers use plain deferred transactions so they never wait for writers under WAL.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

from server.db.sqlite_lock import WriterLockConnection

BEGIN_MODE_OPTION = "sandtable_begin"


def default_sqlite_url(directory: Path) -> str:
    directory.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{directory / 'sandtable.db'}"


def make_engine(url: str, *, echo: bool = False) -> Engine:
    if url.startswith("sqlite"):
        engine = sa.create_engine(
            url, echo=echo, connect_args={"check_same_thread": False, "timeout": 30, "factory": WriterLockConnection},
            pool_size=8, max_overflow=8,
        )
        _configure_sqlite(engine)
        return engine
    return sa.create_engine(url, echo=echo, pool_size=10, max_overflow=10, pool_pre_ping=True)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves, below
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        # Ingest batches touch a few pages in many places (the index tail of every device and metric, the
        # rollups): a 32 MiB page cache keeps those in memory, and checkpointing every 4,000 WAL pages
        # rather than 1,000 copies each hot page once per several commits instead of once per commit.
        cursor.execute("PRAGMA cache_size=-32768")
        cursor.execute("PRAGMA wal_autocheckpoint=4000")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: sa.Connection) -> None:
        mode = conn.get_execution_options().get(BEGIN_MODE_OPTION, "DEFERRED")
        if mode != "IMMEDIATE":
            conn.exec_driver_sql(f"BEGIN {mode}")
            return
        dbapi_connection = conn.connection.dbapi_connection
        if isinstance(dbapi_connection, WriterLockConnection):  # wait for the other writers' turns first
            try:
                dbapi_connection.acquire_writer_lock()
            except sqlite3.OperationalError as exc:  # the error SQLite's own timeout gives, as SQLAlchemy wraps it
                raise sa.exc.OperationalError("BEGIN IMMEDIATE", None, exc) from exc
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        except BaseException:
            if isinstance(dbapi_connection, WriterLockConnection):
                dbapi_connection.release_writer_lock()
            raise


class Database:
    """The engine plus two session factories: one for reads, one for writes."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = url
        self.engine = make_engine(url, echo=echo)
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        writer = self.engine.execution_options(**{BEGIN_MODE_OPTION: "IMMEDIATE"}) if self.is_sqlite else self.engine
        self._write = sessionmaker(writer, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    def read_session(self) -> Session:
        return self._read()

    def write_session(self) -> Session:
        return self._write()

    def dispose(self) -> None:
        self.engine.dispose()
