"""The client refuses uploads the server would refuse, before sending them (a picked file is read and
checked by `read_checked`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.uploads import (
    PHOTO_TYPES,
    CheckedFile,
    UploadRejected,
    check_upload,
    read_checked,
    sniff_content_type,
)
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


def test_a_picked_file_is_read_and_checked(tmp_path: Path) -> None:
    photo = tmp_path / "rectified.png"
    photo.write_bytes(tiny_png())
    assert read_checked(photo) == CheckedFile("rectified.png", tiny_png(), "image/png")
    plan = tmp_path / "plan.pdf"
    plan.write_bytes(b"%PDF-1.7\n...")
    with pytest.raises(UploadRejected) as refused:
        read_checked(plan, PHOTO_TYPES)
    assert refused.value.reason == "not_a_photo"
    big = tmp_path / "big.jpg"
    big.write_bytes(exif_jpeg() + b"\0" * 2048)
    with pytest.raises(UploadRejected) as refused:
        read_checked(big, limit=1024)  # refused by its size on disk, before it is read
    assert (refused.value.reason, refused.value.filename) == ("file_too_large", "big.jpg")
    with pytest.raises(OSError):
        read_checked(tmp_path / "gone.png")
