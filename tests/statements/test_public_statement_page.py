"""The public page /s/<slug>: the letter, its footnotes and addressees, the signatories, caching, headers.

GET /healthz has its own file, tests/test_healthz.py."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests import factories

SLUG = "national-guard-letter"
PAGE = f"/s/{SLUG}"
LINK = re.compile(r"http://signon\.example\.org(/confirm/[A-Za-z0-9_\-.]+)")


def get(client, path: str = PAGE) -> str:
    response = client.get(path)
    assert response.status_code == 200, response.status_code
    return response.get_data(as_text=True)


def signatories_section(html: str) -> str:
    return html[html.index('id="signatories"') :]


def listed_names(html: str) -> list[str]:
    """The organizations listed in a page, or in a part of its list of signatories."""
    part = signatories_section(html) if 'id="signatories"' in html else html
    return re.findall(r'<span class="org">(.*?)</span>', part)


def sign_and_confirm(client, smtp, send_outbox, organization: str) -> None:
    smtp.clear()
    response = client.post(
        f"{PAGE}/sign",
        data={
            "organization": organization,
            "category": "national",
            "city": "Tucson",
            "country": "United States",
            "contact_name": "Sam",
            "email": "sam@kino.example.org",
            "authorized": "y",
        },
    )
    assert response.status_code == 303
    assert send_outbox().sent == 1
    link = LINK.search(smtp.last_text()).group(1)
    assert client.post(link).status_code == 303


# --------------------------------------------------------------------------- the letter


def test_the_page_shows_the_title_and_the_date(client, db):
    factories.open_statement()

    html = get(client)

    assert "<h1>U.S. NGOs Denounce National Guard Actions in Migration Enforcement</h1>" in html
    assert re.search(r"27 June 2019|June 27, 2019", html)


def test_the_page_shows_each_addressee_with_name_title_and_address_lines(client, db):
    factories.open_statement()

    html = get(client)

    assert "Andrés Manuel López Obrador" in html
    assert "Presidente Constitucional de los Estados Unidos Mexicanos" in html
    assert "Ambassador Martha Bárcena Coqui" in html
    assert "Embassy of Mexico" in html
    line_break = r"\s*(?:<br\s*/?>|</\w+>\s*<\w+[^>]*>)\s*"
    lines = [
        "Palacio Nacional Edificio 10, Planta baja",
        "Colonia Centro, Delegación Cuauhtémoc",
        "CP 06060 Ciudad de México, México",
    ]
    assert re.search(line_break.join(re.escape(line) for line in lines), html), "address lines are not separate lines"
    assert re.search(re.escape("1911 Pennsylvania Avenue NW") + line_break + re.escape("Washington DC 20006"), html)
    assert html.index("Andrés Manuel López Obrador") < html.index("Ambassador Martha Bárcena Coqui")


def test_the_page_shows_the_salutation_before_the_body(client, db):
    factories.open_statement()

    html = get(client)

    assert "Dear Mr. President," in html
    assert "The undersigned organizations are gravely concerned" in html
    assert html.index("Dear Mr. President,") < html.index("The undersigned organizations")


def test_footnotes_are_numbered_and_linked_both_ways(client, db):
    factories.open_statement()

    html = get(client)

    for n in (1, 2, 3):
        assert re.search(rf'<sup id="fnref:{n}"><a [^>]*href="#fn:{n}"[^>]*>{n}</a></sup>', html), n
        note = re.search(rf'<li id="fn:{n}">(.*?)</li>', html, re.S)
        assert note, f"footnote {n} is missing"
        assert re.search(rf'<a [^>]*href="#fnref:{n}"', note.group(1)), f"footnote {n} does not link back"
    # In order: the first reference in the text is note 1.
    assert html.index('href="#fn:1"') < html.index('href="#fn:2"') < html.index('href="#fn:3"')
    assert html.index('id="fn:1"') < html.index('id="fn:2"') < html.index('id="fn:3"')


def test_footnote_sources_are_clickable(client, db):
    factories.open_statement()

    html = get(client)

    for url in (
        "https://www.state.gov/u-s-mexico-joint-declaration/",
        "http://bit.ly/2xfX610",
        "https://www.amnesty.org/en/documents/amr41/0626/2019/en/",
    ):
        assert re.search(rf'<a [^>]*href="{re.escape(url)}"', html), url


def test_the_background_is_shown_as_additional_information(client, db):
    factories.open_statement(background="The coalition met in **June 2019**. More at https://example.org/more")

    html = get(client)

    section = html[html.index("Additional information") :]
    assert "<strong>June 2019</strong>" in section
    assert re.search(r'<a [^>]*href="https://example.org/more"', section)
    assert html.index("The undersigned organizations") < html.index("Additional information")


def test_without_a_background_there_is_no_additional_information(client, db):
    factories.open_statement(background="")

    assert "Additional information" not in get(client)


def test_the_deadline_is_given_in_words_in_the_statements_timezone(client, db):
    # 23:59 in Mexico City is already the next day in UTC.
    deadline = datetime(2099, 8, 15, 23, 59, tzinfo=ZoneInfo("America/Mexico_City"))
    factories.open_statement(deadline=deadline, timezone="America/Mexico_City")

    html = get(client)

    assert "Sign on by 15 August 2099" in html
    assert "16 August 2099" not in html


def test_a_statement_past_its_deadline_still_renders_with_its_deadline_in_words(client, db):
    deadline = datetime(2019, 8, 15, 23, 59, tzinfo=ZoneInfo("America/New_York"))
    statement = factories.open_statement(deadline=deadline, timezone="America/New_York")
    factories.verified_signature(statement)

    html = get(client)

    assert "U.S. NGOs Denounce National Guard Actions in Migration Enforcement" in html
    assert "Sign on by 15 August 2019" in html
    assert "16 August 2019" not in html
    assert listed_names(html) == ["Latin America Working Group"]
    assert f'href="{PAGE}/sign"' not in html


def test_a_closed_statement_still_renders_without_a_sign_link(client, db):
    statement = factories.closed_statement()
    factories.verified_signature(statement)

    html = get(client, "/s/closed-letter")

    assert "U.S. NGOs Denounce National Guard Actions in Migration Enforcement" in html
    assert "closed to new signatures" in html
    assert 'href="/s/closed-letter/sign"' not in html
    assert listed_names(html) == ["Latin America Working Group"]


@pytest.mark.parametrize(
    "path", ["/s/draft-letter", "/s/no-such-letter", "/s/Draft-Letter", "/s/draft-letter%0A", "/s/a%00b"]
)
def test_a_draft_unknown_or_malformed_statement_is_404(client, db, path):
    factories.draft_statement()

    response = client.get(path)

    assert response.status_code == 404
    html = response.get_data(as_text=True)
    assert "Page not found" in html
    assert "U.S. NGOs Denounce" not in html


# --------------------------------------------------------------------------- signatories


def test_the_page_counts_the_verified_signatories(client, db):
    statement = factories.open_statement()
    for name in ("Alpha Network", "Beta Coalition", "Gamma Group"):
        factories.verified_signature(statement, name)
    factories.pending_signature(statement, "Delta Pending")

    html = get(client)

    assert "3 organizations have signed." in html
    assert "3 signatories" in html


def test_a_single_signatory_is_counted_in_the_singular(client, db):
    statement = factories.open_statement()
    factories.verified_signature(statement)

    html = get(client)

    assert "1 organization has signed." in html
    assert not re.search(r"\b1 (signatories|organizations)\b", html)


def test_signatories_are_grouped_by_category_in_the_statements_order(client, db):
    statement = factories.open_statement()
    factories.verified_signature(statement, "Amnesty International", category="international")
    factories.verified_signature(statement, "Kino Border Initiative", category="state-and-local")
    factories.verified_signature(statement, "Latin America Working Group", category="national")
    factories.verified_signature(statement, "Washington Office on Latin America", category="national")

    section = signatories_section(get(client))

    headings = re.findall(r"<h3>(.*?)</h3>", section)
    assert headings == ["National", "State and Local", "International"]
    groups = dict(zip(headings, re.split(r"<h3>.*?</h3>", section)[1:], strict=True))
    assert listed_names(groups["National"]) == ["Latin America Working Group", "Washington Office on Latin America"]
    assert listed_names(groups["State and Local"]) == ["Kino Border Initiative"]
    assert listed_names(groups["International"]) == ["Amnesty International"]


def test_a_category_without_signatories_has_no_heading(client, db):
    statement = factories.open_statement()
    factories.verified_signature(statement, category="national")

    headings = re.findall(r"<h3>(.*?)</h3>", signatories_section(get(client)))

    assert headings == ["National"]


def test_signatories_are_sorted_ignoring_case_accents_and_a_leading_the(client, db):
    statement = factories.open_statement()
    for name in (
        "Zeta Org",
        "beta coalition",
        "Éclair Collective",
        "the Alpha Network",
        "delta group",
        "Ángel Fund",
        "The Beta Alliance",
        "Omega Fund",
    ):
        factories.verified_signature(statement, name)

    assert listed_names(get(client)) == [
        "the Alpha Network",
        "Ángel Fund",
        "The Beta Alliance",
        "beta coalition",
        "delta group",
        "Éclair Collective",
        "Omega Fund",
        "Zeta Org",
    ]


def test_each_signatory_is_shown_with_city_and_country(client, db):
    statement = factories.open_statement()
    factories.verified_signature(
        statement, "Kino Border Initiative", city="Nogales", region="Arizona", country="United States"
    )
    factories.verified_signature(statement, "Colectivo Sin Fronteras", city="Tijuana", region="", country="Mexico")

    section = signatories_section(get(client))

    for name, place in (
        ("Kino Border Initiative", "Nogales, Arizona, United States"),
        ("Colectivo Sin Fronteras", "Tijuana, Mexico"),
    ):
        entry = re.search(rf'<li><span class="org">{name}</span>(.*?)</li>', section, re.S)
        assert entry, name
        assert place in entry.group(1)


@pytest.mark.parametrize("status", ["pending", "rejected", "withdrawn", "awaiting approval"])
def test_only_verified_signatures_are_shown(client, db, status):
    statement = factories.open_statement()
    factories.verified_signature(statement, "Latin America Working Group")
    hidden = factories.signature(
        statement, "Hidden Organization", status="pending" if status == "awaiting approval" else status
    )
    if status == "awaiting approval":
        hidden.confirmed_at = hidden.created_at
        db.session.commit()

    html = get(client)

    assert "Hidden Organization" not in html
    assert listed_names(html) == ["Latin America Working Group"]
    assert "1 organization has signed." in html


def test_contact_details_never_appear_on_the_public_page(client, db):
    statement = factories.open_statement()
    for status in ("verified", "pending"):
        factories.signature(
            statement,
            f"{status.title()} Organization",
            status=status,
            email=f"zelda.{status}@secret.example.org",
            contact_name=f"Zelda {status.title()}name",
            contact_role="Treasurer of Secrets",
            source_ip="203.0.113.77" if status == "verified" else "2001:db8::77",
            user_agent=f"SecretAgent/{status}",
        )

    html = get(client)

    assert "Verified Organization" in html
    for secret in (
        "secret.example.org",
        "Zelda",
        "Treasurer of Secrets",
        "203.0.113.77",
        "2001:db8::77",
        "SecretAgent",
    ):
        assert secret not in html, secret


# --------------------------------------------------------------------------- sanitising the Markdown

HOSTILE_BODY = """Before the script.<script>alert("body-script")</script>

