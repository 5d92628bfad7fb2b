"""Table model over one page of ProjectSummary DTOs.

Sorting is done by the server (the table only ever holds one page), so the model maps columns to
``ProjectQuery.sort`` keys instead of sorting itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from domain.enums import RiskLevel
from domain.schemas import ProjectSortKey, ProjectSummary
from widgets.labels import label

ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index: the parent of every row of a flat table

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


@dataclass(frozen=True)
class Column:
    title: str  # untranslated source text, context "ProjectTableModel"
    text: Callable[[ProjectSummary], str]
    sort_key: ProjectSortKey | None = None  # None: the server cannot sort by it
    numeric: bool = False


COLUMNS: tuple[Column, ...] = (
    Column(QT_TRANSLATE_NOOP("ProjectTableModel", "Project name"), lambda p: p.name, "name"),
    Column(QT_TRANSLATE_NOOP("ProjectTableModel", "Permit no."), lambda p: p.permit_no or "", "permit_no"),
    Column(QT_TRANSLATE_NOOP("ProjectTableModel", "Project code"), lambda p: p.project_code, "project_code"),
    Column(QT_TRANSLATE_NOOP("ProjectTableModel", "Status"), lambda p: label(p.status), "status"),
    Column(QT_TRANSLATE_NOOP("ProjectTableModel", "Type"), lambda p: label(p.project_type)),
    Column(QT_TRANSLATE_NOOP("ProjectTableModel", "Risk level"), lambda p: label(p.risk_level), "risk_level"),
    Column(QT_TRANSLATE_NOOP("ProjectTableModel", "City"), lambda p: p.city_name),
    Column(QT_TRANSLATE_NOOP("ProjectTableModel", "District"), lambda p: p.district_name, "district"),
    Column(QT_TRANSLATE_NOOP("ProjectTableModel", "General contractor"), lambda p: p.general_contractor or ""),
    Column(QT_TRANSLATE_NOOP("ProjectTableModel", "Floor area (m²)"), lambda p: _number(p.floor_area_m2),
           "floor_area_m2", numeric=True),
    Column(QT_TRANSLATE_NOOP("ProjectTableModel", "Cost (10k yuan)"), lambda p: _number(p.cost_10k_yuan),
           "cost_10k_yuan", numeric=True),
)
RISK_COLUMN = 5

PROJECT_ROLE = Qt.ItemDataRole.UserRole + 1


class ProjectTableModel(QAbstractTableModel):
    """One page of projects, read-only."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._projects: list[ProjectSummary] = []

    # --- data --------------------------------------------------------------------------------

    def set_projects(self, projects: Sequence[ProjectSummary]) -> None:
        self.beginResetModel()
        self._projects = list(projects)
        self.endResetModel()

    def project_at(self, row: int) -> ProjectSummary:
        return self._projects[row]

    @property
    def projects(self) -> list[ProjectSummary]:
        return list(self._projects)

    # --- sorting (server side) ---------------------------------------------------------------

    @staticmethod
    def sort_key(column: int) -> ProjectSortKey | None:
        return COLUMNS[column].sort_key if 0 <= column < len(COLUMNS) else None

    @staticmethod
    def column_of(sort_key: str) -> int:
        return next((i for i, c in enumerate(COLUMNS) if c.sort_key == sort_key), -1)

    # --- QAbstractTableModel -----------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._projects)

    def columnCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ProjectTableModel", COLUMNS[section].title)
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section].numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._projects):
            return None
        project = self._projects[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(project)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{project.name}\n{project.address}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and index.column() == RISK_COLUMN:
            return RISK_COLOURS[project.risk_level]
        if role == PROJECT_ROLE:
            return project
        return None
