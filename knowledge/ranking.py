"""Ranking in SQLite: the best articles for a query, and how many match.

BM25 over the title (weight 3), the tags (2) and the body; the facets column only filters.
A query written in one language raises the scores of the best articles in that language by
half: synonym groups mix languages, so an English query also matches the Chinese version of
an article, and the agent who typed English most likely wants the English one.

FTS5 computes bm25() for every match (about 2 µs each) before it keeps the best, and a query
of common words matches most of the knowledge base. So when a query matches many articles,
only the likely best are scored: those with one of its words in their title or tags, and
those with one of its rare words anywhere; the scores are the same bm25() as over every
match. All matches are ranked when this first pass finds too few.
"""

import sqlite3

from knowledge.facets import EVERY
from knowledge.query import Query

TITLE_WEIGHT = 3.0
TAGS_WEIGHT = 2.0
BODY_WEIGHT = 1.0
SAME_LANGUAGE_BOOST = 1.5
RERANK_DEPTH = 30  # matches looked at to put the query's own language first
PRUNE_ABOVE = 1_000  # matching articles past which only the first pass's are scored
RARE = 300  # a word in fewer articles is looked for in the first pass wherever it is
# The facets and prominent columns weigh nothing: matching them selects, never scores.
_WEIGHTS = f"{TITLE_WEIGHT}, {TAGS_WEIGHT}, {BODY_WEIGHT}, 0.0, 0.0"
_BEST = f"""
SELECT rowid, bm25(words, {_WEIGHTS}) AS rank FROM words WHERE words MATCH ? ORDER BY rank LIMIT ?
"""  # bm25() is better the lower: the scores returned negate it


def expression(words: str, allowed: str | None) -> str:
    """The FTS5 expression for the query's words, and the filters.

    No column filter: query words can be found in the text columns only (the facets and
    prominent columns hold words of their own), and a filter would make FTS5 read where in
    the row every match is, which doubled the time of counting the matches.
    """
    return _filtered(f"({words})", allowed)


def best(
    connection: sqlite3.Connection,
    query: Query,
    allowed: str | None,
    *,
    total: int,
    limit: int,
    language: str | None,
) -> list[tuple[int, float]]:
    """Rowids and scores (the higher the better) of the best of `total` matches, best first."""
    depth = max(limit, RERANK_DEPTH) if language else limit
    ranked = []
    if total > PRUNE_ABOVE:
        ranked = _ranked(connection, _first_pass(connection, query, allowed), depth)
    if len(ranked) < depth:
        ranked = _ranked(connection, expression(query.match, allowed), depth)
    if language and ranked:
        marks = ", ".join("?" * len(ranked))
        languages = dict(
            connection.execute(
                f"SELECT rowid, language FROM articles WHERE rowid IN ({marks})",
                [row for row, _ in ranked],
            )
        )
        boosted = [
            (row, score * SAME_LANGUAGE_BOOST if languages.get(row) == language else score)
            for row, score in ranked
        ]
        ranked = sorted(boosted, key=lambda pair: pair[1], reverse=True)
    return ranked[:limit]


def _ranked(connection: sqlite3.Connection, match: str, depth: int) -> list[tuple[int, float]]:
    return [(row, -rank) for row, rank in connection.execute(_BEST, (match, depth))]


def _first_pass(connection: sqlite3.Connection, query: Query, allowed: str | None) -> str:
    """The query's matches with a word in the title or tags, or a rare word anywhere.

    bm25() adds up what every phrase of the expression finds, so each part of the query
    appears once as words that are scored: the rare ones in the first half, the others in the
    second, which EVERY makes optional. The prominent words and EVERY weigh nothing.
    """
    rare = [part for part in query.parts if _fewer(connection, part, RARE)]
    common = [part for part in query.parts if part not in rare]
    if not common:
        return expression(query.match, allowed)
    candidates = " OR ".join([*query.prominent, *rare])
    scored = " OR ".join([*common, EVERY])
    return _filtered(f"({candidates}) AND ({scored})", allowed)


def _filtered(found: str, allowed: str | None) -> str:
    return f"{found} AND {allowed}" if allowed else found


def _fewer(connection: sqlite3.Connection, part: str, articles: int) -> bool:
    """Whether fewer than `articles` articles match: counts no further than that."""
    found = connection.execute(
        "SELECT count(*) FROM (SELECT 1 FROM words WHERE words MATCH ? LIMIT ?)",
        (part, articles),
    )
    return bool(found.fetchone()[0] < articles)


def count(connection: sqlite3.Connection, match: str) -> int:
    found = connection.execute("SELECT count(*) FROM words WHERE words MATCH ?", (match,))
    return int(found.fetchone()[0])


def among(connection: sqlite3.Connection, match: str, rows: list[int]) -> set[int]:
    """Which of these rows match."""
    if not rows:
        return set()
    marks = ", ".join("?" * len(rows))
    found = connection.execute(
        f"SELECT rowid FROM words WHERE words MATCH ? AND rowid IN ({marks})", [match, *rows]
    )
    return {row for (row,) in found}
