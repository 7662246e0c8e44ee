"""Reading articles for the knowledge pane: loading them off the UI thread into the viewer,
recording which search each came from, and sending the reader's feedback."""

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from desktop.article_viewer import ArticleViewer
from desktop.knowledge_texts import explain
from desktop.knowledge_work import (
    LoadedArticle,
    QueryLog,
    load_article,
    record_article_open,
    send_feedback,
)
from desktop.tasks import TaskRunner
from knowledge.service import KnowledgeBase

log = logging.getLogger(__name__)


class ArticleReader(QObject):
    """Drives the viewer; `about_to_show` lets the pane make room before an article appears."""

    about_to_show = Signal()
    opened = Signal(str)  # article id
    failed = Signal(str)  # what to tell the agent

    def __init__(
        self,
        knowledge: KnowledgeBase,
        runner: TaskRunner,
        viewer: ArticleViewer,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._knowledge, self._runner, self.viewer = knowledge, runner, viewer
        self.username: str | None = None
        self._opened_with: QueryLog | None = None  # the search the open article came from
        self._jobs = 0
        viewer.link_followed.connect(lambda article_id: self.open(article_id, None))
        viewer.feedback.submitted.connect(self._send_feedback)

    def open(self, article_id: str, query: QueryLog | None) -> None:
        """Show an article; `query` is the search it was found with, if any."""
        current = self.viewer.current()
        if (
            self.viewer.isVisible()
            and current is not None
            and (current.id, query) == (article_id, self._opened_with)
        ):
            return  # a double click, or Enter again on the result already open
        self._opened_with = query
        self.viewer.notice.setText(self.tr("Loading…"))
        username = self.username
        self._runner.submit(
            "knowledge/article",
            lambda: load_article(self._knowledge, article_id),
            lambda loaded: self._loaded(loaded, query, username),
            self._failed,
        )

    def record(self, work: Callable[[], object]) -> None:
        """Store analytics; they must not disturb the agent: failures are logged, not shown."""
        self._jobs += 1
        self._runner.submit(
            f"knowledge/analytics/{self._jobs}",
            work,
            lambda _result: None,
            lambda error: log.warning("knowledge analytics not recorded: %s", error),
        )

    def _loaded(self, loaded: LoadedArticle, query: QueryLog | None, username: str | None) -> None:
        self.about_to_show.emit()
        self.viewer.show_article(loaded)
        self.record(lambda: record_article_open(self._knowledge, loaded.id, query, username))
        self.opened.emit(loaded.id)

    def _failed(self, error: Exception) -> None:
        self.viewer.notice.clear()
        self.failed.emit(explain(error, "opening an article"))

    def _send_feedback(self, vote: str, comment: str) -> None:
        loaded, username = self.viewer.current(), self.username
        if loaded is None or username is None:
            return
        article_id = loaded.id
        self._runner.submit(
            "knowledge/feedback",
            lambda: send_feedback(self._knowledge, article_id, vote, username, comment),
            lambda _vote: self._feedback_sent(article_id),
            lambda error: self.viewer.feedback.show_failed(explain(error, "feedback")),
        )

    def _feedback_sent(self, article_id: str) -> None:
        current = self.viewer.current()
        if current is not None and current.id == article_id:
            self.viewer.feedback.show_sent()
