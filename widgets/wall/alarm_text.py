"""How the wall words an alarm: its age, its value against the limit, its device and state. Shared by the
alarms scene and the focus card so both read the same from across the room."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from domain.monitoring import Severity
from domain.wall import WallAlarm
from widgets.common.translate import QT_TRANSLATE_NOOP
from widgets.labels import label, metric_label
from widgets.monitoring_text import display_unit

NO_VALUE = "—"

_HEADLINES = {
    Severity.CRITICAL: QT_TRANSLATE_NOOP("WallAlarms", "Critical alarm"),
    Severity.MAJOR: QT_TRANSLATE_NOOP("WallAlarms", "Major alarm"),
    Severity.MINOR: QT_TRANSLATE_NOOP("WallAlarms", "Minor alarm"),
    Severity.WARNING: QT_TRANSLATE_NOOP("WallAlarms", "Warning"),
    Severity.INDETERMINATE: QT_TRANSLATE_NOOP("WallAlarms", "Alarm"),
}



def age_text(since: dt.datetime, now: dt.datetime) -> str:
    """"just now", "12 min ago", "2 h 5 min ago", "3 days ago": minutes while they matter, days once not."""
    minutes = max(0, int((now - since).total_seconds() // 60))
    if minutes < 1:
        return QCoreApplication.translate("WallAlarms", "just now")
    if minutes < 60:
        return QCoreApplication.translate("WallAlarms", "%n min ago", None, minutes)
    hours, rest = divmod(minutes, 60)
    if hours < 48:
        return QCoreApplication.translate("WallAlarms", "{0} h {1} min ago").format(hours, rest) if rest else QCoreApplication.translate("WallAlarms", "%n h ago", None, hours)
    return QCoreApplication.translate("WallAlarms", "%n day(s) ago", None, hours // 24)


def began_text(since: dt.datetime, now: dt.datetime) -> str:
    """"Began 12 min ago": the focus card's age line."""
    return QCoreApplication.translate("WallAlarms", "Began {0}").format(age_text(since, now))


def number_text(value: float | None) -> str:
    """At most two decimals, no trailing zeros: 32.4, 30, 0.85; "—" when the reading carries none."""
    if value is None:
        return NO_VALUE
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def quantity_text(metric: str, value: float | None) -> str:
    """"32.4 mm": a value with the metric's display unit."""
    unit = display_unit(metric)
    number = number_text(value)
    return f"{number} {unit}" if unit and value is not None else number


def limit_text(alarm: WallAlarm) -> str:
    """"limit 30 mm", or "" when the alarm has no numeric limit (a device fault, say)."""
    if alarm.threshold is None:
        return ""
    return QCoreApplication.translate("WallAlarms", "limit {0}").format(quantity_text(alarm.metric, alarm.threshold))


def reading_text(alarm: WallAlarm) -> str:
    """"32.4 mm / limit 30 mm": the reading against what it must stay within."""
    reading = quantity_text(alarm.metric, alarm.value)
    limit = limit_text(alarm)
    return f"{reading} / {limit}" if limit else reading


def measurement_text(alarm: WallAlarm) -> str:
    """"Cumulative displacement 32.4 mm / limit 30 mm": which metric, then the reading against its limit."""
    return f"{metric_label(alarm.metric)} {reading_text(alarm)}"


def device_text(alarm: WallAlarm) -> str:
    """"Tower crane TC-07": the name people use and the code on the device's plate."""
    if not alarm.device_name or alarm.device_name == alarm.device_code:
        return alarm.device_code
    return f"{alarm.device_name} {alarm.device_code}"


def severity_text(severity: Severity) -> str:
    return label(severity)


def headline_text(severity: Severity) -> str:
    """"Critical alarm": the focus card's headline."""
    return QCoreApplication.translate("WallAlarms", _HEADLINES.get(severity, _HEADLINES[Severity.INDETERMINATE]))


def acknowledged_text(acknowledged: bool) -> str:
    """"Acked"/"Unacked": the control room's short words, so the column leaves the project its room."""
    return QCoreApplication.translate("WallAlarms", "Acked") if acknowledged else QCoreApplication.translate("WallAlarms", "Unacked")


def more_alarms_text(count: int) -> str:
    """"and 7 more active alarms": the rows that did not fit."""
    return QCoreApplication.translate("WallAlarms", "and %n more active alarm(s)", None, count)


def no_alarms_text() -> str:
    return QCoreApplication.translate("WallAlarms", "No active alarms")
