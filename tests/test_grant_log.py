"""The supervisor's grant log: filters return what the database holds, keyset pages cover
every grant once, newest first, and a grant's detail shows the decision it was made with."""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from frontline.context import AppContext
from frontline.demo import load_demo
from policies import grant_log
from policies.grant_detail import grant_detail, request_decision
from policies.grant_log import (
    GRANT_LOG_COLUMNS,
    GrantFilter,
    GrantLogRow,
    count_grants,
    grant_page,
    iter_log_rows,
)
from policies.models import Grant
from policies.requests import Case, GrantRequest, NoCustomerFacts, Outcome
from policies.service import Compensations
from store.sessions import transaction

START = datetime(2026, 11, 2, 1, 0, tzinfo=UTC)  # 09:00 in Shanghai
KNOWN = {"customer.tier": "silver"}  # what the fraud-review deny rule needs to know
CASES = {
    "late": Case(category="late_delivery", days_late=3, days_since_purchase=9, facts=KNOWN),
    "lost": Case(
        category="lost_parcel", order_value=Decimal("150.00"), days_since_purchase=12, facts=KNOWN
    ),
    "damaged": Case(category="damaged_item", severity="low", days_since_purchase=5, facts=KNOWN),
}
# (case, kind, amount): all within an agent's authority under the demo policy.
ON_THE_SPOT = [
    ("late", "voucher", "20.00"),
    ("late", "free_shipping", "12.00"),
    ("lost", "refund", "150.00"),
    ("damaged", "fee_waiver", "25.00"),
    ("damaged", "voucher", "15.00"),
]
AGENTS = ("li.na", "wang.wei", "emma.clarke", "tom.becker")
CUSTOMERS = ("C1001", "C1002", "C1003", "C1004", "C1005")
APPROVER = {"li.na": "chen.jing", "wang.wei": "chen.jing"}


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Ledger:
    context: AppContext
    desk: Compensations
    clock: Clock

    def grant(self, agent: str, customer: str, case: str, kind: str, amount: str) -> int:
        request = GrantRequest(
            self.context.agent(agent), customer, CASES[case], kind, f"{case} {kind}",
            amount=Decimal(amount),
        )  # fmt: skip
        result = self.desk.grant(request)
        if result.outcome is Outcome.PENDING:
            assert result.request_id is not None
            approver = self.context.agent(APPROVER.get(agent, "sarah.mitchell"))
            result = self.desk.approve(result.request_id, approver, "Fine this once")
        assert result.outcome is Outcome.GRANTED, result.message.en
        assert result.grant_id is not None
        return result.grant_id


@pytest.fixture
def ledger(context: AppContext) -> Ledger:
    return build_ledger(context)


def build_ledger(context: AppContext) -> Ledger:
    """32 grants over six days by four agents of two teams; three approved on a request, and
    three pairs made at the very same moment."""
    load_demo(context, customers=0)  # staff and the demo policy
    clock = Clock()
    book = Ledger(context, Compensations(context.engine, NoCustomerFacts(), clock=clock), clock)
    for n in range(29):
        case, kind, amount = ON_THE_SPOT[n % len(ON_THE_SPOT)]
        book.grant(AGENTS[n % len(AGENTS)], CUSTOMERS[n % len(CUSTOMERS)], case, kind, amount)
        if n % 10 != 3:  # grants 3 and 4, 13 and 14, 23 and 24 share their moment
            clock.now += timedelta(hours=5, minutes=n)
    for agent in ("li.na", "emma.clarke", "wang.wei"):
        book.grant(agent, "C1004", "late", "voucher", "80.00")  # above 30.00: approval
        clock.now += timedelta(hours=1)
    return book


