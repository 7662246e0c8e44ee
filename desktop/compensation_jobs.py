"""The compensation pane's background work, and what it hands back to the UI thread.

Each function here runs in the task runner and touches no widget; `while_alive` keeps a
result that arrives after its widget was destroyed (a closed window) from reaching it.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import TypeVar

import shiboken6
from PySide6.QtWidgets import QWidget

from customers.lookup import find_customers
from customers.timeline import EventType, UnknownCustomerError
from frontline.context import AppContext
from policies.decision import Decision
from policies.grant_log import RequestRecord, list_requests
from policies.model import Kind, Policy
from policies.requests import Agent, Case

RECENT_ORDERS = 20
SHOWN_REQUESTS = 20
T = TypeVar("T")


def while_alive(widget: QWidget, callback: Callable[[T], None]) -> Callable[[T], None]:
    """The callback, skipped once the widget is gone."""

    def call(value: T) -> None:
        if shiboken6.isValid(widget):
            callback(value)

    return call


@dataclass(frozen=True)
class OrderChoice:
    ref: str
    ordered_on: date  # in the policy's time zone
    amount: Decimal
    currency: str
    status: str
    items: str
    days_since_purchase: int


@dataclass(frozen=True)
class CustomerCase:
    """What the case editor knows of the customer; name None when they are not on file."""

    ref: str
    name: str | None = None
    tier: str | None = None
    orders: tuple[OrderChoice, ...] = ()

    @property
    def on_file(self) -> bool:
        return self.name is not None


def load_customer(context: AppContext, ref: str, now: datetime) -> CustomerCase:
    """The customer's name, tier and recent orders (runs in the background)."""
    found = [c for c in find_customers(context.engine, ref, limit=3) if c.ref == ref.upper()]
    if not found:
        return CustomerCase(ref)
    try:
        page = context.timeline.page(found[0].ref, types=[EventType.ORDER], limit=RECENT_ORDERS)
    except UnknownCustomerError:
        return CustomerCase(ref)
    zone = context.timezone
    today = now.astimezone(zone).date()
    orders = tuple(
        OrderChoice(
            ref=event.detail,
            ordered_on=event.at.astimezone(zone).date(),
            amount=event.amount or Decimal(0),
            currency=event.currency or "",
            status=event.status or "",
            items=event.title,
            days_since_purchase=max(0, (today - event.at.astimezone(zone).date()).days),
        )
        for event in page.events
    )
    return CustomerCase(found[0].ref, found[0].name, found[0].tier, orders)


@dataclass(frozen=True)
class DecidedCase:
    """A decision with everything it was made for, as the background job returns it."""

    agent: Agent
    customer: str
    case: Case
    policy: Policy
    decision: Decision

    def kind(self, kind_id: str) -> Kind:
        return self.policy.kinds[kind_id]

    @property
    def currency(self) -> str:
        return self.decision.currency

    def order_value(self) -> Decimal | None:
        value = self.decision.facts.get("case.order_value")
        return value if isinstance(value, Decimal) else None


def decide(context: AppContext, username: str, customer: str, case: Case) -> DecidedCase:
    """What the signed-in agent may give this customer for this case."""
    agent = context.agent(username)
    policy = context.compensations.active_policy()
    return DecidedCase(
        agent, customer, case, policy, context.compensations.decide(agent, customer, case)
    )


def agent_requests(context: AppContext, username: str) -> list[RequestRecord]:
    """The agent's latest requests, newest first (runs in the background)."""
    return list_requests(
        context.engine,
        pending_only=False,
        agent=username,
        newest_first=True,
        limit=SHOWN_REQUESTS,
    )
