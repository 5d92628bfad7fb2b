"""Shared pieces of the reporting views: how a verification state reads (anything not verified is
marked "unverified"), row highlighting, and `ListsTab`, the scaffolding of the dossier tabs (titled
record tables a controller fills together). The server's refusals become sentences in app/error_text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from domain.reporting import PENDING, SubmissionStatus, month_of
from domain.reporting_schemas import VerificationOut
from widgets.common.table_model import (
    RECORD_ROLE,
    Column,
    HighlightedModel,
    fit_columns,
    record_table,
)
from widgets.labels import label

VERIFIED_COLOUR = QColor("#1e8449")
PENDING_COLOUR = QColor("#b9770e")
RETURNED_COLOUR = QColor("#c0392b")
ALERT_BACKGROUND = QColor("#fadbd8")  # a failed test, an expired certificate, a flagged photo
WARN_BACKGROUND = QColor("#fdebd0")  # expiring soon


def recent_months(today: dt.date, count: int) -> list[str]:
    """This month and the `count - 1` before it (YYYY-MM), newest first."""
    months, day = [], today.replace(day=1)
    for _ in range(count):
        months.append(month_of(day))
        day = (day - dt.timedelta(days=1)).replace(day=1)
    return months


def verification_text(v: VerificationOut) -> str:
    """"Verified", or "Unverified — <state>" so pending data is never mistaken for checked data."""
    if v.verified:
        return label(SubmissionStatus.VERIFIED)
    if v.status is SubmissionStatus.RETURNED and v.comment:
        return QCoreApplication.translate("ReportingViews", "Unverified — returned: {0}").format(v.comment)
    return QCoreApplication.translate("ReportingViews", "Unverified — {0}").format(label(v.status))


def verification_colour(v: VerificationOut) -> QColor:
    if v.verified:
        return VERIFIED_COLOUR
    return RETURNED_COLOUR if v.status is SubmissionStatus.RETURNED else PENDING_COLOUR


def state_column(title: str) -> Column[Any]:
    """The verification column every reported record carries."""
    return Column(title, lambda r: verification_text(r.verification), lambda r: verification_colour(r.verification))


def expert_conclusion_text(conclusion: str | None) -> str:
    """The expert panel's verdict on a special plan (专家论证结论)."""
    return {
        "pass": QCoreApplication.translate("ReportingViews", "passed"),
        "pass_with_changes": QCoreApplication.translate("ReportingViews", "passed with changes"),
        "fail": QCoreApplication.translate("ReportingViews", "failed"),
    }.get(conclusion or "", conclusion or "—")


class ListsTab(QWidget):
    """A dossier tab made of record lists, each a titled table with its count. Passive: subclasses
    declare their lists with `add_list`; a controller loads them together and hands them to the
    subclass's `show_lists`, or says what failed with `show_load_failed`."""

    sig_loaded = Signal()  # a load answered: the lists are filled, or what failed is shown
    sig_submission_open_requested = Signal(int)  # a row waiting for verification was double-clicked

    def __init__(self, project_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project_id = project_id
        self.models: dict[str, HighlightedModel[Any]] = {}
        self.tables: dict[str, QTableView] = {}
        self._titles: dict[str, str] = {}
        self._pages: dict[str, QWidget] = {}
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #c0392b;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.lists = QTabWidget(self)
        self.lists.setDocumentMode(True)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(4, 4, 4, 4)
        self.body.addWidget(self.error_label)

    def add_list(self, key: str, title: str, columns: Sequence[Column[Any]], *,
                 highlight: Callable[[Any], QColor | None] | None = None, page: QWidget | None = None,
                 tab: bool = True) -> QTableView:
        """A list shown as its own inner tab, or inside `page` (which the caller lays out); `page` is
        the tab unless `tab` is False (a list nested in another list's page)."""
        model: HighlightedModel[Any] = HighlightedModel(columns, highlight, self)
        table = record_table(model, page or self)
        table.doubleClicked.connect(self._on_double_clicked)
        self.models[key], self.tables[key], self._titles[key] = model, table, title
        if tab:
            self._pages[key] = page or table
            self.lists.addTab(self._pages[key], title)
        return table

    def fill(self, key: str, rows: Sequence[Any]) -> None:
        """One list's rows; its tab title counts them and the unverified among them."""
        self.models[key].set_rows(rows)
        fit_columns(self.tables[key])
        unverified = sum(1 for r in rows if not getattr(getattr(r, "verification", None), "verified", True))
        if key not in self._pages:
            return
        title = f"{self._titles[key]} ({len(rows)})"
        if unverified:
            title += " · " + QCoreApplication.translate("ReportingViews", "{0} unverified").format(unverified)
        self.lists.setTabText(self.lists.indexOf(self._pages[key]), title)

    def show_lists(self, lists: Any) -> None:
        """Every list of the tab as loaded together; subclasses fill them and end with `loaded()`."""
        raise NotImplementedError(type(self).__name__)

    def show_error(self, text: str) -> None:
        """Say what failed above the lists (they keep what they showed)."""
        self.error_label.setText(text)
        self.error_label.show()

    def show_load_failed(self, text: str) -> None:
        self.show_error(text)
        self.sig_loaded.emit()

    def loaded(self) -> None:
        """Subclasses' `show_lists` end here: the lists are current, an earlier failure is over."""
        self.error_label.hide()
        self.sig_loaded.emit()

    @Slot(QModelIndex)
    def _on_double_clicked(self, index: QModelIndex) -> None:
        record = index.data(RECORD_ROLE)
        state = getattr(record, "verification", record)  # a record's state, or a pending fact itself
        submission_id, status = getattr(state, "submission_id", None), getattr(state, "status", None)
        if isinstance(submission_id, int) and status in PENDING:
            self.sig_submission_open_requested.emit(submission_id)
