"""The wall chart's value axis and headroom: the limits are always in view, noise never fills the chart."""

from __future__ import annotations

from domain.monitoring import Severity
from domain.wall_axis import next_limit, nice_step, number_text, wall_value_range

PIT = {Severity.WARNING: 21.0, Severity.MAJOR: 30.0}


def test_noise_level_data_gets_an_axis_up_to_the_limit():
    low, high = wall_value_range(11.95, 12.05, PIT)
    assert low == 0.0 and 30.0 < high <= 30.0 * 1.25  # the alarm line is in view, with a little room above it
    only_limit = wall_value_range(11.95, 12.05, {Severity.MAJOR: 30.0})
    assert only_limit == (low, high)


def test_data_over_the_limit_or_without_limits_is_in_view():
    low, high = wall_value_range(40.0, 220.0, {Severity.MAJOR: 150.0})
    assert low == 0.0 and high >= 220.0
    assert wall_value_range(11.95, 12.05, {}) == (0.0, 14.0)  # no limit known: from zero to the data
    assert wall_value_range(None, None, PIT)[1] > 30.0  # no data yet: the limits alone
    assert wall_value_range(None, None, {}) == (0.0, 1.2)
    assert wall_value_range(0.0, 0.0, {})[1] > 0.0  # never an empty axis


def test_negative_data_is_measured_against_the_mirrored_limit():
    low, high = wall_value_range(-12.05, -11.95, PIT)
    assert low < -30.0 and high == 0.0
    low, high = wall_value_range(-3.0, 5.0, {Severity.MAJOR: 10.0})  # around zero: from the data's minimum up
    assert low <= -3.0 and high > 10.0


def test_the_bounds_are_round_and_stay_still_while_the_values_move_a_little():
    ranges = {wall_value_range(11.9 + k / 100, 12.1 + k / 100, PIT) for k in range(10)}
    assert len(ranges) == 1
    assert nice_step(32.4) == 5.0 and nice_step(108) == 20.0 and nice_step(0.9) == 0.1
    low, high = wall_value_range(35.0, 40.0, {Severity.MAJOR: 90.0, Severity.CRITICAL: 100.0})
    assert (low, high) == (0.0, 120.0)


def test_a_value_is_measured_against_the_next_limit_it_has_not_reached():
    assert next_limit(12.0, PIT) == (Severity.WARNING, 21.0)
    assert next_limit(24.0, PIT) == (Severity.MAJOR, 30.0)
    assert next_limit(31.0, PIT) == (Severity.MAJOR, 30.0)  # over all of them: the one exceeded
    assert next_limit(-24.0, PIT) == (Severity.MAJOR, 30.0)  # limits are magnitudes
    assert next_limit(12.0, {}) is None


def test_numbers_are_written_short():
    assert [number_text(v) for v in (12.0, 12.34, 0.052, 1234.6, 99.96, -0.0001)] == \
        ["12", "12.3", "0.052", "1235", "100", "0"]
    assert number_text(float("nan")) == "—"
