"""The workstation's search index: a Whoosh cache of the articles in the database.

The index lives in generations, `DIR/1`, `DIR/2`, ..., with the file `DIR/current` naming the
one in use. A rebuild writes a new generation and then switches `current` in one atomic
rename, so searches keep working on the old one meanwhile, and a generation left locked by a
hung process or damaged on disk is simply replaced.
"""

import json
import os
import shutil
from collections.abc import Callable, Iterable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from whoosh import index
from whoosh.analysis import Composable, LowercaseFilter, RegexTokenizer, StopFilter
from whoosh.fields import ID, KEYWORD, TEXT, Schema
from whoosh.writing import IndexWriter

from knowledge.analysis import ANALYSIS_VERSION, STOP_WORDS, analyzer
from knowledge.text import plain_text

# Bump when the fields change; together with the analysis version it names the index format.
SCHEMA_VERSION = 2
FORMAT = f"{SCHEMA_VERSION}.{ANALYSIS_VERSION}"
LATIN_WORD = r"[A-Za-z]+(?:['’][A-Za-z]+)?"
TITLE_BOOST = 3.0
TAGS_BOOST = 2.0
WRITE_LOCK_WAIT = 2.0  # seconds to wait for another writer before starting a fresh generation

Progress = Callable[[int, int], None]


class IndexUnusableError(Exception):
    """The index cannot be read: missing, from another version, locked or damaged."""


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


def schema() -> Schema:
    text = analyzer()
    return Schema(
        id=ID(stored=True, unique=True),
        content_hash=ID(stored=True),
        title=TEXT(analyzer=text, field_boost=TITLE_BOOST, stored=True),
        body=TEXT(analyzer=text, stored=True),
        tags=TEXT(analyzer=text, field_boost=TAGS_BOOST),
        tag=KEYWORD(commas=True, lowercase=True),
        words=TEXT(analyzer=spelling_analyzer(), phrase=False),
        language=ID(stored=True),
        product=ID(stored=True),
        audience=ID(stored=True),
    )


def spelling_analyzer() -> Composable:
    """English words as written, not stemmed: what "did you mean" may suggest (it corrects
    Latin words only, so Chinese is not segmented a second time here)."""
    words = RegexTokenizer(LATIN_WORD)
    return words | LowercaseFilter() | StopFilter(stoplist=STOP_WORDS, minsize=3)


def document(article: IndexedArticle) -> dict[str, str]:
    body = plain_text(article.body)
    first_line, _, rest = body.partition("\n")
    if first_line.strip() == article.title:
        body = rest  # the article's heading repeats its title: no need to show it twice
    return {
        "id": article.id,
        "content_hash": article.content_hash,
        "title": article.title,
        "body": body,
        "tags": " ".join(article.tags),
        "tag": ",".join(tag.replace(",", " ") for tag in article.tags),
        "words": f"{article.title}\n{body}",
        "language": article.language,
        "product": article.product,
        "audience": article.audience,
    }


class IndexFolder:
    """The generations of one index and the pointer to the current one."""

    def __init__(self, root: Path) -> None:
        self.root = root

    @property
    def _pointer(self) -> Path:
        return self.root / "current"

    def current(self) -> Path | None:
        try:
            state = json.loads(self._pointer.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(state, dict) or state.get("format") != FORMAT:
            return None
        return self.root / str(state.get("generation"))

    def marker(self) -> str:
        """Changes whenever a new generation is switched to, by any process."""
        try:
            return self._pointer.read_text(encoding="utf-8")
        except OSError:
            return ""

    def open(self) -> index.Index:
        """The current generation, checked readable, or IndexUnusableError saying why not."""
        directory = self.current()
        if directory is None:
            raise IndexUnusableError("there is no search index yet")
        try:
            opened = index.open_dir(str(directory))
            with opened.reader() as reader:
                reader.doc_count()
        except Exception as exc:
            raise IndexUnusableError(f"the search index is damaged ({type(exc).__name__})") from exc
        return opened

    def build(self, articles: Iterable[IndexedArticle], total: int, progress: Progress) -> int:
        """Write every article into a new generation, then make it the current one."""
        self.root.mkdir(parents=True, exist_ok=True)
        generation = max((int(p.name) for p in self.root.iterdir() if p.name.isdigit()), default=0)
        directory = self.root / str(generation + 1)
        directory.mkdir()
        built = index.create_in(str(directory), schema())
        count = 0
        writer = built.writer(limitmb=256)
        try:
            progress(0, total)
            for count, article in enumerate(articles, start=1):
                writer.add_document(**document(article))
                if count % 200 == 0:
                    progress(count, total)
            writer.commit()
        except BaseException:
            writer.cancel()
            shutil.rmtree(directory, ignore_errors=True)
            raise
        progress(count, total)
        self._switch_to(directory)
        return count

    def _switch_to(self, directory: Path) -> None:
        staged = self.root / f"current.{os.getpid()}"
        state = {"format": FORMAT, "generation": directory.name}
        staged.write_text(json.dumps(state), encoding="utf-8")
        staged.replace(self._pointer)
        for old in self.root.iterdir():
            if old.name.isdigit() and old != directory:
                # Another process may still read it; on Windows the removal waits for later.
                shutil.rmtree(old, ignore_errors=True)


def indexed_hashes(opened: index.Index) -> dict[str, str]:
    """Article id to content hash, for every article in the index."""
    with opened.searcher() as searcher:
        return {fields["id"]: fields["content_hash"] for fields in searcher.all_stored_fields()}


def write_changes(
    opened: index.Index, changed: Iterable[IndexedArticle], removed: Iterable[str]
) -> None:
    """Apply changed and removed articles; IndexUnusableError if another writer holds the lock."""
    try:
        writer: IndexWriter = opened.writer(timeout=WRITE_LOCK_WAIT)
    except index.LockError as exc:
        raise IndexUnusableError("the search index is locked by another process") from exc
    try:
        for article_id in removed:
            writer.delete_by_term("id", article_id)
        for article in changed:
            writer.update_document(**document(article))
        writer.commit()
    except BaseException:
        with suppress(Exception):
            writer.cancel()
        raise
