"""Who a demo customer is: a name, a language, phone numbers and e-mail addresses.

About 70 % of the demo customers have Chinese names and 30 % English ones. Phone numbers
are written the way people type them ("+86 138 1234 5678", "13812345678", "138-1234-5678",
"+44 7700 900123", "(415) 623-8842"); the stored search keys come from customers.identity,
as an import's would. Numbers and addresses are unique by construction: their digits are a
permutation of the customer's number, so even 200,000 customers never share one.
"""

import random
from dataclasses import dataclass
from functools import lru_cache

from customers.demo_material import EnglishNames, Material
from customers.identity import NameKeys, email_key, fold, name_keys, phone_digits

CHINESE_NAMES = 0.70
ENGLISH_PREFERRED_BY_CHINESE = 0.04  # Chinese names, English preferred: overseas customers
SECOND_PHONE = 0.08
NO_EMAIL = 0.06
SECOND_EMAIL = 0.05

# Multiplier and offset of each permutation (coprime with 10, so x -> a*x + b mod 10**k
# is one-to-one): unique digits per customer, that do not look sequential.
_MOBILE = (7_368_787, 31_415_926)
_LANDLINE = (4_256_233, 27_182_818)
_QQ = (48_271, 123_456_789)


@dataclass(frozen=True)
class Person:
    name: str
    keys: NameKeys
    language: str
    phones: tuple[tuple[str, str], ...]  # (as written, national digits)
    emails: tuple[str, ...]


# Names repeat a great deal (there are many 张伟), and pinyin is the costly part.
_name_keys = lru_cache(maxsize=200_000)(name_keys)


def make_person(
    rng: random.Random, number: int, material: Material, language: str | None = None
) -> Person:
    """A demo person; `language` forces the language (and the kind of name) of a showcase."""
    chinese = rng.random() < CHINESE_NAMES if language is None else language == "zh"
    if chinese:
        name, ascii_name = _chinese_name(rng, material)
        preferred = "en" if rng.random() < ENGLISH_PREFERRED_BY_CHINESE else "zh"
        phones = [_china_mobile(rng, number, material)]
        if rng.random() < SECOND_PHONE:
            phones.append(_landline(rng, number, material))
        domains = material.chinese.email_domains
    else:
        name, ascii_name = _english_name(rng, material.english)
        preferred = "en"
        phones = [_english_phone(rng, number, material)]
        if rng.random() < SECOND_PHONE:
            phones.append(_english_phone(rng, number + 7_777_777, material))
        domains = material.english.email_domains
    keys = _name_keys(name)
    emails: list[str] = []
    if rng.random() >= NO_EMAIL:
        domain = domains.pick(rng)
        emails.append(_email(rng, number, ascii_name, keys=keys, domain=domain, chinese=chinese))
        if rng.random() < SECOND_EMAIL:
            emails.append(f"{ascii_name[1]}.{ascii_name[0]}{number}@{domains.pick(rng)}")
    return Person(
        name=name,
        keys=keys,
        language=language or preferred,
        phones=tuple((shown, _digits(shown)) for shown in phones),
        emails=tuple(dict.fromkeys(_valid(email) for email in emails)),
    )


def _chinese_name(rng: random.Random, material: Material) -> tuple[str, tuple[str, str]]:
    names = material.chinese
    surname = names.surnames.pick(rng)
    given = rng.choice(names.given_female if rng.random() < 0.5 else names.given_male)
    keys = _name_keys(given)
    return surname + given, (keys.pinyin or "", _name_keys(surname).pinyin or "")


def _english_name(rng: random.Random, names: EnglishNames) -> tuple[str, tuple[str, str]]:
    first = rng.choice(names.first_female if rng.random() < 0.5 else names.first_male)
    last = rng.choice(names.last)
    return f"{first} {last}", (fold(first), fold(last))


def _email(
    rng: random.Random,
    number: int,
    name: tuple[str, str],
    *,
    keys: NameKeys,
    domain: str,
    chinese: bool,
) -> str:
    given, family = name
    if chinese and domain == "qq.com" and rng.random() < 0.6:
        return f"{100_000_000 + _permute(number, _QQ, 900_000_000)}@qq.com"
    style = rng.randrange(4)
    if style == 0:
        return f"{given}.{family}{number}@{domain}"
    if style == 1:
        return f"{given[0]}{family}{number}@{domain}"
    if style == 2 and keys.initials:
        return f"{keys.initials}{number}@{domain}"
    return f"{family}{given}{number}@{domain}"


def _china_mobile(rng: random.Random, number: int, material: Material) -> str:
    prefix = rng.choice(material.chinese.mobile_prefixes)
    rest = f"{_permute(number, _MOBILE, 10**8):08d}"
    middle, end = rest[:4], rest[4:]
    style = rng.random()
    if style < 0.40:
        return f"{prefix}{rest}"
    if style < 0.65:
        return f"+86 {prefix} {middle} {end}"
    if style < 0.80:
        return f"{prefix}-{middle}-{end}"
    if style < 0.95:
        return f"{prefix} {middle} {end}"
    return f"+86-{prefix}{rest}"


def _landline(rng: random.Random, number: int, material: Material) -> str:
    area = rng.choice(material.chinese.area_codes)
    local = f"{rng.randint(5, 8)}{_permute(number, _LANDLINE, 10**7):07d}"
    if rng.random() < 0.6:
        return f"{area}-{local[:4]} {local[4:]}"
    return f"({area}) {local}"


def _english_phone(rng: random.Random, number: int, material: Material) -> str:
    country = material.english.phone_countries.pick(rng)
    if country == "cn":
        return _china_mobile(rng, number, material)
    rest = f"{_permute(number, _MOBILE, 10**8):08d}"
    if country == "uk":
        network = f"7{rng.choice('45789')}{rest[:2]}"
        if rng.random() < 0.6:
            return f"+44 {network} {rest[2:]}"
        return f"0{network} {rest[2:]}"
    area = rng.choice(material.english.us_area_codes)
    exchange, line = divmod(_permute(number, _MOBILE, 8 * 10**6), 10**4)
    if rng.random() < 0.5:
        return f"+1 {area}-{200 + exchange}-{line:04d}"
    return f"({area}) {200 + exchange}-{line:04d}"


def _permute(number: int, permutation: tuple[int, int], modulus: int) -> int:
    multiplier, offset = permutation
    return (number * multiplier + offset) % modulus


def _digits(shown: str) -> str:
    digits = phone_digits(shown)
    if digits is None:
        raise AssertionError(f"demo phone {shown!r} is not a phone number")
    return digits


def _valid(email: str) -> str:
    key = email_key(email)
    if key is None:
        raise AssertionError(f"demo e-mail {email!r} is not an address")
    return key
