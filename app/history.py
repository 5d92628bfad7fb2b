"""Back/forward through visited projects, like a browser: visiting after going back drops the forward part."""

from __future__ import annotations

MAX_ENTRIES = 100


class ProjectHistory:
    def __init__(self) -> None:
        self._entries: list[int] = []
        self._position = -1

    @property
    def current(self) -> int | None:
        return self._entries[self._position] if self._position >= 0 else None

    def visit(self, project_id: int) -> None:
        if self.current == project_id:
            return
        del self._entries[self._position + 1:]
        self._entries.append(project_id)
        if len(self._entries) > MAX_ENTRIES:
            del self._entries[0]
        self._position = len(self._entries) - 1

    def back(self) -> int | None:
        if self._position <= 0:
            return None
        self._position -= 1
        return self.current

    def forward(self) -> int | None:
        if self._position >= len(self._entries) - 1:
            return None
        self._position += 1
        return self.current
