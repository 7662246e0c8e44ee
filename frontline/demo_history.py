"""Sixty days of grants by the demo staff, so that the supervisor console has a past to show.

The grants follow the demo customers' contacts: on a share of the contacts they handled
about a late, lost, damaged or wrong parcel or a service failure, the agent gave something,
at the contact's time, through `Compensations.grant` with a clock set to that moment, so
budgets, snapshots and the audit chain are what real use would have left. Deterministic
(one seed, and contacts that the demo's `now` fixes). In it: wang.wei gives on every
contact, plain enquiries included, which he books as service failures (an outlier against
shanghai-1), C1042 is compensated again and again, a few
requests above the on-the-spot limit were approved, and two asked in the last hours are
still waiting for a supervisor.
"""

import random
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import Engine, select

from customers.workload import handled_contacts
from frontline.context import AppContext
from frontline.customer_links import CustomerFacts
from policies.facts import FactValue
from policies.models import ApprovalRequest, Grant
from policies.requests import Case, GrantRequest, Outcome
from policies.service import Compensations
from store.sessions import transaction

SEED = 20261125
DAYS = 60
KEY = "demo-history"  # idempotency keys demo-history-1, -2 ...: a second load adds nothing
GENEROSITY = 0.5  # the share of the contacts with a problem on which staff give something
LAVISH = "wang.wei"  # gives on every contact
SUPERVISOR = {"shanghai-1": "chen.jing", "online-en": "sarah.mitchell"}
REPEATED = "C1042"  # called about every ten days, and compensated each time
CUSTOMERS_NEEDED = 42  # the history's customers are among the first 42 demo customers
# What an agent may give on the spot for a contact's category, under the demo policy:
# (the case, the kind, amounts to choose from).
Situation = tuple[Case, str, tuple[str, ...]]
ON_THE_SPOT: dict[str, list[Situation]] = {
    "late_delivery": [
        (Case(category="late_delivery", days_late=3), "voucher", ("15.00", "20.00", "30.00")),
        (Case(category="late_delivery", days_late=2), "free_shipping", ("10.00", "12.00")),
    ],
    "lost_parcel": [
        (Case(category="lost_parcel", order_value=Decimal("120.00")), "refund", ("120.00",)),
        (Case(category="lost_parcel"), "voucher", ("20.00",)),
    ],
    "damaged_item": [
        (Case(category="damaged_item", severity="low"), "fee_waiver", ("25.00",)),
        (Case(category="damaged_item", severity="medium"), "voucher", ("20.00", "30.00")),
    ],
    "wrong_item": [(Case(category="wrong_item"), "voucher", ("15.00", "25.00"))],
    "service_failure": [(Case(category="service_failure"), "voucher", ("10.00", "20.00"))],
}
ABOVE_LIMIT = (Case(category="late_delivery", days_late=9), "voucher", "90.00")  # approval


@dataclass(frozen=True)
class _Ask:
    at: datetime
    agent: str
    customer: str
    case: Case
    kind: str
    amount: str
    approve_after: timedelta | None = None  # None: granted on the spot, or left pending


class _Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class _RememberedFacts:
    """Each customer's facts worked out once, as of now: profiles are the slow part."""

    def __init__(self, facts: CustomerFacts) -> None:
        self._facts = facts
        self._known: dict[str, Mapping[str, FactValue]] = {}

    def customer_facts(self, customer: str) -> Mapping[str, FactValue]:
        if customer not in self._known:
            self._known[customer] = self._facts.customer_facts(customer)
        return self._known[customer]


def seed_grant_history(context: AppContext, now: datetime) -> int:
    """Grant the demo history up to now, unless it is there already; returns grants made."""
    if _seeded(context.engine):
        return 0
    clock = _Clock(now)
    facts = _RememberedFacts(CustomerFacts(context.profiles, lambda: now))
    desk = Compensations(context.engine, facts, clock=clock)
    granted = 0
    for number, ask in enumerate(_plan(context.engine, now), start=1):
        clock.now = ask.at
        agent = context.agent(ask.agent)
        request = GrantRequest(
            agent, ask.customer, ask.case, ask.kind, _reason(ask), amount=Decimal(ask.amount),
            idempotency_key=f"{KEY}-{number}",
        )  # fmt: skip
        result = desk.grant(request)
        if result.request_id is not None and ask.approve_after is not None:
            clock.now = ask.at + ask.approve_after
            approver = context.agent(_approver(agent.username, agent.team))
            result = desk.approve(result.request_id, approver, "Third delay on this order: fine.")
        granted += result.outcome is Outcome.GRANTED
    return granted


def _approver(asker: str, team: str | None) -> str:
    """The team's supervisor; for a supervisor's own request, the other one (four eyes)."""
    own = SUPERVISOR.get(team or "")
    if own is not None and own != asker:
        return own
    return next(name for name in SUPERVISOR.values() if name != asker)


def _seeded(engine: Engine) -> bool:
    with transaction(engine) as session:
        return any(
            session.scalar(select(table.id).where(table.idempotency_key.startswith(KEY)).limit(1))
            for table in (Grant, ApprovalRequest)
        )


def _plan(engine: Engine, now: datetime) -> list[_Ask]:
    """Who asked for what, when, oldest first."""
    rng = random.Random(SEED)
    asks = []
    for contact in handled_contacts(engine, now - timedelta(days=DAYS), now):
        choices = ON_THE_SPOT.get(contact.category)
        if contact.agent == LAVISH:
            choices = choices or ON_THE_SPOT["service_failure"]
        elif not choices or rng.random() >= GENEROSITY:
            continue
        at = contact.at + timedelta(minutes=5)  # as the call ends
        if rng.random() < 0.06:  # now and then more than the agent may give on the spot
            approval = timedelta(minutes=rng.randrange(10, 90))
            asks.append(_Ask(at, contact.agent, contact.customer, *ABOVE_LIMIT, approval))
            continue
        case, kind, amounts = rng.choice(choices)
        asks.append(_Ask(at, contact.agent, contact.customer, case, kind, rng.choice(amounts)))
    for days_ago in range(DAYS - 5, 0, -10):
        at = now.replace(hour=2, minute=30) - timedelta(days=days_ago)  # 10:30 in Shanghai
        case, kind, amounts = ON_THE_SPOT["late_delivery"][0]
        asks.append(_Ask(at, rng.choice(["li.na", "zhao.min"]), REPEATED, case, kind, amounts[1]))
    for agent, hours, customer in (("li.na", 3, "C1015"), ("tom.becker", 1, "C1035")):
        asks.append(_Ask(now - timedelta(hours=hours), agent, customer, *ABOVE_LIMIT))  # pending
    return sorted(asks, key=lambda ask: ask.at)


def _reason(ask: _Ask) -> str:
    category = (ask.case.category or "service").replace("_", " ")
    return f"{category.capitalize()}: {ask.kind.replace('_', ' ')} to say sorry"
