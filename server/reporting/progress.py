"""Monthly image progress: photos per project and month, checked against their own EXIF.

The month's report is one submission; photos added while it is returned go into the same report and
the enterprise resubmits it. A verified month takes no more photos.
"""

from __future__ import annotations

import datetime as dt
import logging

import sqlalchemy as sa
from sqlalchemy.orm import Session

from domain.reporting import PhotoFlag, SubmissionKind, SubmissionStatus, check_photo, month_bounds
from domain.reporting_schemas import ProgressPhotoOut, ProgressReportOut
from server.db.base import utcnow
from server.deps import Principal
from server.documents.service import sniff_content_type
from server.documents.storage import BlobStore
from server.errors import ApiError, conflict, not_found
from server.projects.models import Project
from server.reporting.models import ProgressPhoto, ProgressReport, Submission
from server.reporting.photos import read_photo
from server.reporting.queue import (
    records_with_state,
    reporting_project,
    submit,
    verification_of,
    visible_project,
)
from server.security import audit

log = logging.getLogger("sandtable.reporting")
_PHOTO_TYPES = {"image/jpeg", "image/png"}


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


def add_photo(session: Session, store: BlobStore, principal: Principal, *, project_id: int, month: str, caption: str,
              original_name: str, data: bytes, today: dt.date) -> ProgressPhoto:
    """Store the photo and its thumbnail; flag it when EXIF says another month or more than 1 km away."""
    project = reporting_project(session, principal, project_id)
    if month_bounds(month)[0] > today:
        raise ApiError(422, "month_not_started", f"{month} has not started yet (today is {today})")
    content_type = sniff_content_type(data)
    if content_type not in _PHOTO_TYPES:
        raise ApiError(415, "unsupported_type", "progress photos must be JPEG or PNG")
    facts = read_photo(data)
    check = check_photo(month=month, taken_at=facts.taken_at, lon=facts.lon, lat=facts.lat, site_lon=project.lon,
                        site_lat=project.lat)
    report = _month_report(session, principal, project, month)
    session.flush()
    photo = ProgressPhoto(report_id=report.id, sha256=store.put(data), thumbnail_sha256=store.put(facts.thumbnail),
                          content_type=content_type, size=len(data), original_name=original_name[-200:] or "photo",
                          caption=caption, taken_at=facts.taken_at, lon=facts.lon, lat=facts.lat,
                          distance_km=check.distance_km, flags=[f.value for f in check.flags], uploaded_at=utcnow())
    session.add(photo)
    session.flush()
    audit.record(session, principal.actor, action="progress.photo", entity="progress_photo", entity_id=photo.id,
                 changes={"project_id": project.id, "month": month, "sha256": photo.sha256, "size": len(data),
                          "taken_at": facts.taken_at, "position": [facts.lon, facts.lat], "flags": photo.flags})
    session.commit()
    if check.flags:
        log.info("progress photo %s of project %s (%s) flagged: %s", photo.id, project.id, month,
                 ", ".join(check.flags))
    return photo


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
