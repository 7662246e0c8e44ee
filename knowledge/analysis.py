"""Text analysis for Chinese, English and both mixed in one query.

Chinese runs are segmented by jieba in its search mode (long words and the shorter words
inside them, so 退货运费 also matches 运费); Latin words are lower-cased, stop words dropped
and stemmed (refunds, refunded and refunding all become refund).
"""

import logging
import re
from collections.abc import Iterator
from typing import Any

import jieba
from whoosh.analysis import STOP_WORDS as STOP_WORDS_EN
from whoosh.analysis import Composable, Filter, LowercaseFilter, StopFilter, Token, Tokenizer
from whoosh.lang.porter import stem

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_WORDS = re.compile(rf"[{_HAN}]+|[A-Za-z0-9]+(?:['’][A-Za-z]+)?")
_IS_HAN = re.compile(rf"[{_HAN}]")

# Particles and pronouns that carry no meaning for search. Single characters are kept
# otherwise: in Chinese 赔 (compensate) or 丢 (lost) is a whole word.
CHINESE_STOP_WORDS = frozenset("的了吗呢吧啊呀哦嗯是我你他她它们这那在和与就都也还又把被给让")
STOP_WORDS = STOP_WORDS_EN | CHINESE_STOP_WORDS

jieba.setLogLevel(logging.WARNING)  # jieba announces its dictionary loading otherwise


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
        for match in _WORDS.finditer(value):
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
                token.text = stem(token.text)
            yield token


def _split(run: str, offset: int) -> Iterator[tuple[str, int, int]]:
    if not _IS_HAN.match(run):
        yield run, offset, offset + len(run)
        return
    for word, start, end in jieba.tokenize(run, mode="search"):
        yield word, offset + start, offset + end


def is_chinese(text: str) -> bool:
    return bool(_IS_HAN.search(text))


def analyzer() -> Composable:
    stops = StopFilter(stoplist=STOP_WORDS, minsize=1)
    return MixedTokenizer() | LowercaseFilter() | stops | LatinStemFilter()
