"""The grant log as the customers package sees it: compensation received, on the timeline."""

from decimal import Decimal

from sqlalchemy import Engine

from customers.timeline import RANK, Cursor, Event, EventType
from policies.grant_log import customer_grants
from policies.money import tidy


class GrantHistory:
    """Compensation events for customer timelines, read from the policies package's log."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

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
