"""Inviting a co-coordinator by email, through HTTP: only owners invite; the emailed link works
once, for seven days, unless withdrawn; the invitee chooses a name and a password, or signs in
with the account they already have; broken, used, withdrawn and expired links get 404 or 410."""

from __future__ import annotations

import hashlib
import re

import pytest

from signon.extensions import db
from signon.models import Coordinator, Invitation, Membership
from tests import factories
from tests.accounts import (
    NEW_PASSWORD,
    TITLE,
    age_invitations,
    audit_events,
    coordinator_by_email,
    count,
    invite,
    link_in,
    outbox,
    path_of,
    role_of,
)
from tests.conftest import TEST_BASE_URL
from tests.sessions import SLUG, log_in, seeding

INES = "ines@partner.example.org"
TEAM = f"/coordinator/s/{SLUG}/team"


def send_invitation(client, email: str = INES, role: str | None = None):
    data = {"email": email}
    if role is not None:
        data["role"] = role
    return client.post(f"{TEAM}/invite", data=data)


def accept(client, path: str, name: str = "Inés Partner", password: str = NEW_PASSWORD, confirm: str | None = None):
    return client.post(path, data={"name": name, "password": password, "confirm": confirm or password})


# --------------------------------------------------------------------------- sending


def test_an_owner_invites_by_email_and_the_invitation_is_queued_with_a_link_from_the_base_url(app, client, team):
    log_in(client)
    r = send_invitation(client)

    assert r.status_code == 303
    assert r.headers["Location"].endswith(TEAM)
    page = client.get(TEAM).get_data(as_text=True)
    assert f"Invitation sent to {INES}" in page
    [message] = outbox(app, "invitation")
    assert message.recipient == INES
    assert TITLE in message.subject
    assert "María Owner" in message.text_body
    link = link_in(message.text_body, "/invitations/")
    assert link in message.html_body
    assert "an editor" in message.text_body


def test_the_invitation_link_comes_from_the_base_url_never_from_the_host_header(app, client, team):
    evil = {"Host": "evil.example.com"}
    log_in(client, headers=evil)
    assert client.post(f"{TEAM}/invite", data={"email": INES}, headers=evil).status_code == 303
    [message] = outbox(app, "invitation")
    assert "evil.example.com" not in message.text_body + message.html_body
    assert link_in(message.text_body, "/invitations/").startswith(TEST_BASE_URL)


def test_the_role_defaults_to_editor_and_an_owner_can_invite_an_owner(app, client, team):
    log_in(client)
    html = client.get(TEAM).get_data(as_text=True)
    radios = {value: tag for tag, value in re.findall(r'(<input[^>]*name="role"[^>]*value="(\w+)"[^>]*>)', html)}
    assert "checked" in radios["editor"]
    assert "checked" not in radios["owner"]
    send_invitation(client, "olga@partner.example.org", role="owner")
    send_invitation(client, INES)
    with seeding(app):
        roles = dict(db.session.execute(db.select(Invitation.email, Invitation.role)).all())
    assert roles == {"olga@partner.example.org": "owner", INES: "editor"}


def test_only_a_hash_of_the_token_is_stored(app, client, team):
    path = invite(app)
    token = path.rsplit("/", 1)[1]
    with seeding(app):
        invitation = db.session.execute(db.select(Invitation)).scalar_one()
        assert invitation.token_hash == hashlib.sha256(token.encode()).hexdigest()
        stored = " ".join(str(v) for v in invitation.__dict__.values())
    assert token not in stored
    assert len(token) >= 40


def test_the_invitation_expires_seven_days_after_it_is_sent(app, team):
    invite(app)
    with seeding(app):
        invitation = db.session.execute(db.select(Invitation)).scalar_one()
        assert (invitation.expires_at - invitation.created_at).total_seconds() == 7 * 24 * 3600


