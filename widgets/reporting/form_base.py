"""The scaffolding every enterprise report form shares: labelled fields with an inline message under
each, a check of the whole form before anything is sent, sending in the background, and the server's
refusal shown in the form (next to the field it concerns when the refusal names one).

A form subclass only lays out its fields, turns them into the request DTO in `build()` (raising
`FormInvalid` with per-field messages), and says which call sends it in `send()`. While a report is
being sent the form does not close: the answer (accepted, or a refusal to correct) belongs in it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from pydantic import ValidationError
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from services.errors import ApiError
from services.reporting_client import ReportingClient
from widgets.cases.common import JobRunner
from widgets.labels import options
from widgets.reporting.common import describe_reporting_error

T = TypeVar("T")
ERROR_STYLE = "color: #c0392b;"
GENERAL = ""  # the key of messages that belong to no single field

# Server refusals worth a sentence of their own; the server's detail (which names the conflicting
# values) follows it. The field is where the form shows it, when the form has that field.
_REFUSALS: dict[str, tuple[str, str]] = {
    "permit_conflict": ("permit_no", QT_TRANSLATE_NOOP("ReportForms", "This construction permit is already bound to another project")),
    "unchanged": ("permit_no", QT_TRANSLATE_NOOP("ReportForms", "This construction permit is already bound to this project")),
    "already_pending": (GENERAL, QT_TRANSLATE_NOOP("ReportForms", "A report of this kind is still waiting for verification")),
    "outside_district": ("lon", QT_TRANSLATE_NOOP("ReportForms", "The position is outside the project's district")),
    "invalid_coordinate": ("lon", QT_TRANSLATE_NOOP("ReportForms", "The coordinates are not valid")),
    "invalid_transition": ("action", QT_TRANSLATE_NOOP("ReportForms", "This status change is not possible from the project's current status")),
    "invalid_dates": (GENERAL, QT_TRANSLATE_NOOP("ReportForms", "The dates contradict each other")),
    "below_threshold": ("work_type", QT_TRANSLATE_NOOP("ReportForms", "Below the thresholds of a dangerous sub-project")),
    "invalid_parameters": ("work_type", QT_TRANSLATE_NOOP("ReportForms", "The scale parameters do not fit this type of work")),
    "duplicate_equipment": ("registration_no", QT_TRANSLATE_NOOP("ReportForms", "This machine is already registered")),
    "duplicate_duty": ("person_name", QT_TRANSLATE_NOOP("ReportForms", "This person is already recorded on duty that day")),
    "not_a_testing_agency": ("testing_unit", QT_TRANSLATE_NOOP("ReportForms", "The chosen unit is not a testing agency")),
    "inconsistent_verdict": ("passed", QT_TRANSLATE_NOOP("ReportForms", "The verdict does not match the result")),
    "invalid_grade": ("design_value", QT_TRANSLATE_NOOP("ReportForms", "Not a concrete strength grade such as C30")),
    "unknown_entry": ("entry", QT_TRANSLATE_NOOP("ReportForms", "The material entry is unknown")),
    "duplicate_certificate": ("personnel", QT_TRANSLATE_NOOP("ReportForms", "Two people have the same certificate number")),
    "duplicate_unit_role": ("units", QT_TRANSLATE_NOOP("ReportForms", "A unit is listed twice in the same role")),
    "personnel_unit": ("personnel", QT_TRANSLATE_NOOP("ReportForms", "A person belongs to a unit that is not on the project")),
    "reporter_not_on_project": ("units", QT_TRANSLATE_NOOP("ReportForms", "Your unit must stay on the project")),
    "month_verified": (GENERAL, QT_TRANSLATE_NOOP("ReportForms", "This month's progress report is already verified")),
    "month_not_started": (GENERAL, QT_TRANSLATE_NOOP("ReportForms", "This month has not started yet")),
    "unreadable_image": (GENERAL, QT_TRANSLATE_NOOP("ReportForms", "The photo cannot be decoded")),
    "plan_approved": (GENERAL, QT_TRANSLATE_NOOP("ReportForms", "The special plan is already approved")),
    "reported_by_other_unit": (GENERAL, QT_TRANSLATE_NOOP("ReportForms", "Another unit reports this month's progress")),
}


def refusal(error: Exception) -> tuple[str, str]:
    """(field key or GENERAL, readable sentence) for a failure of a reporting call."""
    if isinstance(error, ApiError) and error.code in _REFUSALS:
        key, lead = _REFUSALS[error.code]
        return key, QCoreApplication.translate("ReportForms", "{0}. ({1})").format(
            QCoreApplication.translate("ReportForms", lead), error.detail)
    return GENERAL, describe_reporting_error(error)


class FormInvalid(ValueError):
    """What is wrong with the form, per field key, in words for the user."""

    def __init__(self, problems: Mapping[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in problems.items()))
        self.problems = dict(problems)


def qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def set_date(edit: QDateEdit, day: dt.date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


def date_edit(parent: QWidget, value: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    set_date(edit, value or dt.date.today())
    return edit


class OptionalDateEdit(QWidget):
    """A date that may be left unset: a check box ("not set" when clear) and the date beside it."""

    def __init__(self, text: str, parent: QWidget | None = None, value: dt.date | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(text, self)
        self.edit = date_edit(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.set_value(value)

    def value(self) -> dt.date | None:
        return qdate(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, value: dt.date | None) -> None:
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        if value is not None:
            set_date(self.edit, value)


def enum_combo(parent: QWidget, enum: Any) -> QComboBox:
    combo = QComboBox(parent)
    for member, text in options(enum):
        combo.addItem(text, member)
    return combo


class ReportForm(QDialog):
    """One enterprise report about one project, checked before it is sent."""

    sig_submitted = Signal(object)  # the server's answer (a SubmissionOut or the record's Out DTO)

    def __init__(self, client: ReportingClient, runner: JobRunner, project_id: int, project_name: str,
                 title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self.runner = runner
        self.project_id = project_id
        self.project_name = project_name
        self.setWindowTitle(f"{title} — {project_name}")
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._field_errors: dict[str, QLabel] = {}
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Submit for verification"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)
        self.result_value: Any = None
        self.sending = False

    def finish_layout(self) -> None:
        """Message and buttons go last, after whatever the subclass added below the form."""
        self.body.addWidget(self.message_label)
        self.body.addWidget(self.buttons)

    # --- fields and their messages ---------------------------------------------------------------

    def add_field(self, key: str, text: str, widget: QWidget | Any, hint: str = "") -> None:
        """A labelled row with an inline message below it (hidden until there is something to say)."""
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if isinstance(widget, QWidget):
            column.addWidget(widget)
        else:
            column.addLayout(widget)
        if hint:
            hint_label = QLabel(hint, box)
            hint_label.setWordWrap(True)
            hint_label.setStyleSheet("color: #566573;")
            column.addWidget(hint_label)
        error = QLabel(box)
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        error.hide()
        column.addWidget(error)
        self._field_errors[key] = error
        self.form.addRow(text, box)

    def field_error(self, key: str) -> str:
        label = self._field_errors.get(key)
        return label.text() if label is not None and not label.isHidden() else ""

    def show_problems(self, problems: Mapping[str, str]) -> None:
        """Each message under its field; those without a field (or an unknown one) at the bottom."""
        general = []
        for key, text in problems.items():
            label = self._field_errors.get(key)
            if label is None:
                general.append(text)
            else:
                label.setText(text)
                label.show()
        self.show_message("\n".join(general))

    def clear_problems(self) -> None:
        for label in self._field_errors.values():
            label.clear()
            label.hide()
        self.show_message("")

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def fill_choices(self, combo: QComboBox, items: Sequence[T], text: Callable[[T], str], item_id: Callable[[T], int],
                     missing: str) -> list[T]:
        """Put loaded records into a choice box; without any, say what is `missing` and keep Submit off."""
        combo.clear()
        for record in items:
            combo.addItem(text(record), item_id(record))
        self.show_message("" if items else missing)
        self.buttons.setEnabled(bool(items))
        return list(items)

    # --- what a form provides -----------------------------------------------------------------------

    def build(self) -> Any:
        """The request DTO from the fields, or FormInvalid naming every field that is wrong."""
        raise NotImplementedError(type(self).__name__)

    def send(self, data: Any) -> Callable[[], Any]:
        """The blocking call that sends `data` (run in the worker)."""
        raise NotImplementedError(type(self).__name__)

    # --- the flow ---------------------------------------------------------------------------------

    @Slot()
    def submit(self) -> bool:
        """Check, then send in the background; False (and messages shown) when the form is invalid."""
        self.clear_problems()
        try:
            data = self.build()
        except FormInvalid as exc:
            self.show_problems(exc.problems)
            return False
        except ValidationError as exc:  # a rule the form does not check itself: still caught before sending
            self.show_problems({str(e["loc"][0]) if e["loc"] else GENERAL: e["msg"] for e in exc.errors()})
            return False
        self.buttons.setEnabled(False)
        self.show_message(self.tr("Sending…"))
        self.sending = True
        self.runner.submit(self.send(data), self._sent, self._failed)
        return True

    @Slot()
    def reject(self) -> None:
        if self.sending:
            self.show_message(self.tr("Still sending: the form closes when the server has answered."))
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.sending:
            self.reject()  # says why it stays open
            event.ignore()
            return
        super().closeEvent(event)

    def _sent(self, value: Any) -> None:
        self.sending = False
        self.buttons.setEnabled(True)
        self.show_message("")
        self.result_value = value
        self.sig_submitted.emit(value)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.sending = False
        self.buttons.setEnabled(True)
        self.show_message("")
        key, text = refusal(error)
        self.show_problems({key: text})
