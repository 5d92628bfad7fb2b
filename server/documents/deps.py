"""The blob store as a dependency: one per app, under the configured documents directory."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from server.documents.storage import BlobStore


def _blob_store(request: Request) -> BlobStore:
    return request.app.state.blob_store


Blobs = Annotated[BlobStore, Depends(_blob_store)]
