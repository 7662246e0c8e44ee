"""Reading the grant log and the approval requests: filtered, paged or streamed, never all
at once.

Pages run newest first by (created_at, id) from a keyset, never an OFFSET. Each one-value
criterion leads an index in exactly that order which also holds value and approval_id (see
`policies.models.Grant`), so the database walks it from the keyset on, checking an amount
range or a status in the index itself; a narrow amount range is found through the value
index instead. A page thus reads about as many index entries as it shows, whatever the log's
size and whatever the filter, bar criteria that each match many grants but together few
(benchmarks/README.md).
"""

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from decimal import Decimal
from typing import Any, Literal

from sqlalchemy import ColumnElement, Engine, Select, and_, false, func, or_, select, text, tuple_
from sqlalchemy.orm import Session, aliased

from policies.models import ApprovalOutcome, ApprovalRequest, Grant
from policies.money import tidy
from store.sessions import transaction

STREAM_BATCH = 1000
# Fewer grants than this in an amount range are found through the value index and sorted;
# more are met soon enough walking the log in time order. At the crossing either way costs
# a few thousand row reads (benchmarks/grant_log.py, 1,000,000 grants, pages of 100).
FEW_IN_VALUE_RANGE = 4000
# direct: within the agent's own authority; approved: granted on an approval request.
GrantStatus = Literal["direct", "approved"]


@dataclass(frozen=True)
class GrantFilter:
    """Which grants to show; every criterion given must hold (None: any)."""

    agent: str | None = None
    customer: str | None = None
    kind: str | None = None
    since: datetime | None = None  # inclusive
    until: datetime | None = None  # exclusive
    team: str | None = None
    category: str | None = None
    policy_version: str | None = None
    status: GrantStatus | None = None
    min_value: Decimal | None = None  # money drawn, inclusive
    max_value: Decimal | None = None  # inclusive

    def equal(self) -> dict[str, str]:
        """The criteria that name one value, by column."""
        named = {
            "customer": self.customer,
            "policy_version": self.policy_version,
            "agent": self.agent,
            "category": self.category,
            "team": self.team,
            "kind": self.kind,
        }
        return {name: value for name, value in named.items() if value is not None}

    def conditions(self) -> list[ColumnElement[bool]]:
        """The criteria in SQL."""
        where = [getattr(Grant, name) == value for name, value in self.equal().items()]
        if self.since is not None:
            where.append(Grant.created_at >= self.since)
        if self.until is not None:
            where.append(Grant.created_at < self.until)
        if self.status is not None:
            approved = Grant.approval_id.is_not(None)
            where.append(approved if self.status == "approved" else ~approved)
        return where + self.value_range()

    def value_range(self) -> list[ColumnElement[bool]]:
        where = []
        if self.min_value is not None:
            where.append(Grant.value >= self.min_value)
        if self.max_value is not None:
            where.append(Grant.value <= self.max_value)
        return where


@dataclass(frozen=True)
class GrantLogRow:
    """One line of the supervisor's grant log and of its exports, in their column order."""

    id: int
    created_at: datetime
    agent: str
    team: str | None
    customer: str
    kind: str
    item: str | None
    amount: Decimal  # in the kind's unit
    value: Decimal  # money drawn from budgets
    currency: str
    category: str | None
    status: GrantStatus
    approved_by: str | None
    policy_version: str
    reason: str

    def as_dict(self) -> dict[str, object]:
        return {name: _plain(getattr(self, name)) for name in GRANT_LOG_COLUMNS}


GRANT_LOG_COLUMNS = tuple(field.name for field in fields(GrantLogRow))
_STATUS_AT = GRANT_LOG_COLUMNS.index("status")
# What a log row is selected from: its columns bar status, which approval_id tells.
LOG_ROW_SOURCE = (
    *(getattr(Grant, name) for name in GRANT_LOG_COLUMNS if name != "status"),
    Grant.approval_id,
)


@dataclass(frozen=True)
class GrantPage:
    rows: list[GrantLogRow]
    next_after: int | None  # the `after` of the next page; None on the last page


