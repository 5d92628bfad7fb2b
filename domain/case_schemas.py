"""DTOs of the case-management API: inspections, findings, notices, documents."""

from __future__ import annotations

import datetime as dt

from pydantic import Field, model_validator

from domain.cases import (
    DeductionStatus,
    DocumentKind,
    FindingSeverity,
    InspectionType,
    NoticeAction,
    NoticeStatus,
)
from domain.enums import CoordSystem, RiskLevel
from domain.followups import FollowUpAction, FollowUpSource, FollowUpStatus
from domain.schemas import Dto


class ChecklistItem(Dto):
    code: str = Field(min_length=1, max_length=40)
    title: str = Field(min_length=2, max_length=200)
    category: str = Field(default="", max_length=60)
    legal_basis: str = Field(default="", max_length=500)
    default_severity: FindingSeverity = FindingSeverity.GENERAL


class ChecklistTemplateOut(Dto):
    code: str
    name: str
    inspection_type: InspectionType
    version: int
    items: list[ChecklistItem]


class ChecklistTemplateUpdate(Dto):
    name: str = Field(min_length=2, max_length=100)
    items: list[ChecklistItem] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_codes(self) -> ChecklistTemplateUpdate:
        codes = [i.code for i in self.items]
        if len(codes) != len(set(codes)):
            raise ValueError("checklist item codes must be unique")
        return self


class FindingIn(Dto):
    checklist_item_code: str | None = Field(default=None, max_length=40)
    description: str = Field(min_length=2, max_length=2000)
    severity: FindingSeverity
    lon: float | None = None
    lat: float | None = None
    coord_system: CoordSystem = CoordSystem.WGS84
    photo_document_ids: list[int] = Field(default_factory=list, max_length=20)


class FindingOut(Dto):
    id: int
    checklist_item_code: str | None
    description: str
    severity: FindingSeverity
    lon: float | None
    lat: float | None
    photo_document_ids: list[int]
    found_on: dt.date


class InspectionCreate(Dto):
    project_id: int
    inspection_type: InspectionType
    inspected_on: dt.date
    inspectors: list[str] = Field(min_length=1, max_length=10)
    summary: str = Field(default="", max_length=4000)
    template_code: str | None = None
    plan_id: int | None = None  # the inspection round this visit belongs to
    findings: list[FindingIn] = Field(default_factory=list, max_length=200)


class InspectionOut(Dto):
    id: int
    project_id: int
    project_name: str
    inspection_type: InspectionType
    inspected_on: dt.date
    inspectors: list[str]
    summary: str
    template_code: str | None
    findings: list[FindingOut]


class NoticeItemIn(Dto):
    finding_id: int | None = None
    description: str | None = Field(default=None, max_length=2000)
    legal_basis: str | None = Field(default=None, max_length=500)
    severity: FindingSeverity | None = None


class NoticeCreate(Dto):
    """A draft notice. Items taken from findings inherit their text, severity and the checklist's
    legal basis unless given; free items need all three."""

    project_id: int
    inspection_id: int | None = None
    items: list[NoticeItemIn] = Field(min_length=1, max_length=100)
    deadline: dt.date
    stop_work: bool = False
    target_unit_id: int | None = None  # default: the project's general contractor


class NoticeItemOut(Dto):
    position: int
    finding_id: int | None
    description: str
    legal_basis: str
    severity: FindingSeverity


class NoticeEventOut(Dto):
    at: dt.datetime
    action: NoticeAction | None
    from_status: NoticeStatus | None
    to_status: NoticeStatus
    username: str
    role: str
    comment: str
    document_ids: list[int]


class NoticeSummary(Dto):
    id: int
    number: str | None
    project_id: int
    project_name: str
    city_adcode: str
    target_unit_id: int
    target_unit_name: str
    status: NoticeStatus
    deadline: dt.date
    stop_work: bool
    issued_at: dt.datetime | None
    overdue_days: int
    escalation_level: int


class NoticeOut(NoticeSummary):
    agency_name: str
    verification_code: str | None
    closed_at: dt.datetime | None
    items: list[NoticeItemOut]
    events: list[NoticeEventOut]


class NoticeActionIn(Dto):
    comment: str = Field(default="", max_length=4000)
    document_ids: list[int] = Field(default_factory=list, max_length=30)


class NoticePage(Dto):
    total: int
    page: int
    page_size: int
    items: list[NoticeSummary]


class NoticeVerification(Dto):
    valid: bool
    number: str | None = None
    agency_name: str | None = None
    issued_on: dt.date | None = None
    status: NoticeStatus | None = None


class DocumentOut(Dto):
    id: int
    sha256: str
    content_type: str
    size: int
    original_name: str
    kind: DocumentKind
    project_id: int
    uploaded_at: dt.datetime


