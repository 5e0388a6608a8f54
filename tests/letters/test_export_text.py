"""The final letter as plain text and as Markdown, ready to paste into an email: the whole letter in
reading order, footnotes as numbered notes at the end, signatories grouped with their places, and
Markdown that the project's own renderer turns back into the same letter, names left as written."""

from __future__ import annotations

from collections.abc import Callable
from html.parser import HTMLParser

import pytest

from signon.exports.letter import Letter, LetterOptions
from signon.exports.text import render_markdown, render_text
from signon.markup import render_markdown as markdown_to_html
from signon.services.letters.letters import build_letter
from tests import factories

Render = Callable[[Letter], str]
SLUG = "national-guard-letter"
TITLE = "U.S. NGOs Denounce National Guard Actions in Migration Enforcement"
CITING = [
    "gravely concerned by the recent actions of the National Guard in migration enforcement.",
    "Since then, 15,000 more were deployed.",
    "We urge the government to clarify the role of the National Guard.",
]
NOTE_TEXTS = [
    'United States Department of State, "U.S.-Mexico Joint Declaration", 7 June 2019.',
    'AFP, "15 mil elementos de la Guardia Nacional", Animal Político, 24 June 2019.',
    "Amnesty International, Urgent Action 93.19,",
]
NOTE_URLS = [
    "www.state.gov/u-s-mexico-joint-declaration/",
    "http://bit.ly/2xfX610",
    "https://www.amnesty.org/en/documents/amr41/0626/2019/en/",
]
# (name, category, city, country), in no particular order: the letter sorts them.
SIGNATORIES = [
    ("Washington Office on Latin America", "national", "Washington", "United States"),
    ("Centro de Atención al Migrante Éxodo", "international", "Agua Prieta", "México"),
    ("The Advocates for Human Rights", "national", "Minneapolis", "United States"),
    ("Amnesty International", "international", "London", "United Kingdom"),
    ("border Network for Human Rights", "state-and-local", "El Paso", "United States"),
]
# The order of the letter: category by category, names ignoring case, accents and a leading "The".
IN_ORDER = [
    ("National", None),
    ("The Advocates for Human Rights", "Minneapolis, United States"),
    ("Washington Office on Latin America", "Washington, United States"),
    ("State and Local", None),
    ("border Network for Human Rights", "El Paso, United States"),
    ("International", None),
    ("Amnesty International", "London, United Kingdom"),
    ("Centro de Atención al Migrante Éxodo", "Agua Prieta, México"),
]
TRICKY_NAME = "Coalition *for* [Justice]"


# --------------------------------------------------------------------------- helpers


def statement_with_signatories(**fields: object) -> None:
    s = factories.open_statement(SLUG, **fields)
    for name, category, city, country in SIGNATORIES:
        factories.verified_signature(
            s, name, category=category, city=city, region="", country=country, email=f"{len(name)}@example.org"
        )
    factories.pending_signature(s, "Pending Coalition Not In The Letter", category="national")


def assert_in_order(text: str, expected: list[str]) -> None:
    position = 0
    for item in expected:
        found = text.find(item, position)
        assert found >= 0, f"{item!r} missing after position {position} (or out of order)"
        position = found + len(item)


def signatory_lines(letter: Letter) -> list[str]:
    """The group labels and "name, place" of every signatory, in the order of the letter."""
    lines: list[str] = []
    for group in letter.groups:
        if group.label:
            lines.append(group.label)
        lines.extend(f"{s.name}, {s.place}" if s.place else s.name for s in group.signatories)
    return lines


def letter_with_body(body: str, **fields: object) -> Letter:
    s = factories.open_statement(SLUG, body=body, **fields)
    factories.verified_signature(s, "Latin America Working Group")
    return build_letter(SLUG)


