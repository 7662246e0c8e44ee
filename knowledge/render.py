"""Article Markdown to HTML that is safe to show, whatever the article contains.

python-markdown renders; nh3 (ammonia) then removes every script, event handler, style and
dangerous URL. Internal links `kb:ARTICLE-ID` stay as they are, for the viewer to open, and
images relative to the article become `kbasset:ARTICLE-ID/PATH`, served from the database.
"""

import posixpath
from urllib.parse import urlsplit

import markdown
import nh3

LINK_SCHEMES = frozenset({"http", "https", "mailto", "kb", "kbasset"})
_EXTENSIONS = ["tables", "fenced_code", "sane_lists"]
_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "th": {"align"},
    "td": {"align"},
    "code": {"class"},
}


def render(body: str, article_id: str) -> str:
    html = markdown.markdown(body, extensions=_EXTENSIONS, output_format="html")

    def keep(tag: str, attribute: str, value: str) -> str | None:
        if tag == "img" and attribute == "src":
            return asset_url(article_id, value)
        if tag == "a" and attribute == "href":
            return value if _scheme(value) in LINK_SCHEMES - {"kbasset"} else None
        return value

    return nh3.clean(
        html,
        tags=set(nh3.ALLOWED_TAGS) | {"img"},
        attributes=_ATTRIBUTES,
        attribute_filter=keep,
        url_schemes=set(LINK_SCHEMES),
        link_rel="noopener noreferrer",
        clean_content_tags={"script", "style"},
    )


def asset_url(article_id: str, src: str) -> str | None:
    """Where the viewer finds an image: only files beside the article, never elsewhere."""
    if _scheme(src) or src.startswith(("/", "\\")):
        return src if _scheme(src) in {"http", "https"} else None
    path = posixpath.normpath(src.replace("\\", "/"))
    if path.startswith("../") or path == "..":
        return None
    return f"kbasset:{article_id}/{path}"


def _scheme(url: str) -> str:
    return urlsplit(url.strip()).scheme.lower()
