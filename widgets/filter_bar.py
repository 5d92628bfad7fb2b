"""Filter bar of the project list: free text (debounced), status, project type, risk level, unit."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from domain.enums import ProjectStatus, ProjectType, RiskLevel
from domain.schemas import ProjectQuery
from widgets.labels import options
from widgets.multi_select_button import MultiSelectButton
from widgets.unit_picker import UnitPicker

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
        self.unit_picker = UnitPicker(self)
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
        self.unit_picker.sig_unit_changed.connect(self.sig_filters_changed)
        self.reset_button.clicked.connect(self.reset)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Search:"), self))
        layout.addWidget(self.search_edit, 1)
        layout.addWidget(self.status_button)
        layout.addWidget(self.type_combo)
        layout.addWidget(self.risk_button)
        layout.addWidget(self.unit_picker)
        layout.addWidget(self.reset_button)

    def apply_to(self, query: ProjectQuery) -> ProjectQuery:
        """``query`` with this bar's filters, back on page 1 (the old page may no longer exist)."""
        text = self.search_edit.text().strip()[:100]
        project_type = self.type_combo.currentData()
        return query.model_copy(update={
            "q": text or None,
            "status": [ProjectStatus(str(v)) for v in self.status_button.selected()],
            "risk_level": [RiskLevel(str(v)) for v in self.risk_button.selected()],
            "project_type": ProjectType(project_type) if project_type else None,
            "unit_id": self.unit_picker.unit_id,
            "page": 1,
        })

    def state(self) -> dict[str, object]:
        """The filters as plain data, to be remembered across restarts."""
        return {"q": self.search_edit.text(), "status": self.status_button.selected(),
                "risk": self.risk_button.selected(), "type": self.type_combo.currentData(),
                "unit_id": self.unit_picker.unit_id, "unit_name": self.unit_picker.unit_name}

    def restore(self, state: dict[str, object]) -> None:
        """Show saved filters without change notifications (the caller queries once afterwards).
        Unknown values (an enum renamed since) are dropped rather than failing the start."""
        self.blockSignals(True)
        for widget in (self.search_edit, self.status_button, self.risk_button, self.type_combo, self.unit_picker):
            widget.blockSignals(True)
        text = state.get("q")
        self.search_edit.setText(text[:100] if isinstance(text, str) else "")
        statuses, risks = state.get("status"), state.get("risk")
        self.status_button.set_selected([v for v in statuses if v in set(ProjectStatus)]
                                        if isinstance(statuses, list) else [])
        self.risk_button.set_selected([v for v in risks if v in set(RiskLevel)] if isinstance(risks, list) else [])
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(state.get("type"))))
        unit_id, unit_name = state.get("unit_id"), state.get("unit_name")
        self.unit_picker.set_unit(unit_id if isinstance(unit_id, int) else None,
                                  unit_name if isinstance(unit_name, str) else "")
        for widget in (self.search_edit, self.status_button, self.risk_button, self.type_combo, self.unit_picker):
            widget.blockSignals(False)
        self.blockSignals(False)
        self._debounce.stop()

    @Slot()
    def reset(self) -> None:
        """Clear every filter with a single change notification."""
        self.blockSignals(True)
        self.search_edit.clear()
        self.status_button.clear()
        self.risk_button.clear()
        self.type_combo.setCurrentIndex(0)
        self.unit_picker.set_unit(None)
        self.blockSignals(False)
        self._debounce.stop()
        self.sig_filters_changed.emit()

    @Slot()
    def _apply_search_now(self) -> None:
        self._debounce.stop()
        self.sig_filters_changed.emit()