class _Elements(HTMLParser):
    """Every element of an HTML text with its attributes, in document order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, dict(attrs)))


def parse(html: str) -> _Elements:
    parser = _Elements()
    parser.feed(html)
    parser.close()
    return parser


def tag_names(html: str) -> list[str]:
    return [name for name, _ in parse(html).found]


@pytest.fixture
def letter(db) -> Letter:
    statement_with_signatories()
    return build_letter(SLUG)


# --------------------------------------------------------------------------- plain text


def test_text_holds_the_whole_letter_in_reading_order(letter: Letter) -> None:
    text = render_text(letter)
    addressee_lines = [line for addressee in letter.addressees for line in addressee.lines]
    assert len(addressee_lines) > 8

    assert_in_order(
        text,
        [
            "June 27, 2019",
            *addressee_lines,
            TITLE,
            "Dear Mr. President,",
            CITING[0] + "[1]",
            CITING[1] + "[2]",
            CITING[2] + "[3]",
            "Sincerely,",
            "Notes",
            *[f"[{n}] {note} {url}" for n, (note, url) in enumerate(zip(NOTE_TEXTS, NOTE_URLS, strict=True), 1)],
            "SIGNATORIES (5 signatories)",
            *signatory_lines(letter),
        ],
    )
    assert "Pending Coalition" not in text


def test_text_lists_signatories_by_category_with_their_places_in_letter_order(letter: Letter) -> None:
    lines = render_text(letter).splitlines()
    expected = [label if place is None else f"- {label}, {place}" for label, place in IN_ORDER]
    # Each label and each signatory is a line of its own, in the order of the letter.
    assert [line for line in lines if line in expected] == expected


def test_text_is_plain_without_markdown_or_html(letter: Letter) -> None:
    text = render_text(letter)
    assert "[^" not in text
    assert "<" not in text and "&quot;" not in text and "&amp;" not in text
    assert not any(line.startswith("#") for line in text.splitlines())
    # Notes keep their URLs as text, so that a mail client makes them links.
    for url in NOTE_URLS:
        assert url in text


def test_footnote_numbers_follow_the_order_of_citation(db) -> None:
    body = "First the later source.[^b] Then the earlier one.[^a]\n\n[^a]: Source A.\n[^b]: Source B.\n"
    letter = letter_with_body(body)
    text = render_text(letter)
    assert "First the later source.[1] Then the earlier one.[2]" in text
    assert_in_order(text, ["Notes", "[1] Source B.", "[2] Source A."])
    assert_in_order(render_markdown(letter), ["[^1]: Source B.", "[^2]: Source A."])


def test_a_letter_of_one_signatory_says_signatory(db) -> None:
    letter = letter_with_body("We ask you to act.")
    assert "SIGNATORIES (1 signatory)" in render_text(letter)
    assert "## Signatories (1)" in render_markdown(letter)


def test_a_letter_without_notes_has_no_notes_section(db) -> None:
    text = render_text(letter_with_body("We ask you to act."))
    assert "Notes" not in text.splitlines()
    assert "[1]" not in text


def test_links_in_the_body_keep_their_address_in_text(db) -> None:
    letter = letter_with_body("Read [the report](https://example.org/report) or write to <mailto:info@example.org>.")
    text = render_text(letter)
    assert "Read the report (https://example.org/report)" in text
    assert "info@example.org" in text and "mailto:" not in text


# --------------------------------------------------------------------------- options


@pytest.mark.parametrize("render", [render_text, render_markdown])
def test_hiding_locations_leaves_names_alone(db, render: Render) -> None:
    statement_with_signatories()
    out = render(build_letter(SLUG, LetterOptions(show_location=False)))
    signatories = out[out.lower().index("signatories (") :]
    for name, _, city, country in SIGNATORIES:
        assert f"- {name}\n" in signatories
        assert f", {city}" not in signatories and country not in signatories


@pytest.mark.parametrize("render", [render_text, render_markdown])
def test_without_addressees_the_letter_starts_with_date_and_title(db, render: Render) -> None:
    statement_with_signatories()
    out = render(build_letter(SLUG, LetterOptions(include_addressees=False)))
    assert "López Obrador" not in out and "Embassy of Mexico" not in out and "202 728 1600" not in out
    assert_in_order(out, ["June 27, 2019", TITLE, "Dear Mr. President,"])


@pytest.mark.parametrize("render", [render_text, render_markdown])
def test_alphabetical_grouping_is_one_list_without_category_labels(db, render: Render) -> None:
    statement_with_signatories()
    out = render(build_letter(SLUG, LetterOptions(grouping="alphabetical")))
    for label in ("National", "State and Local", "International"):
        assert label not in out.splitlines() and f"### {label}" not in out
    assert_in_order(
        out,
        [
            "- The Advocates for Human Rights, Minneapolis",
            "- Amnesty International, London",
            "- border Network for Human Rights, El Paso",
            "- Centro de Atención al Migrante Éxodo, Agua Prieta",
            "- Washington Office on Latin America, Washington",
        ],
    )


@pytest.mark.parametrize("render", [render_text, render_markdown])
def test_pending_signatures_join_only_when_asked(db, render: Render) -> None:
    statement_with_signatories()
    out = render(build_letter(SLUG, LetterOptions(statuses=("verified", "pending"))))
    assert "Pending Coalition Not In The Letter" in out
    assert "(6" in out


# --------------------------------------------------------------------------- Markdown


def test_markdown_holds_the_whole_letter_in_reading_order(letter: Letter) -> None:
    md = render_markdown(letter)
    assert_in_order(
        md,
        [
            "June 27, 2019",
            "Andrés Manuel López Obrador  \nPresidente Constitucional de los Estados Unidos Mexicanos",
            "Ambassador Martha Bárcena Coqui  \nEmbassy of Mexico",
            f"# {TITLE}",
            "Dear Mr. President,",
            CITING[0] + "[^1]",
            CITING[1] + "[^2]",
            CITING[2] + "[^3]",
            "Sincerely,",
            f"[^1]: {NOTE_TEXTS[0]}",
            f"[^2]: {NOTE_TEXTS[1]}",
            f"[^3]: {NOTE_TEXTS[2]}",
            "## Signatories (5)",
            *[f"### {label}" if place is None else f"- {label}, {place}" for label, place in IN_ORDER],
        ],
    )
    assert "Pending Coalition" not in md


def test_markdown_renders_back_with_footnotes_at_the_end(letter: Letter) -> None:
    html = markdown_to_html(render_markdown(letter))
    elements = parse(html).found
    calls = [attrs["href"] for tag, attrs in elements if tag == "a" and attrs.get("class") == "footnote-ref"]
    assert calls == ["#fn:1", "#fn:2", "#fn:3"]
    assert ("div", {"class": "footnote"}) in elements
    notes = html[html.index('<div class="footnote">') :]
    assert_in_order(notes, [f'<li id="fn:{n}">' for n in (1, 2, 3)])
    for note, url in zip(NOTE_TEXTS, NOTE_URLS, strict=True):
        assert note in notes
        assert f'href="{url if url.startswith("http") else "https://" + url}"' in notes
    # The notes stand after the signatories, as Markdown renderers put them: nothing is lost.
    assert_in_order(html, ["Dear Mr. President,", "Sincerely,", "Signatories (5)", '<div class="footnote">'])


def test_markdown_renders_back_with_signatories_as_lists_under_their_labels(letter: Letter) -> None:
    html = markdown_to_html(render_markdown(letter))
    expected = [f"<h3>{label}</h3>" if place is None else f"<li>{label}, {place}</li>" for label, place in IN_ORDER]
    assert_in_order(html, ["<h2>Signatories (5)</h2>", *expected])


def test_markdown_escapes_names_so_they_stay_as_written(db) -> None:
    s = factories.open_statement(SLUG)
    factories.verified_signature(s, TRICKY_NAME, city="Lima", region="", country="Peru")
    factories.verified_signature(s, "Under_score_ Network <b>bold</b>", email="u@example.org")
    html = markdown_to_html(render_markdown(build_letter(SLUG)))
    assert f"<li>{TRICKY_NAME}, Lima, Peru</li>" in html
    assert "<li>Under_score_ Network &lt;b&gt;bold&lt;/b&gt;, Washington, DC, United States</li>" in html
    signatories = html[html.index("Signatories (2)") : html.index('<div class="footnote">')]
    assert not {"em", "strong", "a", "b"} & set(tag_names(signatories))


def test_markdown_escapes_the_place_a_signatory_typed(db) -> None:
    # The place comes from the public sign form, as the name does: it must not hide a link.
    s = factories.open_statement(SLUG)
    factories.verified_signature(s, "Our Network", city="[Click me](evil.example/x)", region="", country="*Perú*")
    html = markdown_to_html(render_markdown(build_letter(SLUG)))
    assert "<li>Our Network, [Click me](evil.example/x), *Perú*</li>" in html
    assert not any("evil.example" in str(attrs) for _, attrs in parse(html).found)


def test_markdown_keeps_plain_text_fields_as_written(db) -> None:
    html = markdown_to_html(
        render_markdown(letter_with_body("We ask.", title="The *Border* Letter", salutation="Dear [Members],"))
    )
    assert "The *Border* Letter" in html
    assert "<p>Dear [Members],</p>" in html
    assert "<em>" not in html


def test_markdown_keeps_emphasis_and_links_of_the_body(db) -> None:
    letter = letter_with_body("We *urge* you, **now**, to read [the report](https://example.org/report).")
    md = render_markdown(letter)
    assert "We *urge* you, **now**, to read [the report](https://example.org/report)." in md
    html = markdown_to_html(md)
    assert "<em>urge</em>" in html and "<strong>now</strong>" in html
    assert '<a href="https://example.org/report"' in html


# --------------------------------------------------------------------------- lists in the body

LISTS_BODY = """We ask the government:

