"""Ranking in SQLite: the best articles for an FTS5 expression, and how many match.

BM25 over the title (weight 3), the tags (2) and the body; the facets column only filters.
A query written in one language raises the scores of the best articles in that language by
half: synonym groups mix languages, so an English query also matches the Chinese version of
an article, and the agent who typed English most likely wants the English one.
"""

import sqlite3

TITLE_WEIGHT = 3.0
TAGS_WEIGHT = 2.0
BODY_WEIGHT = 1.0
SAME_LANGUAGE_BOOST = 1.5
RERANK_DEPTH = 30  # matches looked at to put the query's own language first
_WEIGHTS = f"{TITLE_WEIGHT}, {TAGS_WEIGHT}, {BODY_WEIGHT}, 0.0"
_BEST = f"""
SELECT rowid, bm25(words, {_WEIGHTS}) AS rank FROM words WHERE words MATCH ? ORDER BY rank LIMIT ?
"""  # bm25() is better the lower: the scores returned negate it


def expression(words: str, allowed: str | None) -> str:
    """The FTS5 expression for the query's words in the text columns, and the filters."""
    found = f"{{title tags body}} : ({words})"
    return f"{found} AND {allowed}" if allowed else found


def best(
    connection: sqlite3.Connection, match: str, limit: int, language: str | None
) -> list[tuple[int, float]]:
    """Rowids and scores (the higher the better) of the best matches, best first."""
    depth = max(limit, RERANK_DEPTH) if language else limit
    ranked = [(row, -rank) for row, rank in connection.execute(_BEST, (match, depth))]
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
