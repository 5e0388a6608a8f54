"""The addressees of a statement through HTTP: add, edit, move up and down, remove; each change on
the public page at once, with a new revision and an audit event."""

from __future__ import annotations

import re

import pytest

from signon.models import Addressee
from tests.drafting_support import actions, count, error_summary, events, flashes, form_values, statement
from tests.sessions import EDDIE, OTTO, SLUG, log_in, make_team

PAGE = f"/coordinator/s/{SLUG}/addressees"
AMLO = "Andrés Manuel López Obrador"
AMBASSADOR = "Ambassador Martha Bárcena Coqui"

NEW_ADDRESSEE = {
    "name": "Secretary Alejandro Mayorkas",
    "title": "Secretary of Homeland Security",
    "organization": "U.S. Department of Homeland Security",
    "address": "2707 Martin Luther King Jr Ave SE\r\n\r\nWashington, DC 20528  ",
    "email": "secretary@dhs.example.org",
    "phone": "202 282 8000",
    "social_handle": "@SecMayorkas",
}


@pytest.fixture
def team(db):
    return make_team(draft=True)


def addressee_ids() -> list[int]:
    return [a.id for a in statement(SLUG).addressees]


def public_names(client) -> list[str]:
    html = client.get(f"/s/{SLUG}").get_data(as_text=True)
    return re.findall(r'<address class="addressee">\s*<strong>(.*?)</strong>', html)


def test_the_page_lists_the_addressees_in_order(client, team):
    log_in(client)

    html = client.get(PAGE).get_data(as_text=True)

    assert html.index(AMLO) < html.index(AMBASSADOR)
    assert "Palacio Nacional Edificio 10, Planta baja<br>Colonia Centro" in re.sub(r"\s*<br>\s*", "<br>", html)


def test_an_addressee_is_added_last_and_shown_on_the_public_page(client, team):
    before = statement(SLUG).revision
    log_in(client)

    response = client.post(PAGE, data=NEW_ADDRESSEE)

    assert response.status_code == 303
    assert response.headers["Location"].startswith(PAGE)
    assert "Added Secretary Alejandro Mayorkas." in flashes(client.get(PAGE).get_data(as_text=True))
    assert public_names(client) == [AMLO, AMBASSADOR, NEW_ADDRESSEE["name"]]
    added = statement(SLUG).addressees[-1]
    assert added.address == "2707 Martin Luther King Jr Ave SE\nWashington, DC 20528"
    assert (added.title, added.organization, added.email) == (
        NEW_ADDRESSEE["title"],
        NEW_ADDRESSEE["organization"],
        NEW_ADDRESSEE["email"],
    )
    assert (added.phone, added.social_handle) == ("202 282 8000", "@SecMayorkas")
    assert statement(SLUG).revision == before + 1
    assert actions(team.statement_id) == ["addressee.added"]


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"name": " "}, "name", "Enter the name"),
        ({"email": "not an address"}, "email", "Enter an email address like name@example.org"),
        ({"title": "x" * 301}, "title", "Keep it under 300 characters"),
        ({"organization": "Bad\x07Bell"}, "organization", "Remove the invisible control characters"),
    ],
)
def test_an_invalid_addressee_is_refused_with_the_error_beside_the_field(client, team, changes, field, message):
    log_in(client)

    response = client.post(PAGE, data={**NEW_ADDRESSEE, **changes})

    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert f'href="#{field}"' in error_summary(html)
    assert message in error_summary(html)
    assert count(Addressee) == 6
    assert form_values(html, "/addressees")["phone"] == "202 282 8000"


def test_an_addressee_is_edited_on_its_own_page(client, team):
    first = addressee_ids()[0]
    log_in(client, EDDIE)
    edit = f"{PAGE}/{first}/edit"
    values = form_values(client.get(edit).get_data(as_text=True), "")
    assert values["name"] == AMLO
    assert values["address"].splitlines()[0] == "Palacio Nacional Edificio 10, Planta baja"
    values.update(name="Presidenta Claudia Sheinbaum Pardo", social_handle="@Claudiashein")

    response = client.post(edit, data=values)

    assert response.status_code == 303
    assert public_names(client) == ["Presidenta Claudia Sheinbaum Pardo", AMBASSADOR]
    assert statement(SLUG).addressees[0].social_handle == "@Claudiashein"
    (event,) = events("addressee.updated")
    assert event.actor == f"coordinator:{team.eddie}"


