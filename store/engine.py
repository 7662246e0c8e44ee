"""Opening the database: the embedded SQLite file or a shared PostgreSQL server."""

import sqlite3
from contextlib import closing, suppress
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError

SQLITE_BUSY_TIMEOUT_MS = 15_000
# How long a closing connection waits for the write lock to store the planner's statistics.
OPTIMIZE_BUSY_TIMEOUT_MS = 200


class DatabaseUrlError(ValueError):
    """The configured database URL cannot be used."""


@dataclass(frozen=True)
class DatabaseInfo:
    """What the status bar and `frontline` tell a person about the database in use."""

    shared: bool
    location: str

    @property
    def kind(self) -> str:
        return "shared" if self.shared else "embedded"


def parse_url(url: str) -> URL:
    """Parse and normalise a database URL; plain `postgresql://` means psycopg 3."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseUrlError(f"not a database URL: {url!r}") from exc
    backend = parsed.get_backend_name()
    if backend == "postgresql":
        return parsed.set(drivername="postgresql+psycopg")
    if backend == "sqlite":
        return parsed
    shown = parsed.render_as_string(hide_password=True)
    raise DatabaseUrlError(
        f"unsupported database {backend!r} in {shown!r}: use sqlite:///PATH or postgresql://…"
    )


def describe(url: str | URL) -> DatabaseInfo:
    parsed = parse_url(url) if isinstance(url, str) else url
    if parsed.get_backend_name() == "sqlite":
        return DatabaseInfo(shared=False, location=parsed.database or ":memory:")
    host = parsed.host or "localhost"
    port = f":{parsed.port}" if parsed.port else ""
    return DatabaseInfo(shared=True, location=f"{host}{port}/{parsed.database or ''}")


def open_engine(url: str) -> Engine:
    """Create an engine with the settings grants need to be durable."""
    parsed = parse_url(url)
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(parsed)
    return create_engine(parsed, pool_pre_ping=True)


def _sqlite_engine(url: URL) -> Engine:
    if url.database and url.database != ":memory:":
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]  # noqa: ANN001
        # pysqlite's own transaction handling defers BEGIN; we issue it ourselves (see below).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        # Grants must survive a power cut, not only a process crash.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:  # type: ignore[no-untyped-def]  # noqa: ANN001
        # A writer that reads first must hold the write lock from the start, or it can fail
        # with SQLITE_BUSY when it upgrades; such transactions ask for it explicitly.
        immediate = connection.get_execution_options().get("sqlite_immediate", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    @event.listens_for(engine, "close")
    def _optimize(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]  # noqa: ANN001
        # SQLite's advice for every connection: before closing, gather the planner's
        # statistics for the tables it used where they are missing or stale (most closes: a
        # few microseconds). The grant log's and the overview's index choices rely on them.
        # Whole, not sampled: statistics from a sample (analysis_limit) led SQLite to
        # skip-scans that read every grant's row (benchmarks/README.md). A file busy with
        # another writer is left for a later close.
        with closing(dbapi_connection.cursor()) as cursor, suppress(sqlite3.OperationalError):
            cursor.execute(f"PRAGMA busy_timeout={OPTIMIZE_BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA optimize")

    return engine
