"""Deciding, granting and approving compensation against the policy in force.

Every write runs in one transaction that holds the ledger lock (SQLite: BEGIN IMMEDIATE;
PostgreSQL: an advisory lock), re-evaluates the decision with the budgets as they are at that
moment, and records the grant or request together with its audit entry: all or nothing.
"""

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from decimal import Decimal
from uuid import uuid4

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from policies import audit
from policies.budgets import customer_compensation, used_budgets
from policies.decision import Decision, KindDecision, Status
from policies.engine import DecisionEngine, money_value
from policies.explain import amount_text
from policies.facts import FactValue, parse_facts
from policies.model import Kind, Policy, Unit
from policies.models import REQUESTED_COLUMNS, ApprovalOutcome, ApprovalRequest, Grant
from policies.money import CENT, tidy
from policies.requests import (
    MAX_KEY,
    MAX_REASON,
    Agent,
    Case,
    CompensationError,
    CustomerFactsSource,
    GrantRequest,
    GrantResult,
    Outcome,
)
from policies.versions import PolicyVersions
from store.bilingual import Text
from store.sessions import exclusive, transaction
from store.types import utcnow

LEDGER_LOCK = "frontline.policies.ledger"
PERCENT_PLACES = Decimal("0.0001")


class Compensations:
    def __init__(
        self,
        engine: Engine,
        customers: CustomerFactsSource,
        *,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self._engine = engine
        self._customers = customers
        self._clock = clock
        self.policies = PolicyVersions(engine)

    @contextmanager
    def ledger(self) -> Iterator[Session]:
        """A write transaction holding the ledger lock: one writer at a time, everywhere."""
        with transaction(self._engine, write=True) as session:
            exclusive(session, LEDGER_LOCK)
            yield session

    def load_policy(self, policy: Policy, *, by: str, source: str) -> bool:
        """Put a validated policy in force; False when it already is."""
        with self.ledger() as session:
            return self.policies.activate(session, policy, by=by, source=source, at=self._clock())

    def active_policy(self) -> Policy:
        with transaction(self._engine) as session:
            return self.policies.active(session).policy

    def decide(self, agent: Agent, customer: str, case: Case) -> Decision:
        facts = self._facts(agent, customer, case)
        with transaction(self._engine) as session:
            rules = self.policies.active(session)
            return self._evaluate(session, rules, agent, customer, facts=facts, at=self._clock())

    def grant(self, request: GrantRequest) -> GrantResult:
        """Record a grant, or an approval request above the on-the-spot limit, or refuse."""
        _check_request(request)
        facts = self._facts(request.agent, request.customer, request.case)
        key = request.idempotency_key or _new_key()
        with self.ledger() as session:
            earlier = _earlier(session, key, request)
            if earlier is not None:
                return earlier
            rules = self.policies.active(session)
            kind = _kind(rules.policy, request.kind)
            amount = _amount(kind, request)
            at = self._clock()
            decision = self._evaluate(
                session, rules, request.agent, request.customer, facts=facts, at=at
            )
            verdict = decision.kind(kind.id)
            outcome = verdict.outcome_for(amount)
            if outcome is Status.DENIED:
                return GrantResult(
                    Outcome.REFUSED,
                    _refusal(verdict, amount, kind, rules.policy.currency),
                    verdict,
                    amount=amount,
                )
            value = money_value(amount, kind, decision.facts)
            fields = {
                "idempotency_key": key,
                "created_at": at,
                "agent": request.agent.username,
                "agent_role": request.agent.role,
                "team": request.agent.team,
                "customer": request.customer,
                "kind": kind.id,
                "item": request.item,
                "amount": amount,
                "value": value,
                "currency": rules.policy.currency,
                "category": request.case.category,
                "reason": request.reason.strip(),
                "policy_version": decision.policy_version,
                "rule_ids": ",".join(verdict.rule_ids),
                "snapshot": _snapshot(decision, verdict),
            }
            if outcome is Status.ALLOWED:
                grant = Grant(**fields)
                _record_grant(session, grant, actor=request.agent.username)
                return GrantResult(
                    Outcome.GRANTED, _granted(grant, kind), verdict, amount, value, grant.id
                )
            assert verdict.approver is not None
            pending = ApprovalRequest(**fields, approver_role=verdict.approver)
            session.add(pending)
            session.flush()
            audit.append(
                session,
                at=at,
                action="approval_request",
                actor=request.agent.username,
                subject=f"request:{pending.id}",
                payload=audit.summary(pending) | {"approver_role": pending.approver_role},
            )
            message = _pending(pending.id, rules.policy, verdict.approver)
            return GrantResult(
                Outcome.PENDING, message, verdict, amount, value, request_id=pending.id
            )

    def approve(self, request_id: int, approver: Agent, note: str | None = None) -> GrantResult:
        """Grant a pending request, if the budgets still allow it at this moment."""
        with self.ledger() as session:
            pending, rules = self._open_request(session, request_id, approver)
            snapshot = json.loads(pending.snapshot)
            requester = Agent(pending.agent, pending.agent_role, pending.team)
            facts = parse_facts(snapshot["facts"])
            at = self._clock()
            decision = self._evaluate(
                session, rules, requester, pending.customer, facts=facts, at=at
            )
            verdict = decision.kind(pending.kind)
            if verdict.outcome_for(pending.amount) is Status.DENIED:
                kind = _kind(rules.policy, pending.kind)
                return GrantResult(
                    Outcome.REFUSED,
                    _refusal(verdict, pending.amount, kind, rules.policy.currency),
                    verdict,
                    tidy(pending.amount),
                )
            grant = Grant(
                **{column: getattr(pending, column) for column in REQUESTED_COLUMNS},
                idempotency_key=f"approval:{pending.id}",
                created_at=at,
                policy_version=decision.policy_version,
                rule_ids=",".join(verdict.rule_ids),
                snapshot=_snapshot(decision, verdict),
                approval_id=pending.id,
                approved_by=approver.username,
            )
            _record_grant(session, grant, actor=approver.username)
            self._close(
                session,
                pending,
                outcome="approved",
                by=approver,
                note=note,
                at=at,
                grant_id=grant.id,
            )
            kind = _kind(rules.policy, pending.kind)
            return GrantResult(
                Outcome.GRANTED,
                _granted(grant, kind),
                verdict,
                tidy(grant.amount),
                grant.value,
                grant.id,
            )

    def deny(self, request_id: int, approver: Agent, reason: str) -> None:
        if not reason.strip():
            raise CompensationError("reason: say why the request is denied")
        with self.ledger() as session:
            pending, _rules = self._open_request(session, request_id, approver)
            self._close(
                session,
                pending,
                outcome="denied",
                by=approver,
                note=reason.strip(),
                at=self._clock(),
            )

    def withdraw(self, request_id: int, agent: Agent) -> None:
        """The requester takes a pending request back (to make a different one)."""
        with self.ledger() as session:
            pending = _pending_request(session, request_id)
            if pending.agent != agent.username:
                raise CompensationError(
                    f"request {request_id} is {pending.agent}'s: only they can withdraw it"
                )
            self._close(
                session, pending, outcome="withdrawn", by=agent, note=None, at=self._clock()
            )

    def _open_request(
        self, session: Session, request_id: int, approver: Agent
    ) -> tuple[ApprovalRequest, DecisionEngine]:
        pending = _pending_request(session, request_id)
        if pending.agent == approver.username:
            raise CompensationError(
                f"request {request_id} is your own: another {pending.approver_role} must decide it"
            )
        rules = self.policies.active(session)
        if pending.approver_role not in rules.policy.lineage(approver.role):
            raise CompensationError(
                f"request {request_id} needs a {pending.approver_role}; "
                f"{approver.username} is a {approver.role}"
            )
        return pending, rules

    def _close(
        self,
        session: Session,
        pending: ApprovalRequest,
        *,
        outcome: str,
        by: Agent,
        note: str | None,
        at: datetime,
        grant_id: int | None = None,
    ) -> None:
        session.add(
            ApprovalOutcome(
                request_id=pending.id,
                outcome=outcome,
                decided_by=by.username,
                decided_at=at,
                note=note,
                grant_id=grant_id,
            )
        )
        session.flush()
        audit.append(
            session,
            at=at,
            action=outcome,
            actor=by.username,
            subject=f"request:{pending.id}",
            payload={"request": pending.id, "outcome": outcome, "note": note, "grant": grant_id},
        )

    def _facts(self, agent: Agent, customer: str, case: Case) -> dict[str, FactValue]:
        # What the customer records say outranks what the case claims about the customer.
        known = dict(self._customers.customer_facts(customer))
        return {**case.all_facts(), **known, **agent.facts()}

    def _evaluate(
        self,
        session: Session,
        rules: DecisionEngine,
        agent: Agent,
        customer: str,
        *,
        facts: dict[str, FactValue],
        at: datetime,
    ) -> Decision:
        # What the customer already received comes from the grant log, never from the caller.
        facts = facts | {"customer.compensation_30d": customer_compensation(session, customer, at)}
        used = used_budgets(
            session, rules.policy, agent=agent.username, team=agent.team, customer=customer, at=at
        )
        return rules.decide(facts, used, at)


def _check_request(request: GrantRequest) -> None:
    if not request.customer.strip():
        raise CompensationError("customer: say which customer receives it")
    if not request.reason.strip():
        raise CompensationError("reason: say why (it is recorded with the grant)")
    if len(request.reason) > MAX_REASON:
        raise CompensationError(f"reason: at most {MAX_REASON} characters")
    if request.idempotency_key is not None and not 0 < len(request.idempotency_key) <= MAX_KEY:
        raise CompensationError(f"idempotency key: 1 to {MAX_KEY} characters")
    if request.amount is not None and (not request.amount.is_finite() or request.amount <= 0):
        raise CompensationError(f"amount: must be more than zero, not {request.amount}")


def _kind(policy: Policy, kind_id: str) -> Kind:
    if kind_id not in policy.kinds:
        raise CompensationError(
            f"kind: {kind_id!r} is not in the policy ({', '.join(policy.kinds)})"
        )
    return policy.kinds[kind_id]


def _amount(kind: Kind, request: GrantRequest) -> Decimal:
    """The amount in the kind's unit, checked for its places; a gift is worth its item's value."""
    if kind.unit is Unit.ITEM:
        item = kind.catalogue.get(request.item or "")
        if item is None:
            raise CompensationError(
                f"item: choose one of {', '.join(kind.catalogue)} for {kind.id!r}"
            )
        if request.amount is not None and request.amount != item.value:
            raise CompensationError(
                f"amount: {item.id!r} is worth {item.value}, not {request.amount}"
            )
        return item.value
    if request.item is not None:
        raise CompensationError(f"item: {kind.id!r} has no catalogue")
    if request.amount is None:
        raise CompensationError("amount: say how much")
    places = PERCENT_PLACES if kind.unit is Unit.PERCENT else CENT
    if request.amount != request.amount.quantize(places):
        raise CompensationError(f"amount: {request.amount} has too many decimal places")
    if kind.unit is Unit.PERCENT and request.amount > 100:
        raise CompensationError(f"amount: {request.amount}% is more than the whole order")
    return request.amount


def _earlier(session: Session, key: str, request: GrantRequest) -> GrantResult | None:
    """The result of an earlier request with the same idempotency key, if there was one."""
    grant = session.scalars(select(Grant).where(Grant.idempotency_key == key)).first()
    pending = session.scalars(
        select(ApprovalRequest).where(ApprovalRequest.idempotency_key == key)
    ).first()
    found = grant or pending
    if found is None:
        return None
    asked = (request.agent.username, request.customer, request.kind)
    if (found.agent, found.customer, found.kind) != asked:
        raise CompensationError(f"idempotency key {key!r} was used for a different request")
    if grant is not None:
        message = _granted(grant, None)
        return GrantResult(
            Outcome.GRANTED, message, None, tidy(grant.amount), grant.value, grant.id, repeated=True
        )
    assert pending is not None
    return GrantResult(
        Outcome.PENDING,
        _pending(pending.id, None, pending.approver_role),
        None,
        tidy(pending.amount),
        pending.value,
        request_id=pending.id,
        repeated=True,
    )


def _pending_request(session: Session, request_id: int) -> ApprovalRequest:
    pending = session.get(ApprovalRequest, request_id)
    if pending is None:
        raise CompensationError(f"there is no approval request {request_id}")
    closed = session.get(ApprovalOutcome, request_id)
    if closed is not None:
        raise CompensationError(
            f"request {request_id} was already {closed.outcome} by {closed.decided_by}"
        )
    return pending


def _record_grant(session: Session, grant: Grant, *, actor: str) -> None:
    """Insert the grant and its audit entry, which carries a digest of the whole record."""
    session.add(grant)
    session.flush()
    audit.append(
        session,
        at=grant.created_at,
        action="grant",
        actor=actor,
        subject=f"grant:{grant.id}",
        payload=audit.grant_entry(grant),
    )


def _snapshot(decision: Decision, verdict: KindDecision) -> str:
    """What the grant was decided with: enough to replay the decision exactly."""
    full = decision.as_dict()
    return audit.canonical(
        {
            "policy_version": full["policy_version"],
            "at": full["at"],
            "facts": full["facts"],
            "used": full["used"],
            "decision": verdict.as_dict(),
        }
    )


def _new_key() -> str:
    return uuid4().hex


def _granted(grant: Grant, kind: Kind | None) -> Text:
    name = kind.name if kind else Text(grant.kind, grant.kind)
    what = f"{grant.currency} {grant.value:.2f}"
    return Text(
        f"Granted: {name.en} worth {what} (grant {grant.id}).",
        f"已发放：{name.zh}，价值 {what}（发放记录 {grant.id}）。",
    )


def _pending(request_id: int, policy: Policy | None, approver: str) -> Text:
    name = (
        policy.roles[approver].name
        if policy and approver in policy.roles
        else Text(approver, approver)
    )
    return Text(
        f"Above the on-the-spot limit: approval request {request_id} is waiting for a "
        f"{name.en.lower()}.",
        f"超出现场权限：审批申请 {request_id} 等待{name.zh}审批。",
    )


def _refusal(verdict: KindDecision, amount: Decimal, kind: Kind, currency: str) -> Text:
    if verdict.status in (Status.DENIED, Status.NOT_APPLICABLE):
        return verdict.explanation
    ceiling = verdict.approval_limit if verdict.approval_limit is not None else verdict.limit
    assert ceiling is not None
    asked, top = (amount_text(tidy(value), kind.unit, currency) for value in (amount, ceiling))
    return Text(
        f"Refused: {asked} is above the most that can be given here ({top}). "
        f"{verdict.explanation.en}",
        f"已拒绝：{asked} 超出此处可给予的上限（{top}）。{verdict.explanation.zh}",
    )
