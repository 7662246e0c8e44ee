"""A loaded policy: roles, compensation kinds, budgets and rules, each with its source line."""

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from store.bilingual import Text
from store.located_toml import Source


class Unit(StrEnum):
    MONEY = "money"  # an amount of money
    ITEM = "item"  # an item from a gift catalogue; limits apply to its value
    PERCENT = "percent"  # a percentage of the order value


class Effect(StrEnum):
    ALLOW = "allow"
    DENY = "deny"


class Scope(StrEnum):
    GRANT = "grant"
    AGENT = "agent"
    TEAM = "team"
    CUSTOMER = "customer"


@dataclass(frozen=True)
class Role:
    id: str
    name: Text
    inherits: tuple[str, ...]
    approves: bool
    source: Source


@dataclass(frozen=True)
class CatalogueItem:
    id: str
    name: Text
    value: Decimal


@dataclass(frozen=True)
class Kind:
    id: str
    name: Text
    unit: Unit
    catalogue: dict[str, CatalogueItem]
    source: Source


@dataclass(frozen=True)
class Budget:
    id: str
    name: Text
    scope: Scope
    days: int  # 0 for a per-grant budget, 1 for a calendar day, N for rolling N days
    limit: Decimal
    source: Source


@dataclass(frozen=True)
class Condition:
    fact: str
    one_of: frozenset[str] | None = None
    minimum: Decimal | None = None
    maximum: Decimal | None = None


@dataclass(frozen=True)
class Amount:
    """Fixed, or a percentage of the order value with an optional cap."""

    fixed: Decimal | None = None
    percent: Decimal | None = None
    cap: Decimal | None = None


@dataclass(frozen=True)
class Rule:
    id: str
    effect: Effect
    roles: frozenset[str]
    kinds: tuple[str, ...]
    conditions: tuple[Condition, ...]
    reason: Text
    source: Source
    max: Amount | None = None
    approval_max: Amount | None = None
    approver: str | None = None
    suggested: Amount | None = None
    budgets: tuple[str, ...] = ()
    key_sources: dict[str, Source] = field(default_factory=dict, compare=False, hash=False)

    def source_of(self, key: str) -> Source:
        """Where a key of this rule was written, so problems point at the right line."""
        return self.key_sources.get(key, self.source)


@dataclass(frozen=True)
class Policy:
    name: str
    currency: str
    roles: dict[str, Role]
    kinds: dict[str, Kind]
    budgets: dict[str, Budget]
    rules: tuple[Rule, ...]
    version: str  # content hash of the policy files
    tests: tuple[dict[str, object], ...] = field(default=())
    timezone: str = "UTC"  # where a budget's "day" begins and ends
    contents: dict[str, bytes] = field(default_factory=dict, compare=False, repr=False)

    def lineage(self, role: str) -> tuple[str, ...]:
        """The role and every role it inherits from, nearest first."""
        seen: list[str] = []
        pending = [role]
        while pending:
            current = pending.pop(0)
            if current in seen or current not in self.roles:
                continue
            seen.append(current)
            pending.extend(self.roles[current].inherits)
        return tuple(seen)
