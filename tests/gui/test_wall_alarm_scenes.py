"""The wall's alarms scene and focus card, passively: what the rows say and in which order, how many more
there are, the calm empty state, the flashing of a new critical alarm and the 22 px floor of every text."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QLabel, QWidget

from domain.monitoring import Severity
from domain.wall import WallAlarm
from widgets.wall.alarms_scene import AlarmsScene
from widgets.wall.focus_scene import FocusScene
from widgets.wall.style import MIN_TEXT_PX, WallStyle

NOW = dt.datetime(2026, 12, 2, 10, 30, tzinfo=dt.UTC)
PROJECT = "广州市天河区珠江新城某商业综合体项目"


def _alarm(warning_id: int, severity: Severity = Severity.CRITICAL, *, minutes: int = 12,
           acknowledged: bool = False, project_id: int = 1, project: str = PROJECT, metric: str = "cumulative",
           value: float | None = 32.4, threshold: float | None = 30.0, code: str = "JK-12",
           name: str = "深基坑监测点") -> WallAlarm:
    return WallAlarm(warning_id=warning_id, project_id=project_id, project_name=project, city_adcode="440100",
                     city_name="广州", device_id=warning_id, device_code=code, device_name=name,
                     severity=severity, metric=metric, value=value, threshold=threshold, acknowledged=acknowledged,
                     raised_at=NOW - dt.timedelta(minutes=minutes), last_at=NOW)


def _scene(qtbot, **kwargs) -> AlarmsScene:
    scene = AlarmsScene(WallStyle.for_height(1080), **kwargs)
    qtbot.addWidget(scene)
    scene.resize(1920, 1080)
    return scene


def test_rows_keep_the_servers_order_and_say_where_what_and_since_when(qtbot):
    scene = _scene(qtbot)
    alarms = [_alarm(7, code="TC-07", name="塔吊", metric="moment_pct", value=112.5, threshold=100.0, minutes=3),
              _alarm(3, minutes=130, acknowledged=True),
              _alarm(9, Severity.MAJOR, metric="pm10", value=186.0, threshold=150.0, code="YC-221", name="扬尘")]

    scene.show_alarms(alarms, 3, NOW)

    assert scene.shown_warning_ids() == [7, 3, 9]
    first, second, third = (row.texts() for row in scene.rows)
    assert first == ["Critical", PROJECT, "广州", "塔吊 TC-07", "Moment 112.5 % / limit 100 %", "3 min ago", "Unacked"]
    assert second[4:] == ["Cumulative displacement 32.4 mm / limit 30 mm", "2 h 10 min ago", "Acked"]
    assert third[0] == "Major" and third[4] == "PM10 186 µg/m³ / limit 150 µg/m³"
    assert not scene.more_label.isVisible() and not scene.empty_label.isVisible()
    assert scene.rows[0].measurement_label.font().bold() and not scene.rows[1].city_label.font().bold()


def test_the_ages_move_on_with_each_tick_without_new_data(qtbot):
    scene = _scene(qtbot)
    scene.show_alarms([_alarm(1, minutes=0)], 1, NOW)
    assert scene.rows[0].age_label.text() == "just now"

    scene.tick(NOW + dt.timedelta(minutes=59))
    assert scene.rows[0].age_label.text() == "59 min ago"
    scene.tick(NOW + dt.timedelta(days=3, hours=1))
    assert scene.rows[0].age_label.text() == "3 day(s) ago"


def test_only_the_rows_that_fit_are_shown_and_the_rest_are_counted(qtbot):
    scene = _scene(qtbot)
    alarms = [_alarm(i, minutes=i) for i in range(1, 41)]

    scene.show_alarms(alarms, 52, NOW)

    shown = scene.shown_warning_ids()
    assert 8 <= len(shown) < 40 and shown == list(range(1, len(shown) + 1))
    assert scene.more_label.text() == f"and {52 - len(shown)} more active alarm(s)"
    scene.show()
    qtbot.waitUntil(lambda: scene.rows[-1].geometry().bottom() > 0)
    bottom = scene.rows[-1].mapTo(scene, scene.rows[-1].rect().bottomLeft()).y()
    assert bottom < scene.more_label.mapTo(scene, scene.more_label.rect().topLeft()).y() <= scene.height()


def test_no_alarms_shows_a_calm_message_and_no_rows(qtbot):
    scene = _scene(qtbot)
    scene.show_alarms([_alarm(1)], 1, NOW)

    scene.show_alarms([], 0, NOW)
    scene.show()

    assert scene.rows == [] and scene.empty_label.isVisible() and not scene.more_label.isVisible()
    assert scene.empty_label.text() == "No active alarms"


def test_a_new_critical_alarm_flashes_for_its_period_then_stays_highlighted(qtbot):
    scene = _scene(qtbot, flash_ms=300)
    scene.show_alarms([_alarm(5), _alarm(6)], 2, NOW)
    scene.show()

    scene.flash(6)

    assert scene.is_flashing(6) and not scene.is_flashing(5)
    row = scene.rows[1]
    colours = set()
    qtbot.waitUntil(lambda: colours.add(row.background().name()) or len(colours) >= 2)  # it blinks
    qtbot.waitUntil(lambda: not scene.is_flashing(6), timeout=3000)
    assert scene.is_highlighted(6) and row.highlighted and not row.flash_on
    scene.show_alarms([_alarm(6), _alarm(5)], 2, NOW)  # a refresh keeps the highlight on its row
    assert scene.rows[0].highlighted and not scene.rows[1].highlighted


def test_the_focus_card_names_the_alarm_and_lists_the_projects_other_alarms(qtbot):
    focus = FocusScene(WallStyle.for_height(1080))
    qtbot.addWidget(focus)
    focus.resize(1920, 1080)
    alarm = _alarm(7, code="TC-07", name="塔吊", metric="moment_pct", value=112.5, threshold=100.0, minutes=3)
    others = [_alarm(8, Severity.MAJOR, metric="wind_speed", value=14.2, threshold=13.8, code="TC-03", name="塔吊"),
              _alarm(9, Severity.WARNING, acknowledged=True)]

    focus.show_alarm(alarm, [alarm, *others], NOW)

    assert focus.headline_label.text() == "Critical alarm"
    assert focus.project_label.text() == PROJECT
    assert focus.place_label.text() == "广州 · 塔吊 TC-07"
    assert (focus.metric_label.text(), focus.value_label.text(), focus.unit_label.text()) == ("Moment", "112.5", "%")
    assert focus.limit_label.text() == "/ limit 100 %"
    assert focus.ack_label.text() == "Unacked"
    assert focus.began_label.text() == "Began 3 min ago"
    assert [row.alarm.warning_id for row in focus.other_rows] == [8, 9]
    assert focus.other_rows[0].texts()[3:5] == ["塔吊 TC-03", "Wind speed 14.2 m/s / limit 13.8 m/s"]

    focus.tick(NOW + dt.timedelta(minutes=90))
    assert focus.began_label.text() == "Began 1 h 33 min ago"


def test_the_focus_card_without_other_alarms_or_a_reading(qtbot):
    focus = FocusScene(WallStyle.for_height(1080))
    qtbot.addWidget(focus)
    alarm = _alarm(7, value=None, threshold=None, acknowledged=True)

    focus.show_alarm(alarm, [alarm], NOW)
    focus.show()

    assert focus.value_label.text() == "—" and not focus.unit_label.isVisible() and not focus.limit_label.isVisible()
    assert focus.ack_label.text() == "Acked"
    assert focus.other_rows == [] and not focus.others_title.isVisible()


def _texts_too_small(root: QWidget, style: WallStyle) -> list[str]:
    floor = style.px(MIN_TEXT_PX)
    small = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel) and widget.text() and QFontInfo(widget.font()).pixelSize() < floor:
            small.append(f"{widget.text()!r}: {QFontInfo(widget.font()).pixelSize()} px")
    return small


@pytest.mark.parametrize("height", [1080, 2160])
def test_no_text_on_either_scene_is_smaller_than_the_walls_floor(qtbot, height):
    style = WallStyle.for_height(height)
    scene = AlarmsScene(style)
    focus = FocusScene(style)
    for widget in (scene, focus):
        qtbot.addWidget(widget)
        widget.resize(height * 16 // 9, height)
    alarms = [_alarm(i, severity, acknowledged=i % 2 == 0)
              for i, severity in enumerate([Severity.CRITICAL, Severity.MAJOR, Severity.MINOR, Severity.WARNING,
                                            Severity.INDETERMINATE] * 6, start=1)]
    scene.show_alarms(alarms, 40, NOW)
    focus.show_alarm(alarms[0], alarms[:8], NOW)

    labels = [label for widget in (scene, focus) for label in widget.findChildren(QLabel) if label.text()]
    assert len(labels) > 50  # the rows' labels are all looked at
    assert _texts_too_small(scene, style) == [] and _texts_too_small(focus, style) == []
