"""The list of search results: title, language and audience badges, highlighted snippet."""

import re

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QStandardItem,
    QStandardItemModel,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from knowledge.search import SearchHit

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex

PADDING_X, PADDING_Y, GAP = 14, 10, 4
SNIPPET_LINES = 3
_MARK_OPEN = re.compile(r"<mark[^>]*>")
# Qt's rich text has no <mark>: the same highlight as a styled span.
_HIGHLIGHT = '<span style="background-color:#fde68a; color:#1d2b3a;">'

INK, MUTED, RULE = QColor("#1d2b3a"), QColor("#4f5d70"), QColor("#eef1f5")
SELECTED, HOVER, ACCENT = QColor("#eaf1fd"), QColor("#f6f8fb"), QColor("#2f6fde")
# (background, text) of each badge.
BADGE_COLOURS = {
    "customer": (QColor("#e2f3e8"), QColor("#1e6b3a")),
    "internal": (QColor("#fdf0d8"), QColor("#8a5300")),
    "language": (QColor("#e9edf3"), QColor("#3d4b5c")),
}


def language_label(code: str) -> str:
    """A language as agents know it; Chinese and English names are the same in both UIs."""
    return {"zh": "中文", "en": "EN"}.get(code, code.upper())


def audience_label(audience: str) -> str:
    if audience == "customer":
        return QCoreApplication.translate("KnowledgePane", "Customer")
    if audience == "internal":
        return QCoreApplication.translate("KnowledgePane", "Internal")
    return audience


def badges(language: str, audience: str) -> list[tuple[str, str]]:
    """(text, colour key) of the badges shown for an article."""
    colour = audience if audience in BADGE_COLOURS else "language"
    return [(language_label(language), "language"), (audience_label(audience), colour)]


def snippet_html(snippet: str) -> str:
    return _MARK_OPEN.sub(_HIGHLIGHT, snippet).replace("</mark>", "</span>")


def badge_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(base.pointSizeF() - 1.5, 7.0))
    font.setWeight(QFont.Weight.DemiBold)
    return font


