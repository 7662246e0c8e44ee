"""`customers import`: customers, orders, contacts or feedback from a CSV file.

Every good row is imported and every bad one reported with its line and reason, all in one
transaction. Rows are known by their `ref`: a row whose ref is already in the database is
left as it is, so importing the same file again adds nothing. A file without a ref column
gets refs derived from each row's values, which are just as stable.

Rows are read into plain dictionaries, never ORM objects, and inserted a few thousand at a
time (see csv_inserts) inside the one transaction. A large file into SQLite is loaded in
bulk (`_bulk_load`).
"""

import gc
import hashlib
import multiprocessing
import signal
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from functools import partial
from multiprocessing.connection import Connection as Pipe
from pathlib import Path

from sqlalchemy import Connection, Engine, Table, func, select

from customers.csv_inserts import CustomerInsert, batch_insert, indexes_rebuilt
from customers.csv_rows import (
    KINDS,
    FieldError,
    Kind,
    Row,
    RowContext,
    SearchKeys,
    folded_key,
    search_keys,
)
from customers.csv_source import CsvImportError, Record, open_records, resolve_columns
from customers.csv_values import DEFAULT_TIMEZONE, CellValueError, DateReader
from customers.identity import has_han, pinyin_loaded
from customers.models import Customer
from store.base import table_of
from store.sessions import transaction

BATCH_SIZE = 5000
# A file of fewer lines is not loaded in bulk: forking a process and rebuilding indexes
# would cost more than they save.
BULK_LINES = 10_000
# SQLite's page cache for the import, in KiB: rows land all over the (customer, time) index,
# and with the default 2 MB cache the same pages are written out again and again.
SQLITE_IMPORT_CACHE_KIB = 256 * 1024
Progress = Callable[[int], None]  # rows read so far


@dataclass(frozen=True)
class BadRow:
    line: int  # physical line in the file where the row starts; the header is line 1
    field: str | None  # None when the row as a whole is wrong
    reason: str

    def __str__(self) -> str:
        where = f"line {self.line}: {self.field}" if self.field else f"line {self.line}"
        return f"{where}: {self.reason}"

    def as_dict(self) -> dict[str, object]:
        return {"line": self.line, "field": self.field, "reason": self.reason}


@dataclass
class ImportReport:
    kind: str
    file: str
    read: int = 0  # data rows, not counting the header or blank lines
    added: int = 0
    present: int = 0  # rows whose ref was already there (or earlier in the file)
    bad: list[BadRow] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "file": self.file,
            "read": self.read,
            "added": self.added,
            "present": self.present,
            "bad": len(self.bad),
            "bad_rows": [row.as_dict() for row in self.bad],
        }


def import_csv(
    engine: Engine,
    kind: str,
    path: Path,
    mapping: Mapping[str, str] | None = None,
    *,
    date_format: str | None = None,
    timezone: str = DEFAULT_TIMEZONE,
    progress: Progress | None = None,
    batch_size: int = BATCH_SIZE,
    bulk_lines: int = BULK_LINES,
) -> ImportReport:
    """Import one file of `kind` (customers, orders, contacts or feedback).

    `mapping` maps a field to the column that holds it; other fields are read from the
    column of their own name. Raises CsvImportError, with nothing imported, when the file
    cannot be read or the mapping does not fit its header. A file of `bulk_lines` lines or
    more into SQLite is loaded in bulk (`_bulk_load`).
    """
    spec = KINDS.get(kind)
    if spec is None:
        raise CsvImportError(f"cannot import {kind!r}: choose one of {', '.join(KINDS)}")
    dates = DateReader(date_format, timezone)
    report = ImportReport(spec.name, str(path))
    names = [f.name for f in spec.fields]
    with open_records(Path(path)) as (header, records):
        columns = resolve_columns(spec.name, names, spec.required, mapping or {}, header)
        with transaction(engine, write=True) as session:
            connection = session.connection()
            ids = {} if spec.name == "customers" else _customer_ids(connection)
            write = (
                CustomerInsert(connection)
                if spec.name == "customers"
                else batch_insert(connection, spec.table, skip_present=True)
            )
            with (
                _large_sqlite_cache(connection),
                _no_cycle_collection(),
                _bulk_load(
                    connection,
                    Path(path),
                    write.tables,
                    columns["name"] if spec.name == "customers" else None,
                    bulk_lines,
                ) as keys_of_name,
            ):
                reader = _RowReader(
                    spec, columns, len(header), RowContext(dates, ids, keys_of_name)
                )
                for batch in _batches(reader.rows(records, report), batch_size):
                    report.added += write(batch)
                    if progress:
                        progress(report.read)
    report.present = report.read - report.added - len(report.bad)
    return report


