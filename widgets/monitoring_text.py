"""How the monitoring views write metrics, units and severities (charts, the device table, the inbox)."""

from __future__ import annotations

from domain.monitoring import METRIC_UNITS, Severity
from widgets.labels import metric_label

DISPLAY_UNITS = {"ug/m3": "µg/m³", "degC": "°C", "deg": "°", "%RH": "%RH", "mm/d": "mm/d"}
SEVERITY_COLOURS = {Severity.CRITICAL: "#c0392b", Severity.MAJOR: "#d35400", Severity.MINOR: "#b9770e",
                    Severity.WARNING: "#b7950b", Severity.INDETERMINATE: "#7f8c8d"}


def display_unit(metric: str) -> str:
    unit = METRIC_UNITS.get(metric, "")
    return DISPLAY_UNITS.get(unit, unit)


def metric_text(metric: str) -> str:
    """Metric name with its unit, e.g. "PM10 (µg/m³)": the chart's axes carry numbers only."""
    unit = display_unit(metric)
    return f"{metric_label(metric)} ({unit})" if unit else metric_label(metric)
