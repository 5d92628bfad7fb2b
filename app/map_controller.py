"""Feeds the sand-table map: page, boundaries, project points, filters, colours, choropleth, tooltips.

Everything slow (HTTP, disk, coordinate shifting of 50,000 points) runs in the worker; the GUI thread
only hands finished payloads to the page. Filters the page can evaluate itself (status, risk, region)
never leave the client; free text, unit and project type ask the server for the matching ids.
"""

from __future__ import annotations

import tempfile
import time
from collections import Counter
from functools import partial
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.error_text import describe_error
from app.settings import ClientSettings
from app.worker import Worker
from domain.enums import CoordSystem, ProjectStatus, RegionLevel, RiskLevel
from domain.monitoring import Severity
from domain.schemas import MapFeatures, ProjectDetail, ProjectQuery, RegionNode
from maps.choropleth import classify, colour_of
from maps.display import RISK_ORDER, STATUS_ORDER, points_payload, shift_collection, shift_point
from maps.map_view import MapView
from maps.page import TileLayer, build_page, write_page
from maps.page_config import ALERT_COLOURS, page_config
from services.api_client import ApiClient
from services.boundary_cache import BoundaryCache
from widgets.labels import label
from widgets.map_toolbar import MapToolbar

LEVELS = (RegionLevel.PROVINCE, RegionLevel.CITY, RegionLevel.DISTRICT)


def _write_page(config: dict[str, Any], tile: TileLayer | None, directory: Path) -> Path:
    return write_page(build_page(config, tile), directory)


def _boundaries(cache: BoundaryCache) -> dict[str, Any]:
    return {level.value: cache.get(level) for level in LEVELS}


