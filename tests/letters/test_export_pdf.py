"""The final letter as a PDF: everything in reading order, footnotes at the foot of the page that
cites them, real text in every script, a tagged PDF with title and language, the statement's paper,
and nothing fetched from outside while rendering."""

from __future__ import annotations

import re
import socket
import struct
import subprocess
import zlib
from pathlib import Path

import pytest
from weasyprint.urls import URLFetcherResponse

from signon.exports import layout, pdf
from signon.exports.blocks import Block, Footnote, Run
from signon.exports.letter import (
    Letter,
    LetterGroup,
    LetterOptions,
    LetterSignatory,
    first_page_only,
)
from signon.services.letters.letters import build_letter
from tests.letters.footnoted_letter import CITING, NOTE_TEXTS, statement_with_signatories
from tests.pdf_reading import assert_in_order, page_count, page_of, pdf_info, pdf_text, poppler, squeeze

NON_LATIN = ["Правозащитный центр «Мемориал»", "المنظمة العربية لحقوق الإنسان", "日本国際人権協会", "한국인권재단"]
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


# --------------------------------------------------------------------------- helpers


def pdf_objects(path: Path) -> bytes:
    """The PDF's bytes followed by every Flate stream decompressed: WeasyPrint packs objects
    (the catalog with its /Lang, link annotations) into compressed object streams."""
    raw = path.read_bytes()
    parts = [raw]
    for match in re.finditer(rb"stream\r?\n", raw):
        try:
            parts.append(zlib.decompressobj().decompress(raw[match.end() :]))
        except zlib.error:
            continue
    return b"\n".join(parts)


@pytest.fixture
def letter(db) -> Letter:
    statement_with_signatories()
    return build_letter("national-guard-letter")


@pytest.fixture
def letter_pdf(letter: Letter, tmp_path: Path) -> Path:
    path = tmp_path / "letter.pdf"
    path.write_bytes(pdf.render_pdf(letter))
    return path


def small_letter(**changes: object) -> Letter:
    fields: dict[str, object] = {
        "slug": "small",
        "title": "Small letter",
        "language": "en",
        "date_text": "1 May 2026",
        "addressees": (),
        "salutation": "Dear Minister,",
        "body": (Block("paragraph", (Run("We ask you to act."),)),),
        "footnotes": (),
        "closing": "Sincerely,",
        "groups": (LetterGroup("", (LetterSignatory("Short Name", "Lima, Peru"),)),),
        "count": 1,
        "paper": "a4",
        "show_location": True,
        "revision": 1,
        "stamp": "test",
    }
    fields.update(changes)
    return Letter(**fields)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- the letter as printed


def test_pdf_holds_the_whole_letter_in_reading_order(letter: Letter, letter_pdf: Path) -> None:
    text = pdf_text(letter_pdf)
    addressee_lines = [line for addressee in letter.addressees for line in addressee.lines]
    signatories: list[str] = []
    for group in letter.groups:
        signatories.append(group.label)
        # An Arabic line is extracted in display order: the next test reads it.
        signatories.extend(s.name for s in group.signatories if not s.right_to_left)
    assert len(addressee_lines) > 8 and len(letter.groups) == 2

    assert_in_order(
        text,
        [
            letter.date_text,
            *addressee_lines,
            "U.S. NGOs Denounce National Guard Actions in Migration Enforcement",
            "Dear Mr. President,",
            *CITING,
            "Sincerely,",
            "Signatories (6)",
            *signatories,
        ],
    )
    assert "Pending Coalition" not in text


def test_signatories_print_grouped_by_category_with_their_places(letter_pdf: Path) -> None:
    text = pdf_text(letter_pdf)
    assert_in_order(
        text,
        [
            "National (2)",
            "Latin America Working Group",
            "Washington, United States",
            "International (4)",
            "Centro de Atención al Migrante Éxodo",
            "Agua Prieta, México",
        ],
    )


def test_every_footnote_prints_at_the_foot_of_the_page_that_cites_it(letter_pdf: Path) -> None:
    pages = [page_of(letter_pdf, sentence) for sentence in CITING]
    # The filler pushes the third call over the page: a list of endnotes would fail here.
    assert pages[0] == 1 and pages[2] > pages[0]
    for page, note in zip(pages, NOTE_TEXTS, strict=True):
        on_page = pdf_text(letter_pdf, page)
        assert_in_order(on_page, [CITING[NOTE_TEXTS.index(note)], note])
        for other in range(1, page_count(letter_pdf) + 1):
            if other != page:
                assert squeeze(note) not in squeeze(pdf_text(letter_pdf, other))


