import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from store.engine import DatabaseUrlError, describe, open_engine, parse_url
from store.sessions import transaction


def test_sqlite_is_durable_and_checks_foreign_keys(tmp_path: Path):
    engine = open_engine(f"sqlite:///{tmp_path / 'sub' / 'desk.db'}")
    with engine.connect() as connection:
        pragma = lambda name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("synchronous") == 2  # FULL
        assert pragma("busy_timeout") >= 5000
    engine.dispose()


@pytest.mark.parametrize(("write", "locked"), [(True, True), (False, False)])
def test_write_transaction_takes_the_sqlite_write_lock_at_begin(
    tmp_path: Path, write: bool, locked: bool
):
    path = tmp_path / "desk.db"
    engine = open_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE t (x INTEGER)")
    other = sqlite3.connect(path, timeout=0.05, isolation_level=None)
    with transaction(engine, write=write) as session:
        session.execute(text("SELECT count(*) FROM t"))
        if locked:
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        else:
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
    other.close()
    engine.dispose()


def test_plain_postgresql_urls_use_psycopg_3():
    assert parse_url("postgresql://u@h/db").drivername == "postgresql+psycopg"
    assert parse_url("postgresql+psycopg2://u@h/db").drivername == "postgresql+psycopg"


@pytest.mark.parametrize("url", ["mysql://u@h/db", "not a url"])
def test_unsupported_urls_are_refused_with_the_url(url: str):
    with pytest.raises(DatabaseUrlError, match="database"):
        parse_url(url)


def test_url_errors_never_show_the_password():
    with pytest.raises(DatabaseUrlError) as error:
        parse_url("mysql://desk:s3cret@db.example/frontline")
    assert "s3cret" not in str(error.value)


def test_description_never_shows_the_password():
    info = describe("postgresql://desk:s3cret@db.example:5433/frontline")
    assert info.shared
    assert info.location == "db.example:5433/frontline"
    assert "s3cret" not in repr(info)
    assert describe("sqlite:////data/desk.db").kind == "embedded"


def test_sqlite_gathers_planner_statistics_when_a_connection_closes(tmp_path: Path):
    path = tmp_path / "desk.db"
    engine = open_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE t (x INTEGER)")
        connection.exec_driver_sql("CREATE INDEX ix_t_x ON t (x)")
        connection.exec_driver_sql("INSERT INTO t VALUES (?)", [(n,) for n in range(100)])
    with engine.connect() as connection:
        connection.exec_driver_sql("SELECT x FROM t WHERE x = 5").all()
    engine.dispose()

    stats = sqlite3.connect(path).execute("SELECT tbl, idx FROM sqlite_stat1").fetchall()
    assert stats == [("t", "ix_t_x")]
