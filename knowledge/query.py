"""What an agent types, turned into a Whoosh query.

Every word is optional and found in the title, the tags or the body (BM25F, the title
weighted most); articles matching more of the words rank higher. Synonyms add their group's
other terms, and the last word, while it is still being typed, also matches as a prefix.
"""

from collections.abc import Iterator
from dataclasses import dataclass

from whoosh.query import And, Or, Prefix, Query, Term

from knowledge.analysis import RUNS, analyzer, is_chinese
from knowledge.article import ARTICLE_ID
from knowledge.synonyms import Synonyms

FIELDS = ("title", "tags", "body")
MIN_PREFIX = 2  # letters before a Latin word being typed is expanded
COORDINATION = 0.9  # how much matching more of the query's words counts
ID_BOOST = 10.0


@dataclass(frozen=True)
class Word:
    """A run of the query as typed (one Latin word or a run of Chinese) and its index terms."""

    text: str
    terms: tuple[str, ...]
    chinese: bool


def words(text: str) -> list[Word]:
    analyse = analyzer()
    found = []
    for match in RUNS.finditer(text):
        run = match.group()
        terms = tuple(dict.fromkeys(token.text for token in analyse(run)))
        found.append(Word(run, terms, is_chinese(run)))
    return found


def build_query(text: str, synonyms: Synonyms, *, typing: bool = True) -> Query | None:
    """The query for `text`; None when it holds no searchable word.

    `typing` means the last word may be unfinished, so it also matches as a prefix.
    """
    parsed = words(text)
    parts: list[Query] = [Term("id", token.upper(), boost=ID_BOOST) for token in _ids(text)]
    for word in parsed:
        parts.extend(_any_field(term) for term in word.terms)
        if word.chinese:
            for group in synonyms.groups_in_chinese(word.text):
                parts.append(_group(synonyms, group))
    latin = tuple(term for word in parsed if not word.chinese for term in word.terms)
    parts.extend(_group(synonyms, group) for group in synonyms.groups_in_words(latin))
    if typing and parsed and not text[-1:].isspace():
        prefix = _prefix(parsed[-1])
        if prefix is not None:
            parts.append(prefix)
    if not parts:
        return None
    return Or(parts, scale=COORDINATION)


def _ids(text: str) -> Iterator[str]:
    for token in text.split():
        if ARTICLE_ID.fullmatch(token.upper()) and "-" in token:
            yield token


def _any_field(term: str) -> Query:
    return Or([Term(field, term) for field in FIELDS])


def _group(synonyms: Synonyms, group: int) -> Query:
    alternatives: list[Query] = []
    for terms in synonyms.alternatives(group):
        if len(terms) == 1:
            alternatives.append(_any_field(terms[0]))
        elif terms:
            alternatives.append(And([_any_field(term) for term in terms]))
    return Or(alternatives)


def _prefix(word: Word) -> Query | None:
    if word.chinese:
        stem = word.terms[-1] if word.terms else ""
    else:
        stem = word.text.lower()
        if len(stem) < MIN_PREFIX:
            return None
    if not stem:
        return None
    return Or([Prefix(field, stem) for field in FIELDS])
