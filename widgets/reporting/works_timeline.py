"""The dangerous-works timeline of one project: planned against actual operation periods, drawn with
QPainter (one row per work, month ticks, a today line).

The geometry is computed once per data change into `TimelineRow`s (plain dates), so what the chart
shows can be checked without looking at pixels; painting only maps those dates to x positions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from domain.dangerous_works import DangerLevel
from domain.reporting import SubmissionStatus
from domain.reporting_schemas import TimelineEntry
from widgets.labels import label

NAME_WIDTH = (160, 360)  # the name column fits the longest name within these bounds
AXIS_HEIGHT = 26
ROW_HEIGHT = 38
LEGEND_HEIGHT = 26
MARGIN = 8
MIN_TICK_SPACING = 46  # px between labelled month ticks; denser months are labelled every n-th

PLANNED_FILL, PLANNED_EDGE = QColor("#d6eaf8"), QColor("#2e86c1")
ACTUAL_FILL, OVERRUN_FILL = QColor("#1e8449"), QColor("#c0392b")
TODAY_COLOUR, GRID_COLOUR = QColor("#c0392b"), QColor("#e1e5ea")
LEVEL_COLOURS = {DangerLevel.DANGEROUS: QColor("#e67e22"), DangerLevel.BEYOND_SCALE: QColor("#c0392b"),
                 DangerLevel.NOT_DANGEROUS: QColor("#7f8c8d")}


@dataclass(frozen=True)
class TimelineRow:
    """One work as the chart draws it. `actual` ends today while the work is still running."""

    entry: TimelineEntry
    planned: tuple[dt.date, dt.date]
    actual: tuple[dt.date, dt.date] | None
    running: bool
    overrun_days: int  # days the actual period runs past the planned end (0 when on plan)


def timeline_rows(entries: Sequence[TimelineEntry], today: dt.date) -> list[TimelineRow]:
    rows = []
    for e in entries:
        actual = None
        running = e.actual_start is not None and e.actual_end is None
        if e.actual_start is not None:
            end = e.actual_end if e.actual_end is not None else max(today, e.actual_start)
            actual = (e.actual_start, end)
        overrun = max(0, (actual[1] - e.planned_end).days) if actual else 0
        rows.append(TimelineRow(e, (e.planned_start, e.planned_end), actual, running, overrun))
    return rows


def _next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


def month_starts(first: dt.date, last: dt.date) -> list[dt.date]:
    """The first day of every month from `first`'s month through `last`."""
    months, day = [], first.replace(day=1)
    while day <= last:
        months.append(day)
        day = _next_month(day)
    return months


def span_of(rows: Sequence[TimelineRow], today: dt.date) -> tuple[dt.date, dt.date]:
    """Whole months covering every period and today, so the today line is always on the chart."""
    days = [today] + [d for r in rows for d in (*r.planned, *(r.actual or ()))]
    return min(days).replace(day=1), _next_month(max(days)) - dt.timedelta(days=1)


