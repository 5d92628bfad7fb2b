"""The wall's scenes, built together for one window: the four of the playlist and the focus scene that a new
critical alarm interrupts the playlist with."""

from __future__ import annotations

from dataclasses import dataclass

from widgets.wall.alarms_scene import AlarmsScene
from widgets.wall.cases_scene import CasesScene
from widgets.wall.focus_scene import FocusScene
from widgets.wall.grid_scene import GridScene
from widgets.wall.overview_scene import OverviewScene
from widgets.wall.scene import WallScene
from widgets.wall.style import WallStyle
from widgets.wall.wall_window import WallWindow


@dataclass(frozen=True)
class WallScenes:
    overview: OverviewScene
    alarms: AlarmsScene
    grid: GridScene
    cases: CasesScene
    focus: FocusScene

    def all(self) -> tuple[WallScene, ...]:
        return (self.overview, self.alarms, self.grid, self.cases, self.focus)


def build_scenes(style: WallStyle, window: WallWindow) -> WallScenes:
    """Create every scene and add it to `window`'s stack."""
    scenes = WallScenes(overview=OverviewScene(style), alarms=AlarmsScene(style), grid=GridScene(style),
                        cases=CasesScene(style), focus=FocusScene(style))
    for scene in scenes.all():
        window.add_scene(scene)
    return scenes
