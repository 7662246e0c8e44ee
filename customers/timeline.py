"""A customer's history in one reverse-chronological stream, a page at a time.

Pages are cut by keyset, never by OFFSET: the cursor is the (time, type, id) of the last
event shown, and the next page is everything strictly older. Events that arrive meanwhile
are newer than any cursor, so paging on is stable while the customer keeps calling.
Each source (orders, contacts, complaints, feedback, and compensation from the grant log
through `ExternalEvents`) reads at most one page from its own index; the pages are merged.
"""

import heapq
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Protocol, TypeVar

from sqlalchemy import ColumnElement, Engine, and_, or_, select, true
from sqlalchemy.orm import InstrumentedAttribute, Session

from customers.models import Contact, Customer, Feedback, Order
from store.sessions import transaction

PAGE_SIZE = 20
MAX_PAGE_SIZE = 200


class EventType(StrEnum):
    ORDER = "order"
    CONTACT = "contact"
    COMPLAINT = "complaint"
    FEEDBACK = "feedback"
    COMPENSATION = "compensation"


# The order of types at the same instant; compensation ranks highest so that the grant log,
# kept by another package, needs only "strictly before" or "before this grant" from a cursor.
RANK = {
    EventType.ORDER: 1,
    EventType.CONTACT: 2,
    EventType.COMPLAINT: 3,
    EventType.FEEDBACK: 4,
    EventType.COMPENSATION: 5,
}


class TimelineError(ValueError):
    """A cursor or filter that cannot be used."""


class UnknownCustomerError(LookupError):
    """No customer with this reference."""


@dataclass(frozen=True, order=True)
class Cursor:
    at: datetime
    rank: int
    id: int

    def encode(self) -> str:
        return f"{self.at.astimezone(UTC):%Y%m%dT%H%M%S.%fZ}.{self.rank}.{self.id}"

    @classmethod
    def decode(cls, text: str) -> "Cursor":
        try:
            stamp, rank, row = text.rsplit(".", 2)
            at = datetime.strptime(stamp, "%Y%m%dT%H%M%S.%fZ").replace(tzinfo=UTC)
            return cls(at, int(rank), int(row))
        except ValueError:
            raise TimelineError(
                f"cursor {text!r}: use the next_cursor of an earlier page"
            ) from None


@dataclass(frozen=True)
class Event:
    type: EventType
    id: int
    at: datetime
    title: str
    detail: str = ""
    amount: Decimal | None = None
    currency: str | None = None
    status: str | None = None
    agent: str | None = None

    @property
    def cursor(self) -> Cursor:
        return Cursor(self.at, RANK[self.type], self.id)

    def as_dict(self) -> dict[str, object]:
        return {
            "type": str(self.type),
            "id": self.id,
            "at": self.at.isoformat(),
            "title": self.title,
            "detail": self.detail,
            "amount": None if self.amount is None else str(self.amount),
            "currency": self.currency,
            "status": self.status,
            "agent": self.agent,
            "cursor": self.cursor.encode(),
        }


@dataclass(frozen=True)
class TimelinePage:
    events: tuple[Event, ...]
    next_cursor: str | None  # None on the last page

    def as_dict(self) -> dict[str, object]:
        return {
            "events": [event.as_dict() for event in self.events],
            "next_cursor": self.next_cursor,
        }


class ExternalEvents(Protocol):
    """Compensation the customer received, newest first, from the grant log."""

    def compensation_events(
        self, customer_ref: str, before: Cursor | None, limit: int
    ) -> list[Event]: ...


Reader = Callable[[Session, int, Cursor | None, int], list[Event]]
Row = TypeVar("Row", Order, Contact, Feedback)