class MapController(QObject):
    sig_project_clicked = Signal(int)
    sig_region_clicked = Signal(str)
    sig_points_received = Signal(float)  # perf_counter() when the features reached the GUI thread
    sig_points_checked = Signal(bool)  # the points request answered (new points or 304: True) or failed (False)
    sig_error = Signal(str)

    def __init__(self, api: ApiClient, worker: Worker, view: MapView, toolbar: MapToolbar,
                 settings: ClientSettings, *, cache_dir: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._api = api
        self._worker = worker
        self._view = view
        self._toolbar = toolbar
        self._settings = settings
        self._boundary_cache = BoundaryCache(api, cache_dir)
        self._page_dir = Path(tempfile.mkdtemp(prefix="sandtable-map-"))
        self._tile: TileLayer | None = settings.tile_layer
        self._etag: str | None = None
        self._wgs_boundaries: dict[str, Any] = {}
        self._tree: RegionNode | None = None
        self._tooltips: dict[int, str] = {}
        self._alerts: dict[int, Severity] = {}  # project id -> worst active monitoring warning
        self._district_of: dict[int, str] = {}  # project id -> district adcode, from the points
        self._filter_generation = 0
        self._ended = False

        toolbar.set_colour_mode(settings.colour_mode)
        toolbar.set_measure(settings.choropleth_measure)
        toolbar.sig_colour_mode_changed.connect(self._on_colour_mode)
        toolbar.sig_measure_changed.connect(self._on_measure)
        view.sig_project_clicked.connect(self.sig_project_clicked)
        view.sig_region_clicked.connect(self.sig_region_clicked)
        view.sig_tooltip_requested.connect(self._on_tooltip_requested)

    @property
    def display_system(self) -> CoordSystem:
        return self._tile.display_system if self._tile else CoordSystem.WGS84

    def start(self) -> None:
        self._view.set_colour_by(self._toolbar.colour_mode)
        self._load_page()
        self._worker.submit(partial(_boundaries, self._boundary_cache), self._on_boundaries, self._on_failure,
                            channel="map-boundaries")
        self.reload_points()

    def stop(self) -> None:
        self._ended = True

    # --- loading ---------------------------------------------------------------------------------------

    def _load_page(self) -> None:
        config = page_config(
            {s: label(s) for s in ProjectStatus}, {r: label(r) for r in RiskLevel},
            {"statusTitle": self.tr("Project status"), "riskTitle": self.tr("Safety risk level"),
             "loading": self.tr("Loading…"), "alertsTitle": self.tr("Active monitoring warning")})
        self._worker.submit(partial(_write_page, config, self._tile, self._page_dir), self._on_page_written,
                            self._on_failure, channel="map-page")

    def _on_page_written(self, path: Path) -> None:
        if not self._ended:
            self._view.load_page(path)

    def set_tile_layer(self, tile: TileLayer | None) -> None:
        """Switch the base layer: a new page, and every vector layer shifted to the tiles' datum."""
        self._tile = tile
        self._settings.tile_layer = tile
        self._load_page()
        if self._wgs_boundaries:
            self._send_boundaries()
        self.reload_points(force=True)

    def reload_points(self, *, force: bool = False) -> None:
        """Fetch the points again; unchanged data costs one 304 unless ``force``."""
        if force:
            self._etag = None
        system = self.display_system
        self._worker.submit(partial(self._fetch_points, self._etag, system), self._on_points,
                            self._on_points_failed, channel="map-points")

    def _fetch_points(self, etag: str | None, system: CoordSystem) -> tuple[str | None, dict[str, Any] | None]:
        new_etag, features = self._api.map_features_if_changed(etag)
        return new_etag, (points_payload(features, system) if isinstance(features, MapFeatures) else None)

    def _on_points(self, result: tuple[str | None, dict[str, Any] | None]) -> None:
        if self._ended:
            return
        etag, payload = result
        self._etag = etag
        if payload is not None:
            self.sig_points_received.emit(time.perf_counter())
            self._district_of = {pid: str(d) for pid, d in zip(payload["ids"], payload["district"], strict=True)}
            self._view.set_points(payload)
            if self._toolbar.measure == "warnings":
                self._send_choropleth()
        self.sig_points_checked.emit(True)

    def _on_points_failed(self, error: Exception) -> None:
        self._on_failure(error)
        if not self._ended:
            self.sig_points_checked.emit(False)

    def _on_boundaries(self, collections: dict[str, Any]) -> None:
        if self._ended:
            return
        self._wgs_boundaries = collections
        self._send_boundaries()

    def _send_boundaries(self) -> None:
        system = self.display_system
        shifted = {level: shift_collection(c, system) for level, c in self._wgs_boundaries.items()}
        self._view.set_boundaries(shifted, self._centres(system))
        self._send_choropleth()

    def district_rings(self, adcode: str) -> list[list[list[float]]]:
        """Outer rings (WGS-84) of a district, for the dossier's locator map."""
        for feature in self._wgs_boundaries.get(RegionLevel.DISTRICT.value, {}).get("features", []):
            if feature["properties"]["adcode"] == adcode:
                geometry = feature["geometry"]
                polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
                return [polygon[0] for polygon in polygons]
        return []

    def _on_failure(self, error: Exception) -> None:
        if not self._ended:
            self.sig_error.emit(describe_error(error))

    # --- state from the session ------------------------------------------------------------------------

    def set_tree(self, root: RegionNode) -> None:
        self._tree = root
        if self._wgs_boundaries:
            self._send_boundaries()

    def _nodes(self) -> list[RegionNode]:
        nodes, stack = [], [self._tree] if self._tree else []
        while stack:
            node = stack.pop()
            nodes.append(node)
            stack.extend(node.children)
        return nodes

    def _centres(self, system: CoordSystem) -> dict[str, tuple[float, float]]:
        centres = {}
        for node in self._nodes():
            lon, lat = shift_point(node.center_lon, node.center_lat, system)
            centres[node.adcode] = (lat, lon)
        return centres

    def apply_query(self, query: ProjectQuery) -> None:
        """Show exactly the projects the table's filters select; ask the server only when needed."""
        status = [STATUS_ORDER.index(s) for s in query.status]
        risk = [RISK_ORDER.index(r) for r in query.risk_level]
        region = query.region
        self._filter_generation += 1
        if query.q or query.unit_id is not None or query.project_type is not None:
            ids_query = query.model_copy(update={"sort": "name", "descending": False, "page": 1})
            self._worker.submit(partial(self._api.project_ids, ids_query),
                                partial(self._on_ids, self._filter_generation, status, risk, region),
                                self._on_failure, channel="map-ids")
        else:
            self._view.set_filter(status, risk, region, None)

    def _on_ids(self, generation: int, status: list[int], risk: list[int], region: str | None,
                ids: list[int]) -> None:
        if generation == self._filter_generation and not self._ended:  # a newer filter may have won meanwhile
            self._view.set_filter(status, risk, region, ids)

    def zoom_to_region(self, adcode: str) -> None:
        self._view.zoom_to_region(adcode)

    def set_alerts(self, worst: dict[int, Severity]) -> None:
        """Ring the projects with an active monitoring warning (coloured by the worst one); the
        "projects with active warnings" measure shades districts by how many they hold."""
        self._alerts = dict(worst)
        ids = sorted(worst)
        self._view.set_alerts({"ids": ids, "colours": [ALERT_COLOURS[worst[i]] for i in ids]})
        if self._toolbar.measure == "warnings":
            self._send_choropleth()

    def measure_values(self, measure: str) -> dict[str, int]:
        """Per district (and district-less city): what the choropleth measure counts."""
        districts = [n for n in self._nodes() if n.level is RegionLevel.DISTRICT or
                     (n.level is RegionLevel.CITY and not n.children)]
        if measure == "warnings":
            counts = Counter(self._district_of.get(project_id) for project_id in self._alerts)
            return {n.adcode: counts.get(n.adcode, 0) for n in districts}
        return {n.adcode: n.project_count if measure == "projects" else n.under_construction_count for n in districts}

    def select(self, project_id: int | None, *, fly: bool) -> None:
        self._view.select(project_id, fly=fly)

    # --- toolbar -----------------------------------------------------------------------------------------

    def _on_colour_mode(self, mode: str) -> None:
        self._settings.colour_mode = mode
        self._view.set_colour_by(mode)

    def _on_measure(self, measure: str) -> None:
        self._settings.choropleth_measure = measure
        self._send_choropleth()

    def _send_choropleth(self) -> None:
        measure = self._toolbar.measure
        if not measure or self._tree is None:
            self._view.set_choropleth(None)
            return
        values = self.measure_values(measure)
        classes = classify(values)
        fills = {adcode: colour for adcode, value in values.items() if (colour := colour_of(value, classes))}
        self._view.set_choropleth({"title": self._toolbar.measure_title(), "breaks": list(classes.breaks),
                                   "colours": list(classes.colours), "fills": fills})

    # --- tooltips ----------------------------------------------------------------------------------------

    def _on_tooltip_requested(self, project_id: int) -> None:
        cached = self._tooltips.get(project_id)
        if cached is not None:
            self._view.set_tooltip(project_id, cached)
            return
        self._worker.submit(partial(self._api.project, project_id), self._on_tooltip_project,
                            self._on_tooltip_failed, channel="map-tooltip")

    def _on_tooltip_failed(self, _error: Exception) -> None:
        """A tooltip that cannot be fetched keeps showing its placeholder; not worth an error message."""

    def _on_tooltip_project(self, project: ProjectDetail) -> None:
        permit, status, not_issued = self.tr("Permit no."), self.tr("Status"), self.tr("not issued")
        html = (f"<b>{escape(project.name)}</b><br>{escape(permit)}: {escape(project.permit_no or not_issued)}"
                f"<br>{escape(status)}: {escape(label(project.status))} · {escape(label(project.risk_level))}")
        self._tooltips[project.id] = html
        if not self._ended:
            self._view.set_tooltip(project.id, html)
