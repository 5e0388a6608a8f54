"""Correcting how a signatory is listed (name, category, place): "ACLU Texas" becomes
"ACLU of Texas" on the public page and in the letter; the original stays in the audit trail."""

from __future__ import annotations

import re

import pytest

from signon.services.letters.letters import build_letter
from tests.moderation_support import TABLE, add, events, get, public_groups
from tests.sessions import SLUG, log_in, seeding

LISTING = {"organization": "ACLU of Texas", "category": "state-and-local", "city": "Houston", "region": "TX",
           "country": "United States"}  # fmt: skip


@pytest.fixture
def aclu(app, team):
    return add(app, "ACLU Texas", category="national", city="Austin", region="", country="USA")


def test_a_coordinator_corrects_the_name_category_and_place(app, client, db, aclu):
    log_in(client)

    response = client.post(f"{TABLE}/{aclu}/edit", data=LISTING)

    assert response.status_code == 303
    signature = get(aclu)
    assert signature.organization_name == "ACLU of Texas"
    assert signature.organization_key == "aclu of texas"
    assert signature.category.label == "State and Local"
    assert (signature.city, signature.region, signature.country) == ("Houston", "TX", "United States")
    assert public_groups(client) == {"State and Local": ["ACLU of Texas"]}
    with seeding(app):
        letter = build_letter(SLUG)
    assert [(g.label, [(s.name, s.place) for s in g.signatories]) for g in letter.groups] == [
        ("State and Local", [("ACLU of Texas", "Houston, TX, United States")])
    ]


def test_the_original_submission_stays_in_the_audit_trail(client, db, aclu):
    log_in(client)
    client.post(f"{TABLE}/{aclu}/edit", data=LISTING)
    client.post(f"{TABLE}/{aclu}/edit", data={**LISTING, "organization": "ACLU of Texas Foundation"})

    first, second = events("signature.edited")
    assert first.signature_id == aclu
    assert first.actor.startswith("coordinator:")
    assert first.details["before"] == {
        "organization_name": "ACLU Texas", "category": "National", "city": "Austin", "region": "", "country": "USA",
    }  # fmt: skip
    assert first.details["after"]["organization_name"] == "ACLU of Texas"
    assert first.details["changed"] == ["organization_name", "category", "city", "region", "country"]
    assert second.details["before"]["organization_name"] == "ACLU of Texas"
    assert second.details["changed"] == ["organization_name"]


def test_the_signatory_page_shows_the_history_with_the_values_replaced(client, db, aclu):
    log_in(client)
    response = client.post(f"{TABLE}/{aclu}/edit", data=LISTING, follow_redirects=True)
    html = response.get_data(as_text=True)
    assert "Saved. The submitted listing stays in the history below." in html
    assert "name “ACLU Texas” → “ACLU of Texas”" in html
    assert "María Owner" in html


def test_the_edit_form_is_filled_with_the_current_listing(client, db, aclu):
    log_in(client)
    html = client.get(f"{TABLE}/{aclu}").get_data(as_text=True)
    assert re.search(r'<input [^>]*name="organization" [^>]*value="ACLU Texas"', html)
    assert '<option selected value="national">National</option>' in html


def test_saving_without_a_change_records_nothing(client, db, aclu):
    log_in(client)
    same = {"organization": "ACLU Texas", "category": "national", "city": "Austin", "region": "", "country": "USA"}
    response = client.post(f"{TABLE}/{aclu}/edit", data=same, follow_redirects=True)
    assert "Nothing was changed." in response.get_data(as_text=True)
    assert events("signature.edited") == []


def test_a_name_another_signature_has_is_refused_with_a_pointer_to_merging(app, client, db, aclu):
    add(app, "ACLU of Texas", email="info@aclutx.example.org")
    log_in(client)
    response = client.post(f"{TABLE}/{aclu}/edit", data={**LISTING, "organization": "The A.C.L.U. of Texas"})
    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert "Another signature of this statement already has that name" in html
    assert 'id="error-summary"' in html
    assert get(aclu).organization_name == "ACLU Texas"


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"organization": ""}, "Enter the name to list"),
        ({"organization": "..."}, "Enter the name in letters or digits"),
        ({"organization": "ACLU\x00Texas"}, "Remove the invisible control characters"),
        ({"category": "galactic"}, "Choose one of the listed options"),
        ({"city": "x" * 121}, "Field cannot be longer than 120 characters"),
    ],
)
def test_an_invalid_listing_is_refused_with_422_and_the_form_keeps_what_was_typed(client, db, aclu, changes, message):
    log_in(client)
    response = client.post(f"{TABLE}/{aclu}/edit", data={**LISTING, **changes})
    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert message in html
    assert 'value="TX"' in html
    assert get(aclu).organization_name == "ACLU Texas"


def test_an_editor_may_edit(client, db, aclu):
    log_in(client, "eddie@lawg.example.org")
    assert client.post(f"{TABLE}/{aclu}/edit", data=LISTING).status_code == 303
    assert get(aclu).organization_name == "ACLU of Texas"


def test_another_teams_coordinator_gets_404(client, db, aclu):
    log_in(client, "otto@other.example.org")
    assert client.get(f"{TABLE}/{aclu}").status_code == 404
    assert client.post(f"{TABLE}/{aclu}/edit", data=LISTING).status_code == 404
    assert get(aclu).organization_name == "ACLU Texas"


def test_a_signature_of_another_statement_is_not_found_through_this_one(app, client, db, aclu):
    theirs = add(app, "Their Signatory", slug="other-team-letter")
    log_in(client)
    assert client.get(f"{TABLE}/{theirs}").status_code == 404
    assert client.post(f"{TABLE}/{theirs}/edit", data=LISTING).status_code == 404


@pytest.mark.parametrize("signature_id", ["99999999999999999999", "１", "0", "-1", "abc"])
def test_odd_ids_in_the_address_give_404(client, db, aclu, signature_id):
    log_in(client)
    assert client.get(f"{TABLE}/{signature_id}").status_code == 404
