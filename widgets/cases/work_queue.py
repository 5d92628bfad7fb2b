""""My work": the notices and warning follow-ups waiting for the signed-in user, one tab per queue.

Supervisors see feedback to review, overdue notices, their drafts and warnings to follow up;
enterprise users see notices to answer, their overdue notices and the follow-ups assigned to them.
Paging is done by the server; every tab shows its total in its title. Passive: a tab asks for a page
with `sig_page_requested(key, page)` and shows what `show_page(key, page)` brings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from domain.case_schemas import FollowUpOut, FollowUpPage, NoticePage, NoticeSummary
from domain.schemas import UserOut
from widgets.common.formatting import ESCALATION_COLOURS, date_text, overdue_text
from widgets.common.table_model import RECORD_ROLE, Column, RecordTableModel, record_table
from widgets.labels import label
from widgets.paging_bar import PagingBar

PAGE_SIZE = 50


@dataclass(frozen=True)
class QueueSpec:
    key: str  # the queue the controller asks the server for (services.cases_workflows.work_queue_page)
    title: str  # translated
    notices: bool  # notice rows (else follow-up rows)


def _escalation_colour(days: int, level: int) -> QColor | None:
    return QColor(ESCALATION_COLOURS[min(level, 3)]) if days > 0 else None


class WorkQueue(QWidget):
    sig_notice_open_requested = Signal(int)
    sig_follow_up_open_requested = Signal(int)
    sig_page_requested = Signal(str, int)  # queue key, page
    sig_queue_loaded = Signal(str)  # a tab's page arrived (its key)

    def __init__(self, user: UserOut, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._user = user
        self.specs = self._specs(user)
        self._pages = {spec.key: 1 for spec in self.specs}
        self._totals: dict[str, int] = {}
        self._models: dict[str, RecordTableModel[Any]] = {
            spec.key: RecordTableModel(self._notice_columns() if spec.notices else self._follow_up_columns(), self)
            for spec in self.specs}

        self.tabs = QTabBar(self)
        self.tabs.setExpanding(False)
        self.tabs.setDocumentMode(True)
        for spec in self.specs:
            self.tabs.addTab(spec.title)
        self.table = record_table(self._models[self.specs[0].key], self)
        self.table.doubleClicked.connect(self._on_activated)
        self.table.activated.connect(self._on_activated)
        self.paging = PagingBar(self, total_format=self.tr("{0} items"))
        self.paging.sig_page_requested.connect(self._on_page_requested)
        self.status_label = QLabel(self)
        self.status_label.setStyleSheet("color: #c0392b;")
        self.status_label.setWordWrap(True)
        self.status_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.paging)
        self.tabs.currentChanged.connect(self._show_tab)
        self._show_tab(0)

    # --- what each role works on ----------------------------------------------------------------

    def _specs(self, user: UserOut) -> list[QueueSpec]:
        if user.role.is_enterprise:
            return [
                QueueSpec("to_answer", self.tr("Notices to answer"), True),
                QueueSpec("overdue", self.tr("Overdue notices"), True),
                QueueSpec("follow_ups", self.tr("Follow-ups assigned"), False),
                QueueSpec("urged", self.tr("Urged follow-ups"), False),
            ]
        return [
            QueueSpec("review", self.tr("To review"), True),
            QueueSpec("overdue", self.tr("Overdue notices"), True),
            QueueSpec("drafts", self.tr("My drafts"), True),
            QueueSpec("follow_ups", self.tr("Warnings to follow up"), False),
            QueueSpec("answered", self.tr("Answered warnings"), False),
            QueueSpec("follow_ups_overdue", self.tr("Overdue follow-ups"), False),
        ]

    def _notice_columns(self) -> list[Column[NoticeSummary]]:
        return [
            Column(self.tr("Notice no."), lambda n: n.number or self.tr("(draft, unnumbered)")),
            Column(self.tr("Project"), lambda n: n.project_name),
            Column(self.tr("Addressed to"), lambda n: n.target_unit_name),
            Column(self.tr("Status"), lambda n: label(n.status)),
            Column(self.tr("Deadline"), lambda n: date_text(n.deadline)),
            Column(self.tr("Overdue"), lambda n: overdue_text(n.overdue_days, n.escalation_level),
                   lambda n: _escalation_colour(n.overdue_days, n.escalation_level)),
            Column(self.tr("Stop work"), lambda n: self.tr("Stop-work order") if n.stop_work else ""),
        ]

    def _follow_up_columns(self) -> list[Column[FollowUpOut]]:
        return [
            Column(self.tr("Warning"), lambda f: f.title),
            Column(self.tr("Project"), lambda f: f.project_name),
            Column(self.tr("Source"), lambda f: label(f.source)),
            Column(self.tr("Status"), lambda f: label(f.status)),
            Column(self.tr("Assigned to"), lambda f: f.assigned_unit_name),
            Column(self.tr("Deadline"), lambda f: date_text(f.deadline)),
            Column(self.tr("Overdue"), lambda f: overdue_text(f.overdue_days, f.escalation_level),
                   lambda f: _escalation_colour(f.overdue_days, f.escalation_level)),
        ]

    # --- loading ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Ask for every tab (their counts) at the page each one shows."""
        for spec in self.specs:
            self.sig_page_requested.emit(spec.key, self._pages[spec.key])

    def current_key(self) -> str:
        return self.specs[max(0, self.tabs.currentIndex())].key

    def select_queue(self, key: str) -> None:
        self.tabs.setCurrentIndex(next(i for i, s in enumerate(self.specs) if s.key == key))

    def total(self, key: str) -> int | None:
        return self._totals.get(key)

    def model(self, key: str) -> RecordTableModel[Any]:
        return self._models[key]

    def show_page(self, key: str, page: NoticePage | FollowUpPage) -> None:
        spec = next(s for s in self.specs if s.key == key)
        if not page.items and page.total and page.page > 1:  # the queue shrank under us: show its last page
            self._pages[spec.key] = -(-page.total // page.page_size)
            self.sig_page_requested.emit(spec.key, self._pages[spec.key])
            return
        self._pages[spec.key] = page.page
        self._totals[spec.key] = page.total
        self._models[spec.key].set_rows(page.items)
        index = self.specs.index(spec)
        self.tabs.setTabText(index, f"{spec.title} ({page.total})")
        if spec.key in ("overdue", "follow_ups_overdue"):  # red while anything is late
            self.tabs.setTabTextColor(index, QColor("#c0392b") if page.total
                                      else self.palette().color(self.foregroundRole()))
        if index == self.tabs.currentIndex():
            self._show_tab(index)
        self.status_label.hide()
        self.sig_queue_loaded.emit(spec.key)

    def show_error(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.show()

    # --- interaction ------------------------------------------------------------------------------

    @Slot(int)
    def _show_tab(self, index: int) -> None:
        if not 0 <= index < len(self.specs):
            return
        spec = self.specs[index]
        model = self._models[spec.key]
        if self.table.model() is not model:
            self.table.setModel(model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnToContents(0)
        for column in range(2, model.columnCount()):
            self.table.resizeColumnToContents(column)
        self.paging.set_page(self._pages[spec.key], PAGE_SIZE, self._totals.get(spec.key, 0))

    @Slot(int)
    def _on_page_requested(self, page: int) -> None:
        self.sig_page_requested.emit(self.specs[self.tabs.currentIndex()].key, page)

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        record = index.data(RECORD_ROLE)
        if isinstance(record, NoticeSummary):
            self.sig_notice_open_requested.emit(record.id)
        elif isinstance(record, FollowUpOut):
            self.sig_follow_up_open_requested.emit(record.id)

    def open_row(self, row: int) -> None:
        """Open the record on `row` of the current tab, as a double-click does."""
        self._on_activated(self.table.model().index(row, 0))



