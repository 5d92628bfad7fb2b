"""The background-worker helper: results arrive in the GUI thread, newest job of a channel wins."""

from __future__ import annotations

import threading
import time

from app.worker import Worker


def test_result_and_error_are_delivered_in_gui_thread(qtbot, worker: Worker):
    gui_thread = threading.get_ident()
    seen: list[tuple[str, object, int]] = []

    def fail() -> None:
        raise ValueError("boom")

    worker.submit(lambda: threading.get_ident(), lambda v: seen.append(("ok", v, threading.get_ident())),
                  lambda e: seen.append(("error", e, threading.get_ident())))
    worker.submit(fail, lambda v: seen.append(("ok", v, threading.get_ident())),
                  lambda e: seen.append(("error", e, threading.get_ident())))
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    outcomes = dict((kind, (value, thread)) for kind, value, thread in seen)
    assert outcomes["ok"][0] != gui_thread  # the job itself ran in the pool
    assert isinstance(outcomes["error"][0], ValueError)
    assert {thread for _value, thread in outcomes.values()} == {gui_thread}


def test_newer_job_on_channel_supersedes_older(qtbot, worker: Worker):
    results: list[str] = []
    errors: list[Exception] = []

    def slow(value: str, delay: float):
        def job() -> str:
            time.sleep(delay)
            return value
        return job

    with qtbot.waitSignal(worker.sig_busy_changed, check_params_cb=lambda busy: not busy, timeout=5000):
        worker.submit(slow("old", 0.3), results.append, errors.append, channel="projects")
        worker.submit(slow("new", 0.0), results.append, errors.append, channel="projects")
    assert results == ["new"] and errors == []
    assert not worker.is_busy
