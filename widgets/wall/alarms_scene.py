"""Scene 2 of the wall: the active alarms, most severe first, one legible row each.

The server orders the list (most severe first, newest first within a severity); the scene keeps that order,
shows as many rows as the screen's height holds and counts the rest. A new critical alarm's row flashes for
a while (`flash`), then stays highlighted so it is still found after the flashing stopped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from domain.monitoring import Severity
from domain.wall import WallAlarm
from widgets.wall import alarm_text
from widgets.wall.scene import WallScene
from widgets.wall.style import (
    GOOD,
    HEADLINE_PX,
    MUTED,
    PANEL,
    PANEL_EDGE,
    SEVERITY_COLOURS,
    SEVERITY_ORDER,
    TEXT,
    TEXT_PX,
    TITLE_PX,
    WallStyle,
)

ROW_PX = 58  # row height at 1080p
ROW_GAP_PX = 8
FLASH_MS = 10_000  # how long a new critical alarm's row blinks
BLINK_MS = 500  # half a blink period
HIGHLIGHT = "#5a1a1f"  # a flashed row after the flashing: a dark red that white text stays legible on
UNACKED_TINT = 0.22  # opacity of the severity colour behind an unacknowledged row


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with "…" instead of widening the layout past the screen."""

    def __init__(self, text: str = "", parent: QWidget | None = None, keep_tail: str = "") -> None:
        super().__init__(text, parent)
        self.keep_tail = keep_tail  # never shortened: a device's code after its name
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        hint.setWidth(0)
        return hint

    def is_elided(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(self.foregroundRole()))
        rect = self.contentsRect()
        metrics = self.fontMetrics()
        text, tail = self.text(), self.keep_tail
        if (tail and text.endswith(tail) and metrics.horizontalAdvance(text) > rect.width()
                and metrics.horizontalAdvance(tail) <= rect.width()):
            head = text[:-len(tail)]
            text = metrics.elidedText(head, Qt.TextElideMode.ElideRight,
                                      max(0, rect.width() - metrics.horizontalAdvance(tail))) + tail
        else:
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(self.alignment()) | int(Qt.AlignmentFlag.AlignVCenter), text)


def text_label(text: str, font: QFont, colour: str, parent: QWidget | None = None, *,
               align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft, keep_tail: str = "") -> ElidedLabel:
    item = ElidedLabel(text, parent, keep_tail)
    item.setFont(font)
    item.setStyleSheet(f"color: {colour}; background: transparent;")
    item.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
    return item


class SeverityBadge(QLabel):
    """The severity's name on a pill of its colour (dark text on the bright colours)."""

    def __init__(self, style: WallStyle, severity: Severity, parent: QWidget | None = None,
                 size: float = TEXT_PX) -> None:
        super().__init__(alarm_text.severity_text(severity), parent)
        self.severity = severity
        self.setFont(style.font(size, bold=True))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        colour = SEVERITY_COLOURS.get(severity, MUTED)
        text = "#ffffff" if severity in (Severity.CRITICAL, Severity.MAJOR) else "#0b1622"
        self.setStyleSheet(f"background: {colour}; color: {text}; border-radius: {style.px(6)}px;"
                           f" padding: 0 {style.px(8)}px;")


def badge_width(style: WallStyle, size: float = TEXT_PX) -> int:
    """Wide enough for the longest severity name in the current language: the badges line up."""
    metrics = QFontMetrics(style.font(size, bold=True))
    return max(metrics.horizontalAdvance(alarm_text.severity_text(s)) for s in SEVERITY_ORDER) + style.px(24)


def column_widths(style: WallStyle) -> dict[str, int]:
    """Fixed column widths (the project takes the rest), from the current language's longest texts where
    they are short words, so the columns line up row under row."""
    metrics = QFontMetrics(style.font(TEXT_PX, bold=True))
    ack = max(metrics.horizontalAdvance(alarm_text.acknowledged_text(a)) for a in (True, False))
    start = dt.datetime(2026, 1, 1)
    age = max(metrics.horizontalAdvance(alarm_text.age_text(start, start + span))
              for span in (dt.timedelta(hours=23, minutes=58), dt.timedelta(days=12)))
    return {"badge": badge_width(style), "city": style.px(110), "device": style.px(240),
            "age": age + style.px(4), "ack": ack + style.px(4)}


