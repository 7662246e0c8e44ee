"""One grant in full: its log row and the decision it was made with, from its snapshot; and
the decision an approval request was made with, which the approver reads."""

import json
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

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
class DecisionSnapshot:
    """A decision as recorded with a grant or a request (`policies.service._snapshot`)."""

    decided_at: datetime  # the decision's clock, as recorded
    facts: dict[str, str | int]  # every fact the decision saw, as recorded
    rule_ids: tuple[str, ...]
    budgets: tuple[BudgetState, ...]
    used: dict[str, Decimal]  # money already drawn from each budget before it
    limit: Decimal | None  # the most that could be given on the spot
    approval_limit: Decimal | None
    policy_version: str  # the policy's content hash
    policy_name: str | None  # None if that version was never loaded here
    policy_loaded_at: datetime | None


@dataclass(frozen=True)
class GrantDetail:
    row: GrantLogRow
    decision: DecisionSnapshot
    approval: Approval | None  # None for a grant within the agent's own authority


def grant_detail(engine: Engine, grant_id: int) -> GrantDetail:
    """Raises LookupError for a grant that does not exist."""
    with transaction(engine) as session:
        found = session.execute(
            select(Grant.snapshot, Grant.approval_id, *LOG_ROW_SOURCE).where(Grant.id == grant_id)
        ).first()
        if found is None:
            raise LookupError(f"there is no grant {grant_id}")
        snapshot, approval_id, *columns = found
        row = log_row(columns)
        decision = _decision(session, snapshot, row.policy_version)
        approval = session.execute(
            select(
                ApprovalRequest.id,
                ApprovalRequest.created_at,
                ApprovalOutcome.decided_by,
                ApprovalOutcome.decided_at,
                ApprovalOutcome.note,
            )
            .join(ApprovalOutcome, ApprovalOutcome.request_id == ApprovalRequest.id)
            .where(ApprovalRequest.id == approval_id)
        ).first()
    return GrantDetail(row, decision, Approval(*approval) if approval else None)


def request_decision(engine: Engine, request_id: int) -> DecisionSnapshot:
    """The decision the agent saw when asking; raises LookupError for an unknown request."""
    with transaction(engine) as session:
        found = session.execute(
            select(ApprovalRequest.snapshot, ApprovalRequest.policy_version).where(
                ApprovalRequest.id == request_id
            )
        ).first()
        if found is None:
            raise LookupError(f"there is no request {request_id}")
        return _decision(session, found.snapshot, found.policy_version)


def _decision(session: Session, snapshot_text: str, policy_version: str) -> DecisionSnapshot:
    load = session.execute(
        select(PolicyLoad.name, PolicyLoad.loaded_at)
        .where(PolicyLoad.version == policy_version)
        .order_by(PolicyLoad.id)
        .limit(1)
    ).first()
    snapshot = json.loads(snapshot_text)
    decision = snapshot["decision"]
    return DecisionSnapshot(
        decided_at=datetime.fromisoformat(snapshot["at"]),
        facts=snapshot["facts"],
        rule_ids=tuple(decision["rule_ids"]),
        budgets=tuple(_budget(budget) for budget in decision["budgets"]),
        used={budget: Decimal(amount) for budget, amount in snapshot["used"].items()},
        limit=_amount(decision.get("limit")),
        approval_limit=_amount(decision.get("approval_limit")),
        policy_version=policy_version,
        policy_name=load.name if load else None,
        policy_loaded_at=load.loaded_at if load else None,
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
