"""SQLite writers hold `<database>.writelock` from BEGIN IMMEDIATE to the end of their transaction."""

from __future__ import annotations

import fcntl
import gc
import logging
import os
import sqlite3
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from server.db.engine import Database
from server.db.sqlite_lock import LOCK_SUFFIX, WriterLockConnection, lock_path


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    database = Database(f"sqlite:///{tmp_path / 'queue.db'}")
    with database.write_session() as session:
        session.execute(sa.text("CREATE TABLE t (x INTEGER)"))
        session.commit()
    yield database
    database.dispose()


def lock_file(database: Database) -> str:
    return f"{database.engine.url.database}{LOCK_SUFFIX}"


def held_elsewhere(database: Database) -> bool:
    """Whether some other open file description holds the writer lock (as another process would see it)."""
    fd = os.open(lock_file(database), os.O_RDWR | os.O_CREAT)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


def count(database: Database) -> int:
    with database.read_session() as session:
        return session.scalar(sa.text("SELECT count(*) FROM t"))


def test_the_lock_is_held_from_the_first_write_statement_to_commit_or_rollback(database: Database) -> None:
    with database.write_session() as session:
        assert not held_elsewhere(database)  # a session takes nothing before its first statement
        session.execute(sa.text("INSERT INTO t VALUES (1)"))
        assert held_elsewhere(database)
        session.commit()
        assert not held_elsewhere(database)
        session.execute(sa.text("INSERT INTO t VALUES (2)"))
        assert held_elsewhere(database)
        session.rollback()
    assert not held_elsewhere(database) and count(database) == 1
    with pytest.raises(RuntimeError), database.write_session() as session:
        session.execute(sa.text("INSERT INTO t VALUES (3)"))
        raise RuntimeError("a request failed half-way")
    assert not held_elsewhere(database) and count(database) == 1  # closed unfinished: rolled back, released


def test_writers_of_one_process_take_turns(database: Database) -> None:
    first, second = database.write_session(), database.write_session()
    try:
        first.execute(sa.text("INSERT INTO t VALUES (1)"))
        done = threading.Event()

        def write() -> None:
            second.execute(sa.text("INSERT INTO t VALUES (2)"))
            second.commit()
            done.set()

        writer = threading.Thread(target=write)
        writer.start()
        # Only time shows that a thread stays blocked (no state says "waiting"); a busy machine can make this
        # check weaker, never wrong.
        assert not done.wait(0.3)
        first.commit()  # the waiting thread is woken at once
        assert done.wait(10)
        writer.join()
    finally:
        first.close()
        second.close()
    assert count(database) == 2 and not held_elsewhere(database)


def test_a_writer_waits_for_the_holder_and_readers_never_do(database: Database) -> None:
    fd = os.open(lock_file(database), os.O_RDWR)
    fcntl.flock(fd, fcntl.LOCK_EX)  # another process writing
    done = threading.Event()

    def write() -> None:
        with database.write_session() as session:
            session.execute(sa.text("INSERT INTO t VALUES (4)"))
            session.commit()
        done.set()

    writer = threading.Thread(target=write)
    try:
        writer.start()
        assert count(database) == 0  # reading goes on while a writer waits
        assert not done.wait(0.5)  # still blocked: only time can show it (see above)
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)
    assert done.wait(10)
    writer.join()
    assert count(database) == 1


def test_a_writer_gives_up_after_its_timeout_like_sqlite_itself(database: Database) -> None:
    fd = os.open(lock_file(database), os.O_RDWR)
    fcntl.flock(fd, fcntl.LOCK_EX)
    connection = sqlite3.connect(database.engine.url.database, timeout=0.2, factory=WriterLockConnection)
    try:
        with pytest.raises(sqlite3.OperationalError, match="database is locked"):
            connection.acquire_writer_lock()
        fcntl.flock(fd, fcntl.LOCK_UN)
        connection.acquire_writer_lock()
        assert held_elsewhere(database)
        connection.rollback()
        assert not held_elsewhere(database)
    finally:
        connection.close()
        os.close(fd)


def test_the_lock_file_takes_the_database_files_permissions(database: Database) -> None:
    db_file = Path(database.engine.url.database)
    os.chmod(db_file, 0o664)
    Path(lock_file(database)).unlink()
    database.dispose()  # new connections open the lock file anew
    with database.write_session() as session:
        session.execute(sa.text("INSERT INTO t VALUES (5)"))
        session.commit()
    assert stat.S_IMODE(os.stat(lock_file(database)).st_mode) == 0o664


def test_writers_that_cannot_open_the_lock_file_still_write(database: Database,
                                                           caplog: pytest.LogCaptureFixture) -> None:
    database.dispose()
    Path(lock_file(database)).unlink()
    Path(lock_file(database)).symlink_to("/nonexistent-folder/writelock")  # no user can create that
    with caplog.at_level(logging.WARNING, logger="sandtable.db"):
        for value in (6, 7):
            with database.write_session() as session:
                session.execute(sa.text("INSERT INTO t VALUES (:v)"), {"v": value})
                session.commit()
    assert count(database) == 2
    assert sum("writelock" in record.getMessage() for record in caplog.records) == 1  # said once


def test_a_connection_dropped_without_closing_releases_the_lock(database: Database) -> None:
    connection = sqlite3.connect(database.engine.url.database, factory=WriterLockConnection)
    connection.acquire_writer_lock()
    assert held_elsewhere(database)
    del connection
    gc.collect()
    assert not held_elsewhere(database)
    with database.write_session() as session:  # nor is this process's turn kept by the dropped connection
        session.execute(sa.text("INSERT INTO t VALUES (8)"))
        session.commit()


def test_only_database_files_get_a_lock_file() -> None:
    assert lock_path("/var/lib/sandtable/sandtable.db") == "/var/lib/sandtable/sandtable.db.writelock"
    assert lock_path(":memory:") is None and lock_path("") is None and lock_path("file:x?mode=memory") is None
