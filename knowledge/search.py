"""Searching the index: ranked hits with highlighted snippets, filters and "did you mean"."""

import html
import re
from dataclasses import dataclass

from whoosh import index
from whoosh.highlight import ContextFragmenter, HtmlFormatter
from whoosh.query import And, Query, Term
from whoosh.reading import IndexReader
from whoosh.searching import Hit as WhooshHit
from whoosh.searching import Searcher

from knowledge.analysis import is_chinese
from knowledge.query import FIELDS, Word, build_query, words
from knowledge.synonyms import Synonyms

SNIPPET_CHARS = 160
MIN_CORRECTABLE = 3
RERANK_DEPTH = 30  # hits looked at to put the query's own language first
SAME_LANGUAGE_BOOST = 1.5
_MARK = re.compile(r"</?mark[^>]*>")


@dataclass(frozen=True)
class SearchFilters:
    language: str | None = None
    tag: str | None = None
    product: str | None = None
    audience: str | None = None

    def query(self) -> Query | None:
        terms = [
            Term(field, value.lower() if field == "tag" else value)
            for field, value in (
                ("language", self.language),
                ("tag", self.tag),
                ("product", self.product),
                ("audience", self.audience),
            )
            if value
        ]
        return And(terms) if terms else None

    def as_dict(self) -> dict[str, str]:
        fields = ("language", "tag", "product", "audience")
        return {name: value for name in fields if (value := getattr(self, name))}


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
    opened: index.Index,
    text: str,
    synonyms: Synonyms,
    *,
    filters: SearchFilters | None = None,
    limit: int = 10,
) -> SearchResult:
    filters = filters or SearchFilters()
    with opened.searcher() as searcher:
        suggestion = _did_you_mean(searcher, text)
        language = query_language(text)
        hits, total = _run(searcher, build_query(text, synonyms), filters, limit, language)
        if total == 0 and suggestion is not None:
            query = build_query(suggestion, synonyms)
            hits, total = _run(searcher, query, filters, limit, language)
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
    searcher: Searcher,
    query: Query | None,
    filters: SearchFilters,
    limit: int,
    language: str | None,
) -> tuple[tuple[SearchHit, ...], int]:
    """The best hits; among close scores, articles in the query's own language first.

    Synonym groups mix languages, so an English query also matches the Chinese version
    of an article; the agent who typed English most likely wants the English one.
    """
    if query is None:
        return (), 0
    depth = max(limit, RERANK_DEPTH)
    results = searcher.search(query, filter=filters.query(), limit=depth, terms=True)
    results.fragmenter = ContextFragmenter(maxchars=SNIPPET_CHARS // 2, surround=30)
    results.formatter = HtmlFormatter(tagname="mark", between=" … ")
    boosted = sorted(
        ((_boost(hit, language), hit) for hit in results),
        key=lambda pair: pair[0],
        reverse=True,
    )
    hits = tuple(_hit(hit, score) for score, hit in boosted[:limit])
    return hits, _count(searcher, query, filters)


def _count(searcher: Searcher, query: Query, filters: SearchFilters) -> int:
    """Every match; Whoosh's own count of a limited search ignores the filter."""
    matching = searcher.docs_for_query(query)
    allowed = filters.query()
    if allowed is None:
        return sum(1 for _ in matching)
    return len(set(matching) & set(searcher.docs_for_query(allowed)))


def _boost(hit: WhooshHit, language: str | None) -> float:
    score = hit.score or 0.0
    return score * SAME_LANGUAGE_BOOST if language and hit["language"] == language else score


def _hit(hit: WhooshHit, score: float) -> SearchHit:
    snippet = hit.highlights("body", top=2)
    if not snippet:
        body = hit["body"]
        cut = body[:SNIPPET_CHARS].replace("\n", " ")
        snippet = html.escape(cut + ("…" if len(body) > SNIPPET_CHARS else ""))
    return SearchHit(
        id=hit["id"],
        title=hit["title"],
        language=hit["language"],
        audience=hit["audience"],
        score=score,
        snippet_html=snippet.replace("\n", " "),
    )


def _did_you_mean(searcher: Searcher, text: str) -> str | None:
    """The query with misspelt English words replaced, or None when all are known."""
    reader = searcher.reader()
    corrector = searcher.corrector("words")
    corrected = text
    for word in words(text):
        if not _correctable(word) or _known(reader, word):
            continue
        suggestions = corrector.suggest(word.text.lower(), limit=1, maxdist=2, prefix=1)
        if suggestions:
            corrected = re.sub(rf"\b{re.escape(word.text)}\b", suggestions[0], corrected, count=1)
    return corrected if corrected != text else None


def _correctable(word: Word) -> bool:
    return not word.chinese and word.text.isalpha() and len(word.text) >= MIN_CORRECTABLE


def _known(reader: IndexReader, word: Word) -> bool:
    """In the index, or the start of a word that is (the agent may still be typing it)."""
    lowered = word.text.lower()
    in_index = any(reader.doc_frequency(field, term) > 0 for field in FIELDS for term in word.terms)
    return in_index or next(iter(reader.expand_prefix("words", lowered)), None) is not None