class AlarmRow(QFrame):
    """One alarm: badge, project, city, device, value against limit, age, acknowledged or not.

    Paints its own background: tinted with the severity colour while unacknowledged, blinking while flashed,
    dark red once the flashing is over."""

    def __init__(self, style: WallStyle, alarm: WallAlarm, widths: dict[str, int],
                 parent: QWidget | None = None, *, with_place: bool = True) -> None:
        super().__init__(parent)
        self.alarm = alarm
        self.wall_style = style
        self.flash_on = False
        self.highlighted = False
        self.setFixedHeight(style.px(ROW_PX))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)
        strong = not alarm.acknowledged
        body = style.font(TEXT_PX, bold=strong)
        text_colour = TEXT if strong else MUTED
        self.badge = SeverityBadge(style, alarm.severity, self)
        self.badge.setFixedSize(widths["badge"], style.px(ROW_PX - 16))
        self.project_label = text_label(alarm.project_name, style.font(TEXT_PX, bold=True), TEXT, self)
        self.city_label = text_label(alarm.city_name, body, text_colour, self)
        self.device_label = text_label(alarm_text.device_text(alarm), body, text_colour, self,
                                       keep_tail=alarm.device_code)
        self.measurement_label = text_label(alarm_text.measurement_text(alarm), style.font(TEXT_PX, bold=True),
                                            TEXT if strong else MUTED, self,
                                            keep_tail=alarm_text.reading_text(alarm))  # shorten the name
        self.age_label = text_label("", body, text_colour, self, align=Qt.AlignmentFlag.AlignRight)
        ack_colour = SEVERITY_COLOURS.get(alarm.severity, TEXT) if strong else MUTED
        self.ack_label = text_label(alarm_text.acknowledged_text(alarm.acknowledged),
                                    style.font(TEXT_PX, bold=strong), ack_colour, self,
                                    align=Qt.AlignmentFlag.AlignRight)
        if strong and alarm.severity is Severity.CRITICAL:
            self.ack_label.setStyleSheet(f"color: {TEXT}; background: transparent;")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(style.px(18), style.px(8), style.px(16), style.px(8))
        layout.setSpacing(style.px(16))
        layout.addWidget(self.badge)
        # The project and the measurement share what the fixed columns leave, by stretch alone (their
        # texts' widths ignored), so the columns line up row under row.
        for shared in (self.project_label, self.measurement_label):
            shared.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        if with_place:  # the focus card names the project once, above its other alarms
            layout.addWidget(self.project_label, 1)
            self.city_label.setFixedWidth(widths["city"])
            layout.addWidget(self.city_label)
        else:
            self.project_label.hide()
            self.city_label.hide()
        self.device_label.setFixedWidth(widths["device"])
        layout.addWidget(self.device_label)
        layout.addWidget(self.measurement_label, 1)
        for item, key in ((self.age_label, "age"), (self.ack_label, "ack")):
            item.setFixedWidth(widths[key])
            layout.addWidget(item)

    def set_age(self, now: dt.datetime) -> None:
        self.age_label.setText(alarm_text.age_text(self.alarm.raised_at, now))

    def texts(self) -> list[str]:
        """What the row says, left to right (for tests and screen readers)."""
        return [self.badge.text(), self.project_label.text(), self.city_label.text(), self.device_label.text(),
                self.measurement_label.text(), self.age_label.text(), self.ack_label.text()]

    def set_flash(self, on: bool, highlighted: bool) -> None:
        if (on, highlighted) != (self.flash_on, self.highlighted):
            self.flash_on, self.highlighted = on, highlighted
            self.update()

    def background(self) -> QColor:
        severity = QColor(SEVERITY_COLOURS.get(self.alarm.severity, MUTED))
        if self.flash_on:
            return severity
        if self.highlighted:
            return QColor(HIGHLIGHT)
        if not self.alarm.acknowledged:
            base = QColor(PANEL)
            mix = UNACKED_TINT
            return QColor(round(base.red() * (1 - mix) + severity.red() * mix),
                          round(base.green() * (1 - mix) + severity.green() * mix),
                          round(base.blue() * (1 - mix) + severity.blue() * mix))
        return QColor(PANEL)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        radius = self.wall_style.px(8)
        edge = QColor(SEVERITY_COLOURS.get(self.alarm.severity, MUTED)) if not self.alarm.acknowledged \
            else QColor(PANEL_EDGE)
        pen_width = self.wall_style.px(3 if self.highlighted or self.flash_on else 2)
        painter.setPen(QPen(edge, pen_width))
        painter.setBrush(self.background())
        inset = pen_width / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), radius, radius)


