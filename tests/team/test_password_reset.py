"""Password reset by email, through HTTP: the same answer whether or not the address has an
account; a link from SIGNON_BASE_URL that works once, for one hour; the new password ends every
other session."""

from __future__ import annotations

import pytest

from signon.extensions import db
from signon.models import Coordinator
from signon.tokens import CONFIRM_SIGNATURE, make_token
from tests import factories
from tests.accounts import (
    NEW_PASSWORD,
    audit_events,
    coordinator_by_email,
    link_in,
    outbox,
    path_of,
    without_csrf_tokens,
)
from tests.conftest import TEST_BASE_URL, TEST_SECRET
from tests.sessions import log_in, seeding

MARIA = "maria@lawg.example.org"


def ask_for_link(client, email: str = MARIA, **kwargs):
    return client.post("/password/forgot", data={"email": email}, **kwargs)


def reset_path(app, email: str = MARIA) -> str:
    messages = [m for m in outbox(app, "password_reset") if m.recipient == email]
    assert messages, f"no reset email to {email}"
    return path_of(link_in(messages[-1].text_body, "/password/reset/"))


def set_password(client, path: str, password: str = NEW_PASSWORD, confirm: str | None = None):
    return client.post(path, data={"password": password, "confirm": confirm if confirm is not None else password})


def signs_in(app, email: str, password: str) -> bool:
    client = app.test_client()
    return client.post("/login", data={"email": email, "password": password}).status_code == 303


# --------------------------------------------------------------------------- asking


def test_the_login_page_links_to_the_forgotten_password_page(app, client):
    html = client.get("/login").get_data(as_text=True)
    assert '<a href="/password/forgot">Forgot your password?</a>' in html
    r = client.get("/password/forgot")
    assert r.status_code == 200
    assert ">Email</label>" in r.get_data(as_text=True)


def test_a_known_address_is_emailed_a_link_from_the_base_url(app, client, team):
    r = ask_for_link(client, headers={"Host": "evil.example.com"})
    assert r.status_code == 303
    [message] = outbox(app, "password_reset")
    assert message.recipient == MARIA
    assert "María Owner" in message.text_body
    link = link_in(message.text_body, "/password/reset/")
    assert link.startswith(TEST_BASE_URL)
    assert link in message.html_body
    assert "evil.example.com" not in message.text_body + message.html_body
    [event] = audit_events(app, "coordinator.password_reset_requested")
    assert event.details["coordinator_id"] == team.maria


def test_a_known_and_an_unknown_address_get_the_same_answer(app, client, team):
    known = ask_for_link(client, MARIA)
    unknown = ask_for_link(client, "nobody@example.org")
    assert known.status_code == unknown.status_code == 303
    assert known.headers["Location"] == unknown.headers["Location"]
    known_page = client.get(known.headers["Location"]).get_data(as_text=True)
    unknown_page = client.get(unknown.headers["Location"]).get_data(as_text=True)
    assert without_csrf_tokens(known_page) == without_csrf_tokens(unknown_page)
    assert "If that address belongs to a coordinator account" in known_page
    assert [m.recipient for m in outbox(app)] == [MARIA]


def test_the_address_is_matched_in_any_case(app, client, team):
    ask_for_link(client, "Maria@LAWG.example.org")
    assert [m.recipient for m in outbox(app, "password_reset")] == [MARIA]


@pytest.mark.parametrize(
    ("email", "error"),
    [("", "Enter the email address you sign in with"), ("maria", "Enter an email address in the correct format")],
)
def test_an_address_that_is_not_one_is_refused(app, client, team, email, error):
    r = ask_for_link(client, email)
    assert r.status_code == 422
    assert error in r.get_data(as_text=True)
    assert outbox(app) == []


def test_the_email_reaches_the_smtp_server(app, client, team, smtp, send_outbox):
    ask_for_link(client)
    assert send_outbox().sent == 1
    [message] = smtp.to(MARIA)
    assert message["Subject"] == "Set a new password for Signon"
    assert "/password/reset/" in smtp.text_of(message)


# --------------------------------------------------------------------------- resetting


def test_the_link_shows_a_form_for_the_new_password_typed_twice(app, client, team):
    ask_for_link(client)
    r = client.get(reset_path(app))
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert MARIA in html
    assert ">New password</label>" in html and ">New password again</label>" in html
    assert html.count('autocomplete="new-password"') == 2


