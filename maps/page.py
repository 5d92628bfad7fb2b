"""Builds the sand-table HTML page with folium: Leaflet from local files, our script, no data baked in.

Points and boundaries arrive later over the bridge, so the page is small (a few KB), can be written
once and loaded with ``QUrl.fromLocalFile`` (``setHtml`` silently fails above ~2 MB).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import folium
from branca.element import Element, Figure, JavascriptLink, MacroElement
from jinja2 import Template

from domain.enums import CoordSystem
from maps.assets import LEAFLET_CSS, LEAFLET_JS, OUR_SCRIPT, QWEBCHANNEL_JS

GUANGDONG_CENTER = (23.2, 113.4)  # lat, lon
GUANGDONG_ZOOM = 7
PAGE_NAME = "sandtable-map.html"
MIN_ZOOM, MAX_ZOOM = 5, 18


@dataclass(frozen=True)
class TileLayer:
    """An agency's raster tile server (intranet); its datum decides how vector layers are shifted."""

    url: str
    attribution: str
    system: CoordSystem = CoordSystem.WGS84

    @property
    def display_system(self) -> CoordSystem:
        return CoordSystem.GCJ02 if self.system is CoordSystem.GCJ02 else CoordSystem.WGS84


class _Init(MacroElement):
    """Calls ``sandtable.init(map, config)`` right after folium created the map object."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        sandtable.init({{ this._parent.get_name() }}, {{ this.config }});
        {% endmacro %}
    """)

    def __init__(self, config: dict[str, Any]) -> None:
        super().__init__()
        self._name = "SandtableInit"
        self.config = json.dumps(config, ensure_ascii=False)


STYLE = """
<style>
  html, body { background: #eef2f5; }
  html body .leaflet-container { background: #eef2f5; font-family: "Noto Sans CJK SC", "WenQuanYi Micro Hei",
                       "Microsoft YaHei", sans-serif; }
  .sandtable-label { background: none; border: none; white-space: nowrap; pointer-events: none;
                     font-size: 12px; color: #2c3e50; text-align: center;
                     text-shadow: 0 0 3px #fff, 0 0 3px #fff, 0 0 3px #fff; }
  .sandtable-label.city { font-size: 13px; font-weight: bold; }
  .sandtable-legend { background: rgba(255,255,255,0.92); padding: 6px 9px; border-radius: 4px;
                      box-shadow: 0 1px 4px rgba(0,0,0,0.3); font-size: 12px; line-height: 18px; color: #222; }
  .sandtable-legend h4 { margin: 0 0 4px; font-size: 12px; }
  .sandtable-legend i { display: inline-block; width: 12px; height: 12px; margin-right: 6px;
                        vertical-align: -2px; border: 1px solid rgba(0,0,0,0.35); }
  .sandtable-legend i.dot { border-radius: 50%; }
  .sandtable-points { pointer-events: none; }
</style>
"""


def build_page(config: dict[str, Any], tile: TileLayer | None = None) -> str:
    """The page's HTML. ``config`` carries translated legend texts and colours for our script."""
    lat, lon = GUANGDONG_CENTER
    # Without a folium tile layer, zoom limits must be map options (folium passes min/max_zoom to tiles only).
    fmap = folium.Map(location=[lat, lon], zoom_start=GUANGDONG_ZOOM, tiles=None, prefer_canvas=True,
                      control_scale=True, minZoom=MIN_ZOOM, maxZoom=MAX_ZOOM, zoomSnap=0.5)
    fmap.default_js = list(LEAFLET_JS)  # instance lists: folium's class lists point at CDNs
    fmap.default_css = list(LEAFLET_CSS)
    if tile is not None:
        folium.TileLayer(tiles=tile.url, attr=tile.attribution, name="tiles", max_zoom=MAX_ZOOM).add_to(fmap)
    root = fmap.get_root()
    assert isinstance(root, Figure)  # a folium Map's root is always its Figure
    root.header.add_child(JavascriptLink(QWEBCHANNEL_JS), name="qwebchannel")
    root.header.add_child(JavascriptLink(OUR_SCRIPT.as_uri()), name="sandtable")
    root.header.add_child(Element(STYLE), name="sandtable_style")
    fmap.add_child(_Init(config))
    return root.render()


def write_page(html: str, directory: Path) -> Path:
    """Write the page where the view can load it by file URL (call from a worker: it is disk I/O)."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / PAGE_NAME
    temporary = path.with_suffix(".tmp")
    temporary.write_text(html, encoding="utf-8")
    temporary.replace(path)
    return path
