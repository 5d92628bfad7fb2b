"""Enterprise reporting and supervisor verification: vocabulary, lifecycles and the pure checks.

Enterprises report facts; supervisors verify them. Every report is a submission that moves through
SUBMISSION_LIFECYCLE; project status moves through PROJECT_STATUS_LIFECYCLE. The photo checks (time and
place), the safety-assessment grade and the certificate deadlines are plain functions of their inputs.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from domain.coords import haversine_km
from domain.enums import ProjectStatus
from domain.lifecycle import Lifecycle, Party, Transition

# --- the verification queue ----------------------------------------------------------------------


class SubmissionKind(StrEnum):
    BASIC_INFO = "basic_info"  # 基本信息 (a new version of the project's data)
    PERMIT = "permit"  # 施工许可证绑定
    POSITION = "position"  # 地图定位
    STATUS = "status"  # 项目状态
    PROGRESS = "progress"  # 月度形象进度
    DANGEROUS_WORK = "dangerous_work"  # 危大工程登记
    DANGEROUS_WORK_PLAN = "dangerous_work_plan"  # 专项施工方案 (verification = approval)
    EQUIPMENT = "equipment"  # 起重机械
    EQUIPMENT_OPERATION = "equipment_operation"  # 安装、附着、顶升、降节、拆卸方案
    MATERIAL_ENTRY = "material_entry"  # 材料进场
    MATERIAL_TEST = "material_test"  # 见证取样送检
    SUBDIVISION_ACCEPTANCE = "subdivision_acceptance"  # 分部工程验收
    SAFETY_DUTY = "safety_duty"  # 安全管理人员带班
    SAFETY_ASSESSMENT = "safety_assessment"  # 安全标准化考评


PROJECT_FACT_KINDS = frozenset({SubmissionKind.BASIC_INFO, SubmissionKind.PERMIT, SubmissionKind.POSITION,
                                SubmissionKind.STATUS})


class SubmissionStatus(StrEnum):
    SUBMITTED = "submitted"
    RETURNED = "returned"
    RESUBMITTED = "resubmitted"
    VERIFIED = "verified"


class SubmissionAction(StrEnum):
    VERIFY = "verify"  # supervisor
    RETURN = "return"  # supervisor, with a comment
    RESUBMIT = "resubmit"  # enterprise, after a return


SUBMISSION_LIFECYCLE: Lifecycle[SubmissionStatus, SubmissionAction] = Lifecycle("submission", (
    Transition(SubmissionStatus.SUBMITTED, SubmissionAction.VERIFY, SubmissionStatus.VERIFIED, Party.SUPERVISOR),
    Transition(SubmissionStatus.SUBMITTED, SubmissionAction.RETURN, SubmissionStatus.RETURNED, Party.SUPERVISOR),
    Transition(SubmissionStatus.RETURNED, SubmissionAction.RESUBMIT, SubmissionStatus.RESUBMITTED, Party.ENTERPRISE),
    Transition(SubmissionStatus.RESUBMITTED, SubmissionAction.VERIFY, SubmissionStatus.VERIFIED, Party.SUPERVISOR),
    Transition(SubmissionStatus.RESUBMITTED, SubmissionAction.RETURN, SubmissionStatus.RETURNED, Party.SUPERVISOR),
))

PENDING = frozenset({SubmissionStatus.SUBMITTED, SubmissionStatus.RESUBMITTED})  # waiting for a supervisor
OPEN = frozenset({*PENDING, SubmissionStatus.RETURNED})  # not settled yet


# --- project status ------------------------------------------------------------------------------


class StatusAction(StrEnum):
    START = "start"  # 开工
    SUSPEND = "suspend"  # 停工 (with a reason)
    RESUME = "resume"  # 复工
    COMPLETE = "complete"  # 竣工
    ACCEPT = "accept"  # 竣工验收


PROJECT_STATUS_LIFECYCLE: Lifecycle[ProjectStatus, StatusAction] = Lifecycle("project", (
    Transition(ProjectStatus.PLANNED, StatusAction.START, ProjectStatus.UNDER_CONSTRUCTION, Party.ENTERPRISE),
    Transition(ProjectStatus.UNDER_CONSTRUCTION, StatusAction.SUSPEND, ProjectStatus.SUSPENDED, Party.ENTERPRISE),
    Transition(ProjectStatus.SUSPENDED, StatusAction.RESUME, ProjectStatus.UNDER_CONSTRUCTION, Party.ENTERPRISE),
    Transition(ProjectStatus.UNDER_CONSTRUCTION, StatusAction.COMPLETE, ProjectStatus.COMPLETED, Party.ENTERPRISE),
    Transition(ProjectStatus.COMPLETED, StatusAction.ACCEPT, ProjectStatus.ACCEPTED, Party.ENTERPRISE),
))


class InvalidDates(ValueError):
    """Dates that contradict each other or the calendar; the message names both."""


def check_status_date(action: StatusAction, effective_on: dt.date, *, today: dt.date, last_change_on: dt.date | None,
                      actual_start: dt.date | None, actual_end: dt.date | None) -> None:
    """A status date is not in the future, not before the previous status report, a completion is not
    before the start and an acceptance not before the completion."""
    if effective_on > today:
        raise InvalidDates(f"the {action.value} date {effective_on} is in the future (today is {today})")
    if last_change_on is not None and effective_on < last_change_on:
        raise InvalidDates(f"the {action.value} date {effective_on} is before the previous status report "
                           f"({last_change_on})")
    if action is StatusAction.COMPLETE and actual_start is not None and effective_on < actual_start:
        raise InvalidDates(f"completion on {effective_on} is before the start on {actual_start}")
    if action is StatusAction.ACCEPT and actual_end is not None and effective_on < actual_end:
        raise InvalidDates(f"acceptance on {effective_on} is before completion on {actual_end}")


# --- months --------------------------------------------------------------------------------------

MONTH_PATTERN = re.compile(r"^(19|20)\d{2}-(0[1-9]|1[0-2])$")


def month_of(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def previous_month(today: dt.date) -> str:
    return month_of(today.replace(day=1) - dt.timedelta(days=1))


def month_bounds(month: str) -> tuple[dt.date, dt.date]:
    """First and last day of a YYYY-MM month."""
    year, number = int(month[:4]), int(month[5:])
    first = dt.date(year, number, 1)
    following = dt.date(year + number // 12, number % 12 + 1, 1)
    return first, following - dt.timedelta(days=1)


# --- progress photos -----------------------------------------------------------------------------

PHOTO_MAX_DISTANCE_KM = 1.0


class PhotoFlag(StrEnum):
    NO_TIME = "no_time"  # no EXIF capture time
    OUTSIDE_MONTH = "outside_month"  # taken in another month than reported
    NO_POSITION = "no_position"  # no EXIF GPS position
    FAR_FROM_SITE = "far_from_site"  # taken more than 1 km from the site


@dataclass(frozen=True)
class PhotoCheck:
    flags: tuple[PhotoFlag, ...]
    distance_km: float | None

    @property
    def clean(self) -> bool:
        return not self.flags


def gps_to_degrees(dms: tuple[float, float, float], ref: str) -> float:
    """EXIF degrees/minutes/seconds with an N/S/E/W reference to signed decimal degrees."""
    degrees, minutes, seconds = (float(x) for x in dms)
    value = degrees + minutes / 60.0 + seconds / 3600.0
    return -value if ref.upper() in ("S", "W") else value


def check_photo(*, month: str, taken_at: dt.datetime | None, lon: float | None, lat: float | None,
                site_lon: float, site_lat: float) -> PhotoCheck:
    """What a supervisor should look at: a photo without time or place, from another month, or taken
    more than PHOTO_MAX_DISTANCE_KM from the site (EXIF GPS is WGS-84, like the stored site)."""
    flags: list[PhotoFlag] = []
    if taken_at is None:
        flags.append(PhotoFlag.NO_TIME)
    elif month_of(taken_at.date()) != month:
        flags.append(PhotoFlag.OUTSIDE_MONTH)
    distance = None
    if lon is None or lat is None:
        flags.append(PhotoFlag.NO_POSITION)
    else:
        distance = round(haversine_km(lon, lat, site_lon, site_lat), 3)
        if distance > PHOTO_MAX_DISTANCE_KM:
            flags.append(PhotoFlag.FAR_FROM_SITE)
    return PhotoCheck(tuple(flags), distance)


# --- lifting machinery ---------------------------------------------------------------------------


class EquipmentType(StrEnum):
    TOWER_CRANE = "tower_crane"  # 塔式起重机
    CONSTRUCTION_HOIST = "construction_hoist"  # 施工升降机
    GANTRY_CRANE = "gantry_crane"  # 门式起重机
    MATERIAL_HOIST = "material_hoist"  # 物料提升机
    BRIDGE_ERECTING = "bridge_erecting"  # 架桥机


class OperationType(StrEnum):
    INSTALLATION = "installation"  # 安装
    WALL_ATTACHMENT = "wall_attachment"  # 附着
    JACKING = "jacking"  # 顶升
    LOWERING = "lowering"  # 降节
    DISMANTLING = "dismantling"  # 拆卸


CERT_WARNING_DAYS = 30


class CertificateState(StrEnum):
    VALID = "valid"
    EXPIRING = "expiring"  # within CERT_WARNING_DAYS
    EXPIRED = "expired"


def certificate_state(expires_on: dt.date, today: dt.date) -> CertificateState:
    if expires_on < today:
        return CertificateState.EXPIRED
    if (expires_on - today).days <= CERT_WARNING_DAYS:
        return CertificateState.EXPIRING
    return CertificateState.VALID


# --- materials and testing -----------------------------------------------------------------------


class TestItem(StrEnum):
    __test__ = False  # not a pytest class

    CONCRETE_STRENGTH = "concrete_strength"  # 混凝土抗压强度
    REBAR_TENSILE = "rebar_tensile"  # 钢筋拉伸
    REBAR_WELD = "rebar_weld"  # 钢筋焊接/机械连接
    WATERPROOFING = "waterproofing"  # 防水材料
    CEMENT = "cement"  # 水泥
    MASONRY = "masonry"  # 砌块
    OTHER = "other"


CONCRETE_GRADE = re.compile(r"^C(\d{2,3})$")


def concrete_strength_passed(grade: str, strength_mpa: float) -> bool:
    """A group's compressive strength meets its grade when it reaches the characteristic strength
    (C30 -> 30 MPa); the statistical acceptance over many groups is the testing agency's business."""
    match = CONCRETE_GRADE.match(grade)
    if match is None:
        raise ValueError(f"{grade!r} is not a concrete strength grade such as C30")
    return strength_mpa >= float(match.group(1))


# --- safety management ---------------------------------------------------------------------------


class SafetyGrade(StrEnum):
    EXCELLENT = "excellent"  # 优良
    QUALIFIED = "qualified"  # 合格
    UNQUALIFIED = "unqualified"  # 不合格


def safety_grade(score: float, has_zero_item: bool) -> SafetyGrade:
    """JGJ 59-2011 §5.0.1: any sub-table scored zero, or a total below 70, fails; 80 and above is excellent."""
    if has_zero_item or score < 70:
        return SafetyGrade.UNQUALIFIED
    return SafetyGrade.EXCELLENT if score >= 80 else SafetyGrade.QUALIFIED
