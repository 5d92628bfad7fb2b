"""The warnings inbox: loads the warnings its state filter asks for, names their projects, merges live
changes in, and sends acknowledgements."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, Slot

from app.error_text import describe_error
from app.monitoring_session import MonitoringSession
from domain.monitoring_live import ProjectInfo, WarningFilter, WarningPushed
from domain.monitoring_schemas import WarningOut
from services.monitoring_workflows import project_names
from widgets.warnings_inbox import WarningsInbox

PROJECT_NAMES_AT_ONCE = 100  # the inbox names at most this many distinct projects per load


class WarningsInboxController(QObject):
    def __init__(self, session: MonitoringSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._inbox: WarningsInbox | None = None
        self._projects: dict[int, ProjectInfo] = {}
        session.stream.sig_warning_changed.connect(self._on_warning)

    def attach(self, inbox: WarningsInbox) -> None:
        self._inbox = inbox
        inbox.sig_query_changed.connect(self.load)
        inbox.sig_acknowledge_requested.connect(self.acknowledge)
        inbox.destroyed.connect(self._forget)
        self.load(inbox.query())

    @Slot(object)
    def load(self, query: WarningFilter) -> None:
        self._session.submit(partial(self._session.client.warnings, query), self._on_warnings, channel="inbox")

    def reload(self) -> None:
        """The inbox's current filter again (after an outage: changes the stream may have missed)."""
        if self._inbox is not None:
            self.load(self._inbox.query())

    @Slot(int, str)
    def acknowledge(self, warning_id: int, comment: str) -> None:
        self._session.worker.submit(partial(self._session.client.acknowledge, warning_id, comment),
                                    self._on_acknowledged, self._on_acknowledge_failed, channel=f"ack-{warning_id}")

    def _on_warnings(self, warnings: list[WarningOut]) -> None:
        if self._inbox is not None:
            self._inbox.set_warnings(warnings)
            self._name_projects({w.project_id for w in warnings})

    @Slot(object)
    def _on_warning(self, pushed: WarningPushed) -> None:
        if self._inbox is not None:
            self._inbox.apply_warning(pushed.warning)
            self._name_projects({pushed.warning.project_id})

    def _name_projects(self, project_ids: set[int]) -> None:
        missing = sorted(project_ids - set(self._projects))[:PROJECT_NAMES_AT_ONCE]
        if missing:
            self._session.submit(partial(project_names, self._session.api, missing), self._on_project_names)

    def _on_project_names(self, names: dict[int, ProjectInfo]) -> None:
        self._projects.update(names)
        if self._inbox is not None:
            self._inbox.set_projects(names)

    def _on_acknowledged(self, warning: WarningOut) -> None:
        if self._inbox is not None and not self._session.ended:
            self._inbox.acknowledged(warning)

    def _on_acknowledge_failed(self, error: Exception) -> None:
        if self._inbox is not None and not self._session.ended:
            self._inbox.show_error(describe_error(error))

    @Slot()
    def _forget(self) -> None:
        self._inbox = None
