"""Colours and translated texts the page needs, in the order of maps.display's status/risk codes."""

from __future__ import annotations

from typing import Any

from domain.enums import ProjectStatus, RiskLevel
from domain.monitoring import Severity
from maps.display import RISK_ORDER, STATUS_ORDER

STATUS_COLOURS = {
    ProjectStatus.PLANNED: "#8e9aa6",
    ProjectStatus.UNDER_CONSTRUCTION: "#1aa260",
    ProjectStatus.SUSPENDED: "#d35400",
    ProjectStatus.COMPLETED: "#3867d6",
    ProjectStatus.ACCEPTED: "#8854d0",
}
# The four-colour safety-risk grading (红橙黄蓝): low blue, general yellow, high orange, major red.
RISK_COLOURS = {RiskLevel.LOW: "#1e6fd9", RiskLevel.GENERAL: "#e6b800", RiskLevel.HIGH: "#f07c00",
                RiskLevel.MAJOR: "#d9262e"}
# Rings around projects with an active monitoring warning, by its worst severity (the alarm colours
# of control-room displays: magenta stays distinct from every status and risk dot).
ALERT_COLOURS = {Severity.CRITICAL: "#c2185b", Severity.MAJOR: "#e91e63", Severity.MINOR: "#f06292",
                 Severity.WARNING: "#f48fb1", Severity.INDETERMINATE: "#f8bbd0"}
# Drawn last = on top: what a supervisor must not miss.
STATUS_DRAW_ORDER = (ProjectStatus.ACCEPTED, ProjectStatus.COMPLETED, ProjectStatus.PLANNED,
                     ProjectStatus.SUSPENDED, ProjectStatus.UNDER_CONSTRUCTION)


def page_config(status_names: dict[ProjectStatus, str], risk_names: dict[RiskLevel, str],
                texts: dict[str, str]) -> dict[str, Any]:
    return {
        "statusColours": [STATUS_COLOURS[s] for s in STATUS_ORDER],
        "riskColours": [RISK_COLOURS[r] for r in RISK_ORDER],
        "statusNames": [status_names[s] for s in STATUS_ORDER],
        "riskNames": [risk_names[r] for r in RISK_ORDER],
        "statusDrawOrder": [STATUS_ORDER.index(s) for s in STATUS_DRAW_ORDER],
        "riskDrawOrder": list(range(len(RISK_ORDER))),
        "alertColour": ALERT_COLOURS[Severity.CRITICAL],
        "texts": texts,
    }
