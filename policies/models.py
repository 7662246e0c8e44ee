"""The policies package's tables: loaded policies, grants, approval requests, the audit log
and the record of its verifications.

Every table here is append-only: the database itself refuses UPDATE and DELETE (triggers
created by migration 0002, and by 0005 for `audit_checks`). A request's outcome is a row of
its own, so a request never changes once made.
"""

from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from store.base import Base
from store.types import ScaledDecimal, UTCDateTime

# Amounts are in the kind's unit: money, or a percentage with up to four places.
AMOUNT = ScaledDecimal(4)
MONEY = ScaledDecimal(2)
# The overview sums grants by these over a period (policies.overview).
OVERVIEW_COLUMNS = ("created_at", "agent", "team", "kind", "value", "customer")
# Filters of the grant log that name one value, each leading an index (customers have their
# own, as their few grants need nothing more).
BY_ONE_VALUE = ("agent", "team", "kind", "category", "policy_version")
PAGE_ORDER = ("created_at", "id")
FILTERED_BY = ("value", "approval_id")
APPEND_ONLY_TABLES = (
    "policy_loads",
    "grants",
    "approval_requests",
    "approval_outcomes",
    "audit_log",
)


class PolicyLoad(Base):
    """A policy version put in force; the latest one is the active policy."""

    __tablename__ = "policy_loads"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[str] = mapped_column(String(64), index=True)
    name: Mapped[str] = mapped_column(String(200))
    loaded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    loaded_by: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(1000))
    contents: Mapped[str] = mapped_column(Text)  # JSON: file name -> TOML text, for replay


# What an approved request hands on to its grant: who gives what to whom, and why.
REQUESTED_COLUMNS = (
    "agent",
    "agent_role",
    "team",
    "customer",
    "kind",
    "item",
    "amount",
    "value",
    "currency",
    "category",
    "reason",
)


class _Compensation:
    """Columns a grant and an approval request share: who gives what to whom, and why."""

    idempotency_key: Mapped[str] = mapped_column(String(100), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    agent: Mapped[str] = mapped_column(String(64))
    agent_role: Mapped[str] = mapped_column(String(32))
    team: Mapped[str | None] = mapped_column(String(100))
    customer: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(64))
    item: Mapped[str | None] = mapped_column(String(64))
    amount: Mapped[Decimal] = mapped_column(AMOUNT)  # in the kind's unit
    value: Mapped[Decimal] = mapped_column(MONEY)  # the money it draws from budgets
    currency: Mapped[str] = mapped_column(String(3))
    category: Mapped[str | None] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text)
    policy_version: Mapped[str] = mapped_column(String(64))
    rule_ids: Mapped[str] = mapped_column(String(1000))  # comma-separated
    snapshot: Mapped[str] = mapped_column(Text)  # JSON: the decision with its facts and clock


class Grant(_Compensation, Base):
    __tablename__ = "grants"
    __table_args__ = (
        CheckConstraint("value >= 0", name="value"),
        Index("ix_grants_customer_created_at", "customer", "created_at"),
        # Time first, then what the overview sums by: its scans never touch the table's rows,
        # which carry the snapshot (benchmarks/grant_log.py: 90 days 1.2 s without, 0.8 s with).
        Index("ix_grants_created_at_covering", *OVERVIEW_COLUMNS),
        # The supervisor's grant log pages newest first under any filter: each one-value
        # filter leads an index in page order, id included so that a keyset row value bounds
        # the scan and nothing is sorted (migration 0008). Value and approval_id are keys
        # too, not included columns: PostgreSQL checks an amount range or a status in the
        # index only then, without reading the grant's row. Budgets read the agent's and the
        # team's. See docs/supervisor.md and benchmarks/grant_log.py.
        *(
            Index(f"ix_grants_by_{column}", column, *PAGE_ORDER, *FILTERED_BY)
            for column in BY_ONE_VALUE
        ),
        # For an amount range few grants fall in (grant_log finds out which before paging).
        Index("ix_grants_value_created_at", "value", "created_at"),
        # Approved grants are few (3 % in the benchmark): their index holds every column a
        # filter names, bar the customer's own index, so that under status approved any other
        # criterion is checked in it, never in the grants' rows (migration 0008).
        Index(
            "ix_grants_approved_created_at",
            *PAGE_ORDER,
            *BY_ONE_VALUE,
            "value",
            sqlite_where=text("approval_id IS NOT NULL"),
            postgresql_where=text("approval_id IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    approval_id: Mapped[int | None] = mapped_column(ForeignKey("approval_requests.id"))
    approved_by: Mapped[str | None] = mapped_column(String(64))


class ApprovalRequest(_Compensation, Base):
    __tablename__ = "approval_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    approver_role: Mapped[str] = mapped_column(String(32))


class ApprovalOutcome(Base):
    __tablename__ = "approval_outcomes"
    __table_args__ = (
        CheckConstraint("outcome IN ('approved', 'denied', 'withdrawn')", name="outcome"),
    )

    request_id: Mapped[int] = mapped_column(ForeignKey("approval_requests.id"), primary_key=True)
    outcome: Mapped[str] = mapped_column(String(16))
    decided_by: Mapped[str] = mapped_column(String(64))
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime())
    note: Mapped[str | None] = mapped_column(Text)
    grant_id: Mapped[int | None] = mapped_column(ForeignKey("grants.id"))


class AuditEntry(Base):
    """One link of the hash chain; `seq` runs 1, 2, 3... with no gaps."""

    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    action: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(64))
    subject: Mapped[str] = mapped_column(String(100))
    payload: Mapped[str] = mapped_column(Text)  # canonical JSON
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditCheckRecord(Base):
    """One verification of the audit chain: what was checked, by whom, and what was found."""

    __tablename__ = "audit_checks"

    id: Mapped[int] = mapped_column(primary_key=True)
    checked_at: Mapped[datetime] = mapped_column(UTCDateTime())
    checked_by: Mapped[str] = mapped_column(String(64))
    entries: Mapped[int]
    head_seq: Mapped[int]
    head_hash: Mapped[str] = mapped_column(String(64))
    ok: Mapped[bool]
    problem: Mapped[str | None] = mapped_column(Text)
    bad_entry: Mapped[int | None]
