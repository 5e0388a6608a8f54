"""The final letter as one standalone, printable HTML page: a complete document in the letter's
language, its styles inline with a print stylesheet on the statement's paper, nothing fetched from
elsewhere, the whole letter in reading order with footnote calls that link to the notes, every name
escaped, right-to-left names laid out right to left, and no signatory's contact details."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from html.parser import HTMLParser

import pytest

from signon.exports.html import render_html
from signon.exports.letter import Letter, LetterOptions
from signon.services.letters.letters import build_letter
from tests import factories

SLUG = "national-guard-letter"
TITLE = "U.S. NGOs Denounce National Guard Actions in Migration Enforcement"
CITING = [
    "gravely concerned by the recent actions of the National Guard in migration enforcement.",
    "Since then, 15,000 more were deployed.",
    "We urge the government to clarify the role of the National Guard.",
]
NOTE_TEXTS = [
    'United States Department of State, "U.S.-Mexico Joint Declaration", 7 June 2019. '
    "www.state.gov/u-s-mexico-joint-declaration/",
    'AFP, "15 mil elementos de la Guardia Nacional", Animal Político, 24 June 2019. http://bit.ly/2xfX610',
    "Amnesty International, Urgent Action 93.19, https://www.amnesty.org/en/documents/amr41/0626/2019/en/",
]
ARABIC = "المنظمة العربية لحقوق الإنسان"
SCRIPT_NAME = "<script>alert(1)</script>"
# (name, category, city, country, contact name, contact email), in no particular order.
SIGNATORIES = [
    (
        "Washington Office on Latin America",
        "national",
        "Washington",
        "United States",
        "Ana Contact",
        "ana@wola.example",
    ),
    (
        "Centro de Atención al Migrante Éxodo",
        "international",
        "Agua Prieta",
        "México",
        "Beto Contact",
        "beto@came.example",
    ),
    ("The Advocates for Human Rights", "national", "Minneapolis", "United States", "Cleo Contact", "cleo@ahr.example"),
    (ARABIC, "international", "القاهرة", "مصر", "Dina Contact", "dina@aohr.example"),
    (SCRIPT_NAME, "state-and-local", "El Paso", "United States", "Eve Contact", "eve@script.example"),
]
# The order of the letter: category by category, names ignoring case, accents and a leading "The".
IN_ORDER = [
    "National",
    "The Advocates for Human Rights, Minneapolis, United States",
    "Washington Office on Latin America, Washington, United States",
    "State and Local",
    f"{SCRIPT_NAME}, El Paso, United States",
    "International",
    "Centro de Atención al Migrante Éxodo, Agua Prieta, México",
    f"{ARABIC}, القاهرة, مصر",
]


# --------------------------------------------------------------------------- helpers


class Page(HTMLParser):
    """The elements of an HTML page with their attributes, its text, and the text of each <style>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.texts: list[str] = []
        self.styles: list[str] = []
        self.open: list[str] = []
        self.li_texts: list[tuple[dict[str, str | None], list[str]]] = []
        self.title = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))
        if tag == "li":
            self.li_texts.append((dict(attrs), []))
        if tag not in ("br", "meta", "link", "img", "hr", "input"):
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.open:
            while self.open.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        inside = self.open[-1] if self.open else ""
        if inside == "style":
            self.styles.append(data)
        elif inside == "title":
            self.title += data
        else:
            self.texts.append(data)
            if "li" in self.open and self.li_texts:
                self.li_texts[-1][1].append(data)

    @property
    def text(self) -> str:
        """The visible text with white space squeezed, as a reader sees it."""
        return squeeze("".join(self.texts))

    def find(self, tag: str, **attributes: str) -> list[dict[str, str | None]]:
        return [
            attrs
            for name, attrs in self.elements
            if name == tag and all(attrs.get(key) == value for key, value in attributes.items())
        ]

    def item(self, text: str) -> dict[str, str | None]:
        """The attributes of the <li> whose text is ``text``."""
        (found,) = [attrs for attrs, texts in self.li_texts if squeeze("".join(texts)) == text]
        return found


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    return page


