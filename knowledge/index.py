"""The workstation's search index: an SQLite cache of the articles in the database.

The index lives in generations, `DIR/1`, `DIR/2`, ..., each one SQLite file, with the file
`DIR/current` naming the one in use. A rebuild writes a new generation and then switches
`current` in one atomic rename, so searches keep working on the old one meanwhile, and a
generation left locked by a hung process or damaged on disk is simply replaced.
"""

import json
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from pathlib import Path

from knowledge import tables
from knowledge.analysis import ANALYSIS_VERSION
from knowledge.documents import Document, IndexedArticle
from knowledge.parallel import analysed

# Bump when the tables change, or the text they hold (knowledge.text); together with the
# analysis version it names the index format, and an index of another format is rebuilt.
SCHEMA_VERSION = 5
FORMAT = f"{SCHEMA_VERSION}.{ANALYSIS_VERSION}"
INDEX_FILE = "index.sqlite"
WRITE_LOCK_WAIT = 2.0  # seconds to wait for another writer before starting a fresh generation
PROGRESS_STEP = 200

Progress = Callable[[int, int], None]


class IndexUnusableError(Exception):
    """The index cannot be read: missing, from another version, locked or damaged."""


def connect(path: Path, *, create: bool = False) -> sqlite3.Connection:
    """A connection in autocommit mode; callers that share it across threads serialise use."""
    mode = "rwc" if create else "rw"  # never create an empty file where the index went missing
    return sqlite3.connect(
        f"{path.resolve().as_uri()}?mode={mode}",
        uri=True,
        timeout=WRITE_LOCK_WAIT,
        isolation_level=None,
        check_same_thread=False,
    )


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

    def open(self) -> sqlite3.Connection:
        """The current generation, checked readable, or IndexUnusableError saying why not."""
        directory = self.current()
        if directory is None:
            raise IndexUnusableError("there is no search index yet")
        connection = None
        try:
            connection = connect(directory / INDEX_FILE)
            connection.execute("SELECT count(*) FROM articles").fetchone()
            connection.execute("SELECT rowid FROM words WHERE words MATCH 'a' LIMIT 1").fetchall()
        except sqlite3.Error as exc:
            if connection is not None:
                connection.close()
            raise IndexUnusableError(f"the search index is damaged ({type(exc).__name__})") from exc
        return connection

    def copy_to(self, target: "IndexFolder") -> bool:
        """Make a copy of the current generation target's current one (a training sandbox
        starts with the desk's index instead of building its own); False when there is none.

        SQLite's online backup copies a consistent index even while this one is written to.
        """
        try:
            source = self.open()
        except IndexUnusableError:
            return False
        target.root.mkdir(parents=True, exist_ok=True)
        directory = target.root / "1"
        directory.mkdir()
        with closing(source), closing(connect(directory / INDEX_FILE, create=True)) as copy:
            source.backup(copy)
        target._switch_to(directory)
        return True

    def build(
        self, articles: Iterable[IndexedArticle], total: int, state: str, progress: Progress
    ) -> int:
        """Write every article into a new generation, then make it the current one.

        `state` is the database's state read before the articles (`library.source_state`).
        """
        self.root.mkdir(parents=True, exist_ok=True)
        generation = max((int(p.name) for p in self.root.iterdir() if p.name.isdigit()), default=0)
        directory = self.root / str(generation + 1)
        directory.mkdir()
        try:
            count = _write_new(directory / INDEX_FILE, articles, total, state, progress)
        except BaseException:
            shutil.rmtree(directory, ignore_errors=True)
            raise
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


def _write_new(
    path: Path, articles: Iterable[IndexedArticle], total: int, state: str, progress: Progress
) -> int:
    connection = connect(path, create=True)
    try:
        # Nobody reads this file before it is complete: no journal, no waiting for the disk
        # (both settings last only as long as this connection; updates later have a journal).
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        tables.create(connection)
        progress(0, total)
        connection.execute("BEGIN")
        count = tables.add(connection, _reporting(analysed(articles, total), total, progress))
        tables.record_source_state(connection, state)
        tables.optimise(connection)
        connection.execute("COMMIT")
    finally:
        connection.close()
    progress(count, total)
    return count


def _reporting(documents: Iterator[Document], total: int, progress: Progress) -> Iterator[Document]:
    for count, doc in enumerate(documents, start=1):
        yield doc
        if count % PROGRESS_STEP == 0:
            progress(count, total)


def write_changes(
    connection: sqlite3.Connection,
    changed: Iterable[IndexedArticle],
    removed: Iterable[str],
    state: str | None = None,
) -> None:
    """Apply changed and removed articles; IndexUnusableError if another writer holds the lock.

    `state`: the database's state these changes bring the index up to, if they are all the
    changes since the state recorded.
    """
    articles = list(changed)
    try:
        connection.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        raise IndexUnusableError("the search index is locked by another process") from exc
    try:
        tables.remove(connection, [*removed, *(article.id for article in articles)])
        tables.add(connection, analysed(articles, len(articles)))
        if state is not None:
            tables.record_source_state(connection, state)
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise
