"""The demo customers of Lumen & Co. and their histories, generated deterministically.

Customer C{n} depends only on (seed, n, now): each has its own random generator, so any
range of customers can be generated alone, in any order, and a load that skips customers
already present still writes exactly the rows a full load would. Nothing is kept between
customers: `generate_customers` streams them one by one.

What each kind of customer looks like, and in what share, is in customers/demo_archetypes.py;
the texts, names and products are in resources/demo/.
"""

import json
import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from functools import cached_property
from typing import Any

from customers.demo_archetypes import PROFILES, SHOWCASE, Archetype, archetype_of
from customers.demo_material import Material, Product
from customers.demo_people import make_person
from customers.demo_stories import PROMISED_DAYS, Contacts, Moment, OrderFacts

DEMO_SEED = 20261125
CURRENCY = "CNY"
LATE_SHARE = 0.05  # of orders in the days after their promised delivery, still not there
RETURNED, CANCELLED = 0.03, 0.03
# Tiers follow spend in the 12 months up to the customer's last order, kept for half a year
# after it; after that, in the last 12 months (a dormant customer drops to standard).
TIERS = ((20_000_00, "platinum"), (8_000_00, "gold"), (3_000_00, "silver"))
TIER_GRACE_DAYS = 180
LINES = ((1, 0.55), (2, 0.85), (3, 0.97), (4, 1.0))  # items per order, cumulative shares
_QUANTITIES = (1, 1, 1, 2, 3)  # of an everyday item
# C1001's order that is late right now: the worked example of docs/policy-format.md
# (CNY 640, bought 9 days ago, 6 days late).
SHOWCASE_LATE_ORDER = (("Lumen wool scarf", 1), ("Scented candle", 4), ("Wool socks", 1))
SHOWCASE_LATE_DAYS = 9

Row = dict[str, object]


@dataclass
class DemoCustomer:
    """One customer's rows, ready to insert (without database ids)."""

    number: int
    archetype: Archetype
    customer: Row
    phones: list[Row] = field(default_factory=list)
    emails: list[Row] = field(default_factory=list)
    orders: list[Row] = field(default_factory=list)
    contacts: list[Row] = field(default_factory=list)
    feedback: list[Row] = field(default_factory=list)

    @property
    def ref(self) -> str:
        return customer_ref(self.number)

    @property
    def events(self) -> int:
        """History events: orders, contacts and feedback."""
        return len(self.orders) + len(self.contacts) + len(self.feedback)


def customer_ref(number: int) -> str:
    return f"C{number}"


def generate_customers(
    numbers: Iterable[int], *, now: datetime, material: Material, seed: int = DEMO_SEED
) -> Iterator[DemoCustomer]:
    for number in numbers:
        yield demo_customer(number, now=now, material=material, seed=seed)


def demo_customer(
    number: int, *, now: datetime, material: Material, seed: int = DEMO_SEED
) -> DemoCustomer:
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    rng = random.Random((seed << 40) + number)
    kind = archetype_of(number, seed)
    language = SHOWCASE[number][1] if number in SHOWCASE else None
    person = make_person(rng, number, material, language)
    moment = Moment(rng, now.astimezone(UTC), person.language)
    history = _History(rng, moment, material, language=person.language, kind=kind, number=number)
    history.build()
    ref = customer_ref(number)
    return DemoCustomer(
        number,
        kind,
        {
            "ref": ref,
            "name": person.name,
            "name_key": person.keys.name,
            "pinyin_key": person.keys.pinyin,
            "initials_key": person.keys.initials,
            "language": person.language,
            "tier": history.tier,
            "tags": json.dumps(history.tags(person.language), ensure_ascii=False),
            "created_at": history.created_at(),
        },
        phones=[
            {"digits": digits, "last4": digits[-4:], "shown": shown}
            for shown, digits in person.phones
        ],
        emails=[{"email": email} for email in person.emails],
        orders=history.order_rows(ref),
        contacts=history.contacts.rows(ref),
        feedback=history.feedback_rows(ref),
    )


@dataclass(eq=False)
class _Order:
    days_ago: float
    at: datetime
    cents: int
    status: str
    items: str
    products: tuple[Product, ...]
    complained: bool = False
    number: int = 0  # oldest first, from 1


