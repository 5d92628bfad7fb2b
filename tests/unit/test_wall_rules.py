"""The wall's pure rules: its configuration file, its playlist and when its data counts as stale."""

from __future__ import annotations

import datetime as dt

import pytest

from domain.wall import WALL_SCENES
from domain.wall_config import SceneSlot, WallConfig, WallConfigError, parse_wall_config
from domain.wall_freshness import Freshness, StaleReason
from domain.wall_playlist import FOCUS, Playlist

MINIMAL = '[server]\nurl = "http://127.0.0.1:8765"\ncredential = "wk_secret"\n'


# --- configuration ------------------------------------------------------------------------------------


def test_minimal_config_gets_every_scene_and_the_defaults() -> None:
    config = parse_wall_config(MINIMAL)
    assert config.server_url == "http://127.0.0.1:8765"
    assert config.credential == "wk_secret"
    assert [slot.name for slot in config.scenes] == list(WALL_SCENES)
    assert config.refresh_s == 30 and config.sound is True and config.quit_chord == "Ctrl+Alt+Shift+Q"


def test_config_round_trips_through_its_toml() -> None:
    config = WallConfig("https://wall.example.cn", 'wk_"quoted"', (SceneSlot("alarms", 5), SceneSlot("grid", 7.5)),
                        refresh_s=3, interrupt_s=4, quit_chord="Ctrl+Q", sound=False)
    assert parse_wall_config(config.to_toml()) == config


@pytest.mark.parametrize(("text", "code", "where"), [
    ("not [toml", "not_toml", ""),
    ("[display]\nrefresh_s = 5\n", "missing", "server"),
    ('[server]\nurl = "http://h"\n', "missing", "server.credential"),
    ('[server]\nurl = "ftp://h"\ncredential = "k"\n', "bad_url", "server.url"),
    ('[server]\nurl = "http://h"\ncredential = 5\n', "wrong_type", "server.credential"),
    (MINIMAL + '[display]\nrefresh_s = 0\n', "out_of_range", "display.refresh_s"),
    (MINIMAL + '[display]\nrefresh_s = "fast"\n', "wrong_type", "display.refresh_s"),
    (MINIMAL + '[display]\nsound = "yes"\n', "wrong_type", "display.sound"),
    (MINIMAL + '[display]\nrefesh_s = 5\n', "unknown_key", "display.refesh_s"),
    (MINIMAL + '[[scenes]]\nname = "overview"\n[[scenes]]\nname = "weather"\n', "unknown_scene", "scenes[2].name"),
    (MINIMAL + '[[scenes]]\nname = "grid"\ndwell_s = -1\n', "out_of_range", "scenes[1].dwell_s"),
    ("scenes = []\n" + MINIMAL, "wrong_type", "scenes"),
])
def test_bad_config_names_the_problem_and_where(text: str, code: str, where: str) -> None:
    with pytest.raises(WallConfigError) as caught:
        parse_wall_config(text)
    assert (caught.value.code, caught.value.where) == (code, where)


def test_oversized_config_is_refused_before_parsing() -> None:
    with pytest.raises(WallConfigError) as caught:
        parse_wall_config(MINIMAL + "#" * 70_000)
    assert caught.value.code == "too_large"


# --- playlist ------------------------------------------------------------------------------------------


def playlist(now: float = 0.0) -> Playlist:
    return Playlist([SceneSlot("overview", 10), SceneSlot("alarms", 5), SceneSlot("grid", 8)], interrupt_s=20, now=now)


def test_scenes_rotate_with_their_own_dwell_times() -> None:
    shown = playlist()
    seen = []
    for second in range(0, 47):
        shown.tick(float(second))
        seen.append(shown.current)
    assert seen[0:10] == ["overview"] * 10
    assert seen[10:15] == ["alarms"] * 5
    assert seen[15:23] == ["grid"] * 8
    assert seen[23] == "overview" and seen[33] == "alarms"


