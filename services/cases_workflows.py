"""Case-management work that takes more than one request or chooses what to ask for: a page of one of the
"my work" queues, and rectification feedback (upload every evidence file, then submit the feedback with
their ids). Plain functions without Qt; controllers run them in the worker."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from domain.case_schemas import FollowUpPage, NoticeOut, NoticePage
from domain.cases import DocumentKind, NoticeAction
from domain.followups import FollowUpStatus
from services.cases_client import CasesClient, NoticeQueue
from services.uploads import sniff_content_type

Progress = Callable[[int, int], None]  # (files uploaded, files in all); called in the worker thread


class EvidenceFile(Protocol):
    """A checked file to upload (services.uploads.CheckedFile, or what a picker holds of one)."""

    @property
    def name(self) -> str: ...

    @property
    def data(self) -> bytes: ...

class KeyedFile(EvidenceFile, Protocol):
    """A checked file and the key its form knows it by (a finding's photo)."""

    @property
    def key(self) -> int: ...


# What each tab of the work queue asks the server for (the view names its tabs by these keys).
_NOTICE_QUEUES = {"review": NoticeQueue.REVIEW, "overdue": NoticeQueue.OVERDUE, "drafts": NoticeQueue.DRAFTS,
                  "to_answer": NoticeQueue.TO_ANSWER}
_FOLLOW_UP_QUEUES: dict[str, tuple[FollowUpStatus | None, bool]] = {  # (status, overdue only)
    "follow_ups": (FollowUpStatus.OPEN, False),
    "urged": (FollowUpStatus.URGED, False),
    "answered": (FollowUpStatus.ANSWERED, False),
    "follow_ups_overdue": (None, True),
}


def work_queue_page(cases: CasesClient, key: str, page: int, page_size: int) -> NoticePage | FollowUpPage:
    """One page of the work queue named `key` (a KeyError for a key no queue has)."""
    if key in _NOTICE_QUEUES:
        return cases.notices(queue=_NOTICE_QUEUES[key], page=page, page_size=page_size)
    status, overdue = _FOLLOW_UP_QUEUES[key]
    return cases.follow_ups(status=status, overdue=overdue, page=page, page_size=page_size)


class UploadFailed(Exception):
    """An evidence file did not reach the server, so nothing was submitted; `cause` says why."""

    def __init__(self, filename: str, cause: Exception) -> None:
        super().__init__(f"{filename}: {cause}")
        self.filename = filename
        self.cause = cause


def submit_feedback(cases: CasesClient, notice: NoticeOut, comment: str, files: Sequence[EvidenceFile],
                    on_progress: Progress | None = None) -> NoticeOut:
    """Upload the evidence one file at a time (photos as evidence photos), then submit the feedback
    naming them. An upload that fails stops here with UploadFailed: the notice is left as it was."""
    report = on_progress or (lambda _done, _total: None)
    document_ids = []
    for done, pending in enumerate(files):
        report(done, len(files))
        photo = (sniff_content_type(pending.data) or "").startswith("image/")
        kind = DocumentKind.EVIDENCE_PHOTO if photo else DocumentKind.OTHER
        try:
            document_ids.append(cases.upload_document(notice.project_id, pending.name, pending.data, kind).id)
        except Exception as exc:  # which file failed matters to the user; the cause says why
            raise UploadFailed(pending.name, exc) from exc
    report(len(files), len(files))
    return cases.act_on_notice(notice.id, NoticeAction.SUBMIT_FEEDBACK, comment=comment, document_ids=document_ids)


class PhotoUploadFailed(Exception):
    """A finding's photo did not reach the server, so nothing was recorded; `uploaded` (photo key ->
    document id) are the photos before it, which a retry need not send again."""

    def __init__(self, filename: str, cause: Exception, uploaded: dict[int, int]) -> None:
        super().__init__(f"{filename}: {cause}")
        self.filename = filename
        self.cause = cause
        self.uploaded = uploaded


def upload_finding_photos(cases: CasesClient, project_id: int, photos: Sequence[KeyedFile],
                          on_progress: Progress | None = None) -> dict[int, int]:
    """Upload the photos one at a time as inspection photos of the project: photo key -> document id.
    The first that fails stops here with PhotoUploadFailed."""
    report = on_progress or (lambda _done, _total: None)
    uploaded: dict[int, int] = {}
    for done, photo in enumerate(photos):
        report(done, len(photos))
        try:
            uploaded[photo.key] = cases.upload_document(project_id, photo.name, photo.data,
                                                        DocumentKind.INSPECTION_PHOTO).id
        except Exception as exc:  # which photo failed matters to the user; the cause says why
            raise PhotoUploadFailed(photo.name, exc, uploaded) from exc
    report(len(photos), len(photos))
    return uploaded
