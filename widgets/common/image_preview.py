"""A photo at full size in its own dialog (evidence of a notice, a progress photo)."""

from __future__ import annotations

from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QVBoxLayout, QWidget


class ImagePreview(QDialog):
    def __init__(self, title: str, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        picture = QLabel(self)
        picture.setPixmap(QPixmap.fromImage(image))
        scroll = QScrollArea(self)
        scroll.setWidget(picture)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        self.resize(min(image.width() + 40, 1200), min(image.height() + 40, 900))
