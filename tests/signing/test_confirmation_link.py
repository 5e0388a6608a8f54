"""The emailed link: a GET shows one Confirm button and changes nothing; only the POST verifies."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func

from signon.models import AuditEvent, Signature
from signon.tokens import make_token
from tests import factories

SLUG = "national-guard-letter"
ORGANIZATION = "Centro de Atención al Migrante Exodus"
LINK = re.compile(r"http://signon\.example\.org(/confirm/[A-Za-z0-9_\-.]+)")


def valid_form(**changes: str) -> dict[str, str]:
    return factories.sign_form(**{"organization": ORGANIZATION, "website": "came.example.org", **changes})


def signed_link(client, smtp, send_outbox, slug: str = SLUG, **changes: str) -> str:
    """Sign through the form and return the path of the link the email brings."""
    smtp.clear()
    response = client.post(f"/s/{slug}/sign", data=valid_form(**changes))
    assert response.status_code == 303, response.get_data(as_text=True)[:2000]
    assert send_outbox().sent == 1
    return links_in(smtp)[0]


def links_in(smtp) -> list[str]:
    return [LINK.search(smtp.text_of(m)).group(1) for m in smtp.messages]


def signature(db, name: str = ORGANIZATION) -> Signature:
    db.session.expire_all()
    return db.session.execute(db.select(Signature).where(Signature.organization_name == name)).scalar_one()


def confirmations(db) -> int:
    with db.engine.connect() as connection:
        query = db.select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "signature.confirmed")
        return connection.execute(query).scalar_one()


def public_page(app) -> str:
    """The public page as a new visitor sees it (no flash message of ours in the way)."""
    return app.test_client().get(f"/s/{SLUG}").get_data(as_text=True)


def listed(app, name: str = ORGANIZATION) -> bool:
    html = public_page(app)
    return f'<span class="org">{name}</span>' in html


def tampered(link: str) -> str:
    """The same link with one character of its signature changed."""
    prefix, signature_part = link.rsplit(".", 1)
    position = len(signature_part) // 2
    replacement = "A" if signature_part[position] != "A" else "B"
    return f"{prefix}.{signature_part[:position]}{replacement}{signature_part[position + 1 :]}"


# --------------------------------------------------------------------------- opening the link


def test_opening_the_link_shows_the_organization_and_one_confirm_button(client, db, smtp, send_outbox):
    factories.open_statement()
    link = signed_link(client, smtp, send_outbox)

    response = client.get(link)

    assert response.status_code == 200
    html = response.get_data(as_text=True)
    main = html[html.index("<main") : html.index("</main>")]
    for detail in (ORGANIZATION, "International", "Agua Prieta, Sonora, Mexico", "https://came.example.org"):
        assert detail in main
    assert "U.S. NGOs Denounce National Guard Actions in Migration Enforcement" in main
    assert re.findall(r"<button[^>]*>(.*?)</button>", main, re.S) == ["Confirm"]
    assert re.findall(r'<form method="post" action="([^"]+)"', main) == [link]


@pytest.mark.parametrize("method", ["GET", "HEAD"])
def test_opening_the_link_changes_nothing(app, client, db, smtp, send_outbox, method):
    factories.open_statement()
    link = signed_link(client, smtp, send_outbox)

    for _ in range(3):  # mail scanners open a link more than once
        assert client.open(link, method=method).status_code == 200

    found = signature(db)
    assert found.status == "pending"
    assert found.confirmed_at is None
    assert found.verified_at is None
    assert confirmations(db) == 0
    assert not listed(app)


# --------------------------------------------------------------------------- pressing Confirm


def test_pressing_confirm_lists_the_organization_on_the_public_page(app, client, db, smtp, send_outbox):
    factories.open_statement()
    link = signed_link(client, smtp, send_outbox)

    response = client.post(link)

    assert response.status_code == 303
    assert response.headers["Location"].endswith(f"/s/{SLUG}#signatories")
    thanks = client.get(f"/s/{SLUG}").get_data(as_text=True)
    assert f"Thank you. {ORGANIZATION} is now on the list of signatories." in thanks
    found = signature(db)
    assert found.status == "verified"
    assert found.confirmed_at is not None
    assert found.verified_at is not None
    assert confirmations(db) == 1
    assert listed(app)
    assert "1 organization has signed" in public_page(app)


def test_confirming_again_says_it_is_already_confirmed_and_changes_nothing(app, client, db, smtp, send_outbox):
    factories.open_statement()
    link = signed_link(client, smtp, send_outbox)
    client.post(link)
    client.get(f"/s/{SLUG}")  # reads the first thank-you
    first = signature(db)
    verified_at, updated_at = first.verified_at, first.updated_at

    response = client.post(link)

    assert response.status_code == 303
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert f"{ORGANIZATION} was already confirmed. Nothing more to do." in page
    again = signature(db)
    assert (again.status, again.verified_at, again.updated_at) == ("verified", verified_at, updated_at)
    assert confirmations(db) == 1
    assert public_page(app).count(ORGANIZATION) == 1


def test_opening_a_confirmed_link_says_already_confirmed_without_a_button(client, db, smtp, send_outbox):
    factories.open_statement()
    link = signed_link(client, smtp, send_outbox)
    client.post(link)

    response = client.get(link)

    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "Already confirmed" in html
    assert "<button" not in html[html.index("<main") :]


def test_confirming_under_a_moderated_statement_leaves_it_awaiting_approval(app, client, db, smtp, send_outbox):
    factories.open_statement(moderated=True)
    link = signed_link(client, smtp, send_outbox)

    response = client.post(link)

    assert response.status_code == 303
    thanks = client.get(response.headers["Location"]).get_data(as_text=True)
    assert f"{ORGANIZATION} is confirmed and will be listed once the coordinators approve it" in thanks
    found = signature(db)
    assert found.status == "pending"
    assert found.confirmed_at is not None
    assert found.verified_at is None
    assert not listed(app)
    assert "0 organizations have signed" in public_page(app)
    reopened = client.get(link).get_data(as_text=True)
    assert "will be listed once the coordinators approve it" in reopened
    assert "<button" not in reopened[reopened.index("<main") :]


# --------------------------------------------------------------------------- expired links


def test_an_expired_link_says_so_and_offers_to_send_a_new_one(client, db, smtp, send_outbox, link_clock):
    factories.open_statement()
    link = signed_link(client, smtp, send_outbox)
    link_clock(days=8)

    response = client.get(link)

    assert response.status_code == 410
    html = response.get_data(as_text=True)
    assert "This link has expired" in html
    main = html[html.index("<main") : html.index("</main>")]
    assert re.findall(r'<form method="post" action="([^"]+)"', main) == [f"{link}/resend"]
    assert re.findall(r"<button[^>]*>(.*?)</button>", main, re.S) == ["Send a new link"]
    assert ORGANIZATION not in main


def test_pressing_confirm_on_an_expired_link_lists_nothing(app, client, db, smtp, send_outbox, link_clock):
    factories.open_statement()
    link = signed_link(client, smtp, send_outbox)
    link_clock(days=8)

    response = client.post(link)

    assert response.status_code == 410
    assert "This link has expired" in response.get_data(as_text=True)
    assert signature(db).status == "pending"
    assert confirmations(db) == 0
    assert not listed(app)


def test_asking_for_a_new_link_from_an_expired_one_emails_a_fresh_working_link(
    app, client, db, smtp, send_outbox, link_clock
):
    factories.open_statement()
    old = signed_link(client, smtp, send_outbox)
    link_clock(days=8)
    smtp.clear()

    response = client.post(f"{old}/resend")

    assert response.status_code == 303
    sent_page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Check your email" in sent_page
    assert send_outbox().sent == 1
    assert [str(m["To"]) for m in smtp.messages] == ["ana@came.example.org"]
    [fresh] = links_in(smtp)
    assert fresh != old
    assert client.get(old).status_code == 410
    assert client.get(fresh).status_code == 200
    assert client.post(fresh).status_code == 303
    assert signature(db).status == "verified"
    assert listed(app)


# --------------------------------------------------------------------------- tampered and malformed links


def tampered_links(link: str, signature_id: int) -> dict[str, str]:
    """Links an attacker could make from a genuine one; each names a real signature."""
    _, stamp, mac = link.removeprefix("/confirm/").split(".")
    forged_payload = make_token("x", "confirm-signature", {"s": signature_id, "forged": True}).split(".")[0]
    return {
        "signature changed": tampered(link),
        "payload swapped": f"/confirm/{forged_payload}.{stamp}.{mac}",
        "another secret": "/confirm/"
        + make_token("another-secret-key-long-enough", "confirm-signature", {"s": signature_id}),
        "another purpose": "/confirm/"
        + make_token("test-secret-key-that-is-long-enough", "reset-password", {"s": signature_id}),
        "cut short": link[:-3],
    }


@pytest.mark.parametrize(
    "kind", ["signature changed", "payload swapped", "another secret", "another purpose", "cut short"]
)
def test_a_tampered_link_says_so_and_asks_for_the_email_address(client, db, smtp, send_outbox, kind):
    factories.open_statement()
    link = tampered_links(signed_link(client, smtp, send_outbox), signature(db).id)[kind]

    response = client.get(link)

    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert "This link is not valid" in html
    main = html[html.index("<main") : html.index("</main>")]
    assert re.findall(r'<form method="post" action="([^"]+)"', main) == ["/confirm/resend"]
    assert re.search(r'<label[^>]*for="email"[^>]*>Email</label>', main)
    assert 'name="email"' in main
    assert ORGANIZATION not in main


@pytest.mark.parametrize(
    "kind", ["signature changed", "payload swapped", "another secret", "another purpose", "cut short"]
)
def test_pressing_confirm_on_a_tampered_link_lists_nothing(app, client, db, smtp, send_outbox, kind):
    factories.open_statement()
    link = tampered_links(signed_link(client, smtp, send_outbox), signature(db).id)[kind]

    response = client.post(link)

    assert response.status_code == 400
    assert "This link is not valid" in response.get_data(as_text=True)
    assert signature(db).status == "pending"
    assert confirmations(db) == 0
    assert not listed(app)


@pytest.mark.parametrize(
    "token",
    [
        "abc",
        "short.token",
        "a" * 401,
        "has!a.bang.in-it-xxxxxxxxxxxxxxxxxx",
        "spaces%20in.the.token-xxxxxxxxxxxxxxxxxx",
        "eyJzIjoxfQ.aBcDeF.xxxxxxxxxxxxxxxxxxxxxxxxxxx%0A",
        "eyJzIjoxfQ.aBcDeF.xxxxxxxxxxxxxxxxxxxxxxxxxxx%00",
        "ｅｙＪ.full.width-xxxxxxxxxxxxxxxxxxxxxxx",
    ],
)
@pytest.mark.parametrize(("method", "suffix"), [("GET", ""), ("POST", ""), ("POST", "/resend")])
def test_a_token_of_the_wrong_shape_is_404(client, db, token, method, suffix):
    factories.open_statement()

    response = client.open(f"/confirm/{token}{suffix}", method=method)

    assert response.status_code == 404
    assert "Page not found" in response.get_data(as_text=True)


# --------------------------------------------------------------------------- asking for new links by email


def test_asking_for_links_by_email_answers_the_same_whether_or_not_the_address_is_known(client, db, smtp, send_outbox):
    statement = factories.open_statement()
    factories.pending_signature(statement, email="known@example.org")

    answers = []
    for address in ("known@example.org", "nobody@example.org"):
        response = client.post("/confirm/resend", data={"email": address})
        assert response.status_code == 303
        page = client.get(response.headers["Location"])
        answers.append((response.headers["Location"], page.status_code, page.get_data(as_text=True)))

    assert answers[0] == answers[1]
    assert "If a signature made with that address is waiting for confirmation" in answers[0][2]
    assert "known@example.org" not in answers[0][2]
    send_outbox()
    assert [str(m["To"]) for m in smtp.messages] == ["known@example.org"]


def test_asking_for_links_by_email_sends_fresh_links_only_for_that_address_pending_signatures(
    app, client, db, smtp, send_outbox
):
    first = factories.open_statement()
    second = factories.open_statement("second-letter", title="A second letter")
    factories.pending_signature(first, "Kino Border Initiative", email="ana@came.example.org")
    factories.pending_signature(second, "Kino Border Initiative", email="Ana@CAME.example.org")
    factories.verified_signature(first, "Latin America Working Group", email="ana@came.example.org")
    factories.pending_signature(first, "Florence Project", email="someone.else@example.org")
    awaiting = factories.pending_signature(first, "Awaiting Approval Org", email="ana@came.example.org")
    awaiting.confirmed_at = awaiting.created_at
    db.session.commit()

    response = client.post("/confirm/resend", data={"email": "  ANA@came.example.org "})

    assert response.status_code == 303
    assert send_outbox().sent == 2
    assert {str(m["To"]).lower() for m in smtp.messages} == {"ana@came.example.org"}
    texts = [smtp.text_of(m) for m in smtp.messages]
    assert all("Kino Border Initiative" in text for text in texts)
    for link in links_in(smtp):
        assert client.post(link).status_code == 303
    db.session.expire_all()
    kino = db.session.execute(
        db.select(Signature.status).where(Signature.organization_name == "Kino Border Initiative")
    ).scalars()
    assert list(kino) == ["verified", "verified"]
    assert signature(db, "Florence Project").status == "pending"


def test_a_new_link_from_a_tampered_one_is_asked_for_by_email(app, client, db, smtp, send_outbox):
    factories.open_statement()
    link = signed_link(client, smtp, send_outbox)
    smtp.clear()

    response = client.post("/confirm/resend", data={"email": "ana@came.example.org"})

    assert response.status_code == 303
    assert send_outbox().sent == 1
    [fresh] = links_in(smtp)
    assert fresh != tampered(link)
    assert client.post(fresh).status_code == 303
    assert listed(app)


def test_asking_for_links_with_an_address_in_the_wrong_format_says_so(client, db, smtp, send_outbox):
    response = client.post("/confirm/resend", data={"email": "not-an-address"})

    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert html.split("<title>")[1].startswith("Error: ")
    assert '<a href="#email">Enter an email address in the correct format' in html
    assert send_outbox().sent == 0
