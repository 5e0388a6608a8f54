"""The final letter as a PDF (WeasyPrint), and a PNG of its first page for the export screen.

The PDF is tagged (PDF/UA-1) with the letter's title and language, its footnotes sit at the foot
of the page that cites them (CSS ``float: footnote``) and nothing outside the document is ever
fetched: a letter must never make the server open a connection on an author's say-so.
"""

from __future__ import annotations

import io
import urllib.request
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pypdfium2  # type: ignore[import-untyped]
from babel.core import UnknownLocaleError
from babel.numbers import format_decimal
from flask import current_app, render_template
from weasyprint import CSS, HTML  # type: ignore[import-untyped]
from weasyprint.urls import URLFetcher, URLFetcherResponse  # type: ignore[import-untyped]

from signon.exports.blocks import Block, Footnote, Run
from signon.exports.letter import Letter

TEMPLATE = "letter/pdf.html"
STYLESHEET = "letter-pdf.css"
PAGE_SIZES = {"a4": "A4", "letter": "letter"}
# Two columns of names only where they pay: names short enough not to wrap in a half-width
# column, and a list short enough that WeasyPrint's column balancing stays cheap. Measured on
# this machine: columns doubled the layout time for 10,000 signatories and saved no pages.
TWO_COLUMN_LONGEST_NAME = 28
TWO_COLUMN_MAX_SIGNATORIES = 300
LINK_SCHEMES = ("http://", "https://", "mailto:")


class RefusedURL(ValueError):
    """A URL in the document that the PDF renderer will not fetch. WeasyPrint logs it and
    renders without the resource (a ValueError is what it expects from a fetcher)."""


class OfflineURLFetcher(URLFetcher):
    """WeasyPrint's fetcher limited to ``data:`` URLs, decoded in memory.

    WeasyPrint 70 wants an instance of its ``URLFetcher`` class (it reads attributes of the
    fetcher, so a bare function no longer does). Every other scheme (http, https, ftp, file) is
    refused before any handler runs: no socket is opened and no local file is read.
    """

    def __init__(self) -> None:
        super().__init__(allowed_protocols=("data",), allow_redirects=False, fail_on_errors=False)

    def fetch(self, url: str, headers: Mapping[str, str] | None = None) -> URLFetcherResponse:
        """The resource of a ``data:`` URL; RefusedURL for anything else."""
        if not url[:5].lower() == "data:":
            raise RefusedURL(f"not fetched while rendering a letter: {url[:200]}")
        # DataHandler decodes in memory; the opener's other handlers are never reached.
        with urllib.request.DataHandler().data_open(urllib.request.Request(url)) as response:  # noqa: S310 (data: only)
            return URLFetcherResponse(url, response.read(), dict(response.headers.items()))


# --------------------------------------------------------------------------- body layout
# The letter's body is a flat sequence of blocks; HTML (and so the PDF's structure tags) wants
# nested lists and a footnote's text where it is first cited. These small frozen shapes are
# what the template loops over, so that it only loops and branches.


@dataclass(frozen=True)
class NoteCall:
    """A footnote call. At its first call ``footnote`` is set and the template places the
    note's text there, which WeasyPrint floats to the foot of that page; a later call to the
    same note repeats only its number."""

    number: int
    footnote: Footnote | None


Inline = Run | NoteCall


@dataclass(frozen=True)
class Paragraph:
    kind: str  # "paragraph" or "heading"
    level: int
    inlines: tuple[Inline, ...]


@dataclass(frozen=True)
class Quote:
    paragraphs: tuple[tuple[Inline, ...], ...]


@dataclass(frozen=True)
class ListItem:
    inlines: tuple[Inline, ...]
    children: tuple[BodyList, ...]


@dataclass(frozen=True)
class BodyList:
    ordered: bool
    start: int
    items: tuple[ListItem, ...]


Segment = Paragraph | Quote | BodyList


@dataclass(frozen=True)
class PdfBody:
    segments: tuple[Segment, ...]
    # Notes that no call cites (Markdown keeps them): printed as endnotes after the body.
    uncited: tuple[Footnote, ...]


