"""Throw-away PostgreSQL databases, for tests and benchmarks that need a server of their own."""

from collections.abc import Iterator
from contextlib import contextmanager
from uuid import uuid4

from sqlalchemy import create_engine

from store.engine import parse_url


@contextmanager
def scratch_postgres(server_url: str, prefix: str = "frontline_scratch") -> Iterator[str]:
    """A new, empty database on the server of server_url, dropped afterwards."""
    admin_url = parse_url(server_url)
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    name = f"{prefix}_{uuid4().hex[:12]}"
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()
