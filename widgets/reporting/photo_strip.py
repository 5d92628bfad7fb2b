"""Progress photos as thumbnails with their EXIF flags, so a supervisor sees at a glance which
photos were taken in another month or far from the site. Double-click opens the full photo.

Passive: `set_photos` shows placeholders at once and asks for the thumbnails (`sig_thumbnails_wanted`),
which arrive through `show_thumbnails`; a double-click asks for the photo (`sig_photo_open_requested`),
shown by `show_photo`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QRect, QSize, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from domain.reporting_schemas import ProgressPhotoOut
from widgets.common.formatting import date_text
from widgets.common.image_preview import ImagePreview
from widgets.labels import label
from widgets.reporting.common import ALERT_BACKGROUND

THUMB = 120
FLAG_COLOUR = QColor("#922b21")
PHOTO_ROLE = Qt.ItemDataRole.UserRole + 1


class PhotoStrip(QListWidget):
    sig_thumbnails_wanted = Signal(list)  # photo ids without a thumbnail yet
    sig_thumbnails_loaded = Signal()
    sig_photo_open_requested = Signal(int, str)  # photo id, title
    sig_error = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.photos: list[ProgressPhotoOut] = []
        self.thumbnails: dict[int, QImage] = {}
        self.setViewMode(QListWidget.ViewMode.IconMode)
        self.setIconSize(QSize(THUMB, THUMB))
        self.setGridSize(QSize(THUMB + 40, THUMB + 36))
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setMovement(QListWidget.Movement.Static)
        self.setWordWrap(True)
        self.setMinimumHeight(THUMB + 66)
        self.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        self.itemDoubleClicked.connect(self._open)

    def set_photos(self, photos: Sequence[ProgressPhotoOut]) -> None:
        """Show the photos at once (placeholders), then ask for the thumbnails not seen yet."""
        self.photos = list(photos)
        self.clear()
        for photo in self.photos:
            item = QListWidgetItem(self._icon(photo), photo.caption or photo.original_name)
            item.setData(PHOTO_ROLE, photo.id)
            item.setToolTip(self.tooltip_text(photo))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self.caption_text(photo))
            if photo.flags:
                item.setBackground(QBrush(ALERT_BACKGROUND))
                item.setForeground(QBrush(FLAG_COLOUR))
            self.addItem(item)
        wanted = [p.id for p in self.photos if p.id not in self.thumbnails]
        if wanted:
            self.sig_thumbnails_wanted.emit(wanted)
        else:
            self.sig_thumbnails_loaded.emit()

    def flagged_ids(self) -> list[int]:
        return [p.id for p in self.photos if p.flags]

    def caption_text(self, photo: ProgressPhotoOut) -> str:
        """Caption and flags in one line (the accessible text; the icon shows the flags)."""
        return " · ".join([photo.caption or photo.original_name] + ["⚠ " + label(f) for f in photo.flags])

    def tooltip_text(self, photo: ProgressPhotoOut) -> str:
        lines = [photo.original_name, self.tr("Taken: {0}").format(date_text(photo.taken_at))]
        if photo.distance_km is not None:
            lines.append(self.tr("{0:.2f} km from the site").format(photo.distance_km))
        lines += [label(flag) for flag in photo.flags]
        return "\n".join(lines)

    def show_thumbnails(self, thumbnails: Mapping[int, bytes | str]) -> None:
        """Thumbnails (bytes), or why one could not be fetched (a sentence); the failures are reported
        once for the lot, not once per photo."""
        failures: list[str] = []
        for photo_id, data in thumbnails.items():
            image = QImage.fromData(data) if isinstance(data, bytes) else QImage()
            if not image.isNull():
                self.thumbnails[photo_id] = image
            else:
                failures.append(data if isinstance(data, str) else self.tr("the data is not an image"))
        for row, photo in enumerate(self.photos):
            if photo.id in self.thumbnails:
                self.item(row).setIcon(self._icon(photo))
        if failures:
            self.sig_error.emit(self.tr("{0} of {1} thumbnails could not be loaded: {2}").format(
                len(failures), len(thumbnails), failures[0]))
        self.sig_thumbnails_loaded.emit()

    def show_photo(self, title: str, data: bytes) -> None:
        image = QImage.fromData(data)
        if not image.isNull():
            ImagePreview(title, image, self).open()

    def show_error(self, text: str) -> None:
        self.sig_error.emit(text)

    def _icon(self, photo: ProgressPhotoOut) -> QIcon:
        """The thumbnail (grey until it arrives); a flagged photo gets a red frame and its flags written
        across the bottom, so the warning cannot be missed or cut off by the caption's layout."""
        pixmap = QPixmap(THUMB, THUMB)
        pixmap.fill(QColor("#d5dbdb"))
        painter = QPainter(pixmap)
        image = self.thumbnails.get(photo.id)
        if image is not None:
            scaled = image.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                  Qt.TransformationMode.SmoothTransformation)
            painter.drawImage((THUMB - scaled.width()) // 2, (THUMB - scaled.height()) // 2, scaled)
        if photo.flags:
            painter.setPen(QPen(FLAG_COLOUR, 4))
            painter.drawRect(2, 2, THUMB - 4, THUMB - 4)
            font = QFont(self.font())
            font.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
            painter.setFont(font)
            text = "\n".join("⚠ " + label(flag) for flag in photo.flags)
            wrap = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            needed = painter.fontMetrics().boundingRect(QRect(0, 0, THUMB - 8, THUMB), wrap, text).height()
            band = QRect(0, THUMB - min(THUMB, needed + 6), THUMB, min(THUMB, needed + 6))
            painter.fillRect(band, QColor(146, 43, 33, 215))
            painter.setPen(QColor("white"))
            painter.drawText(band.adjusted(4, 3, -4, -3), wrap, text)
        painter.end()
        return QIcon(pixmap)

    @Slot(QListWidgetItem)
    def _open(self, item: QListWidgetItem) -> None:
        self.sig_photo_open_requested.emit(item.data(PHOTO_ROLE), item.text())
