"""Lifecycle stages against the customer's own purchase rhythm, on both sides of every
threshold (default rules: new 90 days; default rhythm 90 days; at risk after 2 x rhythm within
30..365 days; churned after 4 x rhythm within 90..730 days; loyal from 4 repeats over 180 days).
"""

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from customers.history import Purchase
from customers.lifecycle import Lifecycle, LifecycleRules, Stage, lifecycle, stage_of_days

TODAY = date(2026, 6, 30)


def ago(*days: int) -> list[date]:
    """Purchase days so many days before TODAY, oldest first."""
    return sorted(TODAY - timedelta(days=n) for n in days)


def stage(*days: int, rules: LifecycleRules | None = None) -> Stage:
    if rules is None:
        return stage_of_days(ago(*days), today=TODAY).stage
    return stage_of_days(ago(*days), today=TODAY, rules=rules).stage


def rhythm_of(last: int, *gaps: int) -> list[int]:
    """Days-ago of purchases whose last is `last` days ago, with these gaps before it."""
    days = [last]
    for gap in reversed(gaps):
        days.append(days[-1] + gap)
    return days


def test_a_customer_who_never_bought_is_a_prospect() -> None:
    assert stage_of_days([], today=TODAY) == Lifecycle(
        Stage.PROSPECT, 0, None, None, None, None, None
    )


def test_a_first_purchase_up_to_90_days_ago_is_new_and_one_day_more_is_not() -> None:
    assert stage(0) is Stage.NEW
    assert stage(90) is Stage.NEW
    # Beyond the new window one purchase is judged on the default rhythm of 90 days:
    # at risk only after 2 x 90 = 180 days.
    assert stage(91) is Stage.ACTIVE


def test_new_allows_two_purchase_days_and_a_third_makes_the_customer_active() -> None:
    assert stage(90, 10) is Stage.NEW
    assert stage(91, 10) is Stage.ACTIVE  # first purchase too long ago
    assert stage(60, 30, 10) is Stage.ACTIVE


def test_one_purchase_is_at_risk_after_twice_the_default_rhythm_and_churned_after_four() -> None:
    # 2 x 90 = 180; 4 x 90 = 360
    assert stage(180) is Stage.ACTIVE
    assert stage(181) is Stage.AT_RISK
    assert stage(360) is Stage.AT_RISK
    assert stage(361) is Stage.CHURNED


def test_a_monthly_buyer_is_at_risk_after_60_days_and_churned_after_120() -> None:
    # Gaps 30 and 30: median 30; 2 x 30 = 60; 4 x 30 = 120
    assert stage(*rhythm_of(60, 30, 30)) is Stage.ACTIVE
    assert stage(*rhythm_of(61, 30, 30)) is Stage.AT_RISK
    assert stage(*rhythm_of(120, 30, 30)) is Stage.AT_RISK
    assert stage(*rhythm_of(121, 30, 30)) is Stage.CHURNED


def test_the_rhythm_is_the_median_gap_so_one_long_pause_does_not_set_it() -> None:
    # Gaps 10, 20, 40, 200 sorted: median (20 + 40) / 2 = 30; at risk after 60
    result = stage_of_days(ago(*rhythm_of(61, 200, 10, 40, 20)), today=TODAY)

    assert result.rhythm_days == Decimal(30)
    assert (result.at_risk_after, result.churned_after) == (60, 120)
    assert result.stage is Stage.AT_RISK
    # On rhythm, with 4 repeats over 270 days
    assert stage(*rhythm_of(60, 200, 10, 40, 20)) is Stage.LOYAL


def test_a_half_day_median_gives_whole_day_thresholds() -> None:
    # Gaps 10 and 21: median 15.5; 2 x 15.5 = 31 (above the floor of 30); 4 x 15.5 = 62,
    # raised to the floor of 90.
    result = stage_of_days(ago(*rhythm_of(31, 10, 21)), today=TODAY)

    assert result.rhythm_days == Decimal("15.5")
    assert (result.at_risk_after, result.churned_after) == (31, 90)
    assert result.stage is Stage.ACTIVE
    assert stage(*rhythm_of(32, 10, 21)) is Stage.AT_RISK


def test_thresholds_round_up_to_whole_days() -> None:
    rules = LifecycleRules(at_risk_factor=Decimal("1.5"), at_risk_min_days=0)

    # 1.5 x 15.5 = 23.25 -> 24 days
    assert stage_of_days(ago(*rhythm_of(24, 10, 21)), today=TODAY, rules=rules).at_risk_after == 24
    assert stage(*rhythm_of(24, 10, 21), rules=rules) is Stage.ACTIVE
    assert stage(*rhythm_of(25, 10, 21), rules=rules) is Stage.AT_RISK


