"""Markdown written by coordinators, turned into HTML that is safe to show to the public."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from functools import lru_cache

import markdown
import nh3
from markdown.extensions import Extension
from markdown.inlinepatterns import InlineProcessor

ALLOWED_TAGS = {
    "p", "br", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b", "i", "u", "s", "blockquote",
    "ul", "ol", "li", "a", "sup", "sub", "div", "hr", "code", "pre", "abbr",
    "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title", "id", "class"},
    "abbr": {"title"},
    "sup": {"id", "class"},
    "li": {"id", "class"},
    "div": {"id", "class"},
    "hr": {"id", "class"},
    "th": {"align"},
    "td": {"align"},
    "ol": {"start"},
}
URL_SCHEMES = {"http", "https", "mailto"}
# Only the ids and classes the footnotes extension writes: an id chosen by an author could
# otherwise shadow the page's own elements.
_FOOTNOTE_ID = re.compile(r"^fn(ref)?(\d+)?:[\w-]+$")
_FOOTNOTE_CLASSES = {"footnote", "footnote-ref", "footnote-backref"}

# \x02 and \x03 delimit Python-Markdown's placeholders (footnote references and the like):
# a URL must stop before them.
_BARE_URL = r"(?<![\w/@])((?:https?://|www\.)[^\s<>\"'\x02\x03]+[^\s<>\"'.,;:!?)\]\x02\x03])"


class _BareUrl(InlineProcessor):
    """Links written as plain text (``www.state.gov/...``) become clickable, as in the sources
    coordinators paste from Word."""

    ANCESTOR_EXCLUDES = ("a",)

    def handleMatch(  # type: ignore[override]  # noqa: N802
        self, m: re.Match[str], data: str
    ) -> tuple[ElementTree.Element, int, int]:
        text = m.group(1)
        link = ElementTree.Element("a")
        link.set("href", text if text.startswith("http") else f"https://{text}")
        link.text = text
        return link, m.start(0), m.end(0)


class _BareUrlExtension(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802
        md.inlinePatterns.register(_BareUrl(_BARE_URL, md), "bare_url", 5)


def _keep_attribute(tag: str, attribute: str, value: str) -> str | None:
    if attribute == "id":
        return value if _FOOTNOTE_ID.match(value) else None
    if attribute == "class":
        kept = [c for c in value.split() if c in _FOOTNOTE_CLASSES]
        return " ".join(kept) or None
    return value


@lru_cache(maxsize=256)
def render_markdown(text: str) -> str:
    """Markdown with ``[^n]`` footnotes as sanitised HTML: footnotes numbered and linked both
    ways, sources clickable; raw HTML, scripts, event handlers and ``javascript:`` links gone."""
    html = markdown.markdown(
        text,
        extensions=["footnotes", "attr_list", "tables", "sane_lists", _BareUrlExtension()],
        extension_configs={
            # Numbered as cited, not as defined: readers meet note 1 first.
            "footnotes": {"BACKLINK_TITLE": "Back to the text of note %d", "USE_DEFINITION_ORDER": False}
        },
        output_format="html",
    )
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        attribute_filter=_keep_attribute,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
    )


def footnote_labels(text: str) -> tuple[set[str], set[str]]:
    """The footnote labels a Markdown text cites and those it defines."""
    definition = re.compile(r"^ {0,3}\[\^([^\]\s]+)\]:", flags=re.MULTILINE)
    defined = set(definition.findall(text))
    starts = {m.start(1) for m in definition.finditer(text)}
    cited = {m.group(1) for m in re.finditer(r"\[\^([^\]\s]+)\]", text) if m.start(1) not in starts}
    return cited, defined


def split_footnotes(html: str) -> tuple[str, str]:
    """The text and its footnotes apart, so that the closing of a letter can stand between them."""
    marker = '<div class="footnote">'
    if marker not in html:
        return html, ""
    index = html.rindex(marker)
    return html[:index], html[index:]
