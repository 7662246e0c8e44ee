"""Reading the knowledge base from the database: articles, images, revisions and synonyms."""

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Engine, func, select

from knowledge.documents import IndexedArticle
from knowledge.models import KbArticle, KbAsset, KbRevision, KbSynonyms
from knowledge.render import render
from knowledge.synonyms import Synonyms, parse_synonyms
from store.sessions import transaction

_BATCH = 500


class UnknownArticleError(LookupError):
    """No article with this id has been imported."""


@dataclass(frozen=True)
class StoredArticle:
    id: str
    revision: int
    title: str
    language: str
    tags: tuple[str, ...]
    product: str
    audience: str
    owner: str
    updated: date
    related: tuple[str, ...]
    body: str
    imported_at: datetime

    @property
    def html(self) -> str:
        return render(self.body, self.id)

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "revision": self.revision,
            "title": self.title,
            "language": self.language,
            "tags": list(self.tags),
            "product": self.product,
            "audience": self.audience,
            "owner": self.owner,
            "updated": self.updated.isoformat(),
            "related": list(self.related),
            "body": self.body,
        }


@dataclass(frozen=True)
class Revision:
    revision: int
    content_hash: str
    imported_at: datetime
    source: str


def article_hashes(engine: Engine) -> dict[str, str]:
    with transaction(engine) as session:
        return dict(session.execute(select(KbArticle.id, KbArticle.content_hash)).all())


def source_state(engine: Engine) -> str:
    """Changes whenever an article is added, changed or removed, read in one small query.

    Every change stores a revision, whose id only grows (imports run one at a time), and a
    removal changes the count.
    """
    articles = select(func.count()).select_from(KbArticle).scalar_subquery()
    revision = select(func.coalesce(func.max(KbRevision.id), 0)).scalar_subquery()
    with transaction(engine) as session:
        count, latest = session.execute(select(articles, revision)).one()
        return f"{count}:{latest}"


def article_count(engine: Engine) -> int:
    with transaction(engine) as session:
        return session.scalar(select(func.count()).select_from(KbArticle)) or 0


def indexable(engine: Engine, ids: Iterable[str] | None = None) -> Iterator[IndexedArticle]:
    """Articles for the index, read in batches so memory stays flat; all when ids is None."""
    if ids is None:
        with transaction(engine) as session:
            ids = list(session.scalars(select(KbArticle.id).order_by(KbArticle.id)))
    wanted = list(ids)
    for start in range(0, len(wanted), _BATCH):
        batch = wanted[start : start + _BATCH]
        with transaction(engine) as session:
            rows = session.scalars(select(KbArticle).where(KbArticle.id.in_(batch)))
            yield from (
                IndexedArticle(
                    id=row.id,
                    content_hash=row.content_hash,
                    title=row.title,
                    body=row.body,
                    tags=tuple(json.loads(row.tags)),
                    language=row.language,
                    product=row.product,
                    audience=row.audience,
                )
                for row in rows
            )


def get_article(engine: Engine, article_id: str) -> StoredArticle:
    with transaction(engine) as session:
        row = session.get(KbArticle, article_id.strip().upper())
        if row is None:
            raise UnknownArticleError(f"no article {article_id!r} in the knowledge base")
        return StoredArticle(
            id=row.id,
            revision=row.revision,
            title=row.title,
            language=row.language,
            tags=tuple(json.loads(row.tags)),
            product=row.product,
            audience=row.audience,
            owner=row.owner,
            updated=row.updated,
            related=tuple(json.loads(row.related)),
            body=row.body,
            imported_at=row.imported_at,
        )


def revisions(engine: Engine, article_id: str) -> list[Revision]:
    with transaction(engine) as session:
        rows = session.scalars(
            select(KbRevision)
            .where(KbRevision.article_id == article_id)
            .order_by(KbRevision.revision)
        )
        return [Revision(r.revision, r.content_hash, r.imported_at, r.source) for r in rows]


def asset(engine: Engine, article_id: str, path: str) -> tuple[str, bytes] | None:
    """An article's image as (media type, bytes), or None."""
    with transaction(engine) as session:
        row = session.scalars(
            select(KbAsset).where(KbAsset.article_id == article_id, KbAsset.path == path)
        ).first()
        return None if row is None else (row.media_type, row.data)


def latest_synonyms(engine: Engine) -> tuple[str, Synonyms]:
    """The synonym list in force and its hash; empty when none was imported."""
    with transaction(engine) as session:
        row = session.scalars(select(KbSynonyms).order_by(KbSynonyms.id.desc()).limit(1)).first()
        if row is None:
            return "", Synonyms()
        return row.content_hash, parse_synonyms(row.text)
