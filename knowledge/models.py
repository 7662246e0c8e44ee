"""The knowledge package's tables: articles with their revision history, images, synonyms,
search analytics and reader feedback. The database is the source of truth; the search
index is a cache rebuilt from it.
"""

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from store.base import Base
from store.types import UTCDateTime

VOTES = ("helpful", "not_helpful", "outdated")


class KbArticle(Base):
    """The current revision of an article, as search and the viewer see it."""

    __tablename__ = "kb_articles"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    revision: Mapped[int]
    content_hash: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(300))
    language: Mapped[str] = mapped_column(String(16), index=True)
    tags: Mapped[str] = mapped_column(Text)  # JSON list
    product: Mapped[str] = mapped_column(String(100))
    audience: Mapped[str] = mapped_column(String(16))
    owner: Mapped[str] = mapped_column(String(100))
    updated: Mapped[date]
    related: Mapped[str] = mapped_column(Text)  # JSON list
    body: Mapped[str] = mapped_column(Text)  # Markdown
    source: Mapped[str] = mapped_column(String(1000), index=True)
    # SHA-256 of the file as read from `source`: the same bytes need no parsing at next import.
    file_digest: Mapped[str | None] = mapped_column(String(64))
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime())


class KbRevision(Base):
    """Every version of every article ever imported, the current one included."""

    __tablename__ = "kb_revisions"
    __table_args__ = (UniqueConstraint("article_id", "revision"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[str] = mapped_column(String(64), index=True)
    revision: Mapped[int]
    content_hash: Mapped[str] = mapped_column(String(64))
    header: Mapped[str] = mapped_column(Text)  # JSON: the front matter
    body: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(1000))
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime())


class KbAsset(Base):
    """An image an article shows, stored with it so every workstation can display it."""

    __tablename__ = "kb_assets"
    __table_args__ = (UniqueConstraint("article_id", "path"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[str] = mapped_column(String(64))
    path: Mapped[str] = mapped_column(String(500))  # relative to the article, as written
    media_type: Mapped[str] = mapped_column(String(100))
    content_hash: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)


class KbSynonyms(Base):
    """A version of the synonym list; the latest one applies to every search."""

    __tablename__ = "kb_synonyms"

    id: Mapped[int] = mapped_column(primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)  # the TOML file as imported
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime())


class KbQuery(Base):
    """A search someone ran, with how many articles it found."""

    __tablename__ = "kb_queries"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    username: Mapped[str | None] = mapped_column(String(64))
    query: Mapped[str] = mapped_column(String(500))
    filters: Mapped[str] = mapped_column(String(500))  # JSON
    result_count: Mapped[int]


class KbOpen(Base):
    """An article opened, from a search result when query_id is set."""

    __tablename__ = "kb_opens"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    username: Mapped[str | None] = mapped_column(String(64))
    article_id: Mapped[str] = mapped_column(String(64), index=True)
    query_id: Mapped[int | None] = mapped_column(ForeignKey("kb_queries.id"), index=True)


class KbFeedback(Base):
    """A reader's verdict on an article: the knowledge owners' to-do list."""

    __tablename__ = "kb_feedback"
    __table_args__ = (
        CheckConstraint("vote IN ('helpful', 'not_helpful', 'outdated')", name="vote"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    username: Mapped[str] = mapped_column(String(64))
    article_id: Mapped[str] = mapped_column(String(64), index=True)
    revision: Mapped[int]  # the revision the reader saw
    vote: Mapped[str] = mapped_column(String(16))
    comment: Mapped[str] = mapped_column(Text, default="")
