"""Roles on a statement's team, through HTTP: everyone on the team sees it; owners change roles and
remove members, editors get 403; a statement never loses its last owner; anyone may leave unless
they are that last owner."""

from __future__ import annotations

import pytest

from signon.extensions import db
from signon.models import Membership
from tests import factories
from tests.accounts import TITLE, audit_events, invite, role_of
from tests.pages import table_of
from tests.sessions import OTHER_SLUG, SLUG, log_in, seeding

TEAM = f"/coordinator/s/{SLUG}/team"
MARIA, EDDIE, OTTO = "maria@lawg.example.org", "eddie@lawg.example.org", "otto@other.example.org"


def member_url(coordinator_id: int, action: str) -> str:
    return f"{TEAM}/members/{coordinator_id}/{action}"


def make_owner(app, coordinator_id: int, statement_id: int) -> None:
    with seeding(app):
        membership = db.session.execute(
            db.select(Membership).where(
                Membership.coordinator_id == coordinator_id, Membership.statement_id == statement_id
            )
        ).scalar_one()
        membership.role = "owner"
        db.session.commit()


def notice_after(client, response) -> str:
    assert response.status_code == 303, response.status_code
    return client.get(response.headers["Location"]).get_data(as_text=True)


# --------------------------------------------------------------------------- the page


def test_the_team_page_lists_the_coordinators_with_their_roles_and_the_pending_invitations(app, client, team):
    invite(app, "ines@partner.example.org")
    invite(app, "olga@partner.example.org", role="owner")
    log_in(client, EDDIE)
    r = client.get(TEAM)
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert f"Team: {TITLE}" in html
    members = {row["Name"]: row for row in table_of(html)}
    assert set(members) == {"María Owner", "Eddie Editor (you)"}
    assert members["María Owner"]["Role"] == "Owner"
    assert members["María Owner"]["Email"] == MARIA
    assert members["Eddie Editor (you)"]["Role"] == "Editor"
    assert "ines@partner.example.org" in html and "olga@partner.example.org" in html
    assert "Otto" not in html


def test_the_workspace_navigation_links_the_team_page(app, client, team):
    log_in(client)
    html = client.get(f"/coordinator/s/{SLUG}/signatures").get_data(as_text=True)
    assert f'href="{TEAM}"' in html
    assert f'href="{TEAM}" aria-current="page"' in client.get(TEAM).get_data(as_text=True)


def test_an_editor_sees_the_team_without_the_owners_controls(app, client, team):
    invite(app)
    log_in(client, EDDIE)
    html = client.get(TEAM).get_data(as_text=True)
    for control in ("Change role", "Invite a coordinator", "Withdraw", "/remove"):
        assert control not in html
    assert "Leave this statement" in html


def test_an_owner_sees_a_role_control_remove_links_and_the_invitation_form(app, client, team):
    invite(app)
    log_in(client)
    html = client.get(TEAM).get_data(as_text=True)
    assert html.count("Change role") == 2
    assert member_url(team.eddie, "remove") in html
    assert "Invite a coordinator" in html
    assert "Withdraw" in html
    # One label per role control, each tied to its own select.
    for coordinator_id, name in ((team.maria, "María Owner"), (team.eddie, "Eddie Editor")):
        assert f'<label class="visually-hidden" for="role-{coordinator_id}">Role of {name}</label>' in html
        assert f'id="role-{coordinator_id}"' in html


# --------------------------------------------------------------------------- roles


def test_an_owner_makes_an_editor_an_owner_and_it_is_audited(app, client, team):
    log_in(client)
    page = notice_after(client, client.post(member_url(team.eddie, "role"), data={"role": "owner"}))
    assert "Eddie Editor is now an owner." in page
    assert role_of(app, EDDIE) == "owner"
    [event] = audit_events(app, "team.role_changed")
    assert event.actor == f"coordinator:{team.maria}"
    assert event.statement_id == team.statement_id
    assert event.details == {"coordinator_id": team.eddie, "before": "editor", "after": "owner"}


def test_an_owner_can_step_down_when_another_owner_remains(app, client, team):
    make_owner(app, team.eddie, team.statement_id)
    log_in(client)
    client.post(member_url(team.maria, "role"), data={"role": "editor"})
    assert role_of(app, MARIA) == "editor"
    # Now an editor, María may no longer change roles.
    assert client.post(member_url(team.eddie, "role"), data={"role": "editor"}).status_code == 403


def test_the_last_owner_cannot_become_an_editor(app, client, team):
    log_in(client)
    page = notice_after(client, client.post(member_url(team.maria, "role"), data={"role": "editor"}))
    assert "A statement needs at least one owner" in page
    assert role_of(app, MARIA) == "owner"
    assert audit_events(app, "team.role_changed") == []


def test_an_unknown_role_changes_nothing(app, client, team):
    log_in(client)
    page = notice_after(client, client.post(member_url(team.eddie, "role"), data={"role": "admin"}))
    assert "Choose owner or editor." in page
    assert role_of(app, EDDIE) == "editor"


