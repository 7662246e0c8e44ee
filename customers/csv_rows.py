"""What each kind of import reads from a CSV row, and how it makes a table row of it.

A kind declares its fields: which are required, which table column each fills and its
value when the file leaves it out. Every field has a parser from cell text to value; a
kind's `finish` then checks fields against each other and adds derived columns. The
importer adds the `ref`.
"""

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import Table

from customers.csv_values import (
    CellValueError,
    DateReader,
    amount,
    complaint,
    items_of,
    whole_number,
)
from customers.identity import email_key, fold, name_keys, phone_digits
from customers.models import (
    CONTACT_CHANNELS,
    FEEDBACK_KINDS,
    Contact,
    Customer,
    Feedback,
    Order,
)
from store.base import table_of

# As models.Order.status documents them; the alerts tell late orders by this status.
ORDER_STATUSES = ("placed", "shipped", "delivered", "late", "returned", "cancelled")
SCORE_RANGES = {"nps": (0, 10), "csat": (1, 5)}
SATISFACTION_RANGE = (1, 5)
MAX_REF_LENGTH = 64

Row = dict[str, Any]
Parser = Callable[[str], Any]
SearchKeys = tuple[str, str | None, str | None]  # name_key, pinyin_key, initials_key


class FieldError(ValueError):
    """A row that cannot be imported, and the field at fault (None: the row as a whole)."""

    def __init__(self, field: str | None, reason: str) -> None:
        super().__init__(f"{field}: {reason}" if field else reason)
        self.field = field
        self.reason = reason


# Names repeat (王伟 and 张伟 are common), and turning one into pinyin is the slowest step
# of importing a customer.
@lru_cache(maxsize=50_000)
def search_keys(name: str) -> SearchKeys:
    """A name's search keys as stored. Keys are matched by prefix, so a cut-off one still
    finds the customer."""
    keys = name_keys(name)
    return (
        keys.name[:200],
        keys.pinyin[:400] if keys.pinyin else None,
        keys.initials[:50] if keys.initials else None,
    )


@lru_cache(maxsize=50_000)
def folded_key(name: str) -> SearchKeys:
    """search_keys without the pinyin ones, for an import that stores those later."""
    return fold(name)[:200], None, None


@dataclass(frozen=True)
class RowContext:
    dates: DateReader
    customer_ids: Mapping[str, int]  # ref → id; empty when importing customers
    keys_of_name: Callable[[str], SearchKeys] = search_keys

    def customer(self, ref: str) -> int:
        try:
            return self.customer_ids[ref]
        except KeyError:
            raise CellValueError(f"no customer with ref {ref!r}") from None


@dataclass(frozen=True)
class Field:
    name: str
    required: bool = False
    column: str = ""  # the row key it fills, when not its own name
    default: Any = None  # when the file has no such column, or the cell is empty

    @property
    def key(self) -> str:
        return self.column or self.name


@dataclass(frozen=True)
class Kind:
    name: str
    table: Table
    fields: tuple[Field, ...]
    parsers: Callable[[RowContext], Mapping[str, Parser]]
    finish: Callable[[Row, RowContext], None]
    ref_prefix: str  # of refs derived from a row's values when the file has none

    @property
    def required(self) -> set[str]:
        return {field.name for field in self.fields if field.required}


def limited(limit: int, *, lower: bool = False) -> Parser:
    def parse(text: str) -> str:
        if len(text) > limit:
            raise CellValueError(f"longer than {limit} characters ({len(text)})")
        return text.lower() if lower else text

    return parse


def _as_is(text: str) -> str:
    return text


def _choice(choices: tuple[str, ...]) -> Parser:
    allowed = frozenset(choices)

    def parse(text: str) -> str:
        value = text.lower()
        if value not in allowed:
            raise CellValueError(f"{text!r} is not one of {', '.join(choices)}")
        return value

    return parse


def _phones(text: str) -> list[dict[str, str]]:
    phones: dict[str, dict[str, str]] = {}
    for shown in items_of(text):
        digits = phone_digits(shown)
        if digits is None or len(digits) > 32 or len(shown) > 64:
            raise CellValueError(f"{shown!r} is not a phone number")
        if digits not in phones:
            phones[digits] = {"digits": digits, "last4": digits[-4:], "shown": shown}
    return list(phones.values())


def _emails(text: str) -> list[str]:
    emails: dict[str, None] = {}
    for written in items_of(text):
        email = email_key(written)
        if email is None or len(email) > 320:
            raise CellValueError(f"{written!r} is not an e-mail address")
        emails[email] = None
    return list(emails)


