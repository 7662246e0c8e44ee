"""An article's sanitised HTML as a reply to paste: plain text with its list numbers and
links kept, and HTML without the parts that only work inside Frontline Desk."""

import html
import re
from html.parser import HTMLParser

_TITLE = re.compile(r"\s*<h1>(.*?)</h1>\s*", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
_SPACES = re.compile(r"\s+")
_ASSET_IMAGE = re.compile(r"""<img\b[^>]*\bsrc="kbasset:[^"]*"[^>]*>""")
_KB_LINK = re.compile(r"""<a\b[^>]*\bhref="kb:[^"]*"[^>]*>(.*?)</a>""", re.DOTALL)
_EMPTY_PARAGRAPH = re.compile(r"<p>\s*</p>\s*")
_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "table", "ul", "ol"}
_OUTSIDE_LINKS = ("http:", "https:", "mailto:")


def without_title(body_html: str, title: str) -> str:
    """The body without its first heading when that heading only repeats the title."""
    match = _TITLE.match(body_html)
    if match and _plain(match.group(1)) == title.strip():
        return body_html[match.end() :]
    return body_html


def reply_html(body_html: str) -> str:
    """The body for a rich-text paste: internal links become text, stored images go."""
    cleaned = _KB_LINK.sub(r"\1", _ASSET_IMAGE.sub("", body_html))
    return _EMPTY_PARAGRAPH.sub("", cleaned).strip()


def reply_text(body_html: str) -> str:
    writer = _TextWriter()
    writer.feed(body_html)
    writer.close()
    return writer.text()


def _plain(fragment: str) -> str:
    return _SPACES.sub(" ", html.unescape(_TAG.sub("", fragment))).strip()


class _TextWriter(HTMLParser):
    """Blocks separated by blank lines, list items numbered or bulleted, table rows with |."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._lines: list[tuple[bool, str]] = []  # (blank line before, text)
        self._words: list[str] = []
        self._prefix = ""
        self._gap = False
        self._lists: list[int | None] = []  # the next number of each open <ol>; None for <ul>
        self._cells: list[str] | None = None
        self._href: str | None = None
        self._link_start = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self._flush()
            self._gap = not self._lists
            if tag == "ol":
                self._lists.append(1)
            elif tag == "ul":
                self._lists.append(None)
        elif tag == "li":
            self._flush()
            self._prefix = "   " * (len(self._lists) - 1) + self._bullet()
        elif tag == "tr":
            self._flush()
            self._cells = []
        elif tag in {"td", "th"}:
            self._words = []  # the whitespace between cells
        elif tag == "br":
            self._words.append("\n")
        elif tag == "a":
            self._href = dict(attrs).get("href") or None
            self._link_start = len(self._words)

    def handle_endtag(self, tag: str) -> None:
        if tag in {"ul", "ol"} and self._lists:
            self._flush()
            self._lists.pop()
            self._gap = True
        elif tag in _BLOCKS or tag == "li":
            self._flush()
            self._gap = not self._lists
        elif tag in {"td", "th"}:
            self._flush_cell()
        elif tag == "tr" and self._cells is not None:
            cells, self._cells = self._cells, None
            self._words = []
            self._emit(" | ".join(cells).strip(" |"))
        elif tag == "a":
            self._close_link()

    def handle_data(self, data: str) -> None:
        self._words.append(data)

    def _bullet(self) -> str:
        number = self._lists[-1] if self._lists else None
        if number is None:
            return "• "
        self._lists[-1] = number + 1
        return f"{number}. "

    def _close_link(self) -> None:
        href, self._href = self._href, None
        if href is None or not href.startswith(_OUTSIDE_LINKS):
            return
        shown = _SPACES.sub(" ", "".join(self._words[self._link_start :])).strip()
        target = href.removeprefix("mailto:")
        if shown != target:
            self._words.append(f" ({target})")

    def _flush_cell(self) -> None:
        if self._cells is not None:
            self._cells.append(self._take())

    def _flush(self) -> None:
        """End the current line; a list item's number waits for its first words."""
        if self._cells is None and (text := self._take()):
            self._emit(self._prefix + text)
            self._prefix = ""

    def _take(self) -> str:
        lines = "".join(self._words).split("\n")
        self._words = []
        return "\n".join(_SPACES.sub(" ", line).strip() for line in lines).strip()

    def _emit(self, text: str) -> None:
        if text.strip():
            self._lines.append((self._gap, text))
            self._gap = False

    def text(self) -> str:
        self._flush()
        out: list[str] = []
        for gap, line in self._lines:
            if gap and out:
                out.append("")
            out.append(line)
        return "\n".join(out)
