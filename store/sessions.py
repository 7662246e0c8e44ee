"""Transactions: one helper so every package opens them the same way."""

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.orm import Session


@contextmanager
def transaction(engine: Engine, *, write: bool = False) -> Iterator[Session]:
    """A session inside one transaction, committed on success and rolled back on error.

    `write=True` takes SQLite's write lock at BEGIN, for transactions that read and then write.
    """
    bind = engine.execution_options(sqlite_immediate=True) if write else engine
    with Session(bind, expire_on_commit=False) as session, session.begin():
        yield session
