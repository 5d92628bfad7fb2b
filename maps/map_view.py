"""The Qt map view: a QWebEngineView showing the sand-table page, driven through ``sandtable.*`` calls.

Calls made before the page reported ready are queued and replayed, so controllers never need to know
whether the page has finished loading; a new page (tile-layer change) replays the last state.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
from PySide6.QtCore import QUrl, Signal, Slot
from PySide6.QtGui import QImage
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEngineSettings
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QWidget

from maps.bridge import MapBridge

# Calls whose latest value is the whole state of one aspect: replayed once after a page reload.
_STATEFUL = ("setBoundaries", "setPoints", "setFilter", "setColourBy", "setChoropleth", "setAlerts", "zoomToRegion",
             "select")


class MapView(QWebEngineView):
    sig_map_ready = Signal()
    sig_project_clicked = Signal(int)
    sig_region_clicked = Signal(str)
    sig_tooltip_requested = Signal(int)
    sig_points_drawn = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ready = False
        self._queue: list[str] = []
        self._state: dict[str, str] = {}
        self.bridge = MapBridge(self)
        self._channel = QWebChannel(self)
        self._channel.registerObject("bridge", self.bridge)
        self.page().setWebChannel(self._channel)  # before load, or the page finds no transport
        settings = self.page().settings()
        settings.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls, True)
        settings.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, True)  # tile server
        self.bridge.sig_page_ready.connect(self._on_page_ready)
        self.bridge.sig_project_clicked.connect(self.sig_project_clicked)
        self.bridge.sig_region_clicked.connect(self.sig_region_clicked)
        self.bridge.sig_tooltip_requested.connect(self.sig_tooltip_requested)
        self.bridge.sig_points_drawn.connect(self._on_points_drawn)
        self.drawn_count: int | None = None  # projects passing the filter at the last paint; None before it
        self.setMinimumSize(320, 240)

    @property
    def is_ready(self) -> bool:
        return self._ready

    def load_page(self, path: Path) -> None:
        """Show a (new) page; the last state is replayed into it once it is ready."""
        self._ready = False
        self._queue = list(self._state.values())
        self.load(QUrl.fromLocalFile(str(path)))

    # --- the page's API ----------------------------------------------------------------------------

    def set_points(self, payload: dict[str, Any]) -> None:
        self._call("setPoints", orjson.dumps(payload).decode())

    def set_filter(self, status: list[int], risk: list[int], region: str | None, ids: list[int] | None) -> None:
        self._call("setFilter", json.dumps({"status": status, "risk": risk, "region": region, "ids": ids}))

    def set_colour_by(self, mode: str) -> None:
        self._call("setColourBy", json.dumps(mode))

    def set_alerts(self, spec: dict[str, Any]) -> None:
        """Ring the projects with an active monitoring warning: {"ids": [...], "colours": [...]}."""
        self._call("setAlerts", json.dumps(spec))

    def select(self, project_id: int | None, *, fly: bool) -> None:
        self._call("select", f"{json.dumps(project_id)}, {json.dumps(fly)}")

    def set_tooltip(self, project_id: int, html: str) -> None:
        self._call("setTooltip", f"{int(project_id)}, {json.dumps(html, ensure_ascii=False)}", stateful=False)

    def set_boundaries(self, collections: dict[str, Any], centres: dict[str, tuple[float, float]]) -> None:
        self._call("setBoundaries", f"{orjson.dumps(collections).decode()}, {orjson.dumps(centres).decode()}")

    def zoom_to_region(self, adcode: str) -> None:
        self._call("zoomToRegion", json.dumps(adcode))

    def set_choropleth(self, spec: dict[str, Any] | None) -> None:
        self._call("setChoropleth", json.dumps(spec, ensure_ascii=False))

    def evaluate(self, script: str, callback: Callable[[Any], None]) -> None:
        """Run JavaScript and get its (JSON-able) result; for tests, benchmarks and exports."""
        self.page().runJavaScript(script, 0, callback)

    def grab_image(self) -> QImage:
        """The current view as an image (call while the event loop runs; a QImage may be saved in a worker)."""
        return self.grab().toImage()

    # --- plumbing ----------------------------------------------------------------------------------

    def _call(self, function: str, arguments: str, *, stateful: bool = True) -> None:
        script = f"sandtable.{function}({arguments});"
        if stateful and function in _STATEFUL:
            self._state[function] = script
        if self._ready:
            self.page().runJavaScript(script)
        else:
            self._queue.append(script)

    @Slot(int)
    def _on_points_drawn(self, count: int) -> None:
        self.drawn_count = count
        self.sig_points_drawn.emit(count)

    @Slot()
    def _on_page_ready(self) -> None:
        self._ready = True
        queued, self._queue = self._queue, []
        order = {name: i for i, name in enumerate(_STATEFUL)}
        queued.sort(key=lambda s: order.get(s.split("(", 1)[0].removeprefix("sandtable."), len(order)))
        for script in queued:
            self.page().runJavaScript(script)
        self.sig_map_ready.emit()