def test_critical_alarm_interrupts_then_the_interrupted_scene_resumes_from_its_start() -> None:
    shown = playlist()
    shown.tick(12)  # alarms since 10
    shown.interrupt_for(project_id=7, warning_id=70, now=12)
    assert shown.current == FOCUS
    assert not shown.tick(31)
    assert shown.tick(32) and shown.current == "alarms"
    shown.tick(36)
    assert shown.current == "alarms"  # a whole dwell again (5 s from 32)
    shown.tick(37)
    assert shown.current == "grid"


def test_a_newer_alarm_during_an_interrupt_replaces_it_and_restarts_the_hold() -> None:
    shown = playlist()
    shown.interrupt_for(1, 10, now=0)
    shown.interrupt_for(2, 20, now=15)
    assert shown.interrupt is not None and shown.interrupt.project_id == 2
    shown.tick(30)
    assert shown.current == FOCUS
    shown.tick(35)
    assert shown.current == "overview"


def test_pinned_scene_stays_is_interrupted_and_comes_back() -> None:
    shown = playlist()
    shown.pin("grid", now=1)
    shown.tick(500)
    assert shown.current == "grid" and shown.remaining_s(500) == float("inf")
    shown.interrupt_for(3, 30, now=500)
    shown.tick(521)
    assert shown.current == "grid"
    shown.pin(None, now=530)
    shown.tick(538)
    assert shown.current == "overview"  # grid dwelled its 8 s after the unpin
    with pytest.raises(ValueError):
        shown.pin("weather", now=540)


def test_long_sleep_does_not_replay_every_turn() -> None:
    shown = playlist()
    shown.tick(10_000)
    assert shown.remaining_s(10_000) > 0


# --- freshness -----------------------------------------------------------------------------------------

T0 = dt.datetime(2026, 12, 2, 6, 0, tzinfo=dt.UTC)


def at(seconds: float) -> dt.datetime:
    return T0 + dt.timedelta(seconds=seconds)


def test_stale_until_loaded_and_the_stream_is_up_then_live() -> None:
    fresh = Freshness(refresh_s=10)
    fresh.start(at(0))
    assert fresh.staleness(at(1)).reason is StaleReason.NEVER_LOADED  # type: ignore[union-attr]
    fresh.refreshed(at(1), at(2), at(1.5))
    assert fresh.staleness(at(3)).reason is StaleReason.STREAM_DOWN  # type: ignore[union-attr]
    assert fresh.stream_changed(True, at(4)) is True  # a reload must follow
    assert fresh.staleness(at(4)).reason is StaleReason.RELOADING  # type: ignore[union-attr]
    fresh.refreshed(at(4), at(5), at(4.5))
    assert fresh.staleness(at(6)) is None


def live(fresh: Freshness) -> None:
    fresh.start(at(0))
    fresh.stream_changed(True, at(0))
    fresh.refreshed(at(0), at(1), at(0.5))


def test_stream_down_is_stale_since_it_went_down_until_a_reload_after_it_came_back() -> None:
    fresh = Freshness(refresh_s=10)
    live(fresh)
    fresh.stream_changed(False, at(20))
    state = fresh.staleness(at(21))
    assert state is not None and state.reason is StaleReason.STREAM_DOWN and state.since == at(20)
    assert state.data_as_of == at(0.5)
    fresh.stream_changed(True, at(40))
    fresh.refreshed(at(39), at(41), at(39))  # asked before the stream came back: does not count
    state = fresh.staleness(at(42))
    assert state is not None and state.reason is StaleReason.RELOADING and state.since == at(20)
    fresh.refreshed(at(41), at(42), at(41))
    assert fresh.staleness(at(43)) is None