- to stop the deployments;
- to publish the orders.[^1]

And then, in this order:

1. to hear the shelters;
2. to report to Congress.

[^1]: The source.
"""

ADJACENT_LISTS_BODY = """We ask:

- one bullet
- two bullet

1. first step
2. second step
"""

NESTED_LISTS_BODY = """We ask:

- to protect:
    1. the shelters;
    2. their staff.
- to report.
"""


def test_text_keeps_lists_as_bulleted_and_numbered_lines(db) -> None:
    text = render_text(letter_with_body(LISTS_BODY))
    assert "\n- to stop the deployments;\n- to publish the orders.[1]\n" in text
    assert "\n1. to hear the shelters;\n2. to report to Congress.\n" in text


def test_text_indents_a_nested_list(db) -> None:
    text = render_text(letter_with_body(NESTED_LISTS_BODY))
    lines = text.splitlines()
    (first,) = [line for line in lines if line.endswith("the shelters;")]
    assert first.lstrip() == "1. the shelters;" and first.startswith(" ")
    assert "- to protect:" in lines and "- to report." in lines


@pytest.mark.parametrize(
    ("body", "lists"),
    [
        (
            LISTS_BODY,
            [
                ("ul", ["to stop the deployments;", "to publish the orders."]),
                ("ol", ["to hear the shelters;", "to report to Congress."]),
            ],
        ),
        (ADJACENT_LISTS_BODY, [("ul", ["one bullet", "two bullet"]), ("ol", ["first step", "second step"])]),
    ],
)
def test_markdown_lists_render_back_as_lists(db, body: str, lists: list[tuple[str, list[str]]]) -> None:
    html = markdown_to_html(render_markdown(letter_with_body(body)))
    body_html = html[: html.index("Sincerely,")]
    names = tag_names(body_html)
    assert [n for n in names if n in ("ul", "ol")] == [kind for kind, _ in lists]
    assert names.count("li") == sum(len(items) for _, items in lists)
    for kind, items in lists:
        assert_in_order(body_html, [f"<{kind}>", *[f"<li>{item}" for item in items], f"</{kind}>"])


def test_markdown_keeps_a_nested_list_nested(db) -> None:
    html = markdown_to_html(render_markdown(letter_with_body(NESTED_LISTS_BODY)))
    body_html = html[: html.index("Sincerely,")]
    assert_in_order(
        body_html,
        [
            "<ul>",
            "<li>to protect:",
            "<ol>",
            "<li>the shelters;</li>",
            "<li>their staff.</li>",
            "</ol>",
            "</li>",
            "<li>to report.</li>",
            "</ul>",
        ],
    )


def test_markdown_keeps_where_a_numbered_list_starts(db) -> None:
    html = markdown_to_html(render_markdown(letter_with_body("We add:\n\n3. a third point;\n4. a fourth.\n")))
    assert_in_order(html, ['<ol start="3">', "<li>a third point;</li>", "<li>a fourth.</li>", "</ol>"])
