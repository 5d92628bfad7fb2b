"""The dossier's Quality tab: materials entering the site, the witnessed third-party tests (failed ones
highlighted) and the acceptance of sub-divisional works, each with its verification state. Passive:
its controller loads the lists and calls `show_lists`."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from domain.reporting_lists import QualityLists
from domain.reporting_schemas import AcceptanceOut, MaterialEntryOut, MaterialTestOut
from widgets.common.formatting import date_text
from widgets.common.table_model import Column
from widgets.labels import label
from widgets.reporting.common import ALERT_BACKGROUND, ListsTab, state_column

FAILED_COLOUR = QColor("#c0392b")
PASSED_COLOUR = QColor("#1e8449")


class QualityTab(ListsTab):
    def __init__(self, project_id: int, parent: QWidget | None = None) -> None:
        super().__init__(project_id, parent)
        self.add_list("tests", self.tr("Material tests"), [
            Column(self.tr("Tested on"), lambda t: date_text(t.tested_on)),
            Column(self.tr("Test item"), lambda t: label(t.test_item)),
            Column(self.tr("Verdict"), self.verdict_text, lambda t: PASSED_COLOUR if t.passed else FAILED_COLOUR),
            Column(self.tr("Result"), self._result_text),
            Column(self.tr("Sample no."), lambda t: t.sample_no),
            Column(self.tr("Report no."), lambda t: t.report_no),
            Column(self.tr("Sampled on"), lambda t: date_text(t.sampled_on)),
            state_column(self.tr("Verification")),
        ], highlight=lambda t: None if t.passed else ALERT_BACKGROUND)
        self.add_list("entries", self.tr("Material entries"), [
            Column(self.tr("Entered on"), lambda e: date_text(e.entered_on)),
            Column(self.tr("Material"), lambda e: e.material),
            Column(self.tr("Specification"), lambda e: e.specification),
            Column(self.tr("Batch no."), lambda e: e.batch_no),
            Column(self.tr("Quantity"), lambda e: f"{e.quantity:g} {e.unit}", numeric=True),
            Column(self.tr("Supplier"), lambda e: e.supplier),
            Column(self.tr("Certificates"), lambda e: "、".join(e.certificate_nos)),
            state_column(self.tr("Verification")),
        ])
        self.add_list("acceptances", self.tr("Sub-divisional acceptance"), [
            Column(self.tr("Accepted on"), lambda a: date_text(a.accepted_on)),
            Column(self.tr("Sub-divisional work"), lambda a: a.division),
            Column(self.tr("Verdict"), self.verdict_text, lambda a: PASSED_COLOUR if a.passed else FAILED_COLOUR),
            Column(self.tr("Participants"), lambda a: "、".join(a.participants)),
            Column(self.tr("Comment"), lambda a: a.comment),
            state_column(self.tr("Verification")),
        ], highlight=lambda a: None if a.passed else ALERT_BACKGROUND)
        self.body.addWidget(self.lists, 1)

    def verdict_text(self, record: MaterialTestOut | AcceptanceOut) -> str:
        return self.tr("Passed") if record.passed else self.tr("Failed")

    def _result_text(self, t: MaterialTestOut) -> str:
        value = f"{t.result_value:g} MPa" if t.result_value is not None else ""
        design = self.tr("design {0}").format(t.design_value) if t.design_value else ""
        return " · ".join(x for x in (value, design, t.result_text) if x) or "—"

    def show_lists(self, lists: QualityLists) -> None:
        self.fill("tests", lists.tests)
        self.fill("entries", lists.entries)
        self.fill("acceptances", lists.acceptances)
        self.loaded()

    def failed_tests(self) -> list[MaterialTestOut]:
        return [t for t in self.models["tests"].rows if not t.passed]

    def entries(self) -> list[MaterialEntryOut]:
        return self.models["entries"].rows
