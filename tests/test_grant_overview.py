"""The supervisor's overview on a small example worked out by hand: days in the policy's time
zone, kinds, agents against their team's median, and a customer compensated again and again."""

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from customers.workload import contacts_by_agent
from frontline.context import AppContext
from frontline.demo import load_demo
from policies.grant_log import GrantFilter, count_grants, list_requests
from policies.local_days import day_spans, local_days, offset_spans
from policies.overview import Total, grant_overview
from policies.requests import Case, GrantRequest, NoCustomerFacts, Outcome
from policies.service import Compensations
from tests.test_grant_log import Clock

SHANGHAI = ZoneInfo("Asia/Shanghai")
LONDON = ZoneInfo("Europe/London")
LATE = Case(category="late_delivery", days_late=3, facts={"customer.tier": "silver"})
# (local time in Shanghai, agent, customer, kind, amount)
GRANTS = [
    ("2026-11-01 23:00", "li.na", "C1003", "voucher", "20.00"),  # before the period
    *[(f"2026-11-02 10:{n}0", "li.na", "C1001", "voucher", "20.00") for n in range(3)],
    *[(f"2026-11-02 11:{n}0", "li.na", "C1002", "free_shipping", "12.00") for n in range(3)],
    ("2026-11-03 00:30", "wang.wei", "C1003", "voucher", "20.00"),  # 2 November in UTC
    ("2026-11-03 09:00", "wang.wei", "C1004", "voucher", "20.00"),
    ("2026-11-03 23:50", "zhao.min", "C1005", "voucher", "25.00"),
    ("2026-11-04 10:00", "zhao.min", "C1006", "voucher", "15.00"),
    ("2026-11-04 12:00", "emma.clarke", "C1007", "voucher", "30.00"),
    ("2026-11-04 13:00", "tom.becker", "C1001", "voucher", "20.00"),
    ("2026-11-05 00:00", "wang.wei", "C1001", "voucher", "20.00"),  # the period's end: out
]
SINCE = datetime(2026, 11, 2, tzinfo=SHANGHAI)
UNTIL = datetime(2026, 11, 5, tzinfo=SHANGHAI)
CONTACTS = {"li.na": 20, "wang.wei": 20, "zhao.min": 40, "emma.clarke": 10, "tom.becker": 10,
            "james.okafor": 5, "liu.yang": 10}  # fmt: skip
TEAMS = {
    **dict.fromkeys(("li.na", "wang.wei", "zhao.min", "chen.jing"), "shanghai-1"),
    **dict.fromkeys(("emma.clarke", "tom.becker", "james.okafor", "sarah.mitchell"), "online-en"),
    "liu.yang": "academy",
}


def grant_all(
    context: AppContext, grants: list[tuple[str, str, str, str, str]], tz: ZoneInfo
) -> None:
    load_demo(context, customers=0)  # staff and the demo policy
    clock = Clock()
    desk = Compensations(context.engine, NoCustomerFacts(), clock=clock)
    for moment, agent, customer, kind, amount in grants:
        clock.now = datetime.fromisoformat(moment).replace(tzinfo=tz)
        request = GrantRequest(
            context.agent(agent), customer, LATE, kind, "Late", amount=Decimal(amount)
        )
        assert desk.grant(request).outcome is Outcome.GRANTED


@pytest.fixture
def example(context: AppContext) -> AppContext:
    grant_all(context, GRANTS, SHANGHAI)
    return context


def test_totals_per_day_in_the_time_zone_and_per_kind(example: AppContext) -> None:
    overview = grant_overview(
        example.engine, since=SINCE, until=UNTIL, tz=SHANGHAI, contacts_by_agent=None
    )

    assert overview.total == Total(12, Decimal("226.00"))
    assert overview.days == {
        date(2026, 11, 2): Total(6, Decimal("96.00")),
        date(2026, 11, 3): Total(3, Decimal("65.00")),
        date(2026, 11, 4): Total(3, Decimal("65.00")),
    }
    assert overview.kinds == {
        "voucher": Total(9, Decimal("190.00")),
        "free_shipping": Total(3, Decimal("36.00")),
    }


def test_agents_against_their_teams_median(example: AppContext) -> None:
    overview = grant_overview(
        example.engine, since=SINCE, until=UNTIL, tz=SHANGHAI, contacts_by_agent=CONTACTS,
        teams=TEAMS,
    )  # fmt: skip
    agents = {a.agent: a for a in overview.agents}

    # Listed: who granted or handled contacts; chen.jing and sarah.mitchell did neither.
    assert set(agents) == set(CONTACTS)
    li_na = agents["li.na"]
    assert (li_na.team, li_na.grants, li_na.value, li_na.contacts) == (
        "shanghai-1", 6, Decimal("96.00"), 20,
    )  # fmt: skip
    assert li_na.rate == Decimal("30.00")  # 6 grants per 20 contacts
    # shanghai-1: rates 30, 10 and 5; values 96, 40 and 40.
    assert (li_na.team_median_rate, li_na.team_median_value) == (Decimal(10), Decimal(40))
    assert [(o.measure, o.figure, o.team_median) for o in li_na.outliers] == [
        ("rate", Decimal("30.00"), Decimal("10.00")),
        ("value", Decimal("96.00"), Decimal("40.00")),
    ]
    assert "3.0 times the team median" in li_na.outliers[0].reason.en
    assert "2.4 倍" in li_na.outliers[1].reason.zh
    assert overview.agents[0].agent == "li.na"  # outliers first
    # online-en: rates 10, 10 and 0 (james.okafor granted nothing); values 30, 20 and 0.
    emma = agents["emma.clarke"]
    assert (emma.rate, emma.team_median_rate, emma.team_median_value) == (
        Decimal("10.00"), Decimal("10.00"), Decimal("20.00"),
    )  # fmt: skip
    assert emma.outliers == ()  # 30.00 is not more than twice 20.00
    assert (agents["james.okafor"].grants, agents["james.okafor"].rate) == (0, Decimal("0.00"))
    # A team of one has no median, so nobody in it is an outlier.
    assert agents["liu.yang"].team_median_rate is None
    assert agents["liu.yang"].outliers == ()


