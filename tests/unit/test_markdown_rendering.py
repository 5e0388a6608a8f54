"""Markdown written by coordinators becomes safe HTML with working footnotes and clickable sources."""

from html.parser import HTMLParser

import pytest

from signon.markup import footnote_labels, render_markdown

# Modelled on the 2019 joint letter in /work/shared/seeds: sources are pasted from Word as bare URLs.
LETTER = """\
The Mexican government agreed to the deployment of 6,000 National Guard members.[^1]
Since then it confirmed an additional 15,000 members at the U.S.-Mexico border.[^2]

[^1]: United States Department of State, "U.S.-Mexico Joint Declaration", 7 June 2019.
[^2]: AFP, "15 mil elementos de la Guardia Nacional", Animal Político, 24 June 2019.
"""


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, dict(attrs)))


def elements(html: str, tag: str | None = None) -> list[dict[str, str | None]]:
    """The attributes of every element (or every element with that tag) in the HTML."""
    parser = _Elements()
    parser.feed(html)
    parser.close()
    return [attrs for name, attrs in parser.found if tag is None or name == tag]


def tags(html: str) -> set[str]:
    parser = _Elements()
    parser.feed(html)
    parser.close()
    return {name for name, _ in parser.found}


def hrefs(html: str) -> list[str | None]:
    return [attrs.get("href") for attrs in elements(html, "a")]


# Footnotes


def test_footnote_citations_link_to_their_notes() -> None:
    html = render_markdown(LETTER)

    refs = [a for a in elements(html, "a") if a.get("class") == "footnote-ref"]
    assert [a["href"] for a in refs] == ["#fn:1", "#fn:2"]


def test_footnote_citations_are_numbered_superscripts_with_an_anchor() -> None:
    html = render_markdown(LETTER)

    assert [sup.get("id") for sup in elements(html, "sup")] == ["fnref:1", "fnref:2"]
    assert '<sup id="fnref:1"><a class="footnote-ref" href="#fn:1"' in html
    assert ">1</a></sup>" in html
    assert ">2</a></sup>" in html


def test_footnotes_are_numbered_in_the_order_they_are_cited_whatever_the_order_of_definition() -> None:
    html = render_markdown("First.[^state]\n\nSecond.[^afp]\n\n[^afp]: AFP.\n[^state]: State Department.\n")

    assert [li.get("id") for li in elements(html, "li")] == ["fn:state", "fn:afp"]
    assert ">1</a></sup>" in html.split("Second")[0]
    assert ">2</a></sup>" in html.split("Second")[1]


def test_each_note_carries_the_id_its_citation_links_to() -> None:
    html = render_markdown(LETTER)

    assert [li.get("id") for li in elements(html, "li")] == ["fn:1", "fn:2"]
    assert {"class": "footnote"} in elements(html, "div")


def test_each_note_links_back_to_its_citation() -> None:
    html = render_markdown(LETTER)

    backrefs = [a for a in elements(html, "a") if a.get("class") == "footnote-backref"]
    assert [a["href"] for a in backrefs] == ["#fnref:1", "#fnref:2"]
    assert backrefs[0]["title"] == "Back to the text of note 1"


# Sources are clickable


def test_bare_www_address_becomes_a_link() -> None:
    html = render_markdown("Source: www.state.gov/u-s-mexico-join-declaration/ (7 June 2019)")

    assert hrefs(html) == ["https://www.state.gov/u-s-mexico-join-declaration/"]
    assert ">www.state.gov/u-s-mexico-join-declaration/</a>" in html


def test_bare_http_address_becomes_a_link() -> None:
    html = render_markdown("Animal Político, 24 June 2019, http://bit.ly/2xfX610 (in Spanish)")

    assert hrefs(html) == ["http://bit.ly/2xfX610"]


def test_sentence_punctuation_after_a_bare_address_is_not_part_of_the_link() -> None:
    html = render_markdown("See www.state.gov/x. Also http://bit.ly/2xfX610, and (www.wola.org/y).")

    assert hrefs(html) == ["https://www.state.gov/x", "http://bit.ly/2xfX610", "https://www.wola.org/y"]


def test_bare_address_that_ends_a_footnote_links_to_the_source() -> None:
    # As pasted from the 2019 letter: each footnote ends with its URL.
    html = render_markdown(
        "Deployment.[^1] Border.[^2]\n\n"
        "[^1]: US Department of State. 7 June 2019. www.state.gov/u-s-mexico-join-declaration/.\n"
        "[^2]: Animal Politico, 24 de junio 2019. http://bit.ly/2xfX610\n"
    )

    sources = [a["href"] for a in elements(html, "a") if a.get("class") is None]
    assert sources == ["https://www.state.gov/u-s-mexico-join-declaration/", "http://bit.ly/2xfX610"]


def test_bare_address_just_before_a_citation_leaves_the_citation_intact() -> None:
    html = render_markdown("Published at www.state.gov/x.[^1]\n\n[^1]: US Department of State.\n")

    assert '<sup id="fnref:1"><a class="footnote-ref" href="#fn:1"' in html
    assert "https://www.state.gov/x" in hrefs(html)


def test_address_written_as_a_markdown_link_is_linked_once() -> None:
    html = render_markdown("[State Department](https://www.state.gov/x) and <https://bit.ly/y>")

    assert hrefs(html) == ["https://www.state.gov/x", "https://bit.ly/y"]