def all_rows(context: AppContext) -> list[GrantLogRow]:
    """Every grant, read plainly, newest first."""
    with transaction(context.engine) as session:
        grants = session.scalars(select(Grant)).all()
    rows = [
        GrantLogRow(
            **{name: getattr(g, name) for name in GRANT_LOG_COLUMNS if name != "status"},
            status="approved" if g.approval_id else "direct",
        )
        for g in grants
    ]
    return sorted(rows, key=lambda r: (r.created_at, r.id), reverse=True)


def matches(row: GrantLogRow, wanted: GrantFilter) -> bool:
    """The filter's meaning, written out in Python."""
    equal = ("agent", "customer", "kind", "team", "category", "policy_version", "status")
    return (
        all(getattr(wanted, name) in (None, getattr(row, name)) for name in equal)
        and (wanted.since is None or row.created_at >= wanted.since)
        and (wanted.until is None or row.created_at < wanted.until)
        and (wanted.min_value is None or row.value >= wanted.min_value)
        and (wanted.max_value is None or row.value <= wanted.max_value)
    )


def every_page(context: AppContext, wanted: GrantFilter, limit: int) -> list[GrantLogRow]:
    rows: list[GrantLogRow] = []
    after = None
    while True:
        page = grant_page(context.engine, wanted, after=after, limit=limit)
        assert len(page.rows) <= limit
        rows += page.rows
        if page.next_after is None:
            return rows
        assert len(page.rows) == limit
        after = page.next_after


FILTERS = {
    "none": GrantFilter(),
    "agent": GrantFilter(agent="li.na"),
    "team": GrantFilter(team="online-en"),
    "customer": GrantFilter(customer="C1003"),
    "kind": GrantFilter(kind="voucher"),
    "category": GrantFilter(category="lost_parcel"),
    "approved": GrantFilter(status="approved"),
    "direct": GrantFilter(status="direct"),
    "at least 20": GrantFilter(min_value=Decimal("20.00")),
    "at most 15": GrantFilter(max_value=Decimal("15.00")),
    "15 to 25": GrantFilter(min_value=Decimal("15.00"), max_value=Decimal("25.00")),
    "days": GrantFilter(
        since=START + timedelta(days=1, hours=1), until=START + timedelta(days=3, hours=1)
    ),
    "agent, kind, direct": GrantFilter(agent="emma.clarke", kind="voucher", status="direct"),
    "team and amount": GrantFilter(team="shanghai-1", min_value=Decimal("25.00")),
    "agent, approved": GrantFilter(agent="li.na", status="approved"),
    "nothing": GrantFilter(agent="li.na", category="lost_parcel", status="approved"),
    # Several one-value criteria: the time between each value's first and last grant bounds
    # the scan; a value with no grants at all leaves nothing.
    "agent and customer": GrantFilter(agent="wang.wei", customer="C1002"),
    "team and unknown kind": GrantFilter(team="online-en", kind="no_such_kind"),
    "other policy": GrantFilter(policy_version="0" * 64),
}


def test_filters_return_what_the_database_holds(ledger: Ledger) -> None:
    engine, everything = ledger.context.engine, all_rows(ledger.context)
    assert len(everything) == 32
    assert len({r.created_at for r in everything}) == 29  # three moments with two grants each
    for name, wanted in FILTERS.items():
        expected = [row for row in everything if matches(row, wanted)]
        if name not in ("none", "nothing", "team and unknown kind", "other policy"):
            assert 0 < len(expected) < len(everything), name  # the filter tells rows apart

        assert every_page(ledger.context, wanted, limit=4) == expected, name
        assert count_grants(engine, wanted) == len(expected), name
        assert list(iter_log_rows(engine, wanted)) == expected, name
        assert list(iter_log_rows(engine, wanted, newest_first=False)) == expected[::-1], name


