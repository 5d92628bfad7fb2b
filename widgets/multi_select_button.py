"""A push button with a menu of checkable options: a compact multi-select for filter bars.

A QPushButton rather than a QToolButton because it reserves room for the menu arrow; a tool button
paints the arrow over the end of its text.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtWidgets import QMenu, QPushButton, QWidget


class _StayOpenMenu(QMenu):
    """Toggling an option keeps the menu open, so several can be picked in one go."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        action = self.activeAction()
        if action is not None and action.isCheckable() and action.isEnabled():
            action.trigger()
            event.accept()
            return
        super().mouseReleaseEvent(event)


class MultiSelectButton(QPushButton):
    """Shows "Title: all" / the selected label / "Title: n selected"; nothing checked means all."""

    sig_selection_changed = Signal()

    def __init__(self, title: str, options: Sequence[tuple[object, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        menu = _StayOpenMenu(self)
        self._actions: list[tuple[object, QAction]] = []
        for value, text in options:
            action = menu.addAction(text)
            action.setCheckable(True)
            action.toggled.connect(self._on_toggled)
            self._actions.append((value, action))
        menu.addSeparator()
        menu.addAction(self.tr("Clear selection")).triggered.connect(self.clear)
        self.setMenu(menu)
        self._update_text()

    def selected(self) -> list[object]:
        return [value for value, action in self._actions if action.isChecked()]

    def set_selected(self, values: Sequence[object]) -> None:
        """Check exactly ``values``; emits one change signal if anything changed."""
        before = self.selected()
        for value, action in self._actions:
            action.blockSignals(True)
            action.setChecked(value in values)
            action.blockSignals(False)
        self._update_text()
        if self.selected() != before:
            self.sig_selection_changed.emit()

    @Slot()
    def clear(self) -> None:
        self.set_selected([])

    @Slot(bool)
    def _on_toggled(self, _checked: bool) -> None:
        self._update_text()
        self.sig_selection_changed.emit()

    def _update_text(self) -> None:
        checked = [action.text() for _value, action in self._actions if action.isChecked()]
        if not checked:
            summary = self.tr("all")
        elif len(checked) == 1:
            summary = checked[0]
        else:
            summary = self.tr("{0} selected").format(len(checked))
        self.setText(self.tr("{0}: {1}").format(self._title, summary))
        self.setToolTip("\n".join(checked))
