"""Fetching many small files (thumbnails, evidence photos) for one view in one background job."""

from __future__ import annotations

from collections.abc import Callable, Iterable


def fetch_each(fetch: Callable[[int], bytes], ids: Iterable[int]) -> dict[int, bytes | Exception]:
    """Every id's bytes, or the exception that kept it away: one missing file must not hide the others
    (the view counts the failures and says so once)."""
    out: dict[int, bytes | Exception] = {}
    for item_id in dict.fromkeys(ids):
        try:
            out[item_id] = fetch(item_id)
        except Exception as exc:  # reported per item to the view, which shows one message for the lot
            out[item_id] = exc
    return out
