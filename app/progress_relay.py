"""Upload progress from the worker thread to a view: a QObject living in the GUI thread whose signal the
worker emits (a queued connection carries it over)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Signal


class ProgressRelay(QObject):
    sig_progress = Signal(int, int)  # items done, items in all

    def report(self, done: int, total: int) -> None:  # worker thread
        if shiboken6.isValid(self):  # the view it reports to may have closed meanwhile
            self.sig_progress.emit(done, total)
