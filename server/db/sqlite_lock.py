"""A lock file in front of SQLite's write lock, shared by every process writing one database file.

SQLite lets one writer in at a time; the others wait in its busy handler, which sleeps 1, 2, 5, 10, 15 …
ms between attempts. When several processes write all the time (the HJ 212 listener workers, the API
server), each handover of the lock then costs milliseconds of idle cores: measured, two listener
processes used 1.07 of 2 cores and were hardly faster than one. Writers therefore take an advisory
`flock` of ``<database>.writelock`` before ``BEGIN IMMEDIATE`` and release it right after COMMIT or
ROLLBACK. Within a process, writers wait for their turn on a plain lock (woken at once, no polling);
the one whose turn it is tries for the file lock at most a millisecond apart.
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
import sys
import threading
import time
import weakref
from typing import Any

if sys.platform == "win32":  # no fcntl there: SQLite's busy handler alone serialises the writers
    fcntl = None
else:
    import fcntl

log = logging.getLogger("sandtable.db")
LOCK_SUFFIX = ".writelock"
_FIRST_POLL_S = 0.0001
_MAX_POLL_S = 0.001  # the longest a released lock stays unclaimed by a waiting writer
_warned: set[str] = set()
_turns: dict[str, threading.Lock] = {}  # per lock file: the writer of this process whose turn it is
_turns_guard = threading.Lock()


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


class _Hold:
    """One connection's part in the lock: its descriptor of the lock file and whether it holds its turn and
    the file lock. Kept apart from the connection so that a connection dropped without closing (garbage
    collected) still gives both back (`weakref.finalize`)."""

    __slots__ = ("fd", "locked", "turn")

    def __init__(self, fd: int, turn: threading.Lock) -> None:
        self.fd = fd
        self.turn = turn
        self.locked = False

    def release(self) -> None:
        if self.locked:
            self.locked = False
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            self.turn.release()  # a plain lock: the thread that ends the transaction may be another one

    def close(self) -> None:
        self.release()
        os.close(self.fd)


class WriterLockConnection(sqlite3.Connection):
    """A sqlite3 connection (passed as `factory=`) that holds the file's writer lock from
    `acquire_writer_lock` to the end of its transaction."""

    def __init__(self, database: str | os.PathLike[str], timeout: float = 5.0, *args: Any, **kwargs: Any) -> None:
        super().__init__(database, timeout, *args, **kwargs)
        self._timeout = timeout
        self._database = os.fspath(database)
        self._lock_path = lock_path(self._database) if fcntl is not None else None
        self._hold: _Hold | None = None  # made on first use, kept for the connection's life
        self._drop_hold: weakref.finalize[[], WriterLockConnection] | None = None

    def acquire_writer_lock(self) -> None:
        """Wait (sleeping, without the GIL) until no other writer of this file holds the lock; raise
        sqlite3.OperationalError after the connection's timeout."""
        if self._lock_path is None or (self._hold is not None and self._hold.locked):
            return
        if self._hold is None:
            fd = _open_lock_file(self._lock_path, self._database)
            if fd is None:
                self._lock_path = None
                return
            with _turns_guard:
                turn = _turns.setdefault(self._lock_path, threading.Lock())
            self._hold = _Hold(fd, turn)
            self._drop_hold = weakref.finalize(self, self._hold.close)
        hold = self._hold
        deadline = time.monotonic() + self._timeout
        if not hold.turn.acquire(timeout=self._timeout):
            raise sqlite3.OperationalError("database is locked (waited for another writer of this process)")
        pause = _FIRST_POLL_S
        while True:
            try:
                fcntl.flock(hold.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    hold.turn.release()
                    raise sqlite3.OperationalError("database is locked (waited for another writer)") from None
                time.sleep(pause)
                pause = min(pause * 2, _MAX_POLL_S)
        hold.locked = True

    def release_writer_lock(self) -> None:
        if self._hold is not None:
            self._hold.release()

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
            if self._drop_hold is not None:
                self._drop_hold()  # releases and closes the descriptor, once
                self._hold = self._drop_hold = None
