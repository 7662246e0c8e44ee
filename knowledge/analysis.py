"""Text analysis for Chinese, English and both mixed in one query.

Chinese runs are segmented by jieba in its search mode (long words and the shorter words
inside them, so 退货运费 also matches 运费); Latin words are lower-cased, stop words dropped
and stemmed (refunds, refunded and refunding all become refund).
"""

import logging
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

import jieba
from whoosh.analysis import STOP_WORDS as STOP_WORDS_EN
from whoosh.analysis import Composable, Filter, LowercaseFilter, StopFilter, Token, Tokenizer
from whoosh.lang.porter import stem

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
RUNS = re.compile(rf"[{_HAN}]+|[A-Za-z0-9]+(?:['’][A-Za-z]+)?")
_IS_HAN = re.compile(rf"[{_HAN}]")

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
ANALYSIS_VERSION = 1

jieba.setLogLevel(logging.WARNING)  # jieba announces its dictionary loading otherwise
_vocabulary_loaded = False


class MixedTokenizer(Tokenizer):  # type: ignore[misc]
    """Words from Chinese and Latin runs, with positions and character offsets."""

    def __call__(  # noqa: PLR0917 - Whoosh's tokenizer protocol
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        position = start_pos
        for match in RUNS.finditer(value):
            for word, start, end in _split(match.group(), match.start()):
                token.text = word
                token.boost = 1.0
                token.stopped = False
                if keeporiginal:
                    token.original = word
                if positions:
                    token.pos = position
                    position += 1
                if chars:
                    token.startchar = start_char + start
                    token.endchar = start_char + end
                yield token


class LatinStemFilter(Filter):  # type: ignore[misc]
    """Porter stemming for Latin words; Chinese words pass unchanged."""

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for token in tokens:
            if token.text.isascii():
                token.text = _stem(token.text)
            yield token


# A few thousand distinct words make up most text: stem each once (a fifth of indexing time).
_stem = lru_cache(maxsize=50_000)(stem)


def _split(run: str, offset: int) -> Iterator[tuple[str, int, int]]:
    if not _IS_HAN.match(run):
        yield run, offset, offset + len(run)
        return
    load_dictionary()
    for word, start, end in jieba.tokenize(run, mode="search"):
        yield word, offset + start, offset + end


def load_dictionary() -> None:
    # Lazily: adding words loads jieba's dictionary, which takes most of a second.
    global _vocabulary_loaded  # noqa: PLW0603 - one process-wide dictionary, loaded once
    if not _vocabulary_loaded:
        for word in DOMAIN_WORDS:
            jieba.add_word(word)
        _vocabulary_loaded = True


def is_chinese(text: str) -> bool:
    return bool(_IS_HAN.search(text))


def analyzer() -> Composable:
    stops = StopFilter(stoplist=STOP_WORDS, minsize=1)
    return MixedTokenizer() | LowercaseFilter() | stops | LatinStemFilter()