def test_sending_an_invitation_is_audited(app, client, team):
    log_in(client)
    send_invitation(client, role="owner")
    [event] = audit_events(app, "team.invited")
    assert event.actor == f"coordinator:{team.maria}"
    assert event.statement_id == team.statement_id
    assert event.details["email"] == INES
    assert event.details["role"] == "owner"


def test_an_address_is_stored_in_lower_case(app, client, team):
    log_in(client)
    send_invitation(client, "Ines@Partner.Example.org")
    [message] = outbox(app, "invitation")
    assert message.recipient == INES


@pytest.mark.parametrize(
    ("email", "error"),
    [
        ("", "Enter the email address of the person to invite"),
        ("not an address", "Enter an email address in the correct format"),
        ("eddie@lawg.example.org", "eddie@lawg.example.org is already on this statement&#39;s team"),
        ("MARIA@lawg.example.org", "is already on this statement&#39;s team"),
    ],
)
def test_an_invitation_that_cannot_be_sent_shows_why_and_sends_nothing(app, client, team, email, error):
    log_in(client)
    r = send_invitation(client, email)
    assert r.status_code == 422
    html = r.get_data(as_text=True)
    assert error in html
    assert 'id="error-summary"' in html
    assert outbox(app, "invitation") == []
    assert count(app, Invitation) == 0


def test_an_unknown_role_is_refused(app, client, team):
    log_in(client)
    assert send_invitation(client, role="admin").status_code == 422
    assert count(app, Invitation) == 0


def test_inviting_the_same_address_again_replaces_the_older_link(app, client, team):
    first = invite(app)
    second = invite(app)
    assert client.get(first).status_code == 410
    assert client.get(second).status_code == 200
    log_in(client)
    html = client.get(TEAM).get_data(as_text=True)
    assert html.count(f'<th scope="row">{INES}</th>') == 1


def test_an_editor_cannot_invite(app, client, team):
    log_in(client, "eddie@lawg.example.org")
    assert send_invitation(client).status_code == 403
    assert count(app, Invitation) == 0
    assert "Invite a coordinator" not in client.get(TEAM).get_data(as_text=True)


# --------------------------------------------------------------------------- accepting as a newcomer


def test_the_link_shows_the_statement_the_role_and_a_form_for_name_and_password(app, client, team):
    path = invite(app)
    r = client.get(path)
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert TITLE in html
    assert INES in html
    assert "María Owner invited" in html
    assert "an editor" in html
    for label in ("Your name", "New password", "New password again"):
        assert f">{label}</label>" in html
    assert 'autocomplete="new-password"' in html


def test_the_invitee_sets_a_name_and_password_and_lands_on_the_statement_signed_in(app, client, team):
    path = invite(app)
    r = accept(client, path)

    assert r.status_code == 303
    assert r.headers["Location"].endswith(f"/coordinator/s/{SLUG}/signatures")
    landing = client.get(r.headers["Location"])
    assert landing.status_code == 200
    assert "Welcome: you are now on the team of" in landing.get_data(as_text=True)
    ines = coordinator_by_email(app, INES)
    assert ines is not None and ines.name == "Inés Partner"
    assert role_of(app, INES) == "editor"
    # The password chosen is the one that signs in.
    client.post("/logout")
    log_in(client, INES, NEW_PASSWORD)


def test_an_owner_invitation_makes_an_owner(app, client, team):
    path = invite(app, role="owner")
    accept(client, path)
    assert role_of(app, INES) == "owner"


def test_accepting_is_audited_and_marks_the_invitation_used(app, client, team):
    path = invite(app)
    accept(client, path)
    [event] = audit_events(app, "team.invitation_accepted")
    ines = coordinator_by_email(app, INES)
    assert event.actor == f"coordinator:{ines.id}"
    assert event.statement_id == team.statement_id
    assert event.details["role"] == "editor"
    with seeding(app):
        assert db.session.execute(db.select(Invitation.accepted_at)).scalar_one() is not None


