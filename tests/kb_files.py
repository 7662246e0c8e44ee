"""Writing small knowledge bases for tests."""

from pathlib import Path


def write_article(
    path: Path,
    article_id: str,
    title: str,
    body: str,
    *,
    language: str = "en",
    tags: tuple[str, ...] = (),
    audience: str = "customer",
) -> Path:
    tag_list = ", ".join(f'"{tag}"' for tag in tags)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f'+++\nid = "{article_id}"\ntitle = "{title}"\nlanguage = "{language}"\n'
        f'tags = [{tag_list}]\nproduct = "all"\naudience = "{audience}"\nowner = "kb-team"\n'
        f"updated = 2026-10-01\nrelated = []\n+++\n\n{body}\n",
        encoding="utf-8",
    )
    return path


def small_kb(folder: Path) -> Path:
    """Four articles, two per language, and a synonym list."""
    write_article(
        folder / "returns.md",
        "RET-001",
        "Returning an item",
        "Send the parcel back within 30 days. We pay the return shipping fee "
        "when the item arrived damaged.",
        tags=("returns", "shipping"),
    )
    write_article(
        folder / "refunds.md",
        "REF-001",
        "Refund timelines",
        "Your money goes back to the card you paid with within 5 working days.",
        tags=("refunds",),
    )
    write_article(
        folder / "zh" / "refunds.md",
        "REF-001-ZH",
        "退款到账时间",
        "退款会原路退回，一般 1–3 个工作日到账。",
        language="zh",
        tags=("退款",),
    )
    write_article(
        folder / "zh" / "lost.md",
        "LOST-001",
        "快递丢件处理",
        "包裹丢件时，核实物流后为客户补发或退款。",
        language="zh",
        tags=("丢件", "物流"),
        audience="internal",
    )
    (folder / "synonyms.toml").write_text(
        '[[group]]\nterms = ["退款", "退钱", "refund", "money back"]\n', encoding="utf-8"
    )
    return folder
