"""How values read in every view: dates in the user's locale, overdue badges, outcome lines."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel

from domain.cases import FindingSeverity

SEVERITY_COLOURS = {FindingSeverity.GENERAL: QColor("#b7950b"), FindingSeverity.SERIOUS: QColor("#e67e22"),
                    FindingSeverity.MAJOR: QColor("#c0392b")}
ESCALATION_COLOURS = {0: "#1e8449", 1: "#d68910", 2: "#e67e22", 3: "#c0392b"}
ERROR_COLOUR, SUCCESS_COLOUR = "#c0392b", "#1e8449"


def overdue_text(overdue_days: int, escalation_level: int) -> str:
    """"3 days overdue · level 1", or "" when on time."""
    if overdue_days <= 0:
        return ""
    return QCoreApplication.translate("CaseViews", "{0} days overdue · escalation level {1}").format(overdue_days, escalation_level)


def local_datetime(moment: dt.datetime) -> QDateTime:
    """The moment in local time as a QDateTime, for `QLocale.toString`. Spells out what PySide6 does when
    handed a `datetime` (it takes the wall-clock fields, to the millisecond, and drops `tzinfo`), which its
    type stubs do not declare."""
    local = moment.astimezone()
    return QDateTime(QDate(local.year, local.month, local.day),
                     QTime(local.hour, local.minute, local.second, local.microsecond // 1000))


def short_datetime_text(moment: dt.datetime | None) -> str:
    """A moment in the locale's short date-and-time format, local time; "—" when unknown."""
    if moment is None:
        return "—"
    return QLocale().toString(local_datetime(moment), QLocale.FormatType.ShortFormat)


def date_text(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, dt.datetime):
        return QLocale().toString(local_datetime(value), "yyyy-MM-dd HH:mm")
    return value.isoformat()


def show_outcome(message_label: QLabel, text: str, *, error: bool = False) -> None:
    """An outcome line under a view's actions: red for a failure, green for success, hidden when empty."""
    message_label.setText(text)
    message_label.setStyleSheet(f"color: {ERROR_COLOUR if error else SUCCESS_COLOUR};")
    message_label.setVisible(bool(text))
