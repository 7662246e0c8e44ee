"""The words of an article as a reader sees them, without Markdown or HTML syntax."""

import html
import re

from knowledge.render import render

_BLOCK_END = re.compile(r"</(?:p|h[1-6]|li|tr|pre|blockquote|table)>|<br\s*/?>", re.IGNORECASE)
_CELL_END = re.compile(r"</t[dh]>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def plain_text(markdown_body: str) -> str:
    """Text for the index and its snippets: what the viewer shows, one block per line."""
    rendered = render(markdown_body, article_id="")
    rendered = _CELL_END.sub(" | ", _BLOCK_END.sub("\n", rendered))
    text = html.unescape(_TAG.sub("", rendered))
    return _BLANK_LINES.sub("\n", text).strip()
