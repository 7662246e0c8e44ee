"""What callers hand to the compensation service and what they get back."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Protocol

from policies.decision import KindDecision
from policies.facts import FactValue
from store.bilingual import Text

MAX_REASON = 2000
MAX_KEY = 100


class CompensationError(ValueError):
    """A request that cannot be taken as it is; the message names the field at fault."""


class CustomerFactsSource(Protocol):
    """Facts about a customer (tier, lifecycle stage, value segment, complaints in 90 days).

    The customer package supplies the real source; compensation received in the last 30 days
    always comes from the grant log itself.
    """

    def customer_facts(self, customer: str) -> Mapping[str, FactValue]: ...


class NoCustomerFacts:
    """A source that knows nothing beyond the grant log: facts come with the case instead."""

    def customer_facts(self, customer: str) -> Mapping[str, FactValue]:
        return {}


@dataclass(frozen=True)
class Agent:
    username: str
    role: str
    team: str | None = None
    tenure_days: int | None = None

    def facts(self) -> dict[str, FactValue]:
        facts: dict[str, FactValue] = {"agent.role": self.role}
        if self.team is not None:
            facts["agent.team"] = self.team
        if self.tenure_days is not None:
            facts["agent.tenure_days"] = self.tenure_days
        return facts


@dataclass(frozen=True)
class Case:
    """The contact being handled; `facts` holds any further facts (such as customer.tier)."""

    category: str | None = None
    severity: str | None = None
    order_value: Decimal | None = None
    days_since_purchase: int | None = None
    days_late: int | None = None
    facts: Mapping[str, FactValue] = field(default_factory=dict)

    def all_facts(self) -> dict[str, FactValue]:
        named: dict[str, FactValue | None] = {
            "case.category": self.category,
            "case.severity": self.severity,
            "case.order_value": self.order_value,
            "case.days_since_purchase": self.days_since_purchase,
            "case.days_late": self.days_late,
        }
        return {**self.facts, **{k: v for k, v in named.items() if v is not None}}


@dataclass(frozen=True)
class GrantRequest:
    agent: Agent
    customer: str
    case: Case
    kind: str
    reason: str
    amount: Decimal | None = None  # in the kind's unit; for a gift, the item's value
    item: str | None = None  # a catalogue item, for kinds whose unit is "item"
    idempotency_key: str | None = None


class Outcome(StrEnum):
    GRANTED = "granted"
    PENDING = "pending_approval"
    REFUSED = "refused"


@dataclass(frozen=True)
class GrantResult:
    outcome: Outcome
    message: Text
    decision: KindDecision | None = None  # None when repeating an earlier request
    amount: Decimal | None = None
    value: Decimal | None = None  # money drawn from budgets
    grant_id: int | None = None
    request_id: int | None = None
    repeated: bool = False  # the idempotency key was seen before: nothing new was recorded

    def as_dict(self) -> dict[str, object]:
        return {
            "outcome": str(self.outcome),
            "grant_id": self.grant_id,
            "request_id": self.request_id,
            "amount": None if self.amount is None else str(self.amount),
            "value": None if self.value is None else str(self.value),
            "repeated": self.repeated,
            "message": {"en": self.message.en, "zh": self.message.zh},
            "decision": self.decision.as_dict() if self.decision else None,
        }
