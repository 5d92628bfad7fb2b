"""Enterprise reports and their verification.

Every report is a row of its own table plus one `Submission` (kind + record id) that carries the
verification state, so one queue serves every kind. Project facts (basic data, permit, position,
status) are proposals: they reach the `projects` row only when a supervisor verifies them, which keeps
the sand table on verified data. Records (photos, dangerous works, machinery, materials, safety) are
stored at once and shown with their verification state.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from domain.dangerous_works import DangerLevel, DangerousWorkType
from domain.enums import CoordSystem
from domain.reporting import (
    EquipmentType,
    OperationType,
    SafetyGrade,
    StatusAction,
    SubmissionAction,
    SubmissionKind,
    SubmissionStatus,
    TestItem,
)
from server.db.base import Base, LifecycleEvent, UTCDateTime, enum_type

_PROJECT = "projects.id"


class Reported(Base):
    """A reported record: the row a `Submission` (kind + record id) puts under verification."""

    __abstract__ = True

    id: Mapped[int] = mapped_column(primary_key=True, sort_order=-1)  # first, as in every table


class Submission(Base):
    __tablename__ = "submissions"
    __table_args__ = (
        sa.UniqueConstraint("kind", "record_id", name="uq_submissions_kind_record"),
        sa.Index("ix_submissions_project_kind", "project_id", "kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(sa.ForeignKey(_PROJECT, ondelete="CASCADE"))
    kind: Mapped[SubmissionKind] = mapped_column(enum_type(SubmissionKind))
    record_id: Mapped[int]
    status: Mapped[SubmissionStatus] = mapped_column(enum_type(SubmissionStatus), index=True)
    summary: Mapped[str] = mapped_column(sa.String(300))
    submitted_by_user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"))
    submitted_by_unit_id: Mapped[int] = mapped_column(sa.ForeignKey("units.id"), index=True)
    submitted_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    decided_by_user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    decided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    comment: Mapped[str] = mapped_column(sa.Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class SubmissionEvent(LifecycleEvent, Base):
    """One step of a submission's life: submitted, verified, returned, resubmitted."""

    __tablename__ = "submission_events"

    submission_id: Mapped[int] = mapped_column(sa.ForeignKey("submissions.id", ondelete="CASCADE"), index=True)
    action: Mapped[SubmissionAction | None] = mapped_column(enum_type(SubmissionAction))  # None: submitted
    to_status: Mapped[SubmissionStatus] = mapped_column(enum_type(SubmissionStatus))


# --- project facts (proposals, applied on verification) ------------------------------------------


class ProjectVersion(Reported):
    """A numbered version of a project's basic data as the enterprise confirmed it."""

    __tablename__ = "project_versions"
    __table_args__ = (sa.UniqueConstraint("project_id", "version", name="uq_project_versions_version"),)

    project_id: Mapped[int] = mapped_column(sa.ForeignKey(_PROJECT, ondelete="CASCADE"))
    version: Mapped[int]
    data: Mapped[dict[str, Any]] = mapped_column(sa.JSON)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class PermitBinding(Reported):
    __tablename__ = "permit_bindings"

    project_id: Mapped[int] = mapped_column(sa.ForeignKey(_PROJECT, ondelete="CASCADE"), index=True)
    permit_no: Mapped[str] = mapped_column(sa.String(18), index=True)


class PositionReport(Reported):
    """A reported site position: converted to WGS-84 and checked against the district on entry; the
    entered values and their system are kept to show what the enterprise typed."""

    __tablename__ = "position_reports"

    project_id: Mapped[int] = mapped_column(sa.ForeignKey(_PROJECT, ondelete="CASCADE"), index=True)
    lon: Mapped[float]
    lat: Mapped[float]
    entered_lon: Mapped[float]
    entered_lat: Mapped[float]
    coord_system: Mapped[CoordSystem] = mapped_column(enum_type(CoordSystem))


class StatusReport(Reported):
    __tablename__ = "status_reports"

    project_id: Mapped[int] = mapped_column(sa.ForeignKey(_PROJECT, ondelete="CASCADE"), index=True)
    action: Mapped[StatusAction] = mapped_column(enum_type(StatusAction))
    effective_on: Mapped[dt.date]
    reason: Mapped[str] = mapped_column(sa.String(500), default="")


# --- monthly image progress ----------------------------------------------------------------------