def test_pdf_is_tagged_with_the_title_and_language(letter_pdf: Path) -> None:
    info = pdf_info(letter_pdf)
    assert info["Title"] == "U.S. NGOs Denounce National Guard Actions in Migration Enforcement"
    assert info["Tagged"] == "yes"
    objects = pdf_objects(letter_pdf)
    assert b"/Lang (en)" in objects
    assert b"/StructTreeRoot" in objects


@pytest.mark.parametrize(
    ("paper", "size"),
    [("a4", "595.276 x 841.89 pts (A4)"), ("letter", "612 x 792 pts (letter)")],
)
def test_pdf_is_printed_on_the_statements_paper(db, tmp_path: Path, paper: str, size: str) -> None:
    statement_with_signatories(paper_size=paper)
    path = tmp_path / "letter.pdf"
    path.write_bytes(pdf.render_pdf(build_letter("national-guard-letter")))
    assert pdf_info(path)["Page size"] == size


def test_export_option_overrides_the_statements_paper(db, tmp_path: Path) -> None:
    statement_with_signatories(paper_size="a4")
    path = tmp_path / "letter.pdf"
    path.write_bytes(pdf.render_pdf(build_letter("national-guard-letter", LetterOptions(paper="letter"))))
    assert pdf_info(path)["Page size"] == "612 x 792 pts (letter)"


def test_pages_are_numbered_page_n_of_m(letter_pdf: Path) -> None:
    total = page_count(letter_pdf)
    assert total >= 2
    for page in range(1, total + 1):
        assert f"Page {page} of {total}" in pdf_text(letter_pdf, page)


def test_cyrillic_arabic_and_cjk_names_print_as_real_text_in_fonts_that_have_them(letter_pdf: Path) -> None:
    text = pdf_text(letter_pdf)
    for name in NON_LATIN:
        # Arabic may come out in display order, so compare the letters, not their sequence.
        assert name in text or sorted(squeeze(name)) == sorted(squeeze(_arabic_line(text))), name
    fonts = subprocess.run([poppler("pdffonts"), str(letter_pdf)], check=True, capture_output=True, text=True).stdout
    # Real glyphs, not empty boxes: a font with each script is embedded.
    assert "CJK" in fonts
    assert "Arabic" in fonts


def _arabic_line(text: str) -> str:
    """The first line holding Arabic, without the embedding marks pdftotext wraps its words in."""
    line = next((line for line in text.splitlines() if re.search("[\u0600-\u06ff]{3}", line)), "")
    return re.sub("[\u202a-\u202e\u2066-\u2069]", "", line)


def test_links_in_footnotes_stay_links(letter_pdf: Path) -> None:
    raw = pdf_objects(letter_pdf)
    assert b"https://www.amnesty.org/en/documents/amr41/0626/2019/en/" in raw
    assert b"/URI" in raw


# --------------------------------------------------------------------------- body layout


def test_only_web_and_mail_links_are_kept() -> None:
    assert pdf.safe_href("https://example.org/a") == "https://example.org/a"
    assert pdf.safe_href("HTTP://example.org/") == "HTTP://example.org/"
    assert pdf.safe_href("mailto:a@example.org") == "mailto:a@example.org"
    for bad in ("javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "/relative", "", None):
        assert pdf.safe_href(bad) is None


def test_a_note_cited_twice_prints_its_text_once() -> None:
    note = Footnote(1, (Run("The source."),))
    body = (
        Block("paragraph", (Run("First"), Run("", note=1), Run(" and again"), Run("", note=1))),
        Block("paragraph", (Run("Later"), Run("", note=1))),
    )
    laid_out = layout.body_layout(small_letter(body=body, footnotes=(note,)))
    calls = [i for s in laid_out.segments for i in s.inlines if isinstance(i, layout.NoteCall)]  # type: ignore[union-attr]
    assert [(c.number, c.footnote) for c in calls] == [(1, note), (1, None), (1, None)]
    assert laid_out.uncited == ()


def test_a_note_cited_nowhere_prints_as_an_endnote(db, tmp_path: Path) -> None:
    note = Footnote(1, (Run("A note nobody cites."),))
    path = tmp_path / "letter.pdf"
    path.write_bytes(pdf.render_pdf(small_letter(footnotes=(note,))))
    assert_in_order(pdf_text(path), ["Sincerely,", "Notes", "A note nobody cites."])


def test_list_items_become_nested_lists() -> None:
    body = (
        Block("bullet", (Run("a"),)),
        Block("number", (Run("a.1"),), level=1, number=1),
        Block("number", (Run("a.2"),), level=1, number=2),
        Block("bullet", (Run("b"),)),
        Block("paragraph", (Run("after"),)),
        Block("number", (Run("one"),), number=1),
    )
    segments = layout.body_layout(small_letter(body=body)).segments
    outer, paragraph, numbered = segments
    assert isinstance(outer, layout.BodyList) and not outer.ordered
    assert [item.inlines[0].text for item in outer.items] == ["a", "b"]  # type: ignore[union-attr]
    (inner,) = outer.items[0].children
    assert inner.ordered and [item.inlines[0].text for item in inner.items] == ["a.1", "a.2"]  # type: ignore[union-attr]
    assert isinstance(paragraph, layout.Paragraph)
    assert isinstance(numbered, layout.BodyList) and numbered.ordered


def test_names_print_in_two_columns_only_when_short_and_few() -> None:
    def letter_of(name: str, count: int, place: str = "Lima, Peru") -> Letter:
        names = tuple(LetterSignatory(f"{name} {i}"[: len(name)], place) for i in range(count))
        return small_letter(groups=(LetterGroup("", names),), count=count)

    assert pdf.two_columns(letter_of("Short Name", 20))
    assert not pdf.two_columns(letter_of("A Name Far Too Long For A Half Column", 20))
    # Column balancing doubles WeasyPrint's layout time on a long list and saves no pages.
    limit = pdf.TWO_COLUMN_MAX_SIGNATORIES
    assert pdf.two_columns(letter_of("Short Name", limit))
    assert not pdf.two_columns(letter_of("Short Name", limit + 1))
    assert not pdf.two_columns(letter_of("Short Name", 10_000, place=""))


# --------------------------------------------------------------------------- nothing fetched


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open a connection fails the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        pytest.fail(f"a connection was attempted: {args!r}")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9/x.png",
        "https://example.org/style.css",
        "HTTPS://example.org/font.woff2",
        "ftp://example.org/x.png",
        "file:///etc/passwd",
    ],
)
def test_url_fetcher_refuses_remote_and_local_files_without_opening_a_socket(no_network: None, url: str) -> None:
    fetcher = pdf.OfflineURLFetcher()
    with pytest.raises(ValueError, match="not fetched"):
        fetcher(url)