def test_an_editor_gets_403_when_changing_a_role(app, client, team):
    log_in(client, EDDIE)
    assert client.post(member_url(team.eddie, "role"), data={"role": "owner"}).status_code == 403
    assert client.post(member_url(team.maria, "role"), data={"role": "editor"}).status_code == 403
    assert role_of(app, EDDIE) == "editor"
    assert role_of(app, MARIA) == "owner"


@pytest.mark.parametrize("coordinator_id", ["3", "999", "2147483647", "2147483648", "99999999999999999999", "０２"])
def test_a_member_id_that_is_not_on_this_team_is_a_404(app, client, team, coordinator_id):
    log_in(client)
    assert client.post(f"{TEAM}/members/{coordinator_id}/role", data={"role": "owner"}).status_code == 404
    assert client.get(f"{TEAM}/members/{coordinator_id}/remove").status_code == 404
    assert client.post(f"{TEAM}/members/{coordinator_id}/remove").status_code == 404
    assert role_of(app, OTTO, OTHER_SLUG) == "owner"
    assert role_of(app, OTTO) is None


# --------------------------------------------------------------------------- removing


def test_removing_asks_for_confirmation_first(app, client, team):
    log_in(client)
    r = client.get(member_url(team.eddie, "remove"))
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert "Remove Eddie Editor from the team?" in html
    assert f'action="{member_url(team.eddie, "remove")}"' in html
    assert role_of(app, EDDIE) == "editor"


def test_an_owner_removes_an_editor_who_then_gets_404(app, client, team):
    log_in(client)
    page = notice_after(client, client.post(member_url(team.eddie, "remove")))
    assert "Eddie Editor was removed from the team." in page
    assert role_of(app, EDDIE) is None
    [event] = audit_events(app, "team.member_removed")
    assert event.actor == f"coordinator:{team.maria}"
    assert event.details["coordinator_id"] == team.eddie
    assert event.details["role"] == "editor"

    eddie = app.test_client()
    log_in(eddie, EDDIE)
    assert eddie.get(TEAM).status_code == 404
    assert eddie.get(f"/coordinator/s/{SLUG}/signatures").status_code == 404


def test_an_owner_removes_another_owner(app, client, team):
    make_owner(app, team.eddie, team.statement_id)
    log_in(client)
    client.post(member_url(team.eddie, "remove"))
    assert role_of(app, EDDIE) is None


def test_an_editor_gets_403_when_removing_a_member(app, client, team):
    log_in(client, EDDIE)
    assert client.get(member_url(team.maria, "remove")).status_code == 403
    assert client.post(member_url(team.maria, "remove")).status_code == 403
    assert role_of(app, MARIA) == "owner"


def test_the_last_owner_cannot_be_removed(app, client, team):
    log_in(client)
    html = client.get(member_url(team.maria, "remove")).get_data(as_text=True)
    assert "You are the only owner of this statement" in html
    assert "<button" not in html.split("<main", 1)[1]
    page = notice_after(client, client.post(member_url(team.maria, "remove")))
    assert "A statement needs at least one owner" in page
    assert role_of(app, MARIA) == "owner"


# --------------------------------------------------------------------------- leaving


def test_an_editor_may_leave(app, client, team):
    log_in(client, EDDIE)
    assert "Leave the team of" in client.get(f"{TEAM}/leave").get_data(as_text=True)
    r = client.post(f"{TEAM}/leave")
    assert r.status_code == 303
    assert r.headers["Location"].endswith("/coordinator/")
    assert role_of(app, EDDIE) is None
    [event] = audit_events(app, "team.left")
    assert event.actor == f"coordinator:{team.eddie}"
    assert client.get(TEAM).status_code == 404


def test_an_owner_may_leave_only_if_another_owner_remains(app, client, team):
    log_in(client)
    html = client.get(TEAM).get_data(as_text=True)
    assert "You are the only owner of this statement" in html
    assert "Leave this statement" not in html
    page = notice_after(client, client.post(f"{TEAM}/leave"))
    assert "A statement needs at least one owner" in page
    assert role_of(app, MARIA) == "owner"

    make_owner(app, team.eddie, team.statement_id)
    assert "Leave this statement" in client.get(TEAM).get_data(as_text=True)
    assert client.post(f"{TEAM}/leave").status_code == 303
    assert role_of(app, MARIA) is None
    assert role_of(app, EDDIE) == "owner"


def test_an_owner_removing_themselves_leaves(app, client, team):
    make_owner(app, team.eddie, team.statement_id)
    log_in(client)
    html = client.get(member_url(team.maria, "remove")).get_data(as_text=True)
    assert "Leave the team of" in html
    assert f'action="{TEAM}/leave"' in html


def test_leaving_keeps_the_account_and_its_other_statements(app, client, team):
    with seeding(app):
        other = factories.open_statement("third-letter", title="A Third Letter")
        db.session.add(Membership(statement_id=other.id, coordinator_id=team.eddie, role="owner"))
        db.session.commit()
    log_in(client, EDDIE)
    client.post(f"{TEAM}/leave")
    assert client.get("/coordinator/s/third-letter/team").status_code == 200
    assert role_of(app, EDDIE, "third-letter") == "owner"
