"""The knowledge base as the rest of the application sees it: import, index, search, read."""

import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Engine

from knowledge import tables
from knowledge.importer import ImportReport, import_folder
from knowledge.index import IndexFolder, IndexUnusableError, Progress, write_changes
from knowledge.library import (
    article_count,
    article_hashes,
    indexable,
    latest_synonyms,
    source_state,
)
from knowledge.search import SearchFilters, SearchResult, search
from knowledge.synonyms import Synonyms


@dataclass(frozen=True)
class IndexReport:
    """What bringing the index up to date with the database did."""

    updated: int  # articles added to or changed in the index
    removed: int
    rebuilt: bool
    reason: str = ""  # why the index was rebuilt


Found = TypeVar("Found")


def _quiet(done: int, total: int) -> None:
    """Progress nobody watches."""


class KnowledgeBase:
    """One database's articles and one workstation's index of them; safe across threads.

    One thread at a time uses the index (its connection is shared under a lock): a search
    takes milliseconds, and so nothing ever reads a generation while this process replaces it.
    """

    def __init__(self, engine: Engine, index_root: Path) -> None:
        self.engine = engine
        self.folder = IndexFolder(index_root)
        self._lock = threading.RLock()
        self._opened: sqlite3.Connection | None = None
        self._marker = ""
        self._synonyms: tuple[str, Synonyms] | None = None

    def import_folder(self, folder: Path, progress: Progress = _quiet) -> ImportReport:
        """Store the folder's articles, then index the ones that changed.

        Only those: comparing the whole index with the database (`update_index`, which the
        app runs now and then) reads every article's hash.
        """
        report = import_folder(self.engine, folder)
        self._synonyms = None
        changed = report.added + report.updated
        with self._lock:
            try:
                opened = self._open()
                if changed:
                    write_changes(opened, indexable(self.engine, changed), [])
            except (IndexUnusableError, sqlite3.Error):  # missing, locked or damaged
                self._rebuild(progress)
        return report

    def update_index(self, progress: Progress = _quiet) -> IndexReport:
        """Index what changed in the database; rebuild if the index cannot be used.

        A fresh index costs one small query: the hashes of every article are compared only
        when the database's state differs from the one recorded with the index.
        """
        with self._lock:
            try:
                opened = self._open()
                state = source_state(self.engine)
                if self._reading(opened, tables.source_state) == state:
                    return IndexReport(updated=0, removed=0, rebuilt=False)
                indexed = self._reading(opened, tables.hashes)
                stored = article_hashes(self.engine)
                changed = [key for key, value in stored.items() if indexed.get(key) != value]
                removed = [key for key in indexed if key not in stored]
                write_changes(opened, indexable(self.engine, changed), removed, state)
                return IndexReport(updated=len(changed), removed=len(removed), rebuilt=False)
            except IndexUnusableError as exc:
                count = self._rebuild(progress)
                return IndexReport(updated=count, removed=0, rebuilt=True, reason=str(exc))

    def _reading(
        self, opened: sqlite3.Connection, read: Callable[[sqlite3.Connection], Found]
    ) -> Found:
        try:
            return read(opened)
        except sqlite3.Error as exc:
            self._close()
            raise IndexUnusableError(f"the search index is damaged ({type(exc).__name__})") from exc

    def rebuild_index(self, progress: Progress = _quiet) -> IndexReport:
        with self._lock:
            return IndexReport(updated=self._rebuild(progress), removed=0, rebuilt=True)

    def search(
        self, text: str, filters: SearchFilters | None = None, *, limit: int = 10
    ) -> SearchResult:
        with self._lock:
            opened = self._searchable()
            synonyms = self.synonyms()
            try:
                return search(opened, text, synonyms, filters=filters, limit=limit)
            except sqlite3.DatabaseError:  # damaged on disk since it was opened
                self._rebuild(_quiet)
                return search(self._open(), text, synonyms, filters=filters, limit=limit)

    def synonyms(self) -> Synonyms:
        if self._synonyms is None:
            self._synonyms = latest_synonyms(self.engine)
        return self._synonyms[1]

    def reload_synonyms(self) -> None:
        """Pick up a synonym list imported since, by this or another workstation."""
        self._synonyms = None

    def _searchable(self) -> sqlite3.Connection:
        try:
            return self._open()
        except IndexUnusableError:
            self._rebuild(_quiet)
            return self._open()

    def _open(self) -> sqlite3.Connection:
        marker = self.folder.marker()
        if self._opened is None or marker != self._marker:
            self._close()
            self._opened = self.folder.open()
            self._marker = marker
        return self._opened

    def _close(self) -> None:
        if self._opened is not None:
            self._opened.close()
            self._opened = None

    def _rebuild(self, progress: Progress) -> int:
        self._close()
        state = source_state(self.engine)  # first: a change while building is caught later
        total = article_count(self.engine)
        return self.folder.build(indexable(self.engine), total, state, progress)
