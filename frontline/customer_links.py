"""The two packages linked: the grant log as the customers package sees it (compensation
received, on the timeline, against the policy's cap), and customers' facts for the policy."""

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal

from sqlalchemy import Engine

from customers.profile import Profiles
from customers.timeline import RANK, Cursor, Event, EventType, UnknownCustomerError
from policies.budgets import CUSTOMER_HISTORY_DAYS, customer_compensation
from policies.grant_log import customer_grants
from policies.model import Policy, Scope
from policies.money import tidy
from policies.versions import NoPolicyError
from store.sessions import transaction


class GrantHistory:
    """Compensation received, from the policies package's log and its active policy."""

    def __init__(self, engine: Engine, active_policy: Callable[[], Policy]) -> None:
        self.engine = engine
        self.active_policy = active_policy

    def received(self, customer_ref: str, now: datetime) -> Decimal:
        with transaction(self.engine) as session:
            return customer_compensation(session, customer_ref, now)

    def customer_cap(self) -> Decimal | None:
        """The tightest per-customer budget over the same window, if the policy has one."""
        try:
            budgets = self.active_policy().budgets.values()
        except NoPolicyError:
            return None
        limits = [
            budget.limit
            for budget in budgets
            if budget.scope is Scope.CUSTOMER and budget.days == CUSTOMER_HISTORY_DAYS
        ]
        return min(limits, default=None)

    def compensation_events(
        self, customer_ref: str, before: Cursor | None, limit: int
    ) -> list[Event]:
        position = None
        if before is not None:
            same_type = before.rank == RANK[EventType.COMPENSATION]
            position = (before.at, before.id if same_type else None)
        grants = customer_grants(self.engine, customer_ref, before=position, limit=limit)
        return [
            Event(
                EventType.COMPENSATION,
                grant.id,
                grant.created_at,
                title=_what(grant.kind, grant.item, grant.amount),
                detail=grant.reason,
                amount=grant.value,
                currency=grant.currency,
                status="approved" if grant.approved_by else "granted",
                agent=grant.agent,
            )
            for grant in grants
        ]


def _what(kind: str, item: str | None, amount: Decimal) -> str:
    return f"{kind}: {item}" if item else f"{kind} {tidy(amount)}"


class CustomerFacts:
    """The customer facts the authorisation matrix uses, from the customers package."""

    def __init__(self, profiles: Profiles, clock: Callable[[], datetime]) -> None:
        self.profiles = profiles
        self.clock = clock

    def customer_facts(self, customer: str) -> dict[str, str | int]:
        try:
            profile = self.profiles.profile(customer, now=self.clock())
        except UnknownCustomerError:
            return {}  # not on file: the facts come with the case
        facts: dict[str, str | int] = {
            "customer.tier": profile.customer.tier,
            "customer.lifecycle_stage": str(profile.lifecycle.stage),
            "customer.complaints_90d": profile.complaints_90d,
        }
        if profile.segment is not None:
            facts["customer.value_segment"] = str(profile.segment)
        return facts
