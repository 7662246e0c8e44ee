"""Decisions on the small test policy: limits, approval tiers, budgets, denies, fail-closed."""

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from policies.decision import Status
from policies.engine import DecisionEngine
from policies.facts import FactValue
from policies.loader import load_policy

SMALL_POLICY = Path(__file__).parent / "data" / "small_policy"
AT = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def engine() -> DecisionEngine:
    return DecisionEngine(load_policy(SMALL_POLICY))


def case(role: str = "agent", **facts: FactValue) -> dict[str, FactValue]:
    """Facts of a late delivery to a gold customer, changed by keyword (dots as __)."""
    base: dict[str, FactValue] = {
        "agent.role": role,
        "case.category": "late_delivery",
        "case.days_late": 3,
        "case.order_value": Decimal("500.00"),
        "customer.tier": "gold",
        "customer.lifecycle_stage": "active",
        "customer.complaints_90d": 0,
    }
    base.update({name.replace("__", "."): value for name, value in facts.items()})
    return base


def used(**amounts: str) -> dict[str, Decimal]:
    return {budget: Decimal(amount) for budget, amount in amounts.items()}


def test_an_agent_may_give_a_voucher_now_and_more_with_approval(engine: DecisionEngine) -> None:
    voucher = engine.decide(case(), {}, AT).kind("voucher")

    assert voucher.status is Status.ALLOWED
    assert voucher.limit == Decimal("50.00")
    assert voucher.approval_limit == Decimal("150.00")
    assert voucher.approver == "supervisor"
    assert voucher.suggested == Decimal("20.00")
    assert voucher.rule_ids == ("voucher.agent",)
    assert "CNY 50.00" in voucher.explanation.en
    assert "supervisor" in voucher.explanation.en
    assert "现在可给予最多 CNY 50.00" in voucher.explanation.zh
    assert "主管" in voucher.explanation.zh


def test_a_deny_rule_wins_over_every_allow(engine: DecisionEngine) -> None:
    decision = engine.decide(case(customer__tier="under_review"), {}, AT)

    for kind in ("voucher", "refund", "gift", "discount"):
        assert decision.kind(kind).status is Status.DENIED
        assert decision.kind(kind).rule_ids == ("review.deny",)
    assert "Account under review" in decision.kind("voucher").explanation.en
    assert "账户审查中" in decision.kind("voucher").explanation.zh


def test_a_deny_rule_that_cannot_be_checked_denies(engine: DecisionEngine) -> None:
    facts = case()
    del facts["customer.tier"]

    voucher = engine.decide(facts, {}, AT).kind("voucher")

    assert voucher.status is Status.DENIED
    assert voucher.rule_ids == ("review.deny",)
    assert "customer tier not known" in voucher.explanation.en
    assert "客户等级未知" in voucher.explanation.zh


def test_an_allow_rule_that_cannot_be_checked_allows_nothing(engine: DecisionEngine) -> None:
    facts = case()
    del facts["customer.lifecycle_stage"]

    gift = engine.decide(facts, {}, AT).kind("gift")

    assert gift.status is Status.DENIED
    assert gift.limit is None
    assert "lifecycle stage not known" in gift.explanation.en
    assert "give it to see what it offers" in gift.explanation.en  # not a refusal: a question


def test_a_rule_with_an_unmet_condition_does_not_apply_whatever_is_unknown(
    engine: DecisionEngine,
) -> None:
    facts = case(case__category="damaged_item")
    del facts["case.order_value"]

    voucher = engine.decide(facts, {}, AT).kind("voucher")

    assert voucher.status is Status.NOT_APPLICABLE
    assert voucher.problems == ()
    assert "voucher.agent needs the case category to be late_delivery" in voucher.explanation.en
    assert "here: damaged_item" in voucher.explanation.en


def test_a_senior_inherits_agent_rules_and_has_more(engine: DecisionEngine) -> None:
    agent = engine.decide(case(case__days_late=6), {}, AT)
    senior = engine.decide(case("senior", case__days_late=6), {}, AT)

    assert agent.kind("refund").status is Status.NOT_APPLICABLE
    assert senior.kind("refund").status is Status.ALLOWED
    assert senior.kind("voucher").limit == agent.kind("voucher").limit


@pytest.mark.parametrize(
    ("order_value", "limit", "approval_limit"),
    [("500.00", "50.00", "150.00"), ("2000.00", "80.00", "200.00"), ("33.33", "3.33", "9.99")],
)
def test_a_percentage_of_the_order_value_is_capped(
    engine: DecisionEngine, order_value: str, limit: str, approval_limit: str
) -> None:
    facts = case("senior", case__days_late=6, case__order_value=Decimal(order_value))

    refund = engine.decide(facts, {}, AT).kind("refund")

    assert refund.limit == Decimal(limit)
    assert refund.approval_limit == Decimal(approval_limit)


