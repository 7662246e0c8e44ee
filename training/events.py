"""What happens in a training session: the trainee's actions and the customer's messages."""

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from training.scenario import Trigger


class EventKind(StrEnum):
    CUSTOMER_SAYS = "customer_says"  # a scripted line, or the trainer's when playing live
    SEARCH = "search"  # the trainee searched the knowledge base; found lists the hits
    CUSTOMER = "customer"  # the trainee opened a customer's record
    ARTICLE = "article"  # the trainee opened an article
    REPLY = "reply"  # the trainee wrote to the customer
    GRANT = "grant"  # the trainee granted, or asked approval for, a compensation
    ESCALATE = "escalate"  # the trainee handed the case to a supervisor
    END = "end"  # the session was finished


class GrantOutcome(StrEnum):
    GRANTED = "granted"
    PENDING = "pending_approval"
    REFUSED = "refused"


@dataclass(frozen=True)
class Event:
    at: float  # seconds since the session started
    kind: EventKind
    text: str = ""  # a message, a search query or a note
    ref: str | None = None  # the customer's reference or the article's id
    found: tuple[str, ...] = ()  # for searches: the article ids shown
    compensation: str | None = None  # for grants: the kind
    amount: Decimal | None = None
    outcome: GrantOutcome | None = None
    turn: str | None = None  # for the customer's scripted lines: the turn's id

    @property
    def trigger(self) -> Trigger | None:
        """The branch trigger this event is, if any."""
        if self.kind is EventKind.GRANT:
            return {
                GrantOutcome.GRANTED: Trigger.GRANT,
                GrantOutcome.PENDING: Trigger.APPROVAL,
                GrantOutcome.REFUSED: Trigger.REFUSED,
            }[self.outcome or GrantOutcome.REFUSED]
        return _TRIGGERS.get(self.kind)

    def as_dict(self) -> dict[str, object]:
        data: dict[str, object] = {"at": round(self.at, 1), "kind": str(self.kind)}
        for key in ("text", "ref", "compensation", "turn"):
            if value := getattr(self, key):
                data[key] = value
        if self.found:
            data["found"] = list(self.found)
        if self.amount is not None:
            data["amount"] = str(self.amount)
        if self.outcome is not None:
            data["outcome"] = str(self.outcome)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> "Event":
        amount, outcome, found = data.get("amount"), data.get("outcome"), data.get("found")
        return cls(
            at=float(str(data["at"])),
            kind=EventKind(str(data["kind"])),
            text=str(data.get("text", "")),
            ref=_optional(data, "ref"),
            found=tuple(str(f) for f in found) if isinstance(found, list) else (),
            compensation=_optional(data, "compensation"),
            amount=None if amount is None else Decimal(str(amount)),
            outcome=None if outcome is None else GrantOutcome(str(outcome)),
            turn=_optional(data, "turn"),
        )


_TRIGGERS = {
    EventKind.REPLY: Trigger.REPLY,
    EventKind.CUSTOMER: Trigger.CUSTOMER,
    EventKind.ARTICLE: Trigger.ARTICLE,
    EventKind.ESCALATE: Trigger.ESCALATE,
}


def _optional(data: dict[str, object], key: str) -> str | None:
    value = data.get(key)
    return None if value is None else str(value)


def article_base(article_id: str) -> str:
    """An article's id without its language: DEL-001 for DEL-001 and DEL-001-EN."""
    return article_id.upper().removesuffix("-EN")


def same_article(expected: str, opened: str) -> bool:
    """Whether opened is the expected article or its other-language version."""
    return article_base(expected) == article_base(opened)


def mentions(text: str, words: tuple[str, ...]) -> bool:
    """Whether text contains any of the words, ignoring case (no words: any text)."""
    folded = text.casefold()
    return not words or any(word.casefold() in folded for word in words)
