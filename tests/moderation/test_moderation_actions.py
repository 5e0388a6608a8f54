"""Approve, reject (with an optional message to the signer), hide, restore, pin and unpin: in
bulk from the table, one at a time from a row or from the signatory's page; every change audited."""

from __future__ import annotations

import re

import pytest

from tests.moderation_support import TABLE, add, events, get, outbox, public_groups
from tests.sessions import OTHER_SLUG, SLUG, log_in, make_team, seeding

MODERATE = f"{TABLE}/moderate"


@pytest.fixture
def team(app):
    return make_team(app, moderated=True)


def test_bulk_approve_lists_the_signatures_awaiting_approval(app, client, db, team):
    kino = add(app, "Kino Border Initiative", "awaiting_approval")
    hope = add(app, "Hope Border Institute", "awaiting_approval")
    log_in(client)

    response = client.post(MODERATE, data={"ids": [str(kino), str(hope)], "action": "approve"})

    assert response.status_code == 303
    assert get(kino).status == get(hope).status == "verified"
    assert get(kino).verified_at is not None
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Approved 2 signatures: Kino Border Initiative, Hope Border Institute." in page
    assert public_groups(client) == {"National": ["Hope Border Institute", "Kino Border Initiative"]}


def test_approving_a_signature_not_yet_confirmed_by_email_is_refused_with_the_reason(app, client, db, team):
    waiting = add(app, "Hope Border Institute", "awaiting_confirmation")
    kino = add(app, "Kino Border Initiative", "awaiting_approval")
    log_in(client)

    response = client.post(
        MODERATE, data={"ids": [str(waiting), str(kino)], "action": "approve"}, follow_redirects=True
    )

    assert get(waiting).status == "pending"
    assert get(kino).status == "verified"
    assert "Hope Border Institute (not confirmed by email yet)" in response.get_data(as_text=True)


def test_reject_with_a_message_emails_it_to_the_signer(app, client, db, team, send_outbox, smtp):
    kino = add(app, "Kino Border Initiative", "awaiting_approval", email="joanna@kino.example.org")
    log_in(client)
    message = "We list only organizations based in the United States.\n\nThank you for your support."

    client.post(MODERATE, data={"ids": [str(kino)], "action": "reject", "message": message})

    assert get(kino).status == "rejected"
    (queued,) = outbox()
    assert queued.recipient == "joanna@kino.example.org"
    send_outbox()
    (email,) = smtp.to("joanna@kino.example.org")
    text = smtp.text_of(email)
    assert "did not add\nKino Border Initiative" in text or "Kino Border Initiative to its list" in text
    assert "We list only organizations based in the United States." in text
    assert "Thank you for your support." in text
    assert "coalition@example.org" in text
    assert "We list only organizations based in the United States." in smtp.html_of(email)
    (event,) = events("signature.rejected")
    assert event.details["message"] == message
    assert event.details["previous_status"] == "pending"


def test_reject_without_a_message_sends_no_email(app, client, db, team):
    kino = add(app, "Kino Border Initiative", "awaiting_approval")
    log_in(client)
    client.post(MODERATE, data={"ids": [str(kino)], "action": "reject", "message": ""})
    assert get(kino).status == "rejected"
    assert outbox() == []


def test_a_message_typed_for_another_action_is_not_sent(app, client, db, team):
    kino = add(app, "Kino Border Initiative", "awaiting_approval")
    log_in(client)
    client.post(MODERATE, data={"ids": [str(kino)], "action": "approve", "message": "Welcome!"})
    assert outbox() == []


def test_a_rejected_signature_comes_back_by_approving_it(app, client, db, team):
    kino = add(app, "Kino Border Initiative", "awaiting_approval")
    log_in(client)
    client.post(MODERATE, data={"ids": [str(kino)], "action": "reject"})
    client.post(MODERATE, data={"ids": [str(kino)], "action": "approve"})
    assert get(kino).status == "verified"


