"""One customer at a glance: who they are, their figures, scores, stage and alerts.

Everything is read for this one customer through its indexes; the only population-wide
input, the value quintile cuts, is precomputed by `rescore` (see customers.scoring).
"""

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from decimal import Decimal
from typing import Protocol

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from customers import history
from customers.alerts import Alert, alerts
from customers.lifecycle import Lifecycle, lifecycle
from customers.models import Contact, Customer, CustomerEmail, CustomerPhone, Feedback, Order
from customers.scoring import latest_cuts
from customers.timeline import UnknownCustomerError
from customers.value import RFMScore, Segment, ValueFigures, score, segment, value_figures
from store.sessions import transaction

COMPLAINT_WINDOW_DAYS = 90


class CompensationLedger(Protocol):
    """What the customer has received, from the grant log, and the policy's cap on it."""

    def received(self, customer_ref: str, now: datetime) -> Decimal:
        """Compensation in the 30 days before now, as the policy's budgets count it."""

    def customer_cap(self) -> Decimal | None: ...


@dataclass(frozen=True)
class CustomerRecord:
    ref: str
    name: str
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    language: str
    tier: str
    tags: tuple[str, ...]
    created_at: datetime


@dataclass(frozen=True)
class LatestFeedback:
    kind: str
    score: int
    at: datetime
    comment: str


@dataclass(frozen=True)
class Profile:
    customer: CustomerRecord
    figures: ValueFigures
    rfm: RFMScore | None  # None for a prospect, or before the first rescore
    segment: Segment | None  # None until the first rescore
    lifecycle: Lifecycle
    complaints_90d: int
    open_complaints: int
    compensation_30d: Decimal
    compensation_cap: Decimal | None
    feedback: tuple[LatestFeedback, ...]  # the latest NPS and CSAT answers
    alerts: tuple[Alert, ...]

    def as_dict(self) -> dict[str, object]:
        figures = self.figures
        return {
            "id": self.customer.ref,
            "name": self.customer.name,
            "phones": list(self.customer.phones),
            "emails": list(self.customer.emails),
            "language": self.customer.language,
            "tier": self.customer.tier,
            "tags": list(self.customer.tags),
            "summary": {
                "orders": figures.orders,
                "total_spend": str(figures.total_spend),
                "average_order_value": str(figures.average_order_value),
                "first_order": _day(figures.first_purchase),
                "last_order": _day(figures.last_purchase),
                "complaints_90d": self.complaints_90d,
                "open_complaints": self.open_complaints,
                "compensation_30d": str(self.compensation_30d),
                "compensation_cap": _text(self.compensation_cap),
                "feedback": [
                    {"kind": f.kind, "score": f.score, "at": f.at.isoformat(), "comment": f.comment}
                    for f in self.feedback
                ],
            },
            "value": {
                "frequency": figures.frequency,
                "recency": figures.recency,
                "age": figures.age,
                "monetary": str(figures.monetary),
                "rfm": None if self.rfm is None else str(self.rfm),
                "segment": None if self.segment is None else str(self.segment),
            },
            "lifecycle": {
                "stage": str(self.lifecycle.stage),
                "rhythm_days": _text(self.lifecycle.rhythm_days),
                "days_since_last": self.lifecycle.days_since_last,
                "at_risk_after": self.lifecycle.at_risk_after,
                "churned_after": self.lifecycle.churned_after,
            },
            "alerts": [
                {
                    "code": str(a.code),
                    "severity": str(a.severity),
                    "en": a.message.en,
                    "zh": a.message.zh,
                    "subject": a.subject,
                }
                for a in self.alerts
            ],
        }


def _day(value: object) -> str | None:
    return None if value is None else str(value)


def _text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


@dataclass(frozen=True)
class Profiles:
    engine: Engine
    ledger: CompensationLedger
    timezone: Callable[[], tzinfo]  # the days of the business, which a new policy may change

    def profile(self, customer_ref: str, *, now: datetime) -> Profile:
        with transaction(self.engine) as session:
            customer = _customer(session, customer_ref)
            record = _record(session, customer)
            orders = _orders(session, customer.id)
            complaints = _complaints(session, customer.id)
            feedback = _latest_feedback(session, customer.id)
            cuts = latest_cuts(session)
        purchases = history.purchases(orders)
        timezone = self.timezone()
        figures = value_figures(purchases, now=now, tz=timezone)
        rfm = score(figures, cuts) if cuts is not None else None
        value_segment = segment(rfm) if rfm is not None or not figures.has_purchases else None
        stage = lifecycle(purchases, now=now, tz=timezone)
        received = self.ledger.received(customer.ref, now)
        cap = self.ledger.customer_cap()
        recent = now - timedelta(days=COMPLAINT_WINDOW_DAYS)
        found = alerts(
            now=now,
            complaints=complaints,
            orders=orders,
            compensation_30d=received,
            compensation_cap=cap,
            stage=stage.stage,
            segment=value_segment,
        )
        return Profile(
            customer=record,
            figures=figures,
            rfm=rfm,
            segment=value_segment,
            lifecycle=stage,
            complaints_90d=sum(1 for c in complaints if c.opened_at >= recent),
            open_complaints=sum(1 for c in complaints if c.is_open),
            compensation_30d=received,
            compensation_cap=cap,
            feedback=tuple(feedback),
            alerts=tuple(found),
        )


def _customer(session: Session, ref: str) -> Customer:
    customer = session.scalar(select(Customer).where(Customer.ref == ref.strip().upper()))
    if customer is None:
        raise UnknownCustomerError(f"no customer {ref!r}")
    return customer


def _record(session: Session, customer: Customer) -> CustomerRecord:
    phones = session.scalars(
        select(CustomerPhone.shown).where(CustomerPhone.customer_id == customer.id)
    )
    emails = session.scalars(
        select(CustomerEmail.email).where(CustomerEmail.customer_id == customer.id)
    )
    return CustomerRecord(
        ref=customer.ref,
        name=customer.name,
        phones=tuple(phones),
        emails=tuple(emails),
        language=customer.language,
        tier=customer.tier,
        tags=tuple(json.loads(customer.tags)),
        created_at=customer.created_at,
    )


def _orders(session: Session, customer_id: int) -> list[history.Order]:
    rows = session.execute(
        select(Order.ref, Order.ordered_at, Order.amount, Order.status)
        .where(Order.customer_id == customer_id)
        .order_by(Order.ordered_at, Order.id)
    )
    return [history.Order(ref, at, amount, status) for ref, at, amount, status in rows]


def _complaints(session: Session, customer_id: int) -> list[history.Complaint]:
    rows = session.execute(
        select(Contact.ref, Contact.at, Contact.resolved_at, Contact.complaint_state)
        .where(Contact.customer_id == customer_id, Contact.complaint_state.is_not(None))
        .order_by(Contact.at, Contact.id)
    )
    return [
        # A complaint marked resolved without a time counts as resolved when it was raised.
        history.Complaint(ref, at, resolved_at or (at if state == "resolved" else None))
        for ref, at, resolved_at, state in rows
    ]


def _latest_feedback(session: Session, customer_id: int) -> list[LatestFeedback]:
    latest = []
    for kind in ("nps", "csat"):
        row = session.execute(
            select(Feedback.score, Feedback.at, Feedback.comment)
            .where(Feedback.customer_id == customer_id, Feedback.kind == kind)
            .order_by(Feedback.at.desc(), Feedback.id.desc())
            .limit(1)
        ).first()
        if row is not None:
            latest.append(LatestFeedback(kind, row.score, row.at, row.comment))
    return latest