def test_an_invalid_edit_is_refused_and_changes_nothing(client, team):
    first = addressee_ids()[0]
    log_in(client)

    response = client.post(f"{PAGE}/{first}/edit", data={**NEW_ADDRESSEE, "name": ""})

    assert response.status_code == 422
    assert "Enter the name" in error_summary(response.get_data(as_text=True))
    assert public_names(client) == [AMLO, AMBASSADOR]


def test_move_down_and_up_reorder_the_public_page(client, team):
    first, _ = addressee_ids()
    log_in(client)
    before = statement(SLUG).revision

    assert client.post(f"{PAGE}/{first}/move", data={"direction": "down"}).status_code == 303
    assert public_names(client) == [AMBASSADOR, AMLO]
    assert client.post(f"{PAGE}/{first}/move", data={"direction": "up"}).status_code == 303
    assert public_names(client) == [AMLO, AMBASSADOR]
    assert statement(SLUG).revision == before + 2
    assert actions(team.statement_id) == ["addressee.moved", "addressee.moved"]


def test_moving_past_either_end_changes_nothing(client, team):
    first, second = addressee_ids()
    log_in(client)
    before = statement(SLUG).revision

    client.post(f"{PAGE}/{first}/move", data={"direction": "up"})
    client.post(f"{PAGE}/{second}/move", data={"direction": "down"})

    assert public_names(client) == [AMLO, AMBASSADOR]
    assert statement(SLUG).revision == before


def test_the_first_has_no_move_up_button_and_the_last_no_move_down(client, team):
    log_in(client)

    html = client.get(PAGE).get_data(as_text=True)

    first, second = html.split('<li id="addressee-')[1:3]
    assert 'value="up"' not in first and 'value="down"' in first
    assert 'value="up"' in second and 'value="down"' not in second


def test_an_addressee_is_removed(client, team):
    first, _ = addressee_ids()
    log_in(client)

    response = client.post(f"{PAGE}/{first}/remove")

    assert response.status_code == 303
    assert f"Removed {AMLO}." in flashes(client.get(PAGE).get_data(as_text=True))
    assert public_names(client) == [AMBASSADOR]
    assert [a.position for a in statement(SLUG).addressees] == [0]
    assert actions(team.statement_id) == ["addressee.removed"]


def test_removing_every_addressee_leaves_a_page_without_the_block(client, team):
    log_in(client)

    for addressee_id in addressee_ids():
        client.post(f"{PAGE}/{addressee_id}/remove")

    assert 'aria-label="Addressed to"' not in client.get(f"/s/{SLUG}").get_data(as_text=True)
    assert "No addressee yet." in client.get(PAGE).get_data(as_text=True)


def test_another_statements_addressee_cannot_be_changed_through_this_one(client, db, team):
    from signon.models import Statement

    theirs = db.session.get(Statement, team.other_statement_id)
    their_id = theirs.addressees[0].id
    log_in(client)

    for path in (f"{PAGE}/{their_id}/edit", f"{PAGE}/{their_id}/move", f"{PAGE}/{their_id}/remove"):
        response = client.post(path, data={**NEW_ADDRESSEE, "direction": "up"})
        assert response.status_code == 404, path
    assert count(Addressee) == 6


@pytest.mark.parametrize("addressee_id", ["１", "99999999999999999999", "-1", "1.0", "abc", "0"])
def test_a_malformed_or_unknown_id_is_404(client, team, addressee_id):
    log_in(client)

    assert client.get(f"{PAGE}/{addressee_id}/edit").status_code == 404
    assert client.post(f"{PAGE}/{addressee_id}/remove").status_code == 404


def test_a_stranger_cannot_add_an_addressee(client, team):
    log_in(client, OTTO)

    assert client.post(PAGE, data=NEW_ADDRESSEE).status_code == 404
    assert count(Addressee) == 6