def test_a_weekly_buyer_gets_the_floors_not_two_and_four_weeks() -> None:
    # Gaps of 7: 2 x 7 = 14 raised to 30; 4 x 7 = 28 raised to 90
    weekly = (7, 7, 7)

    assert stage(*rhythm_of(30, *weekly)) is Stage.ACTIVE
    assert stage(*rhythm_of(31, *weekly)) is Stage.AT_RISK
    assert stage(*rhythm_of(90, *weekly)) is Stage.AT_RISK
    assert stage(*rhythm_of(91, *weekly)) is Stage.CHURNED


def test_a_yearly_buyer_is_held_to_the_ceilings() -> None:
    # Gaps of 300: 2 x 300 = 600 lowered to 365; 4 x 300 = 1200 lowered to 730
    yearly = (300, 300)

    assert stage(*rhythm_of(365, *yearly)) is Stage.ACTIVE
    assert stage(*rhythm_of(366, *yearly)) is Stage.AT_RISK
    assert stage(*rhythm_of(730, *yearly)) is Stage.AT_RISK
    assert stage(*rhythm_of(731, *yearly)) is Stage.CHURNED


def test_a_single_short_gap_does_not_become_the_rhythm() -> None:
    # Two purchase days 3 days apart: the rhythm is max(3, 90) = 90, at risk after 180.
    # Taken as the rhythm, 3 days would have made this customer churned after 90 days.
    result = stage_of_days(ago(100, 97), today=TODAY)

    assert result.rhythm_days == Decimal(90)
    assert result.stage is Stage.ACTIVE
    assert stage(183, 180) is Stage.ACTIVE
    assert stage(184, 181) is Stage.AT_RISK


def test_a_single_long_gap_counts_as_the_rhythm() -> None:
    # Two purchase days 200 days apart: rhythm 200; at risk after 400 lowered to 365
    assert stage(565, 365) is Stage.ACTIVE
    assert stage(566, 366) is Stage.AT_RISK


def test_four_repeats_over_180_days_on_rhythm_are_loyal() -> None:
    # 5 purchase days 45 days apart: 4 repeats over 4 x 45 = 180 days; at risk after 90
    every_45 = (45, 45, 45, 45)

    assert stage(*rhythm_of(10, *every_45)) is Stage.LOYAL
    assert stage(*rhythm_of(90, *every_45)) is Stage.LOYAL
    assert stage(*rhythm_of(91, *every_45)) is Stage.AT_RISK


def test_loyalty_needs_both_enough_repeats_and_enough_time() -> None:
    # 45 + 45 + 45 + 44 = 179 days: one day short
    assert stage(*rhythm_of(10, 45, 45, 45, 44)) is Stage.ACTIVE
    # 3 repeats over 3 x 60 = 180 days: one repeat short
    assert stage(*rhythm_of(10, 60, 60, 60)) is Stage.ACTIVE


def test_the_worked_example_is_active() -> None:
    # Purchase days 10 Jan, 14 Feb, 1 Apr, 20 May (days 10, 45, 91, 140 of 2026); today
    # 30 June (day 181). Gaps 35, 46, 49: median 46; at risk after 92, churned after 184.
    days = [date(2026, 1, 10), date(2026, 2, 14), date(2026, 4, 1), date(2026, 5, 20)]

    result = stage_of_days(days, today=TODAY)

    assert result == Lifecycle(Stage.ACTIVE, 4, 171, 41, Decimal(46), 92, 184)


def test_purchases_are_grouped_into_days_in_the_given_time_zone() -> None:
    shanghai = ZoneInfo("Asia/Shanghai")
    now = datetime(2026, 6, 30, 12, tzinfo=UTC)
    # 15:00 and 17:00 UTC on 1 April: 23:00 on 1 April and 01:00 on 2 April in Shanghai.
    purchases = [
        Purchase(datetime(2026, 4, 1, 15, tzinfo=UTC), Decimal(10)),
        Purchase(datetime(2026, 4, 1, 17, tzinfo=UTC), Decimal(10)),
    ]

    in_utc = lifecycle(purchases, now=now, tz=UTC)
    in_shanghai = lifecycle(purchases, now=now, tz=shanghai)

    # 1 April to 30 June is 90 days: new in both, on one day or two.
    assert (in_utc.stage, in_utc.purchase_days, in_utc.days_since_first) == (Stage.NEW, 1, 90)
    assert (in_shanghai.stage, in_shanghai.purchase_days) == (Stage.NEW, 2)
    assert in_shanghai.days_since_last == 89


@pytest.mark.parametrize("stage_name", ["prospect", "new", "active", "loyal", "at_risk", "churned"])
def test_stage_values_are_the_names_policies_match_on(stage_name: str) -> None:
    assert Stage(stage_name).value == stage_name