def squeeze(text: str) -> str:
    return " ".join(text.split())


def assert_in_order(text: str, expected: list[str]) -> None:
    position = 0
    for item in expected:
        found = text.find(squeeze(item), position)
        assert found >= 0, f"{item!r} missing after position {position} (or out of order)"
        position = found + len(squeeze(item))


def statement_with_signatories(**fields: object) -> None:
    s = factories.open_statement(SLUG, **fields)
    for name, category, city, country, contact, email in SIGNATORIES:
        factories.verified_signature(
            s,
            name,
            category=category,
            city=city,
            region="",
            country=country,
            contact_name=contact,
            contact_role="Director of Secrets",
            email=email,
            source_ip="198.51.100.23",
            user_agent="SecretBrowser/9.9",
        )
    factories.pending_signature(s, "Pending Coalition Not In The Letter", category="national")


def letter_with_body(body: str) -> Letter:
    s = factories.open_statement(SLUG, body=body)
    factories.verified_signature(s, "Latin America Working Group")
    return build_letter(SLUG)


@pytest.fixture
def letter(db) -> Letter:
    statement_with_signatories()
    return build_letter(SLUG)


@pytest.fixture
def html(letter: Letter) -> str:
    return render_html(letter)


# --------------------------------------------------------------------------- a standalone document


def test_html_is_a_complete_document_in_the_letters_language(html: str) -> None:
    assert html.lstrip().lower().startswith("<!doctype html>")
    page = parse(html)
    (root,) = page.find("html")
    assert root["lang"] == "en"
    assert page.find("meta", charset="utf-8")
    assert squeeze(page.title) == TITLE
    assert [name for name, _ in page.elements if name in ("html", "head", "body")] == ["html", "head", "body"]
    assert html.rstrip().endswith("</html>")


def test_html_lang_follows_the_statement(db) -> None:
    statement_with_signatories(language="es")
    (root,) = parse(render_html(build_letter(SLUG))).find("html")
    assert root["lang"] == "es"


def test_html_carries_its_own_print_stylesheet(html: str) -> None:
    page = parse(html)
    assert len(page.styles) == 1
    style = page.styles[0]
    assert "@media print" in style
    assert re.search(r"@page\s*\{[^}]*size:\s*A4\s*;", style)


@pytest.mark.parametrize(("paper", "size"), [("a4", "A4"), ("letter", "letter")])
def test_page_size_is_the_statements_paper(db, paper: str, size: str) -> None:
    statement_with_signatories(paper_size=paper)
    (style,) = parse(render_html(build_letter(SLUG))).styles
    assert re.search(rf"@page\s*\{{[^}}]*size:\s*{size}\s*;", style)


def test_export_option_overrides_the_statements_paper(db) -> None:
    statement_with_signatories(paper_size="a4")
    (style,) = parse(render_html(build_letter(SLUG, LetterOptions(paper="letter")))).styles
    assert re.search(r"@page\s*\{[^}]*size:\s*letter\s*;", style)


def test_html_needs_nothing_from_elsewhere(html: str) -> None:
    page = parse(html)
    assert not page.find("script")
    assert not page.find("link")
    assert not page.find("img") and not page.find("iframe") and not page.find("object")
    assert not [attrs for _, attrs in page.elements if "src" in attrs or "srcset" in attrs]
    assert not re.search(r"\bsrc\s*=", html, flags=re.IGNORECASE)
    style = "".join(page.styles)
    assert "@import" not in style and "url(" not in style
    # The only addresses are links a reader may follow: the sources in the notes.
    hrefs = [attrs["href"] for name, attrs in page.elements if name == "a" and attrs.get("href")]
    external = [href for href in hrefs if not href.startswith("#")]
    assert external == [
        "https://www.state.gov/u-s-mexico-joint-declaration/",
        "http://bit.ly/2xfX610",
        "https://www.amnesty.org/en/documents/amr41/0626/2019/en/",
    ]


