"""Drives the Quality, Safety and Progress tabs of one project dossier: each tab's lists load together
in one job (services.verification_workflows), the Safety tab's machine selection fetches its operation
plans, and the Progress tab's photos get their thumbnails the one way (app.thumbnail_flow). It is the
Quality tab's child, so it goes with the dossier (the three tabs are added and closed together)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Slot

from app.error_text import describe_error
from app.thumbnail_flow import bind_photo_strip
from app.worker import Worker
from domain.reporting_schemas import OperationOut
from services.reporting_client import ReportingClient
from services.verification_workflows import progress_lists, quality_lists, safety_lists
from widgets.reporting.common import ListsTab
from widgets.reporting.progress_tab import ProgressTab
from widgets.reporting.quality_tab import QualityTab
from widgets.reporting.safety_tab import SafetyTab


class ReportingTabsController(QObject):
    def __init__(self, client: ReportingClient, worker: Worker, project_id: int) -> None:
        quality = QualityTab(project_id)
        super().__init__(quality)
        self._client = client
        self._worker = worker
        self.project_id = project_id
        self.quality = quality
        self.safety = SafetyTab(project_id)
        self.progress = ProgressTab(project_id)
        bind_photo_strip(worker, self.progress.photos, client)
        self.safety.sig_operations_wanted.connect(self._load_operations)

    @property
    def tabs(self) -> list[ListsTab]:
        return [self.quality, self.safety, self.progress]

    @Slot()
    def load(self) -> None:
        """Every tab's lists, one job per tab (a newer load of a tab supersedes an older one)."""
        loads: list[tuple[ListsTab, Callable[[ReportingClient, int], Any]]] = [
            (self.quality, quality_lists), (self.safety, safety_lists), (self.progress, progress_lists)]
        for tab, fetch in loads:
            self._worker.submit(partial(fetch, self._client, self.project_id), partial(self._show, tab),
                                partial(self._failed, tab), channel=f"reporting-tab-{id(tab)}")

    def _show(self, tab: ListsTab, lists: Any) -> None:
        if shiboken6.isValid(tab):  # the Safety and Progress tabs may go a moment before the Quality tab
            tab.show_lists(lists)

    def _failed(self, tab: ListsTab, error: Exception) -> None:
        if shiboken6.isValid(tab):
            tab.show_load_failed(describe_error(error))

    @Slot(int)
    def _load_operations(self, equipment_id: int) -> None:
        self._worker.submit(partial(self._client.operations, equipment_id), self._show_operations,
                            self._failed_operations, channel=f"safety-operations-{id(self)}")

    def _show_operations(self, operations: list[OperationOut]) -> None:
        if shiboken6.isValid(self.safety):
            self.safety.show_operations(operations)

    def _failed_operations(self, error: Exception) -> None:
        if shiboken6.isValid(self.safety):
            self.safety.show_error(describe_error(error))
