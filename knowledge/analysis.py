"""Text analysis for Chinese, English and both mixed in one query.

Chinese runs are segmented by jieba in its search mode (long words and the shorter words
inside them, so 退货运费 also matches 运费), through rjieba, jieba's algorithm and dictionary
in Rust: the same words as the Python jieba (checked on the 217,000 Chinese runs of the demo,
the 5,000-article benchmark corpus and its queries) in a twelfth of the time. Latin words are
lower-cased, stop words dropped and stemmed (refunds, refunded and refunding all become
refund). Every word this produces is one token of SQLite's `unicode61` tokenizer (letters and
digits, or Chinese characters only), so the index can hold the words as space-separated text.
"""

import re
from collections.abc import Callable
from functools import cache, lru_cache

from knowledge.porter import stem

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
RUNS = re.compile(rf"[{_HAN}]+|[A-Za-z0-9]+(?:['’][A-Za-z]+)?")
_IS_HAN = re.compile(rf"[{_HAN}]")
_APOSTROPHE = re.compile("['’]")

# English words too common to tell articles apart (Whoosh's list, which the index used first).
_STOP_WORDS_EN = """
a an and are as at be by can for from have if in is it may not of on or tbd that the this to
us we when will with yet you your
"""
STOP_WORDS_EN = frozenset(_STOP_WORDS_EN.split())
# Particles and pronouns that carry no meaning for search. Single characters are kept
# otherwise: in Chinese 赔 (compensate) or 丢 (lost) is a whole word.
CHINESE_STOP_WORDS = frozenset("的了吗呢吧啊呀哦嗯是我你他她它们这那在和与就都也还又把被给让")
STOP_WORDS = STOP_WORDS_EN | CHINESE_STOP_WORDS

# Service-desk words jieba's general dictionary cuts apart (退货运费 would become 退/货运/运费).
# Changing this list changes how text is indexed: bump ANALYSIS_VERSION so indexes are rebuilt.
_DOMAIN_WORDS = """
退货 运费 退货运费 运费险 到账 原路退回 仅退款 退货退款 退款进度 退钱 无理由 七天无理由
换货 丢件 破损 补发 补寄 错发 漏发 少发 发错 签收 拒收 未收到
没收到 到货 延误 晚到 催件 物流信息 驿站 改地址 保修 延保 价保 开票
专票 普票 电子发票 发票抬头 积分 会员等级 代金券 优惠券 赔偿 补偿 注销 个人信息
"""
DOMAIN_WORDS = tuple(_DOMAIN_WORDS.split())
ANALYSIS_VERSION = 2



def terms(text: str) -> list[str]:
    """The index words of `text`, in order."""
    found: list[str] = []
    for run in RUNS.findall(text):
        if _IS_HAN.match(run):
            cut = _segmenter()
            found.extend(word for word in cut(run) if word not in CHINESE_STOP_WORDS)
        elif (term := latin_term(run)) is not None:
            found.append(term)
    return found


# A few thousand distinct words make up most text: analyse each once (a fifth of indexing time).
@lru_cache(maxsize=100_000)
def latin_term(word: str) -> str | None:
    """The index word for a Latin word as written; None for a stop word."""
    lowered = word.lower()
    if "'" in lowered or "’" in lowered:
        lowered = _APOSTROPHE.sub("", lowered)
    return None if lowered in STOP_WORDS_EN else stem(lowered)


def load_dictionary() -> None:
    """Load the segmenter's dictionary now rather than at the first Chinese text."""
    _segmenter()


@cache
def _segmenter() -> Callable[[str], list[str]]:
    # Imported at first use: importing rjieba builds its dictionary (0.15-0.2 s, in one call
    # that holds the GIL), which start-up need not wait for.
    import rjieba  # noqa: PLC0415

    for word in DOMAIN_WORDS:
        rjieba.add_word(word, None, None)
    return rjieba.cut_for_search


def is_chinese(text: str) -> bool:
    return bool(_IS_HAN.search(text))
