"""One signatory list: the public page and the letter in every format list the same names, in
the same groups and order, with the same places and the same note on individuals ("for
identification purposes only"). Pinned ones lead under "Initiated by"; hidden and pending ones
are in none; names sort without case, accents or a leading "The"."""

from __future__ import annotations

import io
import re
from html import unescape
from pathlib import Path

import docx
import pytest

from signon.services.letters import exports
from signon.services.statements.signatory_list import INDIVIDUALS_NOTE
from tests import factories
from tests.pdf_reading import pdf_text, squeeze

SLUG = "national-guard-letter"
TITLE = "Joint Statement on Shelters"
INDIVIDUAL = "Ana Martínez, Universidad de Sonora"
# (name, category, city, region, country, fields): entered in no particular order.
SIGNATURES = [
    ("Kino Border Initiative", "national", "Nogales", "AZ", "United States", {}),
    ("The Advocates for Human Rights", "national", "Minneapolis", "MN", "United States", {}),
    ("Équipe Migrants", "international", "Paris", "", "France", {}),
    ("Latin America Working Group", "national", "Washington", "DC", "United States", {"pinned": True}),
    ("Centro de Atención al Migrante Éxodo", "international", "Agua Prieta", "Sonora", "México", {"pinned": True}),
    (INDIVIDUAL, "state-and-local", "Hermosillo", "Sonora", "México", {"individual": True}),
    ("Hope Border Institute", "state-and-local", "El Paso", "TX", "United States", {}),
    ("alianza Ñandutí", "international", "Asunción", "", "Paraguay", {}),
    ("Hidden Coalition", "national", "Austin", "TX", "United States", {"hidden": True}),
]
PENDING = "Pending Network Not Listed"
# What every listing must show, in this order: (group, name, individual, place).
EXPECTED = [
    ("Initiated by", "Centro de Atención al Migrante Éxodo", False, "Agua Prieta, Sonora, México"),
    ("Initiated by", "Latin America Working Group", False, "Washington, DC, United States"),
    ("National", "The Advocates for Human Rights", False, "Minneapolis, MN, United States"),
    ("National", "Kino Border Initiative", False, "Nogales, AZ, United States"),
    ("State and Local", INDIVIDUAL, True, "Hermosillo, Sonora, México"),
    ("State and Local", "Hope Border Institute", False, "El Paso, TX, United States"),
    ("International", "alianza Ñandutí", False, "Asunción, Paraguay"),
    ("International", "Équipe Migrants", False, "Paris, France"),
]
Listing = list[tuple[str, str, bool, str]]


@pytest.fixture
def statement(db) -> None:
    # No footnotes: at the foot of the page they would follow the names in the PDF's text.
    s = factories.open_statement(SLUG, title=TITLE, body="We urge the government to protect the shelters.")
    for n, (name, category, city, region, country, fields) in enumerate(SIGNATURES):
        factories.verified_signature(
            s, name, category=category, city=city, region=region, country=country, email=f"c{n}@example.org", **fields
        )
    factories.pending_signature(s, PENDING, category="national", email="pending@example.org")


def printed(listing: Listing, label: str = "{group}", item: str = "{name}{mark}, {place}") -> list[str]:
    """The listing as a letter prints it, one line per group label and per signatory."""
    sizes = {group: sum(1 for g, *_ in listing if g == group) for group, *_ in listing}
    out: list[str] = []
    current = None
    for group, name, individual, place in listing:
        if group != current:
            out.append(label.format(group=group, size=sizes[group]))
            current = group
        out.append(item.format(name=name, mark=" (individual)" if individual else "", place=place))
    return out


# --------------------------------------------------------------------------- each listing read back


def page_listing(html: str) -> tuple[Listing, str]:
    section = html[html.index('id="signatories"') :]
    listing: Listing = []
    for label, body in re.findall(r"<h3>(.*?)</h3>\s*<ul[^>]*>(.*?)</ul>", section, flags=re.S):
        for name, mark, place in re.findall(
            r'<li><span class="org">(.*?)</span>( <span class="individual">\(individual\)</span>)?'
            r'(?: <span class="place">(.*?)</span>)?</li>',
            body,
        ):
            listing.append((unescape(label), unescape(name), bool(mark), unescape(place)))
    notes = re.findall(r'<p class="muted">(Individuals [^<]*)</p>', section)
    return listing, unescape(" ".join(notes))


