"""The threshold profiles as a dependency: loaded once per server process (`server.runtime.MonitoringRuntime`)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from server.monitoring.profiles import ProfileBook


def _profiles(request: Request) -> ProfileBook:
    return request.app.state.monitoring.profiles


Profiles = Annotated[ProfileBook, Depends(_profiles)]
