"""One organization signs a statement once, whatever variant of its name is typed, and never sees a 500."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func

from signon.models import Signature
from signon.services.signing import signatures as signatures_service
from tests import factories

SLUG = "national-guard-letter"
SIGN = f"/s/{SLUG}/sign"
LISTED = "Latin America Working Group"
LINK = re.compile(r"http://signon\.example\.org(/confirm/[A-Za-z0-9_\-.]+)")
COORDINATORS = "coalition@example.org"


def valid_form(**changes: str) -> dict[str, str]:
    defaults: dict[str, str | None] = {
        "organization": LISTED,
        "category": "national",
        "city": "Washington",
        "region": None,
        "country": "United States",
        "contact_name": "Pat Other",
        "contact_role": None,
        "email": "pat@other.example.org",
    }
    return factories.sign_form(**{**defaults, **changes})


def rows(db, statement_id: int | None = None) -> int:
    with db.engine.connect() as connection:
        query = db.select(func.count()).select_from(Signature)
        if statement_id is not None:
            query = query.where(Signature.statement_id == statement_id)
        return connection.execute(query).scalar_one()


def only_message_to(smtp, send_outbox, address: str):
    assert send_outbox().sent == 1
    [message] = smtp.messages
    assert address.lower() in str(message["To"]).lower()
    return message


def main_of(html: str) -> str:
    return html[html.index("<main") : html.index("</main>")]


NAME_VARIANTS = [
    "latin america working group",
    "LATIN AMERICA WORKING GROUP",
    "The Latin America Working Group",
    "the latin america working group",
    "Látin Américá Wörking Group",
    "Latin  America   Working Group",
    "  Latin America Working Group  ",
    "Latin-America Working Group",
    "Latin America Working Group.",
    "Latin America Working Group!",
    "Latin America, Working Group",
    "Latin America Working-Group",
    "ＬＡＴＩＮ America Working Group",
    # A legal form or the acronym after the name, as organizations write them (issue 12).
    "Latin America Working Group, Inc.",
    "Latin America Working Group Inc",
    "Latin America Working Group (LAWG)",
    "Latin America Working Group LAWG",
    "Latin America Working Group (LAWG), Inc.",
    "Latin America Working Group, A.C.",
    "Latin America Working Group e.V.",
]


@pytest.mark.parametrize("typed", NAME_VARIANTS)
def test_second_signature_from_same_organisation_is_refused(client, db, smtp, send_outbox, typed):
    statement = factories.open_statement()
    factories.verified_signature(statement, LISTED)

    response = client.post(SIGN, data=valid_form(organization=typed))

    assert response.status_code == 303
    assert response.headers["Location"].endswith(f"/s/{SLUG}/check-email")
    assert rows(db) == 1
    db.session.expire_all()
    assert db.session.execute(db.select(Signature.organization_name)).scalar_one() == LISTED


def test_the_refused_signer_sees_the_same_page_as_a_new_signer(app, db, smtp):
    statement = factories.open_statement()
    factories.verified_signature(statement, LISTED)

    answers = []
    for name in ("The Latin America Working Group", "Kino Border Initiative"):
        client = app.test_client()
        response = client.post(SIGN, data=valid_form(organization=name))
        page = client.get(response.headers["Location"])
        answers.append((response.status_code, response.headers["Location"], page.status_code, main_of(page.text)))

    assert answers[0] == answers[1]
    assert "Check your email" in answers[0][3]


def test_the_refused_signer_is_emailed_that_the_organisation_is_already_listed_and_how_to_reach_the_coordinators(
    client, db, smtp, send_outbox
):
    statement = factories.open_statement()
    factories.verified_signature(statement, LISTED)

    client.post(SIGN, data=valid_form(organization="the latin america working group"))

    message = only_message_to(smtp, send_outbox, "pat@other.example.org")
    assert "already signed" in str(message["Subject"])
    for part in (smtp.text_of(message), smtp.html_of(message)):
        flat = " ".join(part.split())
        assert "the latin america working group" in flat
        assert "already on the list of signatories" in flat
        assert COORDINATORS in flat
        assert not LINK.search(part), "a refused signer must not get a confirmation link"


def test_when_the_first_signature_awaits_confirmation_the_email_says_so(client, db, smtp, send_outbox):
    statement = factories.open_statement()
    factories.pending_signature(statement, LISTED, email="contact@lawg.example.org")

    response = client.post(SIGN, data=valid_form(organization="LATIN AMERICA WORKING GROUP"))

    assert response.status_code == 303
    assert rows(db) == 1
    message = only_message_to(smtp, send_outbox, "pat@other.example.org")
    for part in (smtp.text_of(message), smtp.html_of(message)):
        flat = " ".join(part.split())
        assert "awaiting confirmation" in flat
        assert COORDINATORS in flat
        assert not LINK.search(part)


def test_the_refusal_email_does_not_reveal_who_signed_first(client, db, smtp, send_outbox):
    statement = factories.open_statement()
    factories.verified_signature(
        statement,
        LISTED,
        email="lisa.secret@lawg.example.org",
        contact_name="Lisa Haugaard",
        contact_role="Co-Director",
    )

    client.post(SIGN, data=valid_form())

    message = only_message_to(smtp, send_outbox, "pat@other.example.org")
    raw = message.as_string()
    for secret in ("lisa.secret", "Lisa Haugaard", "Co-Director"):
        assert secret not in raw


def test_the_refusal_email_names_the_contact_address_of_that_statement(client, db, smtp, send_outbox):
    statement = factories.open_statement(contact_email="letters@coalition.example.org")
    factories.verified_signature(statement, LISTED)

    client.post(SIGN, data=valid_form())

    message = only_message_to(smtp, send_outbox, "pat@other.example.org")
    assert "letters@coalition.example.org" in smtp.text_of(message)
    assert "letters@coalition.example.org" in smtp.html_of(message)


@pytest.mark.parametrize("address", ["contact@lawg.example.org", "Contact@LAWG.example.org"])
def test_the_same_address_re_signing_an_unconfirmed_signature_gets_a_fresh_confirmation_link(
    app, client, db, smtp, send_outbox, address
):
    statement = factories.open_statement()
    first = factories.pending_signature(statement, LISTED, email="contact@lawg.example.org")
    first_id = first.id

    response = client.post(SIGN, data=valid_form(organization="The Latin America Working Group", email=address))

    assert response.status_code == 303
    assert response.headers["Location"].endswith(f"/s/{SLUG}/check-email")
    assert rows(db) == 1
    message = only_message_to(smtp, send_outbox, "contact@lawg.example.org")
    assert "already" not in str(message["Subject"])
    link = LINK.search(smtp.text_of(message)).group(1)
    assert client.post(link).status_code == 303
    db.session.expire_all()
    assert db.session.get(Signature, first_id).status == "verified"
    assert f'<span class="org">{LISTED}</span>' in app.test_client().get(f"/s/{SLUG}").text


def test_the_same_address_re_signing_a_confirmed_signature_is_told_it_is_already_listed(client, db, smtp, send_outbox):
    statement = factories.open_statement()
    factories.verified_signature(statement, LISTED, email="contact@lawg.example.org")

    response = client.post(SIGN, data=valid_form(email="contact@lawg.example.org"))

    assert response.status_code == 303
    assert rows(db) == 1
    message = only_message_to(smtp, send_outbox, "contact@lawg.example.org")
    assert "already on the list of signatories" in " ".join(smtp.text_of(message).split())
    assert not LINK.search(smtp.text_of(message))


@pytest.mark.parametrize(
    "typed",
    [
        "Latin Ameri\u200bca Working Group",  # zero-width space
        "Latin Ameri\u00adca Working Group",  # soft hyphen
        "Latin America Wor\u2060king Group",  # word joiner
        "Lat\ufeffin America Working Group",  # zero-width no-break space
    ],
    ids=["zero-width space", "soft hyphen", "word joiner", "zero-width no-break space"],
)
def test_a_name_that_differs_only_by_invisible_characters_is_not_a_second_signature(client, db, typed):
    statement = factories.open_statement()
    factories.verified_signature(statement, LISTED)

    response = client.post(SIGN, data=valid_form(organization=typed))

    # The name is compared without its invisible characters: answered as any duplicate is, with
    # the 303 to "check your email" that a new signature gets too, and no second row.
    assert response.status_code == 303
    assert response.headers["Location"].endswith(f"/s/{SLUG}/check-email")
    assert rows(db) == 1


def test_a_signature_that_loses_the_race_for_the_same_organisation_is_answered_as_a_duplicate(
    client, db, smtp, send_outbox, monkeypatch
):
    statement = factories.open_statement()
    factories.verified_signature(statement, LISTED)
    # Both requests looked before either wrote: this one does not see the other's row.
    real_existing = signatures_service._existing
    looks = []

    def existing_after_the_race(statement_id, key):
        looks.append(key)
        return None if len(looks) == 1 else real_existing(statement_id, key)

    monkeypatch.setattr(signatures_service, "_existing", existing_after_the_race)

    response = client.post(SIGN, data=valid_form(organization="The Latin America Working Group"))

    assert response.status_code == 303
    assert response.headers["Location"].endswith(f"/s/{SLUG}/check-email")
    assert rows(db) == 1
    message = only_message_to(smtp, send_outbox, "pat@other.example.org")
    assert "already on the list of signatories" in " ".join(smtp.text_of(message).split())


def test_the_same_organisation_may_sign_another_statement(client, db, smtp, send_outbox):
    first = factories.open_statement()
    factories.verified_signature(first, LISTED)
    second = factories.open_statement("second-letter", title="A second letter")

    response = client.post("/s/second-letter/sign", data=valid_form())

    assert response.status_code == 303
    assert rows(db, second.id) == 1
    message = only_message_to(smtp, send_outbox, "pat@other.example.org")
    assert LINK.search(smtp.text_of(message))


def test_different_organisations_with_similar_names_both_sign(client, db, smtp, send_outbox):
    statement = factories.open_statement()
    factories.verified_signature(statement, LISTED)

    response = client.post(SIGN, data=valid_form(organization="Latin America Working Group Europe"))

    assert response.status_code == 303
    assert rows(db) == 2
