"""The facts about a case, a customer and an agent that policy conditions may use."""

from enum import Enum


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
