"""Pydantic DTOs: the HTTP API contract shared by the server (responses) and the client (parsing)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    WithJsonSchema,
    field_validator,
)

from domain.adcodes import is_adcode
from domain.credit_code import validate_credit_code
from domain.enums import (
    AccountStatus,
    CoordSystem,
    DataSource,
    PersonnelRole,
    ProjectStatus,
    ProjectType,
    RegionLevel,
    RiskLevel,
    Role,
    UnitKind,
)


def _adcode(value: str) -> str:
    if not is_adcode(value):
        raise ValueError(f"{value!r} is not a six-digit administrative division code")
    return value


def _credit_code(value: str) -> str:
    return validate_credit_code(value)


CLOCK_TIME_PATTERN = r"^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$"


def _clock_text(value: object) -> object:
    if isinstance(value, str) and not re.fullmatch(CLOCK_TIME_PATTERN, value):
        raise ValueError(f"{value!r} is not a time of day as HH:MM:SS")
    return value


Adcode = Annotated[str, AfterValidator(_adcode)]
CreditCode = Annotated[str, AfterValidator(_credit_code)]
# A local (China) time of day. JSON Schema's `format: time` means an RFC 3339 time with an offset, which
# these wall-clock times have none of: the contract is HH:MM:SS, accepted and written exactly so.
ClockTime = Annotated[
    dt.time, BeforeValidator(_clock_text),
    PlainSerializer(lambda value: value.strftime("%H:%M:%S"), return_type=str, when_used="json"),
    WithJsonSchema({"type": "string", "pattern": CLOCK_TIME_PATTERN, "examples": ["22:00:00"],
                    "description": "local time of day in China (UTC+8), HH:MM:SS"}),
]
PERMIT_NO_PATTERN = re.compile(r"^\d{6}(19|20)\d{6}\d{4}$")  # adcode + yyyymmdd + sequence: 18 digits


class Dto(BaseModel):
    model_config = ConfigDict(from_attributes=True, extra="forbid")


# --- regions -------------------------------------------------------------------------------------


class RegionNode(Dto):
    adcode: str
    name: str
    level: RegionLevel
    center_lon: float
    center_lat: float
    project_count: int = 0
    under_construction_count: int = 0
    children: list[RegionNode] = Field(default_factory=list)


# --- units and people ----------------------------------------------------------------------------


class UnitCreate(Dto):
    name: str = Field(min_length=2, max_length=200)
    credit_code: CreditCode = Field(examples=["91440101MA5CXY1234"])
    kind: UnitKind
    address: str = Field(default="", max_length=300)
    contact_phone: str = Field(default="", max_length=40)


class UnitOut(Dto):
    id: int
    name: str
    credit_code: str
    kind: UnitKind
    address: str = ""
    contact_phone: str = ""


class ProjectUnitIn(Dto):
    unit_id: int
    role: UnitKind


class ProjectUnitOut(Dto):
    role: UnitKind
    unit: UnitOut


class PersonnelIn(Dto):
    name: str = Field(min_length=2, max_length=50)
    role: PersonnelRole
    unit_id: int
    certificate_no: str = Field(min_length=4, max_length=60)
    phone: str = Field(default="", max_length=40)


class PersonnelOut(Dto):
    id: int
    name: str
    role: PersonnelRole
    unit_id: int
    certificate_no: str
    phone: str = ""


# --- projects ------------------------------------------------------------------------------------


class StatusChange(Dto):
    status: ProjectStatus
    changed_at: dt.datetime
    changed_by: str
    note: str = ""


class ProjectSummary(Dto):
    id: int
    name: str
    project_code: str
    permit_no: str | None
    status: ProjectStatus
    project_type: ProjectType
    risk_level: RiskLevel
    district_adcode: str
    district_name: str
    city_adcode: str
    city_name: str
    address: str
    lon: float
    lat: float
    floor_area_m2: float
    cost_10k_yuan: float
    planned_start: dt.date | None
    planned_end: dt.date | None
    general_contractor: str | None = None


class ProjectDetail(ProjectSummary):
    risk_grade: RiskLevel  # the supervisor's grade; risk_level is the effective level (grade or score)
    risk_score: float  # computed from cases and monitoring by the periodic scan (see /risk/projects/{id})
    actual_start: dt.date | None
    actual_end: dt.date | None
    units: list[ProjectUnitOut]
    personnel: list[PersonnelOut]
    status_history: list[StatusChange]
    created_at: dt.datetime
    updated_at: dt.datetime


class ProjectPage(Dto):
    total: int
    page: int
    page_size: int
    items: list[ProjectSummary]


ProjectSortKey = Literal[
    "name", "permit_no", "project_code", "status", "district", "risk_level", "floor_area_m2",
    "cost_10k_yuan", "planned_start",
]


class ProjectQuery(Dto):
    """Filters, sorting and paging of the project list; the client builds it, the server applies it."""

    region: Adcode | None = None
    status: list[ProjectStatus] = Field(default_factory=list)
    project_type: ProjectType | None = None
    risk_level: list[RiskLevel] = Field(default_factory=list)
    unit_id: int | None = None
    q: str | None = Field(default=None, max_length=100)
    sort: ProjectSortKey = "name"
    descending: bool = False
    page: int = Field(default=1, ge=1)
    page_size: int = Field(default=50, ge=1, le=500)

    def to_params(self) -> dict[str, object]:
        """Query-string parameters for GET /projects (lists repeat the key)."""
        params = self.model_dump(exclude_none=True, exclude_defaults=True, mode="json")
        return {k: v for k, v in params.items() if v not in ([], "")}


class ProjectCreate(Dto):
    name: str = Field(min_length=4, max_length=200)
    project_code: str = Field(min_length=6, max_length=40, examples=["2401-440106-04-01-512345"])
    permit_no: str | None = Field(default=None, examples=["440106202403150012"])
    address: str = Field(min_length=4, max_length=300)
    district_adcode: Adcode
    lon: float
    lat: float
    coord_system: CoordSystem = CoordSystem.WGS84
    project_type: ProjectType
    floor_area_m2: float = Field(ge=0, le=10_000_000)
    cost_10k_yuan: float = Field(ge=0, le=100_000_000)
    status: ProjectStatus = ProjectStatus.PLANNED
    planned_start: dt.date | None = None
    planned_end: dt.date | None = None
    units: list[ProjectUnitIn] = Field(default_factory=list)
    personnel: list[PersonnelIn] = Field(default_factory=list)

    @field_validator("permit_no")
    @classmethod
    def _permit_format(cls, value: str | None) -> str | None:
        if value is not None and not PERMIT_NO_PATTERN.match(value):
            raise ValueError("construction permit number must be 18 digits: adcode + yyyymmdd + 4-digit sequence")
        return value


class ProjectUpdate(Dto):
    """Partial update of a project's basic data; position changes need the coordinate system too."""

    name: str | None = Field(default=None, min_length=4, max_length=200)
    address: str | None = Field(default=None, min_length=4, max_length=300)
    floor_area_m2: float | None = Field(default=None, ge=0, le=10_000_000)
    cost_10k_yuan: float | None = Field(default=None, ge=0, le=100_000_000)
    planned_start: dt.date | None = None
    planned_end: dt.date | None = None
    risk_level: RiskLevel | None = None
    lon: float | None = None
    lat: float | None = None
    coord_system: CoordSystem = CoordSystem.WGS84


