"""Wall scene 4, case pressure: where rectification notices are overdue and how far they have escalated, the
follow-ups open and overdue, and the submissions waiting for a supervisor."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from domain.wall import WallCity, WallSummary
from widgets.wall.scene import WallScene, panel
from widgets.wall.style import (
    ACCENT,
    BACKGROUND,
    BAD,
    GOOD,
    MIN_TEXT_PX,
    MUTED,
    NUMBER_PX,
    PANEL_EDGE,
    TEXT,
    TEXT_PX,
    TITLE_PX,
    WallStyle,
)

LEVELS = (1, 2, 3)  # escalation: 1 reminded, 2 escalated to the next agency level, 3 enforcement
LEVEL_COLOURS = {1: "#f5c400", 2: "#ff7a29", 3: "#ff3b3b"}
MAX_CITY_ROWS = 14  # at 1080p; the rest are summed up in one line
ROW_PX = 60  # a bar's row at most; less when many cities must fit
LEVEL_NUMBER_PX = 56
CITY_PX = 30



def level_name(level: int) -> str:
    return {1: QCoreApplication.translate("CasesScene", "Level 1 · reminded"), 2: QCoreApplication.translate("CasesScene", "Level 2 · escalated"), 3: QCoreApplication.translate("CasesScene", "Level 3 · enforcement")}[level]


@dataclass(frozen=True)
class CityRow:
    """One bar: a city's overdue notices per escalation level and its overdue follow-ups."""

    city_name: str
    by_level: Mapping[int, int]
    follow_ups_overdue: int

    @property
    def total(self) -> int:
        return sum(self.by_level.get(level, 0) for level in LEVELS)


def city_rows(cities: Sequence[WallCity]) -> list[CityRow]:
    """The cities with anything overdue, the most pressing first: most overdue notices, then the most at
    the highest levels, then the most overdue follow-ups."""
    rows = [CityRow(c.city_name, {level: c.overdue_notices_by_level.get(level, 0) for level in LEVELS},
                    c.follow_ups_overdue) for c in cities]
    rows = [row for row in rows if row.total or row.follow_ups_overdue]
    return sorted(rows, key=lambda r: (-r.total, -r.by_level[3], -r.by_level[2], -r.follow_ups_overdue, r.city_name))


