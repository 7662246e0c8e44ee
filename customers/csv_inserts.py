"""Inserting an import's rows a batch at a time, skipping those whose ref is already there.

Each database gets the dialect's INSERT ... ON CONFLICT (ref) DO NOTHING in the form it runs
fastest. SQLite: the driver's executemany of one prepared statement. PostgreSQL: the whole
batch as one statement, INSERT ... SELECT FROM unnest(one array per column), which spares
the server a statement per row and psycopg the parsing of a multi-row VALUES list (which
SQLAlchemy would otherwise send: a third of the speed). Values are converted by the
columns' own types either way, so they are stored exactly as SQLAlchemy stores them.
"""

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Table, bindparam, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.sql.dml import Insert

from customers.models import Customer, CustomerEmail, CustomerPhone
from store.base import table_of
from store.types import utcnow

Row = dict[str, Any]
AddedIds = list[tuple[str, int]]  # (ref, id) of the rows a statement added


class BatchInsert:
    """INSERT of batches of rows with the same keys into one table.

    `constants` are columns with the same value in every row, given once rather than in each
    row. On SQLite `returning_ids` relies on the caller holding the write lock
    (`transaction(write=True)`), as an import does.
    """

    def __init__(
        self,
        connection: Connection,
        table: Table,
        *,
        skip_present: bool,
        constants: Mapping[str, Any] | None = None,
    ) -> None:
        self.connection = connection
        self.table = table
        self.skip_present = skip_present
        self.constants = dict(constants or {})
        self.tables = [table]  # that it writes to

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
    columns: list[Callable[[list[Row]], list[Any]]]  # in the statement's order

    def _prepare(self, keys: list[str]) -> None:
        dialect = self.connection.dialect
        compiled = self.statement().compile(dialect=dialect, column_keys=keys)
        self.sql = str(compiled)
        self.columns = [
            self._column(key, self.table.c[key].type.dialect_impl(dialect).bind_processor(dialect))
            for key in compiled.positiontup or ()
        ]

    def _column(
        self, key: str, to_db: Callable[[Any], Any] | None
    ) -> Callable[[list[Row]], list[Any]]:
        """How the values of one column are taken from a batch, converted by its type."""
        if key in self.constants:
            value = self.constants[key] if to_db is None else to_db(self.constants[key])
            return lambda rows: [value] * len(rows)
        if to_db is None:
            return lambda rows: [row[key] for row in rows]
        return lambda rows: [to_db(row[key]) for row in rows]

    def _values(self, rows: list[Row]) -> list[tuple[Any, ...]]:
        if not self.sql:
            self._prepare([*rows[0], *self.constants])
        # Column by column: a few list comprehensions cost less than a tuple built per row.
        return list(zip(*(column(rows) for column in self.columns), strict=True))

    def __call__(self, rows: list[Row]) -> int:
        if not rows:
            return 0
        values = self._values(rows)  # prepares the statement for the first batch
        # sqlite3 adds up the rows each execution inserted; ignored ones are not counted.
        return self.connection.exec_driver_sql(self.sql, values).rowcount

    def returning_ids(self, rows: list[Row]) -> AddedIds:
        # sqlite3's executemany cannot return rows, and SQLAlchemy's RETURNING (multi-row
        # VALUES, parameters bound one by one) took longer than the insert itself. SQLite
        # gives a new row the id after the largest, and no one else writes while this
        # transaction holds the write lock, so the rows past the largest id before the insert
        # are exactly those it added.
        id_ = self.table.c.id
        before = self.connection.scalar(select(func.max(id_))) or 0
        if self(rows) == len(rows):  # none was there: they took the next ids, in order
            return [(row["ref"], number) for number, row in enumerate(rows, start=before + 1)]
        added = select(self.table.c.ref, id_).where(id_ > before)
        return [(ref, id_) for ref, id_ in self.connection.execute(added).all()]


