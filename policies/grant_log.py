"""Reading the grant log and the approval requests: filtered, streamed, never all at once."""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import ColumnElement, Engine, and_, or_, select
from sqlalchemy.orm import aliased

from policies.models import REQUESTED_COLUMNS, ApprovalOutcome, ApprovalRequest, Grant
from policies.money import tidy
from store.sessions import transaction

STREAM_BATCH = 1000
GRANT_COLUMNS = (
    "id",
    "created_at",
    *REQUESTED_COLUMNS,
    "rule_ids",
    "policy_version",
    "approval_id",
    "approved_by",
)


@dataclass(frozen=True)
class GrantFilter:
    agent: str | None = None
    customer: str | None = None
    kind: str | None = None
    since: datetime | None = None  # inclusive
    until: datetime | None = None  # exclusive

    def conditions(self) -> list[ColumnElement[bool]]:
        where = []
        if self.agent is not None:
            where.append(Grant.agent == self.agent)
        if self.customer is not None:
            where.append(Grant.customer == self.customer)
        if self.kind is not None:
            where.append(Grant.kind == self.kind)
        if self.since is not None:
            where.append(Grant.created_at >= self.since)
        if self.until is not None:
            where.append(Grant.created_at < self.until)
        return where


@dataclass(frozen=True)
class RequestRecord:
    id: int
    created_at: datetime
    agent: str
    customer: str
    kind: str
    item: str | None
    amount: Decimal
    value: Decimal
    currency: str
    category: str | None
    reason: str
    approver_role: str
    status: str  # pending, approved, denied, withdrawn
    decided_by: str | None
    note: str | None
    grant_id: int | None

    def as_dict(self) -> dict[str, object]:
        return {
            name: _plain(getattr(self, name))
            for name in self.__dataclass_fields__  # keeps the declared order
        }


def grant_row(grant: Grant) -> dict[str, object]:
    """A grant as plain values, in the columns of listings and exports."""
    return {column: _plain(getattr(grant, column)) for column in GRANT_COLUMNS}


def iter_grants(engine: Engine, grant_filter: GrantFilter) -> Iterator[Grant]:
    """Grants oldest first, fetched in batches so that memory stays flat."""
    query = select(Grant).where(*grant_filter.conditions()).order_by(Grant.id)
    with transaction(engine) as session:
        result = session.execute(query, execution_options={"yield_per": STREAM_BATCH})
        try:
            for grant in result.scalars():
                yield grant
                session.expunge(grant)
        finally:
            result.close()


def customer_grants(
    engine: Engine, customer: str, *, before: tuple[datetime, int | None] | None, limit: int
) -> list[Grant]:
    """A customer's grants, newest first, from a keyset position: strictly before the time,
    or, with a grant id, before that grant (an earlier one at the same time included)."""
    query = select(Grant).where(Grant.customer == customer)
    if before is not None:
        at, grant_id = before
        if grant_id is None:
            query = query.where(Grant.created_at < at)
        else:
            same_time = and_(Grant.created_at == at, Grant.id < grant_id)
            query = query.where(or_(Grant.created_at < at, same_time))
    query = query.order_by(Grant.created_at.desc(), Grant.id.desc()).limit(limit)
    with transaction(engine) as session:
        return list(session.scalars(query))


def list_requests(
    engine: Engine,
    *,
    pending_only: bool,
    agent: str | None = None,
    newest_first: bool = False,
    limit: int | None = None,
) -> list[RequestRecord]:
    """Approval requests, oldest first unless asked; only one agent's when given."""
    outcome = aliased(ApprovalOutcome)
    query = select(ApprovalRequest, outcome).outerjoin(
        outcome, outcome.request_id == ApprovalRequest.id
    )
    if pending_only:
        query = query.where(outcome.request_id.is_(None))
    if agent is not None:
        query = query.where(ApprovalRequest.agent == agent)
    order = ApprovalRequest.id.desc() if newest_first else ApprovalRequest.id
    query = query.order_by(order).limit(limit)
    with transaction(engine) as session:
        return [
            RequestRecord(
                id=request.id,
                created_at=request.created_at,
                agent=request.agent,
                customer=request.customer,
                kind=request.kind,
                item=request.item,
                amount=request.amount,
                value=request.value,
                currency=request.currency,
                category=request.category,
                reason=request.reason,
                approver_role=request.approver_role,
                status=closed.outcome if closed else "pending",
                decided_by=closed.decided_by if closed else None,
                note=closed.note if closed else None,
                grant_id=closed.grant_id if closed else None,
            )
            for request, closed in session.execute(query)
        ]


def _plain(value: object) -> object:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        # Amounts are stored with four places for percentages; money reads better with two.
        return str(tidy(value))
    return value
