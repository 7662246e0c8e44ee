"""The customer's timeline: a list model that reads one more page whenever the view nears its
end, type filter chips, and the painter of one event.

Pages come from `Timeline.page` by keyset cursor, read in the task runner; the view asks for
more through Qt's canFetchMore/fetchMore as the agent scrolls, so a long history is never read
at once.
"""

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QWidget,
)
from shiboken6 import Shiboken

from customers.timeline import Event, EventType, Timeline, TimelinePage
from desktop.customer_flow import FlowLayout, draw_item_background
from desktop.customer_labels import (
    EVENT_TONES,
    STATUS_TONES,
    event_colour,
    event_detail,
    event_type_label,
    event_type_plural,
    moment_text,
    money_text,
    status_label,
    tone_colours,
)
from desktop.tasks import TaskRunner

PAGE_SIZE = 30
EVENT_ROLE = Qt.ItemDataRole.UserRole + 10
ALL_TYPES = frozenset(EventType)

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")


def while_alive(owner: QObject, callback: Callable[[T], None]) -> Callable[[T], None]:
    """The callback, skipped once the owner is deleted: a result may outlive a closed pane."""

    def call(value: T) -> None:
        if Shiboken.isValid(owner):
            callback(value)

    return call


class TimelineModel(QAbstractListModel):
    """One customer's events, newest first, as many pages as the view has asked for."""

    loading_changed = Signal(bool)
    failed = Signal(object)  # the Exception of a page that could not be read

    def __init__(
        self,
        timeline: Callable[[], Timeline],
        runner: TaskRunner,
        channel: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._timeline, self._runner, self._channel = timeline, runner, channel
        self.page_size = PAGE_SIZE
        self._events: list[Event] = []
        self._ref: str | None = None
        self._types: frozenset[EventType] = ALL_TYPES
        self._cursor: str | None = None
        self._more = False
        self._loading = False
        self._generation = 0  # results of an earlier customer or filter are ignored

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def has_more(self) -> bool:
        return self._more

    @property
    def types(self) -> frozenset[EventType]:
        return self._types

    def show_customer(self, ref: str | None, types: frozenset[EventType] | None = None) -> None:
        """Start again from the newest event (None empties the timeline)."""
        self.beginResetModel()
        self._generation += 1
        self._events.clear()
        self._ref = ref
        self._types = types or self._types
        self._cursor = None
        self._more = ref is not None
        self.endResetModel()
        self._set_loading(False)
        if ref is not None:
            self._request()

    def set_types(self, types: frozenset[EventType]) -> None:
        self.show_customer(self._ref, types)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._events)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._events):
            return None
        event = self._events[index.row()]
        if role == EVENT_ROLE:
            return event
        if role == Qt.ItemDataRole.DisplayRole:
            return event.title
        if role in {Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole}:
            return describe(event)
        return None

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: Index) -> None:
        if self.canFetchMore(parent):
            self._request()

    def retranslate(self) -> None:
        if self._events:
            last = self.index(len(self._events) - 1)
            self.dataChanged.emit(self.index(0), last)

    def _request(self) -> None:
        ref, cursor, types, limit = self._ref, self._cursor, self._types, self.page_size
        assert ref is not None
        generation = self._generation
        self._set_loading(True)
        self._runner.submit(
            self._channel,
            lambda: self._timeline().page(
                ref, before=cursor, types=None if types == ALL_TYPES else types, limit=limit
            ),
            while_alive(self, lambda page: self._arrived(generation, page)),
            while_alive(self, lambda error: self._failed(generation, error)),
        )

    def _arrived(self, generation: int, page: TimelinePage) -> None:
        if generation != self._generation:
            return
        self._cursor = page.next_cursor
        self._more = page.next_cursor is not None
        if page.events:
            first = len(self._events)
            self.beginInsertRows(QModelIndex(), first, first + len(page.events) - 1)
            self._events.extend(page.events)
            self.endInsertRows()
        self._set_loading(False)

    def _failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        self._more = False  # until the pane reloads; a broken database would fail again
        self._set_loading(False)
        self.failed.emit(error)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)


def describe(event: Event) -> str:
    """The event in one sentence, for tooltips and screen readers."""
    parts = [event_type_label(event.type), moment_text(event.at), event.title]
    if event.amount is not None:
        parts.append(money_text(event.amount, event.currency))
    if event.status:
        parts.append(status_label(event.status))
    if event.detail:
        parts.append(event_detail(event.type, event.detail))
    if event.agent:
        parts.append(event.agent)
    return " · ".join(parts)


