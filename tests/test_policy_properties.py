"""Properties that hold for every input: checked with hypothesis over small domains."""

import shutil
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, func, select

from policies.decision import Status
from policies.engine import DecisionEngine
from policies.facts import FactValue
from policies.loader import load_policy
from policies.model import Effect, Rule
from policies.models import Grant
from policies.requests import Agent, Case, GrantRequest, NoCustomerFacts, Outcome
from policies.service import Compensations
from store.engine import open_engine
from store.sessions import transaction
from tests.test_decisions import AT, SMALL_POLICY

POLICY = load_policy(SMALL_POLICY)
ENGINE = DecisionEngine(POLICY)
SHANGHAI = ZoneInfo(POLICY.timezone)
ORDER = {"allowed": 0, "needs_approval": 1, "denied": 2}

cents = st.integers(min_value=1, max_value=30_000).map(lambda n: Decimal(n).scaleb(-2))
facts = st.fixed_dictionaries(
    {
        "case.category": st.sampled_from(["late_delivery", "damaged_item"]),
        "case.days_late": st.integers(0, 10),
        "case.order_value": cents,
        "customer.tier": st.sampled_from(["gold", "standard", "under_review"]),
        "customer.lifecycle_stage": st.sampled_from(["new", "loyal"]),
        "customer.complaints_90d": st.integers(0, 4),
    }
)
usage = st.fixed_dictionaries(
    {budget: cents for budget in POLICY.budgets if POLICY.budgets[budget].days}
)


@given(facts, usage, cents, cents)
def test_a_larger_amount_never_gets_a_better_outcome(
    case: dict[str, FactValue], used: dict[str, Decimal], a: Decimal, b: Decimal
) -> None:
    low, high = sorted((a, b))
    for kind in ENGINE.decide({**case, "agent.role": "agent"}, used, AT).kinds:
        assert ORDER[kind.outcome_for(low)] <= ORDER[kind.outcome_for(high)]


@given(facts, usage)
def test_a_role_never_gets_less_than_the_role_it_inherits(
    case: dict[str, FactValue], used: dict[str, Decimal]
) -> None:
    agent = ENGINE.decide({**case, "agent.role": "agent"}, used, AT)
    senior = ENGINE.decide({**case, "agent.role": "senior"}, used, AT)
    for mine, theirs in zip(senior.kinds, agent.kinds, strict=True):
        for amount in (theirs.limit, theirs.approval_limit):
            if amount is not None:
                assert ORDER[mine.outcome_for(amount)] <= ORDER[theirs.outcome_for(amount)]


@given(facts, usage, cents)
def test_adding_an_allow_rule_never_overrides_a_deny(
    case: dict[str, FactValue], used: dict[str, Decimal], generous: Decimal
) -> None:
    anything = Rule(
        id="anything.goes",
        effect=Effect.ALLOW,
        roles=frozenset({"agent"}),
        kinds=tuple(POLICY.kinds),
        conditions=(),
        reason=POLICY.rules[0].reason,
        source=POLICY.rules[0].source,
        max=POLICY.rules[0].max and replace(POLICY.rules[0].max, fixed=generous),
    )
    wider = DecisionEngine(replace(POLICY, rules=(*POLICY.rules, anything)))
    before = ENGINE.decide({**case, "agent.role": "agent"}, used, AT)
    after = wider.decide({**case, "agent.role": "agent"}, used, AT)
    for old, new in zip(before.kinds, after.kinds, strict=True):
        if old.status is Status.DENIED and "review.deny" in old.rule_ids:
            assert new.status is Status.DENIED
            assert new.rule_ids == old.rule_ids


AGENTS = [Agent("ann", "agent", "red"), Agent("bob", "agent", "red"), Agent("cat", "senior")]
SUPERVISOR = Agent("sue", "supervisor")
step = st.one_of(
    st.tuples(
        st.just("grant"),
        st.sampled_from(AGENTS),
        st.sampled_from(["C1", "C1", "C1", "C2"]),
        st.sampled_from(["voucher", "voucher", "refund"]),
        # Amounts around the limits (50.00 on the spot, 150.00 with approval) and the budgets.
        st.sampled_from(["0.01", "49.99", "50.00", "50.00", "50.01", "90.00", "150.00"]).map(
            Decimal
        ),
    ),
    st.tuples(st.just("approve"), st.integers(0, 5)),
    st.tuples(st.just("approve"), st.integers(0, 5)),
    st.tuples(st.just("wait"), st.integers(1, 40)),
)


@pytest.mark.usefixtures("frontline_home")
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(step, min_size=8, max_size=40))
def test_no_sequence_of_grants_and_approvals_breaks_a_budget(
    migrated_sqlite: Path, tmp_path: Path, steps: list[tuple[object, ...]]
) -> None:
    path = tmp_path / f"budgets-{abs(hash(tuple(map(str, steps))))}.db"
    shutil.copyfile(migrated_sqlite, path)
    engine = open_engine(f"sqlite:///{path}")
    clock = _Clock()
    desk = Compensations(engine, NoCustomerFacts(), clock=clock)
    desk.load_policy(POLICY, by="admin", source="test")
    case = Case(
        category="late_delivery",
        days_late=6,
        order_value=Decimal("900.00"),
        facts={"customer.tier": "gold"},
    )
    pending: list[int] = []
    try:
        for action, *args in steps:
            if action == "grant":
                agent, customer, kind, amount = args
                result = desk.grant(
                    GrantRequest(agent, customer, case, kind, "test", amount=amount)  # type: ignore[arg-type]
                )
                if result.outcome is Outcome.PENDING and result.request_id is not None:
                    pending.append(result.request_id)
            elif action == "approve" and pending:
                desk.approve(pending.pop(args[0] % len(pending)), SUPERVISOR)  # type: ignore[operator]
            elif action == "wait":
                clock.now += timedelta(hours=args[0])  # type: ignore[operator]
            _assert_budgets_hold(engine)
    finally:
        engine.dispose()


class _Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 24, 1, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def _assert_budgets_hold(engine: Engine) -> None:
    """Every window of every budget, checked from the recorded grants themselves."""
    with transaction(engine) as session:
        grants = session.execute(
            select(Grant.created_at, Grant.agent, Grant.customer, Grant.value)
        ).all()
        largest = session.scalar(select(func.max(Grant.value))) or Decimal(0)
    assert largest <= POLICY.budgets["per_grant"].limit
    for at, agent, customer, _value in grants:
        local_day = at.astimezone(SHANGHAI).date()
        agent_day = sum(
            g.value
            for g in grants
            if g.agent == agent and g.created_at.astimezone(SHANGHAI).date() == local_day
        )
        customer_30d = sum(
            g.value
            for g in grants
            if g.customer == customer and at - timedelta(days=30) <= g.created_at <= at
        )
        assert agent_day <= POLICY.budgets["agent_daily"].limit
        assert customer_30d <= POLICY.budgets["customer_30d"].limit
