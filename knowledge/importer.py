"""`kb import`: a folder of article files into the database, one revision per change.

New articles are added, changed ones get a new revision (earlier ones are kept), unchanged
ones are skipped by content hash; a file with the same bytes as when it was last imported
from the same path, and no images, is skipped without even being parsed (parsing the front
matter was most of the time of importing a whole folder again). A file that is not a usable
article is skipped and reported; every other file is still imported. Articles missing from
the folder are left as they are: a folder may hold only part of the knowledge base.
"""

import hashlib
import json
import mimetypes
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from knowledge.article import Article, ArticleError, parse_article
from knowledge.models import KbArticle, KbAsset, KbRevision, KbSynonyms
from knowledge.render import asset_url
from knowledge.synonyms import SynonymError, parse_synonyms
from store.sessions import exclusive, transaction
from store.types import utcnow

SYNONYMS_FILE = "synonyms.toml"
MAX_ASSET_BYTES = 5_000_000
_LOOKUP = 500  # values per IN (...): few enough for any database
_IMAGE = re.compile(
    r"!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)|<img[^>]*\ssrc=[\"']([^\"']+)"
)


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str


@dataclass
class ImportReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[Skipped] = field(default_factory=list)
    synonyms: str = "none"  # none, added, updated, unchanged or skipped

    def as_dict(self) -> dict[str, object]:
        return {
            "added": len(self.added),
            "updated": len(self.updated),
            "unchanged": self.unchanged,
            "skipped": [{"path": s.path, "reason": s.reason} for s in self.skipped],
            "warnings": [{"path": w.path, "message": w.reason} for w in self.warnings],
            "synonyms": self.synonyms,
        }


@dataclass(frozen=True)
class _Candidate:
    path: Path
    digest: str  # of the file's bytes
    article: Article
    assets: dict[str, bytes]

    @property
    def stored_hash(self) -> str:
        """The article's hash with its images': a new image is a new revision too."""
        digest = hashlib.sha256(self.article.content_hash.encode())
        for path in sorted(self.assets):
            digest.update(f"\0{path}\0".encode() + hashlib.sha256(self.assets[path]).digest())
        return digest.hexdigest()


def import_folder(engine: Engine, folder: Path) -> ImportReport:
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder}: not a folder")
    report = ImportReport()
    paths = [
        path
        for path in sorted(folder.rglob("*.md"))
        # The folder's own description is not an article.
        if not (path.name.lower() == "readme.md" and path.parent == folder)
    ]
    with transaction(engine) as session:
        sources = [str(path) for path in paths]
        imported = {
            source: (article_id, digest)
            for source, article_id, digest in _where_in(
                session, KbArticle.source, sources, KbArticle.id, KbArticle.file_digest
            )
        }
    candidates = _read_articles(paths, imported, report)
    with transaction(engine, write=True) as session:
        exclusive(session, "knowledge-import")
        _store_articles(session, candidates, report)
        synonyms_file = folder / SYNONYMS_FILE
        if synonyms_file.is_file():
            report.synonyms = _store_synonyms(session, synonyms_file, report)
    return report


def _where_in(
    session: Session,
    key: InstrumentedAttribute[str],
    values: list[str],
    *columns: InstrumentedAttribute[Any],
) -> Iterator[Sequence[Any]]:
    """Rows of (key, *columns) whose key is one of `values`, by index, a batch at a time."""
    for start in range(0, len(values), _LOOKUP):
        batch = values[start : start + _LOOKUP]
        yield from session.execute(select(key, *columns).where(key.in_(batch)))


def _read_articles(
    paths: list[Path], imported: dict[str, tuple[str, str | None]], report: ImportReport
) -> list[_Candidate]:
    """The files to store; `imported` maps a source path to its article id and file digest."""
    found: dict[str, Path] = {}
    candidates = []
    for path in paths:
        shown = str(path)
        try:
            data = path.read_bytes()
            digest = hashlib.sha256(data).hexdigest()
            known_id, known_digest = imported.get(shown, ("", None))
            # An image may change beside an unchanged file: those files are always read.
            unparsed = digest == known_digest and known_id not in found
            if unparsed and _IMAGE.search(data.decode(errors="replace")) is None:
                found[known_id] = path
                report.unchanged += 1
                continue
            article = parse_article(data)
        except ArticleError as exc:
            report.skipped.append(Skipped(shown, str(exc)))
            continue
        except OSError as exc:
            report.skipped.append(Skipped(shown, exc.strerror or str(exc)))
            continue
        if article.id in found:
            first = found[article.id]
            report.skipped.append(Skipped(shown, f"duplicate id {article.id} (also in {first})"))
            continue
        found[article.id] = path
        assets = _read_assets(path, article, report)
        candidates.append(_Candidate(path, digest, article, assets))
    return candidates


