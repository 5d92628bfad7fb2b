"""The arithmetic of a wall chart's value axis and headroom (issue 14), without Qt.

A workstation chart fits its value axis to the data, which on a wall zooms onto noise (11.95–12.05 mm) and
pushes the limit lines out of view. A wall chart answers "how far from the limit?" instead: its axis always
spans from zero (or the data's minimum) to the highest limit, and its headline is the latest value against
the next limit ("12 mm of 30 mm").
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from domain.monitoring import Severity

Range = tuple[float, float]

AXIS_MARGIN = 0.08  # room above the highest limit (or value), as a share of the span
NICE_STEPS = (1.0, 2.0, 2.5, 5.0, 10.0)
AXIS_GRANULES = 10  # the bounds are rounded out to a round step of about a tenth of the span


def nice_step(span: float, parts: int = AXIS_GRANULES) -> float:
    """A round step (1, 2, 2.5 or 5 times a power of ten) cutting `span` into about `parts` parts."""
    raw = max(span, 1e-9) / max(parts, 1)
    power = 10.0 ** math.floor(math.log10(raw))
    return next(step * power for step in NICE_STEPS if step * power >= raw * 0.999)


def wall_value_range(data_min: float | None, data_max: float | None, levels: Mapping[Severity, float] | None = None,
                     *, margin: float = AXIS_MARGIN) -> Range:
    """The value axis: from 0 (or the data's minimum, when below 0) to the highest limit or the data's
    maximum, whichever is higher, plus `margin`; the bounds are rounded out to a round tick step, so the
    axis stays still while the values move a little (and is at most a tenth longer than needed).

    Limits are magnitudes (a reading crosses a level when |value| >= level). Data that runs negative (a
    settlement read as -12 mm) gets the mirrored axis: from minus the highest limit up to 0.
    """
    top = max((abs(level) for level in (levels or {}).values()), default=None)
    if data_min is None or data_max is None:
        low, high = 0.0, top if top is not None else 1.0
    elif data_min < 0 and -data_min > max(data_max, 0.0):  # mostly negative: mirror the levels below zero
        low = min(data_min, -top) if top is not None else data_min
        high = max(data_max, 0.0)
    else:
        low = min(data_min, 0.0)
        high = max(data_max, top) if top is not None else data_max
    span = high - low
    if span <= 0:
        span = max(abs(high), 1.0)
        high = low + span
    low -= span * margin if low < 0 else 0.0
    high += span * margin if high > 0 or low >= 0 else 0.0
    step = nice_step(high - low)
    return round(math.floor(low / step + 1e-9) * step, 9), round(math.ceil(high / step - 1e-9) * step, 9)


def next_limit(value: float, levels: Mapping[Severity, float]) -> tuple[Severity, float] | None:
    """The limit `value` is measured against: the lowest level it has not reached yet, or, once over all
    of them, the highest one (the one exceeded). None when the device has no known level."""
    if not levels:
        return None
    ordered = sorted(levels.items(), key=lambda item: item[1])
    return next(((severity, level) for severity, level in ordered if abs(value) < level), ordered[-1])


def number_text(value: float) -> str:
    """A reading as the wall writes it: three significant figures at most, no trailing zeros
    (12.0 -> "12", 12.34 -> "12.3", 0.052 -> "0.052", 1234.6 -> "1235")."""
    if not math.isfinite(value):
        return "—"
    magnitude = abs(value)
    decimals = 0 if magnitude >= 100 else 1 if magnitude >= 10 else 2 if magnitude >= 0.1 else 3
    text = f"{value:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text
