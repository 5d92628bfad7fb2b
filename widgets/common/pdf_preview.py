"""Preview, print and save a PDF held in memory (QtPdf: QPdfDocument + QPdfView): official notices,
evidence documents."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Slot
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

PRINT_DPI = 300


class PdfPreview(QDialog):
    """Shows PDF bytes held in memory; nothing is written to disk unless the user saves a copy."""

    def __init__(self, title: str, data: bytes, suggested_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(860, 1000)
        self._data = data
        self._suggested_name = suggested_name
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self._bytes, self)  # QPdfDocument reads lazily: keep the buffer alive
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.info_label = QLabel(self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.save_button.clicked.connect(self._save)
        close_button = QPushButton(self.tr("Close"), self)
        close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.info_label, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        loaded = self.document.status() == QPdfDocument.Status.Ready
        self.print_button.setEnabled(loaded)
        self.info_label.setText(self.tr("{0} page(s)").format(self.document.pageCount()) if loaded
                                else self.tr("The PDF could not be read."))

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    @Slot()
    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.render_to(printer)

    def render_to(self, printer: QPrinter) -> None:
        """Each page rendered at print resolution, fitted into the printable area keeping its aspect."""
        painter = QPainter(printer)
        try:
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                target = painter.viewport()
                scale = min(target.width() / points.width(), target.height() / points.height())
                size = QSize(int(points.width() * scale), int(points.height() * scale))
                image = self.document.render(page, QSize(int(points.width() / 72 * PRINT_DPI),
                                                         int(points.height() / 72 * PRINT_DPI)))
                painter.drawImage(QRect(target.x(), target.y(), size.width(), size.height()), image)
        finally:
            painter.end()

    @Slot()
    def _save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save notice"), self._suggested_name,
                                              self.tr("PDF documents (*.pdf)"))
        if path:
            with open(path, "wb") as out:
                out.write(self._data)



