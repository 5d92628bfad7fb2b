"""One look for every wall scene: a dark control-room palette and sizes that scale with the screen.

Sizes are given in pixels at 1080p and scaled with the window's height (`WallStyle.for_height`), so a
3840x2160 wall gets twice the pixels and the same layout. Nothing on the wall is smaller than
`MIN_TEXT_PX` at 1080p: it must be legible from 5 m.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QWidget

from domain.monitoring import Severity

REFERENCE_HEIGHT = 1080
MIN_TEXT_PX = 22  # at 1080p: the smallest text on any scene
TEXT_PX = 26  # body text
TITLE_PX = 34  # panel titles
NUMBER_PX = 72  # the big numbers of the overview
HEADLINE_PX = 52  # banners and full-screen notices

BACKGROUND = "#0b1622"
PANEL = "#132335"
PANEL_EDGE = "#23405f"
TEXT = "#e9f1fa"
MUTED = "#9fb3c8"  # secondary text: still AA-contrast on PANEL
MUTED_DARK = "#6f86a0"  # tertiary text (the scenes not on screen in the header's playlist)
ACCENT = "#3fa7ff"
GOOD = "#2ecc71"
WARN = "#f5a623"
BAD = "#ff4d4f"
STALE_BANNER = "#b3261e"
DIMMED_OPACITY = 0.35  # a stale panel is drawn this opaque

SEVERITY_COLOURS: dict[Severity, str] = {
    Severity.CRITICAL: "#ff3b3b",
    Severity.MAJOR: "#ff7a29",
    Severity.MINOR: "#f5c400",
    Severity.WARNING: "#3fa7ff",
    Severity.INDETERMINATE: "#9fb3c8",
}
SEVERITY_ORDER = (Severity.CRITICAL, Severity.MAJOR, Severity.MINOR, Severity.WARNING, Severity.INDETERMINATE)


@dataclass(frozen=True)
class WallStyle:
    """Pixel sizes for one screen height; `px(n)` scales a 1080p size."""

    scale: float = 1.0

    @classmethod
    def for_height(cls, height: int) -> WallStyle:
        return cls(scale=max(0.5, height / REFERENCE_HEIGHT))

    def px(self, size_at_1080p: float) -> int:
        return max(1, round(size_at_1080p * self.scale))

    def font(self, size_at_1080p: float = TEXT_PX, *, bold: bool = False, base: QFont | None = None) -> QFont:
        """The application's font family (the CJK one in Chinese) at a scaled pixel size."""
        font = QFont(base) if base is not None else QFont()
        font.setPixelSize(self.px(max(MIN_TEXT_PX, size_at_1080p)))
        font.setBold(bold)
        return font

    def panel_sheet(self) -> str:
        """Style sheet of a scene panel (a QFrame with objectName "wallPanel")."""
        return (f"QFrame#wallPanel {{ background: {PANEL}; border: {self.px(2)}px solid {PANEL_EDGE};"
                f" border-radius: {self.px(10)}px; }}")


def colour(name: str) -> QColor:
    return QColor(name)


def apply_palette(widget: QWidget) -> None:
    """Dark background and light text for a wall widget and its children."""
    widget.setStyleSheet(f"background: {BACKGROUND}; color: {TEXT};")
