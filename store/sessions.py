"""Transactions: one helper so every package opens them the same way."""

import hashlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session


@contextmanager
def transaction(engine: Engine, *, write: bool = False) -> Iterator[Session]:
    """A session inside one transaction, committed on success and rolled back on error.

    `write=True` takes SQLite's write lock at BEGIN, for transactions that read and then write.
    """
    bind = engine.execution_options(sqlite_immediate=True) if write else engine
    with Session(bind, expire_on_commit=False) as session, session.begin():
        yield session


def exclusive(session: Session, name: str) -> None:
    """Hold the named lock until the transaction ends, across processes and workstations.

    PostgreSQL takes a transaction-level advisory lock. An SQLite write transaction
    (`transaction(write=True)`) already holds the only write lock of the file.
    """
    if session.get_bind().dialect.name != "postgresql":
        return
    key = int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)
    session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})


def refresh_statistics(engine: Engine, tables: Sequence[str]) -> None:
    """Let the query planner see the tables as they are now, after a bulk load.

    Without statistics (autovacuum may be off, or not have run yet) PostgreSQL can choose an
    index that scans a whole table for one customer's rows.
    """
    with engine.begin() as connection:
        for table in tables:
            connection.execute(text(f"ANALYZE {table}"))
