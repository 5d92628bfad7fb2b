"""What every enterprise report form shares: a FormDialog (fields with inline messages, checked before
anything leaves the form, sent by a controller) about one project, whose OK says what happens next, and
the small date and choice inputs the forms are made of.

A form whose choices come from the server (its works, its machines, the testing agencies) starts with
OK off; the controller loads them and hands them over with the form's `show_*` setter, or says why it
could not with `show_error`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QHBoxLayout, QWidget

from widgets.common.form_dialog import FormDialog, FormInvalid
from widgets.labels import options

__all__ = ["FormInvalid", "OptionalDateEdit", "ReportForm", "date_edit", "enum_combo", "qdate", "set_date"]


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


class ReportForm(FormDialog):
    """One enterprise report about one project, checked before it is sent for verification."""

    def __init__(self, project_id: int, project_name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(f"{title} — {project_name}", parent)
        self.project_id = project_id
        self.project_name = project_name
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Submit for verification"))

    def show_loading(self, text: str) -> None:
        """What the form waits for before it can be filled in (OK stays off until it arrives)."""
        self.buttons.setEnabled(False)
        self.show_message(text)

    def show_error(self, text: str) -> None:
        """Its choices could not be loaded: say why (OK stays off)."""
        self.buttons.setEnabled(False)
        self.show_message(text)
