"""One grant in full: its log row and the decision it was made with, from its snapshot."""

import json
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import Engine, select

from policies.grant_log import LOG_ROW_SOURCE, GrantLogRow, log_row
from policies.models import ApprovalOutcome, ApprovalRequest, Grant, PolicyLoad
from store.sessions import transaction


@dataclass(frozen=True)
class BudgetState:
    """A budget the deciding rule drew on, as it stood when the grant was decided."""

    budget: str
    name_en: str
    name_zh: str
    limit: Decimal
    remaining: Decimal  # before this grant


@dataclass(frozen=True)
class Approval:
    request_id: int
    requested_at: datetime
    decided_by: str
    decided_at: datetime
    note: str | None


@dataclass(frozen=True)
class GrantDetail:
    row: GrantLogRow
    decided_at: datetime  # the decision's clock, as recorded
    facts: dict[str, str | int]  # every fact the decision saw, as recorded
    rule_ids: tuple[str, ...]
    budgets: tuple[BudgetState, ...]
    used: dict[str, Decimal]  # money already drawn from each budget before this grant
    limit: Decimal | None  # the most that could be given on the spot
    approval_limit: Decimal | None
    policy_version: str  # the policy's content hash
    policy_name: str | None  # None if that version was never loaded here
    policy_loaded_at: datetime | None
    approval: Approval | None  # None for a grant within the agent's own authority


def grant_detail(engine: Engine, grant_id: int) -> GrantDetail:
    """Raises LookupError for a grant that does not exist."""
    with transaction(engine) as session:
        found = session.execute(
            select(*LOG_ROW_SOURCE, Grant.snapshot).where(Grant.id == grant_id)
        ).first()
        if found is None:
            raise LookupError(f"there is no grant {grant_id}")
        row = log_row(found[:-1])
        load = session.execute(
            select(PolicyLoad.name, PolicyLoad.loaded_at)
            .where(PolicyLoad.version == row.policy_version)
            .order_by(PolicyLoad.id)
            .limit(1)
        ).first()
        approval = session.execute(
            select(
                ApprovalRequest.id,
                ApprovalRequest.created_at,
                ApprovalOutcome.decided_by,
                ApprovalOutcome.decided_at,
                ApprovalOutcome.note,
            )
            .join(ApprovalOutcome, ApprovalOutcome.request_id == ApprovalRequest.id)
            .where(ApprovalRequest.id == found.approval_id)
        ).first()
    snapshot = json.loads(found.snapshot)
    decision = snapshot["decision"]
    return GrantDetail(
        row=row,
        decided_at=datetime.fromisoformat(snapshot["at"]),
        facts=snapshot["facts"],
        rule_ids=tuple(decision["rule_ids"]),
        budgets=tuple(_budget(budget) for budget in decision["budgets"]),
        used={budget: Decimal(amount) for budget, amount in snapshot["used"].items()},
        limit=_amount(decision.get("limit")),
        approval_limit=_amount(decision.get("approval_limit")),
        policy_version=row.policy_version,
        policy_name=load.name if load else None,
        policy_loaded_at=load.loaded_at if load else None,
        approval=Approval(*approval) if approval else None,
    )


def _budget(recorded: dict[str, object]) -> BudgetState:
    name = recorded["name"]
    assert isinstance(name, dict)
    return BudgetState(
        budget=str(recorded["budget"]),
        name_en=name["en"],
        name_zh=name["zh"],
        limit=Decimal(str(recorded["limit"])),
        remaining=Decimal(str(recorded["remaining"])),
    )


def _amount(recorded: str | None) -> Decimal | None:
    return None if recorded is None else Decimal(recorded)
