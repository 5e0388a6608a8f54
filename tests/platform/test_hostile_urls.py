"""Every public URL meets hostile paths, methods, redirect targets and headers (the tables of
tests/hostile.py): a 4xx with a clear message, never a 5xx, nothing reflected unescaped, no
redirect off the site, and emailed links built from SIGNON_BASE_URL whatever the request says.

A new public URL is one more entry in SLUG_URLS, TOKEN_URLS or PUBLIC_URLS."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

import pytest

from signon import create_app
from signon.extensions import db
from signon.models import Signature
from signon.services.mail import emails
from tests import factories
from tests.conftest import base_overrides
from tests.hostile import (
    FORWARDED,
    HOSTS,
    NEXT_TARGETS,
    SLUGS,
    TOKENS,
    WRONG_METHODS,
    assert_answered,
    clear_message,
)
from tests.sessions import MARIA, seeding

SLUG = "national-guard-letter"
BASE = "http://signon.example.org"

# (method, URL with {} where the slug goes)
SLUG_URLS = [
    ("GET", "/s/{}"),
    ("GET", "/s/{}/sign"),
    ("POST", "/s/{}/sign"),
    ("GET", "/s/{}/letter.pdf"),
    ("GET", "/s/{}/letter.docx"),
    ("GET", "/s/{}/check-email"),
]
# (method, URL with {} where the token goes, the answer to a well-shaped forgery). A token of any
# other shape is a 404 before any query. A forgery is read and refused: a signatory's link with
# 400 "This link is not valid", a password reset or an invitation with 404; joining a team while
# signed out first sends the person to the invitation's page (303), which says what is wrong.
TOKEN_URLS = [
    ("GET", "/confirm/{}", 400),
    ("POST", "/confirm/{}", 400),
    ("POST", "/confirm/{}/resend", 400),
    ("GET", "/password/reset/{}", 404),
    ("POST", "/password/reset/{}", 404),
    ("GET", "/invitations/{}", 404),
    ("POST", "/invitations/{}", 404),
    ("POST", "/invitations/{}/join", 303),
    ("GET", "/not-me/{}", 400),
    ("POST", "/not-me/{}", 400),
    ("GET", "/manage/{}", 400),
    ("POST", "/manage/{}/withdraw", 400),
    ("POST", "/manage/{}/correct", 400),
]


@pytest.fixture
def seeded(app: Any) -> dict[str, str]:
    """A statement with one pending signature and a coordinator; the paths that need a real token."""
    with seeding(app):
        statement = factories.open_statement(SLUG)
        signature = factories.pending_signature(statement, email="ana@came.example.org")
        factories.coordinator(MARIA, statements=(statement,))
        return {"confirm": emails.confirm_token(signature)}


def public_urls(tokens: dict[str, str]) -> list[tuple[str, str]]:
    """Every public URL with real values in it, and the methods each answers."""
    token = tokens["confirm"]
    return [
        ("GET", "/"),
        ("GET", "/healthz"),
        ("GET", f"/s/{SLUG}"),
        ("GET,POST", f"/s/{SLUG}/sign"),
        ("GET", f"/s/{SLUG}/letter.pdf"),
        ("GET", f"/s/{SLUG}/check-email"),
        ("GET,POST", f"/confirm/{token}"),
        ("POST", f"/confirm/{token}/resend"),
        ("GET,POST", "/confirm/resend"),
        ("GET", "/confirm/sent"),
        ("GET,POST", "/login"),
        ("GET,POST", "/password/forgot"),
        ("GET", "/password/forgot/sent"),
        ("GET,POST", f"/password/reset/{token}"),
        ("GET,POST", f"/invitations/{token}"),
        ("POST", f"/invitations/{token}/join"),
        ("GET,POST", f"/not-me/{token}"),
        ("GET,POST", "/manage"),
        ("GET", "/manage/sent"),
        ("GET", f"/manage/{token}"),
    ]


def hostile_answer(response: Any, value: str) -> None:
    assert assert_answered(response, value, accepted=()) == "refused"


@pytest.mark.parametrize(("method", "url"), SLUG_URLS, ids=[f"{m} {u}" for m, u in SLUG_URLS])
def test_a_slug_of_the_wrong_shape_gets_404_before_any_query(client, seeded, method, url):
    for hostile in SLUGS:
        response = client.open(url.format(hostile.value), method=method, data={"organization": "x"})

        hostile_answer(response, hostile.value)
        assert response.status_code == 404, hostile.id
        assert clear_message(response.get_data(as_text=True)) == "Page not found"


@pytest.mark.parametrize(("method", "url", "forged"), TOKEN_URLS, ids=[f"{m} {u}" for m, u, _ in TOKEN_URLS])
def test_a_token_of_the_wrong_shape_or_forged_gets_a_4xx_page(client, seeded, method, url, forged):
    for hostile in TOKENS:
        response = client.open(url.format(hostile.value), method=method, data={"name": "x"})

        expected = forged if hostile.id == "token-forged" else 404
        assert response.status_code == expected, (hostile.id, response.status_code)
        if expected == 303:
            # Not signed in: sent to the invitation's page, which says what is wrong with the link.
            assert response.headers["Location"] == url.format(hostile.value).removesuffix("/join")
            continue
        hostile_answer(response, hostile.value)


@pytest.mark.parametrize(
    "path",
    [
        "/s/{}/letter.exe",
        "/s/{}/letter.PDF",
        "/s/{}/letter.pdf%00",
        "/s/{}/letter.pdf.exe",
        "/s/{}/letter..%2f..%2fetc%2fpasswd",
        "/s/{}/letter.%3Cscript%3E",
    ],
)
def test_a_letter_in_an_unknown_format_gets_404(client, seeded, path):
    response = client.get(path.format(SLUG))

    hostile_answer(response, path)
    assert response.status_code == 404


@pytest.mark.parametrize("review", ["", "<script>alert(1)</script>", "a" * 5000, "\x00", "%FF", "../../etc/passwd"])
def test_a_draft_with_a_hostile_review_token_is_not_found(client, app, review):
    with seeding(app):
        factories.draft_statement("draft-letter")

    response = client.get("/s/draft-letter", query_string={"review": review})

    hostile_answer(response, review)
    assert response.status_code == 404


@pytest.mark.parametrize("value", ["１２", "99999999999999999999", "0", "-1", "1.0", "0x1", "%00", "<b>1</b>"])
def test_an_id_that_is_not_plain_ascii_digits_in_range_gets_404(client, app, seeded, value):
    client.post("/login", data={"email": MARIA, "password": factories.PASSWORD})

    response = client.get(f"/coordinator/s/{SLUG}/signatures/{value}")

    hostile_answer(response, value)
    assert response.status_code == 404


def test_the_real_id_is_found_so_the_404s_above_are_about_its_shape(client, seeded):
    client.post("/login", data={"email": MARIA, "password": factories.PASSWORD})

    assert client.get(f"/coordinator/s/{SLUG}/signatures/1").status_code == 200


# --------------------------------------------------------------------------- methods


def test_every_public_url_answers_a_method_it_does_not_take_with_405(client, seeded):
    for _, url in public_urls(seeded):
        for method in (*WRONG_METHODS, "TRACE"):
            response = client.open(url, method=method, data={"status": "verified"})

            assert response.status_code == 405, (method, url)
            assert clear_message(response.get_data(as_text=True)) == "That action is not allowed here"


def test_a_405_says_which_methods_the_url_takes(client, seeded):
    response = client.put(f"/s/{SLUG}/sign")

    assert set(response.headers.get("Allow", "").split(", ")) >= {"GET", "POST"}


# --------------------------------------------------------------------------- open redirects


@pytest.mark.parametrize("hostile", NEXT_TARGETS, ids=[h.id for h in NEXT_TARGETS])
def test_signing_in_never_redirects_off_the_site(client, seeded, hostile):
    response = client.post(
        "/login", query_string={"next": hostile.value}, data={"email": MARIA, "password": factories.PASSWORD}
    )

    assert response.status_code == 303
    location = response.headers["Location"]
    parts = urlsplit(location)
    assert parts.netloc == "", location
    assert location.startswith("/") and not location.startswith(("//", "/\\")), location
    assert not re.search(r"[\\\s]", location)
    assert location == "/coordinator/"


def test_a_path_on_the_site_is_still_followed_after_signing_in(client, seeded):
    response = client.post(
        "/login",
        query_string={"next": f"/coordinator/s/{SLUG}/signatures"},
        data={"email": MARIA, "password": factories.PASSWORD},
    )

    assert response.headers["Location"] == f"/coordinator/s/{SLUG}/signatures"


# --------------------------------------------------------------------------- Host and forwarding headers


@pytest.fixture
def production_client(migrated_database, smtp_server, seeded):
    overrides = {**base_overrides(migrated_database, smtp_server.inbox.port), "SIGNON_ENV": "production"}
    return create_app({**overrides, "SIGNON_BASE_URL": "https://signon.example.org"}).test_client()


@pytest.mark.parametrize("hostile", HOSTS, ids=[h.id for h in HOSTS])
def test_in_production_a_spoofed_host_gets_400_on_every_public_url(production_client, seeded, hostile):
    for methods, url in public_urls(seeded):
        for method in methods.split(","):
            response = production_client.open(
                url, method=method, headers={"Host": hostile.value}, base_url="https://signon.example.org"
            )

            assert response.status_code == 400, (method, url)
            body = response.get_data(as_text=True)
            assert "This address is not served here." in body
            assert "evil" not in body


def test_in_production_the_real_host_is_served(production_client):
    assert production_client.get("/s/national-guard-letter", base_url="https://signon.example.org").status_code == 200


def headers_of(hostile_header: str) -> dict[str, str]:
    return dict(part.split(": ", 1) for part in hostile_header.split("|"))


EMAILING_FORMS = [
    (f"/s/{SLUG}/sign", factories.sign_form(email="new@came.example.org")),
    ("/confirm/resend", {"email": "ana@came.example.org"}),
    ("/password/forgot", {"email": MARIA}),
    ("/manage", {"email": "ana@came.example.org"}),
]


@pytest.mark.parametrize("hostile", FORWARDED, ids=[h.id for h in FORWARDED])
def test_forwarding_headers_never_change_an_emailed_link_or_the_stored_address(
    client, app, seeded, smtp, send_outbox, hostile
):
    app.config["SIGNON_RECIPIENT_EMAILS_PER_HOUR"] = 1000
    with seeding(app):
        verified = db.session.execute(db.select(Signature)).scalar_one()
        verified.status = "verified"
        db.session.commit()
    for path, data in EMAILING_FORMS:
        response = client.post(path, data=data, headers=headers_of(hostile.value))
        assert response.status_code == 303, (path, clear_message(response.get_data(as_text=True)))

    send_outbox()

    assert len(smtp.messages) >= 3
    for message in smtp.messages:
        for part in (smtp.text_of(message), smtp.html_of(message)):
            links = re.findall(r"https?://[^\s\"'<>]+", part)
            assert links and all(link.startswith(f"{BASE}/") for link in links), links
    with seeding(app):
        stored = db.session.execute(db.select(Signature).where(Signature.contact_email == "new@came.example.org"))
        assert stored.scalar_one().source_ip == "127.0.0.1"


QUERY_VALUES = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "{{1234*5678}}",
    "\x00\r\nSet-Cookie: injected=1",
    "a" * 10_000,
]


def test_hostile_query_strings_on_every_public_page_are_ignored_or_refused(client, seeded):
    for methods, url in public_urls(seeded):
        if "GET" not in methods:
            continue
        for value in QUERY_VALUES:
            query = {"q": value, "next": value, "review": value, "page": value, "organization": value}
            response = client.get(url, query_string=query)

            assert_answered(response, value, accepted=(200, 302, 303, 304))
            assert "injected" not in response.headers.get("Set-Cookie", "")
