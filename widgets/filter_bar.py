"""Filter bar of the project list: free text (debounced), status, project type, risk level."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from domain.enums import ProjectStatus, ProjectType, RiskLevel
from domain.schemas import ProjectQuery
from widgets.labels import options
from widgets.multi_select_button import MultiSelectButton

SEARCH_DEBOUNCE_MS = 250  # long enough to skip keystrokes, short enough to feel immediate


class FilterBar(QWidget):
    """Edits the filter part of a ProjectQuery; emits once per settled change."""

    sig_filters_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_edit = QLineEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Search name, permit no., project code, address…"))
        self.search_edit.setMinimumWidth(280)
        self.status_button = MultiSelectButton(self.tr("Status"), options(ProjectStatus), self)
        self.risk_button = MultiSelectButton(self.tr("Risk"), options(RiskLevel), self)
        self.type_combo = QComboBox(self)
        self.type_combo.addItem(self.tr("All project types"), None)
        for member, text in options(ProjectType):
            self.type_combo.addItem(text, member.value)
        self.reset_button = QPushButton(self.tr("Reset"), self)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.sig_filters_changed)
        self.search_edit.textChanged.connect(self._debounce.start)
        self.search_edit.returnPressed.connect(self._apply_search_now)
        self.status_button.sig_selection_changed.connect(self.sig_filters_changed)
        self.risk_button.sig_selection_changed.connect(self.sig_filters_changed)
        self.type_combo.currentIndexChanged.connect(self.sig_filters_changed)
        self.reset_button.clicked.connect(self.reset)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Search:"), self))
        layout.addWidget(self.search_edit, 1)
        layout.addWidget(self.status_button)
        layout.addWidget(self.type_combo)
        layout.addWidget(self.risk_button)
        layout.addWidget(self.reset_button)

    def apply_to(self, query: ProjectQuery) -> ProjectQuery:
        """``query`` with this bar's filters, back on page 1 (the old page may no longer exist)."""
        text = self.search_edit.text().strip()[:100]
        project_type = self.type_combo.currentData()
        return query.model_copy(update={
            "q": text or None,
            "status": [ProjectStatus(v) for v in self.status_button.selected()],
            "risk_level": [RiskLevel(v) for v in self.risk_button.selected()],
            "project_type": ProjectType(project_type) if project_type else None,
            "page": 1,
        })

    @Slot()
    def reset(self) -> None:
        """Clear every filter with a single change notification."""
        self.blockSignals(True)
        self.search_edit.clear()
        self.status_button.clear()
        self.risk_button.clear()
        self.type_combo.setCurrentIndex(0)
        self.blockSignals(False)
        self._debounce.stop()
        self.sig_filters_changed.emit()

    @Slot()
    def _apply_search_now(self) -> None:
        self._debounce.stop()
        self.sig_filters_changed.emit()
