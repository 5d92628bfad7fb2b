"""What a dossier's reporting tab shows, loaded together in one background job: the lists of the
Quality, Safety and Progress tabs. Plain containers, so the services fill them and the views show
them without either knowing the other."""

from __future__ import annotations

from dataclasses import dataclass

from domain.reporting_schemas import (
    AcceptanceOut,
    DangerousWorkOut,
    DangerousWorkPlanOut,
    EquipmentOut,
    MaterialEntryOut,
    MaterialTestOut,
    ProgressReportOut,
    ProjectFactsOut,
    ProjectVersionOut,
    SafetyAssessmentOut,
    SafetyDutyOut,
    TimelineEntry,
)
from domain.schemas import ProjectDetail


@dataclass(frozen=True)
class QualityLists:
    tests: list[MaterialTestOut]
    entries: list[MaterialEntryOut]
    acceptances: list[AcceptanceOut]


@dataclass(frozen=True)
class SafetyLists:
    timeline: list[TimelineEntry]
    works: list[DangerousWorkOut]
    plans: dict[int, list[DangerousWorkPlanOut]]  # by work id, oldest first
    equipment: list[EquipmentOut]
    duties: list[SafetyDutyOut]
    assessments: list[SafetyAssessmentOut]


@dataclass(frozen=True)
class ProgressLists:
    reports: list[ProgressReportOut]
    facts: ProjectFactsOut
    project: ProjectDetail  # for its verified status history
    versions: list[ProjectVersionOut]  # oldest first, as the server lists them