# --- punishments and dynamic credit ----------------------------------------------------------------


class PunishmentCreate(Dto):
    decision_no: str = Field(min_length=4, max_length=80, examples=["穗建罚字〔2026〕第0031号"])
    project_id: int
    notice_id: int | None = None
    legal_basis: str = Field(min_length=4, max_length=2000)
    facts: str = Field(default="", max_length=4000)
    target_unit_id: int | None = None
    target_person: str | None = Field(default=None, max_length=60)
    amount_yuan: float = Field(ge=0, le=100_000_000)
    decided_on: dt.date
    document_ids: list[int] = Field(default_factory=list, max_length=20)

    @model_validator(mode="after")
    def _has_target(self) -> PunishmentCreate:
        if self.target_unit_id is None and not self.target_person:
            raise ValueError("a punishment names a target unit or person")
        return self


class PunishmentOut(Dto):
    id: int
    decision_no: str
    project_id: int
    notice_id: int | None
    legal_basis: str
    facts: str
    target_unit_id: int | None
    target_person: str | None
    amount_yuan: float
    decided_on: dt.date
    document_ids: list[int]


class DeductionItemOut(Dto):
    code: str
    item: str
    points: float
    basis: str
    target: str
    trigger: str | None


class DeductionOut(Dto):
    id: int
    item_code: str
    points: float
    basis: str
    reason: str
    unit_id: int | None
    unit_name: str | None
    personnel_id: int | None
    personnel_name: str | None
    project_id: int
    origin_kind: str
    origin_id: int
    status: DeductionStatus
    occurred_on: dt.date
    comment: str


class DeductionDecisionIn(Dto):
    confirm: bool
    comment: str = Field(default="", max_length=1000)


class ManualDeductionIn(Dto):
    item_code: str
    project_id: int
    unit_id: int | None = None
    personnel_id: int | None = None
    reason: str = Field(min_length=4, max_length=2000)
    occurred_on: dt.date


class CreditScoreOut(Dto):
    unit_id: int
    unit_name: str
    score: float
    points_12m: float
    deductions_12m: int
    rank: int | None = None


# --- risk and inspection planning --------------------------------------------------------------------


class ProjectRiskOut(Dto):
    project_id: int
    project_name: str
    district_adcode: str
    score: float
    level: RiskLevel
    breakdown: dict[str, float]


class InspectionPlanCreate(Dto):
    """Choose projects by hand (`project_ids`) and/or take the `riskiest` N of the region."""

    name: str = Field(min_length=2, max_length=120)
    inspection_type: InspectionType = InspectionType.COMPREHENSIVE
    region_adcode: str | None = Field(default=None, pattern=r"^\d{6}$")
    starts_on: dt.date
    ends_on: dt.date
    project_ids: list[int] = Field(default_factory=list, max_length=500)
    riskiest: int = Field(default=0, ge=0, le=500)

    @model_validator(mode="after")
    def _window_and_choice(self) -> InspectionPlanCreate:
        if self.ends_on < self.starts_on:
            raise ValueError("the plan ends before it starts")
        if not self.project_ids and not self.riskiest:
            raise ValueError("choose projects by hand or ask for the riskiest N")
        return self


class InspectionPlanItemOut(Dto):
    position: int
    project_id: int
    project_name: str
    risk_score: float
    inspection_id: int | None


class InspectionPlanOut(Dto):
    id: int
    name: str
    inspection_type: InspectionType
    region_adcode: str
    starts_on: dt.date
    ends_on: dt.date
    items: list[InspectionPlanItemOut]


# --- early-warning follow-up ---------------------------------------------------------------------------


class FollowUpEventOut(Dto):
    at: dt.datetime
    action: FollowUpAction | None
    to_status: FollowUpStatus
    username: str
    role: str
    comment: str
    deadline: dt.date | None
    document_ids: list[int]


class FollowUpOut(Dto):
    id: int
    project_id: int
    project_name: str
    city_adcode: str
    source: FollowUpSource
    source_ref: str
    title: str
    detail: str
    status: FollowUpStatus
    assigned_unit_id: int
    assigned_unit_name: str
    deadline: dt.date | None
    overdue_days: int
    escalation_level: int
    created_at: dt.datetime
    events: list[FollowUpEventOut] = Field(default_factory=list)


class FollowUpPage(Dto):
    total: int
    page: int
    page_size: int
    items: list[FollowUpOut]


class FollowUpActionIn(Dto):
    comment: str = Field(default="", max_length=4000)
    deadline: dt.date | None = None
    document_ids: list[int] = Field(default_factory=list, max_length=30)


class CityFollowUpStats(Dto):
    city_adcode: str
    city_name: str
    open: int
    overdue: int
