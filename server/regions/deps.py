"""The region catalogue as a dependency: loaded once when the app starts (`server.app.prepare_database`)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from server.regions.service import RegionCatalog


def _catalog(request: Request) -> RegionCatalog:
    return request.app.state.regions


Regions = Annotated[RegionCatalog, Depends(_catalog)]
