"""Adding one customer with a written history: for training sandboxes and tests.

The caller describes the customer and their orders, contacts and feedback in plain records;
the search keys (folded name, pinyin, phone digits) are computed here exactly as an import
computes them, so the customer is found and scored like any other.
"""

import json
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from sqlalchemy import Engine, select

from customers.demo_data import Row
from customers.demo_loader import insert_customers
from customers.identity import name_keys, phone_digits
from customers.models import ValueCuts
from store.sessions import transaction


@dataclass(frozen=True)
class NewOrder:
    ref: str
    at: datetime
    amount: Decimal
    currency: str
    status: str
    items: str


@dataclass(frozen=True)
class NewContact:
    ref: str
    at: datetime
    channel: str
    category: str
    summary: str
    outcome: str
    agent: str | None = None
    satisfaction: int | None = None
    complaint_state: str | None = None  # "open" or "resolved" for a complaint


@dataclass(frozen=True)
class NewFeedback:
    ref: str
    at: datetime
    kind: str
    score: int
    comment: str = ""


@dataclass(frozen=True)
class NewCustomer:
    ref: str
    name: str
    language: str
    tier: str
    created_at: datetime
    tags: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    orders: tuple[NewOrder, ...] = ()
    contacts: tuple[NewContact, ...] = ()
    feedback: tuple[NewFeedback, ...] = ()


@dataclass
class _Rows:
    customer: Row
    phones: list[Row] = field(default_factory=list)
    emails: list[Row] = field(default_factory=list)
    orders: list[Row] = field(default_factory=list)
    contacts: list[Row] = field(default_factory=list)
    feedback: list[Row] = field(default_factory=list)


class SeedError(ValueError):
    """A customer that cannot be stored as described (a phone too short, say)."""


def add_customer(engine: Engine, new: NewCustomer) -> None:
    with transaction(engine, write=True) as session:
        insert_customers(session.connection(), [_rows(new)])


def _rows(new: NewCustomer) -> _Rows:
    keys = name_keys(new.name)
    rows = _Rows(
        {
            "ref": new.ref,
            "name": new.name,
            "name_key": keys.name,
            "pinyin_key": keys.pinyin,
            "initials_key": keys.initials,
            "language": new.language,
            "tier": new.tier,
            "tags": json.dumps(list(new.tags), ensure_ascii=False),
            "created_at": new.created_at,
        }
    )
    for shown in new.phones:
        digits = phone_digits(shown)
        if digits is None:
            raise SeedError(f"{new.ref}: {shown!r} is too short to be a phone number")
        rows.phones.append({"digits": digits, "last4": digits[-4:], "shown": shown})
    rows.emails = [{"email": email.strip().lower()} for email in new.emails]
    rows.orders = [
        {
            "ref": o.ref,
            "ordered_at": o.at,
            "amount": o.amount,
            "currency": o.currency,
            "status": o.status,
            "items": o.items,
        }
        for o in new.orders
    ]
    rows.contacts = [
        {
            "ref": c.ref,
            "at": c.at,
            "channel": c.channel,
            "category": c.category,
            "summary": c.summary,
            "outcome": c.outcome,
            "agent": c.agent,
            "satisfaction": c.satisfaction,
            "complaint_state": c.complaint_state,
            "resolved_at": c.at if c.complaint_state == "resolved" else None,
        }
        for c in new.contacts
    ]
    rows.feedback = [
        {"ref": f.ref, "at": f.at, "kind": f.kind, "score": f.score, "comment": f.comment}
        for f in new.feedback
    ]
    return rows


def copy_value_cuts(source: Engine, target: Engine) -> bool:
    """Score target's customers against source's population: its latest quintile cuts.
    False when source has none yet."""
    with transaction(source) as reading:
        latest = reading.scalars(select(ValueCuts).order_by(ValueCuts.id.desc()).limit(1)).first()
        if latest is None:
            return False
        row = {
            "computed_at": latest.computed_at,
            "customers": latest.customers,
            "cuts": latest.cuts,
        }
    with transaction(target, write=True) as writing:
        writing.add(ValueCuts(**row))
    return True
