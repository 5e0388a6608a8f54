"""What the sign form asks, as each statement's coordinators choose: website, phone and comment
hidden, optional or required, and individuals signing in their own name, their affiliation
"listed for identification purposes only"."""

from __future__ import annotations

import re

import pytest

from signon.extensions import db
from signon.models import Signature
from tests import factories
from tests.drafting_support import actions, count, error_summary, events, form_values, statement
from tests.sessions import OTTO, SLUG, log_in, make_team

SIGN = f"/s/{SLUG}/sign"
SETTINGS = f"/coordinator/s/{SLUG}/sign-form"


@pytest.fixture
def team(db):
    return make_team(draft=True)


def configure(**fields) -> None:
    s = statement(SLUG)
    for name, value in fields.items():
        setattr(s, name, value)
    db.session.commit()


def sign_page(client) -> str:
    response = client.get(SIGN)
    assert response.status_code == 200
    return response.get_data(as_text=True)


def stored() -> Signature:
    db.session.expire_all()
    return db.session.execute(db.select(Signature)).scalar_one()


def label_of(html: str, name: str) -> str | None:
    control = re.search(rf'<(?:input|textarea)[^>]*\bname="{name}"[^>]*\bid="([^"]+)"', html)
    if control is None:
        control = re.search(rf'<(?:input|textarea)[^>]*\bid="([^"]+)"[^>]*\bname="{name}"', html)
    if control is None:
        return None
    label = re.search(rf'<label[^>]*for="{control.group(1)}"[^>]*>(.*?)</label>', html, re.S)
    return " ".join(label.group(1).split()) if label else None


# --------------------------------------------------------------------------- the settings page


def test_by_default_website_and_comment_are_optional_phone_is_not_asked_and_no_individuals(client, team):
    html = sign_page(client)

    assert label_of(html, "website") == "Website"
    assert label_of(html, "comment") == "Public comment"
    assert 'name="phone"' not in html
    assert 'name="individual"' not in html


def test_the_settings_page_shows_the_current_choices(client, team):
    configure(phone_field="required", allow_individuals=True)
    log_in(client)

    values = form_values(client.get(SETTINGS).get_data(as_text=True), "/sign-form")

    assert values["website"] == "optional"
    assert values["phone"] == "required"
    assert values["comment"] == "optional"
    assert values["allow_individuals"] == "y"


def test_saving_the_settings_changes_the_sign_form_bumps_the_revision_and_is_audited(client, team):
    before = statement(SLUG).revision
    log_in(client)

    response = client.post(
        SETTINGS, data={"website": "hidden", "phone": "required", "comment": "required", "allow_individuals": "y"}
    )

    assert response.status_code == 303
    s = statement(SLUG)
    assert (s.website_field, s.phone_field, s.comment_field, s.allow_individuals) == (
        "hidden",
        "required",
        "required",
        True,
    )
    assert s.revision == before + 1
    (event,) = events("statement.sign_form_updated")
    assert event.details["phone"] == "required"
    html = sign_page(client)
    assert 'name="website"' not in html
    assert label_of(html, "phone") == "Phone"
    assert label_of(html, "individual") == "I am signing as an individual, not for an organization"


def test_saving_the_same_settings_changes_nothing(client, team):
    before = statement(SLUG).revision
    log_in(client)

    client.post(SETTINGS, data={"website": "optional", "phone": "hidden", "comment": "optional"})

    assert statement(SLUG).revision == before
    assert actions(team.statement_id) == []


def test_an_unknown_choice_is_refused(client, team):
    log_in(client)

    response = client.post(SETTINGS, data={"website": "mandatory", "phone": "hidden", "comment": "optional"})

    assert response.status_code == 422
    assert 'href="#website"' in error_summary(response.get_data(as_text=True))
    assert statement(SLUG).website_field == "optional"


def test_a_stranger_cannot_change_the_sign_form(client, team):
    log_in(client, OTTO)

    response = client.post(SETTINGS, data={"website": "hidden", "phone": "hidden", "comment": "hidden"})

    assert response.status_code == 404
    assert statement(SLUG).website_field == "optional"


# --------------------------------------------------------------------------- hidden, optional, required


def test_a_hidden_field_is_not_on_the_form_and_what_is_posted_for_it_is_not_stored(client, team):
    configure(website_field="hidden", comment_field="hidden")

    html = sign_page(client)
    response = client.post(SIGN, data=factories.sign_form(website="came.example.org", comment="Sneaked in"))

    assert 'name="website"' not in html and 'name="comment"' not in html
    assert response.status_code == 303
    assert (stored().website, stored().comment) == ("", "")