<img src="x" onerror="alert('img')">

<p onclick="alert('click')">A paragraph with a handler.</p>

[A bad link](javascript:alert('md-link')) and <a href="javascript:alert('html-link')">another</a>
and <a href="JaVaScRiPt:alert('mixed')">mixed case</a> and <a href="jav&#x09;ascript:alert('entity')">encoded</a>.

[Attributes](https://example.org/ok){: onmouseover="alert('attr')" href="javascript:alert('attr-href')" }

<iframe src="https://evil.example.com"></iframe><form action="https://evil.example.com"><input name="x"></form>

<style>body { display: none }</style><div style="position: fixed">Styled.</div>

A cited fact.[^1]

[^1]: The source, https://www.amnesty.org/en/documents/amr41/0626/2019/en/
"""

HOSTILE_BACKGROUND = """<script>alert('background')</script>More [background](javascript:alert('bg-link')).
<svg onload="alert('svg')"></svg>"""


def test_scripts_handlers_and_javascript_links_from_the_markdown_never_reach_the_page(client, db):
    factories.open_statement(body=HOSTILE_BODY, background=HOSTILE_BACKGROUND)

    html = get(client)

    assert not re.search(r"<script", html, re.I)
    assert not re.search(r"<(iframe|svg|img|style|form action=\"https://evil)", html, re.I)
    assert not re.search(r"<[^>]*\son\w+\s*=", html, re.I), "an event handler attribute reached the page"
    assert not re.search(r"javascript:", html, re.I)
    assert not re.search(r"<[^>]*\sstyle\s*=", html, re.I)
    # The words survive; only the dangerous parts are gone.
    for words in ("Before the script.", "A paragraph with a handler.", "A bad link", "another", "More"):
        assert words in html, words


def test_footnote_links_still_work_in_sanitised_markdown(client, db):
    factories.open_statement(body=HOSTILE_BODY)

    html = get(client)

    assert re.search(r'<sup id="fnref:1"><a [^>]*href="#fn:1"', html)
    assert re.search(r'<li id="fn:1">.*?href="#fnref:1"', html, re.S)
    assert re.search(r'<a [^>]*href="https://www.amnesty.org/en/documents/amr41/0626/2019/en/"', html)


def test_the_title_and_addressees_are_shown_as_text_not_markup(client, db):
    factories.open_statement(title='Stop <script>alert("t")</script> <b>now</b>', salutation="Dear <i>all</i>,")

    html = get(client)

    assert "Stop &lt;script&gt;" in html
    assert "&lt;b&gt;now&lt;/b&gt;" in html
    assert "Dear &lt;i&gt;all&lt;/i&gt;," in html
    assert not re.search(r"<script", html, re.I)


# --------------------------------------------------------------------------- caching


def test_the_page_sends_an_etag_and_answers_304_to_if_none_match(client, db):
    statement = factories.open_statement()
    factories.verified_signature(statement)

    first = client.get(PAGE)
    etag = first.headers.get("ETag")

    assert etag and etag.startswith('"') and etag.endswith('"')
    again = client.get(PAGE, headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.data == b""
    assert again.headers["ETag"] == etag
    among_others = client.get(PAGE, headers={"If-None-Match": f'"something-else", {etag}'})
    assert among_others.status_code == 304
    other = client.get(PAGE, headers={"If-None-Match": '"something-else"'})
    assert other.status_code == 200
    assert "Latin America Working Group" in other.get_data(as_text=True)


def test_a_weak_if_none_match_with_the_same_etag_is_also_304(client, db):
    # Proxies that compress (nginx gzip) turn the ETag weak; If-None-Match compares weakly (RFC 9110 13.1.2).
    factories.open_statement()
    etag = client.get(PAGE).headers["ETag"]

    response = client.get(PAGE, headers={"If-None-Match": f"W/{etag}"})

    assert response.status_code == 304


def test_the_etag_changes_when_a_new_signature_is_verified(app, db, smtp, send_outbox):
    statement = factories.open_statement()
    factories.verified_signature(statement)
    reader, signer = app.test_client(), app.test_client()
    before = reader.get(PAGE).headers["ETag"]

    sign_and_confirm(signer, smtp, send_outbox, "Kino Border Initiative")

    response = reader.get(PAGE, headers={"If-None-Match": before})
    assert response.status_code == 200
    assert response.headers["ETag"] != before
    assert "Kino Border Initiative" in listed_names(response.get_data(as_text=True))
    assert reader.get(PAGE, headers={"If-None-Match": response.headers["ETag"]}).status_code == 304


# --------------------------------------------------------------------------- headers


@pytest.mark.parametrize("path", [PAGE, f"{PAGE}/sign", "/s/no-such-letter", "/healthz"])
def test_security_headers_are_sent(client, db, path):
    factories.open_statement()

    response = client.get(path)

    csp = response.headers.get("Content-Security-Policy", "")
    assert "default-src 'self'" in csp
    assert "script-src" in csp
    assert "unsafe-inline" not in csp
    assert response.headers.get("X-Content-Type-Options") == "nosniff"
    assert response.headers.get("Referrer-Policy") == "same-origin"


@pytest.mark.parametrize("path", [PAGE, f"{PAGE}/sign"])
def test_the_pages_need_no_inline_script_or_style(client, db, path):
    statement = factories.open_statement()
    factories.verified_signature(statement)

    html = get(client, path)

    assert not re.search(r"<script(?![^>]*\ssrc=)", html, re.I)
    assert not re.search(r"<style", html, re.I)
    assert not re.search(r"<[^>]*\sstyle\s*=", html, re.I)
    assert not re.search(r"<[^>]*\son\w+\s*=", html, re.I)
