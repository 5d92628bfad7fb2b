"""Translated display names of the domain enums.

The tables hold untranslated source strings (marked for lupdate with QT_TRANSLATE_NOOP) and are
translated at call time, so a language switch needs no rebuild of any table.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from domain.enums import AccountStatus, ProjectStatus, ProjectType, RegionLevel, RiskLevel, Role, UnitKind

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
}


def label(value: StrEnum) -> str:
    """The display name of an enum member in the current UI language (its value if unknown)."""
    source = _SOURCES.get((type(value), value))
    return QCoreApplication.translate(_CONTEXT, source) if source is not None else str(value)


def options(enum: type[StrEnum]) -> list[tuple[StrEnum, str]]:
    """(member, display name) pairs in declaration order, for combos and filter menus."""
    return [(member, label(member)) for member in enum]
