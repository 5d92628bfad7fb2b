"""Translated display names of the domain enums.

The tables hold untranslated source strings (marked for lupdate with QT_TRANSLATE_NOOP) and are
translated at call time, so a language switch needs no rebuild of any table.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from domain.cases import FindingSeverity, InspectionType, NoticeAction, NoticeStatus
from domain.dangerous_works import DangerLevel, DangerousWorkType
from domain.enums import (
    AccountStatus,
    CoordSystem,
    PersonnelRole,
    ProjectStatus,
    ProjectType,
    RegionLevel,
    RiskLevel,
    Role,
    UnitKind,
)
from domain.followups import FollowUpAction, FollowUpSource, FollowUpStatus
from domain.monitoring import DeviceKind, Severity, WarningState, WarningType
from domain.reporting import (
    CertificateState,
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
from widgets.common.translate import QT_TRANSLATE_NOOP

_CONTEXT = "Labels"

# Keyed by (enum class, member): StrEnum members compare equal to plain strings, so members of
# different enums sharing a value would otherwise collide.
_SOURCES: dict[tuple[type[StrEnum], StrEnum], str] = {
    (ProjectStatus, ProjectStatus.PLANNED): QT_TRANSLATE_NOOP("Labels", "Planned"),
    (ProjectStatus, ProjectStatus.UNDER_CONSTRUCTION): QT_TRANSLATE_NOOP("Labels", "Under construction"),
    (ProjectStatus, ProjectStatus.SUSPENDED): QT_TRANSLATE_NOOP("Labels", "Suspended"),
    (ProjectStatus, ProjectStatus.COMPLETED): QT_TRANSLATE_NOOP("Labels", "Completed"),
    (ProjectStatus, ProjectStatus.ACCEPTED): QT_TRANSLATE_NOOP("Labels", "Completion accepted"),
    (ProjectType, ProjectType.HOUSING): QT_TRANSLATE_NOOP("Labels", "Housing"),
    (ProjectType, ProjectType.MUNICIPAL): QT_TRANSLATE_NOOP("Labels", "Municipal works"),
    (RiskLevel, RiskLevel.LOW): QT_TRANSLATE_NOOP("Labels", "Low"),
    (RiskLevel, RiskLevel.GENERAL): QT_TRANSLATE_NOOP("Labels", "General"),
    (RiskLevel, RiskLevel.HIGH): QT_TRANSLATE_NOOP("Labels", "High"),
    (RiskLevel, RiskLevel.MAJOR): QT_TRANSLATE_NOOP("Labels", "Major"),
    (RegionLevel, RegionLevel.PROVINCE): QT_TRANSLATE_NOOP("Labels", "Province"),
    (RegionLevel, RegionLevel.CITY): QT_TRANSLATE_NOOP("Labels", "City"),
    (RegionLevel, RegionLevel.DISTRICT): QT_TRANSLATE_NOOP("Labels", "District"),
    (Role, Role.PROVINCE_SUPERVISOR): QT_TRANSLATE_NOOP("Labels", "Province supervisor"),
    (Role, Role.CITY_SUPERVISOR): QT_TRANSLATE_NOOP("Labels", "City supervisor"),
    (Role, Role.DISTRICT_SUPERVISOR): QT_TRANSLATE_NOOP("Labels", "District supervisor"),
    (Role, Role.ENTERPRISE_ADMIN): QT_TRANSLATE_NOOP("Labels", "Enterprise administrator"),
    (Role, Role.ENTERPRISE_STAFF): QT_TRANSLATE_NOOP("Labels", "Enterprise staff"),
    (Role, Role.WALL_DISPLAY): QT_TRANSLATE_NOOP("Labels", "Wall display"),
    (Role, Role.SYSTEM_ADMIN): QT_TRANSLATE_NOOP("Labels", "System administrator"),
    (AccountStatus, AccountStatus.PENDING): QT_TRANSLATE_NOOP("Labels", "Pending review"),
    (AccountStatus, AccountStatus.ACTIVE): QT_TRANSLATE_NOOP("Labels", "Active"),
    (AccountStatus, AccountStatus.REJECTED): QT_TRANSLATE_NOOP("Labels", "Rejected"),
    (AccountStatus, AccountStatus.DISABLED): QT_TRANSLATE_NOOP("Labels", "Disabled"),
    (UnitKind, UnitKind.CONSTRUCTION): QT_TRANSLATE_NOOP("Labels", "Construction unit"),
    (UnitKind, UnitKind.GENERAL_CONTRACTOR): QT_TRANSLATE_NOOP("Labels", "General contractor"),
    (UnitKind, UnitKind.SUPERVISION): QT_TRANSLATE_NOOP("Labels", "Supervision unit"),
    (UnitKind, UnitKind.SURVEY): QT_TRANSLATE_NOOP("Labels", "Survey unit"),
    (UnitKind, UnitKind.DESIGN): QT_TRANSLATE_NOOP("Labels", "Design unit"),
    (UnitKind, UnitKind.TESTING): QT_TRANSLATE_NOOP("Labels", "Testing agency"),
    (DeviceKind, DeviceKind.DUST_NOISE): QT_TRANSLATE_NOOP("Labels", "Dust/noise monitor"),
    (DeviceKind, DeviceKind.TOWER_CRANE): QT_TRANSLATE_NOOP("Labels", "Tower-crane monitor"),
    (DeviceKind, DeviceKind.DEEP_PIT): QT_TRANSLATE_NOOP("Labels", "Deep-pit point"),
    (DeviceKind, DeviceKind.HIGH_FORMWORK): QT_TRANSLATE_NOOP("Labels", "High-formwork point"),
    (Severity, Severity.CRITICAL): QT_TRANSLATE_NOOP("Labels", "Critical"),
    (Severity, Severity.MAJOR): QT_TRANSLATE_NOOP("Labels", "Major"),
    (Severity, Severity.MINOR): QT_TRANSLATE_NOOP("Labels", "Minor"),
    (Severity, Severity.WARNING): QT_TRANSLATE_NOOP("Labels", "Warning"),
    (Severity, Severity.INDETERMINATE): QT_TRANSLATE_NOOP("Labels", "Indeterminate"),
    (WarningState, WarningState.ACTIVE_UNACK): QT_TRANSLATE_NOOP("Labels", "Active, unacknowledged"),
    (WarningState, WarningState.ACTIVE_ACK): QT_TRANSLATE_NOOP("Labels", "Active, acknowledged"),
    (WarningState, WarningState.CLEARED_UNACK): QT_TRANSLATE_NOOP("Labels", "Cleared, unacknowledged"),
    (WarningState, WarningState.CLEARED_ACK): QT_TRANSLATE_NOOP("Labels", "Cleared, acknowledged"),
    (WarningType, WarningType.NOISE): QT_TRANSLATE_NOOP("Labels", "Noise over limit"),
    (WarningType, WarningType.PM10): QT_TRANSLATE_NOOP("Labels", "PM10 over limit"),
    (WarningType, WarningType.PM25): QT_TRANSLATE_NOOP("Labels", "PM2.5 over limit"),
    (WarningType, WarningType.CRANE_MOMENT): QT_TRANSLATE_NOOP("Labels", "Crane moment"),
    (WarningType, WarningType.CRANE_LOAD): QT_TRANSLATE_NOOP("Labels", "Crane load"),
    (WarningType, WarningType.CRANE_WIND): QT_TRANSLATE_NOOP("Labels", "Crane wind speed"),
    (WarningType, WarningType.PIT_CUMULATIVE): QT_TRANSLATE_NOOP("Labels", "Pit cumulative displacement"),
    (WarningType, WarningType.PIT_RATE): QT_TRANSLATE_NOOP("Labels", "Pit displacement rate"),
    (WarningType, WarningType.FORMWORK_CUMULATIVE): QT_TRANSLATE_NOOP("Labels", "Formwork cumulative settlement"),
    (WarningType, WarningType.FORMWORK_RATE): QT_TRANSLATE_NOOP("Labels", "Formwork settlement rate"),
    (WarningType, WarningType.OFFLINE): QT_TRANSLATE_NOOP("Labels", "Device offline"),
    (NoticeStatus, NoticeStatus.DRAFT): QT_TRANSLATE_NOOP("Labels", "Draft"),
    (NoticeStatus, NoticeStatus.ISSUED): QT_TRANSLATE_NOOP("Labels", "Issued, awaiting rectification"),
    (NoticeStatus, NoticeStatus.FEEDBACK_SUBMITTED): QT_TRANSLATE_NOOP("Labels", "Feedback submitted, awaiting review"),
    (NoticeStatus, NoticeStatus.RETURNED): QT_TRANSLATE_NOOP("Labels", "Returned for further rectification"),
    (NoticeStatus, NoticeStatus.CLOSED): QT_TRANSLATE_NOOP("Labels", "Closed"),
    (NoticeAction, NoticeAction.ISSUE): QT_TRANSLATE_NOOP("Labels", "Issued the notice"),
    (NoticeAction, NoticeAction.SUBMIT_FEEDBACK): QT_TRANSLATE_NOOP("Labels", "Submitted rectification feedback"),
    (NoticeAction, NoticeAction.RETURN): QT_TRANSLATE_NOOP("Labels", "Returned for further rectification"),
    (NoticeAction, NoticeAction.CLOSE): QT_TRANSLATE_NOOP("Labels", "Accepted and closed"),
    (FindingSeverity, FindingSeverity.GENERAL): QT_TRANSLATE_NOOP("Labels", "General hazard"),
    (FindingSeverity, FindingSeverity.SERIOUS): QT_TRANSLATE_NOOP("Labels", "Serious hazard"),
    (FindingSeverity, FindingSeverity.MAJOR): QT_TRANSLATE_NOOP("Labels", "Major hazard"),
    (InspectionType, InspectionType.QUALITY): QT_TRANSLATE_NOOP("Labels", "Quality"),
    (InspectionType, InspectionType.SAFETY): QT_TRANSLATE_NOOP("Labels", "Safety"),
    (InspectionType, InspectionType.DANGEROUS_WORKS): QT_TRANSLATE_NOOP("Labels", "Dangerous sub-projects"),
    (InspectionType, InspectionType.LIFTING_MACHINERY): QT_TRANSLATE_NOOP("Labels", "Lifting machinery"),
    (InspectionType, InspectionType.DUST_NOISE): QT_TRANSLATE_NOOP("Labels", "Dust and noise"),
    (InspectionType, InspectionType.COMPREHENSIVE): QT_TRANSLATE_NOOP("Labels", "Comprehensive"),
    (FollowUpStatus, FollowUpStatus.OPEN): QT_TRANSLATE_NOOP("Labels", "Open"),
    (FollowUpStatus, FollowUpStatus.URGED): QT_TRANSLATE_NOOP("Labels", "Urged"),
    (FollowUpStatus, FollowUpStatus.ANSWERED): QT_TRANSLATE_NOOP("Labels", "Answered"),
    (FollowUpStatus, FollowUpStatus.CLOSED): QT_TRANSLATE_NOOP("Labels", "Closed"),
    (FollowUpAction, FollowUpAction.URGE): QT_TRANSLATE_NOOP("Labels", "Urged"),
    (FollowUpAction, FollowUpAction.ANSWER): QT_TRANSLATE_NOOP("Labels", "Answered"),
    (FollowUpAction, FollowUpAction.CLOSE): QT_TRANSLATE_NOOP("Labels", "Closed"),
    (FollowUpSource, FollowUpSource.MONITORING_WARNING): QT_TRANSLATE_NOOP("Labels", "Monitoring warning"),
    (FollowUpSource, FollowUpSource.DEVICE_OFFLINE): QT_TRANSLATE_NOOP("Labels", "Device offline"),
    (FollowUpSource, FollowUpSource.NOTICE_OVERDUE): QT_TRANSLATE_NOOP("Labels", "Notice overdue"),
    (FollowUpSource, FollowUpSource.PROGRESS_MISSING): QT_TRANSLATE_NOOP("Labels", "Monthly progress missing"),
    (FollowUpSource, FollowUpSource.DANGEROUS_WORKS_UNAPPROVED): QT_TRANSLATE_NOOP("Labels", "Dangerous works plan not approved"),
    (FollowUpSource, FollowUpSource.MACHINERY_CERTIFICATE): QT_TRANSLATE_NOOP("Labels", "Machinery certificate expiring"),
    (FollowUpSource, FollowUpSource.QUALITY_TEST_FAILED): QT_TRANSLATE_NOOP("Labels", "Quality test failed"),
    (SubmissionKind, SubmissionKind.BASIC_INFO): QT_TRANSLATE_NOOP("Labels", "Basic information"),
    (SubmissionKind, SubmissionKind.PERMIT): QT_TRANSLATE_NOOP("Labels", "Construction permit"),
    (SubmissionKind, SubmissionKind.POSITION): QT_TRANSLATE_NOOP("Labels", "Site position"),
    (SubmissionKind, SubmissionKind.STATUS): QT_TRANSLATE_NOOP("Labels", "Project status"),
    (SubmissionKind, SubmissionKind.PROGRESS): QT_TRANSLATE_NOOP("Labels", "Monthly image progress"),
    (SubmissionKind, SubmissionKind.DANGEROUS_WORK): QT_TRANSLATE_NOOP("Labels", "Dangerous sub-project"),
    (SubmissionKind, SubmissionKind.DANGEROUS_WORK_PLAN): QT_TRANSLATE_NOOP("Labels", "Special construction plan"),
    (SubmissionKind, SubmissionKind.EQUIPMENT): QT_TRANSLATE_NOOP("Labels", "Lifting machinery"),
    (SubmissionKind, SubmissionKind.EQUIPMENT_OPERATION): QT_TRANSLATE_NOOP("Labels", "Machinery operation plan"),
    (SubmissionKind, SubmissionKind.MATERIAL_ENTRY): QT_TRANSLATE_NOOP("Labels", "Material entry"),
    (SubmissionKind, SubmissionKind.MATERIAL_TEST): QT_TRANSLATE_NOOP("Labels", "Material test"),
    (SubmissionKind, SubmissionKind.SUBDIVISION_ACCEPTANCE): QT_TRANSLATE_NOOP("Labels", "Sub-divisional acceptance"),
    (SubmissionKind, SubmissionKind.SAFETY_DUTY): QT_TRANSLATE_NOOP("Labels", "Safety duty"),
    (SubmissionKind, SubmissionKind.SAFETY_ASSESSMENT): QT_TRANSLATE_NOOP("Labels", "Safety standardisation assessment"),
    (SubmissionStatus, SubmissionStatus.SUBMITTED): QT_TRANSLATE_NOOP("Labels", "Submitted, awaiting verification"),
    (SubmissionStatus, SubmissionStatus.RETURNED): QT_TRANSLATE_NOOP("Labels", "Returned"),
    (SubmissionStatus, SubmissionStatus.RESUBMITTED): QT_TRANSLATE_NOOP("Labels", "Resubmitted, awaiting verification"),
    (SubmissionStatus, SubmissionStatus.VERIFIED): QT_TRANSLATE_NOOP("Labels", "Verified"),
    (SubmissionAction, SubmissionAction.VERIFY): QT_TRANSLATE_NOOP("Labels", "Verified"),
    (SubmissionAction, SubmissionAction.RETURN): QT_TRANSLATE_NOOP("Labels", "Returned"),
    (SubmissionAction, SubmissionAction.RESUBMIT): QT_TRANSLATE_NOOP("Labels", "Resubmitted"),
    (PhotoFlag, PhotoFlag.NO_TIME): QT_TRANSLATE_NOOP("Labels", "No capture time"),
    (PhotoFlag, PhotoFlag.OUTSIDE_MONTH): QT_TRANSLATE_NOOP("Labels", "Taken outside the month"),
    (PhotoFlag, PhotoFlag.NO_POSITION): QT_TRANSLATE_NOOP("Labels", "No GPS position"),
    (PhotoFlag, PhotoFlag.FAR_FROM_SITE): QT_TRANSLATE_NOOP("Labels", "More than 1 km from the site"),
    (DangerLevel, DangerLevel.NOT_DANGEROUS): QT_TRANSLATE_NOOP("Labels", "Below the thresholds"),
    (DangerLevel, DangerLevel.DANGEROUS): QT_TRANSLATE_NOOP("Labels", "Dangerous sub-project"),
    (DangerLevel, DangerLevel.BEYOND_SCALE): QT_TRANSLATE_NOOP("Labels", "Beyond-scale dangerous sub-project"),
    (DangerousWorkType, DangerousWorkType.FOUNDATION_PIT): QT_TRANSLATE_NOOP("Labels", "Foundation pit"),
    (DangerousWorkType, DangerousWorkType.FORMWORK): QT_TRANSLATE_NOOP("Labels", "Formwork support"),
    (DangerousWorkType, DangerousWorkType.TOOL_FORMWORK): QT_TRANSLATE_NOOP("Labels", "Tool formwork"),
    (DangerousWorkType, DangerousWorkType.LIFTING_NON_STANDARD): QT_TRANSLATE_NOOP("Labels", "Non-standard lifting"),
    (DangerousWorkType, DangerousWorkType.CRANE_INSTALLATION): QT_TRANSLATE_NOOP("Labels", "Crane installation and dismantling"),
    (DangerousWorkType, DangerousWorkType.SCAFFOLDING): QT_TRANSLATE_NOOP("Labels", "Floor-standing scaffolding"),
    (DangerousWorkType, DangerousWorkType.ATTACHED_LIFTING_SCAFFOLD): QT_TRANSLATE_NOOP("Labels", "Attached lifting scaffold"),
    (DangerousWorkType, DangerousWorkType.CANTILEVER_SCAFFOLD): QT_TRANSLATE_NOOP("Labels", "Cantilever scaffold"),
    (DangerousWorkType, DangerousWorkType.SUSPENDED_PLATFORM): QT_TRANSLATE_NOOP("Labels", "Suspended platform"),
    (DangerousWorkType, DangerousWorkType.DEMOLITION): QT_TRANSLATE_NOOP("Labels", "Demolition"),
    (DangerousWorkType, DangerousWorkType.UNDERGROUND_EXCAVATION): QT_TRANSLATE_NOOP("Labels", "Underground excavation"),
    (DangerousWorkType, DangerousWorkType.CURTAIN_WALL): QT_TRANSLATE_NOOP("Labels", "Curtain wall installation"),
    (DangerousWorkType, DangerousWorkType.MANUAL_DUG_PILE): QT_TRANSLATE_NOOP("Labels", "Manually dug pile"),
    (EquipmentType, EquipmentType.TOWER_CRANE): QT_TRANSLATE_NOOP("Labels", "Tower crane"),
    (EquipmentType, EquipmentType.CONSTRUCTION_HOIST): QT_TRANSLATE_NOOP("Labels", "Construction hoist"),
    (EquipmentType, EquipmentType.GANTRY_CRANE): QT_TRANSLATE_NOOP("Labels", "Gantry crane"),
    (EquipmentType, EquipmentType.MATERIAL_HOIST): QT_TRANSLATE_NOOP("Labels", "Material hoist"),
    (EquipmentType, EquipmentType.BRIDGE_ERECTING): QT_TRANSLATE_NOOP("Labels", "Bridge-erecting machine"),
    (OperationType, OperationType.INSTALLATION): QT_TRANSLATE_NOOP("Labels", "Installation"),
    (OperationType, OperationType.WALL_ATTACHMENT): QT_TRANSLATE_NOOP("Labels", "Wall attachment"),
    (OperationType, OperationType.JACKING): QT_TRANSLATE_NOOP("Labels", "Jacking"),
    (OperationType, OperationType.LOWERING): QT_TRANSLATE_NOOP("Labels", "Lowering"),
    (OperationType, OperationType.DISMANTLING): QT_TRANSLATE_NOOP("Labels", "Dismantling"),
    (CertificateState, CertificateState.VALID): QT_TRANSLATE_NOOP("Labels", "Valid"),
    (CertificateState, CertificateState.EXPIRING): QT_TRANSLATE_NOOP("Labels", "Expiring within 30 days"),
    (CertificateState, CertificateState.EXPIRED): QT_TRANSLATE_NOOP("Labels", "Expired"),
    (TestItem, TestItem.CONCRETE_STRENGTH): QT_TRANSLATE_NOOP("Labels", "Concrete compressive strength"),
    (TestItem, TestItem.REBAR_TENSILE): QT_TRANSLATE_NOOP("Labels", "Rebar tensile test"),
    (TestItem, TestItem.REBAR_WELD): QT_TRANSLATE_NOOP("Labels", "Rebar welds and couplers"),
    (TestItem, TestItem.WATERPROOFING): QT_TRANSLATE_NOOP("Labels", "Waterproofing material"),
    (TestItem, TestItem.CEMENT): QT_TRANSLATE_NOOP("Labels", "Cement"),
    (TestItem, TestItem.MASONRY): QT_TRANSLATE_NOOP("Labels", "Masonry units"),
    (TestItem, TestItem.OTHER): QT_TRANSLATE_NOOP("Labels", "Other"),
    (SafetyGrade, SafetyGrade.EXCELLENT): QT_TRANSLATE_NOOP("Labels", "Excellent"),
    (SafetyGrade, SafetyGrade.QUALIFIED): QT_TRANSLATE_NOOP("Labels", "Qualified"),
    (SafetyGrade, SafetyGrade.UNQUALIFIED): QT_TRANSLATE_NOOP("Labels", "Unqualified"),
    (StatusAction, StatusAction.START): QT_TRANSLATE_NOOP("Labels", "Start of construction"),
    (StatusAction, StatusAction.SUSPEND): QT_TRANSLATE_NOOP("Labels", "Suspension"),
    (StatusAction, StatusAction.RESUME): QT_TRANSLATE_NOOP("Labels", "Resumption"),
    (StatusAction, StatusAction.COMPLETE): QT_TRANSLATE_NOOP("Labels", "Completion"),
    (StatusAction, StatusAction.ACCEPT): QT_TRANSLATE_NOOP("Labels", "Completion acceptance"),
    (CoordSystem, CoordSystem.WGS84): QT_TRANSLATE_NOOP("Labels", "WGS-84 (GPS)"),
    (CoordSystem, CoordSystem.CGCS2000): QT_TRANSLATE_NOOP("Labels", "CGCS2000 (Tianditu)"),
    (CoordSystem, CoordSystem.GCJ02): QT_TRANSLATE_NOOP("Labels", "GCJ-02 (Amap, Tencent)"),
    (CoordSystem, CoordSystem.BD09): QT_TRANSLATE_NOOP("Labels", "BD-09 (Baidu)"),
    (PersonnelRole, PersonnelRole.PROJECT_MANAGER): QT_TRANSLATE_NOOP("Labels", "Project manager"),
    (PersonnelRole, PersonnelRole.CHIEF_SUPERVISING_ENGINEER): QT_TRANSLATE_NOOP("Labels", "Chief supervising engineer"),
    (PersonnelRole, PersonnelRole.SAFETY_OFFICER): QT_TRANSLATE_NOOP("Labels", "Full-time safety officer"),
}


# Monitoring metrics are plain names (devices may send factors we do not know), not an enum.
_METRICS: dict[str, str] = {
    "pm10": QT_TRANSLATE_NOOP("Labels", "PM10"),
    "pm25": QT_TRANSLATE_NOOP("Labels", "PM2.5"),
    "tsp": QT_TRANSLATE_NOOP("Labels", "TSP"),
    "noise": QT_TRANSLATE_NOOP("Labels", "Noise"),
    "temperature": QT_TRANSLATE_NOOP("Labels", "Temperature"),
    "humidity": QT_TRANSLATE_NOOP("Labels", "Humidity"),
    "pressure": QT_TRANSLATE_NOOP("Labels", "Air pressure"),
    "wind_speed": QT_TRANSLATE_NOOP("Labels", "Wind speed"),
    "wind_direction": QT_TRANSLATE_NOOP("Labels", "Wind direction"),
    "load_t": QT_TRANSLATE_NOOP("Labels", "Load"),
    "moment_pct": QT_TRANSLATE_NOOP("Labels", "Moment"),
    "radius_m": QT_TRANSLATE_NOOP("Labels", "Radius"),
    "height_m": QT_TRANSLATE_NOOP("Labels", "Hook height"),
    "slew_deg": QT_TRANSLATE_NOOP("Labels", "Slewing angle"),
    "tilt_x": QT_TRANSLATE_NOOP("Labels", "Tilt X"),
    "tilt_y": QT_TRANSLATE_NOOP("Labels", "Tilt Y"),
    "cumulative": QT_TRANSLATE_NOOP("Labels", "Cumulative displacement"),
    "rate": QT_TRANSLATE_NOOP("Labels", "Displacement rate"),
    "axial_force": QT_TRANSLATE_NOOP("Labels", "Axial force"),
}


def metric_label(metric: str) -> str:
    """The display name of a monitoring metric (its stored name if unknown)."""
    source = _METRICS.get(metric)
    return QCoreApplication.translate(_CONTEXT, source) if source is not None else metric


def label(value: StrEnum) -> str:
    """The display name of an enum member in the current UI language (its value if unknown)."""
    source = _SOURCES.get((type(value), value))
    return QCoreApplication.translate(_CONTEXT, source) if source is not None else str(value)


def options(enum: type[StrEnum]) -> list[tuple[StrEnum, str]]:
    """(member, display name) pairs in declaration order, for combos and filter menus."""
    return [(member, label(member)) for member in enum]