def draw_badges(painter: QPainter, right: int, centre_y: int, items: list[tuple[str, str]]) -> int:
    """Draw badges ending at `right`, vertically centred; returns where the first starts."""
    metrics = QFontMetrics(painter.font())
    height = metrics.height() + 4
    x = right
    for text, colour in reversed(items):
        background, foreground = BADGE_COLOURS[colour]
        width = metrics.horizontalAdvance(text) + 14
        x -= width
        box = QRectF(x, centre_y - height / 2, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(box, height / 2, height / 2)
        painter.setPen(foreground)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        x -= 6
    return x


class ResultDelegate(QStyledItemDelegate):
    """One result: bold title with id and badges on its right, a highlighted snippet below."""

    def _line_height(self, font: QFont) -> int:
        # A Chinese fallback glyph can need more room than the Latin font's line spacing.
        return max(QFontMetrics(font).lineSpacing(), round(font.pointSizeF() * 1.9))

    def _snippet(self, option: QStyleOptionViewItem, hit: SearchHit, width: int) -> QTextDocument:
        document = QTextDocument()
        document.setDocumentMargin(0)
        font = QFont(option.font)
        font.setPointSizeF(option.font.pointSizeF() - 0.5)
        document.setDefaultFont(font)
        document.setDefaultStyleSheet(f"body {{ color: {MUTED.name()}; }}")
        document.setHtml(f"<body>{snippet_html(hit.snippet_html)}</body>")
        document.setTextWidth(width)
        return document

    @staticmethod
    def _visible_height(document: QTextDocument, room: float = float("inf")) -> float:
        """The height of the first SNIPPET_LINES lines that fit in `room`: cut at a line."""
        full = document.size().height()  # also lays the document out
        layout = document.firstBlock().layout()
        if layout is None or layout.lineCount() == 0:
            return min(full, room)
        bottom = 0.0
        for number in range(min(layout.lineCount(), SNIPPET_LINES)):
            line = layout.lineAt(number)
            if line.y() + line.height() > room + 0.5:
                break
            bottom = line.y() + line.height()
        return bottom

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hit: SearchHit | None = index.data(HIT_ROLE)
        view = option.widget
        if isinstance(view, QAbstractScrollArea):
            width = view.viewport().width()
        else:
            width = option.rect.width()
        height = 2 * PADDING_Y + self._line_height(_bold(option.font))
        if hit is not None and hit.snippet_html:
            document = self._snippet(option, hit, width - 2 * PADDING_X)
            height += GAP + round(self._visible_height(document))
        return QSize(width, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        hit: SearchHit | None = index.data(HIT_ROLE)
        if hit is None:
            return
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if selected or hovered:
            painter.fillRect(rect, SELECTED if selected else HOVER)
        if selected:
            painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), ACCENT)
        painter.setPen(RULE)
        painter.drawLine(rect.left() + PADDING_X, rect.bottom(), rect.right(), rect.bottom())

        area = rect.adjusted(PADDING_X, PADDING_Y, -PADDING_X, -PADDING_Y)
        title_font = _bold(option.font)
        title_height = self._line_height(title_font)
        centre = area.top() + title_height // 2
        painter.setFont(badge_font(option.font))
        left_of_badges = draw_badges(
            painter, area.right(), centre, badges(hit.language, hit.audience)
        )

        painter.setFont(title_font)
        painter.setPen(INK)
        title_box = QRect(area.left(), area.top(), left_of_badges - area.left() - 8, title_height)
        title = QFontMetrics(title_font).elidedText(
            hit.title, Qt.TextElideMode.ElideRight, title_box.width()
        )
        painter.drawText(
            title_box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, title
        )

        if hit.snippet_html:
            document = self._snippet(option, hit, area.width())
            top = area.top() + title_height + GAP
            painter.translate(QPointF(area.left(), top))
            room = area.top() + area.height() - top
            clip = QRectF(0, 0, area.width(), self._visible_height(document, room))
            document.drawContents(painter, clip)
        painter.restore()


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setWeight(QFont.Weight.DemiBold)
    bold.setPointSizeF(font.pointSizeF() + 0.5)
    return bold


class ResultList(QListView):
    """Search hits, most relevant first; Enter or a click opens one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("knowledgeResults")
        self.results = QStandardItemModel(self)
        self.setModel(self.results)
        self.setItemDelegate(ResultDelegate(self))
        self.setMouseTracking(True)
        self.setUniformItemSizes(False)
        self.setWordWrap(True)  # lays the rows out again when the width changes
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def show_hits(self, hits: tuple[SearchHit, ...]) -> None:
        self.results.clear()
        for hit in hits:
            item = QStandardItem(hit.title)
            item.setData(hit, HIT_ROLE)
            item.setToolTip(f"{hit.id} · {hit.title}")
            item.setEditable(False)
            self.results.appendRow(item)
        if hits:
            self.setCurrentIndex(self.results.index(0, 0))
        self.scrollToTop()

    def hit(self, row: int) -> SearchHit | None:
        if not 0 <= row < self.results.rowCount():
            return None
        value: SearchHit | None = self.results.item(row).data(HIT_ROLE)
        return value

    def current_hit(self) -> SearchHit | None:
        return self.hit(self.currentIndex().row())

    def step(self, step: int) -> None:
        """Move the selection from the search box, keeping the focus there."""
        count = self.results.rowCount()
        if count:
            row = min(max(self.currentIndex().row() + step, 0), count - 1)
            self.setCurrentIndex(self.results.index(row, 0))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in {Qt.Key.Key_Return, Qt.Key.Key_Enter} and self.currentIndex().isValid():
            self.activated.emit(self.currentIndex())
            return
        super().keyPressEvent(event)
