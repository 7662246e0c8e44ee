"""Where a relationship stands, judged against the customer's own purchase rhythm.

A customer who buys every week and has been silent for a month is slipping; one who buys
twice a year and has been silent for a month is on time. So "overdue" is measured in
multiples of the customer's median gap between purchase days, within floors and ceilings.
The rules and their reasoning are in docs/customer-value.md.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from decimal import ROUND_CEILING, Decimal
from enum import StrEnum
from itertools import pairwise

from customers.history import Purchase, daily_totals


class Stage(StrEnum):
    PROSPECT = "prospect"  # no purchase yet
    NEW = "new"  # first purchase recent, few purchases: too early to know a rhythm
    ACTIVE = "active"  # buying within their rhythm
    LOYAL = "loyal"  # sustained repeat buying, still within their rhythm
    AT_RISK = "at_risk"  # overdue against their own rhythm
    CHURNED = "churned"  # far beyond their rhythm, or silent longer than anyone returns from


@dataclass(frozen=True)
class LifecycleRules:
    """The thresholds, in days (calendar days in the caller's time zone) unless said."""

    # New: the first purchase day at most this many days ago, and at most this many days
    # with a purchase.
    new_days: int = 90
    new_max_purchase_days: int = 2
    # A rhythm is the median gap between purchase days, taken as the customer's own from
    # this many gaps on. With fewer, one gap says little (two orders in the first week are
    # not a weekly habit): a single gap counts only where it is longer than the default, and
    # a customer with one purchase day gets the default.
    min_gaps_for_rhythm: int = 2
    default_rhythm_days: int = 90
    # At risk: silent for more than at_risk_factor x rhythm, kept within the floor and
    # ceiling: nobody is at risk after under a month (holidays happen), and anyone silent
    # for over a year is, whatever their rhythm.
    at_risk_factor: Decimal = Decimal(2)
    at_risk_min_days: int = 30
    at_risk_max_days: int = 365
    # Churned: silent for more than churned_factor x rhythm, within the floor and the
    # absolute limit (two years without a purchase is churned for anyone).
    churned_factor: Decimal = Decimal(4)
    churned_min_days: int = 90
    churned_max_days: int = 730
    # Loyal: at least this many repeat purchase days, spread over at least this many days
    # from the first purchase day to the last, and not overdue.
    loyal_min_repeats: int = 4
    loyal_min_span_days: int = 180


RULES = LifecycleRules()


@dataclass(frozen=True)
class Lifecycle:
    """A stage with the numbers behind it, so the panel can say why."""

    stage: Stage
    purchase_days: int
    days_since_first: int | None
    days_since_last: int | None
    # The rhythm used: the median gap; the default for one purchase day; the longer of the
    # two while there are fewer gaps than min_gaps_for_rhythm.
    rhythm_days: Decimal | None
    at_risk_after: int | None  # at risk once days_since_last is greater than this
    churned_after: int | None  # churned once days_since_last is greater than this


def lifecycle(
    purchases: Iterable[Purchase], *, now: datetime, tz: tzinfo, rules: LifecycleRules = RULES
) -> Lifecycle:
    """The lifecycle stage of one customer as of `now`, days counted in `tz`."""
    days = [day for day, _ in daily_totals(purchases, now=now, tz=tz)]
    return stage_of_days(days, today=now.astimezone(tz).date(), rules=rules)


def stage_of_days(days: Sequence[date], *, today: date, rules: LifecycleRules = RULES) -> Lifecycle:
    """The stage from the sorted, distinct purchase days up to today; rules in order."""
    if not days:
        return Lifecycle(Stage.PROSPECT, 0, None, None, None, None, None)
    since_first = (today - days[0]).days
    since_last = (today - days[-1]).days
    rhythm = _rhythm(days, rules)
    at_risk_after = _limit(
        rhythm, rules.at_risk_factor, rules.at_risk_min_days, rules.at_risk_max_days
    )
    churned_after = _limit(
        rhythm, rules.churned_factor, rules.churned_min_days, rules.churned_max_days
    )
    if since_first <= rules.new_days and len(days) <= rules.new_max_purchase_days:
        stage = Stage.NEW
    elif since_last > churned_after:
        stage = Stage.CHURNED
    elif since_last > at_risk_after:
        stage = Stage.AT_RISK
    elif (
        len(days) - 1 >= rules.loyal_min_repeats
        and (days[-1] - days[0]).days >= rules.loyal_min_span_days
    ):
        stage = Stage.LOYAL
    else:
        stage = Stage.ACTIVE
    return Lifecycle(
        stage, len(days), since_first, since_last, rhythm, at_risk_after, churned_after
    )


def _rhythm(days: Sequence[date], rules: LifecycleRules) -> Decimal:
    gaps = sorted((later - earlier).days for earlier, later in pairwise(days))
    default = Decimal(rules.default_rhythm_days)
    if not gaps:
        return default
    middle = len(gaps) // 2
    median = (
        Decimal(gaps[middle]) if len(gaps) % 2 else Decimal(gaps[middle - 1] + gaps[middle]) / 2
    )
    if len(gaps) < rules.min_gaps_for_rhythm:
        return max(median, default)
    return median


def _limit(rhythm: Decimal, factor: Decimal, floor: int, ceiling: int) -> int:
    """factor x rhythm in whole days (rounded up, in the customer's favour), clamped."""
    days = int((factor * rhythm).to_integral_value(rounding=ROUND_CEILING))
    return min(max(days, floor), ceiling)