@pytest.mark.parametrize(
    ("field", "setting", "message"),
    [
        ("phone", "phone_field", "Enter a phone number"),
        ("website", "website_field", "Enter your organization's website"),
        ("comment", "comment_field", "Enter a comment"),
    ],
)
def test_a_required_field_must_be_filled_in(client, team, field, setting, message):
    configure(**{setting: "required"})

    html = sign_page(client)
    response = client.post(SIGN, data=factories.sign_form(**{field: ""}))

    assert re.search(rf'<(input|textarea)[^>]*name="{field}"[^>]*required', html)
    assert f'id="{field}-hint">Optional.' not in html
    assert response.status_code == 422
    assert message in error_summary(response.get_data(as_text=True))
    assert count(Signature) == 0


def test_a_required_phone_is_stored_with_the_signature_and_never_shown_publicly(client, team, smtp, send_outbox):
    configure(phone_field="required")

    response = client.post(SIGN, data=factories.sign_form(phone="+52 633 338 0000"))

    assert response.status_code == 303
    assert stored().phone == "+52 633 338 0000"
    s = statement(SLUG)
    stored().status = "verified"
    db.session.commit()
    assert "633 338" not in client.get(f"/s/{s.slug}").get_data(as_text=True)


def test_an_optional_phone_may_be_left_empty(client, team):
    configure(phone_field="optional")

    html = sign_page(client)
    response = client.post(SIGN, data=factories.sign_form())

    assert 'id="phone-hint">Optional.' in html
    assert response.status_code == 303
    assert stored().phone == ""


# --------------------------------------------------------------------------- individuals


def test_an_individual_signs_without_an_organization_and_without_the_authorization(client, team):
    configure(allow_individuals=True)

    response = client.post(
        SIGN, data=factories.sign_form(individual="y", organization="", authorized=None, contact_name="Ana Martínez")
    )

    assert response.status_code == 303, error_summary(response.get_data(as_text=True))
    signature = stored()
    assert signature.individual is True
    assert signature.organization_name == "Ana Martínez"
    assert signature.authorized is False


def test_an_individual_is_listed_by_name_with_the_affiliation_for_identification_only(client, team):
    configure(allow_individuals=True)

    client.post(
        SIGN,
        data=factories.sign_form(
            individual="y", organization="Universidad de Sonora", contact_name="Ana Martínez", authorized=None
        ),
    )
    signature = stored()
    signature.status = "verified"
    db.session.commit()

    html = client.get(f"/s/{SLUG}").get_data(as_text=True)
    assert signature.organization_name == "Ana Martínez, Universidad de Sonora"
    assert re.search(
        r'<span class="org">Ana Martínez, Universidad de Sonora</span> <span class="individual">\(individual\)</span>',
        html,
    )
    assert "their affiliations are listed for identification purposes only" in html


def test_two_people_from_the_same_organization_may_each_sign_as_individuals(client, team):
    configure(allow_individuals=True)
    common = {"individual": "y", "organization": "Universidad de Sonora", "authorized": None}

    first = client.post(SIGN, data=factories.sign_form(contact_name="Ana Martínez", **common))
    second = client.post(SIGN, data=factories.sign_form(contact_name="Luis Pérez", email="luis@example.org", **common))

    assert (first.status_code, second.status_code) == (303, 303)
    assert count(Signature) == 2


def test_an_organization_still_needs_its_name_and_the_authorization_when_individuals_may_sign(client, team):
    configure(allow_individuals=True)

    response = client.post(SIGN, data=factories.sign_form(organization="", authorized=None))

    assert response.status_code == 422
    summary = error_summary(response.get_data(as_text=True))
    assert "Enter the name of your organization, or tick that you sign as an individual" in summary
    assert "Confirm that you are authorized to sign on behalf of this organization" in summary
    assert count(Signature) == 0


def test_an_individual_checkbox_posted_where_individuals_may_not_sign_is_ignored(client, team):
    response = client.post(SIGN, data=factories.sign_form(individual="y", organization="", authorized=None))

    assert response.status_code == 422
    assert count(Signature) == 0
    client.post(SIGN, data=factories.sign_form(individual="y"))
    assert stored().individual is False
    assert stored().organization_name == factories.SIGN_FORM["organization"]


def test_the_individual_checkbox_is_labelled_and_comes_before_the_organization(client, team):
    configure(allow_individuals=True)

    html = sign_page(client)

    assert html.index('name="individual"') < html.index('name="organization"')
    assert "listed for identification purposes only" in html
    # The authorization is no longer a required field for everyone.
    assert not re.search(r'<input[^>]*name="authorized"[^>]*required', html)


def test_other_statements_keep_their_own_form(client, team):
    configure(phone_field="required", allow_individuals=True)

    html = client.get("/s/other-team-letter/sign").get_data(as_text=True)

    assert 'name="phone"' not in html
    assert 'name="individual"' not in html