def test_the_link_works_once(app, client, team):
    path = invite(app)
    assert accept(client, path).status_code == 303
    client.post("/logout")

    again = client.get(path)
    assert again.status_code == 410
    assert "This invitation has already been used" in again.get_data(as_text=True)
    assert accept(client, path, name="Someone Else").status_code == 410
    assert count(app, Coordinator) == 4


@pytest.mark.parametrize(
    ("password", "confirm", "error"),
    [
        ("short pass", "short pass", "Use at least 12 characters"),
        ("", "", "Enter a new password"),
        (NEW_PASSWORD, "something else entirely", "The two passwords are not the same"),
    ],
)
def test_a_weak_or_mistyped_password_is_refused_and_nothing_is_created(app, client, team, password, confirm, error):
    path = invite(app)
    r = accept(client, path, password=password, confirm=confirm)
    assert r.status_code == 422
    assert error in r.get_data(as_text=True)
    assert coordinator_by_email(app, INES) is None
    assert client.get(path).status_code == 200


def test_a_name_is_required(app, client, team):
    path = invite(app)
    r = accept(client, path, name="  ")
    assert r.status_code == 422
    assert "Enter your name" in r.get_data(as_text=True)


def test_a_name_with_control_characters_is_refused(app, client, team):
    path = invite(app)
    assert accept(client, path, name="Inés\x00Partner").status_code == 422
    assert coordinator_by_email(app, INES) is None


# --------------------------------------------------------------------------- accepting with an account


def test_someone_with_an_account_is_asked_to_sign_in_instead_of_choosing_a_password(app, client, team):
    path = invite(app, "otto@other.example.org")
    html = client.get(path).get_data(as_text=True)
    assert "There is already a coordinator account for otto@other.example.org" in html
    assert "New password" not in html
    assert "Sign in to accept" in html
    # Posting a name and password does not create or change anything.
    r = accept(client, path)
    assert r.status_code == 303
    assert role_of(app, "otto@other.example.org") is None


def test_someone_with_an_account_signs_in_and_joins_without_a_new_password(app, client, team):
    path = invite(app, "otto@other.example.org", role="owner")
    r = client.post(f"/login?next={path}", data={"email": "otto@other.example.org", "password": factories.PASSWORD})
    assert r.headers["Location"].endswith(path)
    html = client.get(path).get_data(as_text=True)
    assert "Join the team</button>" in html

    joined = client.post(f"{path}/join")
    assert joined.status_code == 303
    assert joined.headers["Location"].endswith(f"/coordinator/s/{SLUG}/signatures")
    assert role_of(app, "otto@other.example.org") == "owner"
    assert role_of(app, "otto@other.example.org", "other-team-letter") == "owner"
    assert client.get(path).status_code == 410
    [event] = audit_events(app, "team.invitation_accepted")
    assert event.actor == f"coordinator:{team.otto}"
    # Same password as before.
    client.post("/logout")
    log_in(client, "otto@other.example.org")


def test_a_coordinator_signed_in_as_someone_else_cannot_take_the_invitation(app, client, team):
    path = invite(app, "otto@other.example.org")
    log_in(client, "eddie@lawg.example.org")
    html = client.get(path).get_data(as_text=True)
    assert "You are signed in as eddie@lawg.example.org" in html
    assert "Join the team</button>" not in html

    r = client.post(f"{path}/join")
    assert r.status_code == 303
    assert role_of(app, "otto@other.example.org") is None
    assert role_of(app, "eddie@lawg.example.org") == "editor"
    assert client.get(path).status_code == 200


def test_joining_needs_a_signed_in_coordinator(app, client, team):
    path = invite(app, "otto@other.example.org")
    r = client.post(f"{path}/join")
    assert r.status_code == 303
    assert r.headers["Location"].endswith(path)
    assert role_of(app, "otto@other.example.org") is None


# --------------------------------------------------------------------------- refused links


