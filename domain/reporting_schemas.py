"""DTOs of enterprise reporting and supervisor verification.

Every reported record comes back with `verification`: the client marks whatever is not `verified`
as unverified, and the sand table (the project itself) only ever carries verified project facts.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import Field, field_validator, model_validator

from domain.dangerous_works import DangerLevel, DangerousWorkType
from domain.enums import CoordSystem, ProjectStatus
from domain.reporting import (
    EquipmentType,
    OperationType,
    PhotoFlag,
    SafetyGrade,
    StatusAction,
    SubmissionAction,
    SubmissionKind,
    SubmissionStatus,
    TestItem,
)
from domain.schemas import PERMIT_NO_PATTERN, Dto, PersonnelIn, ProjectDetail, ProjectUnitIn

Label = Annotated[str, Field(min_length=1, max_length=100)]  # a name or number inside a list
MAX_ROW_ID = 2**31 - 1  # integer keys are 32-bit in PostgreSQL: a larger id is refused, never sent to the database
RowId = Annotated[int, Field(ge=1, le=MAX_ROW_ID)]


class VerificationOut(Dto):
    submission_id: int
    status: SubmissionStatus
    verified: bool
    comment: str
    submitted_at: dt.datetime
    decided_at: dt.datetime | None


# --- the queue -----------------------------------------------------------------------------------


class SubmissionEventOut(Dto):
    at: dt.datetime
    action: SubmissionAction | None
    to_status: SubmissionStatus
    username: str
    role: str
    comment: str


class SubmissionOut(Dto):
    id: int
    project_id: int
    project_name: str
    kind: SubmissionKind
    record_id: int
    status: SubmissionStatus
    verified: bool
    summary: str
    submitted_by_unit_id: int
    submitted_by_unit_name: str
    submitted_at: dt.datetime
    decided_at: dt.datetime | None
    comment: str
    events: list[SubmissionEventOut] = Field(default_factory=list)


class SubmissionPage(Dto):
    total: int
    page: int
    page_size: int
    items: list[SubmissionOut]


class SubmissionActionIn(Dto):
    comment: str = Field(default="", max_length=2000)


# --- project facts -------------------------------------------------------------------------------


class BasicInfoIn(Dto):
    """The project's basic data as the enterprise confirms it; verified, it becomes the project's data."""

    name: str = Field(min_length=4, max_length=200)
    address: str = Field(min_length=4, max_length=300)
    floor_area_m2: float = Field(ge=0, le=10_000_000)
    cost_10k_yuan: float = Field(ge=0, le=100_000_000)
    planned_start: dt.date | None = None
    planned_end: dt.date | None = None
    units: list[ProjectUnitIn] = Field(min_length=1, max_length=30)
    personnel: list[PersonnelIn] = Field(default_factory=list, max_length=200)

    @model_validator(mode="after")
    def _dates(self) -> BasicInfoIn:
        if self.planned_start and self.planned_end and self.planned_end < self.planned_start:
            raise ValueError("planned end is before planned start")
        return self


class ProjectVersionOut(Dto):
    version: int
    data: dict[str, Any]
    created_at: dt.datetime
    changed_fields: list[str]
    verification: VerificationOut


class PermitIn(Dto):
    permit_no: str = Field(examples=["440106202503010001"])

    @field_validator("permit_no")
    @classmethod
    def _format(cls, value: str) -> str:
        if not PERMIT_NO_PATTERN.match(value):
            raise ValueError("construction permit number must be 18 digits: adcode + yyyymmdd + 4-digit sequence")
        return value


class PositionIn(Dto):
    lon: float
    lat: float
    coord_system: CoordSystem


class StatusReportIn(Dto):
    action: StatusAction
    effective_on: dt.date
    reason: str = Field(default="", max_length=500)

    @model_validator(mode="after")
    def _reason(self) -> StatusReportIn:
        if self.action is StatusAction.SUSPEND and not self.reason.strip():
            raise ValueError("a suspension needs its reason")
        return self


class PendingFact(Dto):
    kind: SubmissionKind
    submission_id: int
    status: SubmissionStatus
    proposed: dict[str, Any]


class ProjectFactsOut(Dto):
    """What the sand table shows (verified) and what waits for verification (unverified)."""

    project_id: int
    name: str
    permit_no: str | None
    lon: float
    lat: float
    status: ProjectStatus
    actual_start: dt.date | None
    actual_end: dt.date | None
    verified_version: int | None
    pending: list[PendingFact]


# --- monthly image progress ----------------------------------------------------------------------


class ProgressPhotoOut(Dto):
    id: int
    month: str
    caption: str
    original_name: str
    content_type: str
    size: int
    taken_at: dt.datetime | None
    lon: float | None
    lat: float | None
    distance_km: float | None
    flags: list[PhotoFlag]
    uploaded_at: dt.datetime


class ProgressReportOut(Dto):
    id: int
    project_id: int
    month: str
    photos: list[ProgressPhotoOut]
    flagged: int
    verification: VerificationOut


# --- dangerous sub-projects ----------------------------------------------------------------------


class DangerousWorkIn(Dto):
    name: str = Field(min_length=2, max_length=200)
    work_type: DangerousWorkType
    parameters: dict[str, float | bool] = Field(default_factory=dict, max_length=10)
    location: str = Field(default="", max_length=200)
    planned_start: dt.date
    planned_end: dt.date

    @model_validator(mode="after")
    def _period(self) -> DangerousWorkIn:
        if self.planned_end < self.planned_start:
            raise ValueError("the planned operation period ends before it starts")
        return self


class OperationPeriodIn(Dto):
    actual_start: dt.date | None = None
    actual_end: dt.date | None = None


class ExpertReviewIn(Dto):
    reviewed_on: dt.date
    experts: list[Label] = Field(min_length=5, max_length=30)  # 31号: an expert panel of at least five
    conclusion: Literal["pass", "pass_with_changes", "fail"]
    comment: str = Field(default="", max_length=4000)


class DangerousWorkPlanOut(Dto):
    id: int
    work_id: int
    title: str
    content_type: str
    size: int
    uploaded_at: dt.datetime
    expert_reviewed_on: dt.date | None
    expert_names: list[str] | None
    expert_conclusion: str | None
    expert_comment: str
    verification: VerificationOut


class DangerousWorkOut(Dto):
    id: int
    project_id: int
    name: str
    work_type: DangerousWorkType
    parameters: dict[str, float | bool]
    level: DangerLevel
    reasons: list[str]
    needs_expert_review: bool
    location: str
    planned_start: dt.date
    planned_end: dt.date
    actual_start: dt.date | None
    actual_end: dt.date | None
    plan_approved: bool
    verification: VerificationOut


class TimelineEntry(Dto):
    work_id: int
    name: str
    work_type: DangerousWorkType
    level: DangerLevel
    planned_start: dt.date
    planned_end: dt.date
    actual_start: dt.date | None
    actual_end: dt.date | None
    plan_status: SubmissionStatus | None
    in_progress: bool
    verified: bool


# --- lifting machinery ---------------------------------------------------------------------------


class EquipmentIn(Dto):
    equipment_type: EquipmentType
    model: str = Field(min_length=2, max_length=60, examples=["QTZ80(TC6010)"])
    registration_no: str = Field(min_length=4, max_length=60, examples=["粤AT-T000123"])
    record_no: str = Field(default="", max_length=60)
    rated_capacity_kn: float = Field(gt=0, le=100_000)
    manufacturer: str = Field(min_length=2, max_length=200)
    inspection_cert_no: str = Field(min_length=4, max_length=60)
    inspection_expires_on: dt.date
    device_code: str | None = Field(default=None, min_length=1, max_length=60)


class EquipmentOut(EquipmentIn):
    id: int
    project_id: int
    certificate_state: str
    verification: VerificationOut


class CrewMember(Dto):
    name: str = Field(min_length=2, max_length=50)
    role: str = Field(min_length=2, max_length=40, examples=["安装拆卸工"])
    certificate_no: str = Field(min_length=4, max_length=60)


class OperationIn(Dto):
    operation: OperationType
    starts_on: dt.date
    ends_on: dt.date
    crew: list[CrewMember] = Field(min_length=1, max_length=50)
    note: str = Field(default="", max_length=2000)

    @model_validator(mode="after")
    def _period(self) -> OperationIn:
        if self.ends_on < self.starts_on:
            raise ValueError("the operation ends before it starts")
        return self


class OperationOut(OperationIn):
    id: int
    equipment_id: int
    project_id: int
    verification: VerificationOut


# --- materials, testing and acceptance -----------------------------------------------------------


class MaterialEntryIn(Dto):
    material: str = Field(min_length=1, max_length=100, examples=["热轧带肋钢筋"])
    specification: str = Field(min_length=1, max_length=100, examples=["HRB400E Φ25"])
    batch_no: str = Field(min_length=1, max_length=60)
    quantity: float = Field(gt=0, le=10_000_000)
    unit: str = Field(min_length=1, max_length=20, examples=["t"])
    supplier: str = Field(min_length=2, max_length=200)
    certificate_nos: list[Label] = Field(min_length=1, max_length=20)
    entered_on: dt.date


class MaterialEntryOut(MaterialEntryIn):
    id: int
    project_id: int
    verification: VerificationOut


class MaterialTestIn(Dto):
    """A test entrusted to a third-party testing agency. For concrete strength the verdict follows
    from the grade (`design_value`, e.g. C30) and the measured MPa; for other items from the report."""

    entry_id: RowId | None = None
    sample_no: str = Field(min_length=1, max_length=60)
    test_item: TestItem
    testing_unit_id: RowId
    sampled_on: dt.date
    tested_on: dt.date
    report_no: str = Field(min_length=1, max_length=60)
    design_value: str = Field(default="", max_length=60)
    result_value: float | None = Field(default=None, allow_inf_nan=False)
    result_text: str = Field(default="", max_length=500)
    passed: bool | None = None

    @model_validator(mode="after")
    def _consistent(self) -> MaterialTestIn:
        if self.tested_on < self.sampled_on:
            raise ValueError("tested before the sample was taken")
        if self.test_item is TestItem.CONCRETE_STRENGTH:
            if self.result_value is None or not self.design_value:
                raise ValueError("a concrete strength test needs the grade (design_value, e.g. C30) and the MPa")
        elif self.passed is None:
            raise ValueError("state whether the test passed")
        return self


class MaterialTestOut(Dto):
    id: int
    project_id: int
    entry_id: int | None
    sample_no: str
    test_item: TestItem
    testing_unit_id: RowId
    sampled_on: dt.date
    tested_on: dt.date
    report_no: str
    design_value: str
    result_value: float | None
    result_text: str
    passed: bool
    verification: VerificationOut


class AcceptanceIn(Dto):
    division: str = Field(min_length=2, max_length=100, examples=["地基与基础"])
    accepted_on: dt.date
    participants: list[Label] = Field(min_length=1, max_length=30)
    passed: bool
    comment: str = Field(default="", max_length=2000)


class AcceptanceOut(AcceptanceIn):
    id: int
    project_id: int
    verification: VerificationOut


# --- safety management ---------------------------------------------------------------------------


class SafetyDutyIn(Dto):
    duty_date: dt.date
    person_name: str = Field(min_length=2, max_length=50)
    certificate_no: str = Field(min_length=4, max_length=60)
    post: str = Field(min_length=2, max_length=60, examples=["专职安全生产管理人员"])
    note: str = Field(default="", max_length=2000)


class SafetyDutyOut(SafetyDutyIn):
    id: int
    project_id: int
    verification: VerificationOut


class SafetyAssessmentIn(Dto):
    assessed_on: dt.date
    score: float = Field(ge=0, le=100)
    has_zero_item: bool = False
    assessor: str = Field(min_length=2, max_length=100)
    comment: str = Field(default="", max_length=2000)


class SafetyAssessmentOut(SafetyAssessmentIn):
    id: int
    project_id: int
    grade: SafetyGrade
    verification: VerificationOut


# --- monthly review ------------------------------------------------------------------------------


class ReviewItem(Dto):
    code: str
    label: str
    ok: bool
    detail: str


class MonthlyReviewOut(Dto):
    project_id: int
    month: str
    items: list[ReviewItem]
    reviewed: bool
    reviewer_name: str | None = None
    reviewed_at: dt.datetime | None = None
    comment: str = ""


class MonthlyReviewIn(Dto):
    comment: str = Field(default="", max_length=4000)



# --- a submission with what it proposes ----------------------------------------------------------

ReportedRecord = (ProgressReportOut | DangerousWorkOut | DangerousWorkPlanOut | EquipmentOut | OperationOut
                  | MaterialEntryOut | MaterialTestOut | AcceptanceOut | SafetyDutyOut | SafetyAssessmentOut
                  | ProjectVersionOut)

# The DTO of each kind's reported record; permit, position and status proposals are plain `proposed` facts.
RECORD_DTOS: dict[SubmissionKind, type[Dto]] = {
    SubmissionKind.BASIC_INFO: ProjectVersionOut,
    SubmissionKind.PROGRESS: ProgressReportOut,
    SubmissionKind.DANGEROUS_WORK: DangerousWorkOut,
    SubmissionKind.DANGEROUS_WORK_PLAN: DangerousWorkPlanOut,
    SubmissionKind.EQUIPMENT: EquipmentOut,
    SubmissionKind.EQUIPMENT_OPERATION: OperationOut,
    SubmissionKind.MATERIAL_ENTRY: MaterialEntryOut,
    SubmissionKind.MATERIAL_TEST: MaterialTestOut,
    SubmissionKind.SUBDIVISION_ACCEPTANCE: AcceptanceOut,
    SubmissionKind.SAFETY_DUTY: SafetyDutyOut,
    SubmissionKind.SAFETY_ASSESSMENT: SafetyAssessmentOut,
}


class SubmissionContextOut(Dto):
    """A submission with everything a supervisor checks it against, in one answer: the reported record (or
    the proposed project fact), the project as it is now (for project facts) and, for a special plan, its
    work. The server assembles it, so the client never searches listings for one record."""

    submission: SubmissionOut
    record: ReportedRecord | None = None  # None for permit, position and status proposals (see `proposed`)
    proposed: dict[str, Any] | None = None  # a proposed permit, position or status change
    project: ProjectDetail | None = None  # current project data, for project facts
    work: DangerousWorkOut | None = None  # the work a special plan belongs to

    @model_validator(mode="before")
    @classmethod
    def _record_by_kind(cls, data: Any) -> Any:
        """Parse `record` as its submission kind's DTO: the kinds' field sets never make a guess necessary,
        but the kind says it outright."""
        if not isinstance(data, dict) or not isinstance(data.get("record"), dict):
            return data
        submission = data.get("submission")
        kind = submission.kind if isinstance(submission, SubmissionOut) else \
            submission.get("kind") if isinstance(submission, dict) else None
        if kind is None:
            return data
        try:
            dto = RECORD_DTOS[SubmissionKind(kind)]
        except (KeyError, ValueError):
            return data
        return {**data, "record": dto.model_validate(data["record"])}
