"""The article viewer: header, sanitised body, back/forward history, copy reply, feedback."""

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QImage,
    QKeySequence,
    QShortcut,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.article_feedback import FeedbackBar
from desktop.knowledge_results import badges
from desktop.knowledge_work import LoadedArticle

HISTORY_LIMIT = 50
OUTSIDE_SCHEMES = frozenset({"http", "https", "mailto"})
CONFIRMATION_MS = 2500
HEADING_SCALE = {1: 1.4, 2: 1.2, 3: 1.1, 4: 1.0}
# Qt's rich text understands a subset of CSS; these keep articles calm and readable.
ARTICLE_CSS = """
body { color: #1d2b3a; }
h2 { margin-top: 14px; margin-bottom: 4px; }
h3 { margin-top: 10px; margin-bottom: 2px; }
p, li { line-height: 140%; }
a { color: #2f6fde; text-decoration: none; }
table { border-collapse: collapse; margin-top: 6px; margin-bottom: 6px; }
th { background-color: #f3f5f8; font-weight: 600; }
th, td { border: 1px solid #dde2ea; padding: 4px 6px; }
code, pre { font-family: monospace; background-color: #f3f5f8; }
"""


_copied_reply: list[str] = []  # the last reply put on the clipboard, once anything was


def _hand_over_clipboard_at_quit(text: str) -> None:
    app = QCoreApplication.instance()
    if not _copied_reply and app is not None:
        app.aboutToQuit.connect(_hand_over_clipboard)
    _copied_reply[:] = [text]


def _hand_over_clipboard() -> None:
    """Leave a copied reply on the clipboard as text Qt made itself.

    PySide 6.12 crashes at exit when the clipboard still owns data created in Python.
    """
    clipboard = QApplication.clipboard()
    if _copied_reply and clipboard.text() == _copied_reply[0]:
        clipboard.setText(_copied_reply[0])


