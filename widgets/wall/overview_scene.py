"""Wall scene 1, the province/region overview: the scope's big numbers, the cities ranked by pressure and
the map of child regions with every alarmed project ringed and named. Laid out for 1920x1080; the
`WallStyle` scales it for larger walls."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from domain.monitoring import Severity
from domain.schemas import MapFeatures
from domain.wall import WallSummary
from widgets.wall.kpi import AlarmTile, CityRanking, KpiTile
from widgets.wall.region_map import RegionMap
from widgets.wall.scene import WallScene, panel
from widgets.wall.style import BAD, GOOD, MUTED, TEXT, TEXT_PX, WARN, WallStyle


class OverviewScene(WallScene):
    """Passive: `show_summary` (figures, ranking, alarm rings) and `show_map` (boundaries and project dots)."""

    scene_key = "overview"

    def __init__(self, style: WallStyle, parent: QWidget | None = None) -> None:
        super().__init__(style, QCoreApplication.translate("OverviewScene", "Overview"), parent)
        self.alarm_tile = AlarmTile(style, QCoreApplication.translate("OverviewScene", "Active alarms"))
        self.tiles: dict[str, KpiTile] = {
            "under_construction": KpiTile(style, QCoreApplication.translate("OverviewScene", "Under construction")),
            "stop_work": KpiTile(style, QCoreApplication.translate("OverviewScene", "Stop-work")),
            "overdue_notices": KpiTile(style, QCoreApplication.translate("OverviewScene", "Overdue notices")),
            "active_alarms": self.alarm_tile,
            "devices": KpiTile(style, QCoreApplication.translate("OverviewScene", "Devices online")),
            "follow_ups_overdue": KpiTile(style, QCoreApplication.translate("OverviewScene", "Follow-ups overdue")),
        }
        stretches = {"active_alarms": 5, "devices": 3}
        strip = QHBoxLayout()
        strip.setSpacing(style.px(16))
        for key, tile in self.tiles.items():
            strip.addWidget(tile, stretches.get(key, 2))
        self.body.addLayout(strip)

        self.region_map = RegionMap(style)
        self.ranking = CityRanking(style)
        lower = QHBoxLayout()
        lower.setSpacing(style.px(16))
        lower.addWidget(self._titled_panel(QCoreApplication.translate("OverviewScene", "Projects and active alarms"), self.region_map), 11)
        lower.addWidget(self._titled_panel(QCoreApplication.translate("OverviewScene", "Cities by pressure"), self.ranking), 7)
        self.body.addLayout(lower, 1)

    def _titled_panel(self, title: str, content: QWidget) -> QWidget:
        style = self.wall_style
        frame = panel(style)
        heading = QLabel(title, frame)
        heading.setFont(style.font(TEXT_PX, bold=True))
        heading.setStyleSheet(f"color: {MUTED}; background: transparent; border: none;")
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(style.px(18), style.px(10), style.px(18), style.px(14))
        layout.setSpacing(style.px(6))
        layout.addWidget(heading)
        layout.addWidget(content, 1)
        return frame

    def show_summary(self, summary: WallSummary) -> None:
        tiles = self.tiles
        tiles["under_construction"].set_value(str(summary.projects_under_construction))
        tiles["stop_work"].set_value(str(summary.projects_stop_work), WARN if summary.projects_stop_work else TEXT)
        tiles["overdue_notices"].set_value(str(summary.overdue_notices), WARN if summary.overdue_notices else TEXT)
        tiles["active_alarms"].set_value(str(summary.active_alarms), BAD if summary.active_alarms else GOOD)
        self.alarm_tile.set_severities(summary.active_alarms_by_severity)
        online, expected = summary.devices_online, summary.devices_expected
        tiles["devices"].set_value(str(online), GOOD if online >= expected else WARN, f"/ {expected}")
        tiles["follow_ups_overdue"].set_value(str(summary.follow_ups_overdue),
                                              WARN if summary.follow_ups_overdue else TEXT)
        self.ranking.show_cities(summary.cities)
        self.region_map.show_alarms(summary.newest_alarms)

    def show_map(self, boundaries: dict[str, Any], projects: MapFeatures) -> None:
        """`boundaries`: the GeoJSON FeatureCollection of the scope's child regions (properties adcode, name)."""
        self.region_map.show_boundaries(boundaries)
        self.region_map.show_projects(projects)

    def kpi_texts(self) -> dict[str, str]:
        """What each tile reads, by key ("devices": "412 / 430")."""
        return {key: tile.value_text() for key, tile in self.tiles.items()}

    def severity_texts(self) -> dict[Severity, str]:
        return self.alarm_tile.severity_texts()

