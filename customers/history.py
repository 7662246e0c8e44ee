"""A customer's history as the value, lifecycle and alert rules read it: plain frozen records.

The database layer builds these from the `orders` and `contacts` tables; the rules never touch
the database. Amounts are in one currency: the rules add them up as given.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from decimal import Decimal

# Orders that count as purchases. A cancelled order never became one; a returned order
# (the table has no partial returns) was paid back in full, so it brought no value and does
# not count either. An unknown status does not count: the list names what does.
PURCHASE_STATUSES = frozenset({"placed", "shipped", "delivered", "late"})
LATE_STATUS = "late"


def require_aware(name: str, value: datetime | None) -> None:
    """ValueError for a naive datetime."""
    # A naive time would be read in the machine's zone and land on the wrong calendar day.
    if value is not None and value.tzinfo is None:
        raise ValueError(f"{name} must be timezone-aware, got {value!r}")


@dataclass(frozen=True)
class Purchase:
    """An order that counts as a purchase (see PURCHASE_STATUSES)."""

    at: datetime
    amount: Decimal

    def __post_init__(self) -> None:
        require_aware("Purchase.at", self.at)
        if not isinstance(self.amount, Decimal) or self.amount < 0:
            raise ValueError(f"Purchase.amount must be a Decimal of 0 or more: {self.amount!r}")


@dataclass(frozen=True)
class Order:
    """An order in any status; `purchases` keeps those that count."""

    ref: str
    ordered_at: datetime
    amount: Decimal
    status: str  # placed, shipped, delivered, late, returned, cancelled

    def __post_init__(self) -> None:
        require_aware("Order.ordered_at", self.ordered_at)

    @property
    def is_purchase(self) -> bool:
        return self.status in PURCHASE_STATUSES

    @property
    def is_late(self) -> bool:
        return self.status == LATE_STATUS


@dataclass(frozen=True)
class Complaint:
    """A contact flagged as a complaint; open while `resolved_at` is None."""

    ref: str
    opened_at: datetime
    resolved_at: datetime | None = None

    def __post_init__(self) -> None:
        require_aware("Complaint.opened_at", self.opened_at)
        require_aware("Complaint.resolved_at", self.resolved_at)

    @property
    def is_open(self) -> bool:
        return self.resolved_at is None


def purchases(orders: Iterable[Order]) -> list[Purchase]:
    """The orders that count as purchases, as purchases."""
    return [Purchase(order.ordered_at, order.amount) for order in orders if order.is_purchase]


def daily_totals(
    purchases: Iterable[Purchase], *, now: datetime, tz: tzinfo
) -> list[tuple[date, Decimal]]:
    """Spend per calendar day in `tz`, oldest first, for the days with a purchase up to `now`.

    A day is the purchase period of the value and lifecycle rules: two orders on one day are
    one purchase occasion. Purchases after `now` are left out, so a profile computed "as of" a
    past moment sees only what was known then.
    """
    require_aware("now", now)
    totals: dict[date, Decimal] = {}
    for purchase in purchases:
        if purchase.at > now:
            continue
        day = purchase.at.astimezone(tz).date()
        totals[day] = totals.get(day, Decimal(0)) + purchase.amount
    return sorted(totals.items())