def test_a_refresh_that_finds_the_server_gone_is_stale_at_once_while_the_stream_still_looks_up() -> None:
    fresh = Freshness(refresh_s=30)
    live(fresh)
    fresh.refresh_failed(at(31))
    fresh.refresh_failed(at(61))  # the first failure is when it began
    state = fresh.staleness(at(62))
    assert state is not None and state.reason is StaleReason.SERVER_FAILING and state.since == at(31)
    fresh.refreshed(at(30), at(63), at(30))  # asked before the failure: still stale
    assert fresh.staleness(at(64)) is not None
    fresh.refreshed(at(70), at(71), at(70))
    assert fresh.staleness(at(72)) is None


def test_refreshes_failing_for_two_periods_is_stale_since_the_last_good_one() -> None:
    fresh = Freshness(refresh_s=10)
    live(fresh)
    assert fresh.staleness(at(21)) is None
    state = fresh.staleness(at(21.5))
    assert state is not None and state.reason is StaleReason.REFRESH_FAILING and state.since == at(1)


# --- the grid's order ------------------------------------------------------------------------------------


def test_the_walls_device_order_holds_between_refreshes_and_follows_urgency() -> None:
    from domain.monitoring import Severity
    from domain.monitoring_live import steadily_most_urgent_first
    from domain.monitoring_schemas import DeviceOut, WarningOut

    def device(device_id: int, project_id: int, seen_s: float) -> DeviceOut:  # only what the order reads
        return DeviceOut.model_construct(id=device_id, project_id=project_id,
                                         last_seen_at=T0 + dt.timedelta(seconds=seen_s))

    def warning(device_id: int, severity: Severity) -> WarningOut:
        return WarningOut.model_construct(id=device_id * 10, device_id=device_id, severity=severity)

    devices = [device(1, 5, 10), device(2, 3, 20), device(3, 3, 5), device(4, 9, 1)]
    order = [d.id for d in steadily_most_urgent_first(devices, [warning(4, Severity.MINOR)])]
    assert order == [4, 2, 3, 1]
    later = [device(1, 5, 99), device(2, 3, 1), device(3, 3, 50), device(4, 9, 7)]  # every device spoke again
    assert [d.id for d in steadily_most_urgent_first(later, [warning(4, Severity.MINOR)])] == order
    critical = [warning(4, Severity.MINOR), warning(1, Severity.CRITICAL)]
    assert [d.id for d in steadily_most_urgent_first(later, critical)] == [1, 4, 2, 3]


# --- which alarms interrupt ------------------------------------------------------------------------------


def alarm(warning_id: int, severity: str = "critical", acknowledged: bool = False):
    from domain.monitoring import Severity
    from domain.wall import WallAlarm

    return WallAlarm(warning_id=warning_id, project_id=1, project_name="天河御景花园", city_adcode="440100",
                     city_name="广州市", device_id=warning_id, device_code=f"TC-{warning_id}", device_name="塔吊",
                     severity=Severity(severity), metric="moment_pct", value=102.0, threshold=100.0,
                     acknowledged=acknowledged, raised_at=T0, last_at=T0)


def test_only_raised_or_escalated_critical_alarms_interrupt_not_one_entering_the_list() -> None:
    from domain.wall import new_critical_alarms

    new, seen = new_critical_alarms(None, [alarm(50), alarm(60, "major")])
    assert new == []  # the first refresh learns what is already active
    new, seen = new_critical_alarms(seen, [alarm(50), alarm(60, "major"), alarm(45)])
    assert new == []  # an older alarm that entered the list (others cleared): not new
    new, seen = new_critical_alarms(seen, [alarm(50), alarm(60), alarm(45), alarm(70, acknowledged=True)])
    assert [a.warning_id for a in new] == [60]  # escalated to critical; 70 is acknowledged already
    new, seen = new_critical_alarms(seen, [alarm(71), alarm(50), alarm(60), alarm(45)])
    assert [a.warning_id for a in new] == [71]  # raised since: an id above every id seen
    new, _seen = new_critical_alarms(seen, [alarm(71), alarm(50), alarm(60), alarm(45)])
    assert new == []  # shown once
