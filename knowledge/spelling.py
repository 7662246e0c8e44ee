""" "Did you mean": the closest English word the articles use, for a word none of them has."""

import re
import sqlite3

from knowledge.query import Word, words

MIN_CORRECTABLE = 3
MAX_EDITS = 2


def did_you_mean(connection: sqlite3.Connection, text: str) -> str | None:
    """The query with misspelt English words replaced, or None when all are known."""
    corrected = text
    for word in words(text):
        if not _correctable(word) or _known(connection, word):
            continue
        suggestion = _closest(connection, word.text.lower())
        if suggestion is not None:
            corrected = re.sub(rf"\b{re.escape(word.text)}\b", suggestion, corrected, count=1)
    return corrected if corrected != text else None


def _correctable(word: Word) -> bool:
    return not word.chinese and word.text.isalpha() and len(word.text) >= MIN_CORRECTABLE


def _known(connection: sqlite3.Connection, word: Word) -> bool:
    """In the index, or the start of a word that is (the agent may still be typing it)."""
    for term in word.terms:
        # MATCH stops at the first article; the vocabulary table would count them all.
        found = connection.execute(
            "SELECT 1 FROM words WHERE words MATCH ? LIMIT 1", (f'"{term}"',)
        )
        if found.fetchone() is not None:
            return True
    lowered = word.text.lower()
    started = connection.execute(
        "SELECT 1 FROM spelling_vocabulary WHERE term >= ? AND term < ? LIMIT 1",
        (lowered, _after_prefix(lowered)),
    )
    return started.fetchone() is not None


def _closest(connection: sqlite3.Connection, word: str) -> str | None:
    """Within two edits and starting with the same letter; the most used among the closest."""
    candidates = connection.execute(
        "SELECT term, doc FROM spelling_vocabulary WHERE term >= ? AND term < ?"
        " AND length(term) BETWEEN ? AND ?",
        (word[0], _after_prefix(word[0]), len(word) - MAX_EDITS, len(word) + MAX_EDITS),
    )
    best: tuple[int, int, str] | None = None
    for term, articles in candidates:
        edits = distance(word, term, MAX_EDITS)
        if term != word and edits <= MAX_EDITS:
            ranked = (edits, -articles, term)
            best = ranked if best is None or ranked < best else best
    return None if best is None else best[2]


def distance(a: str, b: str, limit: int) -> int:
    """Edits (insert, delete, replace, swap two neighbours) from a to b; limit + 1 past limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before: list[int] | None = None
    previous = list(range(len(b) + 1))
    for i, char in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, other in enumerate(b, start=1):
            cost = 0 if char == other else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if before is not None and j > 1 and char == b[j - 2] and a[i - 2] == other:
                current[j] = min(current[j], before[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        before, previous = previous, current
    return previous[-1]


def _after_prefix(prefix: str) -> str:
    """The first text after every text that starts with `prefix`."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)
