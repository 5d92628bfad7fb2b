"""The background-worker helper: results arrive in the GUI thread, newest job of a channel wins."""

from __future__ import annotations

import threading
from functools import partial

import shiboken6
from PySide6.QtWidgets import QLabel, QWidget

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
    """The old job answers last (held until the new answer is in), and its answer is dropped."""
    results: list[str] = []
    errors: list[Exception] = []
    old_may_answer = threading.Event()

    def old() -> str:
        old_may_answer.wait(5)
        return "old"

    worker.submit(old, results.append, errors.append, channel="projects")
    worker.submit(lambda: "new", results.append, errors.append, channel="projects")
    qtbot.waitUntil(lambda: results == ["new"], timeout=5000)
    with qtbot.waitSignal(worker.sig_busy_changed, check_params_cb=lambda busy: not busy, timeout=5000):
        old_may_answer.set()
    assert results == ["new"] and errors == []
    assert not worker.is_busy


def test_outcome_for_a_deleted_receiver_is_dropped(qtbot, worker: Worker):
    """A view closed (and deleted) while its request is in flight loses the answer instead of crashing
    with "Internal C++ object already deleted" in the delivery slot."""
    release = threading.Event()

    class View(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.label = QLabel(self)
            self.seen: list[object] = []

        def show_result(self, value: object) -> None:
            self.label.setText(str(value))  # touches the C++ object: raises once it is deleted
            self.seen.append(value)

        def show_error(self, error: Exception) -> None:
            self.label.setText(str(error))

        def show_tagged(self, tag: str, value: object) -> None:
            self.label.setText(f"{tag}{value}")

    def blocked(value: object):
        def job() -> object:
            release.wait(5)
            return value
        return job

    def fail() -> None:
        release.wait(5)
        raise ValueError("late")

    gone, alive = View(), View()
    others: list[object] = []
    with qtbot.captureExceptions() as exceptions:
        worker.submit(blocked(1), gone.show_result, gone.show_error)
        worker.submit(fail, gone.show_result, gone.show_error)
        worker.submit(blocked(2), partial(gone.show_tagged, "x"), gone.show_error)
        worker.submit(blocked(3), alive.show_result, alive.show_error)
        worker.submit(blocked(4), others.append, others.append)  # a plain callable has no receiver: always called
        shiboken6.delete(gone)
        with qtbot.waitSignal(worker.sig_busy_changed, check_params_cb=lambda busy: not busy, timeout=5000):
            release.set()
    assert exceptions == []
    assert alive.seen == [3] and others == [4]
    assert not worker.is_busy
