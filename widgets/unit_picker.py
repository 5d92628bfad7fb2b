"""Participating-unit picker: type part of a name or credit code, pick one of the server's matches.

A view only: it asks for suggestions (debounced) and the controller answers with ``set_suggestions``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from domain.schemas import UnitOut

SUGGEST_DEBOUNCE_MS = 250


class UnitPicker(QLineEdit):
    sig_unit_query_changed = Signal(str)  # ask for suggestions
    sig_unit_changed = Signal()  # a unit was chosen or cleared

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Participating unit…"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(200)
        self._units: dict[str, UnitOut] = {}
        self._unit_id: int | None = None
        self._unit_name = ""
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._on_chosen)
        self.setCompleter(completer)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SUGGEST_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._ask)
        self.textEdited.connect(self._on_text_edited)

    @property
    def unit_id(self) -> int | None:
        return self._unit_id

    @property
    def unit_name(self) -> str:
        return self._unit_name

    def set_unit(self, unit_id: int | None, name: str = "") -> None:
        """Show a chosen unit without a change signal (restoring saved filters)."""
        self._unit_id, self._unit_name = unit_id, name if unit_id is not None else ""
        self.setText(self._unit_name)

    def set_suggestions(self, units: Sequence[UnitOut]) -> None:
        self._units = {f"{u.name}（{u.credit_code}）": u for u in units}
        self._model.setStringList(list(self._units))
        if self.hasFocus() and self._units:
            self.completer().complete()

    @Slot(str)
    def _on_text_edited(self, text: str) -> None:
        if not text.strip() and self._unit_id is not None:
            self._unit_id, self._unit_name = None, ""
            self.sig_unit_changed.emit()
            return
        self._debounce.start()

    @Slot()
    def _ask(self) -> None:
        text = self.text().strip()
        if len(text) >= 2:
            self.sig_unit_query_changed.emit(text[:100])

    @Slot(str)
    def _on_chosen(self, text: str) -> None:
        unit = self._units.get(text)
        if unit is None:
            return
        self._unit_id, self._unit_name = unit.id, unit.name
        QTimer.singleShot(0, lambda: self.setText(unit.name))  # after the completer wrote its own text
        self.sig_unit_changed.emit()
