"""The interrupt scene: a new critical alarm takes the whole wall until the playlist resumes.

One card says what an operator must know at a glance from across the room: that it is critical, which
project, where, which device, how far over the limit, since when and whether anyone acknowledged it. The
project's other active alarms follow below, because one bad crane rarely comes alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from domain.wall import WallAlarm
from widgets.labels import metric_label
from widgets.monitoring_text import display_unit
from widgets.wall import alarm_text
from widgets.wall.alarms_scene import ROW_GAP_PX, AlarmRow, column_widths
from widgets.wall.scene import WallScene
from widgets.wall.style import BACKGROUND, MUTED, PANEL, SEVERITY_COLOURS, TEXT, TEXT_PX, TITLE_PX, WallStyle

HEADLINE_FOCUS_PX = 60  # below 64 px: a font without a bold face (WenQuanYi) is still emboldened
PROJECT_PX = 60
PLACE_PX = 40
VALUE_PX = 170  # the reading's digits
LIMIT_PX = 48
OTHER_ROWS = 3  # the project's other alarms shown below the card


def _label(text: str, style: WallStyle, size: float, colour: str, *, bold: bool = False,
           parent: QWidget | None = None) -> QLabel:
    item = QLabel(text, parent)
    item.setFont(style.font(size, bold=bold))
    item.setStyleSheet(f"color: {colour}; background: transparent;")
    return item


class FocusScene(WallScene):
    """Passive: `show_alarm` with the interrupting alarm and its project's active alarms, `tick` each second."""

    scene_key = "focus"

    def __init__(self, style: WallStyle, parent: QWidget | None = None) -> None:
        super().__init__(style, QCoreApplication.translate("WallAlarms", "New alarm"), parent)
        self.title_label.hide()  # the card's headline says it, larger
        self._alarm: WallAlarm | None = None
        self._others: list[AlarmRow] = []
        self._widths = column_widths(style)

        self.card = QFrame(self.content)
        self.card.setObjectName("focusCard")
        card = QVBoxLayout(self.card)
        card.setContentsMargins(style.px(40), style.px(28), style.px(40), style.px(28))
        card.setSpacing(style.px(14))

        top = QHBoxLayout()
        self.headline_label = _label("", style, HEADLINE_FOCUS_PX, TEXT, bold=True, parent=self.card)
        self.ack_label = _label("", style, TITLE_PX, TEXT, bold=True, parent=self.card)
        self.ack_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        top.addWidget(self.headline_label, 1)
        top.addWidget(self.ack_label)
        card.addLayout(top)

        self.project_label = _label("", style, PROJECT_PX, TEXT, bold=True, parent=self.card)
        self.project_label.setWordWrap(True)
        self.place_label = _label("", style, PLACE_PX, TEXT, parent=self.card)
        self.place_label.setWordWrap(True)
        card.addWidget(self.project_label)
        card.addWidget(self.place_label)

        self.metric_label = _label("", style, PLACE_PX, MUTED, bold=True, parent=self.card)
        card.addSpacing(style.px(8))
        card.addWidget(self.metric_label)
        reading = QHBoxLayout()
        reading.setSpacing(style.px(20))
        self.value_label = _label("", style, VALUE_PX, TEXT, bold=True, parent=self.card)
        self.unit_label = _label("", style, LIMIT_PX, TEXT, bold=True, parent=self.card)
        self.limit_label = _label("", style, LIMIT_PX, MUTED, parent=self.card)
        bottom = Qt.AlignmentFlag.AlignBottom
        reading.addWidget(self.value_label, 0, bottom)
        reading.addWidget(self.unit_label, 0, bottom)
        reading.addWidget(self.limit_label, 0, bottom)
        reading.addStretch(1)
        card.addLayout(reading)

        self.began_label = _label("", style, LIMIT_PX, TEXT, bold=True, parent=self.card)
        card.addWidget(self.began_label)

        self.others_title = _label(QCoreApplication.translate("WallAlarms", "Other active alarms on this project"),
                                   style, TITLE_PX, MUTED, bold=True, parent=self.content)
        self.others_box = QWidget(self.content)
        self.others_layout = QVBoxLayout(self.others_box)
        self.others_layout.setContentsMargins(0, 0, 0, 0)
        self.others_layout.setSpacing(style.px(ROW_GAP_PX))
        self.more_label = _label("", style, TEXT_PX, TEXT, bold=True, parent=self.content)
        self.body.addWidget(self.card)
        self.body.addWidget(self.others_title)
        self.body.addWidget(self.others_box)
        self.body.addWidget(self.more_label)
        self.body.addStretch(1)

    def show_alarm(self, alarm: WallAlarm, project_alarms: Sequence[WallAlarm], now: dt.datetime) -> None:
        """The interrupting `alarm`; `project_alarms` are its project's active alarms (it may be among them)."""
        style = self.wall_style
        self._alarm = alarm
        colour = SEVERITY_COLOURS.get(alarm.severity, MUTED)
        self.card.setStyleSheet(f"QFrame#focusCard {{ background: {PANEL}; border: {style.px(6)}px solid {colour};"
                                f" border-radius: {style.px(14)}px; }}")
        self.headline_label.setText(alarm_text.headline_text(alarm.severity))
        self.headline_label.setStyleSheet(f"color: {colour}; background: transparent;")
        self.project_label.setText(alarm.project_name)
        self.place_label.setText(f"{alarm.city_name} · {alarm_text.device_text(alarm)}")
        self.metric_label.setText(metric_label(alarm.metric))
        self.value_label.setText(alarm_text.number_text(alarm.value))
        self.value_label.setStyleSheet(f"color: {colour}; background: transparent;")
        unit = display_unit(alarm.metric) if alarm.value is not None else ""
        self.unit_label.setText(unit)
        self.unit_label.setVisible(bool(unit))
        self.unit_label.setStyleSheet(f"color: {colour}; background: transparent;")
        limit = alarm_text.limit_text(alarm)
        self.limit_label.setText(f"/ {limit}" if limit else "")
        self.limit_label.setVisible(bool(limit))
        self.ack_label.setText(alarm_text.acknowledged_text(alarm.acknowledged))
        if alarm.acknowledged:
            self.ack_label.setStyleSheet(f"color: {MUTED}; background: transparent; border: {style.px(2)}px solid"
                                         f" {MUTED}; border-radius: {style.px(8)}px; padding: {style.px(4)}px"
                                         f" {style.px(16)}px;")
        else:
            self.ack_label.setStyleSheet(f"color: {BACKGROUND}; background: {colour}; border-radius:"
                                         f" {style.px(8)}px; padding: {style.px(4)}px {style.px(16)}px;")
        self._show_others([a for a in project_alarms if a.warning_id != alarm.warning_id], now)
        self.tick(now)

    def tick(self, now: dt.datetime) -> None:
        """A second passed: the ages move on."""
        if self._alarm is not None:
            self.began_label.setText(alarm_text.began_text(self._alarm.raised_at, now))
        for row in self._others:
            row.set_age(now)

    @property
    def alarm(self) -> WallAlarm | None:
        return self._alarm

    @property
    def other_rows(self) -> list[AlarmRow]:
        return list(self._others)

    def _show_others(self, others: list[WallAlarm], now: dt.datetime) -> None:
        for row in self._others:
            self.others_layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self._others = []
        for other in others[:OTHER_ROWS]:
            row = AlarmRow(self.wall_style, other, self._widths, self.others_box, with_place=False)
            row.set_age(now)
            self.others_layout.addWidget(row)
            self._others.append(row)
        hidden = len(others) - len(self._others)
        self.more_label.setText(alarm_text.more_alarms_text(hidden) if hidden > 0 else "")
        self.more_label.setVisible(hidden > 0)
        self.others_title.setVisible(bool(others))
        self.others_box.setVisible(bool(others))