class _RowReader:
    """Turns records into table rows, field by field; bad records go to the report."""

    def __init__(
        self, spec: Kind, columns: Mapping[str, int], width: int, context: RowContext
    ) -> None:
        parsers = spec.parsers(context)
        self.width = width
        self.context = context
        self.finish = spec.finish
        self.plan = [
            (f.name, columns[f.name], parsers[f.name], f.key)
            for f in spec.fields
            if f.name in columns
        ]
        # A ref column, when there is one, must not leave a row without a ref.
        self.required = spec.required | {"ref"}
        self.empty = {f.name: f.default for f in spec.fields}
        self.left_out = {f.key: f.default for f in spec.fields if f.name not in columns}
        self.ref_prefix = spec.ref_prefix if "ref" not in columns else None

    def rows(self, records: Iterable[Record], report: ImportReport) -> Iterator[Row]:
        plan, width, finish, left_out = self.plan, self.width, self.finish, self.left_out
        context = self.context
        for line, cells in records:
            report.read += 1
            name = None
            try:
                if len(cells) != width and not _blank_beyond(cells, width):
                    raise CellValueError(f"{len(cells)} cells where the header has {width}")
                row = left_out.copy()
                # The loop's `name` tells the except clause which field's parser failed.
                for name, position, parse, key in plan:
                    text = cells[position].strip()
                    if text:
                        if "\x00" in text:  # PostgreSQL text cannot hold one
                            raise CellValueError("contains a NUL character")
                        row[key] = parse(text)
                    elif name in self.required:
                        raise CellValueError("missing")
                    else:
                        row[key] = self.empty[name]
                name = None
                finish(row, context)
                if self.ref_prefix:
                    row["ref"] = self._derived_ref(cells)
            except CellValueError as exc:
                report.bad.append(BadRow(line, name, str(exc)))
                continue
            except FieldError as exc:
                report.bad.append(BadRow(line, exc.field, exc.reason))
                continue
            yield row

    def _derived_ref(self, cells: list[str]) -> str:
        """A ref for a row of a file without refs: the same row always gets the same one."""
        content = "\x1f".join(f"{step[0]}\x1e{cells[step[1]].strip()}" for step in self.plan)
        return f"{self.ref_prefix}-{hashlib.sha256(content.encode()).hexdigest()[:24]}"


def _blank_beyond(cells: list[str], width: int) -> bool:
    """Whether a row only has empty cells past the header's width (trailing commas)."""
    return len(cells) > width and not any(cell.strip() for cell in cells[width:])


def _batches(rows: Iterable[Row], size: int) -> Iterator[list[Row]]:
    batch: list[Row] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


