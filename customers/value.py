"""What a customer is worth: recency, frequency and monetary value, RFM scores and a segment.

Recency, frequency, customer age (T) and monetary value follow the convention of
customer-lifetime-value work (Fader, Hardie and Lee 2005; the `lifetimes` library's
`summary_data_from_transaction_data`), with the calendar day as the purchase period. The
definitions, the scoring and a worked example are in docs/customer-value.md.
"""

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum
from typing import TypeVar

from customers.history import Purchase, daily_totals, require_aware

CENT = Decimal("0.01")
QUINTILES = 5

_N = TypeVar("_N", int, Decimal)


def money(amount: Decimal) -> Decimal:
    """Two places, half up, as amounts are shown to people."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class ValueFigures:
    """One customer's figures as of a day; all zero for a customer with no purchase."""

    as_of: date  # today in the time zone the figures were computed in
    orders: int  # purchases (orders that count), not days
    total_spend: Decimal
    average_order_value: Decimal  # total_spend / orders, to the cent
    first_purchase: date | None
    last_purchase: date | None
    frequency: int  # repeat purchase days: days with a purchase, minus one
    recency: int  # days from the first purchase day to the last (the customer's age then)
    age: int  # days from the first purchase day to as_of ("T")
    monetary: Decimal  # mean spend of the repeat purchase days, first day left out

    @property
    def has_purchases(self) -> bool:
        return self.orders > 0

    @property
    def days_since_last_purchase(self) -> int | None:
        """What the R score ranks: as_of minus the last purchase day, i.e. age - recency."""
        return self.age - self.recency if self.has_purchases else None


def value_figures(purchases: Iterable[Purchase], *, now: datetime, tz: tzinfo) -> ValueFigures:
    """The figures of one customer's purchases, with days as calendar days in `tz`."""
    require_aware("now", now)
    today = now.astimezone(tz).date()
    kept = [purchase for purchase in purchases if purchase.at <= now]
    days = daily_totals(kept, now=now, tz=tz)
    if not days:
        zero = money(Decimal(0))
        return ValueFigures(today, 0, zero, zero, None, None, 0, 0, 0, zero)
    total = sum((purchase.amount for purchase in kept), Decimal(0))
    first, last = days[0][0], days[-1][0]
    repeats = [amount for _, amount in days[1:]]
    monetary = sum(repeats, Decimal(0)) / len(repeats) if repeats else Decimal(0)
    return ValueFigures(
        as_of=today,
        orders=len(kept),
        total_spend=money(total),
        average_order_value=money(total / len(kept)),
        first_purchase=first,
        last_purchase=last,
        frequency=len(repeats),
        recency=(last - first).days,
        age=(today - first).days,
        monetary=money(monetary),
    )


