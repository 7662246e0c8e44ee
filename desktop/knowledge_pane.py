"""The knowledge pane: search as you type, read articles, copy replies, rate what helped.

Every search, article and analytics record goes through the TaskRunner; the pane only
shows what comes back. The index may need building on a workstation's first use: the
pane shows the progress and runs the agent's search as soon as it is ready.
"""

import html
import logging
from typing import Literal

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from accounts.directory import UserRecord
from desktop.article_reader import ArticleReader
from desktop.article_viewer import ArticleViewer
from desktop.knowledge_filters import FilterBar
from desktop.knowledge_index_status import IndexStatus
from desktop.knowledge_results import ResultList
from desktop.knowledge_style import STYLE
from desktop.knowledge_texts import category_label, explain
from desktop.knowledge_work import (
    SUGGESTION_LIMIT,
    IndexOutcome,
    QueryLog,
    SearchOutcome,
    category_query,
    prepare_index,
    run_search,
)
from desktop.panes import Pane
from desktop.tasks import Progress, TaskRunner
from frontline.context import AppContext

__all__ = ["STYLE", "KnowledgePane"]

log = logging.getLogger(__name__)

DEBOUNCE_MS = 150
SETTLE_MS = 1500  # the agent stopped typing: the search is worth recording
NOTICE_MS = 8000
REFRESH_MS = 10 * 60 * 1000  # pick up articles other workstations imported
Mode = Literal["idle", "results", "suggestions"]


