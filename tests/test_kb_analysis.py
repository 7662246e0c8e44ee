"""How search reads Chinese, English and mixed text."""

from knowledge.analysis import analyzer


def words(text: str) -> list[str]:
    return [token.text for token in analyzer()(text)]


def test_chinese_is_segmented_into_words_and_the_words_inside_them() -> None:
    assert words("快递丢了怎么赔") == ["快递", "丢", "怎么", "赔"]
    assert {"运费", "货运费"} <= set(words("货运费"))


def test_english_is_folded_and_stemmed_and_stop_words_dropped() -> None:
    assert words("The Refunds were REFUNDED") == ["refund", "were", "refund"]


def test_a_mixed_query_keeps_both_languages_in_order() -> None:
    assert words("退款 refund 延迟") == ["退款", "refund", "延迟"]


def test_offsets_point_at_the_original_text_for_highlighting() -> None:
    text = "Lumen 会员权益"
    spans = [(t.text, text[t.startchar : t.endchar]) for t in analyzer()(text, chars=True)]

    assert ("lumen", "Lumen") in spans
    assert all(word == original.lower() for word, original in spans if word != "lumen")