def _read_assets(path: Path, article: Article, report: ImportReport) -> dict[str, bytes]:
    assets = {}
    for match in _IMAGE.finditer(article.body):
        src = match.group(1) or match.group(2)
        url = asset_url(article.id, src)
        if url is None or not url.startswith("kbasset:"):
            continue
        relative = url.split("/", 1)[1]
        file = path.parent / relative
        try:
            if file.stat().st_size > MAX_ASSET_BYTES:
                report.warnings.append(Skipped(str(path), f"image {src} is over 5 MB, left out"))
                continue
            assets[relative] = file.read_bytes()
        except OSError:
            report.warnings.append(Skipped(str(path), f"image {src} not found"))
    return assets


def _store_articles(session: Session, candidates: list[_Candidate], report: ImportReport) -> None:
    ids = [candidate.article.id for candidate in candidates]
    stored = {
        article_id: (content_hash, digest)
        for article_id, content_hash, digest in _where_in(
            session, KbArticle.id, ids, KbArticle.content_hash, KbArticle.file_digest
        )
    }
    now = utcnow()
    for candidate in candidates:
        article = candidate.article
        stored_hash = candidate.stored_hash
        if stored.get(article.id, ("", None))[0] == stored_hash:
            report.unchanged += 1
            if stored[article.id][1] != candidate.digest:  # so the next import need not parse it
                _remember_file(session, article.id, candidate)
            continue
        current = session.get(KbArticle, article.id)
        revision = 1 if current is None else current.revision + 1
        row = current or KbArticle(id=article.id)
        row.revision = revision
        row.content_hash = stored_hash
        row.title = article.title
        row.language = article.language
        row.tags = json.dumps(list(article.tags), ensure_ascii=False)
        row.product = article.product
        row.audience = str(article.audience)
        row.owner = article.owner
        row.updated = article.updated
        row.related = json.dumps(list(article.related), ensure_ascii=False)
        row.body = article.body
        row.source = str(candidate.path)
        row.file_digest = candidate.digest
        row.imported_at = now
        session.add(row)
        session.add(
            KbRevision(
                article_id=article.id,
                revision=revision,
                content_hash=stored_hash,
                header=json.dumps(_header(article), ensure_ascii=False),
                body=article.body,
                source=str(candidate.path),
                imported_at=now,
            )
        )
        _store_assets(session, article.id, candidate.assets)
        (report.added if current is None else report.updated).append(article.id)


def _remember_file(session: Session, article_id: str, candidate: _Candidate) -> None:
    row = session.get_one(KbArticle, article_id)
    row.source = str(candidate.path)
    row.file_digest = candidate.digest


def _header(article: Article) -> dict[str, object]:
    return {
        "id": article.id,
        "title": article.title,
        "language": article.language,
        "tags": list(article.tags),
        "product": article.product,
        "audience": str(article.audience),
        "owner": article.owner,
        "updated": article.updated.isoformat(),
        "related": list(article.related),
    }


def _store_assets(session: Session, article_id: str, assets: dict[str, bytes]) -> None:
    existing = {
        asset.path: asset
        for asset in session.scalars(select(KbAsset).where(KbAsset.article_id == article_id))
    }
    for path, data in assets.items():
        asset = existing.pop(path, None) or KbAsset(article_id=article_id, path=path)
        asset.data = data
        asset.content_hash = hashlib.sha256(data).hexdigest()
        asset.media_type = mimetypes.guess_type(path)[0] or "application/octet-stream"
        session.add(asset)
    for unused in existing.values():
        session.delete(unused)


def _store_synonyms(session: Session, path: Path, report: ImportReport) -> str:
    try:
        text = path.read_bytes().decode("utf-8-sig")
        parse_synonyms(text)
    except (OSError, UnicodeDecodeError, SynonymError) as exc:
        report.skipped.append(Skipped(str(path), str(exc)))
        return "skipped"
    digest = hashlib.sha256(text.encode()).hexdigest()
    latest = session.scalars(select(KbSynonyms).order_by(KbSynonyms.id.desc()).limit(1)).first()
    if latest is not None and latest.content_hash == digest:
        return "unchanged"
    session.add(KbSynonyms(content_hash=digest, text=text, imported_at=utcnow()))
    return "added" if latest is None else "updated"
