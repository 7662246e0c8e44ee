"""The look-up's result list: one compact row per candidate, best match first."""

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from customers.lookup import Candidate
from desktop.customer_flow import draw_item_background
from desktop.customer_labels import TIER_TONES, matched_by_label, tier_label, tone_colours

CANDIDATE_ROLE = Qt.ItemDataRole.UserRole + 20
VISIBLE_ROWS = 6
PADDING = 7

Index = QModelIndex | QPersistentModelIndex


class CandidateDelegate(QStyledItemDelegate):
    """Name and reference on the left; how it matched and the tier on the right."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(option.rect.width(), row_height(option.font))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        candidate = index.data(CANDIDATE_ROLE)
        if not isinstance(candidate, Candidate):
            return
        draw_item_background(self, painter, option, index)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        ink = option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = ink if selected else QColor("#6b778a")
        area = option.rect.adjusted(PADDING + 3, 0, -PADDING, 0)
        centre = Qt.AlignmentFlag.AlignVCenter
        small = QFont(option.font)
        small.setPointSizeF(max(option.font.pointSizeF() - 1, 7))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)

        tier = tier_label(candidate.tier)
        tier_width = QFontMetrics(small).horizontalAdvance(tier) + 14
        pill_height = QFontMetrics(small).height() + 4
        pill = QRectF(
            area.right() - tier_width, area.center().y() - pill_height / 2 + 1, tier_width,
            pill_height,
        )  # fmt: skip
        foreground, background = tone_colours(TIER_TONES.get(candidate.tier, "grey"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 60) if selected else background)
        painter.drawRoundedRect(pill, pill_height / 2, pill_height / 2)
        painter.setFont(small)
        painter.setPen(QColor("#ffffff") if selected else foreground)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, tier)

        how = matched_by_label(candidate.matched_by.name.lower())
        how_width = QFontMetrics(small).horizontalAdvance(how) + 12
        painter.setPen(muted)
        how_rect = QRect(area)
        how_rect.setRight(int(pill.left()) - 8)
        painter.drawText(how_rect, Qt.AlignmentFlag.AlignRight | centre, how)

        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        room = QRect(area)
        room.setRight(how_rect.right() - how_width)
        name = QFontMetrics(bold).elidedText(
            candidate.name, Qt.TextElideMode.ElideRight, room.width()
        )
        painter.setFont(bold)
        painter.setPen(ink)
        painter.drawText(room, Qt.AlignmentFlag.AlignLeft | centre, name)
        left = room.left() + QFontMetrics(bold).horizontalAdvance(name) + 10
        painter.setFont(small)
        painter.setPen(muted)
        ref_rect = QRect(left, area.top(), max(room.right() - left, 0), area.height())
        painter.drawText(ref_rect, Qt.AlignmentFlag.AlignLeft | centre, candidate.ref)
        painter.restore()


def row_height(font: QFont) -> int:
    return max(QFontMetrics(font).lineSpacing(), round(font.pointSizeF() * 2)) + 2 * PADDING


class CandidateList(QListWidget):
    """The candidates of the latest look-up; as tall as its rows, up to VISIBLE_ROWS."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerResults")
        self.setItemDelegate(CandidateDelegate(self))
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def show_candidates(self, candidates: list[Candidate]) -> None:
        self.clear()
        for candidate in candidates:
            item = QListWidgetItem(candidate.name)
            item.setData(CANDIDATE_ROLE, candidate)
            item.setToolTip(f"{candidate.name} · {candidate.ref} · {tier_label(candidate.tier)}")
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                f"{candidate.name}, {candidate.ref}, {tier_label(candidate.tier)}, "
                f"{matched_by_label(candidate.matched_by.name.lower())}",
            )
            self.addItem(item)
        if candidates:
            self.setCurrentRow(0)
        rows = min(len(candidates), VISIBLE_ROWS)
        frame = 2 * self.frameWidth() + 8  # the list's padding in app.qss
        self.setFixedHeight(rows * row_height(self.font()) + frame)
        self.setVisible(bool(candidates))

    def candidates(self) -> list[Candidate]:
        return [self.item(row).data(CANDIDATE_ROLE) for row in range(self.count())]

    def current_candidate(self) -> Candidate | None:
        item = self.currentItem()
        candidate = None if item is None else item.data(CANDIDATE_ROLE)
        return candidate if isinstance(candidate, Candidate) else None

    def step(self, step: int) -> None:
        """Up/Down from the look-up field."""
        if self.count():
            self.setCurrentRow(max(0, min(self.count() - 1, self.currentRow() + step)))
