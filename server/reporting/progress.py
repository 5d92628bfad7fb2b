"""Monthly image progress: photos per project and month, checked against their own EXIF.

The month's report is one submission; photos added while it is returned go into the same report and
the enterprise resubmits it. A verified month takes no more photos.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from domain.reporting import PhotoFlag, SubmissionKind, SubmissionStatus, check_photo, month_bounds
from domain.reporting_schemas import ProgressPhotoOut, ProgressReportOut
from server.db.base import utcnow
from server.deps import Principal
from server.documents.storage import BlobStore
from server.documents.uploads import IMAGE_TYPES, Blob, sniff_content_type
from server.errors import Invalid, conflict, not_found
from server.projects.models import Project
from server.reporting.models import ProgressPhoto, ProgressReport, Submission
from server.reporting.photos import PhotoFacts, read_photo
from server.reporting.queue import (
    records_with_state,
    reporting_project,
    submit,
    verification_of,
    visible_project,
)
from server.security import audit

log = logging.getLogger("sandtable.reporting")


def _month_report(session: Session, principal: Principal, project: Project, month: str) -> ProgressReport:
    report = session.scalar(sa.select(ProgressReport).where(ProgressReport.project_id == project.id,
                                                            ProgressReport.month == month))
    if report is None:
        report = ProgressReport(project_id=project.id, month=month)
        session.add(report)
        submit(session, principal, project_id=project.id, kind=SubmissionKind.PROGRESS, record=report,
               summary=f"{month} 月度形象进度", changes={"month": month})
        return report
    submission = session.scalar(sa.select(Submission).where(Submission.kind == SubmissionKind.PROGRESS,
                                                            Submission.record_id == report.id))
    assert submission is not None
    if submission.submitted_by_unit_id != principal.unit_id:
        raise conflict("reported_by_other_unit", f"the {month} progress of this project is reported by another unit")
    if submission.status is SubmissionStatus.VERIFIED:
        raise conflict("month_verified", f"the {month} progress report is already verified; it takes no more photos")
    return report


@dataclass(frozen=True)
class StoredPhoto:
    """A photo read and stored with its thumbnail, ready to be recorded."""

    blob: Blob
    facts: PhotoFacts
    thumbnail_sha256: str


def store_photo(store: BlobStore, data: bytes, *, max_pixels: int) -> StoredPhoto:
    """Decode, thumbnail and store a photo. Call it outside any write transaction (server.documents.uploads
    says why); whether the caller may add it to a report is decided when it is recorded."""
    content_type = sniff_content_type(data, IMAGE_TYPES, "progress photos must be JPEG or PNG")
    facts = read_photo(data, max_pixels=max_pixels)
    return StoredPhoto(Blob(store.put(data), content_type, len(data)), facts, store.put(facts.thumbnail))


def add_photo(session: Session, principal: Principal, *, project_id: int, month: str, caption: str,
              original_name: str, photo: StoredPhoto, today: dt.date) -> ProgressPhoto:
    """Record a stored photo; flag it when EXIF says another month or more than 1 km away."""
    project = reporting_project(session, principal, project_id)
    if month_bounds(month)[0] > today:
        raise Invalid("month_not_started", f"{month} has not started yet (today is {today})")
    facts, blob = photo.facts, photo.blob
    check = check_photo(month=month, taken_at=facts.taken_at, lon=facts.lon, lat=facts.lat, site_lon=project.lon,
                        site_lat=project.lat)
    report = _month_report(session, principal, project, month)
    session.flush()
    row = ProgressPhoto(report_id=report.id, sha256=blob.sha256, thumbnail_sha256=photo.thumbnail_sha256,
                        content_type=blob.content_type, size=blob.size, original_name=original_name[-200:] or "photo",
                        caption=caption, taken_at=facts.taken_at, lon=facts.lon, lat=facts.lat,
                        distance_km=check.distance_km, flags=[f.value for f in check.flags], uploaded_at=utcnow())
    session.add(row)
    session.flush()
    audit.record(session, principal.actor, action="progress.photo", entity="progress_photo", entity_id=row.id,
                 changes={"project_id": project.id, "month": month, "sha256": row.sha256, "size": blob.size,
                          "taken_at": facts.taken_at, "position": [facts.lon, facts.lat], "flags": row.flags})
    session.commit()
    if check.flags:
        log.info("progress photo %s of project %s (%s) flagged: %s", row.id, project.id, month,
                 ", ".join(check.flags))
    return row


def _photo_out(photo: ProgressPhoto, month: str) -> ProgressPhotoOut:
    return ProgressPhotoOut(id=photo.id, month=month, caption=photo.caption, original_name=photo.original_name,
                            content_type=photo.content_type, size=photo.size, taken_at=photo.taken_at, lon=photo.lon,
                            lat=photo.lat, distance_km=photo.distance_km, flags=[PhotoFlag(f) for f in photo.flags],
                            uploaded_at=photo.uploaded_at)


def photo_out(session: Session, photo: ProgressPhoto) -> ProgressPhotoOut:
    month = session.scalar(sa.select(ProgressReport.month).where(ProgressReport.id == photo.report_id)) or ""
    return _photo_out(photo, month)


def reports(session: Session, principal: Principal, *, project_id: int) -> list[ProgressReportOut]:
    project = visible_project(session, principal, project_id)
    rows = records_with_state(session, principal, ProgressReport, SubmissionKind.PROGRESS,
                              where=[ProgressReport.project_id == project.id], order_by=[ProgressReport.month.desc()])
    return _reports_out(session, rows)


def report(session: Session, principal: Principal, report_id: int) -> ProgressReportOut:
    """One month's report with its photos (404 outside the caller's submissions, like the listing)."""
    rows = records_with_state(session, principal, ProgressReport, SubmissionKind.PROGRESS,
                              where=[ProgressReport.id == report_id], order_by=[])
    if not rows:
        raise not_found("progress report")
    return _reports_out(session, rows)[0]


def _reports_out(session: Session, rows: list[tuple[ProgressReport, Submission]]) -> list[ProgressReportOut]:
    photos: dict[int, list[ProgressPhoto]] = {}
    for photo in session.scalars(sa.select(ProgressPhoto).where(ProgressPhoto.report_id.in_([r.id for r, _ in rows]))
                                 .order_by(ProgressPhoto.id)):
        photos.setdefault(photo.report_id, []).append(photo)
    out = []
    for report, submission in rows:
        items = [_photo_out(p, report.month) for p in photos.get(report.id, [])]
        out.append(ProgressReportOut(id=report.id, project_id=report.project_id, month=report.month, photos=items,
                                     flagged=sum(1 for p in items if p.flags), verification=verification_of(submission)))
    return out


def scoped_photo(session: Session, principal: Principal, photo_id: int) -> ProgressPhoto:
    row = session.execute(
        sa.select(ProgressPhoto, ProgressReport.id).join(ProgressReport, ProgressReport.id == ProgressPhoto.report_id)
        .where(ProgressPhoto.id == photo_id)).first()
    if row is None:
        raise not_found("photo")
    visible = records_with_state(session, principal, ProgressReport, SubmissionKind.PROGRESS,
                                 where=[ProgressReport.id == row[1]], order_by=[])
    if not visible:
        raise not_found("photo")
    return row[0]
