"""The one way thumbnails reach a passive view: the view emits the ids it wants
(`sig_thumbnails_wanted`), the worker fetches them all in one job (services.downloads.fetch_each) and the
view paints them (`show_thumbnails`), each failure already a sentence. A progress-photo strip also opens
a photo at full size."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from typing import Protocol

import shiboken6
from PySide6.QtCore import SignalInstance

from app.error_text import describe_error
from app.worker import Worker
from services.downloads import fetch_each
from widgets.reporting.photo_strip import PhotoStrip


class ThumbnailView(Protocol):
    @property
    def sig_thumbnails_wanted(self) -> SignalInstance: ...

    def show_thumbnails(self, thumbnails: Mapping[int, bytes | str]) -> None: ...


class PhotoSource(Protocol):
    """Where progress photos come from (services.reporting_client.ReportingClient fits)."""

    def progress_photo_content(self, photo_id: int, *, thumbnail: bool = False) -> bytes: ...


def described(results: Mapping[int, bytes | Exception]) -> dict[int, bytes | str]:
    """Fetched bytes as they are; each failure as the sentence that says why."""
    return {key: value if isinstance(value, bytes) else describe_error(value) for key, value in results.items()}


def bind_thumbnails(worker: Worker, view: ThumbnailView, fetch: Callable[[int], bytes]) -> None:
    """Whenever `view` wants thumbnails, fetch them in one background job and hand them to it (a view
    deleted meanwhile loses them)."""

    def fetched(results: dict[int, bytes | Exception]) -> None:
        if shiboken6.isValid(view):
            view.show_thumbnails(described(results))

    def failed(ids: list[int], error: Exception) -> None:  # fetch_each reports per id; this is a last resort
        if shiboken6.isValid(view):
            view.show_thumbnails(dict.fromkeys(ids, describe_error(error)))

    def wanted(ids: list[int]) -> None:
        # Latest wins: a view asks for every thumbnail it still lacks, so the newest request covers older ones.
        worker.submit(partial(fetch_each, fetch, list(ids)), fetched, partial(failed, list(ids)),
                      channel=f"thumbnails-{id(view)}")

    view.sig_thumbnails_wanted.connect(wanted)


def bind_photo_strip(worker: Worker, strip: PhotoStrip, client: PhotoSource) -> PhotoStrip:
    """Progress photos: thumbnails as every view gets them, and a double-clicked photo at full size."""
    bind_thumbnails(worker, strip, partial(client.progress_photo_content, thumbnail=True))

    def open_photo(photo_id: int, title: str) -> None:
        worker.submit(partial(client.progress_photo_content, photo_id), partial(shown, title), failed)

    def shown(title: str, data: bytes) -> None:
        if shiboken6.isValid(strip):
            strip.show_photo(title, data)

    def failed(error: Exception) -> None:
        if shiboken6.isValid(strip):
            strip.show_error(describe_error(error))

    strip.sig_photo_open_requested.connect(open_photo)
    return strip