class _History:
    """One customer's orders, contacts and feedback, built in that order."""

    def __init__(
        self,
        rng: random.Random,
        moment: Moment,
        material: Material,
        *,
        language: str,
        kind: Archetype,
        number: int,
    ) -> None:
        self.rng, self.moment, self.material = rng, moment, material
        self.language, self.kind, self.number = language, kind, number
        self.profile = PROFILES[kind]
        self.showcase_late = number == min(SHOWCASE)
        self.orders: list[_Order] = []
        self.contacts = Contacts(rng, moment, material, language, self.profile.complaint_factor)
        self.nps: list[tuple[datetime, int]] = []
        self.joined: datetime | None = None

    def build(self) -> None:
        days = self._order_days()
        self.orders = [self._order(days_ago) for days_ago in days]
        if self.showcase_late:
            self._showcase_late_order()
        self.orders.sort(key=lambda order: order.at)  # two on one day may swap
        for number, order in enumerate(self.orders, start=1):
            order.number = number
        for order in self.orders:
            self._after_order(order)
        if self.kind is Archetype.COMPLAINER:
            self._recent_complaints()
        self._enquiries()
        self.contacts.csat_feedback()
        first = min([order.at for order in self.orders] + self.contacts.times(), default=None)
        if first is None:  # a prospect who signed up and never got in touch
            first = self.moment.exact(self.rng.uniform(5, 400))
        self.joined = first - timedelta(days=self.rng.uniform(0, 20))

    # Orders --------------------------------------------------------------------------------

    def _order_days(self) -> list[float]:
        """When this customer ordered, in days before now, oldest first."""
        rng, profile = self.rng, self.profile
        if self.kind is Archetype.PROSPECT:
            return []
        tenure = rng.uniform(*profile.tenure_days)
        if self.kind is Archetype.NEW:
            second = [rng.uniform(0.2, tenure - 1)] if tenure > 2 and rng.random() < 0.35 else []
            return [tenure, *second]
        interval = rng.uniform(*profile.interval_days)
        quiet = rng.uniform(*profile.quiet_days) + interval * rng.uniform(*profile.quiet_intervals)
        tenure = max(tenure, quiet + 2 * interval)
        shape = 1 / (profile.spread * profile.spread)
        days, day = [], tenure
        while day >= quiet:
            days.append(day)
            day -= rng.gammavariate(shape, interval / shape)
        if self.kind is Archetype.COMPLAINER:  # enough recent orders to complain about
            days = [day for day in days if day > 100] + sorted(
                [*(day for day in days if day <= 100), rng.uniform(70, 100), rng.uniform(25, 60)],
                reverse=True,
            )
        return days

    def _order(self, days_ago: float) -> _Order:
        rng = self.rng
        basket = self._basket()
        if days_ago < 1:
            status = "placed"
        elif days_ago < PROMISED_DAYS:
            status = "shipped" if rng.random() < 0.8 else "placed"
        elif days_ago < 20 and rng.random() < LATE_SHARE:
            status = "late"
        else:
            draw = rng.random()
            status = (
                "returned" if draw < RETURNED else "cancelled" if draw < RETURNED + CANCELLED
                else "delivered"
            )  # fmt: skip
        lines, cents = basket
        return _Order(days_ago, self.moment.at(days_ago), cents, status, *self._summary(lines))

    def _basket(self) -> tuple[list[tuple[Product, int]], int]:
        # random() * len instead of choice(): this runs for every one of millions of orders.
        random, products = self.rng.random, self.material.products
        everyday, mid, _ = self.profile.bands
        draw = random()
        count = next(lines for lines, share in LINES if draw < share)
        chosen: dict[int, list[Any]] = {}  # id(product): [product, quantity]
        cents = 0
        for _ in range(count):
            band = random()
            pool = products[
                "everyday" if band < everyday else "mid" if band < everyday + mid else "premium"
            ]
            product = pool[int(random() * len(pool))]
            quantity = _QUANTITIES[int(random() * 5)] if product.band == "everyday" else 1
            chosen.setdefault(id(product), [product, 0])[1] += quantity
            cents += product.cents * quantity
        return [(product, quantity) for product, quantity in chosen.values()], cents

    def _summary(self, lines: list[tuple[Product, int]]) -> tuple[str, tuple[Product, ...]]:
        names = [f"{product.name.get(self.language)} ×{quantity}" for product, quantity in lines]
        separator = "、" if self.language == "zh" else ", "
        return separator.join(names), tuple(product for product, _ in lines)

    def _showcase_late_order(self) -> None:
        """C1001: nothing since the order that is late now, which the customer has chased."""
        catalogue = {p.name.en: p for band in self.material.products.values() for p in band}
        lines = [(catalogue[name], quantity) for name, quantity in SHOWCASE_LATE_ORDER]
        cents = sum(catalogue[name].cents * quantity for name, quantity in SHOWCASE_LATE_ORDER)
        self.orders = [order for order in self.orders if order.days_ago > SHOWCASE_LATE_DAYS + 5]
        for order in self.orders:
            if order.status == "late":
                order.status = "delivered"
        days = float(SHOWCASE_LATE_DAYS)  # nine calendar days ago, in Shanghai
        self.orders.append(_Order(days, self.moment.at(days), cents, "late", *self._summary(lines)))
        self.contacts.calm_since = 90  # no complaint in the last 90 days

    # What follows an order -------------------------------------------------------------------

    def _after_order(self, order: _Order) -> None:
        rng, profile = self.rng, self.profile
        if order.status == "late" and (self.showcase_late or rng.random() < 0.6):
            self.contacts.chase_late(self._facts(order))
        elif order.status != "cancelled" and rng.random() < profile.contact_rate:
            story = self.contacts.order_story(fraud=self.kind is Archetype.FRAUD_REVIEW)
            outcome = self.contacts.about_order(story, self._facts(order))
            if outcome is not None:
                order.complained = outcome
                if story.category in ("damaged_item", "wrong_item", "lost_parcel") and (
                    order.status == "delivered" and rng.random() < 0.5
                ):
                    order.status = "returned"
        if order.status == "delivered" and rng.random() < profile.feedback_rate:
            self._nps(order)

    def _nps(self, order: _Order) -> None:
        rng = self.rng
        days = order.days_ago - rng.uniform(5, 14)
        if days < 0:
            return
        mean = self.profile.nps_mean - (4 if order.complained else 0)
        if self.kind is Archetype.AT_RISK_KEY and order is self.orders[-1]:
            mean -= 4  # the last order before they went quiet disappointed
        score = max(0, min(10, round(rng.gauss(mean, 1.3))))
        self.nps.append((self.moment.at(days), score))

    def _recent_complaints(self) -> None:
        """Two to four complaints in the last 90 days about recent orders; the latest is open."""
        rng = self.rng
        count = rng.choice((2, 2, 3, 3, 4))
        days = sorted((rng.uniform(1, 88) for _ in range(count - 1)), reverse=True)
        for number, days_ago in enumerate([*days, rng.uniform(0.3, 12)]):
            order = next(
                (o for o in reversed(self.orders) if o.days_ago > days_ago + 2), self.orders[0]
            )
            self.contacts.complaint(days_ago, self._facts(order), still_open=number == count - 1)
            order.complained = True

    def _enquiries(self) -> None:
        rng = self.rng
        if self.kind is Archetype.PROSPECT:
            count = rng.choice((0, 1, 1, 2, 3))
            span = rng.uniform(10, 400)
        else:
            span = self.orders[0].days_ago if self.orders else 0
            count = int(span / 365 * 0.4 + rng.random())
        for _ in range(count):
            self.contacts.enquiry(rng.uniform(0.1, span))

    # The customer row ----------------------------------------------------------------------

    @cached_property
    def tier(self) -> str:
        if self.kind is Archetype.FRAUD_REVIEW:
            return "under_review"
        if self.showcase_late:
            return "gold"
        last = min((order.days_ago for order in self.orders), default=0.0)
        review = last if last <= TIER_GRACE_DAYS else 0.0
        spend = sum(
            order.cents
            for order in self.orders
            if review <= order.days_ago < review + 365 and order.status != "cancelled"
        )
        return next((tier for floor, tier in TIERS if spend >= floor), "standard")

    def tags(self, language: str) -> list[str]:
        rng, tags = self.rng, []
        if self.tier == "platinum":
            tags.append("vip")
        if language == "zh" and rng.random() < 0.4:
            tags.append("wechat")
        if language == "en" and rng.random() < 0.3:
            tags.append("prefers_email")
        if rng.random() < 0.1:
            tags.append("gift_buyer")
        if rng.random() < 0.03:
            tags.append("corporate")
        if sum(order.status == "returned" for order in self.orders) >= 3:
            tags.append("frequent_returns")
        if self.kind is Archetype.FRAUD_REVIEW:
            tags.append("fraud_review")
        return tags

    def created_at(self) -> datetime:
        if self.joined is None:
            raise RuntimeError("build() first")
        return self.joined.replace(microsecond=0)

    def order_rows(self, customer: str) -> list[Row]:
        return [
            {
                "ref": self._ref_of(order, customer),
                "ordered_at": order.at,
                "amount": _money(order.cents),
                "currency": CURRENCY,
                "status": order.status,
                "items": order.items,
            }
            for order in self.orders
        ]

    def feedback_rows(self, customer: str) -> list[Row]:
        answers = [(at, "nps", score) for at, score in self.nps] + self.contacts.csat
        answers.sort(key=lambda answer: answer[0])
        return [
            {
                "ref": f"F-{customer}-{index:04d}",
                "at": at,
                "kind": kind,
                "score": score,
                "comment": self._comment(kind, score),
            }
            for index, (at, kind, score) in enumerate(answers, start=1)
        ]

    def _comment(self, kind: str, score: int) -> str:
        if self.rng.random() < 0.45:
            return ""
        if kind == "nps":
            mood = "promoter" if score >= 9 else "passive" if score >= 7 else "detractor"
        else:
            mood = "good" if score >= 4 else "neutral" if score == 3 else "bad"
        return self.rng.choice(self.material.feedback[f"{kind}.{mood}"]).get(self.language)

    def _ref_of(self, order: _Order, customer: str | None = None) -> str:
        return f"O-{customer or customer_ref(self.number)}-{order.number:04d}"

    def _facts(self, order: _Order) -> OrderFacts:
        return OrderFacts(self._ref_of(order), order.days_ago, order.products, _money(order.cents))


def _money(cents: int) -> Decimal:
    return Decimal(cents).scaleb(-2)
