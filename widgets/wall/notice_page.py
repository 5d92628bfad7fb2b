"""A full-screen message for what stops the wall from showing data: a bad configuration, a revoked
credential, an unreachable server. Nobody at a wall can answer a dialog, so the screen says what is wrong,
who can fix it, and when the wall tries again by itself."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from widgets.wall.style import BAD, HEADLINE_PX, MUTED, TEXT, TEXT_PX, TITLE_PX, WARN, WallStyle


class NoticePage(QWidget):
    def __init__(self, style: WallStyle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel(self)
        self.title_label.setFont(style.font(HEADLINE_PX * 1.3, bold=True))
        self.detail_label = QLabel(self)
        self.detail_label.setFont(style.font(TITLE_PX))
        self.detail_label.setStyleSheet(f"color: {TEXT};")
        self.footer_label = QLabel(self)
        self.footer_label.setFont(style.font(TEXT_PX))
        self.footer_label.setStyleSheet(f"color: {MUTED};")
        layout = QVBoxLayout(self)
        margin = style.px(160)
        layout.setContentsMargins(margin, style.px(80), margin, style.px(80))
        layout.setSpacing(style.px(36))
        layout.addStretch(2)
        for label in (self.title_label, self.detail_label, self.footer_label):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)
        layout.addStretch(3)

    def show_notice(self, title: str, detail: str, footer: str = "", *, severe: bool = True) -> None:
        """`severe`: red (the wall cannot work until someone acts), else amber (it is retrying by itself)."""
        self.title_label.setText(title)
        self.title_label.setStyleSheet(f"color: {BAD if severe else WARN};")
        self.detail_label.setText(detail)
        self.show_footer(footer)

    def show_footer(self, footer: str) -> None:
        """The line that changes every second (the retry countdown) without redoing the rest."""
        self.footer_label.setText(footer)
        self.footer_label.setVisible(bool(footer))
