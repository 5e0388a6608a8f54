"""The final letter as a PDF (WeasyPrint), and a PNG of its first page for the export screen.

The PDF is tagged (PDF/UA-1) with the letter's title and language, its footnotes sit at the foot
of the page that cites them (CSS ``float: footnote``) and nothing outside the document is ever
fetched: a letter must never make the server open a connection on an author's say-so.
"""

from __future__ import annotations

import io
import urllib.request
from collections.abc import Callable, Mapping
from pathlib import Path

import pypdfium2  # type: ignore[import-untyped]
from babel.core import UnknownLocaleError
from babel.numbers import format_decimal
from flask import current_app, render_template
from weasyprint import CSS, HTML  # type: ignore[import-untyped]
from weasyprint.urls import URLFetcher, URLFetcherResponse  # type: ignore[import-untyped]

from signon.exports.layout import body_layout
from signon.exports.letter import Letter
from signon.models.statuses import PaperSize

TEMPLATE = "letter/pdf.html"
STYLESHEET = "letter-pdf.css"
PAGE_SIZES = {PaperSize.a4: "A4", PaperSize.letter: "letter"}
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
        body=body_layout(letter),
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