@lru_cache(maxsize=1024)  # a file uses a few combinations of tags again and again
def _tags(text: str) -> str:
    return json.dumps(items_of(text), ensure_ascii=False)


def _currency(code: str) -> str:
    if len(code) != 3 or not (code.isascii() and code.isalpha()):
        raise CellValueError(f"{code!r} is not a three-letter currency code such as CNY")
    return code.upper()


def _customer_parsers(context: RowContext) -> Mapping[str, Parser]:
    return {
        "ref": limited(MAX_REF_LENGTH),
        "name": limited(200),
        "phone": _phones,
        "email": _emails,
        "language": limited(16, lower=True),
        "tier": limited(32, lower=True),
        "tags": _tags,
    }


def _finish_customer(row: Row, context: RowContext) -> None:
    row["name_key"], row["pinyin_key"], row["initials_key"] = context.keys_of_name(row["name"])


def _order_parsers(context: RowContext) -> Mapping[str, Parser]:
    return {
        "ref": limited(MAX_REF_LENGTH),
        "customer": context.customer,
        "ordered_at": context.dates,
        "amount": amount,
        "currency": _currency,
        "status": _choice(ORDER_STATUSES),
        "items": limited(500),
    }


def _contact_parsers(context: RowContext) -> Mapping[str, Parser]:
    return {
        "ref": limited(MAX_REF_LENGTH),
        "customer": context.customer,
        "at": context.dates,
        "channel": _choice(CONTACT_CHANNELS),
        "category": limited(64),
        "summary": _as_is,
        "outcome": limited(200),
        "agent": limited(64),
        "satisfaction": lambda text: whole_number(text, *SATISFACTION_RANGE),
        "complaint": complaint,
        "resolved_at": context.dates,
    }


def _finish_contact(row: Row, context: RowContext) -> None:
    resolved_at, state = row["resolved_at"], row["complaint_state"]
    if resolved_at is not None and resolved_at < row["at"]:
        raise FieldError("resolved_at", "earlier than the contact itself (at)")
    if state == "yes":
        row["complaint_state"] = "resolved" if resolved_at else "open"
    elif state == "open" and resolved_at:
        raise FieldError("complaint", "'open', but the row has a resolved_at time")


def _feedback_parsers(context: RowContext) -> Mapping[str, Parser]:
    low, high = min(r[0] for r in SCORE_RANGES.values()), max(r[1] for r in SCORE_RANGES.values())
    return {
        "ref": limited(MAX_REF_LENGTH),
        "customer": context.customer,
        "at": context.dates,
        "kind": _choice(FEEDBACK_KINDS),
        "score": lambda text: whole_number(text, low, high),
        "comment": _as_is,
    }


def _finish_feedback(row: Row, context: RowContext) -> None:
    low, high = SCORE_RANGES[row["kind"]]
    if not low <= row["score"] <= high:
        raise FieldError("score", f"{row['score']} is out of range for {row['kind']}: {low}-{high}")


def _no_finish(row: Row, context: RowContext) -> None:
    pass


def _fields(required: str, optional: str, **defaults: Any) -> tuple[Field, ...]:
    """Fields by name; `defaults` gives optional ones their value when left out."""
    columns = {"customer": "customer_id", "complaint": "complaint_state"}
    columns |= {"phone": "phones", "email": "emails"}
    return tuple(
        Field(name, name in required.split(), columns.get(name, ""), defaults.get(name))
        for name in [*required.split(), *optional.split()]
    )


KINDS = {
    kind.name: kind
    for kind in (
        Kind(
            "customers",
            table_of(Customer),
            _fields(
                "name",
                "ref phone email language tier tags",
                phone=(),
                email=(),
                language="zh",
                tier="standard",
                tags="[]",
            ),
            _customer_parsers,
            _finish_customer,
            "customer",
        ),
        Kind(
            "orders",
            table_of(Order),
            _fields(
                "customer ordered_at amount status",
                "ref currency items",
                currency="CNY",
                items="",
            ),
            _order_parsers,
            _no_finish,
            "order",
        ),
        Kind(
            "contacts",
            table_of(Contact),
            _fields(
                "customer at channel",
                "ref category summary outcome agent satisfaction complaint resolved_at",
                category="",
                summary="",
                outcome="",
            ),
            _contact_parsers,
            _finish_contact,
            "contact",
        ),
        Kind(
            "feedback",
            table_of(Feedback),
            _fields("customer at kind score", "ref comment", comment=""),
            _feedback_parsers,
            _finish_feedback,
            "feedback",
        ),
    )
}