def test_address_inside_code_is_not_linked() -> None:
    html = render_markdown("Type `www.state.gov/x` in the browser.")

    assert hrefs(html) == []


def test_links_do_not_pass_on_the_page_or_its_ranking() -> None:
    html = render_markdown("See https://www.state.gov/x")

    assert elements(html, "a")[0]["rel"] == "noopener noreferrer nofollow"


# Sanitised


@pytest.mark.parametrize(
    ("markdown", "forbidden"),
    [
        ("Hello <script>alert(1)</script> world", "alert(1)"),
        ("Hello <img src=x onerror=alert(1)> world", "onerror"),
        ('<p onclick="steal()">Click me</p>', "onclick"),
        ('<a href="https://example.org" onmouseover="steal()">link</a>', "onmouseover"),
        ('<iframe src="https://example.org/evil"></iframe>', "iframe"),
        ("<style>body { display: none }</style>Text", "display"),
        ('<svg onload="alert(1)"></svg>', "onload"),
        ('<form action="https://example.org/phish"><input name="password"></form>', "password"),
        ('<div style="position:fixed">Overlay</div>', "position"),
    ],
)
def test_raw_html_that_could_run_or_hide_things_never_reaches_the_page(markdown: str, forbidden: str) -> None:
    html = render_markdown(markdown)

    assert forbidden not in html
    assert not tags(html) & {"script", "img", "iframe", "style", "svg", "form", "input"}
    assert not any(name.startswith("on") or name == "style" for attrs in elements(html) for name in attrs)


@pytest.mark.parametrize(
    "markdown",
    [
        "[click](javascript:alert(1))",
        "[click](JavaScript:alert(1))",
        '<a href="javascript:alert(1)">click</a>',
        '<a href="java&#x09;script:alert(1)">click</a>',
        "[click](vbscript:msgbox(1))",
    ],
)
def test_script_links_lose_their_address(markdown: str) -> None:
    html = render_markdown(markdown)

    assert hrefs(html) == [None]
    assert "script:" not in html.lower()


@pytest.mark.parametrize(
    "markdown",
    [
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        '<a href="data:text/html,<script>alert(1)</script>">click</a>',
        "![x](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)",
    ],
)
def test_data_urls_never_reach_the_page(markdown: str) -> None:
    html = render_markdown(markdown)

    assert "data:" not in html
    assert all(href is None for href in hrefs(html))


def test_mailto_links_are_kept() -> None:
    html = render_markdown("[Write to us](mailto:coalition@example.org)")

    assert hrefs(html) == ["mailto:coalition@example.org"]


def test_an_authors_own_id_is_dropped() -> None:
    html = render_markdown("## Signatories {#signatories}\n\nText.")

    assert "<h2>Signatories</h2>" in html
    assert 'id="signatories"' not in html


def test_an_authors_own_class_and_event_attributes_are_dropped() -> None:
    html = render_markdown('## Signatories {: .banner onclick="steal()" }\n\nText.')

    assert "<h2>Signatories</h2>" in html
    assert "banner" not in html
    assert "onclick" not in html


def test_footnote_ids_survive_while_an_authors_id_is_dropped() -> None:
    html = render_markdown("## Statement {#statement}\n\nText.[^1]\n\n[^1]: Source.\n")

    ids = [attrs["id"] for attrs in elements(html) if "id" in attrs]
    assert ids == ["fnref:1", "fn:1"]


def test_an_authors_class_that_is_not_a_footnote_class_is_dropped() -> None:
    html = render_markdown('<div class="footnote overlay">Note</div>')

    assert elements(html, "div") == [{"class": "footnote"}]


def test_tables_survive() -> None:
    html = render_markdown("| Organization | City |\n| --- | --- |\n| CAME | Agua Prieta |\n")

    assert {"table", "thead", "tbody", "tr", "th", "td"} <= tags(html)
    assert "<td>Agua Prieta</td>" in html


def test_emphasis_survives() -> None:
    html = render_markdown("We *denounce* any **intimidation** of shelters.")

    assert "<em>denounce</em>" in html
    assert "<strong>intimidation</strong>" in html


def test_lists_and_quotes_survive() -> None:
    html = render_markdown("> We urge:\n\n1. clarity\n2. accountability\n")

    assert {"blockquote", "ol", "li"} <= tags(html)


# Footnote labels


def test_footnote_labels_reports_cited_and_defined_labels() -> None:
    cited, defined = footnote_labels("One.[^1] Two.[^afp]\n\n[^1]: State.\n[^state]: Unused.\n")

    assert cited == {"1", "afp"}
    assert defined == {"1", "state"}


def test_footnote_labels_of_a_text_without_footnotes_are_empty() -> None:
    assert footnote_labels("No sources here. [Link](https://example.org)") == (set(), set())


def test_a_citation_followed_by_a_colon_in_a_sentence_is_still_cited() -> None:
    text = "As reported[^2]: the Guard came to the door.\n\n[^1]: State.\n"

    cited, defined = footnote_labels(text)

    assert cited == {"2"}
    assert defined == {"1"}


def test_a_definition_indented_by_a_few_spaces_is_still_defined() -> None:
    # Python-Markdown accepts up to three spaces before a footnote definition.
    text = "Cited.[^1]\n\n   [^1]: State.\n"

    assert "fn:1" in render_markdown(text)
    assert footnote_labels(text) == ({"1"}, {"1"})