# --------------------------------------------------------------------------- the letter


def test_html_holds_the_whole_letter_in_reading_order(letter: Letter, html: str) -> None:
    page = parse(html)
    addressee_lines = [line for addressee in letter.addressees for line in addressee.lines]
    assert len(addressee_lines) > 8
    assert_in_order(
        page.text,
        [
            "June 27, 2019",
            *addressee_lines,
            TITLE,
            "Dear Mr. President,",
            CITING[0] + "1",
            CITING[1] + "2",
            CITING[2] + "3",
            "Sincerely,",
            *NOTE_TEXTS,
            "Signatories (5)",
            *IN_ORDER,
        ],
    )
    assert "Pending Coalition" not in html


def test_title_and_signatories_heading_are_headings(html: str) -> None:
    assert re.search(rf"<h1>\s*{re.escape(TITLE)}\s*</h1>", html)
    assert re.search(r"<h2[^>]*>\s*Signatories \(5\)\s*</h2>", html)
    for label in ("National", "State and Local", "International"):
        assert f"<h3>{label}</h3>" in html


def test_every_footnote_call_links_to_its_note(html: str) -> None:
    page = parse(html)
    calls = [
        attrs["href"] for name, attrs in page.elements if name == "a" and (attrs.get("href") or "").startswith("#")
    ]
    assert calls == ["#note-1", "#note-2", "#note-3"]
    notes = [attrs for attrs, _ in page.li_texts if (attrs.get("id") or "").startswith("note-")]
    assert [n["id"] for n in notes] == ["note-1", "note-2", "note-3"]
    for number, text in enumerate(NOTE_TEXTS, 1):
        assert page.item(text)["id"] == f"note-{number}"
    # Each call is a superscript link, named for screen readers.
    for number in (1, 2, 3):
        assert re.search(rf'<sup[^>]*><a href="#note-{number}" aria-label="Note {number}">{number}</a></sup>', html)
    # The notes come after the closing and before the signatories.
    assert_in_order(html, ["Sincerely,", 'id="note-1"', 'id="note-3"', "Signatories (5)"])


def test_a_note_cited_twice_links_both_calls_to_one_note(db) -> None:
    html = render_html(letter_with_body("First.[^a] Again, in another paragraph:\n\nLater.[^a]\n\n[^a]: The source.\n"))
    page = parse(html)
    assert [a["href"] for a in page.find("a") if (a.get("href") or "").startswith("#")] == ["#note-1", "#note-1"]
    assert len(page.find("li", id="note-1")) == 1


def test_every_id_in_the_page_is_unique(db) -> None:
    html = render_html(letter_with_body("First.[^a]\n\nLater.[^a]\n\n[^a]: The source.\n"))
    ids = Counter(attrs["id"] for _, attrs in parse(html).elements if attrs.get("id"))
    assert [i for i, n in ids.items() if n > 1] == []


def test_body_emphasis_and_links_stay_html(db) -> None:
    html = render_html(letter_with_body("We *urge* you, **now**, to read [the report](https://example.org/report)."))
    assert (
        '<em>urge</em> you, <strong>now</strong>, to read <a href="https://example.org/report">the report</a>.' in html
    )


def test_signatories_are_grouped_with_their_places(html: str) -> None:
    page = parse(html)
    assert page.item("The Advocates for Human Rights, Minneapolis, United States") is not None
    assert_in_order(html, ['Washington Office on Latin America<span class="place">, Washington, United States</span>'])


# --------------------------------------------------------------------------- escaping, direction, privacy


def test_names_are_html_escaped(html: str) -> None:
    page = parse(html)
    assert not page.find("script")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert SCRIPT_NAME not in html
    assert page.item(f"{SCRIPT_NAME}, El Paso, United States") is not None


