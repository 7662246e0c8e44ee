"""The profile an agent sees, and the customer facts the authorisation matrix uses."""

import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from accounts.roles import Role
from customers.alerts import AlertCode
from customers.lifecycle import Stage
from customers.scoring import rescore
from frontline.cli.main import main
from frontline.context import AppContext
from policies.decision import Status
from policies.loader import load_policy
from policies.requests import Case, GrantRequest
from tests.customer_rows import add_contact, add_customer, add_feedback, add_order
from tests.test_decisions import SMALL_POLICY

NOW = datetime.now(UTC)


@pytest.fixture
def shop(context: AppContext) -> AppContext:
    """Staff, the small policy, a loyal customer with an open complaint, and nine others."""
    context.users.add("li.na", Role.AGENT, team="Shanghai")
    context.compensations.load_policy(load_policy(SMALL_POLICY), by="li.na", source="test")
    loyal = add_customer(context.engine, "C1001", "张三", tier="gold", created_at=NOW)
    for month in range(12):
        at = NOW - timedelta(days=30 * (12 - month))
        add_order(context.engine, loyal, f"O-1-{month}", at, "300.00")
    add_order(context.engine, loyal, "O-1-late", NOW - timedelta(days=3), "320.00", "late")
    add_contact(context.engine, loyal, "K-1", NOW - timedelta(days=10), complaint="open")
    add_contact(context.engine, loyal, "K-2", NOW - timedelta(days=20), complaint="resolved")
    add_feedback(context.engine, loyal, "F-1", NOW - timedelta(days=5), 6)
    for n in range(2, 11):
        other = add_customer(context.engine, f"C10{n:02d}", f"Customer {n}", created_at=NOW)
        add_order(context.engine, other, f"O-{n}", NOW - timedelta(days=40 * n), f"{20 * n}.00")
    return context


def test_the_profile_sums_up_history_value_stage_and_alerts(shop: AppContext) -> None:
    rescore(shop.engine, now=NOW, tz=shop.timezone)

    profile = shop.profiles.profile("c1001", now=NOW)

    assert profile.figures.orders == 13
    assert profile.figures.total_spend == Decimal("3920.00")
    assert (profile.complaints_90d, profile.open_complaints) == (2, 1)
    assert profile.lifecycle.stage is Stage.LOYAL
    assert str(profile.segment) == "key"
    assert profile.compensation_cap == Decimal("250.00")
    assert [f.score for f in profile.feedback] == [6]
    codes = {alert.code for alert in profile.alerts}
    assert {
        AlertCode.COMPLAINT_UNRESOLVED,
        AlertCode.REPEAT_COMPLAINT,
        AlertCode.LATE_ORDER,
    } <= codes


def test_segments_wait_for_the_first_rescore(shop: AppContext) -> None:
    assert shop.profiles.profile("C1001", now=NOW).segment is None


def test_compensation_received_counts_against_the_policy_cap(shop: AppContext) -> None:
    case = Case(category="late_delivery", days_late=3)
    request = GrantRequest(
        shop.agent("li.na"), customer="C1001", kind="voucher", amount=Decimal("40.00"),
        case=case, reason="Parcel three days late",
    )  # fmt: skip
    shop.compensations.grant(request)

    profile = shop.profiles.profile("C1001", now=datetime.now(UTC))

    assert profile.compensation_30d == Decimal("40.00")
    events = shop.timeline.page("C1001", limit=1).events
    assert (events[0].type, events[0].amount) == ("compensation", Decimal("40.00"))


def test_the_records_outrank_what_a_case_claims_about_the_customer(shop: AppContext) -> None:
    claimed = Case(category="late_delivery", days_late=3, facts={"customer.tier": "under_review"})

    decision = shop.compensations.decide(shop.agent("li.na"), "C1001", claimed)
    unknown = shop.compensations.decide(shop.agent("li.na"), "C9999", claimed)

    assert decision.facts["customer.tier"] == "gold"
    assert decision.kind("voucher").status is Status.ALLOWED
    assert unknown.kind("voucher").status is Status.DENIED  # not on file: the case's word


def test_show_prints_the_profile_and_the_first_timeline_page(
    shop: AppContext, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["customers", "rescore"]) == 0
    assert "over 10 customers" in capsys.readouterr().out

    assert main(["customers", "show", "C1001", "--lang", "zh"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("C1001  张三  tier gold")
    assert "segment key  stage loyal" in text
    assert "投诉" in text

    assert main(["customers", "show", "C1001", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["summary"]["orders"] == 13
    assert len(shown["timeline"]["events"]) == 16
    assert main(["customers", "show", "C4040"]) == 1
    assert "no customer 'C4040'" in capsys.readouterr().err
