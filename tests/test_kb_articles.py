"""Article files: front matter, clear reasons for broken ones, and HTML that is always safe."""

import pytest

from knowledge.article import Article, ArticleError, Audience, parse_article
from knowledge.render import render

GOOD = """+++
id = "RET-001"
title = "退货政策总览"
language = "zh"
tags = ["returns", "退货"]
product = "all"
audience = "customer"
owner = "returns-team"
updated = 2026-09-14
related = ["REF-001"]
+++

# 退货政策总览

收到商品 7 天内可无理由退货。
"""


def test_a_good_article_is_read_with_every_front_matter_key() -> None:
    article = parse_article(GOOD.encode())

    assert isinstance(article, Article)
    assert (article.id, article.title, article.language) == ("RET-001", "退货政策总览", "zh")
    assert article.tags == ("returns", "退货")
    assert article.audience is Audience.CUSTOMER
    assert article.related == ("REF-001",)
    assert article.updated.isoformat() == "2026-09-14"
    assert article.body.startswith("# 退货政策总览")


def test_the_content_hash_changes_with_the_text_and_nothing_else() -> None:
    same = parse_article(GOOD.encode())
    edited = parse_article(GOOD.replace("7 天内", "15 天内").encode())

    assert parse_article(GOOD.encode()).content_hash == same.content_hash
    assert edited.content_hash != same.content_hash


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (GOOD.replace("+++\nid", "id", 1).encode(), "line 1: front matter must start with +++"),
        (GOOD.replace("+++\n\n#", "\n#").encode(), "no closing +++"),
        (GOOD.replace('title = "退货政策总览"', 'title = "退货'), "front matter:"),
        (GOOD.replace('id = "RET-001"', 'id = "ret 1"').encode(), "id 'ret 1'"),
        (GOOD.replace('language = "zh"', 'language = "Chinese!"').encode(), "language"),
        (GOOD.replace('"customer"', '"everyone"').encode(), "audience 'everyone'"),
        (GOOD.replace("2026-09-14", '"last week"').encode(), "updated: write a date"),
        (GOOD.replace('owner = "returns-team"\n', "").encode(), "owner is missing"),
        (GOOD.replace('tags = ["returns", "退货"]', 'tags = "returns"').encode(), "tags must"),
        (GOOD.replace("product", "produkt").encode(), "unknown key 'produkt'"),
        (GOOD.split("# 退货政策总览", maxsplit=1)[0].encode(), "no text after its front matter"),
        (GOOD.encode()[:-30] + b"\xff\xfe\n", "not valid UTF-8"),
        (GOOD.encode() + b"x" * 200_001, "larger than 200 KB"),
    ],
)
def test_a_broken_article_says_why(data: bytes | str, reason: str) -> None:
    raw = data.encode() if isinstance(data, str) else data

    with pytest.raises(ArticleError) as error:
        parse_article(raw)

    assert reason in str(error.value)


def test_markdown_features_render() -> None:
    html = render(
        "| 天数 | 退款 |\n|---|---|\n| 1 | 3 |\n\n```\nLUMEN-2026-000123\n```\n\n"
        "1. 第一步\n2. 第二步\n\n[退款时效](kb:REF-001) ![标签](images/label.png)",
        "RET-001",
    )

    assert "<table>" in html
    assert "<td>3</td>" in html
    assert "<pre><code>LUMEN-2026-000123" in html
    assert "<ol>" in html
    assert 'href="kb:REF-001"' in html
    assert 'src="kbasset:RET-001/images/label.png"' in html


@pytest.mark.parametrize(
    "attack",
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        '<a href="JaVaScRiPt:alert(1)">x</a>',
        "[x](javascript:alert(1))",
        "[x](&#106;avascript:alert(1))",
        '<a href="data:text/html,<script>alert(1)</script>">x</a>',
        "<iframe src=https://evil.example></iframe>",
        "<svg onload=alert(1)></svg>",
        '<p style="background:url(javascript:alert(1))" onclick="alert(1)">x</p>',
        '<object data="x.swf"></object><embed src="x.swf">',
        '<form action="https://evil.example"><input name="pin"></form>',
        "![x](../../../etc/passwd)",
        '<a href="vbscript:msgbox(1)">x</a>',
        '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    ],
)
def test_nothing_dangerous_survives_rendering(attack: str) -> None:
    html = render(f"Before\n\n{attack}\n\nafter", "RET-001").lower()

    for danger in ("<script", "onerror", "onload", "onclick", "javascript:", "vbscript:"):
        assert danger not in html
    for tag in ("<iframe", "<object", "<embed", "<form", "<input", "style=", "data:", "/etc/"):
        assert tag not in html
    assert "before" in html