def test_url_fetcher_reads_data_urls(no_network: None) -> None:
    response = pdf.OfflineURLFetcher()("data:text/plain;base64,aGVsbG8=")
    assert isinstance(response, URLFetcherResponse)
    assert response.read() == b"hello"


def test_rendering_fetches_nothing_even_when_the_html_asks(
    app, no_network: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    original = pdf.OfflineURLFetcher.fetch

    def recording(self: pdf.OfflineURLFetcher, url: str, headers: object = None) -> URLFetcherResponse:
        asked.append(url)
        return original(self, url, headers)

    hostile = (
        '<html><head><link rel="stylesheet" href="https://example.org/x.css"></head><body>'
        '<p>Text<img src="http://127.0.0.1:9/x.png"><img src="file:///etc/hostname"></p></body></html>'
    )
    monkeypatch.setattr(pdf.OfflineURLFetcher, "fetch", recording)
    monkeypatch.setattr(pdf, "letter_html", lambda letter: hostile)
    with app.app_context():
        assert pdf.render_pdf(small_letter()).startswith(b"%PDF")
    # WeasyPrint asked our fetcher for each resource, and the fetcher opened nothing.
    assert {"http://127.0.0.1:9/x.png", "file:///etc/hostname"} <= set(asked)


# --------------------------------------------------------------------------- preview


@pytest.mark.parametrize("width", [600, 240])
def test_preview_is_a_png_of_the_first_page_at_the_asked_width(app, width: int) -> None:
    with app.app_context():
        document = pdf.render_pdf(small_letter())
    png = pdf.preview_png(document, width=width)
    assert png.startswith(PNG_MAGIC)
    png_width, png_height = struct.unpack(">II", png[16:24])
    assert png_width == width
    assert png_height == pytest.approx(width * 841.89 / 595.276, abs=2)


def test_the_first_page_preview_matches_page_one_of_the_whole_letter(app, tmp_path: Path) -> None:
    names = tuple(
        LetterSignatory(f"Coalition for Human Rights No. {i:04d}", "Austin, United States") for i in range(400)
    )
    whole = small_letter(groups=(LetterGroup("National", names),), count=400)
    first = first_page_only(whole)
    assert sum(len(g.signatories) for g in first.groups) < 400
    assert first.groups[0].size == 400 and first.stamp != whole.stamp
    with app.app_context():
        (tmp_path / "whole.pdf").write_bytes(pdf.render_pdf(whole))
        (tmp_path / "first.pdf").write_bytes(pdf.render_pdf(first))
    assert pdf_text(tmp_path / "first.pdf", 1) == pdf_text(tmp_path / "whole.pdf", 1).replace(
        f"of {page_count(tmp_path / 'whole.pdf')}", f"of {page_count(tmp_path / 'first.pdf')}"
    )
    assert "National (400)" in pdf_text(tmp_path / "first.pdf", 1)
