"""Recency, frequency, monetary value, quintile cuts, RFM scores and value segments, each on a
hand-computed example (the arithmetic is in the comments)."""

import json
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from customers.history import Order, Purchase, daily_totals, purchases
from customers.value import (
    RFMScore,
    Segment,
    ValueCuts,
    ValueFigures,
    compute_cuts,
    score,
    segment,
    value_figures,
)

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 6, 30, 10, 0, tzinfo=SHANGHAI)


def at(text: str, tz: ZoneInfo = SHANGHAI) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=tz)


def bought(*items: tuple[str, str]) -> list[Purchase]:
    return [Purchase(at(when), Decimal(amount)) for when, amount in items]


# The worked example of docs/customer-value.md.
EXAMPLE_ORDERS = [
    Order("O1", at("2026-01-10 09:00"), Decimal("120.00"), "delivered"),
    Order("O2", at("2026-01-10 23:30"), Decimal("30.00"), "delivered"),
    # 17:00 UTC on 13 February is 01:00 on 14 February in Shanghai.
    Order("O3", datetime(2026, 2, 13, 17, 0, tzinfo=UTC), Decimal("80.00"), "delivered"),
    Order("O4", at("2026-03-05 12:00"), Decimal("999.00"), "cancelled"),
    Order("O5", at("2026-04-01 12:00"), Decimal("200.00"), "shipped"),
    Order("O6", at("2026-04-20 12:00"), Decimal("300.00"), "returned"),
    Order("O7", at("2026-05-20 20:00"), Decimal("55.50"), "late"),
    Order("O8", at("2026-07-02 12:00"), Decimal("10.00"), "placed"),  # after NOW
]
EXAMPLE_CUTS = ValueCuts(
    customers=1000,
    days_since_last_purchase=(14, 45, 120, 300),
    frequency=(0, 0, 1, 3),
    total_spend=(Decimal("60.00"), Decimal("150.00"), Decimal("400.00"), Decimal("1200.00")),
)


def figures(days_since_last: int, frequency: int, spend: str) -> ValueFigures:
    """Figures for scoring: only days since the last purchase, frequency and spend matter."""
    today = date(2026, 6, 30)
    return ValueFigures(
        as_of=today,
        orders=frequency + 1,
        total_spend=Decimal(spend),
        average_order_value=Decimal(spend),
        first_purchase=today - timedelta(days=days_since_last),
        last_purchase=today - timedelta(days=days_since_last),
        frequency=frequency,
        recency=0,
        age=days_since_last,
        monetary=Decimal(0),
    )


def scored(days_since_last: int, frequency: int, spend: str, cuts: ValueCuts) -> RFMScore:
    result = score(figures(days_since_last, frequency, spend), cuts)
    assert result is not None
    return result


def test_cancelled_returned_and_unknown_orders_are_not_purchases() -> None:
    when = at("2026-01-01 12:00")
    orders = [
        Order(status, when, Decimal(1), status)
        for status in ("placed", "shipped", "delivered", "late", "returned", "cancelled", "lost")
    ]

    assert len(purchases(orders)) == 4


def test_the_worked_example_gives_the_documented_figures() -> None:
    result = value_figures(purchases(EXAMPLE_ORDERS), now=NOW, tz=SHANGHAI)

    # Kept: O1, O2, O3, O5, O7 (O4 cancelled, O6 returned, O8 after now).
    assert result.orders == 5
    # 120.00 + 30.00 + 80.00 + 200.00 + 55.50 = 485.50; 485.50 / 5 = 97.10
    assert result.total_spend == Decimal("485.50")
    assert result.average_order_value == Decimal("97.10")
    # Purchase days: 10 Jan (150.00), 14 Feb (80.00), 1 Apr (200.00), 20 May (55.50).
    assert result.first_purchase == date(2026, 1, 10)
    assert result.last_purchase == date(2026, 5, 20)
    # 4 purchase days - 1
    assert result.frequency == 3
    # 10 Jan is day 10 of 2026, 20 May day 140, 30 June day 181: 140 - 10, 181 - 10
    assert result.recency == 130
    assert result.age == 171
    # The first day is left out: (80.00 + 200.00 + 55.50) / 3 = 111.8333... -> 111.83
    assert result.monetary == Decimal("111.83")
    # 171 - 130
    assert result.days_since_last_purchase == 41


def test_the_worked_example_scores_r4_f4_m4_and_is_key() -> None:
    result = score(value_figures(purchases(EXAMPLE_ORDERS), now=NOW, tz=SHANGHAI), EXAMPLE_CUTS)

    # 41 days: above 14, not above 45 -> second fifth of days -> R 4.
    # Frequency 3: above 0, 0, 1, not above 3 -> F 4.
    # Spend 485.50: above 60, 150, 400, not above 1200 -> M 4.
    assert result == RFMScore(recency=4, frequency=4, monetary=4)
    assert str(result) == "R4 F4 M4"
    assert segment(result) is Segment.KEY