class TimelineFilters(QWidget):
    """A chip per event type; at least one stays on."""

    changed = Signal(object)  # frozenset[EventType]

    def __init__(self, title: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineFilters")
        layout = FlowLayout(self)
        if title is not None:  # the section's title leads the chips' row
            layout.addWidget(title)
        self.chips: dict[EventType, QToolButton] = {}
        for event_type in EventType:
            chip = QToolButton(objectName="timelineChip", checkable=True, checked=True)
            chip.setProperty("tone", EVENT_TONES[event_type])
            chip.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            chip.toggled.connect(lambda on, kind=event_type: self._toggled(kind, on))
            layout.addWidget(chip)
            self.chips[event_type] = chip
        self.retranslate()

    def selected(self) -> frozenset[EventType]:
        return frozenset(kind for kind, chip in self.chips.items() if chip.isChecked())

    def set_selected(self, types: frozenset[EventType]) -> None:
        for kind, chip in self.chips.items():
            chip.blockSignals(True)
            chip.setChecked(kind in types)
            chip.blockSignals(False)
        self.changed.emit(self.selected())

    def retranslate(self) -> None:
        for kind, chip in self.chips.items():
            name = event_type_plural(kind)
            chip.setText(name)
            chip.setAccessibleName(self.tr("Show %1 in the timeline").replace("%1", name))
            chip.setToolTip(self.tr("Show or hide %1").replace("%1", name))

    def _toggled(self, kind: EventType, on: bool) -> None:
        if not on and not self.selected():
            self.chips[kind].setChecked(True)  # an empty filter would mean nothing to show
            return
        self.changed.emit(self.selected())


class TimelineView(QListView):
    """The events, or a sentence in their place while there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerTimeline")
        self.placeholder = ""
        self.setItemDelegate(TimelineDelegate(self))
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def set_placeholder(self, text: str) -> None:
        if text != self.placeholder:
            self.placeholder = text
            self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if self.placeholder and (model is None or model.rowCount() == 0):
            painter = QPainter(self.viewport())
            painter.setPen(QColor("#7a8699"))
            painter.drawText(
                self.viewport().rect().adjusted(12, 12, -12, -12),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.placeholder,
            )
            painter.end()


PADDING = 7
RAIL = 18  # the x of the timeline rail, from the row's left edge
TEXT_LEFT = 36
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class TimelineDelegate(QStyledItemDelegate):
    """A dot on a rail in the event type's colour; title and amount, then time, type, detail
    and a status pill."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(option.rect.width(), 2 * _line(option.font) + 2 * PADDING + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        event = index.data(EVENT_ROLE)
        if not isinstance(event, Event):
            return
        draw_item_background(self, painter, option, index)
        # The selection is a light tint (STYLE), so the text keeps its colours.
        rect, line = option.rect, _line(option.font)
        first = QRect(rect.left() + TEXT_LEFT, rect.top() + PADDING, 0, line)
        first.setRight(rect.right() - PADDING)
        ink = option.palette.color(QPalette.ColorRole.Text)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._rail(painter, rect, first, event, index)
        self._headline(painter, first, event, option.font, ink)
        self._byline(painter, first.translated(0, line), event, option.font, ink)
        painter.restore()

    @staticmethod
    def _headline(painter: QPainter, area: QRect, event: Event, font: QFont, ink: QColor) -> None:
        """The title, and the amount on the right."""
        amount_width = 0
        if event.amount is not None:
            amount = money_text(event.amount, event.currency)
            bold = QFont(font)
            bold.setWeight(QFont.Weight.DemiBold)
            painter.setFont(bold)
            painter.setPen(ink)
            painter.drawText(
                area, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, amount
            )
            amount_width = QFontMetrics(bold).horizontalAdvance(amount) + 12
        painter.setFont(font)
        painter.setPen(ink)
        room = area.adjusted(0, 0, -amount_width, 0)
        title = QFontMetrics(font).elidedText(
            event.title, Qt.TextElideMode.ElideRight, room.width()
        )
        painter.drawText(room, LEFT, title)

    def _byline(
        self, painter: QPainter, area: QRect, event: Event, font: QFont, ink: QColor
    ) -> None:
        """Time, type in its colour, detail, and the status pill on the right."""
        small = QFont(font)
        small.setPointSizeF(max(font.pointSizeF() - 1, 7))
        strong = QFont(small)
        strong.setWeight(QFont.Weight.DemiBold)
        muted = QColor("#6b778a")
        pill_width = self._pill(painter, area, event, small)
        x = area.left()
        parts = [
            (moment_text(event.at) + "  ", small, muted),
            (event_type_label(event.type), strong, event_colour(event.type)),
        ]
        if event.detail:
            parts.append(("  ·  " + event_detail(event.type, event.detail), small, muted))
        for text, part_font, colour in parts:
            room = area.right() - pill_width - x
            if room <= 0:
                break
            metrics = QFontMetrics(part_font)
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
            painter.setFont(part_font)
            painter.setPen(colour)
            painter.drawText(QRect(x, area.top(), room, area.height()), LEFT, shown)
            x += metrics.horizontalAdvance(shown)

    @staticmethod
    def _rail(painter: QPainter, rect: QRect, first: QRect, event: Event, index: Index) -> None:
        """A line through every row, broken at the ends, with this event's dot on it."""
        centre_y = first.center().y()
        x = rect.left() + RAIL
        painter.setPen(QPen(QColor("#dde2ea"), 2))
        top = centre_y if index.row() == 0 else rect.top()
        rows = index.model().rowCount() if index.model() is not None else 0
        bottom = centre_y if index.row() == rows - 1 else rect.bottom() + 1
        painter.drawLine(x, top, x, bottom)
        painter.setPen(QPen(QColor("#ffffff"), 2))
        painter.setBrush(event_colour(event.type))
        painter.drawEllipse(QRectF(x - 6, centre_y - 6, 12, 12))

    @staticmethod
    def _pill(painter: QPainter, area: QRect, event: Event, font: QFont) -> int:
        """The status, right-aligned; returns the width it took."""
        if not event.status:
            return 0
        text = status_label(event.status)
        metrics = QFontMetrics(font)
        width = metrics.horizontalAdvance(text) + 14
        height = min(area.height() - 2, metrics.height() + 4)
        box = QRectF(area.right() - width, area.center().y() - height / 2 + 1, width, height)
        foreground, background = tone_colours(STATUS_TONES.get(event.status, "grey"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(box, height / 2, height / 2)
        painter.setFont(font)
        painter.setPen(foreground)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        return width + 8


def _line(font: QFont) -> int:
    # The line height of a Chinese fallback font can exceed the Latin one's.
    return max(QFontMetrics(font).lineSpacing(), round(font.pointSizeF() * 2)) + 1
