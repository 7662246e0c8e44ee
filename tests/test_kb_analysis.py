"""How search reads Chinese, English and mixed text."""

from knowledge.analysis import terms


def test_chinese_is_segmented_into_words_and_the_words_inside_them() -> None:
    assert terms("快递丢了怎么赔") == ["快递", "丢", "怎么", "赔"]
    assert {"运费", "货运费"} <= set(terms("货运费"))


def test_english_is_folded_and_stemmed_and_stop_words_dropped() -> None:
    assert terms("The Refunds were REFUNDED") == ["refund", "were", "refund"]


def test_a_mixed_query_keeps_both_languages_in_order() -> None:
    assert terms("退款 refund 延迟") == ["退款", "refund", "延迟"]


def test_every_word_is_one_token_for_the_index() -> None:
    # The index splits the words again with SQLite's unicode61: an apostrophe would cut one.
    assert terms("the customer's order, don't") == ["custom", "order", "dont"]
