"""What every wall scene shares: a key the playlist names it by, a title, and dimming when its data is stale."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGraphicsOpacityEffect, QLabel, QVBoxLayout, QWidget

from widgets.wall.style import DIMMED_OPACITY, MUTED, TITLE_PX, WallStyle


class WallScene(QWidget):
    """Base of the scenes: subclasses put their panels into `self.body` (a QVBoxLayout).

    `set_stale(True)` dims the scene's content (the window's banner says why and since when); the scene
    keeps showing its last figures, never blanks them, so an operator still sees what was last known.
    """

    scene_key = ""  # "overview", "alarms", "grid", "cases", "focus"

    def __init__(self, style: WallStyle, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wall_style = style
        self.stale = False
        self.title_label = QLabel(title, self)
        self.title_label.setFont(style.font(TITLE_PX, bold=True))
        self.title_label.setStyleSheet(f"color: {MUTED};")
        self.content = QWidget(self)
        self.body = QVBoxLayout(self.content)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(style.px(16))
        self._dimmer = QGraphicsOpacityEffect(self.content)
        self._dimmer.setOpacity(1.0)
        self._dimmer.setEnabled(False)
        self.content.setGraphicsEffect(self._dimmer)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(style.px(24), style.px(12), style.px(24), style.px(24))
        layout.setSpacing(style.px(12))
        layout.addWidget(self.title_label)
        layout.addWidget(self.content, 1)

    @property
    def title(self) -> str:
        return self.title_label.text()

    def set_stale(self, stale: bool) -> None:
        if stale == self.stale:
            return
        self.stale = stale
        self._dimmer.setOpacity(DIMMED_OPACITY if stale else 1.0)
        self._dimmer.setEnabled(stale)


def panel(style: WallStyle, parent: QWidget | None = None) -> QFrame:
    """A rounded, bordered panel of a scene."""
    frame = QFrame(parent)
    frame.setObjectName("wallPanel")
    frame.setStyleSheet(style.panel_sheet())
    return frame
