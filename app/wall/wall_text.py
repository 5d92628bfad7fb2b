"""The wall's header and banner sentences (stale since when, data as of, the link), in one place."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from domain.wall_freshness import Staleness, StaleReason


def clock_text(moment: dt.datetime) -> str:
    return moment.astimezone().strftime("%H:%M:%S")


def data_as_of_text(as_of: dt.datetime | None) -> str:
    if as_of is None:
        return QCoreApplication.translate("WallMessages", "No data yet")
    return QCoreApplication.translate("WallMessages", "Data as of {0}").format(clock_text(as_of))


def banner_text(state: Staleness) -> str:
    """The full-width banner: what is stale, since when, and which moment the screen still shows."""
    since = clock_text(state.since)
    shown = clock_text(state.data_as_of) if state.data_as_of is not None else "—"
    if state.reason is StaleReason.NEVER_LOADED:
        return QCoreApplication.translate("WallMessages", "Waiting for the first data from the server (since {0})").format(since)
    if state.reason is StaleReason.STREAM_DOWN:
        return QCoreApplication.translate("WallMessages", "NOT LIVE — connection to the server lost since {0}; showing data as of {1}").format(since, shown)
    if state.reason is StaleReason.SERVER_FAILING:
        return QCoreApplication.translate("WallMessages", "NOT LIVE — the server has not answered since {0}; showing data as of {1}").format(since, shown)
    if state.reason is StaleReason.RELOADING:
        return QCoreApplication.translate("WallMessages", "NOT LIVE — reconnected, reloading everything (stale since {0}; showing data as of {1})").format(since, shown)
    return QCoreApplication.translate("WallMessages", "NOT LIVE — no refresh from the server since {0}; showing data as of {1}").format(since, shown)


def link_text(up: bool, renewing: bool = False) -> str:
    if renewing:
        return QCoreApplication.translate("WallMessages", "● Renewing session")
    return QCoreApplication.translate("WallMessages", "● Live") if up else QCoreApplication.translate("WallMessages", "● Reconnecting")


def retry_text(seconds: int) -> str:
    return QCoreApplication.translate("WallMessages", "Trying again in {0} s").format(seconds)


def waiting_for_config_text(path: str) -> str:
    return QCoreApplication.translate("WallMessages", "Checking {0} for a new configuration every few seconds").format(path)


def scope_text(name: str) -> str:
    return QCoreApplication.translate("WallMessages", "{0} · Construction quality and safety supervision").format(name)
