"""Granting against the ledger: on the spot, by approval, refused; idempotent; replayable."""

import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from frontline.context import AppContext
from frontline.demo import load_demo
from policies.diagnostics import PolicyError
from policies.facts import parse_facts
from policies.grant_log import list_requests
from policies.loader import load_policy
from policies.models import APPEND_ONLY_TABLES, Grant
from policies.requests import Case, CompensationError, GrantRequest, NoCustomerFacts, Outcome
from policies.service import Compensations
from store.sessions import transaction
from tests.test_decisions import SMALL_POLICY

LATE = Case(
    category="late_delivery",
    days_late=3,
    order_value=Decimal("500.00"),
    facts={"customer.tier": "gold", "customer.lifecycle_stage": "loyal"},
)


class Clock:
    """A clock the test moves by hand, to cross days and budget windows."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def desk(context: AppContext, clock: Clock) -> Compensations:
    """Demo staff, and the small test policy in force."""
    load_demo(context, customers=0)  # staff and the policy are all these tests need
    service = Compensations(context.engine, NoCustomerFacts(), clock=clock)
    service.load_policy(load_policy(SMALL_POLICY), by="admin", source="test")
    return service


def ask(
    context: AppContext, agent: str, amount: str, *, kind: str = "voucher", **more: object
) -> GrantRequest:
    fields: dict[str, object] = {"customer": "C1001", "case": LATE, "reason": "Parcel late"}
    fields.update(more)
    return GrantRequest(context.agent(agent), kind=kind, amount=Decimal(amount), **fields)  # type: ignore[arg-type]


def granted_total(context: AppContext) -> Decimal:
    with transaction(context.engine) as session:
        return session.scalar(select(func.sum(Grant.value))) or Decimal(0)


def test_a_grant_within_the_limit_is_recorded_with_its_decision(
    context: AppContext, desk: Compensations, clock: Clock
) -> None:
    result = desk.grant(ask(context, "li.na", "50.00"))

    assert result.outcome is Outcome.GRANTED
    assert "Voucher worth CNY 50.00" in result.message.en
    with transaction(context.engine) as session:
        grant = session.get_one(Grant, result.grant_id)
    assert grant.value == Decimal("50.00")
    assert grant.agent == "li.na"
    assert grant.team == "shanghai-1"
    assert grant.rule_ids == "voucher.agent"
    assert grant.reason == "Parcel late"
    assert grant.created_at == clock.now
    snapshot = json.loads(grant.snapshot)
    assert snapshot["facts"]["customer.tier"] == "gold"
    assert snapshot["decision"]["limit"] == "50.00"
    assert {b["budget"]: b["remaining"] for b in snapshot["decision"]["budgets"]} == {
        "per_grant": "200.00",
        "agent_daily": "300.00",
        "customer_30d": "250.00",
    }
    assert grant.policy_version == load_policy(SMALL_POLICY).version
    report = context.audit.verify()
    assert report.ok, report.problem
    assert report.grants == 1


def test_a_recorded_grant_replays_to_the_same_decision(
    context: AppContext, desk: Compensations
) -> None:
    desk.grant(ask(context, "li.na", "45.00", customer="C2002"))
    result = desk.grant(ask(context, "li.na", "30.00", customer="C2002"))
    with transaction(context.engine) as session:
        grant = session.get_one(Grant, result.grant_id)
        rules = desk.policies.version(session, grant.policy_version)
    assert rules is not None
    snapshot = json.loads(grant.snapshot)
    facts = parse_facts(snapshot["facts"])
    used = {budget: Decimal(amount) for budget, amount in snapshot["used"].items()}

    replayed = rules.decide(facts, used, datetime.fromisoformat(snapshot["at"]))

    assert replayed.kind("voucher").as_dict() == snapshot["decision"]
    assert snapshot["used"]["customer_30d"] == "45.00"
    assert snapshot["facts"]["customer.compensation_30d"] == "45.00"


def test_one_cent_above_the_limit_becomes_an_approval_request(
    context: AppContext, desk: Compensations
) -> None:
    result = desk.grant(ask(context, "li.na", "50.01"))

    assert result.outcome is Outcome.PENDING
    assert result.request_id is not None
    assert "waiting for a supervisor" in result.message.en
    assert granted_total(context) == 0
    [pending] = list_requests(context.engine, pending_only=True)
    assert (pending.agent, pending.value, pending.approver_role) == (
        "li.na",
        Decimal("50.01"),
        "supervisor",
    )


def test_a_supervisor_approves_but_never_their_own_or_an_agent_anyones(
    context: AppContext, desk: Compensations
) -> None:
    request_id = desk.grant(ask(context, "li.na", "120.00")).request_id
    assert request_id is not None

    with pytest.raises(CompensationError, match="your own"):
        desk.approve(request_id, context.agent("li.na"))
    with pytest.raises(CompensationError, match="needs a supervisor"):
        desk.approve(request_id, context.agent("zhao.min"))
    result = desk.approve(request_id, context.agent("chen.jing"), "Third time this month")

    assert result.outcome is Outcome.GRANTED
    with transaction(context.engine) as session:
        grant = session.get_one(Grant, result.grant_id)
    assert (grant.approved_by, grant.approval_id, grant.value) == (
        "chen.jing",
        request_id,
        Decimal("120.00"),
    )
    assert list_requests(context.engine, pending_only=True) == []
    [done] = list_requests(context.engine, pending_only=False)
    assert (done.status, done.decided_by, done.grant_id) == ("approved", "chen.jing", grant.id)
    with pytest.raises(CompensationError, match=r"already approved by chen\.jing"):
        desk.approve(request_id, context.agent("sarah.mitchell"))
    assert context.audit.verify().ok


def test_a_supervisors_own_request_needs_another_supervisor(
    context: AppContext, desk: Compensations
) -> None:
    request_id = desk.grant(ask(context, "chen.jing", "120.00")).request_id
    assert request_id is not None

    with pytest.raises(CompensationError, match="your own"):
        desk.approve(request_id, context.agent("chen.jing"))
    assert desk.approve(request_id, context.agent("sarah.mitchell")).outcome is Outcome.GRANTED


def test_approval_rechecks_the_budgets_at_that_moment(
    context: AppContext, desk: Compensations
) -> None:
    request_id = desk.grant(ask(context, "li.na", "150.00")).request_id
    assert request_id is not None
    desk.grant(ask(context, "wang.wei", "50.00"))
    desk.grant(ask(context, "emma.clarke", "50.00"))
    desk.grant(ask(context, "tom.becker", "50.00"))

    result = desk.approve(request_id, context.agent("chen.jing"))

    assert result.outcome is Outcome.REFUSED
    assert "Customer, 30 days" in result.message.en
    assert granted_total(context) == Decimal("150.00")
    assert [r.id for r in list_requests(context.engine, pending_only=True)] == [request_id]


def test_denied_and_withdrawn_requests_are_closed_with_who_and_why(
    context: AppContext, desk: Compensations
) -> None:
    first = desk.grant(ask(context, "li.na", "100.00")).request_id
    second = desk.grant(ask(context, "li.na", "90.00", customer="C3003")).request_id
    assert first is not None
    assert second is not None

    with pytest.raises(CompensationError, match="reason"):
        desk.deny(first, context.agent("chen.jing"), "  ")
    desk.deny(first, context.agent("chen.jing"), "Already compensated by phone")
    with pytest.raises(CompensationError, match="only they can withdraw"):
        desk.withdraw(second, context.agent("wang.wei"))
    desk.withdraw(second, context.agent("li.na"))

    closed = {r.id: r for r in list_requests(context.engine, pending_only=False)}
    assert (closed[first].status, closed[first].note) == ("denied", "Already compensated by phone")
    assert closed[second].status == "withdrawn"
    assert granted_total(context) == 0
    assert context.audit.verify().ok


def test_above_the_approval_limit_is_refused_and_nothing_is_recorded(
    context: AppContext, desk: Compensations
) -> None:
    before = context.audit.head()

    result = desk.grant(ask(context, "li.na", "150.01"))

    assert result.outcome is Outcome.REFUSED
    assert "CNY 150.01 is above the most that can be given here (CNY 150.00)" in result.message.en
    assert "超出此处可给予的上限" in result.message.zh
    assert context.audit.head() == before
    assert list_requests(context.engine, pending_only=False) == []


def test_the_same_idempotency_key_records_one_grant(
    context: AppContext, desk: Compensations
) -> None:
    first = desk.grant(ask(context, "li.na", "40.00", idempotency_key="call-77"))
    again = desk.grant(ask(context, "li.na", "40.00", idempotency_key="call-77"))

    assert again.repeated
    assert again.grant_id == first.grant_id
    assert granted_total(context) == Decimal("40.00")
    with pytest.raises(CompensationError, match="different request"):
        desk.grant(ask(context, "li.na", "40.00", customer="C9", idempotency_key="call-77"))


def test_the_daily_budget_starts_again_at_midnight_in_the_policy_time_zone(
    context: AppContext, desk: Compensations, clock: Clock
) -> None:
    for customer in ("C1", "C2", "C3", "C4", "C5", "C6"):
        desk.grant(ask(context, "li.na", "50.00", customer=customer))
    assert desk.grant(ask(context, "li.na", "10.00", customer="C7")).outcome is Outcome.REFUSED

    clock.now += timedelta(hours=13)  # 23:00 in Shanghai: still the same day there
    assert desk.grant(ask(context, "li.na", "10.00", customer="C7")).outcome is Outcome.REFUSED
    clock.now += timedelta(hours=1)  # midnight in Shanghai
    assert desk.grant(ask(context, "li.na", "10.00", customer="C7")).outcome is Outcome.GRANTED


def test_a_gift_is_worth_its_catalogue_value(context: AppContext, desk: Compensations) -> None:
    request = GrantRequest(
        context.agent("li.na"), "C1001", LATE, "gift", "Loyal customer, bad day", item="mug"
    )

    result = desk.grant(request)

    assert result.outcome is Outcome.GRANTED
    assert result.value == Decimal("39.00")
    lamp = GrantRequest(context.agent("li.na"), "C1001", LATE, "gift", "Loyal", item="lamp")
    assert desk.grant(lamp).outcome is Outcome.REFUSED  # CNY 99.00 is above the gift limit
    with pytest.raises(CompensationError, match="item: choose one of mug, lamp"):
        desk.grant(GrantRequest(context.agent("li.na"), "C1001", LATE, "gift", "x", item="car"))


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"amount": Decimal("0")}, "amount: must be more than zero"),
        ({"amount": Decimal("-5.00")}, "amount: must be more than zero"),
        ({"amount": Decimal("10.001")}, "too many decimal places"),
        ({"reason": "   "}, "reason: say why"),
        ({"kind": "cash"}, "kind: 'cash' is not in the policy"),
        ({"customer": ""}, "customer"),
    ],
)
def test_bad_requests_name_the_field(
    context: AppContext, desk: Compensations, changes: dict[str, object], message: str
) -> None:
    fields: dict[str, object] = {
        "agent": context.agent("li.na"),
        "customer": "C1001",
        "case": LATE,
        "kind": "voucher",
        "reason": "Late",
        "amount": Decimal("10.00"),
    }
    fields.update(changes)

    with pytest.raises(CompensationError, match=message):
        desk.grant(GrantRequest(**fields))  # type: ignore[arg-type]


def test_a_policy_with_errors_never_replaces_the_one_in_force(
    context: AppContext, desk: Compensations, tmp_path: Path
) -> None:
    broken = tmp_path / "broken"
    broken.mkdir()
    source = (SMALL_POLICY / "matrix.toml").read_text("utf-8")
    (broken / "matrix.toml").write_text(source.replace('max = "50.00"', "max = 50.5"), "utf-8")

    with pytest.raises(PolicyError, match=r"matrix\.toml:"):
        desk.load_policy(load_policy(broken), by="admin", source=str(broken))

    assert desk.active_policy().version == load_policy(SMALL_POLICY).version
    assert not desk.load_policy(load_policy(SMALL_POLICY), by="admin", source="again")


@pytest.mark.parametrize("table", APPEND_ONLY_TABLES)
def test_the_database_refuses_to_change_or_delete_ledger_rows(
    context: AppContext, desk: Compensations, table: str
) -> None:
    desk.grant(ask(context, "li.na", "20.00"))
    request_id = desk.grant(ask(context, "li.na", "90.00")).request_id
    assert request_id is not None
    desk.deny(request_id, context.agent("chen.jing"), "No")
    key = "seq" if table == "audit_log" else "request_id" if table == "approval_outcomes" else "id"

    for statement in (f"UPDATE {table} SET {key} = {key}", f"DELETE FROM {table}"):
        with pytest.raises(DBAPIError, match="append-only"), context.engine.begin() as connection:
            connection.execute(text(statement))
    with transaction(context.engine) as session:
        assert session.scalar(text(f"SELECT count(*) FROM {table}")) > 0