@dataclass(frozen=True)
class Timeline:
    engine: Engine
    external: ExternalEvents | None = None

    def page(
        self,
        customer_ref: str,
        *,
        before: str | None = None,
        types: Iterable[EventType] | None = None,
        limit: int = PAGE_SIZE,
    ) -> TimelinePage:
        if not 1 <= limit <= MAX_PAGE_SIZE:
            raise TimelineError(f"page size {limit}: use 1 to {MAX_PAGE_SIZE}")
        cursor = Cursor.decode(before) if before else None
        wanted = set(types) if types else set(EventType)
        streams: list[Sequence[Event]] = []
        with transaction(self.engine) as session:
            customer_id = session.scalar(select(Customer.id).where(Customer.ref == customer_ref))
            if customer_id is None:
                raise UnknownCustomerError(f"no customer {customer_ref!r}")
            for event_type, read in _READERS.items():
                if event_type in wanted:
                    streams.append(read(session, customer_id, cursor, limit + 1))
        if EventType.COMPENSATION in wanted and self.external is not None:
            streams.append(self.external.compensation_events(customer_ref, cursor, limit + 1))
        merged = list(heapq.merge(*streams, key=lambda event: event.cursor, reverse=True))
        events = tuple(merged[:limit])
        more = len(merged) > limit
        return TimelinePage(events, events[-1].cursor.encode() if more else None)


def older_than(
    cursor: Cursor | None,
    at: InstrumentedAttribute[datetime],
    row_id: InstrumentedAttribute[int],
    event_type: EventType,
) -> ColumnElement[bool]:
    """Rows of this type that come strictly after the cursor, newest first."""
    if cursor is None:
        return true()
    rank = RANK[event_type]
    if rank < cursor.rank:
        return at <= cursor.at
    if rank > cursor.rank:
        return at < cursor.at
    return or_(at < cursor.at, and_(at == cursor.at, row_id < cursor.id))


def _reader(
    event_type: EventType,
    model: type[Row],
    at: InstrumentedAttribute[datetime],
    to_event: Callable[[Row], Event],
    *where: ColumnElement[bool],
) -> Reader:
    """Reads one customer's rows of a table as events, newest first, from a cursor."""

    def read(session: Session, customer_id: int, cursor: Cursor | None, limit: int) -> list[Event]:
        rows = session.scalars(
            select(model)
            .where(model.customer_id == customer_id, *where)
            .where(older_than(cursor, at, model.id, event_type))
            .order_by(at.desc(), model.id.desc())
            .limit(limit)
        )
        return [to_event(row) for row in rows]

    return read


def _order_event(row: Order) -> Event:
    return Event(
        EventType.ORDER,
        row.id,
        row.ordered_at,
        title=row.items,
        detail=row.ref,
        amount=row.amount,
        currency=row.currency,
        status=row.status,
    )


def _contact_event(event_type: EventType) -> Callable[[Contact], Event]:
    def event(row: Contact) -> Event:
        return Event(
            event_type,
            row.id,
            row.at,
            title=row.summary,
            detail=f"{row.channel} · {row.category} · {row.outcome}",
            status=row.complaint_state,
            agent=row.agent,
        )

    return event


def _feedback_event(row: Feedback) -> Event:
    title = f"{row.kind.upper()} {row.score}"
    return Event(EventType.FEEDBACK, row.id, row.at, title=title, detail=row.comment)


_READERS: dict[EventType, Reader] = {
    EventType.ORDER: _reader(EventType.ORDER, Order, Order.ordered_at, _order_event),
    EventType.CONTACT: _reader(
        EventType.CONTACT,
        Contact,
        Contact.at,
        _contact_event(EventType.CONTACT),
        Contact.complaint_state.is_(None),
    ),
    EventType.COMPLAINT: _reader(
        EventType.COMPLAINT,
        Contact,
        Contact.at,
        _contact_event(EventType.COMPLAINT),
        Contact.complaint_state.is_not(None),
    ),
    EventType.FEEDBACK: _reader(EventType.FEEDBACK, Feedback, Feedback.at, _feedback_event),
}
