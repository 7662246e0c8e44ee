"""The population-wide half of value scoring: quintile cuts over every customer.

`rescore` reads every customer's purchases once, streamed in customer order, and stores the
cuts; a profile then scores one customer against them. Run after imports and nightly.
"""

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, tzinfo
from itertools import groupby

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from customers.history import PURCHASE_STATUSES, Purchase
from customers.models import Order
from customers.models import ValueCuts as CutsRow
from customers.value import ValueCuts, ValueFigures, compute_cuts, value_figures
from store.sessions import refresh_statistics, transaction

STREAM_BATCH = 10_000
HISTORY_TABLES = (
    "customers",
    "customer_phones",
    "customer_emails",
    "orders",
    "contacts",
    "customer_feedback",
)


@dataclass(frozen=True)
class RescoreReport:
    customers: int  # customers with a purchase, the population the cuts are over
    cuts: ValueCuts | None


def latest_cuts(session: Session) -> ValueCuts | None:
    row = session.scalars(select(CutsRow).order_by(CutsRow.id.desc()).limit(1)).first()
    return None if row is None else ValueCuts.from_dict(json.loads(row.cuts))


def rescore(engine: Engine, *, now: datetime, tz: tzinfo) -> RescoreReport:
    refresh_statistics(engine, HISTORY_TABLES)  # rescore follows bulk loads and imports
    cuts = compute_cuts(_all_figures(engine, now, tz))
    if cuts is not None:
        with transaction(engine) as session:
            session.add(
                CutsRow(computed_at=now, customers=cuts.customers, cuts=json.dumps(cuts.to_dict()))
            )
    return RescoreReport(0 if cuts is None else cuts.customers, cuts)


def _all_figures(engine: Engine, now: datetime, tz: tzinfo) -> Iterator[ValueFigures]:
    query = (
        select(Order.customer_id, Order.ordered_at, Order.amount)
        .where(Order.status.in_(PURCHASE_STATUSES))
        .order_by(Order.customer_id)
    )
    with transaction(engine) as session:
        rows = session.execute(query, execution_options={"yield_per": STREAM_BATCH})
        for _, orders in groupby(rows, key=lambda row: row.customer_id):
            purchases = [Purchase(row.ordered_at, row.amount) for row in orders]
            yield value_figures(purchases, now=now, tz=tz)
