"""Progress photos as thumbnails with their EXIF flags, so a supervisor sees at a glance which
photos were taken in another month or far from the site. Double-click opens the full photo."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import QRect, QSize, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from domain.reporting_schemas import ProgressPhotoOut
from services.reporting_client import ReportingClient
from widgets.cases.common import JobRunner
from widgets.cases.notice_detail import ImagePreview
from widgets.common.formatting import date_text
from widgets.labels import label
from widgets.reporting.common import ALERT_BACKGROUND, describe_reporting_error

THUMB = 120
FLAG_COLOUR = QColor("#922b21")
PHOTO_ROLE = Qt.ItemDataRole.UserRole + 1


class PhotoStrip(QListWidget):
    sig_thumbnails_loaded = Signal()
    sig_error = Signal(str)

    def __init__(self, client: ReportingClient, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._client = client
        self._runner = runner
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
        """Show the photos at once (placeholders), then fetch the thumbnails in the worker."""
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
        if not wanted:
            self.sig_thumbnails_loaded.emit()
            return
        self._runner.submit(partial(self._download, wanted), self._on_thumbnails, self._on_failure,
                            channel=f"photo-strip-{id(self)}")

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

    def _download(self, ids: list[int]) -> dict[int, bytes | Exception]:  # worker thread
        out: dict[int, bytes | Exception] = {}
        for photo_id in ids:
            try:
                out[photo_id] = self._client.progress_photo_content(photo_id, thumbnail=True)
            except Exception as exc:  # one missing thumbnail must not hide the others; counted in the GUI
                out[photo_id] = exc
        return out

    def _on_thumbnails(self, thumbnails: dict[int, bytes | Exception]) -> None:
        failures: list[str] = []  # why each missing thumbnail is missing
        for photo_id, data in thumbnails.items():
            image = QImage.fromData(data) if isinstance(data, bytes) else QImage()
            if not image.isNull():
                self.thumbnails[photo_id] = image
            else:
                failures.append(describe_reporting_error(data) if isinstance(data, Exception)
                                else self.tr("the data is not an image"))
        for row, photo in enumerate(self.photos):
            if photo.id in self.thumbnails:
                self.item(row).setIcon(self._icon(photo))
        if failures:  # one message for the lot, not one per photo
            self.sig_error.emit(self.tr("{0} of {1} thumbnails could not be loaded: {2}").format(
                len(failures), len(thumbnails), failures[0]))
        self.sig_thumbnails_loaded.emit()

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
        photo_id = item.data(PHOTO_ROLE)
        self._runner.submit(partial(self._client.progress_photo_content, photo_id),
                            partial(self._show_full, item.text()), self._on_failure)

    def _show_full(self, title: str, data: bytes) -> None:
        image = QImage.fromData(data)
        if not image.isNull():
            ImagePreview(title, image, self).open()

    def _on_failure(self, error: Exception) -> None:
        self.sig_error.emit(describe_reporting_error(error))
