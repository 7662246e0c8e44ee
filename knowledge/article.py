"""An article file: TOML front matter between `+++` lines, then the Markdown body."""

import hashlib
import re
import tomllib
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

MAX_ARTICLE_BYTES = 200_000
ARTICLE_ID = re.compile(r"[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*")
LANGUAGE = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")
_FENCE = "+++"


class Audience(StrEnum):
    CUSTOMER = "customer"  # may be sent to customers as it is
    INTERNAL = "internal"  # for staff only


class ArticleError(ValueError):
    """Why a file is not a usable article; the importer skips it and reports this."""


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    language: str
    tags: tuple[str, ...]
    product: str
    audience: Audience
    owner: str
    updated: date
    related: tuple[str, ...]
    body: str

    @property
    def content_hash(self) -> str:
        """Changes whenever anything a reader or the index sees changes."""
        fields = [self.title, self.language, self.tags, self.product, self.audience]
        fields += [self.owner, self.updated.isoformat(), self.related, self.body]
        return hashlib.sha256(repr(fields).encode()).hexdigest()


def parse_article(data: bytes) -> Article:
    if len(data) > MAX_ARTICLE_BYTES:
        raise ArticleError(f"larger than {MAX_ARTICLE_BYTES // 1000} KB")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ArticleError(f"line {line}: not valid UTF-8") from None
    lines = text.replace("\r\n", "\n").split("\n")
    if not lines or lines[0].strip() != _FENCE:
        raise ArticleError(f"line 1: front matter must start with {_FENCE}")
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == _FENCE)
    except StopIteration:
        raise ArticleError(f"front matter has no closing {_FENCE}") from None
    try:
        header = tomllib.loads("\n".join(lines[1:end]))
    except tomllib.TOMLDecodeError as exc:
        raise ArticleError(f"front matter: {exc}") from None
    return _article(header, "\n".join(lines[end + 1 :]).strip() + "\n")


def _article(header: dict[str, object], body: str) -> Article:
    known = {"id", "title", "language", "tags", "product", "audience", "owner", "updated"}
    known.add("related")
    unknown = sorted(set(header) - known)
    if unknown:
        raise ArticleError(f"front matter: unknown key {unknown[0]!r}")
    article_id = _text(header, "id")
    if not ARTICLE_ID.fullmatch(article_id):
        raise ArticleError(f"id {article_id!r}: use capitals, digits and '-', e.g. RET-001")
    language = _text(header, "language")
    if not LANGUAGE.fullmatch(language):
        raise ArticleError(f"language {language!r}: use a code such as zh or en")
    audience = _text(header, "audience")
    if audience not in set(Audience):
        raise ArticleError(f"audience {audience!r}: use customer or internal")
    updated = header.get("updated")
    if not isinstance(updated, date):
        raise ArticleError("updated: write a date such as 2026-09-14")
    if not body.strip():
        raise ArticleError("the article has no text after its front matter")
    return Article(
        id=article_id,
        title=_text(header, "title"),
        language=language,
        tags=_texts(header, "tags"),
        product=_text(header, "product"),
        audience=Audience(audience),
        owner=_text(header, "owner"),
        updated=updated,
        related=_texts(header, "related"),
        body=body,
    )


def _text(header: dict[str, object], key: str) -> str:
    value = header.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ArticleError(f"front matter: {key} is missing or empty")
    return value.strip()


def _texts(header: dict[str, object], key: str) -> tuple[str, ...]:
    value = header.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ArticleError(f"front matter: {key} must be a list of texts")
    return tuple(v.strip() for v in value)
