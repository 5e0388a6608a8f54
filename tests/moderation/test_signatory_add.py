"""Adding a signatory by hand: an organization that replied by email is listed at once as
verified, on the coordinator's word, which the audit trail records."""

from __future__ import annotations

import pytest

from signon.models import Signature
from tests.moderation_support import TABLE, add, events, outbox, public_groups
from tests.sessions import OTHER_SLUG, SLUG, log_in

ADD = f"{TABLE}/new"
FORM = {
    "organization": "Texas Civil Rights Project",
    "category": "state-and-local",
    "city": "Austin",
    "region": "TX",
    "country": "United States",
    "website": "texascivilrightsproject.example.org",
    "contact_name": "Efrén Olivares",
    "contact_role": "Director",
    "email": "efren@tcrp.example.org",
}


def signatures(db) -> list[Signature]:
    return list(db.session.execute(db.select(Signature).order_by(Signature.id)).scalars())


def test_the_form_asks_for_the_listing_and_the_contact(client, team):
    log_in(client)
    html = client.get(ADD).get_data(as_text=True)
    for label in (
        "Organization name",
        "Category",
        "City",
        "Country",
        "Website",
        "Contact&#39;s name",
        "Contact&#39;s email",
    ):
        assert f">{label}</label>" in html
    assert 'name="csrf_token"' in html


def test_a_signatory_added_by_hand_is_listed_at_once_as_verified(client, db, team):
    log_in(client)

    response = client.post(ADD, data=FORM)

    assert response.status_code == 303
    (signature,) = signatures(db)
    assert signature.status == "verified" and signature.verified_at is not None
    assert signature.organization_name == "Texas Civil Rights Project"
    assert signature.category.key == "state-and-local"
    assert signature.website == "https://texascivilrightsproject.example.org"
    assert signature.contact_email == "efren@tcrp.example.org"
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Added Texas Civil Rights Project as a verified signatory." in page
    assert public_groups(client) == {"State and Local": ["Texas Civil Rights Project"]}


def test_the_audit_trail_records_on_whose_word_and_no_email_is_sent(client, db, team):
    log_in(client, "eddie@lawg.example.org")
    client.post(ADD, data=FORM)
    (event,) = events("signature.added_verified")
    assert event.actor.startswith("coordinator:")
    assert outbox() == []
    (signature,) = signatures(db)
    history = client.get(f"{TABLE}/{signature.id}").get_data(as_text=True)
    assert "Eddie Editor: Added by a coordinator" in history


def test_an_organization_that_already_signed_is_refused_whatever_the_spelling(app, client, db, team):
    add(app, "Texas Civil Rights Project")
    log_in(client)
    response = client.post(ADD, data={**FORM, "organization": "the TEXAS civil-rights project"})
    assert response.status_code == 422
    assert "This organization has already signed this statement" in response.get_data(as_text=True)
    assert len(signatures(db)) == 1


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("organization", "", "Enter the organization&#39;s name"),
        ("category", "", "Choose a category"),
        ("city", "", "Enter the city"),
        ("country", "", "Enter the country"),
        ("contact_name", "", "Enter the name of the person who signed"),
        ("email", "not-an-address", "Enter an email address in the correct format"),
        ("website", "javascript:alert(1)", "Enter a web address like https://example.org"),
        ("organization", "Bad\u202eName", "Remove the invisible control characters"),
    ],
)
def test_invalid_input_is_refused_with_422_and_what_was_typed_stays(client, db, team, field, value, message):
    log_in(client)
    response = client.post(ADD, data={**FORM, field: value})
    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert message in html
    assert 'id="error-summary"' in html
    assert 'value="Austin"' in html or field == "city"
    assert signatures(db) == []


def test_another_teams_coordinator_gets_404(client, db, team):
    log_in(client, "otto@other.example.org")
    assert client.get(ADD).status_code == 404
    assert client.post(ADD, data=FORM).status_code == 404
    assert client.get(f"/coordinator/s/{OTHER_SLUG}/signatures/new").status_code == 200
    assert signatures(db) == []


def test_without_a_csrf_token_nothing_is_added(app, client, db, team):
    log_in(client)
    app.config["WTF_CSRF_ENABLED"] = True
    assert client.post(ADD, data=FORM).status_code == 422
    assert signatures(db) == []


def test_the_signatures_page_links_to_the_form(client, team):
    log_in(client)
    assert f'href="/coordinator/s/{SLUG}/signatures/new"' in client.get(TABLE).get_data(as_text=True)
