"""Finding a customer as the agent types: by reference, phone, e-mail or name (pinyin too).

Every match is a prefix range on an indexed key, so a look-up costs a few index probes
whatever the number of customers.
"""

import re
from dataclasses import dataclass
from enum import IntEnum

from sqlalchemy import ColumnElement, Engine, and_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from customers.identity import email_key, fold, phone_digits
from customers.models import Customer, CustomerEmail, CustomerPhone
from store.sessions import transaction

LAST_DIGITS = 4
_PHONE_LIKE = re.compile(r"[+(\d][\d\s().-]*")
_REF_LIKE = re.compile(r"[A-Za-z]{1,4}-?\d+")


class MatchedBy(IntEnum):
    """How a candidate was found; lower is a better match and sorts first."""

    REF = 1
    PHONE = 2
    EMAIL = 3
    NAME = 4
    PINYIN = 5
    INITIALS = 6
    PHONE_END = 7


@dataclass(frozen=True)
class Candidate:
    id: int
    ref: str
    name: str
    tier: str
    matched_by: MatchedBy
    exact: bool

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.ref,
            "name": self.name,
            "tier": self.tier,
            "matched_by": self.matched_by.name.lower(),
            "exact": self.exact,
        }


def find_customers(engine: Engine, text: str, *, limit: int = 10) -> list[Candidate]:
    """The customers the text may mean, best matches first."""
    text = text.strip()
    if not text:
        return []
    found: dict[int, Candidate] = {}
    with transaction(engine) as session:
        for matched_by, key, column in _probes(text):
            for customer, exact in _probe(session, column, key, limit):
                candidate = Candidate(
                    customer.id, customer.ref, customer.name, customer.tier, matched_by, exact
                )
                known = found.get(customer.id)
                if known is None or _rank(candidate) < _rank(known):
                    found[customer.id] = candidate
    return sorted(found.values(), key=lambda c: (*_rank(c), c.ref))[:limit]


def _rank(candidate: Candidate) -> tuple[int, int]:
    return (0 if candidate.exact else 1, candidate.matched_by)


def _probes(text: str) -> list[tuple[MatchedBy, str, InstrumentedAttribute[str]]]:
    """Which keys to look in, and for what, given the shape of the text."""
    probes: list[tuple[MatchedBy, str, InstrumentedAttribute[str]]] = []
    if _REF_LIKE.fullmatch(text):
        probes.append((MatchedBy.REF, text.upper(), Customer.ref))
    if "@" in text:
        probes.append((MatchedBy.EMAIL, email_key(text) or text.lower(), CustomerEmail.email))
    if _PHONE_LIKE.fullmatch(text):
        digits = phone_digits(text)
        if digits is not None:
            probes.append((MatchedBy.PHONE, digits, CustomerPhone.digits))
            if len(digits) == LAST_DIGITS:  # the end of a number the customer reads out
                probes.append((MatchedBy.PHONE_END, digits, CustomerPhone.last4))
    folded = fold(text)
    if folded and "@" not in text:
        probes.append((MatchedBy.NAME, folded, Customer.name_key))
        if folded.isascii():
            probes.append((MatchedBy.PINYIN, folded, Customer.pinyin_key))  # type: ignore[arg-type]
            if folded.isalpha() and len(folded) <= LAST_DIGITS:
                probes.append((MatchedBy.INITIALS, folded, Customer.initials_key))  # type: ignore[arg-type]
    return probes


def _probe(
    session: Session, column: InstrumentedAttribute[str], key: str, limit: int
) -> list[tuple[Customer, bool]]:
    statement = select(Customer, column == key).where(starts_with(column, key))
    if column.class_ is not Customer:
        owner = column.class_
        statement = statement.join(owner, owner.customer_id == Customer.id)
    statement = statement.order_by(column, Customer.ref).limit(limit)
    return [(customer, bool(exact)) for customer, exact in session.execute(statement)]


def starts_with(column: InstrumentedAttribute[str], prefix: str) -> ColumnElement[bool]:
    """A range its index can scan: every key from the prefix up to the next prefix."""
    following = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return and_(column >= prefix, column < following)
