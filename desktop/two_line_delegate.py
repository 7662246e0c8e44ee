"""A list entry with a bold first line and a quieter second line (names and their details)."""

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

PADDING = 10
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class TwoLineDelegate(QStyledItemDelegate):
    """Shows the item's display text, and under it the text stored in DETAIL_ROLE."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        # lineSpacing of the font a Chinese fallback glyph uses can exceed the Latin one's.
        line = max(QFontMetrics(option.font).lineSpacing(), option.font.pointSize() * 2)
        return QSize(option.rect.width(), 2 * line + 2 * PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        title, detail = option.text, str(index.data(DETAIL_ROLE) or "")
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        area = option.rect.adjusted(PADDING + 4, PADDING, -PADDING, -PADDING)
        top, bottom = QRect(area), QRect(area)
        top.setHeight(area.height() // 2)
        bottom.setTop(top.bottom())
        painter.save()
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(option.palette.color(role))
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(top, align, title)
        painter.setFont(option.font)
        if not selected:
            painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(bottom, align, detail)
        painter.restore()
