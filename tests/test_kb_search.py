"""Importing articles, keeping the index in step with the database, and searching it."""

import sqlite3
import threading
from pathlib import Path

import pytest

from frontline.context import AppContext
from knowledge.article import parse_article
from knowledge.importer import import_folder
from knowledge.index import INDEX_FILE, IndexFolder
from knowledge.library import asset, get_article, revisions
from knowledge.search import SearchFilters
from knowledge.service import IndexReport, KnowledgeBase
from tests.kb_files import small_kb, write_article


def damage(generation: Path) -> None:
    index = generation / INDEX_FILE
    index.write_bytes(b"\0garbage" * (index.stat().st_size // 8))


def ids(kb: KnowledgeBase, text: str, filters: SearchFilters | None = None) -> list[str]:
    return [hit.id for hit in kb.search(text, filters).hits]


@pytest.fixture
def kb(context: AppContext, tmp_path: Path) -> KnowledgeBase:
    context.knowledge.import_folder(small_kb(tmp_path / "kb"))
    return context.knowledge


def test_import_adds_then_skips_unchanged_then_stores_a_new_revision(
    context: AppContext, tmp_path: Path
) -> None:
    folder = small_kb(tmp_path / "kb")

    first = context.knowledge.import_folder(folder)
    again = context.knowledge.import_folder(folder)
    write_article(folder / "refunds.md", "REF-001", "Refund timelines", "Now within 3 days.")
    changed = context.knowledge.import_folder(folder)

    assert (len(first.added), first.unchanged, first.synonyms) == (4, 0, "added")
    assert (len(again.added), len(again.updated), again.unchanged) == (0, 0, 4)
    assert again.synonyms == "unchanged"
    assert (changed.updated, changed.unchanged) == (["REF-001"], 3)
    assert [r.revision for r in revisions(context.engine, "REF-001")] == [1, 2]
    assert get_article(context.engine, "REF-001").body.startswith("Now within 3 days")


def test_bad_files_are_skipped_with_path_and_reason_and_the_rest_imported(
    context: AppContext, tmp_path: Path
) -> None:
    folder = small_kb(tmp_path / "kb")
    context.knowledge.import_folder(folder)
    (folder / "no-header.md").write_text("# Just a title\n", encoding="utf-8")
    (folder / "latin1.md").write_bytes("+++\ntitle = 'Caf\xe9'\n+++\n".encode("latin-1"))
    (folder / "huge.md").write_bytes(b"+++\n" + b"x" * 300_000)
    write_article(folder / "zz-copy.md", "REF-001", "A copy", "Same id as refunds.md.")
    # A broken edit of an article already stored must not lose the stored one.
    (folder / "returns.md").write_text("+++\nid = \n+++\nbody\n", encoding="utf-8")
    write_article(folder / "new.md", "WAR-001", "Warranty", "Two years on electronics.")

    report = context.knowledge.import_folder(folder)

    reasons = {Path(s.path).name: s.reason for s in report.skipped}
    assert reasons.keys() == {"no-header.md", "latin1.md", "huge.md", "zz-copy.md", "returns.md"}
    assert "front matter must start with +++" in reasons["no-header.md"]
    assert "not valid UTF-8" in reasons["latin1.md"]
    assert "larger than 200 KB" in reasons["huge.md"]
    assert "duplicate id REF-001" in reasons["zz-copy.md"]
    assert report.added == ["WAR-001"]
    assert get_article(context.engine, "RET-001").title == "Returning an item"
    assert ids(context.knowledge, "warranty") == ["WAR-001"]


def test_an_import_parses_only_the_files_changed_since_the_last(
    context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = small_kb(tmp_path / "kb")
    context.knowledge.import_folder(folder)
    write_article(folder / "refunds.md", "REF-001", "Refund timelines", "Now within 3 days.")
    parsed: list[bytes] = []
    monkeypatch.setattr(
        "knowledge.importer.parse_article", lambda data: parsed.append(data) or parse_article(data)
    )

    report = context.knowledge.import_folder(folder)

    assert (report.updated, report.unchanged) == (["REF-001"], 3)
    assert len(parsed) == 1


def test_a_changed_image_beside_an_unchanged_file_is_a_new_revision(
    context: AppContext, tmp_path: Path
) -> None:
    folder = tmp_path / "kb"
    write_article(folder / "a.md", "DMG-001", "Photos", "![Box](images/box.png)")
    (folder / "images").mkdir()
    (folder / "images" / "box.png").write_bytes(b"\x89PNG fake")
    context.knowledge.import_folder(folder)
    (folder / "images" / "box.png").write_bytes(b"\x89PNG other")

    report = context.knowledge.import_folder(folder)

    assert report.updated == ["DMG-001"]
    assert asset(context.engine, "DMG-001", "images/box.png") == ("image/png", b"\x89PNG other")


def test_images_beside_an_article_are_stored_with_it(context: AppContext, tmp_path: Path) -> None:
    folder = tmp_path / "kb"
    write_article(folder / "a.md", "DMG-001", "Photos", "![Box](images/box.png)\n\nSee above.")
    (folder / "images").mkdir()
    (folder / "images" / "box.png").write_bytes(b"\x89PNG fake")

    context.knowledge.import_folder(folder)

    assert asset(context.engine, "DMG-001", "images/box.png") == ("image/png", b"\x89PNG fake")
    assert 'src="kbasset:DMG-001/images/box.png"' in get_article(context.engine, "DMG-001").html


def test_english_words_match_every_form_and_the_title_weighs_most(kb: KnowledgeBase) -> None:
    assert ids(kb, "refunded")[0] == "REF-001"
    assert ids(kb, "shipping")[0] == "RET-001"


def test_chinese_and_mixed_queries_find_their_articles(kb: KnowledgeBase) -> None:
    assert ids(kb, "丢件怎么办")[0] == "LOST-001"
    assert ids(kb, "退款 到账")[0] == "REF-001-ZH"
    assert set(ids(kb, "退款 refund")) >= {"REF-001", "REF-001-ZH"}


def test_the_last_word_matches_as_a_prefix_while_typing(kb: KnowledgeBase) -> None:
    assert ids(kb, "timel")[0] == "REF-001"
    assert ids(kb, "timel ") == []  # a finished word must match whole


def test_synonyms_find_articles_that_use_other_words(kb: KnowledgeBase) -> None:
    # No article says 退钱; the synonym list links it to 退款 and refund.
    assert set(ids(kb, "退钱")) == {"REF-001", "REF-001-ZH", "LOST-001"}
    assert "REF-001" in ids(kb, "money back")


def test_filters_narrow_results(kb: KnowledgeBase) -> None:
    assert ids(kb, "退款 refund", SearchFilters(language="en")) == ["REF-001"]
    assert ids(kb, "丢件 退款", SearchFilters(audience="internal")) == ["LOST-001"]
    assert ids(kb, "returns refunds", SearchFilters(tag="Returns")) == ["RET-001"]


def test_a_misspelt_word_gets_did_you_mean_and_its_results(kb: KnowledgeBase) -> None:
    result = kb.search("refnd")

    assert result.did_you_mean == "refund"
    assert result.corrected
    assert result.hits[0].id == "REF-001"


def test_snippets_highlight_the_matched_words(kb: KnowledgeBase) -> None:
    hit = kb.search("card").hits[0]

    assert "<mark" in hit.snippet_html
    assert "card" in hit.snippet_html
    assert "<" not in hit.snippet


def test_a_snippet_from_a_table_shows_its_cells_without_table_syntax(
    kb: KnowledgeBase, tmp_path: Path
) -> None:
    table = (
        "Postage we reimburse:\n\n"
        "| Parcel | Reimbursed |\n|:---|---:|\n| Standard courier | CNY 20 |\n| Oversized | — |"
    )
    write_article(tmp_path / "kb" / "postage.md", "POST-001", "Return postage", table)
    kb.import_folder(tmp_path / "kb")

    hit = kb.search("oversized courier").hits[0]

    assert hit.id == "POST-001"
    for words in ("Standard courier", "CNY 20", "Oversized"):
        assert words in hit.snippet
    assert "|" not in hit.snippet
    assert "---" not in hit.snippet


def test_an_import_updates_only_the_changed_articles_in_the_index(
    kb: KnowledgeBase, tmp_path: Path
) -> None:
    write_article(tmp_path / "kb" / "refunds.md", "REF-001", "Refund timelines", "Via Alipay.")

    kb.import_folder(tmp_path / "kb")
    report = kb.update_index()

    assert ids(kb, "alipay") == ["REF-001"]
    assert ids(kb, "card") == []
    assert (report.updated, report.rebuilt) == (0, False)


def test_a_fresh_index_is_checked_without_comparing_every_article(
    kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    def every_hash(engine: object) -> dict[str, str]:
        raise AssertionError("the hashes of every article were read")

    monkeypatch.setattr("knowledge.service.article_hashes", every_hash)

    assert kb.update_index() == IndexReport(updated=0, removed=0, rebuilt=False)


def test_a_change_another_workstation_imported_is_indexed_at_the_next_update(
    context: AppContext, kb: KnowledgeBase, tmp_path: Path
) -> None:
    write_article(tmp_path / "kb" / "refunds.md", "REF-001", "Refund timelines", "Via Alipay.")
    import_folder(context.engine, tmp_path / "kb")  # into the database only

    assert ids(kb, "alipay") == []
    assert kb.update_index() == IndexReport(updated=1, removed=0, rebuilt=False)
    assert ids(kb, "alipay") == ["REF-001"]
    assert kb.update_index() == IndexReport(updated=0, removed=0, rebuilt=False)


def test_a_missing_index_is_rebuilt_with_progress(kb: KnowledgeBase) -> None:
    for generation in kb.folder.root.iterdir():
        if generation.is_dir():
            for file in generation.iterdir():
                file.unlink()
    steps: list[tuple[int, int]] = []

    report = kb.update_index(lambda done, total: steps.append((done, total)))

    assert report.rebuilt
    assert "damaged" in report.reason
    assert steps[-1] == (4, 4)
    assert ids(kb, "timelines") == ["REF-001"]


def test_a_corrupt_index_is_rebuilt_when_searching(context: AppContext, kb: KnowledgeBase) -> None:
    current = kb.folder.current()
    assert current is not None
    damage(current)
    fresh = KnowledgeBase(context.engine, kb.folder.root)  # as a newly started workstation

    assert ids(fresh, "timelines") == ["REF-001"]
    assert fresh.folder.current() != current


def test_a_locked_index_is_replaced_instead_of_waited_for(
    kb: KnowledgeBase, tmp_path: Path
) -> None:
    current = kb.folder.current()
    assert current is not None
    other = sqlite3.connect(current / INDEX_FILE, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # as by another process, stuck while writing
    try:
        write_article(tmp_path / "kb" / "new.md", "NEW-001", "Gift wrapping", "Free for gold.")
        kb.import_folder(tmp_path / "kb")
    finally:
        other.close()

    assert kb.folder.current() != current
    assert ids(kb, "wrapping") == ["NEW-001"]


def test_an_index_from_another_version_is_not_used(kb: KnowledgeBase) -> None:
    pointer = kb.folder.root / "current"
    pointer.write_text(pointer.read_text().replace('"format": "', '"format": "0.'))

    assert IndexFolder(kb.folder.root).current() is None
    assert kb.update_index().rebuilt


def test_a_query_in_one_language_puts_articles_in_that_language_first(
    context: AppContext, tmp_path: Path
) -> None:
    folder = tmp_path / "pair"
    en_body = "Gift wrapping costs 10; the gift wrapping paper is recycled."
    write_article(folder / "en.md", "GIFT-EN", "Wrapping presents", en_body)
    zh_body = "礼品包装（gift wrapping）收费 10 元。"
    write_article(folder / "zh.md", "GIFT-ZH", "礼品包装 Gift wrapping", zh_body, language="zh")
    context.knowledge.import_folder(folder)

    # By BM25 alone the Chinese article, with the English words in its title, would lead.
    assert ids(context.knowledge, "gift wrapping")[0] == "GIFT-EN"
    assert ids(context.knowledge, "礼品包装")[0] == "GIFT-ZH"


def test_the_total_counts_only_what_the_filters_let_through(
    context: AppContext, tmp_path: Path
) -> None:
    for n in range(40):  # more matches than one ranked page holds
        language = "zh" if n % 4 == 0 else "en"
        write_article(
            tmp_path / f"{n}.md", f"R-{n}", f"Refund case {n}", "A refund.", language=language
        )
    context.knowledge.import_folder(tmp_path)

    assert context.knowledge.search("refund", SearchFilters(language="zh"), limit=5).total == 10
    assert context.knowledge.search("refund", limit=5).total == 40


def test_an_index_damaged_while_open_is_rebuilt_on_update(kb: KnowledgeBase) -> None:
    kb.search("timelines")  # the index is open now
    current = kb.folder.current()
    assert current is not None
    damage(current)

    report = kb.update_index()

    assert report.rebuilt
    assert "damaged" in report.reason
    assert ids(kb, "timelines") == ["REF-001"]


def test_an_index_damaged_while_open_is_rebuilt_when_searching(kb: KnowledgeBase) -> None:
    kb.search("timelines")
    current = kb.folder.current()
    assert current is not None
    damage(current)

    assert ids(kb, "refunded")[0] == "REF-001"
    assert kb.folder.current() != current


def test_a_typed_article_id_comes_first_and_counts_once(kb: KnowledgeBase) -> None:
    result = kb.search("LOST-001 refund")

    assert result.hits[0].id == "LOST-001"
    refund = {hit.id for hit in kb.search("refund", limit=50).hits}
    assert result.total == len(refund | {"LOST-001"})
    assert ids(kb, "lost-001", SearchFilters(audience="customer")) == []


def test_searches_in_other_threads_meanwhile_an_update_see_one_index_or_the_other(
    kb: KnowledgeBase, tmp_path: Path
) -> None:
    found: list[list[str]] = []
    errors: list[BaseException] = []

    def search_often() -> None:
        try:
            for _ in range(20):
                found.append(ids(kb, "timelines"))
        except BaseException as exc:  # reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=search_often) for _ in range(3)]
    for thread in threads:
        thread.start()
    write_article(tmp_path / "kb" / "refunds.md", "REF-001", "Refund timelines", "Faster now.")
    kb.import_folder(tmp_path / "kb")
    kb.rebuild_index()
    for thread in threads:
        thread.join()

    assert not errors
    assert len(found) == 60
    assert all(hits == ["REF-001"] for hits in found)
