"""The "manage my signature" link: emailed on request to the address that signed (the request
page answers the same whether or not it did), one per signature, that opens a page to withdraw
the signature or correct how it is listed. Audited, told to the coordinators."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from sqlalchemy import func

from signon import create_app
from signon.extensions import db
from signon.models import AuditEvent, OutboxMessage
from signon.services.letters import exports
from tests import factories
from tests.conftest import base_overrides, empty_tables
from tests.sessions import seeding
from tests.signing.manage_links import (
    EMAIL,
    MANAGE,
    NAME,
    ask_for_links,
    correction,
    manage_link,
    reload,
)

SLUG = "national-guard-letter"
SAME_ANSWER = "If that address signed a statement here, we've sent it a link to manage its signature"


# --------------------------------------------------------------------------- helpers


def events(db, action: str) -> list[AuditEvent]:
    db.session.expire_all()
    return list(db.session.execute(db.select(AuditEvent).where(AuditEvent.action == action)).scalars())


def outbox_count(db) -> int:
    db.session.expire_all()
    return db.session.execute(db.select(func.count()).select_from(OutboxMessage)).scalar_one()


def listed(app, name: str = NAME) -> bool:
    html = app.test_client().get(f"/s/{SLUG}").get_data(as_text=True)
    return f'<span class="org">{name}</span>' in html


def main_of(response) -> str:
    html = response.get_data(as_text=True)
    return html[html.index("<main") : html.index("</main>")]


# --------------------------------------------------------------------------- asking for a link


def test_the_request_page_answers_the_same_whether_or_not_the_address_signed(client, db, verified, smtp, send_outbox):
    known = client.post("/manage", data={"email": EMAIL})
    unknown = client.post("/manage", data={"email": "nobody@elsewhere.example.org"})

    assert known.status_code == unknown.status_code == 303
    assert known.headers["Location"] == unknown.headers["Location"]
    assert SAME_ANSWER in client.get(known.headers["Location"]).get_data(as_text=True)
    assert send_outbox().sent == 1
    assert [str(m["To"]) for m in smtp.messages] == [EMAIL]


def test_the_email_lists_each_signature_of_the_address_with_its_own_link(client, db, statement, smtp, send_outbox):
    other = factories.open_statement("other-letter", title="A second statement")
    factories.verified_signature(statement, NAME, email=EMAIL)
    factories.pending_signature(other, "LAWG Education Fund", email="Contact@LAWG.example.org")
    factories.signature(other, "Withdrawn Already", status="withdrawn", email=EMAIL)
    factories.verified_signature(statement, "Someone Else", email="else@example.org")

    ask_for_links(client, EMAIL)
    send_outbox()

    (message,) = smtp.messages
    text, html = smtp.text_of(message), smtp.html_of(message)
    links = MANAGE.findall(text)
    assert len(set(links)) == 2
    for link in links:
        assert f"http://signon.example.org{link}" in html
    for shown in (NAME, "LAWG Education Fund", "A second statement"):
        assert shown in text
    for hidden in ("Withdrawn Already", "Someone Else"):
        assert hidden not in text
    assert db.session.execute(db.select(OutboxMessage.kind)).scalars().all() == ["manage_link"]
    assert len(events(db, "signature.manage_link_sent")) == 2


@pytest.mark.parametrize("email", ["", "not an address", "a@b", "x" * 400 + "@example.org", "ana\x00@example.org"])
def test_an_address_that_is_not_one_is_refused_with_a_clear_message(client, db, email):
    response = client.post("/manage", data={"email": email})

    assert response.status_code == 422
    assert "There is a problem" in response.get_data(as_text=True)
    assert outbox_count(db) == 0


def test_the_request_form_needs_its_csrf_token(client, app, db, verified):
    app.config["WTF_CSRF_ENABLED"] = True
    response = client.post("/manage", data={"email": EMAIL})
    assert response.status_code == 422
    assert "This form expired" in response.get_data(as_text=True)
    assert outbox_count(db) == 0


def test_asking_for_links_is_rate_limited_per_client_address(migrated_database, smtp, tmp_path):
    limited = create_app(
        {
            **base_overrides(migrated_database, smtp.port),
            "SIGNON_EXPORT_CACHE": str(tmp_path / "exports"),
            "RATELIMIT_ENABLED": True,
            "SIGNON_MANAGE_RATE_LIMIT": "2 per hour",
        }
    )
    try:
        with seeding(limited):
            factories.verified_signature(factories.open_statement(), NAME, email=EMAIL)
        visitor = limited.test_client()
        answers = [visitor.post("/manage", data={"email": EMAIL}).status_code for _ in range(3)]

        assert answers == [303, 303, 429]
        assert visitor.get("/manage").status_code == 200
        with seeding(limited):
            assert db.session.execute(db.select(func.count()).select_from(OutboxMessage)).scalar_one() == 2
    finally:
        empty_tables(limited)


def test_the_statement_page_and_the_verification_email_lead_to_the_request_page(
    client, db, statement, smtp, send_outbox
):
    assert 'href="/manage"' in client.get(f"/s/{SLUG}").get_data(as_text=True)
    client.post(f"/s/{SLUG}/sign", data=factories.sign_form())
    send_outbox()
    (message,) = smtp.messages
    assert re.search(r"http://signon\.example\.org/manage(\s|$)", smtp.text_of(message))
    assert 'href="http://signon.example.org/manage"' in smtp.html_of(message)


# --------------------------------------------------------------------------- the manage page


def test_the_page_shows_the_entry_as_listed_and_opening_it_changes_nothing(client, db, verified, smtp, send_outbox):
    link = manage_link(client, smtp, send_outbox)
    before = outbox_count(db)

    page, head = client.get(link), client.head(link)

    assert page.status_code == head.status_code == 200
    main = main_of(page)
    for shown in (NAME, "National", "Washington, DC, United States", "https://lawg.example.org"):
        assert shown in main
    for private in (EMAIL, "Lisa Haugaard", "Co-Director"):
        assert private not in main
    assert reload(db, verified.id).status == "verified"
    assert outbox_count(db) == before
    assert page.headers["Cache-Control"] == "private, no-store"


# --------------------------------------------------------------------------- withdrawing


def test_withdrawing_takes_the_name_off_the_list_audits_it_and_tells_the_coordinators(
    client, app, db, verified, smtp, send_outbox
):
    link = manage_link(client, smtp, send_outbox)
    assert listed(app)

    response = client.post(f"{link}/withdraw")

    assert response.status_code == 200
    assert "Signature withdrawn" in response.get_data(as_text=True)
    assert reload(db, verified.id).status == "withdrawn"
    assert not listed(app)
    (event,) = events(db, "signature.withdrawn")
    assert event.details == {"previous_status": "verified", "via": "manage"}
    send_outbox()
    (notice,) = smtp.to("maria@coalition.example.org")
    assert "Signature withdrawn" in str(notice["Subject"])
    assert NAME in smtp.text_of(notice)


def test_a_withdrawn_signature_is_in_no_letter_exported_afterwards(client, app, db, verified, smtp, send_outbox):
    link = manage_link(client, smtp, send_outbox)
    with app.test_request_context():
        assert NAME in exports.letter_file(SLUG, "txt").content.decode()

    client.post(f"{link}/withdraw")

    with app.test_request_context():
        assert NAME not in exports.letter_file(SLUG, "txt").content.decode()
        assert NAME not in exports.letter_file(SLUG, "html").content.decode()


def test_withdrawing_twice_changes_the_signature_once(client, db, verified, smtp, send_outbox):
    link = manage_link(client, smtp, send_outbox)

    client.post(f"{link}/withdraw")
    again = client.post(f"{link}/withdraw")

    assert "Already withdrawn" in again.get_data(as_text=True)
    assert len(events(db, "signature.withdrawn")) == 1
    assert send_outbox().sent == 1


def test_withdrawing_needs_the_csrf_token(client, app, db, verified, smtp, send_outbox):
    link = manage_link(client, smtp, send_outbox)
    app.config["WTF_CSRF_ENABLED"] = True

    assert client.post(f"{link}/withdraw").status_code == 422
    assert reload(db, verified.id).status == "verified"


# --------------------------------------------------------------------------- correcting


def test_a_correction_changes_the_listing_audits_before_and_after_and_tells_the_coordinators(
    client, app, db, verified, smtp, send_outbox
):
    link = manage_link(client, smtp, send_outbox)

    response = client.post(
        f"{link}/correct",
        data=correction(organization="Latin America Working Group (LAWG)", city="Washington D.C.", comment="Proud"),
    )

    assert response.status_code == 303
    assert "Your corrections are saved." in client.get(response.headers["Location"]).get_data(as_text=True)
    corrected = reload(db, verified.id)
    assert (corrected.organization_name, corrected.city, corrected.comment, corrected.status) == (
        "Latin America Working Group (LAWG)", "Washington D.C.", "Proud", "verified",
    )  # fmt: skip
    assert listed(app, "Latin America Working Group (LAWG)")
    (event,) = events(db, "signature.edited")
    assert event.actor == "public"
    assert event.details["changed"] == ["organization_name", "city", "comment"]
    assert event.details["before"]["organization_name"] == NAME
    assert event.details["after"]["organization_name"] == "Latin America Working Group (LAWG)"
    send_outbox()
    (notice,) = smtp.to("maria@coalition.example.org")
    text = smtp.text_of(notice)
    assert f'Name: "{NAME}" -> "Latin America Working Group (LAWG)"' in text
    assert 'City: "Washington" -> "Washington D.C."' in text


def test_a_name_another_signature_has_is_refused_with_422_and_nothing_changes(
    client, db, statement, verified, smtp, send_outbox
):
    factories.verified_signature(statement, "Kino Border Initiative", email="kino@example.org")
    link = manage_link(client, smtp, send_outbox)

    response = client.post(f"{link}/correct", data=correction(organization="the KINO border initiative"))

    assert response.status_code == 422
    assert "Another organization on this statement" in response.get_data(as_text=True)
    assert reload(db, verified.id).organization_name == NAME
    assert events(db, "signature.edited") == []


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("organization", "", "Enter the name as it should be listed"),
        ("organization", "!!!", "Enter the name in letters or digits"),
        ("organization", "Evil\u202eCorp", "Remove the invisible control characters"),
        ("organization", "x" * 301, "Field cannot be longer than 300 characters"),
        ("category", "no-such-category", "Choose one of the listed categories"),
        ("city", "", "Enter the city"),
        ("website", "javascript:alert(1)", "Enter a web address like https://example.org"),
        ("comment", "x" * 1001, "Keep the comment under 1,000 characters"),
    ],
)
def test_an_invalid_correction_is_422_with_a_clear_message(
    client, db, verified, smtp, send_outbox, field, value, message
):
    link = manage_link(client, smtp, send_outbox)

    response = client.post(f"{link}/correct", data=correction(**{field: value}))

    assert response.status_code == 422
    assert message in response.get_data(as_text=True)
    assert reload(db, verified.id).organization_name == NAME
    assert events(db, "signature.edited") == []


def test_extra_fields_in_a_correction_are_ignored(client, db, statement, smtp, send_outbox):
    pending = factories.pending_signature(statement, NAME, email=EMAIL)
    link = manage_link(client, smtp, send_outbox)

    client.post(f"{link}/correct", data=correction(city="Baltimore", status="verified", contact_email="x@example.org"))

    after = reload(db, pending.id)
    assert (after.city, after.status, after.contact_email) == ("Baltimore", "pending", EMAIL)


def test_a_field_the_statement_hides_is_neither_offered_nor_changed(client, db, smtp, send_outbox):
    s = factories.open_statement(website_field="hidden")
    signature = factories.verified_signature(s, NAME, email=EMAIL, website="https://kept.example.org")
    link = manage_link(client, smtp, send_outbox)

    assert 'name="website"' not in client.get(link).get_data(as_text=True)
    client.post(f"{link}/correct", data=correction(website="https://changed.example.org", city="Baltimore"))

    after = reload(db, signature.id)
    assert (after.city, after.website) == ("Baltimore", "https://kept.example.org")


def test_a_corrected_name_or_website_is_checked_again_as_at_signing(client, db, statement, smtp, send_outbox):
    factories.verified_signature(statement, "Amnesty International", email="info@amnesty.example.org")
    signature = factories.verified_signature(
        statement, NAME, email=EMAIL, website="https://lawg.example.org", domain_check="verified"
    )
    link = manage_link(client, smtp, send_outbox)

    client.post(f"{link}/correct", data=correction(organization="\u0410mnesty International", website="amnesty.org"))

    after = reload(db, signature.id)
    assert "looks like Amnesty International" in after.name_warning
    assert after.domain_check == "mismatch"


def test_under_moderation_a_changed_name_waits_for_approval_again(client, app, db, smtp, send_outbox):
    s = factories.open_statement(moderated=True)
    factories.team_member(s, "maria@coalition.example.org", name="María")
    signature = factories.verified_signature(s, NAME, email=EMAIL)
    link = manage_link(client, smtp, send_outbox)

    client.post(f"{link}/correct", data=correction(city="Baltimore"))
    assert reload(db, signature.id).status == "verified"
    response = client.post(f"{link}/correct", data=correction(organization="LAWG", city="Baltimore"))

    assert "once the coordinators approve it" in client.get(response.headers["Location"]).get_data(as_text=True)
    after = reload(db, signature.id)
    assert (after.status, after.verified_at is None, after.confirmed_at is not None) == ("pending", True, True)
    assert not listed(app, "LAWG")
    send_outbox()
    assert "off the public list again until" in smtp.text_of(smtp.to("maria@coalition.example.org")[-1])


def test_the_correction_form_needs_its_csrf_token(client, app, db, verified, smtp, send_outbox):
    link = manage_link(client, smtp, send_outbox)
    app.config["WTF_CSRF_ENABLED"] = True

    response = client.post(f"{link}/correct", data=correction(organization="Changed"))

    assert response.status_code == 422
    assert "This form expired" in response.get_data(as_text=True)
    assert reload(db, verified.id).organization_name == NAME


# --------------------------------------------------------------------------- closed, published


def test_a_closed_statement_can_be_left_but_not_corrected(client, db, statement, verified, smtp, send_outbox):
    link = manage_link(client, smtp, send_outbox)
    statement.status = "closed"
    db.session.commit()

    page = client.get(link).get_data(as_text=True)
    refused = client.post(f"{link}/correct", data=correction(organization="Changed"))

    assert "Save corrections" not in page
    assert "can no longer be corrected" in page
    assert refused.status_code == 410
    assert reload(db, verified.id).organization_name == NAME
    assert client.post(f"{link}/withdraw").status_code == 200
    assert reload(db, verified.id).status == "withdrawn"


def test_once_the_letter_is_published_nothing_changes_and_the_coordinators_address_is_given(
    client, db, statement, verified, smtp, send_outbox
):
    link = manage_link(client, smtp, send_outbox)
    statement.status, statement.published_at = "closed", datetime.now(UTC)
    db.session.commit()

    page = client.get(link).get_data(as_text=True)
    withdraw = client.post(f"{link}/withdraw")

    assert "The letter has been delivered" in page
    assert "Withdraw this signature" not in page
    assert withdraw.status_code == 409
    assert "coalition@example.org" in withdraw.get_data(as_text=True)
    assert reload(db, verified.id).status == "verified"


# --------------------------------------------------------------------------- bad links


def test_the_link_works_for_seven_days(client, db, verified, smtp, send_outbox, link_clock):
    link = manage_link(client, smtp, send_outbox)

    link_clock(days=6, hours=23)
    assert client.get(link).status_code == 200
    link_clock(hours=2)

    for response in (client.get(link), client.post(f"{link}/withdraw"), client.post(f"{link}/correct")):
        assert response.status_code == 410
        assert "This link has expired" in response.get_data(as_text=True)
    assert reload(db, verified.id).status == "verified"


@pytest.mark.parametrize("token", ["short", "a" * 401, "x" * 25 + "!", "x" * 30 + "%00"])
def test_a_token_of_the_wrong_shape_is_404(client, db, token):
    assert client.get(f"/manage/{token}").status_code == 404
    assert client.post(f"/manage/{token}/withdraw").status_code == 404
    assert client.post(f"/manage/{token}/correct").status_code == 404


def test_a_tampered_link_or_another_purposes_token_is_refused(client, db, verified, smtp, send_outbox):
    link = manage_link(client, smtp, send_outbox)
    prefix, sig = link.rsplit(".", 1)
    tampered = f"{prefix}.{sig[:5]}{'A' if sig[5] != 'A' else 'B'}{sig[6:]}"
    with client.application.app_context():
        from signon.services.mail import emails

        not_me = "/manage/" + emails.not_me_token(reload(db, verified.id))

    for path in (tampered, not_me):
        assert client.get(path).status_code == 400
        assert client.post(f"{path}/withdraw").status_code == 400
    assert reload(db, verified.id).status == "verified"
