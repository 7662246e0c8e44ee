"""Searching the index: ranked hits with highlighted snippets, filters and "did you mean"."""

import html
import re
import sqlite3
from dataclasses import dataclass

from knowledge.analysis import is_chinese
from knowledge.facets import condition
from knowledge.query import Query, build_query, ids
from knowledge.ranking import among, best, count, expression
from knowledge.snippets import snippet
from knowledge.spelling import did_you_mean
from knowledge.synonyms import Synonyms

ID_BOOST = 10.0  # an article whose id was typed comes first, this far ahead of the rest
_MARK = re.compile(r"</?mark[^>]*>")
_FILTERS = ("language", "tag", "product", "audience")


@dataclass(frozen=True)
class SearchFilters:
    language: str | None = None
    tag: str | None = None
    product: str | None = None
    audience: str | None = None

    def match(self) -> str | None:
        """An FTS5 expression for the articles the filters let through; None: all of them."""
        chosen = self.as_dict().items()
        return " AND ".join(condition(name, value) for name, value in chosen) or None

    def as_dict(self) -> dict[str, str]:
        return {name: value for name in _FILTERS if (value := getattr(self, name))}


@dataclass(frozen=True)
class SearchHit:
    id: str
    title: str
    language: str
    audience: str
    score: float
    snippet_html: str  # escaped text with the matched words in <mark>

    @property
    def snippet(self) -> str:
        return html.unescape(_MARK.sub("", self.snippet_html))

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "title": self.title,
            "language": self.language,
            "audience": self.audience,
            "score": round(self.score, 4),
            "snippet": self.snippet,
        }


@dataclass(frozen=True)
class SearchResult:
    query: str
    hits: tuple[SearchHit, ...]
    total: int
    did_you_mean: str | None = None
    corrected: bool = False  # the hits are for did_you_mean: the query itself found nothing

    def as_dict(self) -> dict[str, object]:
        return {
            "query": self.query,
            "total": self.total,
            "did_you_mean": self.did_you_mean,
            "corrected": self.corrected,
            "hits": [hit.as_dict() for hit in self.hits],
        }


def search(
    connection: sqlite3.Connection,
    text: str,
    synonyms: Synonyms,
    *,
    filters: SearchFilters | None = None,
    limit: int = 10,
) -> SearchResult:
    filters = filters or SearchFilters()
    suggestion = did_you_mean(connection, text)
    language = query_language(text)
    hits, total = _run(
        connection, text, synonyms=synonyms, filters=filters, limit=limit, language=language
    )
    if total == 0 and suggestion is not None:
        hits, total = _run(
            connection,
            suggestion,
            synonyms=synonyms,
            filters=filters,
            limit=limit,
            language=language,
        )
        return SearchResult(text, hits, total, suggestion, corrected=total > 0)
    return SearchResult(text, hits, total, suggestion)


def query_language(text: str) -> str | None:
    """zh for a query in Chinese only, en for one in Latin letters only, None for a mix."""
    chinese = is_chinese(text)
    latin = any(char.isascii() and char.isalpha() for char in text)
    if chinese == latin:
        return None
    return "zh" if chinese else "en"


def _run(
    connection: sqlite3.Connection,
    text: str,
    *,
    synonyms: Synonyms,
    filters: SearchFilters,
    limit: int,
    language: str | None,
) -> tuple[tuple[SearchHit, ...], int]:
    """The best hits, and how many articles match in all."""
    query = build_query(text, synonyms)
    allowed = filters.match()
    ranked: dict[int, float] = {}
    total = 0
    match = None
    if query is not None:
        match = expression(query.match, allowed)
        total = count(connection, match)
        found = best(connection, query, allowed, total=total, limit=limit, language=language)
        ranked = dict(found)
    named = _named(connection, ids(text), allowed)
    if named:
        total += len(set(named) - among(connection, match, named)) if match else len(named)
        top = max(ranked.values(), default=0.0) + ID_BOOST
        ranked = dict.fromkeys(named, top) | {r: s for r, s in ranked.items() if r not in named}
    return _hits(connection, list(ranked.items())[:limit], query), total


def _named(
    connection: sqlite3.Connection, article_ids: list[str], allowed: str | None
) -> list[int]:
    """The rows of the articles whose ids the query names, if the filters let them through."""
    if not article_ids:
        return []
    marks = ", ".join("?" * len(article_ids))
    found = connection.execute(f"SELECT rowid FROM articles WHERE id IN ({marks})", article_ids)
    rows = [row for (row,) in found]
    return [row for row in rows if row in among(connection, allowed, rows)] if allowed else rows


def _hits(
    connection: sqlite3.Connection, ranked: list[tuple[int, float]], query: Query | None
) -> tuple[SearchHit, ...]:
    if not ranked:
        return ()
    marks = ", ".join("?" * len(ranked))
    rows = connection.execute(
        f"SELECT rowid, id, title, language, audience, body FROM articles WHERE rowid IN ({marks})",
        [row for row, _ in ranked],
    )
    found = {row[0]: row[1:] for row in rows}
    hits = []
    for row, score in ranked:
        article_id, title, language, audience, body = found[row]
        hits.append(SearchHit(article_id, title, language, audience, score, snippet(body, query)))
    return tuple(hits)