class AlarmsScene(WallScene):
    """Passive: `show_alarms` with the server's list, `tick` every second for the ages, `flash` for a new
    critical alarm."""

    scene_key = "alarms"

    def __init__(self, style: WallStyle, parent: QWidget | None = None, *, flash_ms: int = FLASH_MS) -> None:
        super().__init__(style, QCoreApplication.translate("WallAlarms", "Active alarms"), parent)
        self.flash_ms = flash_ms
        self._alarms: list[WallAlarm] = []
        self._total = 0
        self._now: dt.datetime | None = None
        self._rows: list[AlarmRow] = []
        self._flashing: dict[int, QTimer] = {}  # warning id -> the timer that ends its flashing
        self._highlighted: set[int] = set()
        self._blink_on = False
        self._blink = QTimer(self)
        self._blink.setInterval(BLINK_MS)
        self._blink.timeout.connect(self._toggle_blink)

        self.rows_box = QWidget(self.content)
        self.rows_layout = QVBoxLayout(self.rows_box)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setSpacing(style.px(ROW_GAP_PX))
        self.rows_layout.addStretch(1)
        self.more_label = QLabel(self.content)
        self.more_label.setFont(style.font(TITLE_PX, bold=True))
        self.more_label.setStyleSheet(f"color: {TEXT};")
        self.more_label.setFixedHeight(style.px(TITLE_PX + 20))
        self.more_label.hide()
        self.empty_label = QLabel(alarm_text.no_alarms_text(), self.content)
        self.empty_label.setFont(style.font(HEADLINE_PX * 1.5, bold=True))
        self.empty_label.setStyleSheet(f"color: {GOOD};")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()
        self.body.addWidget(self.rows_box, 1)
        self.body.addWidget(self.more_label)
        self.body.addWidget(self.empty_label, 1)
        self._widths = column_widths(style)

    # --- the public setters ---------------------------------------------------------------------------------

    def show_alarms(self, alarms: Sequence[WallAlarm], total_active: int, now: dt.datetime) -> None:
        """The server's list (kept in its order) and how many alarms are active in all."""
        self._alarms = list(alarms)
        present = {alarm.warning_id for alarm in self._alarms}
        self._highlighted = {i for i in self._highlighted if i in present or i in self._flashing}
        self._total = max(total_active, len(self._alarms))
        self._now = now
        self._layout_rows()

    def tick(self, now: dt.datetime) -> None:
        """A second passed: the ages move on, the figures stay until the next `show_alarms`."""
        self._now = now
        for row in self._rows:
            row.set_age(now)

    def flash(self, warning_id: int) -> None:
        """Blink the row of a new critical alarm for `flash_ms`, then keep it highlighted."""
        previous = self._flashing.pop(warning_id, None)
        if previous is not None:
            previous.stop()
            previous.deleteLater()
        end = QTimer(self)
        end.setSingleShot(True)
        end.setInterval(self.flash_ms)
        end.timeout.connect(lambda: self._end_flash(warning_id))
        self._flashing[warning_id] = end
        self._highlighted.add(warning_id)
        end.start()
        self._blink_on = True
        if not self._blink.isActive():
            self._blink.start()
        self._paint_flashes()

    # --- accessors (tests, the controller) ------------------------------------------------------------------

    def is_flashing(self, warning_id: int) -> bool:
        return warning_id in self._flashing

    def is_highlighted(self, warning_id: int) -> bool:
        return warning_id in self._highlighted

    @property
    def rows(self) -> list[AlarmRow]:
        return list(self._rows)

    def shown_warning_ids(self) -> list[int]:
        return [row.alarm.warning_id for row in self._rows]

    def row_capacity(self) -> int:
        """How many rows fit the scene's height, leaving room for the "and N more" line."""
        style = self.wall_style
        outer = self.layout()
        assert outer is not None  # WallScene lays out the title above the content
        margins = outer.contentsMargins()
        spare = (self.height() - margins.top() - margins.bottom() - self.title_label.sizeHint().height()
                 - outer.spacing() - self.more_label.height() - self.body.spacing())
        return max(1, (spare + style.px(ROW_GAP_PX)) // (style.px(ROW_PX) + style.px(ROW_GAP_PX)))

    # --- internals ------------------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._now is not None and len(self._rows) != min(len(self._alarms), self.row_capacity()):
            self._layout_rows()

    def _layout_rows(self) -> None:
        for row in self._rows:
            self.rows_layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self._rows = []
        shown = self._alarms[:self.row_capacity()] if self.height() > 0 else self._alarms
        for index, alarm in enumerate(shown):
            row = AlarmRow(self.wall_style, alarm, self._widths, self.rows_box)
            if self._now is not None:
                row.set_age(self._now)
            self.rows_layout.insertWidget(index, row)
            self._rows.append(row)
        hidden = self._total - len(shown)
        self.more_label.setText(alarm_text.more_alarms_text(hidden) if hidden > 0 else "")
        self.more_label.setVisible(hidden > 0)
        empty = not self._alarms and self._total == 0
        self.empty_label.setVisible(empty)
        self.rows_box.setVisible(not empty)
        self._paint_flashes()

    def _toggle_blink(self) -> None:
        self._blink_on = not self._blink_on
        self._paint_flashes()

    def _end_flash(self, warning_id: int) -> None:
        timer = self._flashing.pop(warning_id, None)
        if timer is not None:
            timer.deleteLater()
        if not self._flashing:
            self._blink.stop()
        self._paint_flashes()

    def _paint_flashes(self) -> None:
        for row in self._rows:
            warning_id = row.alarm.warning_id
            row.set_flash(warning_id in self._flashing and self._blink_on, warning_id in self._highlighted)
