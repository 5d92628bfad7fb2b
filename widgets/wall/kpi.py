"""The overview's big figures: KPI tiles read from across the room, and the per-city ranking bars."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from domain.monitoring import Severity
from domain.wall import WallCity
from widgets.labels import label
from widgets.wall.style import (
    BAD,
    MIN_TEXT_PX,
    MUTED,
    NUMBER_PX,
    PANEL_EDGE,
    SEVERITY_COLOURS,
    SEVERITY_ORDER,
    TEXT,
    TEXT_PX,
    WARN,
    WallStyle,
)

LABEL_PX = 26  # a tile's caption
SUFFIX_PX = 44  # the "/ 430" after a big number
CHIP_NUMBER_PX = 44  # a severity's count inside the alarm tile
ALWAYS_SHOWN = (Severity.CRITICAL, Severity.MAJOR, Severity.MINOR, Severity.WARNING)  # the rest only when non-zero


def _text_label(text: str, font: QFont, colour: str, parent: QWidget) -> QLabel:
    widget = QLabel(text, parent)
    widget.setFont(font)
    widget.setStyleSheet(f"color: {colour}; background: transparent; border: none;")
    return widget


class KpiTile(QFrame):
    """A caption over one big number (and an optional smaller suffix such as "/ 430")."""

    def __init__(self, style: WallStyle, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wallPanel")
        self.setStyleSheet(style.panel_sheet())
        self.caption = _text_label(caption, style.font(LABEL_PX), MUTED, self)
        self.caption.setWordWrap(True)
        self.value = _text_label("–", style.font(NUMBER_PX, bold=True), TEXT, self)
        self.suffix = _text_label("", style.font(SUFFIX_PX, bold=True), MUTED, self)
        self.suffix.hide()
        figures = QHBoxLayout()
        figures.setSpacing(style.px(8))
        figures.addWidget(self.value, 0, Qt.AlignmentFlag.AlignBottom)
        figures.addWidget(self.suffix, 0, Qt.AlignmentFlag.AlignBottom)
        figures.addStretch(1)
        self.figures = figures
        layout = QVBoxLayout(self)
        layout.setContentsMargins(style.px(20), style.px(12), style.px(20), style.px(8))
        layout.setSpacing(0)
        layout.addWidget(self.caption)
        layout.addLayout(figures)

    def set_value(self, text: str, colour: str = TEXT, suffix: str = "") -> None:
        self.value.setText(text)
        self.value.setStyleSheet(f"color: {colour}; background: transparent; border: none;")
        self.suffix.setText(suffix)
        self.suffix.setVisible(bool(suffix))

    def value_text(self) -> str:
        """What the tile reads, e.g. "412 / 430"."""
        return f"{self.value.text()} {self.suffix.text()}".strip()


class AlarmTile(KpiTile):
    """Active alarms: the total and, beside it, one coloured count per severity."""

    def __init__(self, style: WallStyle, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(style, caption, parent)
        self._chips: dict[Severity, tuple[QWidget, QLabel, QLabel]] = {}
        chips = QHBoxLayout()
        chips.setSpacing(style.px(22))
        for severity in SEVERITY_ORDER:
            chip = QWidget(self)
            chip.setStyleSheet("background: transparent;")
            column = QGridLayout(chip)
            column.setContentsMargins(0, 0, 0, 0)
            column.setVerticalSpacing(0)
            count = _text_label("0", style.font(CHIP_NUMBER_PX, bold=True), SEVERITY_COLOURS[severity], chip)
            name = _text_label(label(severity), style.font(MIN_TEXT_PX), SEVERITY_COLOURS[severity], chip)
            column.addWidget(count, 0, 0, Qt.AlignmentFlag.AlignHCenter)
            column.addWidget(name, 1, 0, Qt.AlignmentFlag.AlignHCenter)
            chips.addWidget(chip, 0, Qt.AlignmentFlag.AlignBottom)
            chip.setVisible(severity in ALWAYS_SHOWN)
            self._chips[severity] = (chip, count, name)
        self.figures.insertSpacing(2, style.px(28))
        self.figures.insertLayout(3, chips)

    def set_severities(self, counts: dict[Severity, int]) -> None:
        for severity, (chip, count, _name) in self._chips.items():
            value = counts.get(severity, 0)
            count.setText(str(value))
            colour = SEVERITY_COLOURS[severity] if value else MUTED
            count.setStyleSheet(f"color: {colour}; background: transparent; border: none;")
            chip.setVisible(severity in ALWAYS_SHOWN or value > 0)

    def severity_texts(self) -> dict[Severity, str]:
        return {severity: count.text() for severity, (_chip, count, _name) in self._chips.items()}


def ranked(cities: Sequence[WallCity]) -> list[WallCity]:
    """Most pressing first: active alarms, then overdue notices, then projects under construction."""
    return sorted(cities, key=lambda c: (-c.active_alarms, -c.overdue_notices, -c.under_construction, c.city_adcode))


class CityRanking(QWidget):
    """Horizontal bars, one row per city (as many as fit, most pressing first): the bar is the city's active
    alarms; overdue notices and projects under construction stand as numbers beside it. Painted, so a
    refresh is one repaint."""

    ROW_PX = 54  # the least row height at 1080p; rows grow to fill the panel up to MAX_ROW_PX
    MAX_ROW_PX = 72
    MAX_ROWS = 10

    def __init__(self, style: WallStyle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wall_style = style
        self._cities: list[WallCity] = []
        self._font = style.font(TEXT_PX)
        self._bold = style.font(TEXT_PX, bold=True)
        self._header_font = style.font(MIN_TEXT_PX)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(self.wall_style.px(640), self.wall_style.px(self.ROW_PX * (self.MAX_ROWS + 1)))

    def show_cities(self, cities: Sequence[WallCity]) -> None:
        self._cities = ranked(cities)
        self.update()

    def ranked_names(self) -> list[str]:
        return [city.city_name for city in self._cities]

    def visible_count(self) -> int:
        """How many rows fit (at most MAX_ROWS) below the header."""
        fits = self.height() // self.wall_style.px(self.ROW_PX) - 1
        return max(0, min(len(self._cities), self.MAX_ROWS, fits))

    def _row_height(self) -> int:
        rows = max(1, self.visible_count()) + 1
        style = self.wall_style
        return max(style.px(self.ROW_PX), min(style.px(self.MAX_ROW_PX), self.height() // rows))

    def painted_fonts(self) -> list[QFont]:
        return [self._font, self._bold, self._header_font]

    def _headers(self) -> tuple[str, str, str]:
        return (self.tr("Active alarms"), self.tr("Overdue"), self.tr("Building"))

    def paintEvent(self, event: QPaintEvent) -> None:
        style = self.wall_style
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        row = self._row_height()
        width = self.width()
        metrics = QFontMetricsF(self._bold)
        header_metrics = QFontMetricsF(self._header_font)
        alarms_header, overdue_header, building_header = self._headers()
        number_col = max(metrics.horizontalAdvance("0000"), header_metrics.horizontalAdvance(overdue_header),
                         header_metrics.horizontalAdvance(building_header)) + style.px(16)
        shown = self._cities[: self.visible_count()]
        name_col = max([QFontMetricsF(self._font).horizontalAdvance(c.city_name) for c in shown] + [style.px(90)])
        name_col = min(name_col, width * 0.3) + style.px(16)
        building_x = width - number_col
        overdue_x = building_x - number_col
        bar_left = name_col
        bar_right = overdue_x - style.px(16)
        count_width = metrics.horizontalAdvance("000") + style.px(12)
        bar_span = max(1.0, bar_right - bar_left - count_width)
        top_alarms = max([c.active_alarms for c in shown] + [1])

        painter.setFont(self._header_font)
        painter.setPen(QColor(MUTED))
        header = QRectF(0, 0, width, row)
        centre = Qt.AlignmentFlag.AlignVCenter
        painter.drawText(header.adjusted(bar_left, 0, 0, 0), centre | Qt.AlignmentFlag.AlignLeft, alarms_header)
        painter.drawText(QRectF(overdue_x, 0, number_col, row), centre | Qt.AlignmentFlag.AlignRight, overdue_header)
        painter.drawText(QRectF(building_x, 0, number_col, row), centre | Qt.AlignmentFlag.AlignRight,
                         building_header)
        for index, city in enumerate(shown):
            top = row * (index + 1)
            line = QRectF(0, top, width, row)
            painter.setPen(QColor(PANEL_EDGE))
            painter.drawLine(line.topLeft(), line.topRight())
            painter.setFont(self._font)
            painter.setPen(QColor(TEXT))
            name = QFontMetricsF(self._font).elidedText(city.city_name, Qt.TextElideMode.ElideRight,
                                                         name_col - style.px(12))
            painter.drawText(QRectF(0, top, name_col, row), centre | Qt.AlignmentFlag.AlignLeft, name)
            bar_height = row * 0.5
            bar_length = bar_span * city.active_alarms / top_alarms
            if city.active_alarms:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(BAD))
                painter.drawRoundedRect(QRectF(bar_left, top + (row - bar_height) / 2, bar_length, bar_height),
                                        style.px(4), style.px(4))
            painter.setFont(self._bold)
            painter.setPen(QColor(BAD if city.active_alarms else MUTED))
            painter.drawText(QRectF(bar_left + bar_length + style.px(10), top, count_width, row),
                             centre | Qt.AlignmentFlag.AlignLeft, str(city.active_alarms))
            painter.setPen(QColor(WARN if city.overdue_notices else MUTED))
            painter.drawText(QRectF(overdue_x, top, number_col, row), centre | Qt.AlignmentFlag.AlignRight,
                             str(city.overdue_notices))
            painter.setPen(QColor(TEXT))
            painter.drawText(QRectF(building_x, top, number_col, row), centre | Qt.AlignmentFlag.AlignRight,
                             str(city.under_construction))
        painter.end()
