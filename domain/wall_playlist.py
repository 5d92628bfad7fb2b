"""The wall's playlist (Grafana-playlist style), without Qt: which scene is on screen at a given moment.

Scenes rotate with their dwell times. A new critical alarm interrupts the rotation: the "focus" scene shows
that project for `interrupt_s`, then the rotation resumes with the scene that was interrupted, from the start
of its dwell. Another critical alarm during an interrupt shows the newer one and restarts the interrupt. An
operator may pin a scene: it stays until unpinned (an alarm still interrupts a pinned wall, and returns to
the pinned scene). Times are plain seconds (a monotonic clock), so tests and the soak can compress them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from domain.wall_config import SceneSlot

FOCUS = "focus"


@dataclass(frozen=True)
class Interrupt:
    project_id: int
    warning_id: int
    until: float


class Playlist:
    def __init__(self, slots: Sequence[SceneSlot], *, interrupt_s: float, now: float) -> None:
        if not slots:
            raise ValueError("a playlist needs at least one scene")
        self.slots = tuple(slots)
        self.interrupt_s = interrupt_s
        self.index = 0
        self.started_at = now  # when the current scene's dwell began
        self.pinned: str | None = None
        self.interrupt: Interrupt | None = None

    @property
    def current(self) -> str:
        """The scene on screen: "focus" while interrupted, else the pinned or the rotating scene."""
        if self.interrupt is not None:
            return FOCUS
        return self.pinned or self.slots[self.index].name

    @property
    def rotating_scene(self) -> str:
        return self.slots[self.index].name

    def tick(self, now: float) -> bool:
        """Advance what is due at `now`; True when the scene on screen changed."""
        before = self.current
        if self.interrupt is not None and now >= self.interrupt.until:
            self.interrupt = None
            self.started_at = now
        if self.interrupt is None and self.pinned is None:
            while now - self.started_at >= self.slots[self.index].dwell_s:
                self.started_at += self.slots[self.index].dwell_s
                self.index = (self.index + 1) % len(self.slots)
                if now - self.started_at > 10 * sum(slot.dwell_s for slot in self.slots):
                    self.started_at = now  # asleep for long (a suspended machine): do not replay every turn
        return self.current != before

    def interrupt_for(self, project_id: int, warning_id: int, now: float) -> None:
        self.interrupt = Interrupt(project_id, warning_id, now + self.interrupt_s)

    def end_interrupt(self, now: float) -> None:
        if self.interrupt is not None:
            self.interrupt = None
            self.started_at = now

    def pin(self, name: str | None, now: float) -> None:
        """Pin a scene (None unpins: the rotation goes on from the pinned scene, or from where it was)."""
        if name is not None and name not in {slot.name for slot in self.slots}:
            raise ValueError(f"not in the playlist: {name}")
        if name is None and self.pinned is not None:
            self.index = next(i for i, slot in enumerate(self.slots) if slot.name == self.pinned)
        self.pinned = name
        self.started_at = now

    def next(self, now: float) -> None:
        """The operator skips to the next scene (unpins)."""
        self.pinned = None
        self.interrupt = None
        self.index = (self.index + 1) % len(self.slots)
        self.started_at = now

    def remaining_s(self, now: float) -> float:
        """Seconds until the screen changes by itself (inf when pinned)."""
        if self.interrupt is not None:
            return max(0.0, self.interrupt.until - now)
        if self.pinned is not None:
            return float("inf")
        return max(0.0, self.slots[self.index].dwell_s - (now - self.started_at))
