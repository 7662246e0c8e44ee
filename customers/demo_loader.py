"""Writing demo customers to the database in bulk, as fast as the database takes them.

Customers are generated and written a chunk at a time, each chunk in its own transaction
with Core `executemany` inserts (no ORM objects), so 200,000 customers and their 5 million
history events never sit in memory at once, and an interrupted load keeps every finished
chunk. A customer whose reference is already in the database is skipped with all its
history: loading again adds nothing, and a larger load adds only the customers after the
smaller one's.
"""

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from sqlalchemy import Connection, Engine, insert, select

from customers.demo_archetypes import FIRST_NUMBER
from customers.demo_data import DEMO_SEED, Row, customer_ref, generate_customers
from customers.demo_material import Material
from customers.models import Contact, Customer, CustomerEmail, CustomerPhone, Feedback, Order
from store.base import table_of
from store.sessions import exclusive, transaction

CHUNK = 1000  # customers per transaction: about 25,000 history rows


_CUSTOMERS = table_of(Customer)
# Each customer's rows of these tables, by the DemoCustomer attribute that holds them.
_HISTORY = tuple(
    (attribute, table_of(model))
    for attribute, model in (
        ("phones", CustomerPhone),
        ("emails", CustomerEmail),
        ("orders", Order),
        ("contacts", Contact),
        ("feedback", Feedback),
    )
)

Progress = Callable[[int, int], None]  # (customers done, customers asked for)


@dataclass(frozen=True)
class DemoLoad:
    added: int  # customers written
    present: int  # customers skipped: their reference was already there
    events: int  # orders, contacts and feedback written
    rows: int  # every row written, phones and e-mail addresses included
    seconds: float


def load_demo_customers(
    engine: Engine,
    count: int,
    *,
    now: datetime,
    material: Material,
    seed: int = DEMO_SEED,
    chunk: int = CHUNK,
    progress: Progress | None = None,
) -> DemoLoad:
    """Make sure demo customers C1001 ... C{1000 + count} are in the database."""
    if count < 0:
        raise ValueError(f"cannot load {count} customers")
    started = time.perf_counter()
    added = present = events = rows = 0
    for first, last in chunks(FIRST_NUMBER, count, chunk):
        with transaction(engine, write=True) as session:
            exclusive(session, "customers.demo")  # two loads at once do not collide
            connection = session.connection()
            there = _present(connection, first, last)
            numbers = [n for n in range(first, last + 1) if customer_ref(n) not in there]
            batch = list(generate_customers(numbers, now=now, material=material, seed=seed))
            rows += insert_customers(connection, batch)
        added += len(batch)
        present += last - first + 1 - len(batch)
        events += sum(customer.events for customer in batch)
        if progress is not None:
            progress(last - FIRST_NUMBER + 1, count)
    return DemoLoad(added, present, events, rows, time.perf_counter() - started)


def chunks(first: int, count: int, size: int) -> Iterator[tuple[int, int]]:
    """Inclusive ranges of customer numbers, none crossing a power of ten, so that the
    references of one range (C9001 ... C9999) have one length and sort as their numbers."""
    end = first + count
    while first < end:
        next_power = 10 ** len(str(first))
        last = min(first + size, end, next_power) - 1
        yield first, last
        first = last + 1


def _present(connection: Connection, first: int, last: int) -> set[str]:
    """The references of this range already in the database: one index range scan."""
    ref = _CUSTOMERS.c.ref
    query = select(ref).where(ref.between(customer_ref(first), customer_ref(last)))
    return set(connection.scalars(query))


class CustomerRows(Protocol):
    """One customer's rows, ready to insert: the customer's, then its history's."""

    customer: Row
    phones: list[Row]
    emails: list[Row]
    orders: list[Row]
    contacts: list[Row]
    feedback: list[Row]


def insert_customers(connection: Connection, batch: Sequence[CustomerRows]) -> int:
    """Insert customers and their history with one statement per table; the rows written."""
    if not batch:
        return 0
    statement = insert(_CUSTOMERS).returning(_CUSTOMERS.c.id, sort_by_parameter_order=True)
    ids = connection.scalars(statement, [customer.customer for customer in batch]).all()
    written = len(ids)
    for attribute, table in _HISTORY:
        rows = []
        for customer_id, customer in zip(ids, batch, strict=True):
            for row in getattr(customer, attribute):
                row["customer_id"] = customer_id
                rows.append(row)
        if rows:
            connection.execute(insert(table), rows)
            written += len(rows)
    return written
