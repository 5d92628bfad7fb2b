"""The page's only way back to Python: a tiny QObject with plain-data slots, re-emitted as signals."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot


class MapBridge(QObject):
    """Registered on the QWebChannel as ``bridge``; the page calls these slots, Python listens."""

    sig_page_ready = Signal()
    sig_project_clicked = Signal(int)
    sig_region_clicked = Signal(str)
    sig_tooltip_requested = Signal(int)
    sig_points_drawn = Signal(int)  # number of projects passing the filter

    @Slot()
    def pageReady(self) -> None:
        self.sig_page_ready.emit()

    @Slot(int)
    def projectClicked(self, project_id: int) -> None:
        self.sig_project_clicked.emit(int(project_id))

    @Slot(str)
    def regionClicked(self, adcode: str) -> None:
        self.sig_region_clicked.emit(str(adcode))

    @Slot(int)
    def tooltipRequested(self, project_id: int) -> None:
        self.sig_tooltip_requested.emit(int(project_id))

    @Slot(int)
    def pointsDrawn(self, count: int) -> None:
        self.sig_points_drawn.emit(int(count))