@contextmanager
def _large_sqlite_cache(connection: Connection) -> Iterator[None]:
    """A larger SQLite page cache while importing; the connection's own size afterwards."""
    if connection.dialect.name != "sqlite":
        yield
        return
    before = int(connection.exec_driver_sql("PRAGMA cache_size").scalar() or 0)
    connection.exec_driver_sql(f"PRAGMA cache_size=-{SQLITE_IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={before}")


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused while importing.

    Rows hold no reference cycles, so reference counting frees each batch; meanwhile the
    many short-lived rows set off full collections that walk every long-lived object, the
    200,000 of pypinyin's dictionaries among them: a third of a customers import.
    """
    was_enabled = gc.isenabled()  # another import may have paused it already
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextmanager
def _bulk_load(
    connection: Connection,
    path: Path,
    tables: Sequence[Table],
    name_column: int | None,
    threshold: int,
) -> Iterator[Callable[[str], SearchKeys]]:
    """What a large import into SQLite does differently; yields how to key customers' names.

    Tables with at most half as many rows as the file has lines get their indexes rebuilt
    at the end (`indexes_rebuilt`). Unless pypinyin is loaded already, customers' pinyin
    keys are computed in a forked process while this one imports, and stored at the end:
    loading pypinyin's dictionaries alone takes as long as importing 10,000 customers.
    `name_column` is the file's column of names (None: not customers).
    """
    if connection.dialect.name != "sqlite" or (lines := _line_count(path)) < threshold:
        yield search_keys
        return
    with ExitStack() as steps:
        # Twice, since some lines may be rows already there, or parts of multi-line cells.
        # Ids stand for the rows there: a count would read the whole table.
        if lines >= 2 * _largest_id(connection, tables[0]):
            steps.enter_context(indexes_rebuilt(connection, tables))
        keys_of_name: Callable[[str], SearchKeys] = search_keys
        # Forked: a new interpreter would take longer to start than loading pypinyin. Once
        # it is loaded, the keys of a name cost less than passing them from another process.
        forks = "fork" in multiprocessing.get_all_start_methods()
        if name_column is not None and forks and not pinyin_loaded():
            # Entered last, left first: the keys are stored before the indexes are built.
            steps.enter_context(_pinyin_later(connection, path, name_column))
            keys_of_name = folded_key
        yield keys_of_name


@contextmanager
def _pinyin_later(connection: Connection, path: Path, name_column: int) -> Iterator[None]:
    """The pinyin keys of the customers the block adds, computed in a forked process.

    The block stores the customers without them (`folded_key`); they are set at the end
    from the names the process found in the file, for the customers past the largest id
    before the block: the import holds SQLite's write lock, so those are its own.
    """
    customers = table_of(Customer)
    first_id = _largest_id(connection, customers)
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_names_pinyin, args=(path, name_column, sender), daemon=True)
    process.start()
    sender.close()  # left open in the process alone, so that its end ends recv()
    try:
        yield
        if _largest_id(connection, customers) > first_id:  # else a file imported again
            try:
                keys = receiver.recv()
            except EOFError:
                process.join()
                raise RuntimeError(
                    f"the process computing pinyin keys stopped (exit code {process.exitcode})"
                ) from None
            _store_pinyin(connection, keys, first_id)
    finally:
        receiver.close()
        if process.is_alive():  # the keys were not needed, or the import failed
            process.kill()
        process.join()


def _names_pinyin(path: Path, name_column: int, sender: Pipe) -> None:
    """In a forked process: the pinyin keys of each Chinese name in the file, once each."""
    # Ctrl-C is for the importer, which then ends this process, without a second traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    names: dict[str, None] = {}
    try:
        with open_records(path) as (_header, records):
            for _line, cells in records:
                if name_column < len(cells) and has_han(name := cells[name_column].strip()):
                    names[name] = None
    except CsvImportError:
        pass  # the rows are read from the same file, so the import fails and says why
    sender.send([(name, *search_keys(name)[1:]) for name in names])
    sender.close()


def _store_pinyin(
    connection: Connection, keys: list[tuple[str, str | None, str | None]], first_id: int
) -> None:
    if not keys:
        return
    run = connection.exec_driver_sql
    run("CREATE TEMP TABLE import_pinyin (name TEXT PRIMARY KEY, pinyin TEXT, initials TEXT)")
    run("INSERT INTO import_pinyin VALUES (?, ?, ?)", keys)
    run(
        "UPDATE customers SET pinyin_key = k.pinyin, initials_key = k.initials "
        "FROM import_pinyin AS k WHERE customers.id > ? AND customers.name = k.name",
        (first_id,),
    )
    run("DROP TABLE import_pinyin")


def _line_count(path: Path) -> int:
    """The lines of a file, which a multi-line cell makes more than its rows: a cheap bound."""
    with path.open("rb") as file:
        return sum(block.count(b"\n") for block in iter(partial(file.read, 1 << 20), b""))


def _largest_id(connection: Connection, table: Table) -> int:
    return connection.scalar(select(func.max(table.c.id))) or 0


def _customer_ids(connection: Connection) -> dict[str, int]:
    table = table_of(Customer)
    return dict(connection.execute(select(table.c.ref, table.c.id)).all())
