"""Inserting an import's rows a batch at a time, skipping those whose ref is already there.

Each database gets the dialect's INSERT ... ON CONFLICT (ref) DO NOTHING in the form it runs
fastest. SQLite: the driver's executemany of one prepared statement. PostgreSQL: the whole
batch as one statement, INSERT ... SELECT FROM unnest(one array per column), which spares
the server a statement per row and psycopg the parsing of a multi-row VALUES list (which
SQLAlchemy would otherwise send: a third of the speed). Values are converted by the
columns' own types either way, so they are stored exactly as SQLAlchemy stores them.
"""

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Table, bindparam, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.sql.dml import Insert

from customers.models import Customer, CustomerEmail, CustomerPhone
from store.types import utcnow

Row = dict[str, Any]
AddedIds = list[tuple[str, int]]  # (ref, id) of the rows a statement added


class BatchInsert:
    """INSERT of batches of rows with the same keys into one table."""

    def __init__(self, connection: Connection, table: Table, *, skip_present: bool) -> None:
        self.connection = connection
        self.table = table
        self.skip_present = skip_present

    def __call__(self, rows: list[Row]) -> int:
        """Insert the rows; the number inserted, not counting those already there."""
        raise NotImplementedError

    def returning_ids(self, rows: list[Row]) -> AddedIds:
        """Insert the rows; the ref and id of each one inserted."""
        raise NotImplementedError

    def statement(self, source: Any = None) -> Insert:
        statement: Insert
        if self.connection.dialect.name == "postgresql":
            statement = postgresql.insert(self.table)
        else:
            statement = sqlite.insert(self.table)
        if source is not None:
            statement = statement.from_select(list(source.c.keys()), select(*source.c))
        if self.skip_present:
            statement = statement.on_conflict_do_nothing(index_elements=["ref"])
        return statement


class _ExecuteMany(BatchInsert):
    """SQLite: one prepared statement, run for each row by the driver's executemany."""

    sql = ""
    steps: list[tuple[str, Callable[[Any], Any] | None]]

    def _prepare(self, keys: list[str]) -> None:
        dialect = self.connection.dialect
        compiled = self.statement().compile(dialect=dialect, column_keys=keys)
        self.sql = str(compiled)
        # In the statement's order: each column, and its type's conversion if it has one.
        self.steps = [
            (key, self.table.c[key].type.dialect_impl(dialect).bind_processor(dialect))
            for key in compiled.positiontup or ()
        ]

    def __call__(self, rows: list[Row]) -> int:
        if not rows:
            return 0
        if not self.sql:
            self._prepare(list(rows[0]))
        steps = self.steps
        values = [
            tuple([row[key] if to_db is None else to_db(row[key]) for key, to_db in steps])
            for row in rows
        ]
        # sqlite3 adds up the rows each execution inserted; ignored ones are not counted.
        return self.connection.exec_driver_sql(self.sql, values).rowcount

    def returning_ids(self, rows: list[Row]) -> AddedIds:
        table = self.table
        statement = self.statement().returning(table.c.ref, table.c.id)
        return [(ref, id_) for ref, id_ in self.connection.execute(statement, rows)]


class _Unnest(BatchInsert):
    """PostgreSQL: INSERT ... SELECT FROM unnest(:ref, :customer_id, ...), one array each."""

    prepared: Insert | None = None

    def _statement(self, rows: list[Row]) -> Insert:
        if self.prepared is None:
            keys = list(rows[0])
            arrays = [bindparam(key, type_=ARRAY(self.table.c[key].type)) for key in keys]
            source = func.unnest(*arrays).table_valued(*keys).render_derived(name="batch")
            # SQLAlchemy keeps an INSERT's row count only when asked to.
            self.prepared = self.statement(source).execution_options(preserve_rowcount=True)
        return self.prepared

    def _arrays(self, rows: list[Row]) -> dict[str, list[Any]]:
        return {key: [row[key] for row in rows] for key in rows[0]}

    def __call__(self, rows: list[Row]) -> int:
        if not rows:
            return 0
        return self.connection.execute(self._statement(rows), self._arrays(rows)).rowcount

    def returning_ids(self, rows: list[Row]) -> AddedIds:
        if not rows:
            return []
        table = self.table
        statement = self._statement(rows).returning(table.c.ref, table.c.id)
        return [(ref, id_) for ref, id_ in self.connection.execute(statement, self._arrays(rows))]


def batch_insert(connection: Connection, table: Table, *, skip_present: bool) -> BatchInsert:
    kind = _Unnest if connection.dialect.name == "postgresql" else _ExecuteMany
    return kind(connection, table, skip_present=skip_present)


class CustomerInsert:
    """Customers, then the phones and e-mail addresses of those that were new."""

    def __init__(self, connection: Connection) -> None:
        # RETURNING tells exactly which customers this import added, even while another
        # import adds some of the same ones.
        self.customers = batch_insert(connection, _table(Customer), skip_present=True)
        self.phones = batch_insert(connection, _table(CustomerPhone), skip_present=False)
        self.emails = batch_insert(connection, _table(CustomerEmail), skip_present=False)
        self.now = utcnow()

    def __call__(self, rows: list[Row]) -> int:
        contacts: dict[str, tuple[list[dict[str, str]], list[str]]] = {}
        unique = []
        for row in rows:
            if row["ref"] not in contacts:  # of refs repeated in a batch, the first is added
                contacts[row["ref"]] = (row.pop("phones"), row.pop("emails"))
                row["created_at"] = self.now
                unique.append(row)
        ids = dict(self.customers.returning_ids(unique))
        self.phones([{"customer_id": ids[ref]} | p for ref in ids for p in contacts[ref][0]])
        self.emails(
            [{"customer_id": ids[ref], "email": e} for ref in ids for e in contacts[ref][1]]
        )
        return len(ids)


def _table(model: type) -> Table:
    table: Table = model.__table__  # type: ignore[attr-defined]
    return table
