"""What an agent types, turned into an FTS5 query of the index's words.

Every word is optional and found in the title, the tags or the body (BM25, the title
weighted most); articles matching more of the words rank higher. Synonyms add their group's
other terms, and the last word, while it is still being typed, also matches as a prefix.
Article ids typed in the query are looked up apart from the words (`ids`).
"""

import re
from dataclasses import dataclass

from knowledge.analysis import RUNS, is_chinese, terms
from knowledge.article import ARTICLE_ID
from knowledge.synonyms import Synonyms
from knowledge.tables import PROMINENT

MIN_PREFIX = 2  # letters before a Latin word being typed is expanded
_APOSTROPHE = re.compile("['’]")


@dataclass(frozen=True)
class Word:
    """A run of the query as typed (one Latin word or a run of Chinese) and its index terms."""

    text: str
    terms: tuple[str, ...]
    chinese: bool


@dataclass(frozen=True)
class Query:
    """The query's FTS5 expressions, and what to highlight in the snippets of its hits."""

    parts: tuple[str, ...]  # one per word, synonym group or prefix; an article needs any one
    prominent: tuple[str, ...]  # the same parts for the words of titles and tags only
    terms: frozenset[str]  # index words, whole
    prefix: str | None  # the word being typed, which matches the start of index words

    @property
    def match(self) -> str:
        return " OR ".join(self.parts)


def words(text: str) -> list[Word]:
    found = []
    for match in RUNS.finditer(text):
        run = match.group()
        found.append(Word(run, tuple(dict.fromkeys(terms(run))), is_chinese(run)))
    return found


def build_query(text: str, synonyms: Synonyms, *, typing: bool = True) -> Query | None:
    """The query for `text`; None when it holds no searchable word.

    `typing` means the last word may be unfinished, so it also matches as a prefix.
    """
    parsed = words(text)
    # Each word and each synonym group once: FTS5 reads a word's places once per mention.
    query_terms = list(dict.fromkeys(term for word in parsed for term in word.terms))
    wanted = set(query_terms)
    latin = tuple(term for word in parsed if not word.chinese for term in word.terms)
    groups = synonyms.groups_in_words(latin).union(
        *(synonyms.groups_in_chinese(word.text) for word in parsed if word.chinese)
    )
    alternatives = [_alternatives(synonyms, group, wanted) for group in sorted(groups)]
    prefix = _prefix(parsed[-1]) if typing and parsed and not text[-1:].isspace() else None

    def expressions(mark: str) -> tuple[str, ...]:
        parts = [_term(mark + term) for term in query_terms]
        parts += [_group(group, mark) for group in alternatives if group]
        if prefix is not None:
            parts.append(f"{_term(mark + prefix)}*")
        return tuple(parts)

    parts = expressions("")
    if not parts:
        return None
    return Query(parts, expressions(PROMINENT), frozenset(wanted), prefix)


def ids(text: str) -> list[str]:
    """Tokens of the query written like an article id (REF-001)."""
    return [token.upper() for token in text.split() if _is_id(token)]


def _is_id(token: str) -> bool:
    return ARTICLE_ID.fullmatch(token.upper()) is not None and "-" in token


def _term(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _alternatives(synonyms: Synonyms, group: int, wanted: set[str]) -> list[tuple[str, ...]]:
    """A synonym group's terms, each as the index words that must all be found."""
    found = [group_terms for group_terms in synonyms.alternatives(group) if group_terms]
    for group_terms in found:
        wanted.update(group_terms)
    return found


def _group(alternatives: list[tuple[str, ...]], mark: str) -> str:
    written = []
    for needed in alternatives:
        together = " AND ".join(_term(mark + term) for term in needed)
        written.append(f"({together})" if len(needed) > 1 else together)
    return "(" + " OR ".join(written) + ")"


def _prefix(word: Word) -> str | None:
    if word.chinese:
        return word.terms[-1] if word.terms else None
    stem = _APOSTROPHE.sub("", word.text.lower())
    return stem if len(stem) >= MIN_PREFIX else None