@dataclass(frozen=True)
class ValueCuts:
    """Quintile cut points across all customers with a purchase (table customer_value_cuts).

    Each tuple holds four non-decreasing values: the largest value of the first, second, third
    and fourth fifth of the customers in ascending order of that figure.
    """

    customers: int
    days_since_last_purchase: tuple[int, int, int, int]
    frequency: tuple[int, int, int, int]
    total_spend: tuple[Decimal, Decimal, Decimal, Decimal]

    def to_dict(self) -> dict[str, object]:
        """JSON-able; amounts as strings so they stay exact."""
        return {
            "customers": self.customers,
            "days_since_last_purchase": list(self.days_since_last_purchase),
            "frequency": list(self.frequency),
            "total_spend": [str(amount) for amount in self.total_spend],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> "ValueCuts":
        """Back from `to_dict`'s form; ValueError if anything is missing or malformed."""
        try:
            customers = data["customers"]
            if not isinstance(customers, int) or isinstance(customers, bool) or customers < 1:
                raise ValueError(f"customers: expected a positive whole number: {customers!r}")
            return cls(
                customers,
                _four(data["days_since_last_purchase"], _whole),
                _four(data["frequency"], _whole),
                _four(data["total_spend"], _amount),
            )
        except KeyError as exc:
            raise ValueError(f"value cuts lack {exc.args[0]!r}") from None


def _whole(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"expected a whole number, got {value!r}")
    return value


def _amount(value: object) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ValueError(f'expected an amount such as "12.50", got {value!r}')
    try:
        amount = Decimal(value)
    except InvalidOperation:
        raise ValueError(f"not an amount: {value!r}") from None
    if not amount.is_finite():
        raise ValueError(f"not an amount: {value!r}")
    return amount


def _four(values: object, parse: Callable[[object], _N]) -> tuple[_N, _N, _N, _N]:
    if not isinstance(values, list) or len(values) != QUINTILES - 1:
        raise ValueError(f"expected a list of {QUINTILES - 1} cut points, got {values!r}")
    a, b, c, d = (parse(value) for value in values)
    if not a <= b <= c <= d:
        raise ValueError(f"cut points must not decrease: {values!r}")
    return a, b, c, d


def _cut_points(values: Sequence[_N]) -> tuple[_N, _N, _N, _N]:
    """Nearest-rank quintiles of sorted values: the k-th cut is the smallest value with at
    least k/5 of all values at or below it, i.e. values[ceil(k * n / 5) - 1]."""
    n = len(values)
    a, b, c, d = (values[-(-k * n // QUINTILES) - 1] for k in range(1, QUINTILES))
    return a, b, c, d


def compute_cuts(figures: Iterable[ValueFigures]) -> ValueCuts | None:
    """Cut points from every customer's figures; None when no customer has a purchase yet.

    Customers without a purchase (prospects) are left out: they have nothing to rank.
    """
    days: list[int] = []
    frequency: list[int] = []
    spend: list[Decimal] = []
    for customer in figures:
        since = customer.days_since_last_purchase
        if since is None:
            continue
        days.append(since)
        frequency.append(customer.frequency)
        spend.append(customer.total_spend)
    if not days:
        return None
    return ValueCuts(
        customers=len(days),
        days_since_last_purchase=_cut_points(sorted(days)),
        frequency=_cut_points(sorted(frequency)),
        total_spend=_cut_points(sorted(spend)),
    )


def _quintile(value: _N, cuts: tuple[_N, _N, _N, _N]) -> int:
    """1 to 5 in ascending order of the figure; a value equal to a cut point stays below it."""
    return 1 + sum(1 for cut in cuts if value > cut)


@dataclass(frozen=True)
class RFMScore:
    """Scores 1 (worst fifth) to 5 (best fifth) against the cuts."""

    recency: int  # on days since the last purchase: fewer days, higher score
    frequency: int  # on frequency (repeat purchase days)
    monetary: int  # on total spend

    def __str__(self) -> str:
        return f"R{self.recency} F{self.frequency} M{self.monetary}"


def score(figures: ValueFigures, cuts: ValueCuts) -> RFMScore | None:
    """One customer's scores; None for a customer with no purchase."""
    since = figures.days_since_last_purchase
    if since is None:
        return None
    return RFMScore(
        recency=QUINTILES + 1 - _quintile(since, cuts.days_since_last_purchase),
        frequency=_quintile(figures.frequency, cuts.frequency),
        monetary=_quintile(figures.total_spend, cuts.total_spend),
    )


class Segment(StrEnum):
    KEY = "key"  # buys often and has spent a lot: the relationships most worth protecting
    GROWTH = "growth"  # bought recently but is not (yet) key: worth developing
    STANDARD = "standard"  # everyone in between
    LOW = "low"  # not recent, rare and small
    PROSPECT = "prospect"  # no purchase yet


KEY_MIN_FREQUENCY = 4
KEY_MIN_MONETARY = 4
GROWTH_MIN_RECENCY = 4
LOW_MAX_FREQUENCY = 2
LOW_MAX_MONETARY = 2


def segment(rfm: RFMScore | None) -> Segment:
    """The value segment from the scores, first rule that applies; None is a prospect.

    Key ignores recency on purpose: a valuable customer who has gone quiet is still key, and
    the lifecycle stage says that they are slipping (the at-risk key customer alert).
    """
    if rfm is None:
        return Segment.PROSPECT
    if rfm.frequency >= KEY_MIN_FREQUENCY and rfm.monetary >= KEY_MIN_MONETARY:
        return Segment.KEY
    if rfm.recency >= GROWTH_MIN_RECENCY:
        return Segment.GROWTH
    if rfm.frequency <= LOW_MAX_FREQUENCY and rfm.monetary <= LOW_MAX_MONETARY:
        return Segment.LOW
    return Segment.STANDARD
