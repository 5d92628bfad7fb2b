"""The write path of this server process as a dependency (`server.runtime.MonitoringRuntime` owns it)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from server.ingest.pipeline import Ingestor


def _ingestor(request: Request) -> Ingestor:
    return request.app.state.monitoring.ingestor


IngestorDep = Annotated[Ingestor, Depends(_ingestor)]