@pytest.mark.parametrize(
    "token",
    [
        "x" * 43,
        "short",
        "not%20a%20token%20at%20all%20but%20long%20enough",
        "A" * 401,
        "%00" * 30,
        "１２３４５６７８９０１２３４５６７８９０１２",
    ],
)
def test_a_link_that_is_not_an_invitation_is_a_clear_404(app, client, team, token):
    invite(app)
    for r in (client.get(f"/invitations/{token}"), accept(client, f"/invitations/{token}")):
        assert r.status_code == 404
        assert b"Traceback" not in r.data
    html = client.get(f"/invitations/{'x' * 43}").get_data(as_text=True)
    assert "This invitation link is not valid" in html


def test_a_cut_short_link_is_a_404(app, client, team):
    path = invite(app)
    assert client.get(path[:-5]).status_code == 404


def test_a_link_older_than_seven_days_is_refused_with_410(app, client, team):
    path = invite(app)
    age_invitations(app, 7)
    r = client.get(path)
    assert r.status_code == 410
    assert "This invitation has expired" in r.get_data(as_text=True)
    assert accept(client, path).status_code == 410
    assert coordinator_by_email(app, INES) is None


def test_a_link_just_under_seven_days_old_still_works(app, client, team):
    path = invite(app)
    age_invitations(app, 6.99)
    assert client.get(path).status_code == 200
    assert accept(client, path).status_code == 303


def test_a_withdrawn_invitation_is_refused_with_410(app, client, team):
    path = invite(app)
    log_in(client)
    with seeding(app):
        invitation_id = db.session.execute(db.select(Invitation.id)).scalar_one()
    r = client.post(f"{TEAM}/invitations/{invitation_id}/revoke")
    assert r.status_code == 303
    assert "The invitation to ines@partner.example.org was withdrawn" in client.get(TEAM).get_data(as_text=True)
    client.post("/logout")

    refused = client.get(path)
    assert refused.status_code == 410
    assert "This invitation was withdrawn" in refused.get_data(as_text=True)
    assert accept(client, path).status_code == 410
    [event] = audit_events(app, "team.invitation_revoked")
    assert event.actor == f"coordinator:{team.maria}"
    assert event.details["email"] == INES


def test_an_editor_cannot_withdraw_an_invitation(app, client, team):
    path = invite(app)
    log_in(client, "eddie@lawg.example.org")
    with seeding(app):
        invitation_id = db.session.execute(db.select(Invitation.id)).scalar_one()
    assert client.post(f"{TEAM}/invitations/{invitation_id}/revoke").status_code == 403
    client.post("/logout")
    assert client.get(path).status_code == 200


def test_withdrawing_an_invitation_of_another_statement_is_a_404(app, client, team):
    with seeding(app):
        other = db.session.get(Coordinator, team.otto)
        db.session.add(
            Invitation(
                statement_id=team.other_statement_id,
                email="x@example.org",
                role="editor",
                token_hash="0" * 64,
                invited_by_id=other.id,
                created_at=factories.now(),
                expires_at=factories.now(),
            )
        )
        db.session.commit()
        invitation_id = db.session.execute(db.select(Invitation.id)).scalar_one()
    log_in(client)
    assert client.post(f"{TEAM}/invitations/{invitation_id}/revoke").status_code == 404
    assert client.post(f"{TEAM}/invitations/99999/revoke").status_code == 404
    with seeding(app):
        assert db.session.execute(db.select(Invitation.revoked_at)).scalar_one() is None


def test_an_invitation_to_a_statement_that_was_deleted_is_a_404(app, client, team):
    path = invite(app)
    with seeding(app):
        db.session.execute(db.delete(Membership))
        db.session.execute(db.delete(Invitation))
        db.session.commit()
    assert client.get(path).status_code == 404


def test_the_invitation_email_reaches_the_smtp_server(app, client, team, smtp, send_outbox):
    log_in(client)
    send_invitation(client)
    assert send_outbox().sent == 1
    [message] = smtp.to(INES)
    text = smtp.text_of(message)
    link = link_in(text, "/invitations/")
    assert link in smtp.html_of(message)
    assert client.get(path_of(link)).status_code == 200