def test_hide_takes_a_verified_signature_off_the_public_page_and_restore_brings_it_back(app, client, db, team):
    lawg = add(app, "Latin America Working Group")
    add(app, "Hope Border Institute")
    log_in(client)

    client.post(MODERATE, data={"ids": [str(lawg)], "action": "hide"}, follow_redirects=True)
    assert get(lawg).hidden is True and get(lawg).status == "verified"
    page = client.get(f"/s/{SLUG}").get_data(as_text=True)
    assert "Latin America Working Group" not in page
    assert "1 organization has signed." in page

    client.post(MODERATE, data={"ids": [str(lawg)], "action": "restore"})
    assert get(lawg).hidden is False
    assert public_groups(client) == {"National": ["Hope Border Institute", "Latin America Working Group"]}


def test_pin_and_unpin(app, client, db, team):
    lawg = add(app, "Latin America Working Group")
    log_in(client)
    client.post(MODERATE, data={"ids": [str(lawg)], "action": "pin"})
    assert get(lawg).pinned is True
    assert public_groups(client) == {"Initiated by": ["Latin America Working Group"]}
    client.post(MODERATE, data={"ids": [str(lawg)], "action": "unpin"})
    assert get(lawg).pinned is False
    assert public_groups(client) == {"National": ["Latin America Working Group"]}


def test_the_approve_button_of_a_row_approves_that_signature_only(app, client, db, team):
    kino = add(app, "Kino Border Initiative", "awaiting_approval")
    hope = add(app, "Hope Border Institute", "awaiting_approval")
    log_in(client)
    html = client.get(TABLE).get_data(as_text=True)
    assert f'name="row" value="approve:{kino}"' in html

    # The ticked boxes do not count when a row's own button is pressed.
    client.post(MODERATE, data={"ids": [str(hope)], "action": "", "row": f"approve:{kino}"})

    assert get(kino).status == "verified"
    assert get(hope).status == "pending"


def test_every_change_is_audited_with_the_coordinator(app, client, db, team):
    kino = add(app, "Kino Border Initiative", "awaiting_approval")
    log_in(client)
    for action in ("approve", "hide", "restore", "pin", "unpin", "reject"):
        client.post(MODERATE, data={"ids": [str(kino)], "action": action})
    trail = [(e.action, e.signature_id) for e in events() if e.action.startswith("signature.")]
    assert trail == [
        ("signature.approved", kino),
        ("signature.hidden", kino),
        ("signature.restored", kino),
        ("signature.pinned", kino),
        ("signature.unpinned", kino),
        ("signature.rejected", kino),
    ]
    assert {e.actor for e in events() if e.action.startswith("signature.")} == {
        next(e.actor for e in events("signature.approved"))
    }
    assert events("signature.approved")[0].actor.startswith("coordinator:")


def test_actions_that_change_nothing_are_reported_and_not_audited(app, client, db, team):
    lawg = add(app, "Latin America Working Group")
    log_in(client)
    response = client.post(MODERATE, data={"ids": [str(lawg)], "action": "restore"}, follow_redirects=True)
    assert "Latin America Working Group (not hidden)" in response.get_data(as_text=True)
    assert events("signature.restored") == []


def test_signatures_of_another_statement_are_left_alone(app, client, db, team):
    theirs = add(app, "Their Signatory", "awaiting_approval", slug=OTHER_SLUG)
    log_in(client)
    client.post(MODERATE, data={"ids": [str(theirs)], "action": "reject"})
    assert get(theirs).status == "pending"


def test_pressing_an_action_with_nothing_ticked_says_what_to_do(app, client, db, team):
    add(app, "Kino Border Initiative", "awaiting_approval")
    log_in(client)
    response = client.post(MODERATE, data={"action": "approve"}, follow_redirects=True)
    assert "Tick the signatures first" in response.get_data(as_text=True)


def test_after_an_action_the_table_keeps_its_filters(app, client, db, team):
    kino = add(app, "Kino Border Initiative", "awaiting_approval")
    log_in(client)
    response = client.post(
        MODERATE, data={"ids": [str(kino)], "action": "approve", "back": "status=awaiting_approval&sort=name"}
    )
    location = response.headers["Location"]
    assert "status=awaiting_approval" in location and "sort=name" in location


def test_a_message_too_long_reshows_the_table_with_the_error(app, client, db, team):
    kino = add(app, "Kino Border Initiative", "awaiting_approval")
    log_in(client)
    response = client.post(MODERATE, data={"ids": [str(kino)], "action": "reject", "message": "x" * 2001})
    assert response.status_code == 422
    assert "Keep the message under 2,000 characters" in response.get_data(as_text=True)
    assert get(kino).status == "pending"


