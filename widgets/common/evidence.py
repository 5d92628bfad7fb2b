"""Evidence picker for rectification feedback (and progress photos): file dialog or drag-and-drop.

Passive: picked or dropped paths go out as `sig_files_added(paths)`; a controller reads and checks them
(as the server will) and answers with `add_checked(files)` for the acceptable ones and `show_error(text)`
saying why the others were refused."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

THUMB = 64


class PendingFile(Protocol):
    """A checked file waiting to be uploaded (what the controller hands back)."""

    @property
    def name(self) -> str: ...

    @property
    def data(self) -> bytes: ...


class EvidenceList(QListWidget):
    """A list that accepts files dropped from the desktop."""

    sig_files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setViewMode(QListWidget.ViewMode.IconMode)
        self.setIconSize(QPixmap(THUMB, THUMB).size())
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setMinimumHeight(THUMB + 40)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.sig_files_dropped.emit(paths)


class EvidencePanel(QWidget):
    """Collects photos/PDFs to attach; what the server would refuse is refused by the controller."""

    sig_files_added = Signal(list)  # paths picked or dropped, to be read and checked
    sig_files_changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, hint: str | None = None,
                 file_filter: str | None = None) -> None:
        """`hint` and `file_filter` say what is accepted (e.g. photos only), above the list and in the
        file dialog."""
        super().__init__(parent)
        self._files: list[PendingFile] = []
        self._file_filter = file_filter or self.tr("Photos and PDF documents (*.jpg *.jpeg *.png *.pdf)")
        self.hint = QLabel(hint or self.tr("Evidence (photos JPEG/PNG or PDF, at most 20 MB each) — drop files here or"),
                           self)
        self.add_button = QPushButton(self.tr("Add files…"), self)
        self.add_button.clicked.connect(self._choose)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self._remove_selected)
        self.list = EvidenceList(self)
        self.list.sig_files_dropped.connect(self.add_files)
        self.progress = QProgressBar(self)
        self.progress.setFormat(self.tr("Uploading %v of %m"))
        self.progress.hide()
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c0392b;")
        self.error_label.hide()
        top = QHBoxLayout()
        top.addWidget(self.hint, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list)
        layout.addWidget(self.progress)
        layout.addWidget(self.error_label)

    @property
    def files(self) -> list[PendingFile]:
        return list(self._files)

    @Slot(list)
    def add_files(self, paths: Iterable[str]) -> None:
        """Hand picked or dropped files to the controller, which checks them."""
        paths = [str(p) for p in paths]
        if paths:
            self.sig_files_added.emit(paths)

    def add_checked(self, files: Sequence[PendingFile]) -> None:
        """List the files the controller found acceptable."""
        for pending in files:
            self._files.append(pending)
            item = QListWidgetItem(self._icon(pending), pending.name)
            item.setToolTip(self.tr("{0} ({1} KB)").format(pending.name, max(1, len(pending.data) // 1024)))
            self.list.addItem(item)
        self.sig_files_changed.emit()

    def clear(self) -> None:
        self._files.clear()
        self.list.clear()
        self.progress.hide()
        self.sig_files_changed.emit()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def set_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setVisible(total > 0 and done < total)

    def _icon(self, pending: PendingFile) -> QIcon:
        image = QImage.fromData(pending.data)
        if image.isNull():
            return self.style().standardIcon(self.style().StandardPixmap.SP_FileIcon)
        return QIcon(QPixmap.fromImage(image.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                                    Qt.TransformationMode.SmoothTransformation)))

    @Slot()
    def _choose(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose evidence"), "", self._file_filter)
        if paths:
            self.add_files(paths)

    @Slot()
    def _remove_selected(self) -> None:
        for item in self.list.selectedItems():
            row = self.list.row(item)
            self.list.takeItem(row)
            del self._files[row]
        self.sig_files_changed.emit()
