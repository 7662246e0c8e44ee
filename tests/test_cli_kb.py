"""`frontline kb` as knowledge owners and evaluation scripts use it."""

import io
import json
from pathlib import Path

import pytest

from accounts.roles import Role
from frontline.cli.main import main
from frontline.context import AppContext
from knowledge import ranking
from tests.kb_files import small_kb

DEMO_KB = Path(__file__).parent.parent / "resources" / "kb"


@pytest.fixture
def kb_folder(context: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """Two agents, and the small knowledge base imported."""
    for username in ("li.na", "wang.wei"):
        context.users.add(username, Role.AGENT, display_name=username, team="Shanghai")
    folder = small_kb(tmp_path / "kb")
    assert main(["kb", "import", str(folder)]) == 0
    capsys.readouterr()
    return folder


def out(capsys: pytest.CaptureFixture[str]) -> str:
    return capsys.readouterr().out


def test_import_prints_counts_and_skipped_files(
    kb_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (kb_folder / "broken.md").write_text("no front matter\n", encoding="utf-8")

    assert main(["kb", "import", str(kb_folder), "--json"]) == 0
    report = json.loads(out(capsys))

    assert (report["added"], report["updated"], report["unchanged"]) == (0, 0, 4)
    assert report["skipped"] == [
        {"path": str(kb_folder / "broken.md"), "reason": "line 1: front matter must start with +++"}
    ]
    assert main(["kb", "import", str(kb_folder)]) == 0
    text = out(capsys)
    assert text.startswith("added 0, updated 0, unchanged 4, skipped 1\n")
    assert f"skipped {kb_folder / 'broken.md'}: line 1: front matter" in text


def test_search_json_carries_id_title_score_and_snippet(
    kb_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["kb", "search", "refund", "--lang", "en", "--json"]) == 0
    result = json.loads(out(capsys))

    assert [hit["id"] for hit in result["hits"]] == ["REF-001"]
    assert {"id", "title", "score", "snippet"} <= result["hits"][0].keys()
    assert result["hits"][0]["score"] > 0


def test_batch_search_prints_one_json_line_per_query(
    kb_folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("丢件\n\nrefund\n"))

    assert main(["kb", "search", "-", "--limit", "1"]) == 0
    lines = out(capsys).splitlines()

    assert [json.loads(line)["hits"][0]["id"] for line in lines] == ["LOST-001", "REF-001"]


def test_report_lists_what_knowledge_owners_must_fix(
    kb_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["kb", "search", "gift wrapping", "--user", "li.na"])
    main(["kb", "search", "gift wrapping", "--user", "wang.wei"])
    main(["kb", "search", "shipping", "--user", "li.na"])
    capsys.readouterr()
    assert main(["kb", "search", "refund", "--user", "li.na", "--json"]) == 0
    query_id = json.loads(out(capsys))["query_id"]
    assert main(["kb", "show", "REF-001", "--user", "li.na", "--query-id", str(query_id)]) == 0
    assert "Refund timelines" in out(capsys)
    main(["kb", "feedback", "RET-001", "--user", "li.na", "--vote", "outdated",
          "--comment", "The window is 15 days now"])  # fmt: skip
    main(["kb", "feedback", "RET-001", "--user", "wang.wei", "--vote", "helpful"])
    capsys.readouterr()

    assert main(["kb", "report", "--json"]) == 0
    report = json.loads(out(capsys))

    assert [(q["query"], q["searches"]) for q in report["zero_results"]] == [("gift wrapping", 2)]
    assert [q["query"] for q in report["never_opened"]] == ["shipping"]
    [article] = report["negative_feedback"]
    assert (article["id"], article["helpful"], article["outdated"]) == ("RET-001", 1, 1)
    assert article["comments"] == ["The window is 15 days now"]
    assert main(["kb", "report"]) == 0
    assert "gift wrapping" in out(capsys)


def test_mistakes_get_one_line_and_exit_1(
    kb_folder: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["kb", "show", "NOPE-1"]) == 1
    assert main(["kb", "feedback", "NOPE-1", "--user", "li.na", "--vote", "helpful"]) == 1
    assert main(["kb", "import", str(tmp_path / "missing")]) == 1
    bad_golden = tmp_path / "golden.jsonl"
    bad_golden.write_text('{"query": "refund", "relevant": ["REF-001"]}\nnot json\n')
    assert main(["kb", "eval", str(bad_golden)]) == 1

    errors = capsys.readouterr().err.splitlines()
    assert errors[0] == "frontline: error: no article 'NOPE-1' in the knowledge base"
    assert errors[2] == f"frontline: error: {tmp_path / 'missing'}: no such folder"
    assert errors[3].startswith(f"frontline: error: {bad_golden}:2: not JSON")


def test_show_html_is_sanitised(kb_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (kb_folder / "refunds.md").write_text(
        (kb_folder / "refunds.md").read_text()
        + "\n<script>alert(1)</script>[x](javascript:alert(1))\n"
    )
    main(["kb", "import", str(kb_folder)])
    capsys.readouterr()

    assert main(["kb", "show", "REF-001", "--html"]) == 0
    html = out(capsys)

    assert "<p>Your money goes back" in html
    assert "script" not in html
    assert "javascript" not in html


@pytest.mark.parametrize("first_pass", [False, True], ids=["as-shipped", "first-pass-always"])
def test_the_demo_knowledge_base_imports_cleanly_and_meets_its_golden_floor(
    context: AppContext,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    first_pass: bool,
) -> None:
    if first_pass:  # the demo is too small for ranking's first pass: make every query use it
        monkeypatch.setattr(ranking, "PRUNE_ABOVE", 0)
        monkeypatch.setattr(ranking, "RARE", 3)
    assert main(["kb", "import", str(DEMO_KB), "--json"]) == 0
    report = json.loads(out(capsys))
    assert report["skipped"] == []
    assert report["warnings"] == []
    assert report["added"] >= 80
    assert report["synonyms"] == "added"

    assert main(["kb", "eval", str(DEMO_KB / "golden.jsonl"), "--json"]) == 0
    result = json.loads(out(capsys))

    assert result["overall"]["queries"] >= 60
    assert result["overall"]["recall"] >= GOLDEN_FLOOR["recall"]
    assert result["overall"]["mrr"] >= GOLDEN_FLOOR["mrr"]
    for language in ("zh", "en", "mixed"):
        assert result["by_language"][language]["mrr"] >= GOLDEN_FLOOR["mrr_per_language"]


# Measured 0.982 recall@10 and 0.944 MRR@10 (mixed queries 0.898); with the first pass for
# every query 0.973 and 0.944. Raise as search improves.
GOLDEN_FLOOR = {"recall": 0.95, "mrr": 0.9, "mrr_per_language": 0.8}
