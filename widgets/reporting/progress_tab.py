"""The dossier's Progress tab: monthly image progress (photos with their flags, verification state), the
status history with status reports still waiting marked unverified, the basic-information versions,
and every project-fact proposal that has not been verified yet. Passive: its controller loads the
lists (`show_lists`) and drives the photo strip (`photos`) as well."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QSplitter, QWidget

from domain.enums import CoordSystem
from domain.reporting import StatusAction, SubmissionKind
from domain.reporting_lists import ProgressLists
from domain.reporting_schemas import PendingFact, ProgressReportOut, ProjectFactsOut, ProjectVersionOut
from widgets.common.formatting import date_text
from widgets.common.table_model import Column
from widgets.labels import label
from widgets.reporting.common import (
    ALERT_BACKGROUND,
    PENDING_COLOUR,
    VERIFIED_COLOUR,
    WARN_BACKGROUND,
    ListsTab,
    state_column,
)
from widgets.reporting.photo_strip import PhotoStrip


@dataclass(frozen=True)
class StatusRow:
    """One line of the status history: a verified change, or a status report still waiting."""

    when: str
    status: str
    by: str
    note: str
    verified: bool


class ProgressTab(ListsTab):
    def __init__(self, project_id: int, parent: QWidget | None = None) -> None:
        super().__init__(project_id, parent)
        self.facts: ProjectFactsOut | None = None
        self._history: list[StatusRow] = []
        self.facts_label = QLabel(self)
        self.facts_label.setWordWrap(True)

        progress_page = QSplitter(Qt.Orientation.Vertical, self)
        self.add_list("progress", self.tr("Monthly progress"), [
            Column(self.tr("Month"), lambda r: r.month),
            Column(self.tr("Photos"), lambda r: str(len(r.photos)), numeric=True),
            Column(self.tr("Flagged"), lambda r: str(r.flagged) if r.flagged else "",
                   lambda r: QColor("#c0392b") if r.flagged else None, numeric=True),
            state_column(self.tr("Verification")),
        ], highlight=lambda r: ALERT_BACKGROUND if r.flagged else None, page=progress_page)
        progress_page.addWidget(self.tables["progress"])
        self.photos = PhotoStrip(progress_page)  # the photos of the month selected
        self.photos.sig_error.connect(self.show_error)
        progress_page.addWidget(self.photos)
        self.tables["progress"].selectionModel().selectionChanged.connect(self._on_report_selected)

        self.add_list("pending", self.tr("Unverified proposals"), [
            Column(self.tr("Kind"), lambda f: label(f.kind)),
            Column(self.tr("State"), lambda f: self.tr("Unverified — {0}").format(label(f.status)),
                   lambda _f: PENDING_COLOUR),
            Column(self.tr("Proposed"), self.proposed_text),
        ], highlight=lambda _f: WARN_BACKGROUND)
        self.add_list("status", self.tr("Status history"), [
            Column(self.tr("Time"), lambda r: r.when),
            Column(self.tr("Status"), lambda r: r.status),
            Column(self.tr("Verification"), lambda r: self.tr("Verified") if r.verified
                   else self.tr("Unverified — awaiting verification"),
                   lambda r: VERIFIED_COLOUR if r.verified else PENDING_COLOUR),
            Column(self.tr("By"), lambda r: r.by),
            Column(self.tr("Note"), lambda r: r.note),
        ], highlight=lambda r: None if r.verified else WARN_BACKGROUND)
        self.add_list("versions", self.tr("Basic information versions"), [
            Column(self.tr("Version"), lambda v: str(v.version), numeric=True),
            Column(self.tr("Submitted"), lambda v: date_text(v.created_at)),
            Column(self.tr("Changed fields"), self._changed_text),
            state_column(self.tr("Verification")),
        ])
        self.body.addWidget(self.facts_label)
        self.body.addWidget(self.lists, 1)

    # --- cells ------------------------------------------------------------------------------------

    def field_name(self, key: str) -> str:
        return {"name": self.tr("Project name"), "address": self.tr("Address"),
                "floor_area_m2": self.tr("Floor area"), "cost_10k_yuan": self.tr("Cost"),
                "planned_start": self.tr("Planned start"), "planned_end": self.tr("Planned end"),
                "units": self.tr("Participating units"), "personnel": self.tr("Key personnel")}.get(key, key)

    def _changed_text(self, v: ProjectVersionOut) -> str:
        if v.version == 1:
            return self.tr("first confirmation")
        return "、".join(self.field_name(k) for k in v.changed_fields) or self.tr("no change (confirmed)")

    def proposed_text(self, fact: PendingFact) -> str:
        p: dict[str, Any] = fact.proposed
        if fact.kind is SubmissionKind.PERMIT:
            return str(p.get("permit_no", ""))
        if fact.kind is SubmissionKind.POSITION:
            return self.tr("{0:.6f}, {1:.6f} (WGS-84; entered in {2})").format(
                p["lon"], p["lat"], label(CoordSystem(p["coord_system"])))
        if fact.kind is SubmissionKind.STATUS:
            text = f"{label(StatusAction(p['action']))} {p['effective_on']}"
            return f"{text}：{p['reason']}" if p.get("reason") else text
        return self.tr("version {0}: {1}").format(p.get("version", "?"), p.get("name", ""))

    # --- loading ----------------------------------------------------------------------------------

    def show_lists(self, lists: ProgressLists) -> None:
        self._show_reports(lists.reports)
        self._history = [StatusRow(date_text(h.changed_at), label(h.status), h.changed_by, h.note, True)
                         for h in reversed(lists.project.status_history)]
        self._show_facts(lists.facts)  # with the status history: reports still waiting go on top
        self.fill("versions", lists.versions[::-1])
        self.loaded()

    def _show_reports(self, reports: list[ProgressReportOut]) -> None:
        self.fill("progress", reports)
        if reports:
            self.tables["progress"].selectRow(0)  # the newest month: its photos at once
        else:
            self.photos.set_photos([])

    def _show_facts(self, facts: ProjectFactsOut) -> None:
        self.facts = facts
        self.fill("pending", facts.pending)
        version = str(facts.verified_version) if facts.verified_version is not None else self.tr("none yet")
        pending = self.tr("{0} proposal(s) waiting for verification").format(len(facts.pending)) \
            if facts.pending else self.tr("nothing waiting for verification")
        self.facts_label.setText(self.tr("Verified data (shown on the sand table): status {0} · permit {1} · "
                                         "basic information version {2} — {3}").format(
            label(facts.status), facts.permit_no or "—", version, pending))
        self.facts_label.setStyleSheet(f"color: {(PENDING_COLOUR if facts.pending else VERIFIED_COLOUR).name()};")
        self._fill_status()

    def _fill_status(self) -> None:
        waiting = [StatusRow(str(f.proposed.get("effective_on", "")), label(StatusAction(f.proposed["action"])),
                             "", str(f.proposed.get("reason", "")), False)
                   for f in (self.facts.pending if self.facts else []) if f.kind is SubmissionKind.STATUS]
        self.fill("status", waiting + self._history)

    @Slot(QItemSelection, QItemSelection)
    def _on_report_selected(self, *_args: object) -> None:
        rows = self.tables["progress"].selectionModel().selectedRows()
        if rows:
            self.photos.set_photos(self.models["progress"].row_at(rows[0].row()).photos)
