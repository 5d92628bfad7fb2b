"""Offline map assets: Leaflet from the installed XStatic package, never a CDN (no internet at run time)."""

from __future__ import annotations

from pathlib import Path

import xstatic.pkg.leaflet as xstatic_leaflet
import xstatic.pkg.leaflet_markercluster as xstatic_markercluster

LEAFLET_DIR = Path(xstatic_leaflet.BASE_DIR)
MARKERCLUSTER_DIR = Path(xstatic_markercluster.BASE_DIR)
OUR_SCRIPT = Path(__file__).with_name("sandtable.js")
QWEBCHANNEL_JS = "qrc:///qtwebchannel/qwebchannel.js"

LEAFLET_JS = [("leaflet", (LEAFLET_DIR / "leaflet.js").as_uri())]
LEAFLET_CSS = [("leaflet_css", (LEAFLET_DIR / "leaflet.css").as_uri())]
MARKERCLUSTER_JS = [("markerclusterjs", (MARKERCLUSTER_DIR / "leaflet.markercluster.js").as_uri())]
MARKERCLUSTER_CSS = [("markerclustercss", (MARKERCLUSTER_DIR / "MarkerCluster.css").as_uri()),
                     ("markerclusterdefaultcss", (MARKERCLUSTER_DIR / "MarkerCluster.Default.css").as_uri())]


def missing_assets() -> list[Path]:
    """Asset files that are not installed (an incomplete environment); empty when all is well."""
    files = [LEAFLET_DIR / "leaflet.js", LEAFLET_DIR / "leaflet.css", OUR_SCRIPT]
    return [path for path in files if not path.is_file()]