class ArticleBrowser(QTextBrowser):
    """Shows an article; its images come from what the worker loaded, never from disk."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleBody")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(ARTICLE_CSS)
        self.document().setDocumentMargin(14)
        self._images: dict[str, QImage] = {}

    def show_html(self, html: str, images: dict[str, QImage]) -> None:
        self._images = images
        self.document().clear()  # also forgets the previous article's images
        self.setHtml(html)
        self._calm_headings()
        self.verticalScrollBar().setValue(0)

    def _calm_headings(self) -> None:
        """Qt sizes headings for a page, not a side pane, and ignores CSS sizes for them."""
        base = self.font().pointSizeF()
        cursor = QTextCursor(self.document())
        block = self.document().begin()
        while block.isValid():
            scale = HEADING_SCALE.get(block.blockFormat().headingLevel())
            fragments = block.begin()
            while scale is not None and not fragments.atEnd():
                fragment = fragments.fragment()
                heading = fragment.charFormat()
                heading.clearProperty(QTextFormat.Property.FontSizeAdjustment)
                heading.setFontPointSize(base * scale)
                cursor.setPosition(fragment.position())
                end = fragment.position() + fragment.length()
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                cursor.setCharFormat(heading)
                fragments += 1
            block = block.next()

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        url = QUrl(name)
        image = self._images.get(url.toString()) if url.scheme() == "kbasset" else None
        if image is None:
            return None  # never the default, which would read local files
        room = self.viewport().width() - 2 * int(self.document().documentMargin()) - 8
        if image.width() > room > 0:
            return image.scaledToWidth(room, Qt.TransformationMode.SmoothTransformation)
        return image


class ArticleViewer(QFrame):
    """One article at a time, with the reader's own history of the articles they went through."""

    link_followed = Signal(str)  # the id of a kb: link the reader clicked
    shown = Signal(str)  # an article is on screen (opened, or reached with back/forward)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleViewer")
        self._history: list[str] = []
        self._position = -1
        self._loaded: dict[str, LoadedArticle] = {}

        style = self.style()
        self.back = QToolButton(objectName="articleBack", autoRaise=True)
        self.back.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.forward = QToolButton(objectName="articleForward", autoRaise=True)
        self.forward.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.notice = QLabel(objectName="articleNotice")
        self.copy_reply = QPushButton(objectName="copyReply")
        self.internal_note = QLabel(objectName="internalNote")
        self.close_button = QToolButton(objectName="articleClose", autoRaise=True, text="✕")
        self.title = QLabel(objectName="articleTitle", wordWrap=True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.badges: list[QLabel] = [QLabel(objectName="badge") for _ in range(2)]
        self.meta = QLabel(objectName="articleMeta", wordWrap=True)
        self.meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.browser = ArticleBrowser()
        self.feedback = FeedbackBar()
        self._confirmation = QTimer(self, singleShot=True, interval=CONFIRMATION_MS)
        self._lay_out()
        self._connect()
        self.retranslate()
        self._update_navigation()

    def _lay_out(self) -> None:
        toolbar = QHBoxLayout()
        toolbar.setSpacing(4)
        for widget in (self.back, self.forward):
            toolbar.addWidget(widget)
        toolbar.addSpacing(6)
        toolbar.addWidget(self.notice, 1)
        toolbar.addWidget(self.internal_note)
        toolbar.addWidget(self.copy_reply)
        toolbar.addWidget(self.close_button)
        meta = QHBoxLayout()
        meta.setSpacing(6)
        for badge in self.badges:
            meta.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        meta.addWidget(self.meta, 1)
        header = QVBoxLayout()
        header.setContentsMargins(14, 4, 14, 10)
        header.setSpacing(6)
        header.addWidget(self.title)
        header.addLayout(meta)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(0)
        toolbar.setContentsMargins(8, 0, 8, 2)
        layout.addLayout(toolbar)
        layout.addLayout(header)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.feedback)

    def _connect(self) -> None:
        self._confirmation.timeout.connect(self.notice.clear)
        self.back.clicked.connect(self.go_back)
        self.forward.clicked.connect(self.go_forward)
        self.copy_reply.clicked.connect(self.copy_to_clipboard)
        self.close_button.clicked.connect(self.closed)
        self.browser.anchorClicked.connect(self._follow)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            ("Alt+Left", self.go_back),
            ("Alt+Right", self.go_forward),
            ("Ctrl+Shift+C", self.copy_to_clipboard),
            ("Esc", self.closed.emit),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(context)  # only while the reader is in the viewer
            shortcut.activated.connect(slot)
        for first, second in (
            (self.back, self.forward),
            (self.forward, self.copy_reply),
            (self.copy_reply, self.close_button),
            (self.close_button, self.browser),
            (self.browser, self.feedback.buttons["helpful"]),
        ):
            QWidget.setTabOrder(first, second)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.back.setToolTip(self.tr("Back (Alt+Left)"))
        self.back.setAccessibleName(self.tr("Back"))
        self.forward.setToolTip(self.tr("Forward (Alt+Right)"))
        self.forward.setAccessibleName(self.tr("Forward"))
        self.copy_reply.setText(self.tr("Copy reply"))
        self.copy_reply.setToolTip(
            self.tr("Copy the article to paste into your reply to the customer (Ctrl+Shift+C)")
        )
        self.copy_reply.setAccessibleName(self.tr("Copy reply"))
        self.internal_note.setText(self.tr("Internal: not for customers"))
        self.close_button.setToolTip(self.tr("Close the article (Esc)"))
        self.close_button.setAccessibleName(self.tr("Close the article"))
        self.browser.setAccessibleName(self.tr("Article"))
        self._show_header()

    def current(self) -> LoadedArticle | None:
        if not 0 <= self._position < len(self._history):
            return None
        return self._loaded.get(self._history[self._position])

    def show_article(self, loaded: LoadedArticle) -> None:
        """Show a newly opened article; it becomes the latest step of the history."""
        del self._history[self._position + 1 :]
        if not self._history or self._history[-1] != loaded.id:
            self._history.append(loaded.id)
        del self._history[:-HISTORY_LIMIT]
        self._position = len(self._history) - 1
        self._loaded[loaded.id] = loaded  # a newer revision replaces the one in the history
        kept = set(self._history)
        self._loaded = {key: value for key, value in self._loaded.items() if key in kept}
        self._display(loaded)

    def go_back(self) -> None:
        if self._position > 0:
            self._position -= 1
            self._display(self._loaded[self._history[self._position]])

    def go_forward(self) -> None:
        if self._position < len(self._history) - 1:
            self._position += 1
            self._display(self._loaded[self._history[self._position]])

    def copy_to_clipboard(self) -> None:
        loaded = self.current()
        if loaded is None or loaded.article.audience != "customer":
            return
        mime = QMimeData()
        mime.setText(loaded.reply_text)
        mime.setHtml(loaded.reply_html)
        QApplication.clipboard().setMimeData(mime)
        _hand_over_clipboard_at_quit(loaded.reply_text)
        self.notice.setText(self.tr("Reply copied. Paste it into your message."))
        self._confirmation.start()

    def _display(self, loaded: LoadedArticle) -> None:
        self.browser.show_html(loaded.html, loaded.images)
        self.notice.clear()
        self.feedback.reset()
        self._show_header()
        self._update_navigation()
        self.shown.emit(loaded.id)

    def _show_header(self) -> None:
        loaded = self.current()
        if loaded is None:
            return
        article = loaded.article
        self.title.setText(article.title)
        for label, (text, kind) in zip(
            self.badges, badges(article.language, article.audience), strict=True
        ):
            label.setText(text)
            label.setProperty("kind", kind)
            label.style().unpolish(label)
            label.style().polish(label)
        parts = (
            article.id,
            self.tr("Revision %1").replace("%1", str(article.revision)),
            self.tr("Updated %1").replace("%1", article.updated.isoformat()),
            article.owner,
        )
        self.meta.setText(" · ".join(parts))
        self.meta.setToolTip(self.tr("Tags: %1").replace("%1", ", ".join(article.tags)))
        customer = article.audience == "customer"
        self.copy_reply.setVisible(customer)
        self.internal_note.setVisible(not customer)
        self.setAccessibleName(self.tr("Article: %1").replace("%1", article.title))

    def _update_navigation(self) -> None:
        self.back.setEnabled(self._position > 0)
        self.forward.setEnabled(self._position < len(self._history) - 1)

    def _follow(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if scheme == "kb":
            target = url.path().strip()
            if target:
                self.link_followed.emit(target)
        elif scheme in OUTSIDE_SCHEMES:
            QDesktopServices.openUrl(url)
