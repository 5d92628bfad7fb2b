"""Monthly image progress: drop JPEG/PNG photos (or pick them), upload them with a progress bar that
follows the bytes actually sent, and show each photo's outcome with the server's EXIF flags (taken in
another month, more than 1 km from the site, no time or position).

Passive: picked files go to the controller to be checked (the panel's `sig_files_added`), Upload asks it
to send them (`sig_upload_requested`), and it answers with `show_progress`, `show_result` per photo and
`show_done` or `show_failed` for the batch. Closing the dialog during an upload only hides it: the batch
goes on, and the dialog closes for good (announcing what was stored, so the workspace refreshes) once
the batch has ended."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QCloseEvent, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from domain.reporting_schemas import ProgressPhotoOut
from widgets.common.evidence import EvidencePanel, PendingFile
from widgets.common.form_dialog import ERROR_STYLE
from widgets.common.formatting import date_text
from widgets.labels import label
from widgets.reporting.common import recent_months

MONTHS_OFFERED = 3  # this month and the two before: late photos are still taken, but flagged
FLAGGED_COLOUR, STORED_COLOUR = QColor("#c0392b"), QColor("#1e8449")
NAME, SIZE, OUTCOME, TAKEN, DISTANCE, FLAGS = range(6)


@dataclass(frozen=True)
class PhotoOutcome:
    """One photo's outcome: the stored photo (with the server's flags), or why it was refused. A photo
    after a refusal of the whole batch was not sent (`sent` False)."""

    name: str
    photo: ProgressPhotoOut | None = None
    refusal: str = ""
    sent: bool = True


class PhotoUploadDialog(QDialog):
    sig_upload_requested = Signal(str, str, list)  # month, caption, [PendingFile]: send them
    sig_uploaded = Signal(list)  # [PhotoOutcome], once the batch is done

    def __init__(self, project_id: int, project_name: str, parent: QWidget | None = None, *,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.project_id = project_id
        self.setWindowTitle(self.tr("Monthly progress photos — {0}").format(project_name))
        self.resize(820, 620)
        self.results: list[PhotoOutcome] = []
        self.uploading = False
        self._close_when_done = False

        self.month_combo = QComboBox(self)
        for month in recent_months(today or dt.date.today(), MONTHS_OFFERED):
            self.month_combo.addItem(month, month)
        self.caption_edit = QLineEdit(self)
        self.caption_edit.setMaxLength(300)
        self.caption_edit.setPlaceholderText(self.tr("e.g. main structure at the 12th floor"))
        self.panel = EvidencePanel(self, hint=self.tr("JPEG or PNG photos, at most 20 MB each — drop them here or"),
                                   file_filter=self.tr("Photos (*.jpg *.jpeg *.png)"))
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.hide()
        self.results_table = QTableWidget(0, 6, self)
        self.results_table.setHorizontalHeaderLabels([self.tr("Photo"), self.tr("Size"), self.tr("Outcome"),
                                                      self.tr("Taken at (EXIF)"), self.tr("From site"),
                                                      self.tr("Flags for the supervisor")])
        self.results_table.horizontalHeader().setSectionResizeMode(FLAGS, QHeaderView.ResizeMode.Stretch)
        self.results_table.verticalHeader().hide()
        self.results_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.upload_button = self.buttons.addButton(self.tr("Upload"), QDialogButtonBox.ButtonRole.ActionRole)
        self.upload_button.clicked.connect(self.upload)
        self.upload_button.setEnabled(False)
        self.buttons.rejected.connect(self.reject)
        self.panel.sig_files_changed.connect(lambda: self.upload_button.setEnabled(bool(self.panel.files)))

        form = QFormLayout()
        form.addRow(self.tr("Month"), self.month_combo)
        form.addRow(self.tr("Caption"), self.caption_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.panel)
        layout.addWidget(self.progress)
        layout.addWidget(self.results_table, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.buttons)

    @property
    def files(self) -> list[PendingFile]:
        return self.panel.files

    # --- uploading --------------------------------------------------------------------------------

    @Slot()
    def upload(self) -> None:
        batch = self.files
        if not batch:
            return
        self.results = []
        self.results_table.setRowCount(0)
        for photo in batch:
            self._add_row(photo)
        total = sum(len(p.data) for p in batch)
        self.progress.setRange(0, total)
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("%p% — photo 1 of {0}").format(len(batch)))
        self.progress.show()
        self.upload_button.setEnabled(False)
        self.summary_label.clear()
        self.uploading = True
        self.sig_upload_requested.emit(self.month_combo.currentData(), self.caption_edit.text().strip(), batch)

    @Slot()
    def reject(self) -> None:
        if self.uploading:  # let the batch finish out of sight; `_finish_batch` closes the dialog
            self._close_when_done = True
            self.hide()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.uploading:
            self.reject()
            event.ignore()
            return
        super().closeEvent(event)

    def _add_row(self, photo: PendingFile) -> None:
        row = self.results_table.rowCount()
        self.results_table.insertRow(row)
        for column, text in ((NAME, photo.name), (SIZE, f"{max(1, len(photo.data) // 1024)} KB"),
                             (OUTCOME, self.tr("Waiting")), (TAKEN, ""), (DISTANCE, ""), (FLAGS, "")):
            self.results_table.setItem(row, column, QTableWidgetItem(text))

    def _cell(self, row: int, column: int, text: str, colour: QColor | None = None) -> None:
        item = QTableWidgetItem(text)
        item.setToolTip(text)
        if colour is not None:
            item.setForeground(colour)
        self.results_table.setItem(row, column, item)

    def show_progress(self, index: int, count: int, sent: int, total: int) -> None:
        """Photo `index` (0-based) of `count` is going out; `sent` of `total` bytes of the batch are sent."""
        self.progress.setValue(sent)
        self.progress.setFormat(self.tr("%p% — photo {0} of {1}").format(min(index + 1, count), count))
        outcome = self.results_table.item(index, OUTCOME)
        if sent < total and outcome is not None and outcome.text() == self.tr("Waiting"):
            self._cell(index, OUTCOME, self.tr("Uploading…"))

    def show_result(self, result: PhotoOutcome) -> None:
        """The next photo's outcome, in the order they were sent."""
        row = len(self.results)
        self.results.append(result)
        photo = result.photo
        if photo is None:
            reason = result.refusal
            self._cell(row, OUTCOME, reason if result.sent else self.tr("Not sent: {0}").format(reason), FLAGGED_COLOUR)
            return
        flags = "; ".join(label(f) for f in photo.flags)
        self._cell(row, OUTCOME, self.tr("Stored") if not photo.flags else self.tr("Stored, flagged"),
                   FLAGGED_COLOUR if photo.flags else STORED_COLOUR)
        self._cell(row, TAKEN, date_text(photo.taken_at) if photo.taken_at else "—")
        self._cell(row, DISTANCE, self.tr("{0:.2f} km").format(photo.distance_km)
                   if photo.distance_km is not None else "—")
        self._cell(row, FLAGS, flags or self.tr("None"), FLAGGED_COLOUR if photo.flags else None)

    def show_done(self) -> None:
        """The batch has ended; every photo's outcome was shown."""
        results = list(self.results)
        self.progress.setValue(self.progress.maximum())
        stored = [r for r in results if r.photo is not None]
        flagged = [r for r in stored if r.photo is not None and r.photo.flags]
        self.summary_label.setText(self.tr("{0} of {1} photos stored for {2}; {3} flagged for the supervisor. "
                                           "The month's report waits for verification.").format(
            len(stored), len(results), self.month_combo.currentData(), len(flagged)))
        self.summary_label.setStyleSheet(ERROR_STYLE if flagged or len(stored) < len(results) else "")
        self.panel.clear()
        self._finish_batch(results)

    def show_failed(self, text: str) -> None:
        """The batch broke off (connection or session lost, `text` says which); the photos stored before
        still count."""
        self.progress.hide()
        self.upload_button.setEnabled(bool(self.files))
        self.panel.show_error(text)
        self._finish_batch(list(self.results))

    def _finish_batch(self, results: list[PhotoOutcome]) -> None:
        self.uploading = False
        if results:  # a broken-off batch too: what it stored is on the server
            self.sig_uploaded.emit(results)
        if self._close_when_done:
            self.close()
