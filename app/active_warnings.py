"""Which projects have active warnings, and the worst of each: loaded once, then kept current from the
push stream, for the map's alert markers."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial

from PySide6.QtCore import QObject, Signal, Slot

from app.monitoring_session import MonitoringSession
from domain.monitoring import Severity
from domain.monitoring_live import WarningPushed, worst
from domain.monitoring_schemas import WarningOut
from services.monitoring_workflows import ACTIVE_WARNINGS


class ActiveWarnings(QObject):
    sig_changed = Signal(object)  # project id -> worst active Severity (only projects with one)

    def __init__(self, session: MonitoringSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._active: dict[int, dict[int, Severity]] = {}  # project -> warning id -> severity
        session.stream.sig_warning_changed.connect(self._on_warning)

    def load(self) -> None:
        self._session.submit(partial(self._session.client.warnings, ACTIVE_WARNINGS), self._on_loaded,
                             channel="monitoring-active")

    def worst_by_project(self) -> dict[int, Severity]:
        return {project: severity for project, found in self._active.items()
                if (severity := worst(list(found.values()))) is not None}

    def _on_loaded(self, warnings: list[WarningOut]) -> None:
        self._track(reversed(warnings))  # oldest first: the newest state of a warning wins

    @Slot(object)
    def _on_warning(self, pushed: WarningPushed) -> None:
        self._track([pushed.warning])

    def _track(self, warnings: Iterable[WarningOut]) -> None:
        before = self.worst_by_project()
        for warning in warnings:
            found = self._active.setdefault(warning.project_id, {})
            if warning.state.is_active:
                found[warning.id] = warning.severity
            else:
                found.pop(warning.id, None)
        after = self.worst_by_project()
        if after != before:
            self.sig_changed.emit(after)
