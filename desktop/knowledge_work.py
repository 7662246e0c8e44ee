"""The knowledge pane's background work: searching, reading articles, recording analytics.

Everything here runs on a TaskRunner worker thread and never touches a widget. What the
UI needs is prepared here in full (an article with its images already decoded), so the
UI thread never waits for the database or the index.
"""

import html
import logging
import re
import threading
from dataclasses import dataclass, field

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage
from sqlalchemy.exc import SQLAlchemyError

from desktop.article_text import reply_html, reply_text, without_title
from desktop.tasks import Progress
from knowledge.analytics import record_feedback, record_open, record_query
from knowledge.library import StoredArticle, asset, get_article
from knowledge.search import SearchFilters, SearchResult
from knowledge.service import IndexReport, KnowledgeBase

log = logging.getLogger(__name__)

SEARCH_LIMIT = 30
SUGGESTION_LIMIT = 6
_ASSET_SOURCE = re.compile(r"""src="(kbasset:[^"]+)\"""")

# What a case category suggests reading: words that are tags of the demo articles on the
# topic, in both languages, so the agent gets the guide and the customer-facing answer.
CATEGORY_QUERIES = {
    "late_delivery": "延迟送达 延迟 late delivery days late",
    "lost_parcel": "丢件 lost parcel missing parcel",
    "damaged_item": "破损 damaged damaged on arrival",
    "wrong_item": "发错货 错发 漏发 wrong item missing item",
    "warranty": "保修 维修 warranty repair",
    "return_outside_window": "逾期退货 超过退货期 late return outside return window",
    "service_failure": "服务失误 service failure apology",
    "price_drop": "降价 退差价 价保 price drop price protection",
    "payment_dispute": "支付争议 重复扣款 payment dispute charged twice",
}


def category_query(category: str) -> str:
    """The search that suggests articles for a case category; its own words if unknown."""
    return CATEGORY_QUERIES.get(category, category.replace("_", " "))


@dataclass(frozen=True)
class IndexOutcome:
    report: IndexReport
    first_use: bool  # there was no index at all: building it is expected, not a repair


def prepare_index(knowledge: KnowledgeBase, progress: Progress) -> IndexOutcome:
    """Bring this workstation's index up to date, rebuilding it (with progress) if needed."""
    first_use = knowledge.folder.current() is None
    try:
        report = knowledge.update_index(progress.report)
    except SQLAlchemyError:
        raise  # the database, not the index: rebuilding would fail the same way
    except Exception as exc:
        # An index already open that gets damaged fails with whatever SQLite meets.
        log.warning("the search index failed while updating (%r); rebuilding it", exc)
        report = knowledge.rebuild_index(progress.report)
    return IndexOutcome(report, first_use)


@dataclass(frozen=True)
class SearchOutcome:
    text: str
    filters: SearchFilters
    result: SearchResult
    rebuilt: bool  # the index was found unusable while searching and rebuilt


def run_search(
    knowledge: KnowledgeBase, text: str, filters: SearchFilters, limit: int = SEARCH_LIMIT
) -> SearchOutcome:
    before = knowledge.folder.marker()
    result = knowledge.search(text, filters, limit=limit)
    return SearchOutcome(text, filters, result, knowledge.folder.marker() != before)


@dataclass(frozen=True)
class LoadedArticle:
    """An article ready to show: sanitised HTML, its images, and the text of a reply."""

    article: StoredArticle
    html: str  # the body without the heading that repeats the title
    images: dict[str, QImage] = field(default_factory=dict)  # by URL, as the viewer asks
    reply_text: str = ""
    reply_html: str = ""

    @property
    def id(self) -> str:
        return self.article.id


def load_article(knowledge: KnowledgeBase, article_id: str) -> LoadedArticle:
    article = get_article(knowledge.engine, article_id)
    body = without_title(article.html, article.title)
    images: dict[str, QImage] = {}
    for source in set(_ASSET_SOURCE.findall(body)):
        url = QUrl(html.unescape(source))
        owner, _, path = url.path().partition("/")
        stored = asset(knowledge.engine, owner, path)
        if stored is not None:
            image = QImage.fromData(stored[1])
            if not image.isNull():
                images[url.toString()] = image
    return LoadedArticle(article, body, images, reply_text(body), reply_html(body))


class QueryLog:
    """A search the agent settled on, stored once, by whichever job needs its id first."""

    def __init__(
        self,
        knowledge: KnowledgeBase,
        text: str,
        filters: SearchFilters,
        total: int,
        username: str | None,
    ) -> None:
        self._knowledge = knowledge
        self.text, self.filters, self.total, self.username = text, filters, total, username
        self._lock = threading.Lock()
        self._id: int | None = None

    def record(self) -> int:
        with self._lock:
            if self._id is None:
                self._id = record_query(
                    self._knowledge.engine, self.text, self.filters, self.total, self.username
                )
            return self._id


def record_article_open(
    knowledge: KnowledgeBase, article_id: str, query: QueryLog | None, username: str | None
) -> None:
    query_id = query.record() if query is not None else None
    record_open(knowledge.engine, article_id, query_id=query_id, username=username)


def send_feedback(
    knowledge: KnowledgeBase, article_id: str, vote: str, username: str, comment: str
) -> str:
    record_feedback(knowledge.engine, article_id, vote, username=username, comment=comment)
    return vote
