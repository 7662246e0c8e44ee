"""What an agent may give for one case: per compensation kind, how much, and why."""

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from policies.facts import FactValue
from policies.model import Unit
from store.bilingual import Text


class Status(StrEnum):
    ALLOWED = "allowed"  # may be granted now, up to the limit
    NEEDS_APPROVAL = "needs_approval"  # only with approval, up to the approval limit
    DENIED = "denied"  # a rule forbids it, its budgets are spent, or it cannot be checked
    NOT_APPLICABLE = "not_applicable"  # no rule offers it in this case


@dataclass(frozen=True)
class BudgetLeft:
    """What is left of a budget a deciding rule draws on, in money."""

    budget: str
    name: Text
    limit: Decimal
    remaining: Decimal

    def as_dict(self) -> dict[str, object]:
        return {
            "budget": self.budget,
            "name": {"en": self.name.en, "zh": self.name.zh},
            "limit": str(self.limit),
            "remaining": str(self.remaining),
        }


@dataclass(frozen=True)
class KindDecision:
    kind: str
    name: Text
    unit: Unit
    status: Status
    explanation: Text
    rule_ids: tuple[str, ...] = ()
    limit: Decimal | None = None  # on the spot, in the kind's unit (money or percent)
    approval_limit: Decimal | None = None  # with approval; above limit when present
    approver: str | None = None
    suggested: Decimal | None = None
    binding: BudgetLeft | None = None  # the budget that holds the limit below the rule's
    budgets: tuple[BudgetLeft, ...] = ()
    problems: tuple[Text, ...] = ()  # facts or rules that could not be checked

    def outcome_for(self, amount: Decimal) -> Status:
        """What asking for amount would lead to: never better for a larger amount."""
        if self.status in (Status.DENIED, Status.NOT_APPLICABLE):
            return Status.DENIED
        if self.limit is not None and amount <= self.limit:
            return Status.ALLOWED
        if self.approval_limit is not None and amount <= self.approval_limit:
            return Status.NEEDS_APPROVAL
        return Status.DENIED

    def as_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "name": {"en": self.name.en, "zh": self.name.zh},
            "unit": str(self.unit),
            "status": str(self.status),
            "limit": _text(self.limit),
            "approval_limit": _text(self.approval_limit),
            "approver": self.approver,
            "suggested": _text(self.suggested),
            "rule_ids": list(self.rule_ids),
            "binding": self.binding.as_dict() if self.binding else None,
            "budgets": [budget.as_dict() for budget in self.budgets],
            "explanation": {"en": self.explanation.en, "zh": self.explanation.zh},
            "problems": [{"en": p.en, "zh": p.zh} for p in self.problems],
        }


@dataclass(frozen=True)
class Decision:
    policy_version: str
    currency: str
    at: datetime
    facts: dict[str, FactValue]
    used: dict[str, Decimal]  # money already drawn from each budget, for this case's scopes
    kinds: tuple[KindDecision, ...]

    def kind(self, kind_id: str) -> KindDecision:
        for decision in self.kinds:
            if decision.kind == kind_id:
                return decision
        raise KeyError(kind_id)

    def as_dict(self) -> dict[str, object]:
        return {
            "policy_version": self.policy_version,
            "currency": self.currency,
            "at": self.at.isoformat(),
            "facts": {name: _fact(value) for name, value in sorted(self.facts.items())},
            "used": {budget: str(amount) for budget, amount in sorted(self.used.items())},
            "kinds": [decision.as_dict() for decision in self.kinds],
        }


def _text(amount: Decimal | None) -> str | None:
    return None if amount is None else str(amount)


def _fact(value: FactValue) -> str | int:
    return str(value) if isinstance(value, Decimal) else value