def grant_page(
    engine: Engine, grant_filter: GrantFilter, *, after: int | None, limit: int
) -> GrantPage:
    """Up to limit grants, newest first, from just after grant `after` (None: the newest)."""
    with transaction(engine) as session:
        if engine.dialect.name == "postgresql":
            # The best plan depends on the values: how many grants an agent or an amount
            # range has. After a few runs of one statement psycopg prepares it and PostgreSQL
            # may settle on a plan blind to them (amount 500-510: 20 ms a page, not 3).
            session.execute(text("SET LOCAL plan_cache_mode = force_custom_plan"))
        query = log_query(session, grant_filter, newest_first=True)
        value_range = grant_filter.value_range()
        if (
            value_range
            and _count_up_to(session, value_range, FEW_IN_VALUE_RANGE) < FEW_IN_VALUE_RANGE
        ):
            # Written as a subquery so that the planner starts from the value index.
            query = query.where(Grant.id.in_(select(Grant.id).where(*value_range)))
        if after is not None:
            at = session.scalar(select(Grant.created_at).where(Grant.id == after))
            if at is None:
                raise LookupError(f"there is no grant {after}")
            # A row value, which both databases bound an index scan by, as pages are ordered.
            query = query.where(tuple_(Grant.created_at, Grant.id) < tuple_(at, after))
        found = session.execute(query.limit(limit + 1)).all()
    rows = [log_row(row) for row in found[:limit]]
    return GrantPage(rows, rows[-1].id if len(found) > limit else None)


def log_query(session: Session, grant_filter: GrantFilter, *, newest_first: bool) -> Select[Any]:
    """The grants the filter matches, selected as `LOG_ROW_SOURCE`, in the log's order by
    (created_at, id): newest first, or oldest first.

    The order is exactly that of the one-value criteria's indexes, so the database returns
    rows from one of them without sorting. Under several such criteria the time between the
    first and the last grant of each value bounds the scan too, so that an agent's recent
    grants are not walked through to reach those of an old policy version (PostgreSQL, first
    page of the first policy version + an agent: 39 ms without, 2 ms with).
    """
    columns = (Grant.created_at, Grant.id)
    order = [column.desc() if newest_first else column.asc() for column in columns]
    where = grant_filter.conditions()
    if len(grant_filter.equal()) > 1:
        where += _time_bounds(session, grant_filter.equal())
    return select(*LOG_ROW_SOURCE).where(*where).order_by(*order)


def _time_bounds(session: Session, equal: dict[str, str]) -> list[ColumnElement[bool]]:
    """The period every value's grants fall in, each end read from its index in one query."""
    ends = []
    for name, value in equal.items():
        of_value = select(Grant.created_at).where(getattr(Grant, name) == value)
        # Each end its own subquery: SQLite reads a lone min() or max() off an index alone.
        ends += [
            of_value.with_only_columns(func.min(Grant.created_at)).scalar_subquery(),
            of_value.with_only_columns(func.max(Grant.created_at)).scalar_subquery(),
        ]
    found = session.execute(select(*ends)).one()
    if None in found:  # a value with no grants at all
        return [false()]
    return [Grant.created_at >= max(found[0::2]), Grant.created_at <= min(found[1::2])]


def _count_up_to(session: Session, where: list[ColumnElement[bool]], most: int) -> int:
    """How many grants meet the conditions, counting no further than most (an index's work)."""
    probe = select(Grant.id).where(*where).limit(most).subquery()
    return session.scalar(select(func.count()).select_from(probe)) or 0


def count_grants(engine: Engine, grant_filter: GrantFilter) -> int:
    query = select(func.count()).select_from(Grant).where(*grant_filter.conditions())
    with transaction(engine) as session:
        return session.scalar(query) or 0


def iter_log_rows(
    engine: Engine, grant_filter: GrantFilter, *, newest_first: bool = True
) -> Iterator[GrantLogRow]:
    """The grant log's rows in page order (or oldest first), fetched STREAM_BATCH at a time
    so that memory stays flat whatever the log's size (exports read the stored columns
    instead: `policies.grant_export`)."""
    with transaction(engine) as session:
        query = log_query(session, grant_filter, newest_first=newest_first)
        options = {"yield_per": STREAM_BATCH}
        result = session.connection().execute(query, execution_options=options)
        try:
            yield from map(log_row, result)
        finally:
            result.close()


def log_row(values: Sequence[Any]) -> GrantLogRow:
    """A row selected as `LOG_ROW_SOURCE`, as the log shows it."""
    status = "approved" if values[-1] is not None else "direct"
    columns = (*values[:_STATUS_AT], status, *values[_STATUS_AT:-1])
    return GrantLogRow(*columns)


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