class ProgressReport(Reported):
    __tablename__ = "progress_reports"
    __table_args__ = (sa.UniqueConstraint("project_id", "month", name="uq_progress_reports_month"),)

    project_id: Mapped[int] = mapped_column(sa.ForeignKey(_PROJECT, ondelete="CASCADE"))
    month: Mapped[str] = mapped_column(sa.String(7))


class ProgressPhoto(Base):
    """A progress photo with what its EXIF says (time, WGS-84 position) and the resulting flags."""

    __tablename__ = "progress_photos"

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(sa.ForeignKey("progress_reports.id", ondelete="CASCADE"), index=True)
    sha256: Mapped[str] = mapped_column(sa.String(64))
    thumbnail_sha256: Mapped[str] = mapped_column(sa.String(64))
    content_type: Mapped[str] = mapped_column(sa.String(60))
    size: Mapped[int]
    original_name: Mapped[str] = mapped_column(sa.String(200))
    caption: Mapped[str] = mapped_column(sa.String(300), default="")
    taken_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    lon: Mapped[float | None]
    lat: Mapped[float | None]
    distance_km: Mapped[float | None]
    flags: Mapped[list[str]] = mapped_column(sa.JSON)
    uploaded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


# --- dangerous sub-projects ----------------------------------------------------------------------