def test_a_budget_holds_the_limit_below_the_rule_and_says_so(engine: DecisionEngine) -> None:
    voucher = engine.decide(case(), used(customer_30d="220.00"), AT).kind("voucher")

    assert voucher.status is Status.ALLOWED
    assert voucher.limit == Decimal("30.00")
    assert voucher.approval_limit is None  # the budget leaves nothing more to approve
    assert voucher.binding is not None
    assert voucher.binding.budget == "customer_30d"
    assert voucher.binding.remaining == Decimal("30.00")
    assert voucher.suggested == Decimal("20.00")
    assert "Customer, 30 days" in voucher.explanation.en
    assert "CNY 30.00 left" in voucher.explanation.en
    assert "每位客户 30 天内" in voucher.explanation.zh


def test_a_spent_budget_denies_with_the_budget_named(engine: DecisionEngine) -> None:
    voucher = engine.decide(case(), used(agent_daily="300.00"), AT).kind("voucher")

    assert voucher.status is Status.DENIED
    assert voucher.binding is not None
    assert voucher.binding.budget == "agent_daily"
    assert "Agent, per day" in voucher.explanation.en
    assert "CNY 0.00 left" in voucher.explanation.en


def test_a_suggestion_never_exceeds_what_the_budgets_leave(engine: DecisionEngine) -> None:
    voucher = engine.decide(case(), used(customer_30d="240.00"), AT).kind("voucher")

    assert voucher.limit == Decimal("10.00")
    assert voucher.suggested == Decimal("10.00")


def test_a_percentage_kind_is_limited_by_the_money_its_budgets_leave(
    engine: DecisionEngine,
) -> None:
    facts = case(customer__complaints_90d=2, case__order_value=Decimal("400.00"))

    full = engine.decide(facts, {}, AT).kind("discount")
    held = engine.decide(facts, used(customer_30d="230.00"), AT).kind("discount")

    assert full.limit == Decimal("10")
    assert held.limit == Decimal("5.00")  # CNY 20.00 left is 5% of CNY 400.00
    assert "5.00%" in held.explanation.en
    assert "CNY 20.00 left" in held.explanation.en


def test_a_role_without_rules_gets_nothing(engine: DecisionEngine) -> None:
    decision = engine.decide(case("trainer"), {}, AT)

    assert {kind.status for kind in decision.kinds} == {Status.NOT_APPLICABLE}
    assert "'trainer' has no rules" in decision.kind("voucher").explanation.en


@pytest.mark.parametrize(
    ("amount", "outcome"),
    [
        ("49.99", Status.ALLOWED),
        ("50.00", Status.ALLOWED),
        ("50.01", Status.NEEDS_APPROVAL),
        ("150.00", Status.NEEDS_APPROVAL),
        ("150.01", Status.DENIED),
    ],
)
def test_amounts_at_the_cap_and_a_cent_either_side(
    engine: DecisionEngine, amount: str, outcome: Status
) -> None:
    voucher = engine.decide(case(), {}, AT).kind("voucher")

    assert voucher.outcome_for(Decimal(amount)) is outcome


def test_the_same_inputs_give_the_same_decision(engine: DecisionEngine) -> None:
    first = engine.decide(case(), used(customer_30d="120.00"), AT)
    again = DecisionEngine(load_policy(SMALL_POLICY)).decide(
        case(), used(customer_30d="120.00"), AT
    )

    assert first == again
    assert first.as_dict() == again.as_dict()


def test_a_suggestion_as_a_share_of_an_unknown_order_value_is_left_out(tmp_path: Path) -> None:
    matrix = (SMALL_POLICY / "matrix.toml").read_text(encoding="utf-8")
    share = 'suggested = { percent = "5", cap = "20.00" }'
    (tmp_path / "matrix.toml").write_text(matrix.replace('suggested = "20.00"', share))
    engine = DecisionEngine(load_policy(tmp_path))
    facts = case()
    del facts["case.order_value"]

    unknown = engine.decide(facts, used(), AT).kind("voucher")
    known = engine.decide(case(case__order_value=Decimal("300.00")), used(), AT).kind("voucher")

    assert (unknown.status, unknown.limit, unknown.suggested) == (
        Status.ALLOWED,
        Decimal("50.00"),
        None,
    )
    assert known.suggested == Decimal("15.00")
