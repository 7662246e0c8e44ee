"""What agents searched for, what they opened and what they thought of it.

The report is the knowledge owners' to-do list: searches that found nothing, searches whose
results nobody opened, and articles readers marked not helpful or outdated.
"""

import json
from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy import Engine, Select, case, distinct, func, select
from sqlalchemy.orm import Session

from knowledge.library import get_article
from knowledge.models import VOTES, KbArticle, KbFeedback, KbOpen, KbQuery
from knowledge.search import SearchFilters
from store.sessions import transaction
from store.types import utcnow

MAX_QUERY_CHARS = 500


class FeedbackError(ValueError):
    """Feedback that cannot be recorded, such as an unknown vote."""


@dataclass(frozen=True)
class QueryLine:
    query: str
    searches: int
    last: datetime


@dataclass(frozen=True)
class ArticleLine:
    id: str
    title: str
    helpful: int
    not_helpful: int
    outdated: int
    comments: tuple[str, ...]


@dataclass(frozen=True)
class KbReport:
    since: datetime | None
    zero_results: tuple[QueryLine, ...]
    never_opened: tuple[QueryLine, ...]
    negative_feedback: tuple[ArticleLine, ...]

    def as_dict(self) -> dict[str, object]:
        return {
            "since": self.since,
            "zero_results": [asdict(line) for line in self.zero_results],
            "never_opened": [asdict(line) for line in self.never_opened],
            "negative_feedback": [asdict(line) for line in self.negative_feedback],
        }


def record_query(
    engine: Engine, text: str, filters: SearchFilters, result_count: int, username: str | None
) -> int:
    """Store a search; returns its id, to link the article the agent then opens."""
    row = KbQuery(
        at=utcnow(),
        username=username,
        query=text.strip()[:MAX_QUERY_CHARS],
        filters=json.dumps(filters.as_dict(), ensure_ascii=False),
        result_count=result_count,
    )
    with transaction(engine) as session:
        session.add(row)
        session.flush()
        return row.id


def record_open(
    engine: Engine, article_id: str, *, query_id: int | None, username: str | None
) -> None:
    with transaction(engine) as session:
        session.add(
            KbOpen(at=utcnow(), username=username, article_id=article_id, query_id=query_id)
        )


def record_feedback(
    engine: Engine, article_id: str, vote: str, *, username: str, comment: str = ""
) -> None:
    if vote not in VOTES:
        raise FeedbackError(f"vote {vote!r}: use one of {', '.join(VOTES)}")
    article = get_article(engine, article_id)
    with transaction(engine) as session:
        session.add(
            KbFeedback(
                at=utcnow(),
                username=username,
                article_id=article.id,
                revision=article.revision,
                vote=vote,
                comment=comment.strip(),
            )
        )


def report(engine: Engine, *, since: datetime | None = None, limit: int = 50) -> KbReport:
    with transaction(engine) as session:
        return KbReport(
            since=since,
            zero_results=tuple(_zero_results(session, since, limit)),
            never_opened=tuple(_never_opened(session, since, limit)),
            negative_feedback=tuple(_negative_feedback(session, since, limit)),
        )


def _searches(since: datetime | None, limit: int) -> Select[str, int, datetime]:
    """Searches grouped by their text, the most frequent first."""
    searches = func.count(distinct(KbQuery.id))
    statement = (
        select(KbQuery.query, searches, func.max(KbQuery.at))
        .group_by(KbQuery.query)
        .order_by(searches.desc(), KbQuery.query)
        .limit(limit)
    )
    return statement if since is None else statement.where(KbQuery.at >= since)


def _zero_results(session: Session, since: datetime | None, limit: int) -> list[QueryLine]:
    statement = _searches(since, limit).where(KbQuery.result_count == 0)
    return [QueryLine(*line) for line in session.execute(statement)]


def _never_opened(session: Session, since: datetime | None, limit: int) -> list[QueryLine]:
    """Searches that found articles, none of which anyone opened, ever, for that text."""
    statement = (
        _searches(since, limit)
        .outerjoin(KbOpen, KbOpen.query_id == KbQuery.id)
        .where(KbQuery.result_count > 0)
        .having(func.count(KbOpen.id) == 0)
    )
    return [QueryLine(*line) for line in session.execute(statement)]


def _negative_feedback(session: Session, since: datetime | None, limit: int) -> list[ArticleLine]:
    counts = [func.sum(case((KbFeedback.vote == vote, 1), else_=0)) for vote in VOTES]
    negative = counts[1] + counts[2]
    statement = (
        select(KbFeedback.article_id, KbArticle.title, *counts)
        .join(KbArticle, KbArticle.id == KbFeedback.article_id)
        .group_by(KbFeedback.article_id, KbArticle.title)
        .having(negative > 0)
        .order_by(negative.desc(), KbFeedback.article_id)
        .limit(limit)
    )
    if since is not None:
        statement = statement.where(KbFeedback.at >= since)
    return [
        ArticleLine(
            article_id, title, helpful, not_helpful, outdated, _comments(session, article_id)
        )
        for article_id, title, helpful, not_helpful, outdated in session.execute(statement)
    ]


def _comments(session: Session, article_id: str) -> tuple[str, ...]:
    """The latest comments that came with a negative vote."""
    statement = (
        select(KbFeedback.comment)
        .where(KbFeedback.article_id == article_id, KbFeedback.vote != "helpful")
        .where(KbFeedback.comment != "")
        .order_by(KbFeedback.at.desc(), KbFeedback.id.desc())
        .limit(3)
    )
    return tuple(session.scalars(statement))