class CityBars(QWidget):
    """Horizontal stacked bars, one per city (painted: a few dozen rectangles and numbers)."""

    def __init__(self, style: WallStyle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wall_style = style
        self.rows: list[CityRow] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(style.px(ROW_PX) * 3)

    def set_rows(self, rows: list[CityRow]) -> None:
        self.rows = rows
        self.update()

    def shown_rows(self) -> tuple[list[CityRow], list[CityRow]]:
        """(rows drawn as bars, rows summed up in the last line)."""
        if len(self.rows) <= MAX_CITY_ROWS:
            return self.rows, []
        return self.rows[:MAX_CITY_ROWS - 1], self.rows[MAX_CITY_ROWS - 1:]

    def paintEvent(self, _event: QPaintEvent) -> None:
        style = self.wall_style
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_font = style.font(CITY_PX)
        bold_font = style.font(CITY_PX, bold=True)
        small_font = style.font(MIN_TEXT_PX, bold=True)
        if not self.rows:
            painter.setFont(style.font(TITLE_PX, bold=True))
            painter.setPen(QColor(GOOD))
            painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                             QCoreApplication.translate("CasesScene", "Nothing overdue: every rectification notice is within its deadline"))
            return
        bars, rest = self.shown_rows()
        metrics = QFontMetrics(text_font)
        bold_metrics = QFontMetrics(bold_font)
        name_width = max(metrics.horizontalAdvance(row.city_name) for row in bars) + style.px(16)
        follow_header = QCoreApplication.translate("CasesScene", "Follow-ups overdue")
        follow_width = max(QFontMetrics(small_font).horizontalAdvance(follow_header),
                           bold_metrics.horizontalAdvance("000")) + style.px(16)
        total_width = bold_metrics.horizontalAdvance("0000") + style.px(12)
        row_height = min(style.px(ROW_PX), max(style.px(34), self.height() // (len(bars) + 2)))
        bar_left = name_width
        bar_right = self.width() - follow_width - total_width
        bar_span = max(bar_right - bar_left, 1)
        biggest = max((row.total for row in bars), default=1) or 1

        # The header line: which column is what.
        painter.setFont(small_font)
        painter.setPen(QColor(MUTED))
        painter.drawText(QRect(self.width() - follow_width, 0, follow_width, row_height),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), follow_header)
        y = row_height
        bar_height = int(row_height * 0.68)
        for row in bars:
            painter.setFont(text_font)
            painter.setPen(QColor(TEXT))
            painter.drawText(QRect(0, y, name_width, row_height),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), row.city_name)
            x = float(bar_left)
            top = y + (row_height - bar_height) / 2
            painter.setFont(small_font)
            for level in LEVELS:
                count = row.by_level[level]
                if not count:
                    continue
                width = bar_span * count / biggest
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(LEVEL_COLOURS[level]))
                painter.drawRect(QRectF(x, top, width, bar_height))
                if QFontMetrics(small_font).horizontalAdvance(str(count)) + style.px(8) <= width:
                    painter.setPen(QColor(BACKGROUND))
                    painter.drawText(QRectF(x, top, width, bar_height), int(Qt.AlignmentFlag.AlignCenter), str(count))
                x += width
            painter.setFont(bold_font)
            painter.setPen(QColor(TEXT))
            painter.drawText(QRect(int(x) + style.px(10), y, total_width, row_height),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), str(row.total))
            painter.setPen(QColor(BAD if row.follow_ups_overdue else MUTED))
            painter.drawText(QRect(self.width() - follow_width, y, follow_width, row_height),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             str(row.follow_ups_overdue))
            painter.setPen(QColor(PANEL_EDGE))
            y += row_height
        if rest:
            painter.setFont(text_font)
            painter.setPen(QColor(MUTED))
            painter.drawText(QRect(0, y, self.width(), row_height),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             QCoreApplication.translate("CasesScene", "{0} more cities: {1} notices").format(len(rest), sum(r.total for r in rest)))


def _figure(style: WallStyle, size: float, colour: str, parent: QWidget) -> QLabel:
    figure = QLabel("—", parent)
    figure.setFont(style.font(size, bold=True))
    figure.setStyleSheet(f"color: {colour}; background: transparent; border: none;")
    return figure


def _caption(style: WallStyle, text: str, parent: QWidget, size: float = TEXT_PX, colour: str = MUTED) -> QLabel:
    caption = QLabel(text, parent)
    caption.setFont(style.font(size))
    caption.setStyleSheet(f"color: {colour}; background: transparent; border: none;")
    caption.setWordWrap(True)  # a long caption (English) wraps instead of widening the scene past the screen
    return caption


