"""Customers and their history written straight into the tables, for tests."""

from datetime import datetime
from decimal import Decimal

from sqlalchemy import Engine

from customers.identity import email_key, name_keys, phone_digits
from customers.models import Contact, Customer, CustomerEmail, CustomerPhone, Feedback, Order
from store.sessions import transaction


def add_customer(
    engine: Engine,
    ref: str,
    name: str,
    *,
    phones: tuple[str, ...] = (),
    emails: tuple[str, ...] = (),
    tier: str = "standard",
    created_at: datetime,
) -> int:
    keys = name_keys(name)
    with transaction(engine) as session:
        customer = Customer(
            ref=ref,
            name=name,
            name_key=keys.name,
            pinyin_key=keys.pinyin,
            initials_key=keys.initials,
            tier=tier,
            created_at=created_at,
        )
        session.add(customer)
        session.flush()
        for shown in phones:
            digits = phone_digits(shown)
            assert digits is not None
            session.add(
                CustomerPhone(
                    customer_id=customer.id, digits=digits, last4=digits[-4:], shown=shown
                )
            )
        for address in emails:
            session.add(CustomerEmail(customer_id=customer.id, email=email_key(address)))
        return customer.id


def add_order(  # noqa: PLR0917 - reads like the row it writes
    engine: Engine, customer_id: int, ref: str, at: datetime, amount: str, status: str = "delivered"
) -> None:
    with transaction(engine) as session:
        session.add(
            Order(
                ref=ref,
                customer_id=customer_id,
                ordered_at=at,
                amount=Decimal(amount),
                currency="CNY",
                status=status,
                items="Lumen scarf ×1",
            )
        )


def add_contact(
    engine: Engine, customer_id: int, ref: str, at: datetime, *, complaint: str | None = None
) -> None:
    with transaction(engine) as session:
        session.add(
            Contact(
                ref=ref,
                customer_id=customer_id,
                at=at,
                channel="phone",
                category="late_delivery",
                summary="Parcel late",
                outcome="voucher offered",
                agent="li.na",
                complaint_state=complaint,
            )
        )


def add_feedback(engine: Engine, customer_id: int, ref: str, at: datetime, score: int) -> None:
    with transaction(engine) as session:
        session.add(Feedback(ref=ref, customer_id=customer_id, at=at, kind="nps", score=score))
