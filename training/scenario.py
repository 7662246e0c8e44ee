"""A role-play scenario: the customer, their history, the case, the dialogue and what is expected.

Scenarios are read from TOML files by `training.scenario_loader`; the format is described in
docs/scenario-format.md. Everything here is plain data: the sandbox, the dialogue and the
scoring read it.
"""

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from store.bilingual import Text
from store.located_toml import Source


class Difficulty(StrEnum):
    BASIC = "basic"
    INTERMEDIATE = "intermediate"
    ADVANCED = "advanced"


class Trigger(StrEnum):
    """What the trainee does that can move the conversation on."""

    REPLY = "reply"  # the trainee writes to the customer
    CUSTOMER = "customer"  # the trainee opens the customer's record
    ARTICLE = "article"  # the trainee opens an article
    GRANT = "grant"  # a compensation is granted on the spot
    APPROVAL = "approval"  # a compensation is sent to a supervisor for approval
    REFUSED = "refused"  # the policy refused a grant
    ESCALATE = "escalate"  # the trainee hands the case to a supervisor


@dataclass(frozen=True)
class SeedOrder:
    ref: str
    days_ago: int
    amount: Decimal
    status: str
    items: str


@dataclass(frozen=True)
class SeedContact:
    days_ago: int
    channel: str
    category: str
    summary: str
    outcome: str
    agent: str | None = None
    satisfaction: int | None = None
    complaint: str | None = None  # "open" or "resolved" when the contact was a complaint


@dataclass(frozen=True)
class SeedFeedback:
    days_ago: int
    kind: str  # "nps" or "csat"
    score: int
    comment: str = ""


@dataclass(frozen=True)
class Persona:
    """The customer the trainee serves, and their history, as seeded into the sandbox."""

    ref: str
    name: str
    language: str  # the language the customer writes in
    tier: str
    customer_for_days: int
    briefing: Text  # for the trainer: who this person is and how they feel
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    orders: tuple[SeedOrder, ...] = ()
    contacts: tuple[SeedContact, ...] = ()
    feedback: tuple[SeedFeedback, ...] = ()


@dataclass(frozen=True)
class CaseSpec:
    """The case as a model answer would describe it in the compensation pane."""

    category: str
    source: Source
    order: str | None = None
    severity: str | None = None
    facts: dict[str, str | int | bool] = field(default_factory=dict)


@dataclass(frozen=True)
class Branch:
    """Where the conversation goes when the trainee does something that matches."""

    on: Trigger
    goto: str
    source: Source
    words: tuple[str, ...] = ()  # for replies: any of these words (case-insensitive)
    article: str | None = None  # for articles: this article (either language version)
    kinds: tuple[str, ...] = ()  # for grants and approvals: one of these kinds
    min_amount: Decimal | None = None
    max_amount: Decimal | None = None


@dataclass(frozen=True)
class Turn:
    id: str
    says: Text  # the customer's message, in each language
    source: Source
    branches: tuple[Branch, ...] = ()
    ends: bool = False  # the customer has nothing more to say after this message


@dataclass(frozen=True)
class CompensationExpectation:
    kinds: tuple[str, ...]
    min_amount: Decimal
    max_amount: Decimal
    required: bool  # False: giving nothing is acceptable too


@dataclass(frozen=True)
class Forbidden:
    """An action the trainee must not take, and why."""

    on: Trigger
    why: Text
    source: Source
    words: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    above: Decimal | None = None  # for grants: only above this amount


@dataclass(frozen=True)
class Expectations:
    source: Source
    articles: tuple[str, ...] = ()  # key articles the trainee should find and open
    compensation: CompensationExpectation | None = None
    escalate: bool = False  # the case needs a supervisor: escalate or ask for approval
    beyond_authority: tuple[Forbidden, ...] = ()  # what the trainee's role may not give
    forbidden: tuple[Forbidden, ...] = ()
    target_minutes: int = 10


@dataclass(frozen=True)
class Scenario:
    id: str
    title: Text
    summary: Text
    difficulty: Difficulty
    skills: tuple[str, ...]
    persona: Persona
    case: CaseSpec
    turns: tuple[Turn, ...]
    expect: Expectations
    source: Source
    role: str = "agent"  # the role the trainee plays, whatever their own account's role is

    def turn(self, turn_id: str) -> Turn:
        return next(turn for turn in self.turns if turn.id == turn_id)

    @property
    def opening(self) -> Turn:
        return self.turns[0]