def test_without_contacts_there_are_no_rates_and_teams_come_from_the_grants(
    example: AppContext,
) -> None:
    overview = grant_overview(
        example.engine, since=SINCE, until=UNTIL, tz=SHANGHAI, contacts_by_agent=None
    )
    agents = {a.agent: a for a in overview.agents}

    assert set(agents) == {"li.na", "wang.wei", "zhao.min", "emma.clarke", "tom.becker"}
    assert all(a.rate is None and a.team_median_rate is None for a in agents.values())
    assert agents["li.na"].team == "shanghai-1"
    assert [o.measure for o in agents["li.na"].outliers] == ["value"]
    assert agents["emma.clarke"].team_median_value is None  # two agents are not enough


def test_customers_compensated_again_and_again(example: AppContext) -> None:
    overview = grant_overview(
        example.engine, since=SINCE, until=UNTIL, tz=SHANGHAI, contacts_by_agent=None
    )

    assert [(c.customer, c.grants, c.value) for c in overview.repeat_customers] == [
        ("C1001", 4, Decimal("80.00")),
        ("C1002", 3, Decimal("36.00")),
    ]
    assert overview.repeat_customers[0].last_grant_at == datetime(2026, 11, 4, 5, 0, tzinfo=UTC)
    fewer = grant_overview(
        example.engine, since=SINCE, until=UNTIL, tz=SHANGHAI, contacts_by_agent=None,
        repeat_grants=4,
    )  # fmt: skip
    assert [c.customer for c in fewer.repeat_customers] == ["C1001"]


def test_days_follow_the_clock_across_a_daylight_saving_change(context: AppContext) -> None:
    grants = [  # London leaves summer time at 02:00 BST on 25 October 2026
        ("2026-10-24 23:30", "li.na", "C1001", "voucher", "20.00"),  # 25th, 00:30 BST
        ("2026-10-25 00:30", "li.na", "C1001", "voucher", "20.00"),  # 25th, 01:30 BST
        ("2026-10-25 23:30", "li.na", "C1002", "voucher", "20.00"),  # 25th, 23:30 GMT
        ("2026-10-26 00:30", "li.na", "C1003", "voucher", "20.00"),  # 26th
    ]
    grant_all(context, grants, UTC)  # type: ignore[arg-type]
    since, until = datetime(2026, 10, 25, tzinfo=LONDON), datetime(2026, 10, 27, tzinfo=LONDON)

    overview = grant_overview(
        context.engine, since=since, until=until, tz=LONDON, contacts_by_agent=None
    )

    assert {day: total.count for day, total in overview.days.items()} == {
        date(2026, 10, 25): 3,
        date(2026, 10, 26): 1,
    }


def test_a_period_is_cut_where_the_offset_changes() -> None:
    since, until = datetime(2026, 10, 24, tzinfo=LONDON), datetime(2026, 10, 27, tzinfo=LONDON)
    change = datetime(2026, 10, 25, 1, 0, tzinfo=UTC)

    assert offset_spans(since, until, LONDON) == [(since, change, 3600), (change, until, 0)]
    assert offset_spans(SINCE, UNTIL, SHANGHAI) == [(SINCE, UNTIL, 8 * 3600)]
    midnights = [datetime(2026, 10, 24, 23, tzinfo=UTC), datetime(2026, 10, 26, tzinfo=UTC)]
    assert day_spans(since, until, LONDON) == [
        (date(2026, 10, 24), since, midnights[0]),
        (date(2026, 10, 25), midnights[0], change),  # cut where the offset changes
        (date(2026, 10, 25), change, midnights[1]),
        (date(2026, 10, 26), midnights[1], until),
    ]
    assert local_days(since, until, LONDON) == [date(2026, 10, d) for d in (24, 25, 26)]
    assert local_days(SINCE, SINCE + timedelta(hours=1), SHANGHAI) == [date(2026, 11, 2)]


def test_the_demo_history_has_an_outlier_a_repeat_customer_and_a_queue(
    context: AppContext,
) -> None:
    now = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
    load_demo(context, now=now)
    history = count_grants(context.engine, GrantFilter())
    load_demo(context, now=now)  # a second load adds nothing
    assert count_grants(context.engine, GrantFilter()) == history > 40
    since = now - timedelta(days=30)
    staff = {u.username: u.team for u in context.users.list_users() if u.team is not None}

    overview = grant_overview(
        context.engine, since=since, until=now, tz=SHANGHAI,
        contacts_by_agent=contacts_by_agent(context.engine, since, now), teams=staff,
    )  # fmt: skip

    flagged = {a.agent: [o.measure for o in a.outliers] for a in overview.agents if a.outliers}
    assert flagged["wang.wei"] == ["rate"]
    assert "C1042" in [c.customer for c in overview.repeat_customers]
    pending = list_requests(context.engine, pending_only=True)
    assert [(r.agent, r.customer) for r in pending] == [("li.na", "C1015"), ("tom.becker", "C1035")]
    assert any(r.status == "approved" for r in list_requests(context.engine, pending_only=False))
    assert context.audit.verify().ok