def test_orders_on_one_calendar_day_are_one_purchase_period_in_the_given_time_zone() -> None:
    # 10:00 and 20:00 UTC on 10 January: one day in UTC; 18:00 on the 10th and 04:00 on the
    # 11th in Shanghai.
    items = [
        Purchase(datetime(2026, 1, 10, 10, 0, tzinfo=UTC), Decimal("10.00")),
        Purchase(datetime(2026, 1, 10, 20, 0, tzinfo=UTC), Decimal("20.00")),
    ]
    now = datetime(2026, 1, 20, tzinfo=UTC)

    in_utc = value_figures(items, now=now, tz=UTC)
    in_shanghai = value_figures(items, now=now, tz=SHANGHAI)

    assert (in_utc.frequency, in_utc.recency, in_utc.monetary) == (0, 0, Decimal("0.00"))
    assert (in_shanghai.frequency, in_shanghai.recency) == (1, 1)
    assert in_shanghai.monetary == Decimal("20.00")
    assert daily_totals(items, now=now, tz=UTC) == [(date(2026, 1, 10), Decimal("30.00"))]


def test_a_single_purchase_has_no_repeat_value_but_an_age() -> None:
    result = value_figures(bought(("2026-06-01 12:00", "88.00")), now=NOW, tz=SHANGHAI)

    assert (result.frequency, result.recency, result.monetary) == (0, 0, Decimal("0.00"))
    # 1 June to 30 June
    assert result.age == 29
    assert result.days_since_last_purchase == 29
    assert result.total_spend == result.average_order_value == Decimal("88.00")


def test_monetary_value_averages_repeat_days_and_leaves_out_the_first() -> None:
    result = value_figures(
        bought(
            ("2026-06-01 12:00", "1000.00"),
            ("2026-06-06 09:00", "10.00"),
            ("2026-06-06 18:00", "20.00"),
            ("2026-06-10 12:00", "60.00"),
        ),
        now=NOW,
        tz=SHANGHAI,
    )

    # Repeat days: 6 June (10 + 20 = 30), 10 June (60): (30 + 60) / 2 = 45
    assert result.monetary == Decimal("45.00")
    # Every order counts here: 1090 / 4 = 272.50
    assert result.average_order_value == Decimal("272.50")
    assert (result.orders, result.frequency, result.recency, result.age) == (4, 2, 9, 29)


def test_amounts_round_half_up_to_the_cent() -> None:
    result = value_figures(
        bought(
            ("2026-06-01 12:00", "0.00"),
            ("2026-06-02 12:00", "0.02"),
            ("2026-06-03 12:00", "0.03"),
        ),
        now=NOW,
        tz=SHANGHAI,
    )

    # (0.02 + 0.03) / 2 = 0.025 -> 0.03 (half even would give 0.02)
    assert result.monetary == Decimal("0.03")
    # 0.05 / 3 = 0.01666... -> 0.02
    assert result.average_order_value == Decimal("0.02")


def test_a_purchase_at_now_counts_and_one_a_moment_later_does_not() -> None:
    items = [Purchase(NOW, Decimal(5)), Purchase(NOW + timedelta(microseconds=1), Decimal(7))]

    result = value_figures(items, now=NOW, tz=SHANGHAI)

    assert (result.orders, result.total_spend, result.age) == (1, Decimal("5.00"), 0)


def test_a_customer_without_purchases_has_zero_figures_and_no_score() -> None:
    result = value_figures([], now=NOW, tz=SHANGHAI)

    assert not result.has_purchases
    assert result.days_since_last_purchase is None
    assert result.first_purchase is None
    assert result.total_spend == result.average_order_value == result.monetary == Decimal(0)
    assert score(result, EXAMPLE_CUTS) is None
    assert segment(None) is Segment.PROSPECT


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        Purchase(datetime(2026, 1, 1), Decimal(1))
    with pytest.raises(ValueError, match="timezone-aware"):
        value_figures(bought(("2026-01-01 12:00", "1")), now=datetime(2026, 1, 2), tz=UTC)


def test_float_amounts_are_refused() -> None:
    with pytest.raises(ValueError, match="Decimal"):
        Purchase(NOW, 1.5)  # type: ignore[arg-type]


def test_ten_distinct_values_make_two_per_fifth() -> None:
    cuts = compute_cuts(figures(days, days, str(days)) for days in range(1, 11))

    # n = 10: cut k is value number ceil(10k / 5) = 2k in ascending order: 2, 4, 6, 8
    assert cuts is not None
    assert cuts.customers == 10
    assert cuts.days_since_last_purchase == (2, 4, 6, 8)
    assert cuts.frequency == (2, 4, 6, 8)
    assert cuts.total_spend == (Decimal(2), Decimal(4), Decimal(6), Decimal(8))
    frequency_scores = [scored(1, value, "1", cuts).frequency for value in range(1, 11)]
    assert frequency_scores == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]


