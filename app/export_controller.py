"""Exports: the filtered project list to Excel (every page fetched in the worker, with progress and
Cancel) and the current map view to PNG (grabbed in the GUI thread, written in the worker)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QProgressDialog

from app.error_text import describe_error
from app.main_window import MainWindow
from app.worker import Worker
from domain.schemas import ProjectPage, ProjectQuery, ProjectSummary
from services.api_client import ApiClient
from services.project_export import EXPORT_PAGE_SIZE, write_projects_xlsx


def _save_image(image: QImage, path: Path) -> Path:
    # PySide6 takes the format as str at run time and refuses bytes, whatever its stub says.
    if not image.save(str(path), "PNG"):  # type: ignore[call-overload]
        raise OSError(f"cannot write {path}")
    return path


class ExportController(QObject):
    sig_export_finished = Signal(str)  # the written file
    sig_export_failed = Signal(str)

    def __init__(self, api: ApiClient, worker: Worker, window: MainWindow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._api = api
        self._worker = worker
        self._window = window
        self._progress: QProgressDialog | None = None
        self._rows: list[ProjectSummary] = []

    # --- Excel -----------------------------------------------------------------------------------------

    def ask_excel(self, query: ProjectQuery) -> None:
        path, _filter = QFileDialog.getSaveFileName(self._window, self.tr("Export project list"),
                                                    self.tr("projects.xlsx"), self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.export_excel(query, Path(path if path.lower().endswith(".xlsx") else path + ".xlsx"))

    def export_excel(self, query: ProjectQuery, path: Path) -> None:
        if self._progress is not None:
            self._window.show_status(self.tr("An export is already running."), 5000)
            return
        self._rows = []
        progress = QProgressDialog(self.tr("Fetching projects…"), self.tr("Cancel"), 0, 0, self._window)
        progress.setWindowTitle(self.tr("Export project list"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)  # small exports finish before the dialog would flash
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        self._progress = progress
        self._fetch(query.model_copy(update={"page": 1, "page_size": EXPORT_PAGE_SIZE}), path)

    def _fetch(self, query: ProjectQuery, path: Path) -> None:
        self._worker.submit(partial(self._api.list_projects, query), partial(self._on_page, query, path),
                            self._on_failure, channel="export")

    def _on_page(self, query: ProjectQuery, path: Path, page: ProjectPage) -> None:
        progress = self._progress
        if progress is None:
            return
        if progress.wasCanceled():
            self._finish()
            self._window.show_status(self.tr("Export cancelled."), 5000)
            return
        self._rows.extend(page.items)
        progress.setMaximum(max(page.total, 1))
        progress.setValue(min(len(self._rows), page.total))
        progress.setLabelText(self.tr("Fetched {0} of {1} projects…").format(len(self._rows), page.total))
        if page.items and len(self._rows) < page.total:
            self._fetch(query.model_copy(update={"page": query.page + 1}), path)
            return
        progress.setLabelText(self.tr("Writing {0}…").format(path.name))
        self._worker.submit(partial(write_projects_xlsx, path, list(self._rows)),
                            partial(self._on_written, path), self._on_failure, channel="export")

    def _on_written(self, path: Path, _none: object) -> None:
        count = len(self._rows)
        self._finish()
        self._window.show_status(self.tr("Exported {0} projects to {1}").format(count, path), 15000)
        self.sig_export_finished.emit(str(path))

    # --- PNG ---------------------------------------------------------------------------------------------

    def ask_png(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self._window, self.tr("Export map view"),
                                                    self.tr("map.png"), self.tr("PNG image (*.png)"))
        if path:
            self.export_png(Path(path if path.lower().endswith(".png") else path + ".png"))

    def export_png(self, path: Path) -> None:
        self._window.show_status(self.tr("Saving the map view…"))
        image = self._window.map_view.grab_image()  # only valid in the GUI thread while the loop runs
        self._worker.submit(partial(_save_image, image, path), self._on_png_written, self._on_failure,
                            channel="export-png")

    def _on_png_written(self, path: Path) -> None:
        self._window.show_status(self.tr("Saved the map view to {0}").format(path), 15000)
        self.sig_export_finished.emit(str(path))

    # --- common ------------------------------------------------------------------------------------------

    def _finish(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
        self._rows = []

    def _on_failure(self, error: Exception) -> None:
        self._finish()
        message = self.tr("Export failed: {0}").format(describe_error(error) if not isinstance(error, OSError)
                                                        else str(error))
        self._window.show_error(message, modal=False)
        self.sig_export_failed.emit(message)
