"""The client refuses uploads the server would refuse, before sending them."""

from __future__ import annotations

import pytest

from services.uploads import UploadRejected, check_upload, sniff_content_type
from tests.support.files import tiny_png
from tests.support.photos import exif_jpeg


def test_accepted_types_are_sniffed_from_the_content() -> None:
    assert check_upload("photo.png", tiny_png()) == "image/png"
    assert check_upload("photo.txt", exif_jpeg()) == "image/jpeg"  # the name does not matter
    assert sniff_content_type(b"%PDF-1.7\n...") == "application/pdf"


@pytest.mark.parametrize(("name", "data", "limit", "reason"), [
    ("notes.png", b"#!/bin/sh\nrm -rf /\n", 1024, "unsupported_type"),
    ("big.png", tiny_png() + b"\0" * 2048, 1024, "file_too_large"),
    ("empty.jpg", b"", 1024, "empty_file"),
])
def test_refusals_say_why(name: str, data: bytes, limit: int, reason: str) -> None:
    with pytest.raises(UploadRejected) as refused:
        check_upload(name, data, limit)
    assert (refused.value.reason, refused.value.filename) == (reason, name)
