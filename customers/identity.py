"""How a customer is recognised: phone numbers in any format, e-mail addresses, names in
Chinese characters, pinyin or Latin letters. Import and look-up fold them the same way.
"""

import re
import sys
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_NOT_DIGIT = re.compile(r"\D")
_NOT_WORD = re.compile(r"[^0-9a-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
# Country codes written in front of a national number: +86 138..., 0086 138..., +44 7700...
# (prefix, length of the national number after it)
_COUNTRY_PREFIXES = (("0086", 11), ("86", 11), ("0044", 10), ("44", 10), ("001", 10), ("1", 10))
_CHINA_WITH_CODE = 13  # 86 and an 11-digit mobile number
MIN_PHONE_DIGITS = 4
# Surnames read otherwise than the character's common reading, which pypinyin gives.
SURNAME_READINGS = {
    "曾": "zeng", "单": "shan", "仇": "qiu", "解": "xie", "查": "zha", "区": "ou", "朴": "piao",
    "盖": "ge", "乐": "yue", "覃": "qin", "缪": "miao", "繁": "po", "秘": "bi", "种": "chong",
}  # fmt: skip


@dataclass(frozen=True)
class NameKeys:
    name: str  # folded: lower case, no spaces or punctuation
    pinyin: str | None  # for names with Chinese characters: "zhangsan"
    initials: str | None  # "zs"


def has_han(name: str) -> bool:
    """Whether a name has Chinese characters, and so pinyin keys."""
    return _HAN.search(name) is not None


def pinyin_loaded() -> bool:
    """Whether pypinyin's dictionaries are in memory: name_keys loads them when first needed."""
    return "pypinyin" in sys.modules


def name_keys(name: str) -> NameKeys:
    folded = fold(name)
    if not has_han(name):
        return NameKeys(folded, None, None)
    # Imported here: a fifth of a second at start-up, and look-ups never need it.
    from pypinyin.seg.simpleseg import seg  # noqa: PLC0415

    syllables = [s for word in seg(name) for s in _word_pinyin(word) if s.strip()]
    surname = SURNAME_READINGS.get(name.strip()[:1])
    if surname and syllables:
        syllables[0] = surname  # 曾 is zeng as a surname, whatever it is elsewhere
    initials = "".join(syllable[0] for syllable in syllables)
    return NameKeys(folded, fold("".join(syllables)), fold(initials))


@lru_cache(maxsize=65_536)
def _word_pinyin(word: str) -> tuple[str, ...]:
    """The pinyin of one word as pypinyin cuts a text: lazy_pinyin(text) is the pinyin of
    its words one after the other, and the same words come back in name after name, so each
    is converted once (converting is four fifths of lazy_pinyin's time)."""
    from pypinyin import lazy_pinyin  # noqa: PLC0415

    return tuple(lazy_pinyin(word, errors="ignore"))


def fold(text: str) -> str:
    """Lower case, accents and spaces dropped: "Zhang San" and "zhangsan" fold alike."""
    if text.isascii():  # nothing to decompose: pinyin and most Latin names, five times faster
        return _NOT_WORD.sub("", text.lower())
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _NOT_WORD.sub("", stripped)


def phone_digits(text: str) -> str | None:
    """The national number, digits only, without country code or trunk 0, so that
    "+86 138-1234-5678", "0086 13812345678" and "13812345678" are one number, as are
    "+44 (0)7700 900123" and "07700 900123". None when too short to be a phone."""
    # Most numbers are written with only these separators: dropping them is four times as
    # fast as the regular expression, and gives what it would when only digits are left.
    digits = text.replace(" ", "").replace("-", "").replace("+", "")
    if not digits.isdecimal():  # as \d, Unicode's decimal digits
        digits = _NOT_DIGIT.sub("", text)
    if text.strip().startswith(("+", "00")):
        for prefix, length in _COUNTRY_PREFIXES:
            if digits.startswith(prefix):
                national = digits[len(prefix) :].lstrip("0")
                if len(national) == length:
                    digits = national
                    break
    elif len(digits) == _CHINA_WITH_CODE and digits.startswith("86"):
        digits = digits[2:]
    digits = digits.lstrip("0")
    return digits if len(digits) >= MIN_PHONE_DIGITS else None


def email_key(text: str) -> str | None:
    address = text.strip().lower()
    return address if _EMAIL.fullmatch(address) else None