class WorksTimeline(QWidget):
    """Gantt-style rows: the planned period as a light bar, the actual one as a solid bar beneath it
    (red where it runs past the plan), unverified works in grey italics."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[TimelineRow] = []
        self.today = dt.date.today()
        self.first, self.last = span_of([], self.today)
        self.name_width = NAME_WIDTH[0]
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAutoFillBackground(True)
        self._update_height()

    def set_entries(self, entries: Sequence[TimelineEntry], today: dt.date | None = None) -> None:
        self.today = today or dt.date.today()
        self.rows = timeline_rows(entries, self.today)
        self.first, self.last = span_of(self.rows, self.today)
        self._fit_name_width()
        self._update_height()
        self.update()

    def _fit_name_width(self) -> None:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(text) for r in self.rows
                      for text in (r.entry.name, self.detail_text(r.entry))), default=0)
        self.name_width = max(NAME_WIDTH[0], min(NAME_WIDTH[1], widest + 24))

    def ticks(self) -> list[dt.date]:
        return month_starts(self.first, self.last)

    # --- geometry ---------------------------------------------------------------------------------

    def _update_height(self) -> None:
        self.setFixedHeight(AXIS_HEIGHT + max(1, len(self.rows)) * ROW_HEIGHT + LEGEND_HEIGHT + 2 * MARGIN)

    def sizeHint(self) -> QSize:
        return QSize(self.name_width + 640, self.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.name_width + 240, self.height())

    def _chart_left(self) -> float:
        return MARGIN + self.name_width

    def _chart_width(self) -> float:
        return max(1.0, self.width() - self._chart_left() - MARGIN)

    def x_of(self, day: dt.date) -> float:
        total = (self.last - self.first).days + 1
        return self._chart_left() + (day - self.first).days / total * self._chart_width()

    def _row_top(self, index: int) -> float:
        return MARGIN + AXIS_HEIGHT + index * ROW_HEIGHT

    def row_at(self, point: QPoint) -> TimelineRow | None:
        index = int((point.y() - MARGIN - AXIS_HEIGHT) // ROW_HEIGHT)
        return self.rows[index] if point.y() >= MARGIN + AXIS_HEIGHT and 0 <= index < len(self.rows) else None

    # --- painting ---------------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        self._paint_axis(painter)
        if not self.rows:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(QRectF(self._chart_left(), self._row_top(0), self._chart_width(), ROW_HEIGHT),
                             Qt.AlignmentFlag.AlignCenter, self.tr("No dangerous sub-projects registered."))
        for index, row in enumerate(self.rows):
            self._paint_row(painter, index, row)
        self._paint_today(painter)
        self._paint_legend(painter)
        painter.end()

    def _paint_axis(self, painter: QPainter) -> None:
        bottom = self._row_top(max(1, len(self.rows)))
        ticks = self.ticks()
        spacing = self._chart_width() / max(1, len(ticks))
        every = max(1, int(MIN_TICK_SPACING // max(spacing, 1)) + (1 if spacing < MIN_TICK_SPACING else 0))
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        painter.setFont(small)
        for i, month in enumerate(ticks):
            x = self.x_of(month)
            painter.setPen(QPen(GRID_COLOUR, 1))
            painter.drawLine(int(x), int(MARGIN + AXIS_HEIGHT - 4), int(x), int(bottom))
            if i % every == 0:
                painter.setPen(self.palette().text().color())
                text = f"{month.year}-{month.month:02d}"
                painter.drawText(QRectF(x + 2, MARGIN, 80, AXIS_HEIGHT - 6),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, text)
        painter.setPen(QPen(GRID_COLOUR.darker(130), 1))
        painter.drawLine(int(self._chart_left()), int(MARGIN + AXIS_HEIGHT), int(self.width() - MARGIN),
                         int(MARGIN + AXIS_HEIGHT))

    def _paint_row(self, painter: QPainter, index: int, row: TimelineRow) -> None:
        top = self._row_top(index)
        entry = row.entry
        if index % 2:
            painter.fillRect(QRectF(MARGIN, top, self.width() - 2 * MARGIN, ROW_HEIGHT),
                             self.palette().alternateBase())
        painter.fillRect(QRectF(MARGIN, top + 6, 5, ROW_HEIGHT - 12), LEVEL_COLOURS[entry.level])
        name_font = QFont(self.font())
        name_font.setItalic(not entry.verified)
        painter.setFont(name_font)
        painter.setPen(self.palette().text().color() if entry.verified else QColor("#7f8c8d"))
        name_rect = QRectF(MARGIN + 10, top + 2, self.name_width - 16, ROW_HEIGHT / 2)
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(entry.name, Qt.TextElideMode.ElideRight,
                                                          int(name_rect.width())))
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        painter.setFont(small)
        painter.setPen(LEVEL_COLOURS[entry.level])
        width = self.name_width - 16
        painter.drawText(QRectF(MARGIN + 10, top + ROW_HEIGHT / 2, width, ROW_HEIGHT / 2 - 2),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(self.detail_text(entry), Qt.TextElideMode.ElideRight,
                                                          width))
        start, end = row.planned
        planned = QRectF(self.x_of(start), top + 5, max(2.0, self.x_of(end + dt.timedelta(days=1)) - self.x_of(start)),
                         ROW_HEIGHT / 2 - 7)
        painter.setPen(QPen(PLANNED_EDGE, 1))
        painter.setBrush(PLANNED_FILL)
        painter.drawRoundedRect(planned, 2, 2)
        if row.actual is None:
            return
        a_start, a_end = row.actual
        bar_top, bar_height = top + ROW_HEIGHT / 2 + 1, ROW_HEIGHT / 2 - 7
        plan_end_x = self.x_of(row.planned[1] + dt.timedelta(days=1))
        left, right = self.x_of(a_start), max(self.x_of(a_start) + 2, self.x_of(a_end + dt.timedelta(days=1)))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ACTUAL_FILL)
        painter.drawRect(QRectF(left, bar_top, min(right, max(left, plan_end_x)) - left, bar_height))
        if row.overrun_days:
            over_left = max(left, plan_end_x)
            painter.setBrush(OVERRUN_FILL)
            painter.drawRect(QRectF(over_left, bar_top, right - over_left, bar_height))
        if row.running:  # an open end: a small arrow head says "still going"
            painter.setBrush(OVERRUN_FILL if row.overrun_days else ACTUAL_FILL)
            mid = bar_top + bar_height / 2
            painter.drawPolygon([QPoint(int(right), int(bar_top - 2)), QPoint(int(right + 7), int(mid)),
                                 QPoint(int(right), int(bar_top + bar_height + 2))])

    def _paint_today(self, painter: QPainter) -> None:
        x = self.x_of(self.today) + self._chart_width() / ((self.last - self.first).days + 1) / 2
        pen = QPen(TODAY_COLOUR, 1.5, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        bottom = self._row_top(max(1, len(self.rows)))
        painter.drawLine(int(x), int(MARGIN + AXIS_HEIGHT - 2), int(x), int(bottom))
        painter.setFont(self.font())
        painter.drawText(QRectF(x - 60, bottom + 1, 120, 14), Qt.AlignmentFlag.AlignHCenter,
                         self.tr("Today {0}").format(self.today.isoformat()))

    def _paint_legend(self, painter: QPainter) -> None:
        y = self._row_top(max(1, len(self.rows))) + 16
        x = float(self._chart_left())
        painter.setFont(self.font())
        for fill, edge, text in ((PLANNED_FILL, PLANNED_EDGE, self.tr("Planned period")),
                                 (ACTUAL_FILL, ACTUAL_FILL, self.tr("Actual period")),
                                 (OVERRUN_FILL, OVERRUN_FILL, self.tr("Beyond the planned end"))):
            painter.setPen(QPen(edge, 1))
            painter.setBrush(fill)
            painter.drawRect(QRectF(x, y + 3, 22, 9))
            painter.setPen(self.palette().text().color())
            width = painter.fontMetrics().horizontalAdvance(text)
            painter.drawText(QRectF(x + 27, y - 1, width + 4, 18), Qt.AlignmentFlag.AlignVCenter, text)
            x += 27 + width + 18

    # --- tooltips ---------------------------------------------------------------------------------

    def detail_text(self, entry: TimelineEntry) -> str:
        """The line under a work's name: its classification and its plan, and "unverified" if so."""
        detail = f"{label(entry.level)} · {self.plan_text(entry.plan_status)}"
        return detail + " · " + self.tr("unverified") if not entry.verified else detail

    def plan_text(self, status: SubmissionStatus | None) -> str:
        if status is None:
            return self.tr("no special plan")
        return {SubmissionStatus.VERIFIED: self.tr("plan approved"),
                SubmissionStatus.RETURNED: self.tr("plan returned"),
                }.get(status, self.tr("plan awaiting approval"))

    def tooltip_text(self, row: TimelineRow) -> str:
        e = row.entry
        lines = [e.name, f"{label(e.work_type)} · {label(e.level)}",
                 self.tr("Planned: {0} – {1}").format(e.planned_start.isoformat(), e.planned_end.isoformat())]
        if row.actual is None:
            lines.append(self.tr("Not started"))
        elif row.running:
            lines.append(self.tr("Actual: since {0} (in operation)").format(row.actual[0].isoformat()))
        else:
            lines.append(self.tr("Actual: {0} – {1}").format(row.actual[0].isoformat(), row.actual[1].isoformat()))
        if row.overrun_days:
            lines.append(self.tr("{0} days beyond the planned end").format(row.overrun_days))
        lines.append(self.plan_text(e.plan_status))
        if not e.verified:
            lines.append(self.tr("Registration not yet verified by a supervisor"))
        return "\n".join(lines)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            row = self.row_at(event.pos())
            if row is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_text(row), self)
            return True
        return super().event(event)