def test_a_new_password_replaces_the_old_one_and_signs_this_browser_in(app, client, team):
    ask_for_link(client)
    r = set_password(client, reset_path(app))
    assert r.status_code == 303
    assert r.headers["Location"].endswith("/password/changed")
    assert "Your password has been changed" in client.get(r.headers["Location"]).get_data(as_text=True)
    assert client.get("/coordinator/").status_code == 200
    assert signs_in(app, MARIA, NEW_PASSWORD)
    assert not signs_in(app, MARIA, factories.PASSWORD)
    [event] = audit_events(app, "coordinator.password_reset")
    assert event.actor == f"coordinator:{team.maria}"


def test_a_new_password_ends_every_other_session(app, client, team):
    elsewhere = app.test_client()
    log_in(elsewhere)
    assert elsewhere.get("/coordinator/").status_code == 200
    version = coordinator_by_email(app, MARIA).session_version

    ask_for_link(client)
    set_password(client, reset_path(app))

    assert coordinator_by_email(app, MARIA).session_version == version + 1
    r = elsewhere.get("/coordinator/")
    assert r.status_code == 302
    assert "/login" in r.headers["Location"]
    assert client.get("/coordinator/").status_code == 200


def test_the_link_works_once(app, client, team):
    ask_for_link(client)
    path = reset_path(app)
    set_password(client, path)
    client.post("/logout")

    again = client.get(path)
    assert again.status_code == 410
    assert "This link has already been used" in again.get_data(as_text=True)
    assert set_password(client, path, "yet another passphrase").status_code == 410
    assert signs_in(app, MARIA, NEW_PASSWORD)


def test_an_older_link_stops_working_once_a_newer_one_is_used(app, client, team):
    ask_for_link(client)
    first = reset_path(app)
    ask_for_link(client)
    second = reset_path(app)
    set_password(client, second)
    assert client.get(first).status_code == 410


def test_the_link_works_for_an_hour(app, client, team, link_clock):
    ask_for_link(client)
    path = reset_path(app)
    link_clock(minutes=59)
    assert client.get(path).status_code == 200
    link_clock(minutes=2)
    r = client.get(path)
    assert r.status_code == 410
    assert "This link has expired" in r.get_data(as_text=True)
    assert set_password(client, path).status_code == 410
    assert signs_in(app, MARIA, factories.PASSWORD)


@pytest.mark.parametrize(
    "token",
    ["x" * 40, "short", "eyJjIjoxfQ.invalid.signature-value-here", "%00" * 25, "A" * 401],
)
def test_a_broken_link_is_a_clear_404(app, client, team, token):
    r = client.get(f"/password/reset/{token}")
    assert r.status_code == 404
    assert set_password(client, f"/password/reset/{token}").status_code == 404
    assert signs_in(app, MARIA, factories.PASSWORD)


def test_a_link_made_for_another_purpose_is_refused(app, client, team):
    # A signature confirmation token, signed with the same key but another salt.
    token = make_token(TEST_SECRET, CONFIRM_SIGNATURE, {"c": team.maria, "f": "0" * 32})
    assert client.get(f"/password/reset/{token}").status_code == 404


def test_a_link_whose_account_was_deleted_is_a_404(app, client, team):
    ask_for_link(client, "eddie@lawg.example.org")
    path = reset_path(app, "eddie@lawg.example.org")
    with seeding(app):
        db.session.execute(db.delete(Coordinator).where(Coordinator.id == team.eddie))
        db.session.commit()
    assert client.get(path).status_code == 404


@pytest.mark.parametrize(
    ("password", "confirm", "error"),
    [
        ("too short", "too short", "Use at least 12 characters"),
        (NEW_PASSWORD, "not the same passphrase", "The two passwords are not the same"),
        ("", "", "Enter a new password"),
    ],
)
def test_a_weak_or_mistyped_password_is_refused_and_the_link_still_works(app, client, team, password, confirm, error):
    ask_for_link(client)
    path = reset_path(app)
    r = set_password(client, path, password, confirm)
    assert r.status_code == 422
    assert error in r.get_data(as_text=True)
    assert signs_in(app, MARIA, factories.PASSWORD)
    assert client.get(path).status_code == 200
