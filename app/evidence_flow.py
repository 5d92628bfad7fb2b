"""Drive a passive evidence picker (widgets.common.evidence.EvidencePanel): read and check the files the
user picked or dropped, as the server will, before anything is sent. Shared by notice feedback and the
monthly progress photos."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from app.error_text import describe_error, describe_unreadable_file
from services.uploads import DOCUMENT_TYPES, CheckedFile, UploadRejected, read_checked
from widgets.common.evidence import EvidencePanel


def check_files(paths: list[str], allowed: Collection[str] = DOCUMENT_TYPES) -> tuple[list[CheckedFile], list[str]]:
    """The acceptable files, and a sentence for each refused one."""
    accepted: list[CheckedFile] = []
    refusals: list[str] = []
    for path in paths:
        try:
            accepted.append(read_checked(path, allowed))
        except UploadRejected as exc:
            refusals.append(describe_error(exc))
        except OSError as exc:
            refusals.append(describe_unreadable_file(Path(path).name, exc))
    return accepted, refusals


def bind_evidence(panel: EvidencePanel, allowed: Collection[str] = DOCUMENT_TYPES) -> None:
    """Picked files are checked at once (local files, at most 20 MB each, as the picker has always done):
    the acceptable ones are listed, the others explained under the list."""

    def added(paths: list[str]) -> None:
        accepted, refusals = check_files(paths, allowed)
        panel.add_checked(accepted)
        panel.show_error("\n".join(refusals))

    panel.sig_files_added.connect(added)
