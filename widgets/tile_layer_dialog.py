"""Settings of the optional raster base layer (an agency's intranet tile server); off by default."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from domain.enums import CoordSystem


@dataclass(frozen=True)
class TileSettings:
    url: str
    attribution: str
    system: CoordSystem


def tile_url_problem(url: str) -> str | None:
    """Why a URL template cannot work, in the user's words; None when it can."""
    if not url.startswith(("http://", "https://")):
        return QCoreApplication.translate("TileLayerDialog", "The address must start with http:// or https://.")
    missing = [part for part in ("{z}", "{x}", "{y}") if part not in url]
    if missing:
        return QCoreApplication.translate("TileLayerDialog", "The address must contain {0}.").format(", ".join(missing))
    return None


class TileLayerDialog(QDialog):
    def __init__(self, current: TileSettings | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Map base layer"))
        self.setMinimumWidth(520)
        self.enabled_check = QCheckBox(self.tr("Show raster tiles from a tile server"), self)
        self.url_edit = QLineEdit(self)
        self.url_edit.setPlaceholderText("http://tiles.example.gov.cn/{z}/{x}/{y}.png")
        self.attribution_edit = QLineEdit(self)
        self.system_combo = QComboBox(self)
        self.system_combo.addItem(self.tr("WGS-84 / CGCS2000 (e.g. Tianditu)"), CoordSystem.WGS84.value)
        self.system_combo.addItem(self.tr("GCJ-02 (e.g. Amap, Tencent)"), CoordSystem.GCJ02.value)
        self.message_label = QLabel(self)
        self.message_label.setStyleSheet("color: #c0392b;")
        self.message_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.enabled_check)
        form.addRow(self.tr("URL template:"), self.url_edit)
        form.addRow(self.tr("Attribution:"), self.attribution_edit)
        form.addRow(self.tr("Coordinate system:"), self.system_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        self.enabled_check.toggled.connect(self._update_enabled)
        if current is not None:
            self.enabled_check.setChecked(True)
            self.url_edit.setText(current.url)
            self.attribution_edit.setText(current.attribution)
            self.system_combo.setCurrentIndex(max(0, self.system_combo.findData(current.system.value)))
        self._update_enabled(current is not None)

    def result_settings(self) -> TileSettings | None:
        if not self.enabled_check.isChecked():
            return None
        return TileSettings(url=self.url_edit.text().strip(), attribution=self.attribution_edit.text().strip(),
                            system=CoordSystem(self.system_combo.currentData()))

    def _update_enabled(self, enabled: bool) -> None:
        for widget in (self.url_edit, self.attribution_edit, self.system_combo):
            widget.setEnabled(enabled)

    def _accept_if_valid(self) -> None:
        settings = self.result_settings()
        problem = tile_url_problem(settings.url) if settings is not None else None
        if problem:
            self.message_label.setText(problem)
            return
        self.accept()
