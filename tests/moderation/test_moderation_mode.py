"""The moderation mode of a statement: verified signatures appear at once, or only after a
coordinator approves them. Switched on the signatures page, with an explanation."""

from __future__ import annotations

import re

import pytest

from signon.services.mail import emails
from tests.moderation_support import TABLE, add, events, get, public_groups, statement
from tests.sessions import SLUG, log_in, seeding

MODE = f"/coordinator/s/{SLUG}/moderation"


def confirm(app, client, signature_id: int) -> None:
    """The signer presses Confirm on the page their emailed link opens."""
    with seeding(app):
        token = emails.confirm_token(get(signature_id))
    assert client.post(f"/confirm/{token}").status_code == 303


def test_without_moderation_a_confirmed_signature_is_listed_at_once(app, client, db, team):
    kino = add(app, "Kino Border Initiative", "awaiting_confirmation")
    confirm(app, client, kino)
    assert get(kino).status == "verified"
    assert public_groups(client) == {"National": ["Kino Border Initiative"]}


def test_switching_moderation_on_holds_confirmed_signatures_for_approval(app, client, db, team):
    log_in(client)
    response = client.post(MODE, data={"moderated": "on"})
    assert response.status_code == 303
    assert statement().moderated is True

    kino = add(app, "Kino Border Initiative", "awaiting_confirmation")
    confirm(app, client, kino)
    assert get(kino).status == "pending" and get(kino).confirmed_at is not None
    assert public_groups(client) == {}

    table = client.get(f"{TABLE}?status=awaiting_approval").get_data(as_text=True)
    assert "Kino Border Initiative" in table
    client.post(f"{TABLE}/moderate", data={"ids": [str(kino)], "action": "approve"})
    assert public_groups(client) == {"National": ["Kino Border Initiative"]}


def test_switching_moderation_off_leaves_those_awaiting_approval_waiting(app, client, db, team):
    log_in(client)
    client.post(MODE, data={"moderated": "on"})
    kino = add(app, "Kino Border Initiative", "awaiting_approval")

    client.post(MODE, data={"moderated": "off"})

    assert statement().moderated is False
    assert get(kino).status == "pending"
    hope = add(app, "Hope Border Institute", "awaiting_confirmation")
    confirm(app, client, hope)
    assert get(hope).status == "verified"


def test_the_page_explains_the_mode_in_force_and_checks_it(client, db, team):
    log_in(client)
    html = client.get(TABLE).get_data(as_text=True)
    assert "Moderation is off:" in html
    assert re.search(r'<input checked id="moderated-\d" name="moderated" required type="radio" value="off">', html)
    client.post(MODE, data={"moderated": "on"})
    html = client.get(TABLE).get_data(as_text=True)
    assert "Moderation is on:" in html
    assert "waits under “Awaiting approval” until a coordinator approves it" in html
    assert re.search(r'<input checked id="moderated-\d" name="moderated" required type="radio" value="on">', html)


def test_the_change_is_audited_once_and_announced(client, db, team):
    log_in(client)
    response = client.post(MODE, data={"moderated": "on"}, follow_redirects=True)
    assert "Moderation is on: confirmed signatures now wait for approval." in response.get_data(as_text=True)
    client.post(MODE, data={"moderated": "on"})
    (event,) = events("statement.moderation_changed")
    assert event.details == {"moderated": True}
    assert event.actor.startswith("coordinator:")


def test_an_editor_may_switch_it(client, db, team):
    log_in(client, "eddie@lawg.example.org")
    client.post(MODE, data={"moderated": "on"})
    assert statement().moderated is True


def test_another_teams_coordinator_gets_404(client, db, team):
    log_in(client, "otto@other.example.org")
    assert client.post(MODE, data={"moderated": "on"}).status_code == 404
    assert statement().moderated is False


@pytest.mark.parametrize("data", [{}, {"moderated": "sometimes"}])
def test_no_valid_choice_changes_nothing(client, db, team, data):
    log_in(client)
    response = client.post(MODE, data=data, follow_redirects=True)
    assert "no choice was made" in response.get_data(as_text=True)
    assert statement().moderated is False


def test_without_a_csrf_token_nothing_changes(app, client, db, team):
    log_in(client)
    app.config["WTF_CSRF_ENABLED"] = True
    client.post(MODE, data={"moderated": "on"})
    assert statement().moderated is False
