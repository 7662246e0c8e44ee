"""A demo customer's contacts with the service desk: when, through which channel, about what,
who answered, how it ended, and the satisfaction surveys that followed.
"""

import random
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from customers.demo_material import ENQUIRY, Case, Material, Product, Story, Weighted

# When people order and get in touch, by hour of their own day.
_HOURS = Weighted(
    [(0, 1), (7, 1), (8, 3), (9, 6), (10, 8), (11, 8), (12, 6), (13, 6), (14, 7), (15, 7),
     (16, 7), (17, 6), (18, 5), (19, 7), (20, 9), (21, 9), (22, 6), (23, 3)]
)  # fmt: skip
_UTC_OFFSET = {"zh": timedelta(hours=8), "en": timedelta(0)}  # Shanghai; London, roughly
# Satisfaction given at the end of a contact (1-5), and how often one is given.
_RATED = {"contact": 0.6, "resolved": 0.55, "open": 0.25}
_SATISFACTION = {
    "contact": Weighted([(5, 45), (4, 33), (3, 12), (2, 6), (1, 4)]),
    "resolved": Weighted([(5, 10), (4, 28), (3, 30), (2, 20), (1, 12)]),
    "open": Weighted([(1, 55), (2, 35), (3, 10)]),
}
DAY = 86_400
CSAT_ANSWERED = 0.25
ESCALATED = 0.5  # complaints a senior or a supervisor takes
FRAUD_CASES = ("lost_parcel", "payment_dispute")
PROMISED_DAYS = 3  # delivery is promised within three days of the order
# A space between a Chinese character and a Latin word: "收到的 Lumen 台灯".
_BEFORE_LATIN = re.compile(r"([\u4e00-\u9fff])(?=[A-Za-z])")


class Moment:
    """Turns "so many days ago" into a time of day at which the customer is awake."""

    def __init__(self, rng: random.Random, now: datetime, language: str) -> None:
        self.rng, self.now = rng, now
        self._now = int(now.timestamp())
        self._offset = int(_UTC_OFFSET.get(language, timedelta(0)).total_seconds())

    def at(self, days_ago: float) -> datetime:
        # In whole seconds since the epoch: this runs for every order and contact.
        local = self._now + self._offset - days_ago * DAY
        midnight = local - local % DAY
        seconds = _HOURS.pick(self.rng) * 3600 + int(self.rng.random() * 3600)
        moment = midnight + seconds - self._offset
        if moment > self._now:  # later today: a little while ago instead
            moment = self._now - 60 - int(self.rng.random() * 3 * 3600)
        return datetime.fromtimestamp(moment, UTC)

    def exact(self, days_ago: float) -> datetime:
        return (self.now - timedelta(days=days_ago)).replace(microsecond=0)


@dataclass(frozen=True)
class OrderFacts:
    """What a contact about an order needs to know of it."""

    ref: str
    days_ago: float
    products: tuple[Product, ...]
    amount: Decimal


@dataclass(eq=False)
class _Contact:
    days_ago: float
    at: datetime
    channel: str
    category: str
    summary: str
    outcome: str
    agent: str | None
    satisfaction: int | None
    complaint_state: str | None
    resolved_at: datetime | None


