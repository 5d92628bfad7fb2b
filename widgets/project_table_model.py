"""Table model for one page of ProjectSummary DTOs (the sand table's project list).

Sorting is done by the server (the table only ever holds one page), so the model maps columns to
``ProjectQuery.sort`` keys instead of sorting itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor

from domain.enums import RiskLevel
from domain.schemas import ProjectSortKey, ProjectSummary
from widgets.common.table_model import Column, RecordTableModel
from widgets.common.translate import QT_TRANSLATE_NOOP
from widgets.labels import label

# Colours of the four-colour safety-risk grading (红橙黄蓝).
RISK_COLOURS: dict[RiskLevel, QColor] = {
    RiskLevel.LOW: QColor("#1e6fd9"),
    RiskLevel.GENERAL: QColor("#e6b800"),
    RiskLevel.HIGH: QColor("#f07c00"),
    RiskLevel.MAJOR: QColor("#d9262e"),
}


def _number(value: float) -> str:
    """Grouped digits; zero shows as a dash (municipal works such as roads have no floor area)."""
    if value == 0:
        return "—"
    return QLocale().toString(value, "f", 0 if value >= 100 else 1)


def _tooltip(project: ProjectSummary) -> str:
    return f"{project.name}\n{project.address}"


def _column(title: str, text: Any, **options: Any) -> Column[ProjectSummary]:
    return Column(QCoreApplication.translate("ProjectTableModel", title), text, tooltip=_tooltip, **options)


def project_columns() -> list[tuple[Column[ProjectSummary], ProjectSortKey | None]]:
    """Each column with the server's sort key for it (None: the server cannot sort by it)."""
    return [
        (_column(QT_TRANSLATE_NOOP("ProjectTableModel", "Project name"), lambda p: p.name), "name"),
        (_column(QT_TRANSLATE_NOOP("ProjectTableModel", "Permit no."), lambda p: p.permit_no or ""), "permit_no"),
        (_column(QT_TRANSLATE_NOOP("ProjectTableModel", "Project code"), lambda p: p.project_code), "project_code"),
        (_column(QT_TRANSLATE_NOOP("ProjectTableModel", "Status"), lambda p: label(p.status)), "status"),
        (_column(QT_TRANSLATE_NOOP("ProjectTableModel", "Type"), lambda p: label(p.project_type)), None),
        (_column(QT_TRANSLATE_NOOP("ProjectTableModel", "Risk level"), lambda p: label(p.risk_level),
                 decoration=lambda p: RISK_COLOURS[p.risk_level]), "risk_level"),
        (_column(QT_TRANSLATE_NOOP("ProjectTableModel", "City"), lambda p: p.city_name), None),
        (_column(QT_TRANSLATE_NOOP("ProjectTableModel", "District"), lambda p: p.district_name), "district"),
        (_column(QT_TRANSLATE_NOOP("ProjectTableModel", "General contractor"), lambda p: p.general_contractor or ""),
         None),
        (_column(QT_TRANSLATE_NOOP("ProjectTableModel", "Floor area (m²)"), lambda p: _number(p.floor_area_m2),
                 numeric=True), "floor_area_m2"),
        (_column(QT_TRANSLATE_NOOP("ProjectTableModel", "Cost (10k yuan)"), lambda p: _number(p.cost_10k_yuan),
                 numeric=True), "cost_10k_yuan"),
    ]


class ProjectTableModel(RecordTableModel[ProjectSummary]):
    """One page of projects, read-only."""

    def __init__(self, parent: Any = None) -> None:
        columns = project_columns()
        super().__init__([column for column, _key in columns], parent, key=lambda project: project.id)
        self._sort_keys = [key for _column, key in columns]

    def set_projects(self, projects: Sequence[ProjectSummary]) -> None:
        self.set_rows(projects)

    def project_at(self, row: int) -> ProjectSummary:
        return self.row_at(row)

    @property
    def projects(self) -> list[ProjectSummary]:
        return self.rows

    # --- sorting (server side) ---------------------------------------------------------------

    def sort_key(self, column: int) -> ProjectSortKey | None:
        return self._sort_keys[column] if 0 <= column < len(self._sort_keys) else None

    def column_of(self, sort_key: str) -> int:
        return next((i for i, key in enumerate(self._sort_keys) if key == sort_key), -1)

    def column_titled(self, title: str) -> int:
        """The column with this (translated) title, or -1."""
        return next((i for i in range(self.columnCount()) if self.headerData(i, Qt.Orientation.Horizontal) == title),
                    -1)
