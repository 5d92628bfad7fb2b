"""Enumerations that form the vocabulary of the API contract.

Values are stable lowercase strings: they travel over HTTP and are stored in the database, so
renaming a member's value is a data migration, not a refactoring.
"""

from __future__ import annotations

from enum import StrEnum


class RegionLevel(StrEnum):
    PROVINCE = "province"
    CITY = "city"
    DISTRICT = "district"


class ProjectStatus(StrEnum):
    PLANNED = "planned"
    UNDER_CONSTRUCTION = "under_construction"
    SUSPENDED = "suspended"
    COMPLETED = "completed"
    ACCEPTED = "accepted"


class ProjectType(StrEnum):
    HOUSING = "housing"
    MUNICIPAL = "municipal"


class RiskLevel(StrEnum):
    """Safety-risk grade (安全风险分级): low (blue), general (yellow), high (orange), major (red)."""

    LOW = "low"
    GENERAL = "general"
    HIGH = "high"
    MAJOR = "major"


class UnitKind(StrEnum):
    """What a participating unit is; the same values name its role on a project."""

    CONSTRUCTION = "construction"  # 建设单位
    GENERAL_CONTRACTOR = "general_contractor"  # 施工总承包单位
    SUPERVISION = "supervision"  # 监理单位
    SURVEY = "survey"  # 勘察单位
    DESIGN = "design"  # 设计单位
    TESTING = "testing"  # 检测机构


class PersonnelRole(StrEnum):
    PROJECT_MANAGER = "project_manager"  # 项目经理
    CHIEF_SUPERVISING_ENGINEER = "chief_supervising_engineer"  # 总监理工程师
    SAFETY_OFFICER = "safety_officer"  # 专职安全生产管理人员


class Role(StrEnum):
    PROVINCE_SUPERVISOR = "province_supervisor"
    CITY_SUPERVISOR = "city_supervisor"
    DISTRICT_SUPERVISOR = "district_supervisor"
    ENTERPRISE_ADMIN = "enterprise_admin"
    ENTERPRISE_STAFF = "enterprise_staff"
    WALL_DISPLAY = "wall_display"
    SYSTEM_ADMIN = "system_admin"

    @property
    def is_supervisor(self) -> bool:
        return self in SUPERVISOR_ROLES

    @property
    def is_enterprise(self) -> bool:
        return self in (Role.ENTERPRISE_ADMIN, Role.ENTERPRISE_STAFF)

    @property
    def region_level(self) -> RegionLevel | None:
        """The region level a supervisor's data scope is bound to, None for unit-scoped roles."""
        return _SUPERVISOR_LEVEL.get(self)


SUPERVISOR_ROLES = frozenset({Role.PROVINCE_SUPERVISOR, Role.CITY_SUPERVISOR, Role.DISTRICT_SUPERVISOR})
_SUPERVISOR_LEVEL = {
    Role.PROVINCE_SUPERVISOR: RegionLevel.PROVINCE,
    Role.CITY_SUPERVISOR: RegionLevel.CITY,
    Role.DISTRICT_SUPERVISOR: RegionLevel.DISTRICT,
}


class AccountStatus(StrEnum):
    PENDING = "pending"
    ACTIVE = "active"
    REJECTED = "rejected"
    DISABLED = "disabled"


class DataSource(StrEnum):
    """Through which channel a write arrived: the 'who provides' half of the audit record."""

    ENTERPRISE_REPORT = "enterprise_report"
    SUPERVISOR = "supervisor"
    DEVICE = "device"
    CITY_SYSTEM = "city_system"
    SYSTEM = "system"


class CoordSystem(StrEnum):
    WGS84 = "wgs84"  # GPS; CGCS2000 (Tianditu) agrees to well under a metre
    CGCS2000 = "cgcs2000"
    GCJ02 = "gcj02"  # Amap, Tencent
    BD09 = "bd09"  # Baidu
