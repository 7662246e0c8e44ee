"""Snippets: the passages of an article's text where the query's words are, highlighted.

Found in the plain text itself, for the few hits shown: Chinese words as they are written,
English words by their stems (a word is a match when it stems to one of the query's words, or
starts with the word being typed), so nothing needs analysing again.
"""

import html
import re
from dataclasses import dataclass
from functools import lru_cache

from knowledge.analysis import is_chinese, latin_term
from knowledge.query import Query

SNIPPET_CHARS = 160
FRAGMENT_CHARS = SNIPPET_CHARS // 2
SURROUND = 30  # characters of context on each side of the words a passage shows
FRAGMENTS = 2
SEPARATOR = " … "


@dataclass
class _Fragment:
    start: int
    end: int
    matches: list[tuple[int, int]]

    def score(self, text: str) -> tuple[int, int]:
        distinct = {text[s:e].lower() for s, e in self.matches}
        return len(distinct), len(self.matches)


def snippet(text: str, query: Query | None) -> str:
    """HTML: the best passages, escaped, matched words in <mark>; else the text's start."""
    matches = _matches(text, query) if query is not None else []
    if not matches:
        cut = text[:SNIPPET_CHARS].replace("\n", " ")
        return html.escape(cut + ("…" if len(text) > SNIPPET_CHARS else ""))
    fragments: list[_Fragment] = []
    for start, end in matches:
        if fragments and end - fragments[-1].start <= FRAGMENT_CHARS:
            fragments[-1].end = end
            fragments[-1].matches.append((start, end))
        else:
            fragments.append(_Fragment(start, end, [(start, end)]))
    best = sorted(fragments, key=lambda fragment: fragment.score(text), reverse=True)
    shown = sorted(best[:FRAGMENTS], key=lambda fragment: fragment.start)
    return SEPARATOR.join(_render(text, fragment) for fragment in shown).replace("\n", " ")


def _matches(text: str, query: Query) -> list[tuple[int, int]]:
    pattern = _pattern(query)
    if pattern is None:
        return []
    return [
        match.span()
        for match in pattern.finditer(text)
        if match.lastgroup == "chinese" or _is_match(match.group(), query)
    ]


@lru_cache(maxsize=16)  # the same query for each of its hits
def _pattern(query: Query) -> re.Pattern[str] | None:
    """Candidates: the Chinese words, and English words starting like a stem of the query's."""
    chinese = [term for term in query.terms if is_chinese(term)]
    # A stem may end where its words differ (deliveri: delivery; hope: hoping): one letter less.
    starts = {term[:-1] if len(term) > 3 else term for term in query.terms if not is_chinese(term)}
    if query.prefix is not None:
        if is_chinese(query.prefix):
            chinese.append(query.prefix)
        else:
            starts.add(query.prefix)
    alternatives = []
    if starts:
        latin = "|".join(map(re.escape, sorted(starts, key=len, reverse=True)))
        alternatives.append(rf"(?P<latin>\b(?i:{latin})[A-Za-z0-9]*(?:['’][A-Za-z]+)?)")
    if chinese:
        words = "|".join(map(re.escape, sorted(chinese, key=len, reverse=True)))
        alternatives.append(f"(?P<chinese>{words})")
    return re.compile("|".join(alternatives)) if alternatives else None


def _is_match(word: str, query: Query) -> bool:
    if query.prefix is not None and word.lower().startswith(query.prefix):
        return True
    return latin_term(word) in query.terms


def _render(text: str, fragment: _Fragment) -> str:
    start = _word_start(text, max(0, fragment.start - SURROUND))
    end = _word_end(text, min(len(text), fragment.end + SURROUND))
    parts = []
    position = start
    for match_start, match_end in fragment.matches:
        parts.append(html.escape(text[position:match_start]))
        parts.append(f"<mark>{html.escape(text[match_start:match_end])}</mark>")
        position = match_end
    parts.append(html.escape(text[position:end]))
    return "".join(parts).strip()


def _word_start(text: str, index: int) -> int:
    """Back to the start of the Latin word `index` falls in (Chinese has no word boundary)."""
    while 0 < index < len(text) and text[index - 1].isascii() and text[index - 1].isalnum():
        index -= 1
    return index


def _word_end(text: str, index: int) -> int:
    while index < len(text) and text[index].isascii() and text[index].isalnum():
        index += 1
    return index
