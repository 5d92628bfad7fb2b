"""The demo reporting history is reproducible and agrees with the server's own rules: photo EXIF reads
back as stored, flags are what an upload would get, levels are what the classifier says, and the
compliance scan chases exactly the gaps the history left."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa

from domain.dangerous_works import DangerousWorkType, classify
from domain.enums import ProjectStatus
from domain.followups import FollowUpSource
from domain.reporting import PhotoFlag, SubmissionKind, SubmissionStatus, check_photo, previous_month
from server.app import prepare_database
from server.clock import CHINA_TZ
from server.compliance import scan_once
from server.config import Settings
from server.db.engine import Database
from server.demo.images import site_scenes, with_exif
from server.documents.storage import BlobStore
from server.followups.models import FollowUp
from server.projects.models import Project
from server.reporting.models import (
    DangerousWork,
    DangerousWorkPlan,
    ProgressPhoto,
    ProgressReport,
    ProjectVersion,
    Submission,
)
from server.reporting.photos import read_photo
from server.reporting.project_facts import current_basic_info

TODAY = dt.date(2026, 11, 25)  # the demo generator's fixed day
PIXELS = Settings.max_image_pixels


def test_spliced_exif_reads_back_as_written() -> None:
    taken_at = dt.datetime(2026, 10, 17, 9, 41, tzinfo=CHINA_TZ).astimezone(dt.UTC)
    facts = read_photo(with_exif(site_scenes()[2], taken_at, 113.3245678, 23.1291234), max_pixels=PIXELS)
    assert facts.taken_at == taken_at
    assert facts.lon == pytest.approx(113.3245678, abs=1e-5) and facts.lat == pytest.approx(23.1291234, abs=1e-5)
    assert facts.thumbnail.startswith(b"\xff\xd8")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Database, Path]:
    data_dir = tmp_path_factory.mktemp("demo-reporting")
    database = Database(f"sqlite:///{data_dir / 'demo.db'}")
    prepare_database(database, Settings(db_url=database.url, demo_projects=300, demo_seed=5, data_dir=data_dir))
    return database, data_dir


def _dump(database: Database) -> list[tuple]:
    with database.read_session() as session:
        return session.execute(sa.text("SELECT id, project_id, kind, record_id, status, summary FROM submissions "
                                       "ORDER BY id")).all()


def test_history_is_reproducible(demo: tuple[Database, Path], tmp_path: Path) -> None:
    again = Database(f"sqlite:///{tmp_path / 'again.db'}")
    prepare_database(again, Settings(db_url=again.url, demo_projects=300, demo_seed=5, data_dir=tmp_path))
    assert _dump(again) == _dump(demo[0])


def test_photos_carry_what_an_upload_would_record(demo: tuple[Database, Path]) -> None:
    database, data_dir = demo
    store = BlobStore(data_dir / "documents")
    with database.read_session() as session:
        rows = session.execute(sa.select(ProgressPhoto, ProgressReport.month, Project.lon, Project.lat)
                               .join(ProgressReport, ProgressReport.id == ProgressPhoto.report_id)
                               .join(Project, Project.id == ProgressReport.project_id)).all()
    assert len(rows) > 100
    flagged = {flag for photo, *_ in rows for flag in photo.flags}
    assert {PhotoFlag.OUTSIDE_MONTH.value, PhotoFlag.FAR_FROM_SITE.value} <= flagged  # the supervisor has work
    assert sum(1 for photo, *_ in rows if not photo.flags) > 0.8 * len(rows)  # most are clean
    for photo, month, site_lon, site_lat in rows:
        check = check_photo(month=month, taken_at=photo.taken_at, lon=photo.lon, lat=photo.lat, site_lon=site_lon,
                            site_lat=site_lat)
        assert photo.flags == [f.value for f in check.flags]
    for photo, *_ in rows[::25]:  # the stored bytes say what the row says
        facts = read_photo(store.get(photo.sha256), max_pixels=PIXELS)
        assert facts.taken_at == photo.taken_at
        assert facts.lon == pytest.approx(photo.lon, abs=1e-5) and facts.lat == pytest.approx(photo.lat, abs=1e-5)
        assert store.path_for(photo.thumbnail_sha256).exists()


def test_submissions_and_levels_are_consistent(demo: tuple[Database, Path]) -> None:
    database, data_dir = demo
    with database.read_session() as session:
        submissions = session.scalars(sa.select(Submission)).all()
        statuses = {s.status for s in submissions}
        assert statuses == set(SubmissionStatus) - {SubmissionStatus.RESUBMITTED}
        assert all(s.comment for s in submissions if s.status is SubmissionStatus.RETURNED)
        kinds = {s.kind for s in submissions}
        assert {SubmissionKind.PROGRESS, SubmissionKind.DANGEROUS_WORK, SubmissionKind.DANGEROUS_WORK_PLAN,
                SubmissionKind.EQUIPMENT} <= kinds
        for work in session.scalars(sa.select(DangerousWork)):
            assert work.level is classify(DangerousWorkType(work.work_type), work.parameters).level
        for plan in session.scalars(sa.select(DangerousWorkPlan)):
            assert (data_dir / "documents" / plan.sha256[:2] / plan.sha256).read_bytes().startswith(b"%PDF-")


def test_scan_chases_exactly_the_gaps_left(demo: tuple[Database, Path]) -> None:
    database, _ = demo
    last_month = previous_month(TODAY)
    scan_once(database, TODAY)
    with database.read_session() as session:
        reported = set(session.scalars(sa.select(ProgressReport.project_id).where(ProgressReport.month == last_month)))
        started = set(session.scalars(sa.select(Project.id).where(
            Project.status == ProjectStatus.UNDER_CONSTRUCTION,
            sa.or_(Project.actual_start.is_(None), Project.actual_start <= dt.date(2026, 10, 31)))))
        chased = {f.project_id for f in session.scalars(sa.select(FollowUp).where(
            FollowUp.source == FollowUpSource.PROGRESS_MISSING))}
        unapproved = session.scalar(sa.select(sa.func.count()).select_from(FollowUp).where(
            FollowUp.source == FollowUpSource.DANGEROUS_WORKS_UNAPPROVED))
    assert chased == started - reported
    assert 0 < len(chased) < 0.15 * len(started)  # a few projects missed the month, not all of them
    assert unapproved == 0  # every work under way has its approved plan


def test_confirmed_basic_info_is_the_project_as_stored(demo: tuple[Database, Path]) -> None:
    database, _ = demo
    with database.read_session() as session:
        versions = session.execute(sa.select(ProjectVersion, Submission.status).join(
            Submission, (Submission.kind == SubmissionKind.BASIC_INFO) & (Submission.record_id == ProjectVersion.id))
            .where(ProjectVersion.version == 1)).all()
        assert len(versions) > 100
        assert {status for _, status in versions} == {SubmissionStatus.VERIFIED, SubmissionStatus.SUBMITTED}
        for version, _ in versions[::20]:
            assert version.data == current_basic_info(session, session.get(Project, version.project_id))


def test_dates_follow_each_other(demo: tuple[Database, Path]) -> None:
    database, _ = demo
    with database.read_session() as session:
        submissions = {(s.kind, s.record_id): s for s in session.scalars(sa.select(Submission))}
        for submission in submissions.values():
            assert submission.decided_at is None or submission.decided_at >= submission.submitted_at
            assert submission.submitted_at.date() <= TODAY
        for photo, report_id in session.execute(sa.select(ProgressPhoto, ProgressPhoto.report_id)):
            report = submissions[(SubmissionKind.PROGRESS, report_id)]
            assert photo.taken_at <= photo.uploaded_at <= report.submitted_at
        for plan in session.scalars(sa.select(DangerousWorkPlan)):
            assert plan.expert_reviewed_on is None or plan.expert_reviewed_on <= TODAY
            if submissions[(SubmissionKind.DANGEROUS_WORK_PLAN, plan.id)].status is SubmissionStatus.VERIFIED:
                assert submissions[(SubmissionKind.DANGEROUS_WORK, plan.work_id)].status is SubmissionStatus.VERIFIED
        events = session.execute(sa.text("SELECT submission_id, at FROM submission_events ORDER BY submission_id, id"))
        last: dict[int, object] = {}
        for submission_id, at in events:
            assert submission_id not in last or last[submission_id] <= at
            last[submission_id] = at
