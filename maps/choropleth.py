"""Class breaks and colours of the district choropleth (pure: values in, legend classes out)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

COLOURS = ("#fff5d6", "#fed976", "#fd8d3c", "#e31a1c", "#800026")  # ColorBrewer YlOrRd, light to dark


@dataclass(frozen=True)
class Classes:
    breaks: tuple[int, ...]  # upper bounds (inclusive) of each class
    colours: tuple[str, ...]


def _nice(value: float) -> int:
    """Round up to 1, 1.5, 2, 3, 5 or 7.5 times a power of ten, so legend bounds read naturally."""
    if value <= 10:
        return max(1, math.ceil(value))
    power = 10 ** math.floor(math.log10(value))
    return next(int(step * power) for step in (1, 1.5, 2, 3, 5, 7.5, 10) if step * power >= value)


def classify(values: Mapping[str, int], classes: int = len(COLOURS)) -> Classes:
    """Quantile classes over the non-zero values, bounds rounded to nice numbers: project counts are
    heavily skewed (a few urban districts hold most projects), so equal steps would paint one colour."""
    positive = sorted(v for v in values.values() if v > 0)
    if not positive:
        return Classes(breaks=(1,), colours=(COLOURS[0],))
    bounds: list[int] = []
    for i in range(1, classes + 1):
        raw = positive[min(len(positive) - 1, math.ceil(i * len(positive) / classes) - 1)]
        bound = raw if i == classes else _nice(raw)
        if not bounds or bound > bounds[-1]:
            bounds.append(bound)
    if bounds[-1] < positive[-1]:
        bounds[-1] = positive[-1]
    return Classes(breaks=tuple(bounds), colours=COLOURS[:len(bounds)])


def colour_of(value: int, classes: Classes) -> str | None:
    """The fill of one district; None for zero (no fill keeps empty districts visibly empty)."""
    if value <= 0:
        return None
    return next((c for bound, c in zip(classes.breaks, classes.colours, strict=True) if value <= bound),
                classes.colours[-1])