@pytest.mark.parametrize("few", [0, 10_000], ids=["walking in time order", "by the value index"])
def test_an_amount_range_pages_the_same_whichever_way_it_is_found(
    ledger: Ledger, monkeypatch: pytest.MonkeyPatch, few: int
) -> None:
    monkeypatch.setattr(grant_log, "FEW_IN_VALUE_RANGE", few)
    wanted = GrantFilter(min_value=Decimal("15.00"), max_value=Decimal("80.00"), kind="voucher")
    expected = [row for row in all_rows(ledger.context) if matches(row, wanted)]

    assert len(expected) > 3
    assert every_page(ledger.context, wanted, limit=3) == expected


def test_pages_stay_exact_while_new_grants_arrive(ledger: Ledger) -> None:
    before = all_rows(ledger.context)
    first = grant_page(ledger.context.engine, GrantFilter(), after=None, limit=5)
    ledger.clock.now += timedelta(days=1)
    new = [ledger.grant("tom.becker", "C1002", "late", "free_shipping", "10.00") for _ in "ab"]
    rest = every_page_from(ledger, first.next_after)

    assert first.rows + rest == before  # each grant once, newest first, the new ones not
    assert [
        r.id for r in grant_page(ledger.context.engine, GrantFilter(), after=None, limit=2).rows
    ] == new[::-1]


def every_page_from(ledger: Ledger, after: int | None) -> list[GrantLogRow]:
    rows: list[GrantLogRow] = []
    while after is not None:
        page = grant_page(ledger.context.engine, GrantFilter(), after=after, limit=5)
        rows += page.rows
        after = page.next_after
    return rows


def test_a_page_after_an_unknown_grant_is_refused(ledger: Ledger) -> None:
    with pytest.raises(LookupError, match="no grant 999"):
        grant_page(ledger.context.engine, GrantFilter(), after=999, limit=5)


def test_a_rows_plain_values_are_in_the_columns_order(ledger: Ledger) -> None:
    [row] = grant_page(
        ledger.context.engine, GrantFilter(status="approved"), after=None, limit=1
    ).rows

    plain = row.as_dict()
    assert tuple(plain) == GRANT_LOG_COLUMNS
    assert (plain["agent"], plain["value"], plain["status"], plain["approved_by"]) == (
        "wang.wei",
        "80.00",
        "approved",
        "chen.jing",
    )
    assert plain["created_at"] == row.created_at.isoformat()


def test_a_grants_detail_is_its_decision(ledger: Ledger) -> None:
    wanted = GrantFilter(agent="emma.clarke", status="approved")
    [approved] = grant_page(ledger.context.engine, wanted, after=None, limit=1).rows
    [direct] = grant_page(ledger.context.engine, GrantFilter(), after=None, limit=32).rows[-1:]

    detail = grant_detail(ledger.context.engine, approved.id)

    assert detail.row == approved
    decision = detail.decision
    assert decision.rule_ids == ("late.voucher.agent",)
    assert decision.facts["case.category"] == "late_delivery"
    assert decision.facts["agent.team"] == "online-en"
    assert (decision.limit, decision.approval_limit) == (Decimal("30.00"), Decimal("100.00"))
    assert {b.budget for b in decision.budgets} >= {"agent_daily", "customer_30d"}
    assert all(b.remaining <= b.limit for b in decision.budgets)
    assert decision.used["customer_30d"] > 0
    assert decision.policy_name == "Lumen & Co. compensation matrix"
    assert decision.policy_version == approved.policy_version
    assert detail.approval is not None
    assert (detail.approval.decided_by, detail.approval.note) == (
        "sarah.mitchell",
        "Fine this once",
    )
    assert detail.approval.requested_at <= detail.approval.decided_at == approved.created_at
    assert grant_detail(ledger.context.engine, direct.id).approval is None
    asked = request_decision(ledger.context.engine, detail.approval.request_id)
    assert asked.rule_ids == decision.rule_ids
    assert asked.facts["agent.team"] == "online-en"
    assert asked.decided_at == detail.approval.requested_at
    with pytest.raises(LookupError):
        grant_detail(ledger.context.engine, 999)
