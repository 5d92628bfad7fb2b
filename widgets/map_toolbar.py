"""Controls above the map: what the markers are coloured by and which measure shades the districts."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

COLOUR_MODES = ("status", "risk")
MEASURES = ("", "projects", "under_construction")  # "" = no choropleth


class MapToolbar(QWidget):
    sig_colour_mode_changed = Signal(str)
    sig_measure_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colour_combo = QComboBox(self)
        self.colour_combo.addItem(self.tr("Project status"), "status")
        self.colour_combo.addItem(self.tr("Safety risk level"), "risk")
        self.measure_combo = QComboBox(self)
        self.measure_combo.addItem(self.tr("None"), "")
        self.measure_combo.addItem(self.tr("Projects"), "projects")
        self.measure_combo.addItem(self.tr("Projects under construction"), "under_construction")
        self.measure_combo.addItem(self.tr("Projects with active warnings"), "warnings")
        self.colour_combo.currentIndexChanged.connect(self._on_colour)
        self.measure_combo.currentIndexChanged.connect(self._on_measure)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Colour markers by:"), self))
        layout.addWidget(self.colour_combo)
        layout.addSpacing(16)
        layout.addWidget(QLabel(self.tr("Shade districts by:"), self))
        layout.addWidget(self.measure_combo)
        layout.addStretch(1)

    @property
    def colour_mode(self) -> str:
        return str(self.colour_combo.currentData())

    @property
    def measure(self) -> str:
        return str(self.measure_combo.currentData() or "")

    def set_colour_mode(self, mode: str) -> None:
        self.colour_combo.setCurrentIndex(max(0, self.colour_combo.findData(mode)))

    def set_measure(self, measure: str) -> None:
        self.measure_combo.setCurrentIndex(max(0, self.measure_combo.findData(measure)))

    def measure_title(self) -> str:
        return self.measure_combo.currentText()

    @Slot(int)
    def _on_colour(self, _index: int) -> None:
        self.sig_colour_mode_changed.emit(self.colour_mode)

    @Slot(int)
    def _on_measure(self, _index: int) -> None:
        self.sig_measure_changed.emit(self.measure)