class CasesScene(WallScene):
    """Overdue notices by city (bars by escalation level), the province totals, follow-ups, backlog."""

    scene_key = "cases"

    def __init__(self, style: WallStyle, parent: QWidget | None = None) -> None:
        super().__init__(style, QCoreApplication.translate("CasesScene", "Case pressure"), parent)
        row = QHBoxLayout()
        row.setSpacing(style.px(20))
        self.body.addLayout(row, 1)

        cities = panel(style, self.content)
        cities_layout = QVBoxLayout(cities)
        pad = style.px(20)
        cities_layout.setContentsMargins(pad, style.px(14), pad, style.px(14))
        heading = QHBoxLayout()
        heading.addWidget(_caption(style, QCoreApplication.translate("CasesScene", "Overdue rectification notices by city"), cities, TITLE_PX, TEXT), 1)
        for level in LEVELS:  # the legend
            swatch = QLabel(cities)
            swatch.setFixedSize(style.px(22), style.px(22))
            swatch.setStyleSheet(f"background: {LEVEL_COLOURS[level]}; border: none; border-radius: {style.px(4)}px;")
            heading.addSpacing(style.px(14))
            heading.addWidget(swatch)
            heading.addWidget(_caption(style, level_name(level), cities, MIN_TEXT_PX, TEXT))
        cities_layout.addLayout(heading)
        self.bars = CityBars(style, cities)
        cities_layout.addWidget(self.bars, 1)
        row.addWidget(cities, 3)

        side = QVBoxLayout()
        side.setSpacing(style.px(20))
        row.addLayout(side, 2)

        notices = panel(style, self.content)
        grid = QGridLayout(notices)
        grid.setContentsMargins(pad, style.px(14), pad, style.px(14))
        grid.addWidget(_caption(style, QCoreApplication.translate("CasesScene", "Overdue notices"), notices, TITLE_PX, TEXT), 0, 0, 1, 2)
        self.total_number = _figure(style, NUMBER_PX, TEXT, notices)
        grid.addWidget(self.total_number, 0, 2, 1, 1, Qt.AlignmentFlag.AlignRight)
        self.level_numbers: dict[int, QLabel] = {}
        for column, level in enumerate(LEVELS):
            number = _figure(style, LEVEL_NUMBER_PX, LEVEL_COLOURS[level], notices)
            grid.addWidget(number, 1, column)
            grid.addWidget(_caption(style, level_name(level), notices, MIN_TEXT_PX), 2, column)
            self.level_numbers[level] = number
        grid.setRowStretch(3, 1)  # the figures stay under their heading in a taller panel
        side.addWidget(notices, 1)

        follow_ups = panel(style, self.content)
        grid = QGridLayout(follow_ups)
        grid.setContentsMargins(pad, style.px(14), pad, style.px(14))
        grid.addWidget(_caption(style, QCoreApplication.translate("CasesScene", "Follow-ups"), follow_ups, TITLE_PX, TEXT), 0, 0, 1, 2)
        self.follow_ups_open_number = _figure(style, NUMBER_PX, TEXT, follow_ups)
        self.follow_ups_overdue_number = _figure(style, NUMBER_PX, BAD, follow_ups)
        grid.addWidget(self.follow_ups_open_number, 1, 0)
        grid.addWidget(self.follow_ups_overdue_number, 1, 1)
        grid.addWidget(_caption(style, QCoreApplication.translate("CasesScene", "open"), follow_ups), 2, 0)
        grid.addWidget(_caption(style, QCoreApplication.translate("CasesScene", "overdue"), follow_ups), 2, 1)
        grid.setRowStretch(3, 1)
        side.addWidget(follow_ups, 1)

        backlog = panel(style, self.content)
        grid = QGridLayout(backlog)
        grid.setContentsMargins(pad, style.px(14), pad, style.px(14))
        grid.addWidget(_caption(style, QCoreApplication.translate("CasesScene", "Verification backlog"), backlog, TITLE_PX, TEXT), 0, 0)
        self.backlog_number = _figure(style, NUMBER_PX, ACCENT, backlog)
        grid.addWidget(self.backlog_number, 1, 0)
        grid.addWidget(_caption(style, QCoreApplication.translate("CasesScene", "waiting for a supervisor"), backlog), 2, 0)
        grid.setRowStretch(3, 1)
        side.addWidget(backlog, 1)

    def show_summary(self, summary: WallSummary) -> None:
        by_level = summary.overdue_notices_by_level
        self.total_number.setText(str(sum(by_level.get(level, 0) for level in LEVELS)))
        for level, number in self.level_numbers.items():
            number.setText(str(by_level.get(level, 0)))
        self.follow_ups_open_number.setText(str(summary.follow_ups_open))
        self.follow_ups_overdue_number.setText(str(summary.follow_ups_overdue))
        self.follow_ups_overdue_number.setStyleSheet(
            f"color: {BAD if summary.follow_ups_overdue else GOOD}; background: transparent; border: none;")
        self.backlog_number.setText(str(summary.verification_backlog))
        self.bars.set_rows(city_rows(summary.cities))

    def bar_rows(self) -> list[CityRow]:
        """The cities in the bars, in their order (tests; the last line may sum up the rest)."""
        return list(self.bars.rows)