def html_listing(html: str) -> tuple[Listing, str]:
    section = html[
        html.index('<section class="signatories"') : html.index("</section>", html.index("signatories-title"))
    ]
    listing: Listing = []
    for label, body in re.findall(r"<h3>(.*?)</h3>\s*<ul>(.*?)</ul>", section, flags=re.S):
        for name, mark, place in re.findall(
            r'<li(?: dir="rtl")?>(.*?)( <span class="individual">\(individual\)</span>)?'
            r'(?:<span class="place">, (.*?)</span>)?</li>',
            body,
        ):
            listing.append((unescape(label), unescape(name), bool(mark), unescape(place)))
    notes = re.findall(r'<p class="individuals-note">(.*?)</p>', section)
    return listing, unescape(" ".join(notes))


def text_lines(text: str, start: str) -> list[str]:
    """The non-empty lines from the signatories heading on, without the heading."""
    lines = [line for line in text[text.index(start) :].splitlines() if line.strip()]
    return lines[1:]


def docx_lines(content: bytes) -> list[str]:
    paragraphs = [p.text for p in docx.Document(io.BytesIO(content)).paragraphs]
    start = next(i for i, text in enumerate(paragraphs) if text.startswith("Signatories ("))
    return [text for text in paragraphs[start + 1 :] if text.strip()]


def pdf_signatories(content: bytes, tmp_path: Path) -> str:
    """The PDF's text from the signatories heading on, without the running page footers."""
    path = tmp_path / "letter.pdf"
    path.write_bytes(content)
    text = pdf_text(path)
    lines = text[text.index("Signatories (") :].splitlines()[1:]
    return "\n".join(line for line in lines if line.strip() != TITLE and not re.fullmatch(r"Page \d+ of \d+", line))


# --------------------------------------------------------------------------- the rules


def test_the_public_page_lists_the_signatories_in_the_expected_order(client, statement):
    listing, note = page_listing(client.get(f"/s/{SLUG}").get_data(as_text=True))
    assert listing == EXPECTED
    assert note == INDIVIDUALS_NOTE


def test_the_html_letter_lists_what_the_public_page_lists(client, statement):
    page = page_listing(client.get(f"/s/{SLUG}").get_data(as_text=True))
    html = exports.letter_file(SLUG, "html").content.decode("utf-8")
    assert html_listing(html) == page
    assert PENDING not in html and "Hidden Coalition" not in html


def test_the_text_and_markdown_letters_list_what_the_public_page_lists(client, statement):
    listing, note = page_listing(client.get(f"/s/{SLUG}").get_data(as_text=True))
    text = exports.letter_file(SLUG, "txt").content.decode("utf-8")
    assert text_lines(text, "SIGNATORIES (") == [*printed(listing, item="- {name}{mark}, {place}"), note]
    markdown = exports.letter_file(SLUG, "md").content.decode("utf-8")
    assert text_lines(markdown, "## Signatories (") == [
        *printed(listing, label="### {group}", item="- {name}{mark}, {place}"),
        note,
    ]


def test_the_word_letter_lists_what_the_public_page_lists(client, statement):
    listing, note = page_listing(client.get(f"/s/{SLUG}").get_data(as_text=True))
    assert docx_lines(exports.letter_file(SLUG, "docx").content) == [*printed(listing), note]


def test_the_pdf_letter_lists_what_the_public_page_lists(client, statement, tmp_path):
    listing, note = page_listing(client.get(f"/s/{SLUG}").get_data(as_text=True))
    expected = [*printed(listing, label="{group} ({size})", item="{name}{mark} – {place}"), note]
    got = pdf_signatories(exports.letter_file(SLUG, "pdf").content, tmp_path)
    assert squeeze(got) == squeeze("".join(expected))
    assert got.count("(individual)") == 1
