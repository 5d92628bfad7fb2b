"""Paging controls: first / previous / next / last, "page X of Y" and the total count."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget


class PagingBar(QWidget):
    sig_page_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, total_format: str | None = None) -> None:
        """`total_format` ("{0} notices", translated by the caller) words the total; projects by default."""
        super().__init__(parent)
        self._total_format = total_format
        self._page = 1
        self._page_count = 1
        self.total_label = QLabel(self)
        self.page_label = QLabel(self)
        self.first_button = self._button(self.tr("« First"))
        self.prev_button = self._button(self.tr("‹ Previous"))
        self.next_button = self._button(self.tr("Next ›"))
        self.last_button = self._button(self.tr("Last »"))
        self.first_button.clicked.connect(self._go_first)
        self.prev_button.clicked.connect(self._go_previous)
        self.next_button.clicked.connect(self._go_next)
        self.last_button.clicked.connect(self._go_last)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.total_label)
        layout.addStretch(1)
        for widget in (self.first_button, self.prev_button, self.page_label, self.next_button, self.last_button):
            layout.addWidget(widget)
        self.set_page(1, 50, 0)

    def _button(self, text: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setAutoRaise(True)
        return button

    @property
    def page(self) -> int:
        return self._page

    @property
    def page_count(self) -> int:
        return self._page_count

    def set_page(self, page: int, page_size: int, total: int) -> None:
        self._page = page
        self._page_count = max(1, -(-total // page_size))
        self.total_label.setText((self._total_format or self.tr("{0} projects")).format(f"{total:,}"))
        self.page_label.setText(self.tr("Page {0} of {1}").format(page, self._page_count))
        self.first_button.setEnabled(page > 1)
        self.prev_button.setEnabled(page > 1)
        self.next_button.setEnabled(page < self._page_count)
        self.last_button.setEnabled(page < self._page_count)

    @Slot()
    def _go_first(self) -> None:
        self.sig_page_requested.emit(1)

    @Slot()
    def _go_previous(self) -> None:
        self.sig_page_requested.emit(max(1, self._page - 1))

    @Slot()
    def _go_next(self) -> None:
        self.sig_page_requested.emit(min(self._page_count, self._page + 1))

    @Slot()
    def _go_last(self) -> None:
        self.sig_page_requested.emit(self._page_count)
