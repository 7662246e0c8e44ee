"""The demo generator's raw material, read once from `resources/demo/`: name pools, the
product catalogue, contact stories, survey comments and the demo staff who answer contacts.
"""

import bisect
import random
import tomllib
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from importlib.resources.abc import Traversable
from itertools import accumulate
from typing import Any, Generic, TypeVar

T = TypeVar("T")
ANSWERING_ROLES = ("agent", "senior", "supervisor")
ESCALATION_ROLES = ("senior", "supervisor")
ENQUIRY = "enquiry"  # the one category of contact that is about no order


class Weighted(Generic[T]):
    """A fixed set of choices with weights, drawn in O(log n) per pick."""

    def __init__(self, pairs: list[tuple[T, float]]) -> None:
        self.values = [value for value, _ in pairs]
        self._cumulative = list(accumulate(weight for _, weight in pairs))
        self._total = self._cumulative[-1]

    def pick(self, rng: random.Random) -> T:
        return self.values[bisect.bisect_right(self._cumulative, rng.random() * self._total)]


@dataclass(frozen=True)
class Text:
    """The same sentence in both demo languages."""

    zh: str
    en: str

    def get(self, language: str) -> str:
        return self.zh if language == "zh" else self.en


@dataclass(frozen=True)
class Product:
    name: Text
    price: Decimal
    cents: int
    band: str  # everyday, mid, premium
    traits: frozenset[str]  # fragile, hard, repairable, sized: which stories fit it


@dataclass(frozen=True)
class Case:
    """What a contact was about, and the ways such a contact can end."""

    summary: Text
    outcomes: tuple[Text, ...]
    needs: str | None  # a trait the item must have: a scarf does not arrive shattered


@dataclass(frozen=True)
class Story:
    """How contacts of one category go: when, how often a complaint, what is written."""

    category: str
    weight: float
    after_days: tuple[float, float]
    complaint: float
    cases: tuple[Case, ...]
    open_outcomes: tuple[Text, ...]  # what an open complaint's record says so far


@dataclass(frozen=True)
class StaffMember:
    username: str
    role: str
    language: str
    started_on: date


@dataclass(frozen=True)
class ChineseNames:
    surnames: Weighted[str]
    given_female: tuple[str, ...]
    given_male: tuple[str, ...]
    email_domains: Weighted[str]
    mobile_prefixes: tuple[str, ...]
    area_codes: tuple[str, ...]


@dataclass(frozen=True)
class EnglishNames:
    first_female: tuple[str, ...]
    first_male: tuple[str, ...]
    last: tuple[str, ...]
    email_domains: Weighted[str]
    phone_countries: Weighted[str]
    us_area_codes: tuple[str, ...]


@dataclass(frozen=True)
class Material:
    chinese: ChineseNames
    english: EnglishNames
    products: dict[str, tuple[Product, ...]]  # by band
    catalogue: tuple[Product, ...]  # all of them
    stories: dict[str, Story]  # by category
    order_stories: Weighted[Story]  # what a contact about an order is about
    complaint_stories: Weighted[Story]  # what complaints are about, by how often they are
    channels: dict[str, Weighted[str]]  # by language
    feedback: dict[str, tuple[Text, ...]]  # "nps.promoter", "csat.bad", ...
    staff: tuple[StaffMember, ...]

    def staff_on(self, language: str, day: date, *, escalation: bool = False) -> list[str]:
        """Who could have answered a contact in this language on that day."""
        roles = ESCALATION_ROLES if escalation else ANSWERING_ROLES
        return [
            member.username
            for member in self.staff
            if member.language == language and member.role in roles and member.started_on <= day
        ]


def load_material(folder: Traversable) -> Material:
    names = _toml(folder, "customer_names.toml")
    stories = _toml(folder, "customer_stories.toml")
    catalogue = _toml(folder, "customer_catalogue.toml")
    by_category = {
        category: _story(category, entry) for category, entry in stories["categories"].items()
    }
    about_orders = [story for story in by_category.values() if story.category != ENQUIRY]
    products = _products(catalogue["product"])
    return Material(
        chinese=_chinese(names["chinese"]),
        english=_english(names["english"]),
        products=products,
        catalogue=tuple(product for band in products.values() for product in band),
        stories=by_category,
        order_stories=Weighted([(story, story.weight) for story in about_orders]),
        complaint_stories=Weighted(
            [(story, story.weight * story.complaint) for story in about_orders]
        ),
        channels={
            language: Weighted([(channel, weight) for channel, weight in pairs])
            for language, pairs in stories["channels"].items()
        },
        feedback={
            f"{kind}.{mood}": _texts(entries)
            for kind, moods in stories["feedback"].items()
            for mood, entries in moods.items()
        },
        staff=_staff(_toml(folder, "users.toml")["user"], stories["teams"]),
    )


def _toml(folder: Traversable, name: str) -> dict[str, Any]:
    return tomllib.loads(folder.joinpath(name).read_text("utf-8"))


def _texts(entries: list[dict[str, Any]]) -> tuple[Text, ...]:
    return tuple(Text(entry["zh"], entry["en"]) for entry in entries)


def _pairs(entries: list[list[Any]]) -> list[tuple[str, float]]:
    return [(str(value), float(weight)) for value, weight in entries]


def _chinese(entry: dict[str, Any]) -> ChineseNames:
    return ChineseNames(
        surnames=Weighted(_pairs(entry["surnames"])),
        given_female=tuple(entry["given_female"]),
        given_male=tuple(entry["given_male"]),
        email_domains=Weighted(_pairs(entry["email_domains"])),
        mobile_prefixes=tuple(entry["mobile_prefixes"]),
        area_codes=tuple(entry["area_codes"]),
    )


def _english(entry: dict[str, Any]) -> EnglishNames:
    return EnglishNames(
        first_female=tuple(entry["first_female"]),
        first_male=tuple(entry["first_male"]),
        last=tuple(entry["last"]),
        email_domains=Weighted(_pairs(entry["email_domains"])),
        phone_countries=Weighted(_pairs(entry["phone_countries"])),
        us_area_codes=tuple(entry["us_area_codes"]),
    )


def _products(entries: list[dict[str, Any]]) -> dict[str, tuple[Product, ...]]:
    products: dict[str, list[Product]] = {}
    for entry in entries:
        price = Decimal(entry["price"])
        product = Product(
            Text(entry["zh"], entry["en"]),
            price,
            int(price * 100),
            entry["band"],
            frozenset(entry.get("traits", ())),
        )
        products.setdefault(product.band, []).append(product)
    return {band: tuple(items) for band, items in products.items()}


def _story(category: str, entry: dict[str, Any]) -> Story:
    low, high = entry["after_days"]
    outcomes = _texts(entry["outcomes"])
    return Story(
        category=category,
        weight=float(entry["weight"]),
        after_days=(float(low), float(high)),
        complaint=float(entry["complaint"]),
        cases=tuple(
            Case(
                Text(case["zh"], case["en"]),
                _texts(case.get("outcomes", [])) or outcomes,
                case.get("needs"),
            )
            for case in entry["summaries"]
        ),
        open_outcomes=_texts(entry.get("open_outcomes", entry["outcomes"])),
    )


def _staff(users: list[dict[str, Any]], teams: dict[str, str]) -> tuple[StaffMember, ...]:
    return tuple(
        StaffMember(user["username"], user["role"], teams[user["team"]], user["started_on"])
        for user in users
        if user["role"] in ANSWERING_ROLES and user.get("team") in teams
    )