def test_cut_points_take_the_nearest_rank_when_the_count_does_not_divide_by_five() -> None:
    cuts = compute_cuts(figures(1, value, "1") for value in (70, 10, 50, 30, 60, 20, 40))

    # n = 7, sorted 10..70: ceil(7/5) = 2, ceil(14/5) = 3, ceil(21/5) = 5, ceil(28/5) = 6
    assert cuts is not None
    assert cuts.frequency == (20, 30, 50, 60)


def test_tied_values_share_the_lower_score_and_fifths_may_stay_empty() -> None:
    values = [0, 0, 0, 0, 0, 0, 1, 1, 2, 5]
    cuts = compute_cuts(figures(1, value, "1") for value in values)

    # Values 2, 4, 6 and 8 of the sorted list: 0, 0, 0, 1
    assert cuts is not None
    assert cuts.frequency == (0, 0, 0, 1)
    scores = {value: scored(1, value, "1", cuts).frequency for value in set(values)}
    # 0 is above no cut; 1 is above three (0, 0, 0); 2 and 5 above all four.
    assert scores == {0: 1, 1: 4, 2: 5, 5: 5}


def test_fewer_customers_than_fifths_still_give_four_cuts() -> None:
    one = compute_cuts([figures(3, 0, "10.00")])
    two = compute_cuts([figures(3, 0, "10.00"), figures(9, 2, "30.00")])

    assert one is not None
    assert one.frequency == (0, 0, 0, 0)
    # n = 2: ceil(2/5) = 1, ceil(4/5) = 1, ceil(6/5) = 2, ceil(8/5) = 2
    assert two is not None
    assert two.days_since_last_purchase == (3, 3, 9, 9)
    assert two.total_spend == (
        Decimal("10.00"),
        Decimal("10.00"),
        Decimal("30.00"),
        Decimal("30.00"),
    )


def test_prospects_are_left_out_of_the_cuts() -> None:
    prospect = value_figures([], now=NOW, tz=SHANGHAI)

    assert compute_cuts([prospect, prospect]) is None
    cuts = compute_cuts([prospect, figures(5, 1, "50.00")])
    assert cuts is not None
    assert cuts.customers == 1


def test_fewer_days_since_the_last_purchase_score_higher_recency() -> None:
    # Cuts 14, 45, 120, 300: a value on a cut stays in the fifth below it (fewer days).
    expected = {0: 5, 14: 5, 15: 4, 45: 4, 46: 3, 120: 3, 121: 2, 300: 2, 301: 1}

    assert {days: scored(days, 0, "1", EXAMPLE_CUTS).recency for days in expected} == expected


def test_spend_on_a_cut_point_takes_the_lower_score_and_a_cent_more_the_higher() -> None:
    expected = {"150.00": 2, "150.01": 3, "1200.00": 4, "1200.01": 5}

    assert {spend: scored(1, 0, spend, EXAMPLE_CUTS).monetary for spend in expected} == expected


def test_cuts_survive_a_round_trip_through_json() -> None:
    stored = json.dumps(EXAMPLE_CUTS.to_dict())

    assert json.loads(stored)["total_spend"] == ["60.00", "150.00", "400.00", "1200.00"]
    assert ValueCuts.from_dict(json.loads(stored)) == EXAMPLE_CUTS


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"frequency": [0, 0, 1]}, "4 cut points"),
        ({"frequency": [3, 0, 1, 1]}, "must not decrease"),
        ({"frequency": [0, 0, 1, 1.5]}, "whole number"),
        ({"total_spend": ["1", "2", "x", "4"]}, "not an amount"),
        ({"total_spend": [1.0, 2, 3, 4]}, "amount"),
        ({"customers": 0}, "positive"),
    ],
)
def test_malformed_cuts_are_refused(change: dict[str, object], message: str) -> None:
    data = EXAMPLE_CUTS.to_dict() | change

    with pytest.raises(ValueError, match=message):
        ValueCuts.from_dict(data)


def test_cuts_missing_a_figure_are_refused() -> None:
    data = EXAMPLE_CUTS.to_dict()
    del data["frequency"]

    with pytest.raises(ValueError, match="frequency"):
        ValueCuts.from_dict(data)


@pytest.mark.parametrize(
    ("r", "f", "m", "expected"),
    [
        (1, 4, 4, Segment.KEY),  # key ignores recency
        (5, 5, 5, Segment.KEY),
        (5, 3, 5, Segment.GROWTH),  # one big recent order: not yet key
        (4, 4, 3, Segment.GROWTH),
        (4, 1, 1, Segment.GROWTH),  # a recent first-time buyer
        (3, 3, 5, Segment.STANDARD),
        (3, 4, 3, Segment.STANDARD),
        (3, 3, 2, Segment.STANDARD),
        (1, 2, 3, Segment.STANDARD),
        (3, 2, 2, Segment.LOW),
        (1, 1, 1, Segment.LOW),
    ],
)
def test_segments_follow_their_rules_in_order(r: int, f: int, m: int, expected: Segment) -> None:
    assert segment(RFMScore(recency=r, frequency=f, monetary=m)) is expected