def test_title_and_text_fields_are_escaped(db) -> None:
    s = factories.open_statement(
        SLUG, title="Shelters & <b>Rights</b>", salutation="Dear <i>Minister</i>,", closing="<u>Sincerely</u>,"
    )
    factories.verified_signature(s, "Latin America Working Group", city="<em>Lima</em>", region="", country="Perú")
    html = render_html(build_letter(SLUG))
    page = parse(html)
    assert squeeze(page.title) == "Shelters & <b>Rights</b>"
    assert "<title>Shelters &amp; &lt;b&gt;Rights&lt;/b&gt;</title>" in html
    assert not page.find("b") and not page.find("i") and not page.find("u")
    assert "&lt;em&gt;Lima&lt;/em&gt;" in html
    assert_in_order(page.text, ["Dear <i>Minister</i>,", "<u>Sincerely</u>,", "<em>Lima</em>, Perú"])


def test_a_right_to_left_name_is_laid_out_right_to_left(letter: Letter, html: str) -> None:
    page = parse(html)
    assert page.item(f"{ARABIC}, القاهرة, مصر")["dir"] == "rtl"
    for name in IN_ORDER:
        if name not in ("National", "State and Local", "International") and not name.startswith(ARABIC):
            assert "dir" not in page.item(name)
    rtl = [s.name for g in letter.groups for s in g.signatories if s.right_to_left]
    assert rtl == [ARABIC]


def test_hebrew_and_persian_names_are_right_to_left_too(db) -> None:
    s = factories.open_statement(SLUG)
    for name in ("בצלם", "کانون مدافعان حقوق بشر", "«Memorial» Русский"):
        factories.verified_signature(s, name, city="", region="", country="", email=f"{len(name)}@example.org")
    page = parse(render_html(build_letter(SLUG)))
    assert page.item("בצלם")["dir"] == "rtl"
    assert page.item("کانون مدافعان حقوق بشر")["dir"] == "rtl"
    assert "dir" not in page.item("«Memorial» Русский")


def test_contact_details_of_signatories_never_appear(db) -> None:
    statement_with_signatories()
    for options in (LetterOptions(), LetterOptions(statuses=("verified", "pending"), grouping="alphabetical")):
        html = render_html(build_letter(SLUG, options))
        for *_, contact, email in SIGNATORIES:
            assert contact not in html
            assert email not in html
        for private in (
            "Director of Secrets",
            "198.51.100.23",
            "SecretBrowser",
            "contact@lawg.example.org",
            "Lisa Haugaard",
        ):
            assert private not in html


# --------------------------------------------------------------------------- options


def test_hiding_locations_leaves_only_names(db) -> None:
    statement_with_signatories()
    html = render_html(build_letter(SLUG, LetterOptions(show_location=False)))
    page = parse(html)
    assert 'class="place"' not in html
    assert page.item("Washington Office on Latin America") is not None
    assert "Minneapolis" not in html and "Agua Prieta" not in html


def test_without_addressees_there_is_no_address_block(db) -> None:
    statement_with_signatories()
    html = render_html(build_letter(SLUG, LetterOptions(include_addressees=False)))
    page = parse(html)
    assert not page.find("address")
    assert "López Obrador" not in html and "Embassy of Mexico" not in html
    assert_in_order(page.text, ["June 27, 2019", TITLE, "Dear Mr. President,"])


def test_alphabetical_grouping_is_one_list_without_labels(db) -> None:
    statement_with_signatories()
    page = parse(render_html(build_letter(SLUG, LetterOptions(grouping="alphabetical"))))
    assert not page.find("h3")
    assert_in_order(
        page.text,
        [
            "Signatories (5)",
            "The Advocates for Human Rights",
            "Centro de Atención al Migrante Éxodo",
            SCRIPT_NAME,
            "Washington Office on Latin America",
            ARABIC,
        ],
    )


def test_thousands_of_signatories_are_counted_with_a_separator(db) -> None:
    s = factories.open_statement(SLUG)
    factories.verified_signature(s, "One")
    letter = build_letter(SLUG)
    page = parse(render_html(replace(letter, count=1234)))
    assert "Signatories (1,234)" in page.text