class DangerousWork(Reported):
    __tablename__ = "dangerous_works"

    project_id: Mapped[int] = mapped_column(sa.ForeignKey(_PROJECT, ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(sa.String(200))
    work_type: Mapped[DangerousWorkType] = mapped_column(enum_type(DangerousWorkType))
    parameters: Mapped[dict[str, Any]] = mapped_column(sa.JSON)
    level: Mapped[DangerLevel] = mapped_column(enum_type(DangerLevel))
    reasons: Mapped[list[str]] = mapped_column(sa.JSON)
    location: Mapped[str] = mapped_column(sa.String(200), default="")
    planned_start: Mapped[dt.date]
    planned_end: Mapped[dt.date]
    actual_start: Mapped[dt.date | None]
    actual_end: Mapped[dt.date | None]


class DangerousWorkPlan(Reported):
    """A special construction plan (专项施工方案); verifying its submission is the approval."""

    __tablename__ = "dangerous_work_plans"

    work_id: Mapped[int] = mapped_column(sa.ForeignKey("dangerous_works.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(sa.String(200))
    sha256: Mapped[str] = mapped_column(sa.String(64))
    content_type: Mapped[str] = mapped_column(sa.String(60))
    size: Mapped[int]
    uploaded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    expert_reviewed_on: Mapped[dt.date | None]
    expert_names: Mapped[list[str] | None] = mapped_column(sa.JSON)
    expert_conclusion: Mapped[str | None] = mapped_column(sa.String(32))
    expert_comment: Mapped[str] = mapped_column(sa.Text, default="")


# --- lifting machinery ---------------------------------------------------------------------------


class Equipment(Reported):
    __tablename__ = "equipment"
    __table_args__ = (sa.UniqueConstraint("project_id", "registration_no", name="uq_equipment_registration"),)

    project_id: Mapped[int] = mapped_column(sa.ForeignKey(_PROJECT, ondelete="CASCADE"), index=True)
    equipment_type: Mapped[EquipmentType] = mapped_column(enum_type(EquipmentType))
    model: Mapped[str] = mapped_column(sa.String(60))
    registration_no: Mapped[str] = mapped_column(sa.String(60))  # 产权备案编号
    record_no: Mapped[str] = mapped_column(sa.String(60), default="")  # 使用登记编号
    rated_capacity_kn: Mapped[float]
    manufacturer: Mapped[str] = mapped_column(sa.String(200))
    inspection_cert_no: Mapped[str] = mapped_column(sa.String(60))
    inspection_expires_on: Mapped[dt.date] = mapped_column(index=True)
    device_code: Mapped[str | None] = mapped_column(sa.String(60))  # its safety-monitoring device, if any


class EquipmentOperation(Reported):
    __tablename__ = "equipment_operations"

    equipment_id: Mapped[int] = mapped_column(sa.ForeignKey("equipment.id", ondelete="CASCADE"), index=True)
    project_id: Mapped[int] = mapped_column(sa.ForeignKey(_PROJECT, ondelete="CASCADE"))
    operation: Mapped[OperationType] = mapped_column(enum_type(OperationType))
    starts_on: Mapped[dt.date]
    ends_on: Mapped[dt.date]
    crew: Mapped[list[dict[str, str]]] = mapped_column(sa.JSON)
    note: Mapped[str] = mapped_column(sa.Text, default="")


# --- materials, testing and acceptance -----------------------------------------------------------


class MaterialEntry(Reported):
    __tablename__ = "material_entries"

    project_id: Mapped[int] = mapped_column(sa.ForeignKey(_PROJECT, ondelete="CASCADE"), index=True)
    material: Mapped[str] = mapped_column(sa.String(100))
    specification: Mapped[str] = mapped_column(sa.String(100))
    batch_no: Mapped[str] = mapped_column(sa.String(60))
    quantity: Mapped[float]
    unit: Mapped[str] = mapped_column(sa.String(20))
    supplier: Mapped[str] = mapped_column(sa.String(200))
    certificate_nos: Mapped[list[str]] = mapped_column(sa.JSON)
    entered_on: Mapped[dt.date]


class MaterialTest(Reported):
    __tablename__ = "material_tests"

    project_id: Mapped[int] = mapped_column(sa.ForeignKey(_PROJECT, ondelete="CASCADE"), index=True)
    entry_id: Mapped[int | None] = mapped_column(sa.ForeignKey("material_entries.id"))
    sample_no: Mapped[str] = mapped_column(sa.String(60))
    test_item: Mapped[TestItem] = mapped_column(enum_type(TestItem))
    testing_unit_id: Mapped[int] = mapped_column(sa.ForeignKey("units.id"))
    sampled_on: Mapped[dt.date]
    tested_on: Mapped[dt.date]
    report_no: Mapped[str] = mapped_column(sa.String(60))
    design_value: Mapped[str] = mapped_column(sa.String(60), default="")
    result_value: Mapped[float | None]
    result_text: Mapped[str] = mapped_column(sa.String(500), default="")
    passed: Mapped[bool]


class SubdivisionAcceptance(Reported):
    __tablename__ = "subdivision_acceptances"

    project_id: Mapped[int] = mapped_column(sa.ForeignKey(_PROJECT, ondelete="CASCADE"), index=True)
    division: Mapped[str] = mapped_column(sa.String(100))
    accepted_on: Mapped[dt.date]
    participants: Mapped[list[str]] = mapped_column(sa.JSON)
    passed: Mapped[bool]
    comment: Mapped[str] = mapped_column(sa.Text, default="")


# --- safety management ---------------------------------------------------------------------------


class SafetyDuty(Reported):
    __tablename__ = "safety_duties"
    __table_args__ = (sa.UniqueConstraint("project_id", "duty_date", "certificate_no", name="uq_safety_duties_day"),)

    project_id: Mapped[int] = mapped_column(sa.ForeignKey(_PROJECT, ondelete="CASCADE"))
    duty_date: Mapped[dt.date]
    person_name: Mapped[str] = mapped_column(sa.String(50))
    certificate_no: Mapped[str] = mapped_column(sa.String(60))
    post: Mapped[str] = mapped_column(sa.String(60))
    note: Mapped[str] = mapped_column(sa.Text, default="")


class SafetyAssessment(Reported):
    __tablename__ = "safety_assessments"

    project_id: Mapped[int] = mapped_column(sa.ForeignKey(_PROJECT, ondelete="CASCADE"), index=True)
    assessed_on: Mapped[dt.date]
    score: Mapped[float]
    has_zero_item: Mapped[bool]
    grade: Mapped[SafetyGrade] = mapped_column(enum_type(SafetyGrade))
    assessor: Mapped[str] = mapped_column(sa.String(100))
    comment: Mapped[str] = mapped_column(sa.Text, default="")


# --- supervisor's monthly review -----------------------------------------------------------------


class MonthlyReview(Base):
    __tablename__ = "monthly_reviews"
    __table_args__ = (sa.UniqueConstraint("project_id", "month", name="uq_monthly_reviews_month"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(sa.ForeignKey(_PROJECT, ondelete="CASCADE"))
    month: Mapped[str] = mapped_column(sa.String(7))
    checklist: Mapped[list[dict[str, Any]]] = mapped_column(sa.JSON)
    comment: Mapped[str] = mapped_column(sa.Text, default="")
    reviewer_user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"))
    reviewer_name: Mapped[str] = mapped_column(sa.String(60))
    reviewed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
