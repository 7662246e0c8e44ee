"""How much of each budget is already used: sums over recorded grants, by scope and window."""

from datetime import datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from policies.model import Policy, Scope
from policies.models import Grant

CUSTOMER_HISTORY_DAYS = 30  # the window of the customer.compensation_30d fact


def window_start(at: datetime, days: int, timezone: str) -> datetime:
    """A calendar day in the policy's time zone for days=1; otherwise the last `days` days."""
    if days == 1:
        local = at.astimezone(ZoneInfo(timezone))
        return datetime.combine(local.date(), time(), local.tzinfo)
    return at - timedelta(days=days)


def used_budgets(
    session: Session,
    policy: Policy,
    *,
    agent: str,
    team: str | None,
    customer: str,
    at: datetime,
) -> dict[str, Decimal]:
    """Money already granted against each budget of the policy, for this case's scopes."""
    scopes = {
        Scope.AGENT: Grant.agent == agent,
        Scope.TEAM: Grant.team.is_(None) if team is None else Grant.team == team,
        Scope.CUSTOMER: Grant.customer == customer,
    }
    sums: dict[tuple[Scope, int], Decimal] = {}
    used = {}
    for budget in policy.budgets.values():
        if budget.scope is Scope.GRANT:
            used[budget.id] = Decimal(0)
            continue
        key = (budget.scope, budget.days)
        if key not in sums:
            since = window_start(at, budget.days, policy.timezone)
            sums[key] = _granted(session, [scopes[budget.scope], Grant.created_at >= since])
        used[budget.id] = sums[key]
    return used


def customer_compensation(session: Session, customer: str, at: datetime) -> Decimal:
    since = at - timedelta(days=CUSTOMER_HISTORY_DAYS)
    return _granted(session, [Grant.customer == customer, Grant.created_at >= since])


def _granted(session: Session, where: list[ColumnElement[bool]]) -> Decimal:
    # SUM keeps the column's type, so the total comes back as an exact Decimal.
    total = session.scalar(select(func.sum(Grant.value)).where(*where))
    return total if total is not None else Decimal("0.00")
