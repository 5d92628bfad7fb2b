"""A lock file in front of SQLite's write lock, shared by every process writing one database file.

SQLite lets one writer in at a time; the others wait in its busy handler, which sleeps 1, 2, 5, 10, 15 …
ms between attempts. When several processes write all the time (the HJ 212 listener workers, the API
server), each handover of the lock then costs milliseconds of idle cores: measured, two listener
processes used 1.07 of 2 cores and were hardly faster than one. Writers therefore take an advisory
`flock` of ``<database>.writelock`` before ``BEGIN IMMEDIATE`` and release it right after COMMIT or
ROLLBACK, trying for it at most a millisecond apart (a race, not a first-come queue, like SQLite's own).
The lock dies with its process (even SIGKILLed), and SQLite's own locking stays underneath, so a writer
that does not take part (the sqlite3 shell, another tool, a user who may not open the lock file) is still
serialised correctly, merely by the slower busy handler.

The wait is bounded (an unbounded blocking `flock` could hang a server whose worker threads all wait for a
transaction that only one of those threads could finish): after the connection's `timeout` seconds the
writer gets "database is locked", as from SQLite. Once it holds the lock file, SQLite's busy timeout
applies on top only while a non-participating writer is in.

The lock file descriptor is opened with O_CLOEXEC and belongs to one connection: a forked child without
exec would share the parent's lock (the server starts its workers as new processes).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
import time
import weakref
from typing import Any

try:
    import fcntl
except ImportError:  # not on Windows: SQLite's busy handler alone serialises the writers there
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger("sandtable.db")
LOCK_SUFFIX = ".writelock"
_FIRST_POLL_S = 0.0001
_MAX_POLL_S = 0.001  # the longest a released lock stays unclaimed by a waiting writer
_warned: set[str] = set()


def lock_path(database: str) -> str | None:
    """The lock file of a database file; None for in-memory databases and URI file names (not taken part)."""
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return os.fspath(database) + LOCK_SUFFIX


def _open_lock_file(path: str, database: str) -> int | None:
    """Open (creating with the database file's permissions, as SQLite does its -wal file) read-only: flock
    needs no write access. None, logged once per file, when this user may not."""
    try:
        mode = stat.S_IMODE(os.stat(database).st_mode) & 0o666
    except OSError:
        mode = 0o644
    try:
        try:
            fd = os.open(path, os.O_RDONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, mode)
        except FileExistsError:
            return os.open(path, os.O_RDONLY | os.O_CLOEXEC)
        os.fchmod(fd, mode)  # ours: not narrowed by the umask, so every user of the database can open it
        return fd
    except OSError as exc:
        if path not in _warned:
            _warned.add(path)
            log.warning("cannot open %s (%s): writers of this process wait in SQLite's busy handler", path, exc)
        return None


class WriterLockConnection(sqlite3.Connection):
    """A sqlite3 connection (passed as `factory=`) that holds the file's writer lock from
    `acquire_writer_lock` to the end of its transaction."""

    def __init__(self, database: str | os.PathLike[str], timeout: float = 5.0, *args: Any, **kwargs: Any) -> None:
        super().__init__(database, timeout, *args, **kwargs)
        self._timeout = timeout
        self._database = os.fspath(database)
        self._lock_path = lock_path(self._database) if fcntl is not None else None
        self._lock_fd: int | None = None  # opened on first use, kept for the connection's life
        self._close_lock_fd: weakref.finalize | None = None  # also when the connection is never closed
        self._locked = False

    def acquire_writer_lock(self) -> None:
        """Wait (sleeping, without the GIL) until no other writer of this file holds the lock; raise
        sqlite3.OperationalError after the connection's timeout."""
        if self._lock_path is None or self._locked:
            return
        if self._lock_fd is None:
            self._lock_fd = _open_lock_file(self._lock_path, self._database)
            if self._lock_fd is None:
                self._lock_path = None
                return
            self._close_lock_fd = weakref.finalize(self, os.close, self._lock_fd)
        deadline = None
        pause = _FIRST_POLL_S
        while True:
            try:
                fcntl.flock(self._lock_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                now = time.monotonic()
                deadline = deadline or now + self._timeout
                if now >= deadline:
                    raise sqlite3.OperationalError("database is locked (waited for another writer)") from None
                time.sleep(pause)
                pause = min(pause * 2, _MAX_POLL_S)
        self._locked = True

    def release_writer_lock(self) -> None:
        if self._locked:
            self._locked = False
            fcntl.flock(self._lock_fd, fcntl.LOCK_UN)

    def commit(self) -> None:
        try:
            super().commit()
        finally:
            self.release_writer_lock()

    def rollback(self) -> None:
        try:
            super().rollback()
        finally:
            self.release_writer_lock()

    def close(self) -> None:
        try:
            super().close()
        finally:
            self.release_writer_lock()
            if self._close_lock_fd is not None:
                self._close_lock_fd()  # closes the descriptor once
                self._lock_fd = self._close_lock_fd = None
