"""The synonym list knowledge owners edit: words that mean the same to a customer.

A TOML file of groups, applied when searching (not when indexing), so an edit takes effect
on the next search without rebuilding the index:

    [[group]]
    terms = ["退款", "退钱", "refund", "money back"]
"""

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field

from knowledge.analysis import is_chinese, terms


class SynonymError(ValueError):
    """The synonym file cannot be used; the message names the line or group."""


@dataclass(frozen=True)
class Synonyms:
    """Groups of terms, each term as the words the index holds for it."""

    groups: tuple[tuple[str, ...], ...] = ()
    _by_words: dict[tuple[str, ...], int] = field(default_factory=dict, compare=False)
    _chinese: dict[str, int] = field(default_factory=dict, compare=False)

    @classmethod
    def of(cls, groups: Iterable[Iterable[str]]) -> "Synonyms":
        frozen = tuple(tuple(group) for group in groups)
        synonyms = cls(frozen)
        for number, group in enumerate(frozen):
            for term in group:
                if is_chinese(term):
                    synonyms._chinese[term] = number
                else:
                    synonyms._by_words[analysed(term)] = number
        return synonyms

    def alternatives(self, number: int) -> list[tuple[str, ...]]:
        """Every term of a group, each as its index words."""
        return [analysed(term) for term in self.groups[number]]

    def groups_in_chinese(self, run: str) -> set[int]:
        """Groups with a Chinese term inside this run of Chinese text, however it is cut."""
        return {number for term, number in self._chinese.items() if term in run}

    def groups_in_words(self, words: tuple[str, ...]) -> set[int]:
        """Groups with a Latin term whose words appear in order, side by side, in `words`."""
        found = set()
        for term_words, number in self._by_words.items():
            size = len(term_words)
            if size and any(
                words[i : i + size] == term_words for i in range(len(words) - size + 1)
            ):
                found.add(number)
        return found


def analysed(term: str) -> tuple[str, ...]:
    return tuple(terms(term))


def parse_synonyms(text: str) -> Synonyms:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SynonymError(str(exc)) from None
    unknown = sorted(set(data) - {"group"})
    if unknown:
        raise SynonymError(f"unknown section {unknown[0]!r}: write [[group]] tables")
    groups = data.get("group", [])
    if not isinstance(groups, list):
        raise SynonymError("write each group as a [[group]] table")
    seen: dict[str, int] = {}
    for number, group in enumerate(groups, start=1):
        terms = group.get("terms") if isinstance(group, dict) else None
        if not isinstance(terms, list) or len(terms) < 2:
            raise SynonymError(f"group {number}: terms must list two words or more")
        for term in terms:
            if not isinstance(term, str) or not term.strip():
                raise SynonymError(f"group {number}: every term must be a non-empty text")
            key = term.strip().lower()
            if key in seen and seen[key] != number:
                raise SynonymError(f"group {number}: {term!r} is already in group {seen[key]}")
            seen[key] = number
    return Synonyms.of([term.strip() for term in group["terms"]] for group in groups)