@pytest.mark.parametrize("ids", ["99999999999999999999", "-3", "abc"])
def test_ids_that_are_not_ours_are_refused(app, client, db, team, ids):
    add(app, "Kino Border Initiative", "awaiting_approval")
    log_in(client)
    response = client.post(MODERATE, data={"ids": [ids], "action": "approve"})
    # The table again, with the error: nothing was approved.
    assert response.status_code == 422
    assert events("signature.approved") == []


def test_without_a_csrf_token_nothing_changes(app, client, db, team):
    kino = add(app, "Kino Border Initiative", "awaiting_approval")
    log_in(client)
    app.config["WTF_CSRF_ENABLED"] = True
    response = client.post(MODERATE, data={"ids": [str(kino)], "action": "approve"})
    assert response.status_code == 422
    assert get(kino).status == "pending"


def test_the_table_form_carries_a_csrf_token_and_one_checkbox_per_row(app, client, db, team):
    kino = add(app, "Kino Border Initiative", "awaiting_approval")
    lawg = add(app, "Latin America Working Group")
    log_in(client)
    app.config["WTF_CSRF_ENABLED"] = True
    html = client.get(TABLE).get_data(as_text=True)
    form = html[html.index('action="/coordinator/s/national-guard-letter/signatures/moderate"') :]
    form = form[: form.index("</form>")]
    assert re.search(r'name="csrf_token" value="[^"]+"', form)
    assert sorted(re.findall(r'type="checkbox" name="ids" value="(\d+)"', form)) == sorted([str(kino), str(lawg)])


def test_an_editor_can_moderate(app, client, db, team):
    kino = add(app, "Kino Border Initiative", "awaiting_approval")
    log_in(client, "eddie@lawg.example.org")
    client.post(MODERATE, data={"ids": [str(kino)], "action": "approve"})
    assert get(kino).status == "verified"


def test_another_teams_coordinator_cannot_moderate(app, client, db, team):
    kino = add(app, "Kino Border Initiative", "awaiting_approval")
    log_in(client, "otto@other.example.org")
    assert client.post(MODERATE, data={"ids": [str(kino)], "action": "approve"}).status_code == 404
    assert get(kino).status == "pending"


def test_anonymous_posts_change_nothing(app, client, db, team):
    kino = add(app, "Kino Border Initiative", "awaiting_approval")
    response = client.post(MODERATE, data={"ids": [str(kino)], "action": "approve"})
    assert response.status_code == 302
    assert get(kino).status == "pending"


# --------------------------------------------------------------------------- one signatory's page


def test_the_signatory_page_offers_the_actions_that_apply(app, client, db, team):
    kino = add(app, "Kino Border Initiative", "awaiting_approval")
    log_in(client)
    html = client.get(f"{TABLE}/{kino}").get_data(as_text=True)
    assert "<h1>Kino Border Initiative</h1>" in html
    assert ">Approve</button>" in html and ">Reject</button>" in html
    assert "Show on the public list again" not in html


def test_reject_with_a_message_from_the_signatory_page(app, client, db, team):
    kino = add(app, "Kino Border Initiative", "awaiting_approval", email="joanna@kino.example.org")
    log_in(client)
    response = client.post(f"{TABLE}/{kino}/moderate", data={"action": "reject", "message": "Not eligible."})
    assert response.status_code == 303
    assert response.headers["Location"].endswith(f"{TABLE}/{kino}")
    assert get(kino).status == "rejected"
    (queued,) = outbox()
    assert "Not eligible." in queued.text_body
    page = client.get(f"{TABLE}/{kino}").get_data(as_text=True)
    assert "Rejected, with a message to the signer: “Not eligible.”" in page


def test_an_unknown_action_is_refused_with_422(app, client, db, team):
    kino = add(app, "Kino Border Initiative", "awaiting_approval")
    log_in(client)
    assert client.post(f"{TABLE}/{kino}/moderate", data={"action": "delete"}).status_code == 422
    with seeding(app):
        assert get(kino).status == "pending"
