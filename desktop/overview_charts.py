"""The overview's two charts (QtCharts): money granted per day, and per kind."""

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter

BAR_COLOUR = QColor("#2f6fde")
MAX_DAY_LABELS = 12  # more would overlap: only every n-th day is named


def chart_view(name: str) -> QChartView:
    view = QChartView(objectName=name)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    return view


def show_bars(
    view: QChartView,
    title: str,
    labels: Sequence[str],
    values: Sequence[Decimal],
    *,
    horizontal: bool = False,
) -> None:
    """Replace the view's chart with one bar per label."""
    bars = QBarSet(title)
    bars.setColor(BAR_COLOUR)
    bars.append([float(value) for value in values])  # for drawing only: figures stay Decimal
    series = QHorizontalBarSeries() if horizontal else QBarSeries()
    series.append(bars)
    chart = QChart()
    chart.setTitle(title)
    chart.legend().hide()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append(list(labels))
    if not horizontal:
        categories.setLabelsAngle(-90)  # a month of dates side by side would be elided
    amounts = QValueAxis()
    amounts.setLabelFormat("%.0f")
    amounts.setRange(0, max((float(value) for value in values), default=0) or 1)
    amounts.applyNiceNumbers()
    category_side = Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom
    value_side = Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft
    chart.addAxis(categories, category_side)
    chart.addAxis(amounts, value_side)
    series.attachAxis(categories)
    series.attachAxis(amounts)
    old = view.chart()
    view.setChart(chart)
    if old is not None:
        old.deleteLater()


def day_labels(days: Sequence[str]) -> list[str]:
    """Day names for the axis, blank but for every n-th so that they do not overlap.

    QBarCategoryAxis needs distinct labels, so the blanks are runs of spaces of different
    lengths."""
    step = max(1, -(-len(days) // MAX_DAY_LABELS))
    return [day if i % step == 0 else " " * (i + 1) for i, day in enumerate(days)]
