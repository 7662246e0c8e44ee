"""The kinds of customer the demo is made of, in fixed proportions, and how each one buys.

Every block of 100 consecutive demo customers (C1001–C1100, C1101–C1200, ...) holds each
kind in exactly its share, in an order shuffled per block, so a demo of any size has the mix
below and even the default few hundred show every kind. The first customers are fixed
showcases that demos and documentation can name.
"""

import random
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

FIRST_NUMBER = 1001  # C1001 is the first demo customer
BLOCK = 100


class Archetype(StrEnum):
    LOYAL = "loyal"  # high spenders buying on a steady rhythm for years
    REGULAR = "regular"  # steady buyers of moderate baskets
    OCCASIONAL = "occasional"  # a few orders a year at most, irregularly
    NEW = "new"  # one or two orders, recently
    COMPLAINER = "complainer"  # two to four complaints in the last 90 days, one still open
    DORMANT = "dormant"  # last order more than a year ago: churned
    AT_RISK_KEY = "at_risk_key"  # big spenders who stopped, several of their rhythms ago
    PROSPECT = "prospect"  # asked questions, never ordered
    FRAUD_REVIEW = "fraud_review"  # tier under_review while fraud checks run


@dataclass(frozen=True)
class Profile:
    """How one kind of customer buys and gets in touch; ranges are drawn per customer."""

    share: int  # customers in every block of 100
    tenure_days: tuple[float, float]  # the first order, days before now
    interval_days: tuple[float, float]  # the customer's own typical gap between orders
    spread: float  # how irregular the gaps are (their coefficient of variation)
    quiet_days: tuple[float, float] = (0, 0)  # days since the last order
    quiet_intervals: tuple[float, float] = (0, 0)  # the same, in the customer's own gaps
    bands: tuple[float, float, float] = (0.45, 0.45, 0.10)  # everyday, mid, premium
    contact_rate: float = 0.12  # contacts per order
    complaint_factor: float = 1.0  # times the category's usual share of complaints
    nps_mean: float = 8.0
    feedback_rate: float = 0.08  # NPS surveys answered per order


PROFILES: dict[Archetype, Profile] = {
    Archetype.LOYAL: Profile(
        14, (900, 2900), (20, 40), 0.3, bands=(0.25, 0.45, 0.30),
        contact_rate=0.05, complaint_factor=0.6, nps_mean=9.2, feedback_rate=0.05,
    ),
    Archetype.REGULAR: Profile(
        14, (365, 1800), (35, 80), 0.45, contact_rate=0.1, nps_mean=8.3
    ),
    Archetype.OCCASIONAL: Profile(
        20, (200, 2200), (90, 240), 0.7, bands=(0.55, 0.40, 0.05), nps_mean=7.6
    ),
    Archetype.NEW: Profile(12, (3, 75), (10, 60), 0.5, nps_mean=8.4, feedback_rate=0.3),
    Archetype.COMPLAINER: Profile(
        8, (300, 1500), (20, 45), 0.5, bands=(0.35, 0.50, 0.15),
        contact_rate=0.1, complaint_factor=1.5, nps_mean=4.5, feedback_rate=0.1,
    ),
    Archetype.DORMANT: Profile(
        14, (800, 2900), (60, 200), 0.6, quiet_days=(400, 1500), nps_mean=6.8,
        complaint_factor=1.3,
    ),
    Archetype.AT_RISK_KEY: Profile(
        5, (900, 2500), (20, 45), 0.3, quiet_intervals=(3, 5), bands=(0.20, 0.45, 0.35),
        contact_rate=0.05, complaint_factor=1.3, nps_mean=8.6, feedback_rate=0.05,
    ),
    Archetype.PROSPECT: Profile(12, (0, 0), (0, 0), 0),
    Archetype.FRAUD_REVIEW: Profile(
        1, (60, 400), (7, 20), 0.4, bands=(0.10, 0.40, 0.50), contact_rate=0.4,
        complaint_factor=1.5, feedback_rate=0.0,
    ),
}  # fmt: skip

# Fixed customers at the head of the demo: (kind, language).
SHOWCASE: dict[int, tuple[Archetype, str]] = {
    1001: (Archetype.LOYAL, "zh"),  # gold, a late order right now (docs/policy-format.md)
    1002: (Archetype.COMPLAINER, "zh"),
    1003: (Archetype.NEW, "en"),
    1004: (Archetype.AT_RISK_KEY, "zh"),
    1005: (Archetype.LOYAL, "en"),
    1006: (Archetype.DORMANT, "zh"),
    1007: (Archetype.PROSPECT, "en"),
    1008: (Archetype.COMPLAINER, "en"),
    1009: (Archetype.FRAUD_REVIEW, "zh"),
}


def archetype_of(number: int, seed: int) -> Archetype:
    """The kind of demo customer number `number` (1001 for C1001) is."""
    if number < FIRST_NUMBER:
        raise ValueError(f"demo customers start at C{FIRST_NUMBER}, not C{number}")
    block, position = divmod(number - FIRST_NUMBER, BLOCK)
    return _deck(seed, block)[position]


@lru_cache(maxsize=16)
def _deck(seed: int, block: int) -> tuple[Archetype, ...]:
    deck = [kind for kind, profile in PROFILES.items() for _ in range(profile.share)]
    random.Random(seed * 1_000_003 + block).shuffle(deck)
    if block == 0:  # swap each showcase's kind into its place; the counts stay exact
        fixed = {number - FIRST_NUMBER: kind for number, (kind, _) in SHOWCASE.items()}
        for position, kind in fixed.items():
            if deck[position] == kind:
                continue
            other = next(
                index for index, card in enumerate(deck) if card == kind and index not in fixed
            )
            deck[position], deck[other] = deck[other], deck[position]
    return tuple(deck)


def _check_shares() -> None:
    total = sum(profile.share for profile in PROFILES.values())
    if total != BLOCK:
        raise AssertionError(f"archetype shares add up to {total}, not {BLOCK}")


_check_shares()
