"""The process's wall summary cache as a dependency: one per app, made on first use (`server.wall.cache`)."""

from __future__ import annotations

import threading
from typing import Annotated

from fastapi import Depends, Request

from server.wall.cache import SummaryCache

_made = threading.Lock()


def _cache(request: Request) -> SummaryCache:
    state = request.app.state
    with _made:
        if getattr(state, "wall_cache", None) is None:
            state.wall_cache = SummaryCache()
        return state.wall_cache


WallCache = Annotated[SummaryCache, Depends(_cache)]