class KnowledgePane(Pane):
    """Knowledge search and the article viewer; `article_opened` fires for each article opened,
    `hits_shown` with the query (empty for suggestions) and the ids of the articles listed,
    once a search settles."""

    article_opened = Signal(str)
    hits_shown = Signal(str, list)

    def __init__(
        self, context: AppContext, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__("knowledgePane", parent)
        self._knowledge = context.knowledge
        self._runner = runner
        self._username: str | None = None
        self._category: str | None = None
        self._mode: Mode = "idle"
        self._index_ready = False
        self._search_waiting = False
        self._open_when_ready = False
        self._outcome: SearchOutcome | None = None  # what the list shows
        self._query: QueryLog | None = None  # the search on screen, stored once it settles
        self._build()
        self.retranslate()
        self._show_idle_hint()
        self._prepare_index()

    def _build(self) -> None:
        self.search = QLineEdit(objectName="knowledgeSearch", clearButtonEnabled=True)
        self.search.installEventFilter(self)
        self.filter_bar = FilterBar()
        self.language, self.audience = self.filter_bar.language, self.filter_bar.audience
        self.count = self.filter_bar.count
        self.index_status = IndexStatus()
        self.correction = QLabel(objectName="knowledgeCorrection", wordWrap=True)
        self.error = QLabel(objectName="paneError", wordWrap=True)
        self.notice = QLabel(objectName="knowledgeNotice", wordWrap=True)
        self.results = ResultList()
        self.viewer = ArticleViewer()
        self.viewer.hide()
        self.reader = ArticleReader(self._knowledge, self._runner, self.viewer, self)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._notice_timer = QTimer(self, singleShot=True, interval=NOTICE_MS)
        self._refresh = QTimer(self, interval=REFRESH_MS)
        self._index_progress = Progress(self)
        self._lay_out()
        self._connect()

    def _lay_out(self) -> None:
        for label in (self.correction, self.error, self.notice):
            label.setTextFormat(Qt.TextFormat.RichText)
            label.hide()

        self.body.removeWidget(self.hint)
        self._list_stack = QStackedWidget(objectName="knowledgeList")
        self._list_stack.addWidget(self.hint)
        self._list_stack.addWidget(self.results)
        self.splitter = QSplitter(Qt.Orientation.Vertical, objectName="knowledgeSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._list_stack)
        self.splitter.addWidget(self.viewer)
        self.splitter.setStretchFactor(1, 2)
        self.body.setSpacing(8)
        for widget in (
            self.search,
            self.filter_bar,
            self.index_status,
            self.correction,
            self.error,
            self.notice,
        ):
            self.body.addWidget(widget)
        self.body.addWidget(self.splitter, 1)
        for first, second in (
            (self.search, self.language),
            (self.language, self.audience),
            (self.audience, self.results),
            (self.results, self.viewer.back),
        ):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self._debounce.timeout.connect(self._search_now)
        self._settle.timeout.connect(self._record_query)
        self._notice_timer.timeout.connect(self.notice.hide)
        self._refresh.timeout.connect(self._prepare_index)
        self._refresh.start()
        self._index_progress.changed.connect(self.index_status.show_progress)
        self.correction.linkActivated.connect(self._use_correction)
        self.error.linkActivated.connect(lambda _link: self._search_now())

        self.search.textChanged.connect(self._text_changed)
        self.filter_bar.changed.connect(self._debounce.start)
        self.results.clicked.connect(self._open_result)
        self.results.activated.connect(self._open_result)
        self.reader.about_to_show.connect(self._reveal_viewer)
        self.reader.opened.connect(self.article_opened)
        self.reader.failed.connect(self._article_failed)
        self.viewer.closed.connect(self._close_article)
        self.viewer.feedback.set_signed_in(False)

    # Public API ------------------------------------------------------------------------

    def set_user(self, user: UserRecord | None) -> None:
        self._username = user.username if user is not None else None
        self.reader.username = self._username
        self.viewer.feedback.set_signed_in(user is not None)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def suggest_for_category(self, category: str | None) -> None:
        """Suggest articles for the case's category while the agent has not typed a search."""
        self._category = category or None
        if not self.search.text().strip():
            self._search_now()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.set_texts(self.tr("Knowledge"), self.hint.text())
        self.search.setPlaceholderText(self.tr("Search articles: 中文 or English"))
        self.search.setAccessibleName(self.tr("Search the knowledge base"))
        self.search.setToolTip(
            self.tr("Type to search. ↑/↓ choose a result, Enter opens it, Esc clears.")
        )
        self.results.setAccessibleName(self.tr("Search results"))
        self._render_status()

    # Searching -------------------------------------------------------------------------

    def _text_changed(self, text: str) -> None:
        self._settle.stop()
        self._query = None
        self._open_when_ready = False
        self._debounce.start()
        if not text.strip():
            self._debounce.stop()
            self._search_now()

    def _search_now(self) -> None:
        self._debounce.stop()
        text, filters = self.search.text().strip(), self.filter_bar.filters()
        if not self._index_ready:
            self._search_waiting = True
            if text or self._category:
                self.count.setText(self.tr("Preparing search…"))
            return
        if text:
            self.count.setText(self.tr("Searching…"))
            self._runner.submit(
                "knowledge/search",
                lambda: run_search(self._knowledge, text, filters),
                self._searched,
                self._search_failed,
            )
        elif self._category is not None:
            category = self._category
            self.count.setText(self.tr("Finding suggestions…"))
            self._runner.submit(
                "knowledge/search",
                lambda: run_search(
                    self._knowledge, category_query(category), filters, SUGGESTION_LIMIT
                ),
                lambda outcome: self._suggested(outcome, category),
                self._search_failed,
            )
        else:
            # Nothing to search: an empty job makes any search still running stale.
            self._runner.submit("knowledge/search", _nothing, _ignore, _ignore)
            self._show_idle_hint()

    def _searched(self, outcome: SearchOutcome) -> None:
        typed = self.search.text().strip()
        if not typed:
            return  # cleared while it ran
        self._show_outcome("results", outcome)
        if outcome.text != typed:
            return  # the agent is still typing: show these, but neither record nor open them
        self._query = QueryLog(
            self._knowledge, outcome.text, outcome.filters, outcome.result.total, self._username
        )
        self._settle.start()
        if self._open_when_ready:
            self._open_when_ready = False
            self._open_result(self.results.currentIndex())

    def _suggested(self, outcome: SearchOutcome, category: str) -> None:
        if self.search.text().strip() or category != self._category:
            return
        self._show_outcome("suggestions", outcome)
        self._announce_hits("")

    def _show_outcome(self, mode: Mode, outcome: SearchOutcome) -> None:
        self._mode, self._outcome = mode, outcome
        self.error.hide()
        self.results.show_hits(outcome.result.hits)
        self._list_stack.setCurrentWidget(self.results if outcome.result.hits else self.hint)
        self._render_status()
        if outcome.rebuilt:
            self._show_notice(self.tr("The search index was damaged and has been rebuilt."))

    def _show_idle_hint(self) -> None:
        self._mode, self._outcome = "idle", None
        self.results.show_hits(())
        self._list_stack.setCurrentWidget(self.hint)
        self._render_status()

    def _render_status(self) -> None:
        """The count, the correction and the hint for what is on screen, in today's language."""
        outcome = self._outcome
        self.correction.hide()
        if outcome is None:
            self.count.clear()
            self.hint.setText(
                self.tr(
                    "Search in Chinese, English or both, for example 退款到账 or refund time. "
                    "Results appear as you type."
                )
            )
            return
        result = outcome.result
        if self._mode == "suggestions" and self._category is not None:
            label = category_label(self._category)
            self.count.setText(self.tr("Suggested for: %1").replace("%1", label))
            self.hint.setText(self.tr("No suggested articles for this case."))
            return
        total = result.total
        self.count.setText(
            self.tr("1 article") if total == 1 else self.tr("%1 articles").replace("%1", str(total))
        )
        self.hint.setText(
            self.tr("No articles match “%1”. Try other words, or clear the filters.").replace(
                "%1", outcome.text
            )
        )
        if result.did_you_mean is not None:
            link = f'<a href="fix">{html.escape(result.did_you_mean)}</a>'
            if result.corrected:
                text = self.tr("No results for “%1”. Showing results for %2.")
                text = text.replace("%1", html.escape(outcome.text)).replace("%2", link)
            else:
                text = self.tr("Did you mean %1?").replace("%1", link)
            self.correction.setText(text)
            self.correction.show()

    def _search_failed(self, error: Exception) -> None:
        self.count.clear()
        message = html.escape(explain(error, "search"))
        retry = self.tr("Try again")
        self.error.setText(f'{message} <a href="retry">{retry}</a>')
        self.error.show()

    def _use_correction(self, _link: str) -> None:
        if self._outcome is not None and self._outcome.result.did_you_mean:
            self.search.setText(self._outcome.result.did_you_mean)
            self._search_now()

    # The index -------------------------------------------------------------------------

    def _prepare_index(self) -> None:
        if self._runner.is_busy("knowledge/index"):
            return
        self._runner.submit(
            "knowledge/index",
            lambda: prepare_index(self._knowledge, self._index_progress),
            self._index_prepared,
            self._index_failed,
        )

    def _index_prepared(self, outcome: IndexOutcome) -> None:
        self.index_status.hide()
        if outcome.report.rebuilt and not outcome.first_use:
            self._show_notice(
                self.tr("The search index could not be used and was rebuilt from the database.")
            )
        self._index_became_ready()

    def _index_failed(self, error: Exception) -> None:
        self.index_status.hide()
        self.error.setText(html.escape(explain(error, "index update")))
        self.error.show()
        self._index_became_ready()  # each search still repairs the index itself if it can

    def _index_became_ready(self) -> None:
        self._index_ready = True
        if self._search_waiting:
            self._search_waiting = False
            self._search_now()

    def _show_notice(self, text: str) -> None:
        self.notice.setText(html.escape(text))
        self.notice.show()
        self._notice_timer.start()

    # Articles --------------------------------------------------------------------------

    def _open_result(self, index: QModelIndex) -> None:
        hit = self.results.hit(index.row())
        if hit is not None:
            self.reader.open(hit.id, self._query if self._mode == "results" else None)

    def _reveal_viewer(self) -> None:
        self.error.hide()
        if self.viewer.isHidden():  # shown first: the article lays out at its real width
            self.viewer.show()
            total = max(self.splitter.height(), 300)
            self.splitter.setSizes([total * 2 // 5, total * 3 // 5])

    def _article_failed(self, message: str) -> None:
        self.error.setText(html.escape(message))
        self.error.show()

    def _close_article(self) -> None:
        self.viewer.hide()
        self.results.setFocus()

    def _record_query(self) -> None:
        if self._query is not None and self._mode == "results":
            self.reader.record(self._query.record)
            self._announce_hits(self._query.text)

    def _announce_hits(self, query: str) -> None:
        if self._outcome is not None:
            self.hits_shown.emit(query, [hit.id for hit in self._outcome.result.hits])

    # Keyboard --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._search_key(event)
        return super().eventFilter(watched, event)

    def _search_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in {Qt.Key.Key_Down, Qt.Key.Key_Up}:
            self.results.step(1 if key == Qt.Key.Key_Down else -1)
            return True
        if key in {Qt.Key.Key_Return, Qt.Key.Key_Enter}:
            if self._debounce.isActive() or self._runner.is_busy("knowledge/search"):
                self._open_when_ready = True
                if self._debounce.isActive():
                    self._search_now()
            else:
                self._open_result(self.results.currentIndex())
            return True
        if key == Qt.Key.Key_Escape:
            if self.search.text():
                self.search.clear()
            elif self.viewer.isVisible():
                self._close_article()
            return True
        return False


def _nothing() -> None:
    """No work."""


def _ignore(_value: object) -> None:
    """No result to show."""
