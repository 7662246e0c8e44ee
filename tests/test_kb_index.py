"""The index's parts on their own: parallel analysis, snippets and "did you mean"."""

from pathlib import Path

import pytest

from frontline.context import AppContext
from knowledge import parallel, ranking
from knowledge.documents import IndexedArticle
from knowledge.query import build_query
from knowledge.snippets import snippet
from knowledge.spelling import distance
from knowledge.synonyms import Synonyms
from knowledge.tables import PROMINENT
from tests.kb_files import small_kb


def article(number: int, body: str, language: str = "en") -> IndexedArticle:
    return IndexedArticle(f"A-{number}", "hash", f"Title {number}", body, (), language, "", "")


def test_worker_processes_analyse_articles_as_this_process_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    articles = [article(n, f"Refunds reach card {n} within 退货运费 {n} days.") for n in range(60)]
    here = list(parallel.analysed(articles, len(articles)))
    monkeypatch.setattr(parallel, "MIN_PARALLEL", 1)
    monkeypatch.setattr(parallel, "BATCH", 7)  # several batches, returned in order

    assert list(parallel.analysed(articles, len(articles))) == here


def test_a_parallel_build_finds_what_an_in_process_one_does(
    context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    context.knowledge.import_folder(small_kb(tmp_path / "kb"))  # indexed in this process
    before = context.knowledge.search("退钱 refund")
    monkeypatch.setattr(parallel, "MIN_PARALLEL", 1)

    context.knowledge.rebuild_index()

    assert context.knowledge.search("退钱 refund") == before


def test_the_first_pass_scores_its_candidates_as_ranking_every_match_does(
    context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    knowledge = context.knowledge
    knowledge.import_folder(small_kb(tmp_path / "kb"))
    query = build_query("退钱 refund", knowledge.synonyms())
    assert query is not None
    connection = knowledge.folder.open()
    statements: list[str] = []
    connection.set_trace_callback(statements.append)
    try:
        every = ranking.best(connection, query, None, total=3, limit=2, language=None)
        monkeypatch.setattr(ranking, "RARE", 1)  # every word common: titles and tags only
        pruned = ranking.best(
            connection, query, None, total=ranking.PRUNE_ABOVE + 1, limit=2, language=None
        )
    finally:
        connection.close()

    rankings = [statement for statement in statements if "bm25" in statement]
    assert PROMINENT in rankings[-1]  # the first pass found enough: no ranking of every match
    assert [row for row, _ in pruned] == [row for row, _ in every]
    assert [score for _, score in pruned] == pytest.approx([score for _, score in every])


def test_snippets_mark_every_form_of_a_word_and_chinese_as_written() -> None:
    query = build_query("delivery refunds 运费", Synonyms())
    text = "Deliveries are free. 退货运费由我们承担。 Refunded late? Ask again."

    marked = snippet(text, query)

    assert "<mark>Deliveries</mark>" in marked
    assert "<mark>Refunded</mark>" in marked
    assert "<mark>运费</mark>" in marked
    assert "free" in marked


def test_a_snippet_escapes_the_text_and_falls_back_to_its_start() -> None:
    assert snippet("<b>nothing</b> here", build_query("refund", Synonyms())) == (
        "&lt;b&gt;nothing&lt;/b&gt; here"
    )


def test_edits_count_swapped_neighbours_as_one() -> None:
    assert distance("refnd", "refund", 2) == 1
    assert distance("reutrn", "return", 2) == 1
    assert distance("voucher", "vouchers", 2) == 1
    assert distance("parcel", "invoice", 2) == 3  # past the limit: limit + 1