class Contacts:
    """The contacts of one customer, in the order they are made up (sorted when written)."""

    def __init__(
        self,
        rng: random.Random,
        moment: Moment,
        material: Material,
        language: str,
        complaint_factor: float,
    ) -> None:
        self.rng, self.moment, self.material = rng, moment, material
        self.language, self.complaint_factor = language, complaint_factor
        self.calm_since = 0.0  # no complaints in this many days before now
        self.items: list[_Contact] = []
        self.csat: list[tuple[datetime, str, int]] = []

    def order_story(self, *, fraud: bool) -> Story:
        stories = self.material.stories
        if fraud and self.rng.random() < 0.6:
            return stories[self.rng.choice(FRAUD_CASES)]
        return self.material.order_stories.pick(self.rng)

    def about_order(self, story: Story, order: OrderFacts) -> bool | None:
        """A contact some days after an order; whether it was a complaint. None when there
        is none: it is still to come, or the story does not fit what was bought."""
        delay = self.rng.uniform(*story.after_days)
        days_ago = order.days_ago - delay
        fit = self._fit(story, order.products)
        if days_ago < 0 or fit is None:
            return None
        complaint = self.rng.random() < story.complaint * self.complaint_factor
        late = max(1, int(delay) - PROMISED_DAYS)
        self._add(story, *fit, days_ago, complaint, order=order, days=late)
        return complaint

    def chase_late(self, order: OrderFacts) -> None:
        """The customer asks where an order is, now that it is late."""
        story = self.material.stories["late_delivery"]
        days_ago = self.rng.uniform(0.1, max(0.2, min(order.days_ago - 4, 3)))
        complaint = self.rng.random() < story.complaint * self.complaint_factor
        late = max(1, int(order.days_ago - days_ago) - PROMISED_DAYS)
        fit = self._fit(story, order.products)
        if fit is not None:
            self._add(story, *fit, days_ago, complaint, order=order, days=late)

    def complaint(self, days_ago: float, order: OrderFacts, *, still_open: bool) -> None:
        """A complaint about an order, of the kinds customers complain about most."""
        for _ in range(10):
            story = self.material.complaint_stories.pick(self.rng)
            fit = self._fit(story, order.products)
            if fit is not None:
                break
        else:
            story = self.material.stories["late_delivery"]  # fits any order
            fit = self._fit(story, order.products)
        if fit is not None:
            late = self.rng.randint(2, 9)
            self._add(
                story, *fit, days_ago, True, order=order, days=late,
                force_open=still_open, force_resolved=not still_open,
            )  # fmt: skip

    def enquiry(self, days_ago: float) -> None:
        story = self.material.stories[ENQUIRY]
        fit = self._fit(story, (self.rng.choice(self.material.catalogue),))
        if fit is not None:
            self._add(story, *fit, days_ago, False, order=None, days=0)

    def times(self) -> list[datetime]:
        return [contact.at for contact in self.items]

    def csat_feedback(self) -> None:
        """Surveys answered after contacts that are over."""
        rng = self.rng
        for contact in self.items:
            if contact.complaint_state == "open" or rng.random() >= CSAT_ANSWERED:
                continue
            after = contact.resolved_at or contact.at
            at = after + timedelta(hours=rng.uniform(2, 48))
            if at >= self.moment.now:
                continue
            kind = "contact" if contact.complaint_state is None else "resolved"
            score = contact.satisfaction or _SATISFACTION[kind].pick(rng)
            self.csat.append((at.replace(microsecond=0), "csat", score))

    def rows(self, customer: str) -> list[dict[str, object]]:
        self.items.sort(key=lambda contact: contact.at)
        return [
            {
                "ref": f"T-{customer}-{index:04d}",
                "at": contact.at,
                "channel": contact.channel,
                "category": contact.category,
                "summary": contact.summary,
                "outcome": contact.outcome,
                "agent": contact.agent,
                "satisfaction": contact.satisfaction,
                "complaint_state": contact.complaint_state,
                "resolved_at": contact.resolved_at,
            }
            for index, contact in enumerate(self.items, start=1)
        ]

    def _fit(self, story: Story, products: tuple[Product, ...]) -> tuple[Case, Product] | None:
        """A case of the story that fits what was bought ("arrived shattered" needs something
        fragile), with the item it is about."""
        options = []
        for case in story.cases:
            item = next((p for p in products if not case.needs or case.needs in p.traits), None)
            if item is not None:
                options.append((case, item))
        return self.rng.choice(options) if options else None

    def _add(
        self,
        story: Story,
        case: Case,
        item: Product,
        days_ago: float,
        complaint: bool,
        *,
        order: OrderFacts | None,
        days: int,
        force_open: bool = False,
        force_resolved: bool = False,
    ) -> None:
        rng, language, now = self.rng, self.language, self.moment.now
        complaint = complaint and days_ago >= self.calm_since
        at = self.moment.at(days_ago)
        state, resolved_at, outcomes = None, None, case.outcomes
        if complaint:
            resolved_at = at + timedelta(hours=rng.uniform(2, 144))
            if force_resolved and resolved_at >= now:
                resolved_at = at + (now - at) / 2
            if force_open or resolved_at >= now:
                state, resolved_at, outcomes = "open", None, story.open_outcomes
            else:
                state = "resolved"
        kind = "open" if state == "open" else "resolved" if state else "contact"
        rated = rng.random() < _RATED[kind]
        staff = self.material.staff_on(
            language, at.date(), escalation=complaint and rng.random() < ESCALATED
        ) or self.material.staff_on(language, at.date())
        values = {
            "order": order.ref if order else "",
            "amount": order.amount if order else "",
            "item": item.name.get(language),
            "days": days,
        }
        self.items.append(
            _Contact(
                days_ago=days_ago,
                at=at,
                channel=self.material.channels[language].pick(rng),
                category=story.category,
                summary=_spaced(case.summary.get(language).format(**values)),
                outcome=_spaced(rng.choice(outcomes).get(language).format(**values)),
                agent=rng.choice(staff) if staff else None,
                satisfaction=_SATISFACTION[kind].pick(rng) if rated else None,
                complaint_state=state,
                resolved_at=resolved_at.replace(microsecond=0) if resolved_at else None,
            )
        )


def _spaced(text: str) -> str:
    return _BEFORE_LATIN.sub(r"\1 ", text)
