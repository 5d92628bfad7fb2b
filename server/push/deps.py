"""The push hub of this server process as a dependency (`server.runtime.MonitoringRuntime` owns it)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from server.push.hub import Hub


def _hub(request: Request) -> Hub:
    return request.app.state.monitoring.hub


PushHub = Annotated[Hub, Depends(_hub)]
