"""The facts about a case, a customer and an agent that policy conditions may use."""

from collections.abc import Mapping
from decimal import Decimal
from enum import Enum

from policies.money import AmountError, parse_amount
from store.bilingual import Text

FactValue = str | int | Decimal
Facts = Mapping[str, FactValue]


class FactType(Enum):
    TEXT = "text"
    INTEGER = "integer"
    MONEY = "money"


FACTS: dict[str, FactType] = {
    "case.category": FactType.TEXT,
    "case.severity": FactType.TEXT,
    "case.order_value": FactType.MONEY,
    "case.days_since_purchase": FactType.INTEGER,
    "case.days_late": FactType.INTEGER,
    "customer.tier": FactType.TEXT,
    "customer.lifecycle_stage": FactType.TEXT,
    "customer.value_segment": FactType.TEXT,
    "customer.complaints_90d": FactType.INTEGER,
    "customer.compensation_30d": FactType.MONEY,
    "agent.role": FactType.TEXT,
    "agent.team": FactType.TEXT,
    "agent.tenure_days": FactType.INTEGER,
}

FACT_LABELS: dict[str, Text] = {
    "case.category": Text("case category", "问题类别"),
    "case.severity": Text("severity", "严重程度"),
    "case.order_value": Text("order value", "订单金额"),
    "case.days_since_purchase": Text("days since purchase", "购买后天数"),
    "case.days_late": Text("days late", "延迟天数"),
    "customer.tier": Text("customer tier", "客户等级"),
    "customer.lifecycle_stage": Text("lifecycle stage", "生命周期阶段"),
    "customer.value_segment": Text("value segment", "价值分群"),
    "customer.complaints_90d": Text("complaints in 90 days", "90 天内投诉次数"),
    "customer.compensation_30d": Text("compensation in 30 days", "30 天内已获补偿"),
    "agent.role": Text("agent role", "客服角色"),
    "agent.team": Text("team", "团队"),
    "agent.tenure_days": Text("days in the job", "入职天数"),
}


class FactError(ValueError):
    """A fact given by a person (command line, form) that is unknown or of the wrong type."""


def parse_fact(name: str, value: object) -> FactValue:
    """A typed fact from text or a number, as a person or a file gives it."""
    kind = FACTS.get(name)
    if kind is None:
        raise FactError(f"unknown fact {name!r} (known: {', '.join(FACTS)})")
    if kind is FactType.TEXT:
        if not isinstance(value, str) or not value.strip():
            raise FactError(f"{name}: expected a text, got {value!r}")
        return value.strip()
    if kind is FactType.INTEGER:
        if isinstance(value, bool) or not isinstance(value, int | str):
            raise FactError(f"{name}: expected a whole number, got {value!r}")
        try:
            number = int(value)
        except ValueError:
            raise FactError(f"{name}: expected a whole number, got {value!r}") from None
        if number < 0:
            raise FactError(f"{name}: cannot be negative ({number})")
        return number
    try:
        return parse_amount(value)
    except AmountError as exc:
        raise FactError(f"{name}: {exc}") from None


def parse_facts(values: Mapping[str, object]) -> dict[str, FactValue]:
    return {name: parse_fact(name, value) for name, value in values.items()}
