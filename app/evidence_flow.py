"""Drive a passive evidence picker (widgets.common.evidence.EvidencePanel): read and check the files the
user picked or dropped, as the server will, before anything is sent. Shared by notice feedback and the
monthly progress photos."""

from __future__ import annotations

from collections.abc import Collection
from functools import partial
from pathlib import Path

import shiboken6

from app.error_text import describe_error, describe_unreadable_file
from app.worker import Worker
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


def bind_evidence(worker: Worker, panel: EvidencePanel, allowed: Collection[str] = DOCUMENT_TYPES) -> None:
    """Picked files are read and checked in the worker (up to 20 MB each: never in the GUI thread); the
    acceptable ones are listed, the others explained under the list. A panel closed meanwhile loses them."""

    def checked(outcome: tuple[list[CheckedFile], list[str]]) -> None:
        if shiboken6.isValid(panel):
            accepted, refusals = outcome
            panel.add_checked(accepted)
            panel.show_error("\n".join(refusals))

    def failed(error: Exception) -> None:
        if shiboken6.isValid(panel):
            panel.show_error(describe_error(error))

    def added(paths: list[str]) -> None:
        worker.submit(partial(check_files, list(paths), allowed), checked, failed)

    panel.sig_files_added.connect(added)
