"""The wall's kiosk window: frameless and full screen, no menus, no editing, no cursor, and no way to quit
but a configured key chord. A header with the scope, the scene on screen, the clock and "data as of"; a
full-width banner when the data is stale; the scenes (or a full-screen notice) below.

Keys for an operator with a keyboard: 1..9 pin the playlist's n-th scene, 0 unpins, → or PgDn skips to
the next scene. Passive: the controller (`app/wall/controller.py`) decides what those mean.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from widgets.wall.notice_page import NoticePage
from widgets.wall.scene import WallScene
from widgets.wall.style import (
    BACKGROUND,
    BAD,
    GOOD,
    HEADLINE_PX,
    MUTED,
    MUTED_DARK,
    PANEL_EDGE,
    STALE_BANNER,
    TEXT,
    TEXT_PX,
    TITLE_PX,
    WARN,
    WallStyle,
)


class WallWindow(QWidget):
    sig_quit_requested = Signal()
    sig_scene_pinned = Signal(object)  # the n-th playlist scene's key, or None: unpin
    sig_next_scene_requested = Signal()

    def __init__(self, style: WallStyle, *, quit_chord: str, playlist: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wall_style = style
        self.playlist = tuple(playlist)
        self._closing_allowed = False
        self.scenes: dict[str, WallScene] = {}
        self.setWindowTitle("Sandtable")
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.setObjectName("wallWindow")
        self.setStyleSheet(f"QWidget#wallWindow {{ background: {BACKGROUND}; }} QLabel {{ color: {TEXT}; }}")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), BACKGROUND)
        self.setPalette(palette)

        self.scope_label = QLabel(self)
        self.scope_label.setFont(style.font(TITLE_PX, bold=True))
        self.scene_label = QLabel(self)  # the playlist, the scene on screen lit
        self.scene_label.setFont(style.font(TEXT_PX))
        self.scene_label.setTextFormat(Qt.TextFormat.RichText)
        self.link_label = QLabel(self)
        self.link_label.setFont(style.font(TEXT_PX))
        self.as_of_label = QLabel(self)
        self.as_of_label.setFont(style.font(TEXT_PX))
        self.as_of_label.setStyleSheet(f"color: {MUTED};")
        self.clock_label = QLabel("--:--:--", self)
        self.clock_label.setFont(style.font(HEADLINE_PX, bold=True))
        header = QHBoxLayout()
        header.setContentsMargins(style.px(24), style.px(10), style.px(24), style.px(6))
        header.setSpacing(style.px(28))
        header.addWidget(self.scope_label)
        header.addWidget(self.scene_label, 1)
        header.addWidget(self.link_label)
        header.addWidget(self.as_of_label)
        header.addWidget(self.clock_label)
        rule = QWidget(self)
        rule.setFixedHeight(max(1, style.px(2)))
        rule.setStyleSheet(f"background: {PANEL_EDGE};")

        self.banner = QLabel(self)
        self.banner.setFont(style.font(TITLE_PX, bold=True))
        self.banner.setWordWrap(True)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setStyleSheet(f"background: {STALE_BANNER}; color: white; padding: {style.px(10)}px;")
        self.banner.hide()

        self.stack = QStackedWidget(self)
        self.notice = NoticePage(style, self.stack)
        self.stack.addWidget(self.notice)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(rule)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)

        self.quit_shortcut = QShortcut(QKeySequence(quit_chord), self)
        self.quit_shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit_shortcut.activated.connect(self.sig_quit_requested)

    # --- scenes ---------------------------------------------------------------------------------------

    def add_scene(self, scene: WallScene) -> None:
        self.scenes[scene.scene_key] = scene
        self.stack.addWidget(scene)

    def show_scene(self, key: str, *, pinned: bool = False) -> None:
        scene = self.scenes[key]
        self.stack.setCurrentWidget(scene)
        self.scene_label.setText(self._playlist_text(key, pinned))

    def _playlist_text(self, current: str, pinned: bool) -> str:
        """The playlist with the scene on screen lit (what comes next is visible from afar); a pinned scene
        is marked, and an interrupting alarm is named instead."""
        if current not in self.playlist:
            return f"<span style='color:{BAD}; font-weight:bold'>{html.escape(self.scenes[current].title)}</span>"
        parts = []
        for key in self.playlist:
            title = html.escape(self.scenes[key].title if key in self.scenes else key)
            if key == current:
                pinned_text = self.tr("pinned")
                mark = f" ({html.escape(pinned_text)})" if pinned else ""
                parts.append(f"<span style='color:{TEXT}; font-weight:bold'>{title}{mark}</span>")
            else:
                parts.append(f"<span style='color:{MUTED_DARK}'>{title}</span>")
        return " · ".join(parts)

    @property
    def current_scene(self) -> str | None:
        widget = self.stack.currentWidget()
        return widget.scene_key if isinstance(widget, WallScene) else None

    # --- header, banner, notice ---------------------------------------------------------------------

    def show_scope(self, text: str) -> None:
        self.scope_label.setText(text)

    def show_clock(self, text: str) -> None:
        self.clock_label.setText(text)

    def show_data_as_of(self, text: str) -> None:
        self.as_of_label.setText(text)

    def show_link(self, text: str, state: str) -> None:
        """`state`: "up", "down" or "retrying" (its colour)."""
        colour = {"up": GOOD, "down": BAD}.get(state, WARN)
        self.link_label.setText(text)
        sheet = f"color: {colour};"
        if self.link_label.styleSheet() != sheet:  # called every second: restyle only on a change
            self.link_label.setStyleSheet(sheet)

    def show_banner(self, text: str | None) -> None:
        """A full-width stale-data banner; None hides it. Scenes are dimmed by the controller."""
        if text:
            if text != self.banner.text():
                self.banner.setText(text)
            self.banner.show()
        else:
            self.banner.hide()

    @property
    def banner_text(self) -> str | None:
        return None if self.banner.isHidden() else self.banner.text()

    def show_notice(self, title: str, detail: str, footer: str = "", *, severe: bool = True) -> None:
        self.notice.show_notice(title, detail, footer, severe=severe)
        self.stack.setCurrentWidget(self.notice)
        self.scene_label.setText("")

    def show_notice_footer(self, footer: str) -> None:
        self.notice.show_footer(footer)

    @property
    def notice_shown(self) -> bool:
        return self.stack.currentWidget() is self.notice

    # --- input ----------------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and key - Qt.Key.Key_1 < len(self.playlist):
            self.sig_scene_pinned.emit(self.playlist[key - Qt.Key.Key_1])
        elif key == Qt.Key.Key_0:
            self.sig_scene_pinned.emit(None)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown):
            self.sig_next_scene_requested.emit()
        else:
            event.ignore()  # Escape, Alt+F4 and the rest do nothing on a wall

    def allow_close(self) -> None:
        """The quit chord was used: the next close really closes."""
        self._closing_allowed = True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing_allowed:
            event.accept()
        else:
            event.ignore()  # a window manager's close (Alt+F4) must not blank the control room
