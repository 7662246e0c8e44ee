"""An article as the index holds it: its analysed words, and the text its snippets come from."""

import re
from dataclasses import dataclass

from knowledge.analysis import STOP_WORDS_EN, terms
from knowledge.facets import facets
from knowledge.text import plain_text

MIN_SPELLING = 3  # shorter words are never suggested by "did you mean"
_LATIN_WORD = re.compile(r"[A-Za-z]+")


@dataclass(frozen=True)
class IndexedArticle:
    """What the index needs from an article, read from the database."""

    id: str
    content_hash: str
    title: str
    body: str  # Markdown
    tags: tuple[str, ...]
    language: str
    product: str
    audience: str


@dataclass(frozen=True)
class Document:
    """An article analysed for the index: each `*_words` field is index words joined by spaces."""

    article: IndexedArticle
    text: str  # the body as plain text, without a first line that repeats the title
    title_words: str
    tags_words: str
    body_words: str
    spelling: str  # the English words as written: what "did you mean" may suggest
    facets: str  # language, tags, product and audience, for the filters


def document(article: IndexedArticle) -> Document:
    body = plain_text(article.body)
    first_line, _, rest = body.partition("\n")
    if first_line.strip() == article.title:
        body = rest  # the article's heading repeats its title: no need to show it twice
    return Document(
        article=article,
        text=body,
        title_words=" ".join(terms(article.title)),
        tags_words=" ".join(terms(" ".join(article.tags))),
        body_words=" ".join(terms(body)),
        spelling=" ".join(spelling_words(f"{article.title}\n{body}")),
        facets=facets(article.language, article.tags, article.product, article.audience),
    )


def documents(articles: list[IndexedArticle]) -> list[Document]:
    """A batch at once: what a worker process is given."""
    return [document(article) for article in articles]


def spelling_words(text: str) -> dict[str, None]:
    """Distinct English words, lower-cased, without stop words and short words."""
    words = (word.lower() for word in _LATIN_WORD.findall(text) if len(word) >= MIN_SPELLING)
    return dict.fromkeys(word for word in words if word not in STOP_WORDS_EN)