class _BodyBuilder:
    """Turns the letter's blocks into segments, placing each note's text at its first call."""

    def __init__(self, footnotes: Iterable[Footnote]) -> None:
        self.notes = {note.number: note for note in footnotes}
        self.placed: set[int] = set()

    def build(self, blocks: Iterable[Block]) -> PdfBody:
        segments: list[Segment] = []
        pending: list[Block] = []  # consecutive list items, or consecutive quoted paragraphs
        for block in blocks:
            if pending and _group(block) != _group(pending[0]):
                segments.extend(self._flush(pending))
                pending = []
            if _group(block):
                pending.append(block)
            else:
                segments.append(Paragraph(block.kind, block.level, self._inlines(block.runs)))
        segments.extend(self._flush(pending))
        uncited = tuple(note for number, note in self.notes.items() if number not in self.placed)
        return PdfBody(tuple(segments), uncited)

    def _flush(self, pending: list[Block]) -> tuple[Segment, ...]:
        if not pending:
            return ()
        if pending[0].kind == "quote":
            return (Quote(tuple(self._inlines(block.runs) for block in pending)),)
        return self._lists(pending, min(block.level for block in pending))

    def _lists(self, items: list[Block], level: int) -> tuple[BodyList, ...]:
        """Consecutive list items as nested lists: a deeper item belongs to the item above it;
        at one level, a switch between bullets and numbers starts a new list."""
        lists: list[BodyList] = []
        index = 0
        while index < len(items):
            ordered = items[index].kind == "number"
            start = items[index].number or 1
            entries: list[ListItem] = []
            while index < len(items) and (items[index].kind == "number") == ordered:
                block = items[index]
                index += 1
                deeper: list[Block] = []
                while index < len(items) and items[index].level > level:
                    deeper.append(items[index])
                    index += 1
                children = self._lists(deeper, min(item.level for item in deeper)) if deeper else ()
                entries.append(ListItem(self._inlines(block.runs), children))
            lists.append(BodyList(ordered, start, tuple(entries)))
        return tuple(lists)

    def _inlines(self, runs: Iterable[Run]) -> tuple[Inline, ...]:
        out: list[Inline] = []
        for run in runs:
            if run.note is None:
                out.append(run)
            elif run.note in self.placed or run.note not in self.notes:
                out.append(NoteCall(run.note, None))
            else:
                self.placed.add(run.note)
                out.append(NoteCall(run.note, self.notes[run.note]))
        return tuple(out)


def _group(block: Block) -> str:
    """Which blocks gather into one element: list items with list items, quotes with quotes."""
    if block.kind in ("bullet", "number"):
        return "list"
    return "quote" if block.kind == "quote" else ""


def pdf_body(letter: Letter) -> PdfBody:
    """The letter's body as the PDF template lays it out."""
    return _BodyBuilder(letter.footnotes).build(letter.body)


# --------------------------------------------------------------------------- rendering


def safe_href(href: str | None) -> str | None:
    """The link target when it is one a reader may follow (http, https, mailto), else None."""
    if href and href.strip().lower().startswith(LINK_SCHEMES):
        return href.strip()
    return None


def _number_formatter(language: str) -> Callable[[int], str]:
    locale = language.replace("-", "_")
    try:
        format_decimal(0, locale=locale)
    except (UnknownLocaleError, ValueError):
        locale = "en"
    return lambda value: format_decimal(value, locale=locale)


def two_columns(letter: Letter) -> bool:
    """Whether the names print in two columns: only short names in a short list."""
    return 0 < letter.longest_name <= TWO_COLUMN_LONGEST_NAME and letter.count <= TWO_COLUMN_MAX_SIGNATORIES


def letter_html(letter: Letter) -> str:
    """The letter as the HTML that WeasyPrint lays out (needs an app context)."""
    return render_template(
        TEMPLATE,
        letter=letter,
        body=pdf_body(letter),
        two_columns=two_columns(letter),
        number=_number_formatter(letter.language),
        safe_href=safe_href,
    )


def _stylesheets(letter: Letter, fetcher: URLFetcher) -> list[CSS]:
    css_file = Path(current_app.static_folder or "static") / STYLESHEET
    # The paper is a statement setting: one line of CSS rather than a second stylesheet.
    paper = f"@page {{ size: {PAGE_SIZES.get(letter.paper, 'A4')}; }}"
    return [
        CSS(string=css_file.read_text(encoding="utf-8"), url_fetcher=fetcher),
        CSS(string=paper, url_fetcher=fetcher),
    ]


def render_pdf(letter: Letter) -> bytes:
    """The letter as a tagged PDF (PDF/UA-1) with its title and language; needs an app context.

    Nothing outside the document is fetched: no base URL, and a fetcher that reads only
    ``data:`` URLs.
    """
    fetcher = OfflineURLFetcher()
    document = HTML(string=letter_html(letter), base_url=None, url_fetcher=fetcher)
    pdf: bytes = document.write_pdf(stylesheets=_stylesheets(letter, fetcher), pdf_variant="pdf/ua-1", pdf_tags=True)
    return pdf


def preview_png(pdf: bytes, *, width: int = 600) -> bytes:
    """Page 1 of a PDF as a PNG ``width`` pixels wide, for the export screen's preview."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        page = document[0]
        try:
            bitmap = page.render(scale=width / page.get_width())
            image = bitmap.to_pil()
        finally:
            page.close()
    finally:
        document.close()
    if image.width != width:
        # pdfium rounds the canvas up: a page of 595.28 pt at 600 px may come out 601 px wide.
        image = image.resize((width, max(1, round(image.height * width / image.width))))
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