class _Unnest(BatchInsert):
    """PostgreSQL: INSERT ... SELECT FROM unnest(:ref, :customer_id, ...), one array each."""

    prepared: Insert | None = None

    def _statement(self, rows: list[Row]) -> Insert:
        if self.prepared is None:
            keys = [*rows[0], *self.constants]
            arrays = [bindparam(key, type_=ARRAY(self.table.c[key].type)) for key in keys]
            source = func.unnest(*arrays).table_valued(*keys).render_derived(name="batch")
            # SQLAlchemy keeps an INSERT's row count only when asked to.
            self.prepared = self.statement(source).execution_options(preserve_rowcount=True)
        return self.prepared

    def _arrays(self, rows: list[Row]) -> dict[str, list[Any]]:
        arrays = {key: [row[key] for row in rows] for key in rows[0]}
        return arrays | {key: [value] * len(rows) for key, value in self.constants.items()}

    def __call__(self, rows: list[Row]) -> int:
        if not rows:
            return 0
        return self.connection.execute(self._statement(rows), self._arrays(rows)).rowcount

    def returning_ids(self, rows: list[Row]) -> AddedIds:
        # RETURNING tells exactly which customers this import added, even while another
        # import adds some of the same ones.
        if not rows:
            return []
        table = self.table
        statement = self._statement(rows).returning(table.c.ref, table.c.id)
        return [(ref, id_) for ref, id_ in self.connection.execute(statement, self._arrays(rows))]


def batch_insert(
    connection: Connection,
    table: Table,
    *,
    skip_present: bool,
    constants: Mapping[str, Any] | None = None,
) -> BatchInsert:
    kind = _Unnest if connection.dialect.name == "postgresql" else _ExecuteMany
    return kind(connection, table, skip_present=skip_present, constants=constants)


class CustomerInsert:
    """Customers, then the phones and e-mail addresses of those that were new."""

    def __init__(self, connection: Connection) -> None:
        self.customers = batch_insert(
            connection, table_of(Customer), skip_present=True, constants={"created_at": utcnow()}
        )
        self.phones = batch_insert(connection, table_of(CustomerPhone), skip_present=False)
        self.emails = batch_insert(connection, table_of(CustomerEmail), skip_present=False)
        self.tables = [self.customers.table, self.phones.table, self.emails.table]

    def __call__(self, rows: list[Row]) -> int:
        contacts: dict[str, tuple[list[Row], list[str]]] = {}
        unique = []
        for row in rows:
            if row["ref"] not in contacts:  # of refs repeated in a batch, the first is added
                contacts[row["ref"]] = (row.pop("phones"), row.pop("emails"))
                unique.append(row)
        added = self.customers.returning_ids(unique)
        phones, emails = [], []
        for ref, id_ in added:
            customer_phones, customer_emails = contacts[ref]
            for phone in customer_phones:  # the reader's own dictionaries: no copies
                phone["customer_id"] = id_
            phones += customer_phones
            emails += [{"customer_id": id_, "email": email} for email in customer_emails]
        self.phones(phones)
        self.emails(emails)
        return len(added)


@contextmanager
def indexes_rebuilt(connection: Connection, tables: Sequence[Table]) -> Iterator[None]:
    """SQLite: the tables' secondary indexes dropped while the block adds rows, then built again.

    Building an index from a whole table sorts it once, where inserting row by row updates
    every index at scattered places: for a table the import fills more than it finds, less
    than half the time. Unique indexes stay: they keep refs unique and decide ON CONFLICT.
    The schema change is part of the import's transaction, so if the block fails the
    rollback brings the indexes back with the rows as they were.
    """
    indexes = [
        index
        for table in tables
        for index in connection.exec_driver_sql(
            # origin 'c': made by CREATE INDEX, not for a constraint
            "SELECT m.name, m.sql FROM sqlite_master AS m JOIN pragma_index_list(?) AS i "
            "ON i.name = m.name WHERE NOT i.\"unique\" AND i.origin = 'c'",
            (table.name,),
        )
    ]
    for name, _ in indexes:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    for _, sql in indexes:
        connection.exec_driver_sql(sql)
