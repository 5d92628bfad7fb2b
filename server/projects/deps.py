"""The map features cache as a dependency: one per app, shared by every request (`server.app.create_app`)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from server.projects.feature_cache import FeatureCache


def _feature_cache(request: Request) -> FeatureCache:
    return request.app.state.feature_cache


FeatureCacheDep = Annotated[FeatureCache, Depends(_feature_cache)]
