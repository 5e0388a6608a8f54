"""Markdown written by coordinators, turned into HTML that is safe to show to the public."""

from __future__ import annotations

import html as html_module
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


# Python-Markdown recurses once per level of nested lists and quotes (10,000 levels end in a
# RecursionError after minutes), and its link and footnote patterns take time that grows with
# the square of the brackets in a paragraph and of the references to one note. No letter comes
# near these limits; past them the text is shown as plain paragraphs (see structure_problem).
MAX_NESTING = 16
MAX_BRACKETS_PER_PARAGRAPH = 200
MAX_BRACKETS = 3000
MAX_FOOTNOTE_REFERENCES = 300
_PREFIX = re.compile(r"(?:[ \t]|>|[*+-](?=[ \t])|\d{1,9}[.)](?=[ \t]))*")
_LIST_MARKER = re.compile(r"[*+-](?=[ \t])|\d{1,9}[.)](?=[ \t])")


def _depth(line: str) -> int:
    """How deep a line nests: its quote markers and list markers, and its indentation when it
    is a list item (an indented line of plain text is one code block, not a nesting)."""
    prefix = _PREFIX.match(line)
    marks = prefix.group(0) if prefix else ""
    markers = len(_LIST_MARKER.findall(marks))
    indentation = len(marks.expandtabs(4)) - len(marks.expandtabs(4).lstrip(" ")) if markers else 0
    return marks.count(">") + markers + indentation // 4


def structure_problem(text: str) -> tuple[int, str] | None:
    """The line (counted from 1) and the reason why ``text`` is too deeply nested or too dense
    in brackets to be rendered as Markdown in bounded time; None for any real letter."""
    references = 0
    brackets = 0
    in_paragraph = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            in_paragraph = 0
            continue
        if _depth(line) > MAX_NESTING:
            return number, f"lists or quotes nested more than {MAX_NESTING} deep"
        references += line.count("[^")
        if references > MAX_FOOTNOTE_REFERENCES:
            return number, f"more than {MAX_FOOTNOTE_REFERENCES} footnote references"
        brackets += line.count("[")
        in_paragraph += line.count("[")
        if in_paragraph > MAX_BRACKETS_PER_PARAGRAPH:
            return number, f"a paragraph with more than {MAX_BRACKETS_PER_PARAGRAPH} '[' (links or notes)"
        if brackets > MAX_BRACKETS:
            return number, f"more than {MAX_BRACKETS} '[' (links or notes)"
    return None


def _plain_paragraphs(text: str) -> str:
    """The text escaped, as paragraphs with line breaks: what is shown of Markdown that cannot
    be rendered safely, so that a page never fails or hangs on it."""
    blocks = [block.strip() for block in re.split(r"\n\s*\n", text) if block.strip()]
    return "".join(f"<p>{html_module.escape(block).replace(chr(10), '<br>')}</p>" for block in blocks)


@lru_cache(maxsize=256)
def render_markdown(text: str) -> str:
    """Markdown with ``[^n]`` footnotes as sanitised HTML: footnotes numbered and linked both
    ways, sources clickable; raw HTML, scripts, event handlers and ``javascript:`` links gone.
    Text past the limits of ``structure_problem`` is shown as escaped plain paragraphs."""
    if structure_problem(text) is not None:
        return _plain_paragraphs(text)
    try:
        html = _markdown(text)
    except RecursionError:
        return _plain_paragraphs(text)
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        attribute_filter=_keep_attribute,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
    )


def _markdown(text: str) -> str:
    return markdown.markdown(
        text,
        extensions=["footnotes", "attr_list", "tables", "sane_lists", _BareUrlExtension()],
        extension_configs={
            # Numbered as cited, not as defined: readers meet note 1 first.
            "footnotes": {"BACKLINK_TITLE": "Back to the text of note %d", "USE_DEFINITION_ORDER": False}
        },
        output_format="html",
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
