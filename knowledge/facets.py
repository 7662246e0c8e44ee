"""Filter values as words of the index, so FTS5 applies the filters while it matches.

Each value becomes one token of its own kind (`zl` language, `zt` tag, `zp` product, `za`
audience) followed by a hash of the value, so any text (a tag with spaces, say) is one word
that no query word can be.
"""

import hashlib

KINDS = {"language": "zl", "tag": "zt", "product": "zp", "audience": "za"}
# A word every article has and no query word can be (not a kind followed by hex): a part of
# an FTS5 expression that lets every article through (`knowledge.ranking`).
EVERY = "zall"


def facet(kind: str, value: str) -> str:
    digest = hashlib.blake2b(value.strip().lower().encode(), digest_size=8).hexdigest()
    return f"{KINDS[kind]}{digest}"


def facets(language: str, tags: tuple[str, ...], product: str, audience: str) -> str:
    """An article's filter values as index words."""
    values = [("language", language), ("product", product), ("audience", audience)]
    values += [("tag", tag) for tag in tags]
    return " ".join([EVERY, *(facet(kind, value) for kind, value in values)])


def condition(kind: str, value: str) -> str:
    """An FTS5 expression: articles with this value."""
    return f'facets : "{facet(kind, value)}"'
