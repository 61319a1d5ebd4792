"""Review statistics: reviews per day (the last 30), retention, and the next 30 days' forecast as
Qt Charts bar charts coloured from the palette (light or dark). The same numbers are in words
beside each chart, for screen readers and for anyone who prefers them."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from companion.domain.i18n import number, percent, translate

from .. import theme
from ..widgets import Card, label


def _chart(title: str, labels: list[str], values: list[int], colour) -> QChartView:
    palette = QWidget().palette()
    bars = QBarSet(title)
    bars.append([float(v) for v in values])
    bars.setColor(colour)
    bars.setBorderColor(colour)
    series = QBarSeries()
    series.append(bars)
    chart = QChart()
    chart.addSeries(series)
    chart.legend().hide()
    chart.setBackgroundBrush(palette.base())
    chart.setTitleBrush(palette.text())
    chart.setTitle(title)
    axis_x = QBarCategoryAxis()
    axis_x.append(labels)
    axis_y = QValueAxis()
    top = max(1, max(values, default=0))
    step = -(-top // 5)  # whole-number ticks: at most six, evenly spaced
    intervals = -(-top // step)
    axis_y.setRange(0, step * intervals)
    axis_y.setTickCount(intervals + 1)
    axis_y.setLabelFormat("%d")
    for axis, side in ((axis_x, Qt.AlignmentFlag.AlignBottom), (axis_y, Qt.AlignmentFlag.AlignLeft)):
        axis.setLabelsBrush(palette.text())
        axis.setGridLineColor(theme.mix(palette.base().color(), palette.text().color(), 0.15))
        chart.addAxis(axis, side)
        series.attachAxis(axis)
    axis_x.setLabelsAngle(-90)
    small = axis_x.labelsFont()
    small.setPointSizeF(max(6.0, small.pointSizeF() * 0.8))
    axis_x.setLabelsFont(small)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(260)
    view.setAccessibleName(title)
    return view


def _short(day) -> str:
    """A compact, unique axis label: day.month (the full dates are in the words above the charts)."""
    return f"{day.day}.{day.month}"


class StatsView(QWidget):
    back = Signal()

    def __init__(self):
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.card = Card(translate("ui", "Review statistics"))
        layout.addWidget(self.card)
        self.numbers = label(selectable=True)
        self.card.body.addWidget(self.numbers)
        self.charts = QVBoxLayout()
        self.card.body.addLayout(self.charts)
        button = QPushButton(translate("ui", "Back to reviewing"))
        button.setAccessibleName(translate("ui", "Back to reviewing"))
        button.clicked.connect(self.back.emit)
        self.card.body.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)

    def show_stats(self, stats) -> None:
        while self.charts.count():
            item = self.charts.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        retention = (percent(stats.retention) if stats.retention is not None
                     else translate("ui", "no reviews yet"))
        last = sum(n for _d, n in stats.per_day)
        self.numbers.setText("\n".join([
            translate("ui", "Reviews in the last 30 days: {0}").format(number(last)),
            translate("ui", "Answered right: {0}").format(retention),
            translate("ui", "Due in the next 7 days: {0}; in the next 30 days: {1}").format(
                number(sum(stats.forecast[:7])), number(sum(stats.forecast)))]))
        days = [_short(d) for d, _n in stats.per_day]
        self.charts.addWidget(_chart(translate("ui", "Reviews per day, last 30 days"), days,
                                     [n for _d, n in stats.per_day], theme.tone_colour("info")))
        first = stats.per_day[-1][0]
        from datetime import timedelta

        ahead = [_short(first + timedelta(days=i)) for i in range(len(stats.forecast))]
        self.charts.addWidget(_chart(translate("ui", "Questions due, next 30 days"), ahead, list(stats.forecast),
                                     theme.tone_colour("good")))
