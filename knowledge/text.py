"""The words of an article as a reader sees them, without Markdown or HTML syntax.

For the index and its snippets only, so it strips the syntax with a few expressions instead
of rendering: python-markdown took as long as analysing the text did (the viewer still renders
with it, `knowledge.render`).
"""

import html
import re

_HIDDEN = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_FENCE = re.compile(r"^\s*(?:```|~~~).*$", re.MULTILINE)
_RULE = re.compile(r"^\s*(?:[-=*_]\s*){3,}$", re.MULTILINE)  # also setext underlines
_BLOCK_MARK = re.compile(r"^\s*(?:>\s*)*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+)?", re.MULTILINE)
_HEADING_END = re.compile(r"\s+#+\s*$", re.MULTILINE)
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])")
_AUTOLINK = re.compile(r"<((?:https?|mailto|kb):[^>\s]+)>")
_TAG = re.compile(r"</?[A-Za-z][^>]*>|<!--.*?-->", re.DOTALL)
_EMPHASIS = re.compile(r"\*+|(?<!\w)_+|_+(?!\w)|`+|~~")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
# A table: a header row with a pipe, a delimiter row (|---|:--:|), then rows with a pipe.
_TABLE = re.compile(
    r"^(?P<head>.*(?<!\\)\|.*)\n"
    r"(?=.*\|)[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$"
    r"(?P<body>(?:\n.*(?<!\\)\|.*)*)",
    re.MULTILINE,
)
_PIPE = re.compile(r"(?<!\\)\|")
# Between a row's cells: a mark the analysis skips, so cells read apart but index as words.
_CELL_GAP = " · "
_BLANK_LINES = re.compile(r"\n\s*\n+")


def plain_text(markdown_body: str) -> str:
    """Text for the index and its snippets: what the viewer shows, one block per line."""
    text = _HIDDEN.sub("", markdown_body)
    text = _FENCE.sub("", text)
    # Before block marks are stripped, which also takes the blank lines that end a table.
    text = _TABLE.sub(_table_as_text, text)
    text = _RULE.sub("", text)
    text = _BLOCK_MARK.sub("", text)
    text = _HEADING_END.sub("", text)
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _TAG.sub("", text)
    text = _EMPHASIS.sub("", text)
    text = html.unescape(_ESCAPE.sub(r"\1", text))
    return _BLANK_LINES.sub("\n", text).strip()


def _table_as_text(table: re.Match[str]) -> str:
    """A table's rows, one per line, as their cells' text; the delimiter row dropped."""
    rows = [table["head"], *table["body"].split("\n")[1:]]
    return "\n".join(_CELL_GAP.join(_cells(row)) for row in rows)


def _cells(row: str) -> list[str]:
    """The row's non-empty cells; an escaped pipe is text (unescaped later)."""
    return [cell for cell in (part.strip() for part in _PIPE.split(row)) if cell]
