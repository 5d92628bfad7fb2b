"""What every wall scene shares: a key the playlist names it by, a title, and dimming when its data is stale."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from widgets.wall.style import BACKGROUND, DIMMED_OPACITY, MUTED, TITLE_PX, WallStyle


class _Veil(QWidget):
    """A translucent layer over a stale scene's content. Not a QGraphicsOpacityEffect: that one renders the
    content through a pixmap and garbles the charts' graphics views (seen on the grid scene)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        colour = QColor(BACKGROUND)
        colour.setAlphaF(1.0 - DIMMED_OPACITY)
        self._colour = colour
        self.hide()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self._colour)


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
        self._veil = _Veil(self.content)
        self.content.installEventFilter(self)
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
        self._veil.setGeometry(self.content.rect())
        self._veil.setVisible(stale)
        if stale:
            self._veil.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.content and event.type() in (QEvent.Type.Resize, QEvent.Type.ChildAdded):
            self._veil.setGeometry(self.content.rect())
            self._veil.raise_()  # over children added later (a grid's new charts)
        return super().eventFilter(watched, event)


def panel(style: WallStyle, parent: QWidget | None = None) -> QFrame:
    """A rounded, bordered panel of a scene."""
    frame = QFrame(parent)
    frame.setObjectName("wallPanel")
    frame.setStyleSheet(style.panel_sheet())
    return frame
