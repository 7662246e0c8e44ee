"""Checking the amount an agent types against a decision, as the service will check it."""

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import Enum

from policies.decision import KindDecision, Status
from policies.model import Unit

MONEY_PLACES = Decimal("0.01")
PERCENT_PLACES = Decimal("0.0001")


class Verdict(Enum):
    EMPTY = "empty"  # nothing typed yet
    INVALID = "invalid"  # not an amount the service would take
    ALLOWED = "allowed"  # granted at once
    APPROVAL = "approval"  # becomes an approval request
    TOO_MUCH = "too_much"  # above anything that can be given here


class Problem(Enum):
    NONE = ""
    NOT_A_NUMBER = "number"
    NOT_POSITIVE = "positive"
    PLACES = "places"
    OVER_WHOLE_ORDER = "whole_order"


@dataclass(frozen=True)
class AmountCheck:
    verdict: Verdict
    amount: Decimal | None = None
    problem: Problem = Problem.NONE

    @property
    def can_submit(self) -> bool:
        return self.verdict in (Verdict.ALLOWED, Verdict.APPROVAL)


def parse(text: str, unit: Unit) -> AmountCheck:
    """The typed text as an amount in the kind's unit, or what is wrong with it."""
    cleaned = text.strip().replace(",", "").removesuffix("%").strip()
    if not cleaned:
        return AmountCheck(Verdict.EMPTY)
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        return AmountCheck(Verdict.INVALID, problem=Problem.NOT_A_NUMBER)
    problem = _problem(amount, unit)
    if problem is not Problem.NONE:
        return AmountCheck(Verdict.INVALID, amount if amount.is_finite() else None, problem)
    return AmountCheck(Verdict.ALLOWED, amount)


def _problem(amount: Decimal, unit: Unit) -> Problem:
    if not amount.is_finite():
        return Problem.NOT_A_NUMBER
    if amount <= 0:
        return Problem.NOT_POSITIVE
    places = PERCENT_PLACES if unit is Unit.PERCENT else MONEY_PLACES
    if amount != amount.quantize(places):
        return Problem.PLACES
    if unit is Unit.PERCENT and amount > 100:
        return Problem.OVER_WHOLE_ORDER
    return Problem.NONE


def check(amount: Decimal, verdict: KindDecision) -> AmountCheck:
    """What asking for this amount leads to under the decision."""
    outcome = verdict.outcome_for(amount)
    if outcome is Status.ALLOWED:
        return AmountCheck(Verdict.ALLOWED, amount)
    if outcome is Status.NEEDS_APPROVAL:
        return AmountCheck(Verdict.APPROVAL, amount)
    return AmountCheck(Verdict.TOO_MUCH, amount)


def check_text(text: str, verdict: KindDecision) -> AmountCheck:
    parsed = parse(text, verdict.unit)
    if parsed.verdict is not Verdict.ALLOWED or parsed.amount is None:
        return parsed
    return check(parsed.amount, verdict)


def ceiling(verdict: KindDecision) -> Decimal | None:
    """The most that can be asked for at all: with approval if there is any, else on the spot."""
    return verdict.approval_limit if verdict.approval_limit is not None else verdict.limit