class MapFeatures(Dto):
    """Every project in scope as parallel arrays: compact enough for 50,000 points in one response."""

    ids: list[int]
    lon: list[float]
    lat: list[float]
    status: list[ProjectStatus]
    risk: list[RiskLevel]
    district: list[int]  # district adcode as a number: compact, and the map filters regions locally


# --- accounts ------------------------------------------------------------------------------------


class UserOut(Dto):
    id: int
    username: str
    display_name: str
    role: Role
    status: AccountStatus
    region_adcode: str | None
    unit_id: int | None
    unit_name: str | None = None


class TokenOut(Dto):
    access_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_at: dt.datetime
    issued_at: dt.datetime | None = None  # server time: a client whose clock is off still knows the lifetime
    user: UserOut


class RegistrationIn(Dto):
    username: str = Field(min_length=3, max_length=40, pattern=r"^[A-Za-z0-9_.\-]+$")
    password: str = Field(min_length=10, max_length=200)
    display_name: str = Field(min_length=2, max_length=60)
    role: Role
    region_adcode: Adcode | None = None
    unit_id: int | None = None
    phone: str = Field(default="", max_length=40)


class RegistrationReceipt(Dto):
    """The answer to every valid application, whether or not its user name was free, so that registering
    does not tell which names exist; an applicant whose name was taken finds out at login."""

    status: AccountStatus = AccountStatus.PENDING
    detail: str


class PasswordChangeIn(Dto):
    old_password: str
    new_password: str = Field(min_length=10, max_length=200)


class ReviewIn(Dto):
    approve: bool
    comment: str = Field(default="", max_length=500)


# --- audit ---------------------------------------------------------------------------------------


class AuditEntryOut(Dto):
    id: int
    at: dt.datetime
    user_id: int | None
    username: str
    role: str
    unit_id: int | None
    source: DataSource
    action: str
    entity: str
    entity_id: str
    changes: dict[str, Any]
    hash: str


class AuditVerification(Dto):
    ok: bool
    checked: int
    first_broken_id: int | None = None
    reason: str | None = None


class Health(Dto):
    status: Literal["ok"] = "ok"
    version: str
    database: str
    compliance_scan_at: dt.datetime | None = None  # end of this process's last compliance scan (None: not yet)


class ErrorOut(Dto):
    """Every 4xx answer: `code` is stable and machine-readable, `detail` is for people."""

    detail: str = Field(examples=["project not found"])
    code: str = Field(examples=["not_found"])
