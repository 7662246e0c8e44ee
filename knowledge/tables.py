"""The index's tables in one SQLite file: FTS5 for the words, plain tables for the rest.

FTS5 gets the words our analysis made (jieba for Chinese, stemmed English), space-separated,
so its own `unicode61` tokenizer only splits them again; ranking, prefixes and counting then
run in SQLite's C code, filters included (`knowledge.facets`). What a hit shows (title, plain
text for the snippet) and the content hashes live in an ordinary table keyed by the same rowid.
"""

import sqlite3
from collections.abc import Iterable

from knowledge.documents import Document

TOKENIZER = "unicode61 remove_diacritics 0"
# The prominent column holds the title and tag words again, each behind this mark: words of
# their own, so ranking's first pass finds the articles with a query word in their title or
# tags by short lists of rows, without reading where in each row the common words are. The
# mark is a letter to the tokenizer and never part of a word our analysis makes.
PROMINENT = "º"
# FTS5's bm25() gives a word found in half the articles or more no weight at all (its IDF,
# log((N - n + 0.5) / (n + 0.5)), is clamped to 1e-6), and in a knowledge base about refunds
# "refund" is such a word. Empty rows beside each article (they match nothing) raise N, so
# the IDF behaves like log(N / n) plus a constant, as in Lucene or Whoosh. They also shrink
# the average length bm25() divides by, which weighs long articles down more. Measured on
# the demo's golden queries, MRR@10 by empty rows per article: 0.891 (none), 0.911 (2),
# 0.927 (4), 0.943 (8), 0.944 (10), 0.935 (14), 0.925 (20), 0.918 (40).
PADDING = 10
SCHEMA = f"""
CREATE TABLE articles (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    language TEXT NOT NULL,
    audience TEXT NOT NULL
);
-- The database's state the index was last brought up to (`knowledge.library.source_state`).
CREATE TABLE source (state TEXT NOT NULL);
CREATE VIRTUAL TABLE words USING fts5(
    title, tags, body, facets, prominent, tokenize='{TOKENIZER}', prefix='1 2 3'
);
CREATE VIRTUAL TABLE spelling USING fts5(words, tokenize='{TOKENIZER}', detail=none);
CREATE VIRTUAL TABLE spelling_vocabulary USING fts5vocab(spelling, row);
"""


def create(connection: sqlite3.Connection) -> None:
    connection.executescript(SCHEMA)


def add(connection: sqlite3.Connection, documents: Iterable[Document]) -> int:
    """Insert the documents (inside the caller's transaction); returns how many.

    Rowids only grow: FTS5 writes its pending words out whenever a smaller one comes, and
    a build inserting each article's empty rows below it took seconds more for that.
    """
    (last,) = connection.execute("SELECT coalesce(max(rowid), 0) FROM articles").fetchone()
    count = 0
    for count, doc in enumerate(documents, start=1):
        row = last + count * _STRIDE
        article = doc.article
        connection.execute(
            "INSERT INTO articles (rowid, id, content_hash, title, body, language, audience)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                row,
                article.id,
                article.content_hash,
                article.title,
                doc.text,
                article.language,
                article.audience,
            ),
        )
        connection.execute(
            "INSERT INTO words (rowid, title, tags, body, facets, prominent)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                row,
                doc.title_words,
                doc.tags_words,
                doc.body_words,
                doc.facets,
                prominent(f"{doc.title_words} {doc.tags_words}"),
            ),
        )
        connection.executemany(
            "INSERT INTO words (rowid, title, tags, body, facets, prominent)"
            " VALUES (?, '', '', '', '', '')",
            ((padding,) for padding in _padding(row)),
        )
        connection.execute("INSERT INTO spelling (rowid, words) VALUES (?, ?)", (row, doc.spelling))
    return count


def prominent(words: str) -> str:
    return " ".join(PROMINENT + word for word in words.split())


def remove(connection: sqlite3.Connection, article_ids: Iterable[str]) -> None:
    for article_id in article_ids:
        found = connection.execute("SELECT rowid FROM articles WHERE id = ?", (article_id,))
        for (row,) in found.fetchall():
            for table in ("words", "spelling", "articles"):
                connection.execute(f"DELETE FROM {table} WHERE rowid = ?", (row,))
            connection.executemany(
                "DELETE FROM words WHERE rowid = ?", ((padding,) for padding in _padding(row))
            )


_STRIDE = PADDING + 1  # an article's rowid, then its empty rows' rowids


def _padding(row: int) -> range:
    """The rowids of an article's empty rows: right after its own."""
    return range(row + 1, row + _STRIDE)


def hashes(connection: sqlite3.Connection) -> dict[str, str]:
    """Article id to content hash, for every article in the index."""
    return dict(connection.execute("SELECT id, content_hash FROM articles").fetchall())


def source_state(connection: sqlite3.Connection) -> str | None:
    found = connection.execute("SELECT state FROM source").fetchone()
    return None if found is None else str(found[0])


def record_source_state(connection: sqlite3.Connection, state: str) -> None:
    """Inside the caller's transaction, with the changes that bring the index up to it."""
    connection.execute("DELETE FROM source")
    connection.execute("INSERT INTO source (state) VALUES (?)", (state,))


def optimise(connection: sqlite3.Connection) -> None:
    """Merge the full-text indexes' segments into one: faster searches after a build."""
    for table in ("words", "spelling"):
        connection.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")
