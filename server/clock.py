"""Dates as the users mean them: deadlines, issue dates and the 12-month window are China-local
calendar dates, while timestamps are stored in UTC."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

CHINA_TZ = ZoneInfo("Asia/Shanghai")


def today_in_china() -> dt.date:
    return dt.datetime.now(CHINA_TZ).date()


def local_date(moment: dt.datetime) -> dt.date:
    """The China-local calendar day of a UTC timestamp (00:30 Beijing time is already 'today')."""
    return moment.astimezone(CHINA_TZ).date()
