"""A coordinator writes to every verified signatory: she writes, sees the message with the
number of addresses it goes to, and confirms. One email per distinct address goes through the
outbox; the audit trail records who sent what; a second press of Send sends nothing more."""

from __future__ import annotations

import html

import pytest

from signon.extensions import db
from signon.models import Coordinator, Statement
from tests import factories
from tests.circulation.signatory_message_rows import SLUG, events, queued
from tests.conftest import TEST_BASE_URL
from tests.pages import hidden_fields
from tests.sessions import log_in, seeding

MESSAGE = f"/coordinator/s/{SLUG}/message"
TITLE = "U.S. NGOs Denounce National Guard Actions in Migration Enforcement"
BODY = "Dear partners,\r\n\r\nThe letter goes to the President on Friday.\r\nThank you all.\r\n\r\nMaría"


def preview(client, subject: str = "The letter goes out on Friday", body: str = BODY):
    return client.post(MESSAGE, data={"subject": subject, "body": body, "step": "preview"})


def send_from(client, preview_response):
    fields = hidden_fields(preview_response.get_data(as_text=True))
    return client.post(MESSAGE, data={**fields, "step": "send"})


# --------------------------------------------------------------------------- writing and checking


def test_the_form_says_how_many_addresses_the_message_goes_to(maria):
    page = maria.get(MESSAGE).get_data(as_text=True)
    assert "It goes to 2 addresses: one email to each address" in page
    assert '<label class="label" for="subject">Subject</label>' in page
    assert '<label class="label" for="body">Message</label>' in page


def test_the_share_page_links_to_the_message_with_the_count(maria):
    page = maria.get(f"/coordinator/s/{SLUG}/share").get_data(as_text=True)
    assert "Send one message to every verified signatory: 2 addresses" in page
    assert f'href="{MESSAGE}"' in page


def test_previewing_shows_the_message_and_the_count_and_sends_nothing(maria, app):
    r = preview(maria)

    assert r.status_code == 200
    page = r.get_data(as_text=True)
    assert "Check the message before it goes" in page
    assert "The letter goes out on Friday" in page
    assert "The letter goes to the President on Friday." in page
    assert "Send to 2 addresses</button>" in page
    assert "replies go to coalition@example.org" in page
    assert queued(app) == []
    assert events(app) == []


def test_changing_the_message_goes_back_to_the_form_with_what_was_written(maria):
    fields = hidden_fields(preview(maria).get_data(as_text=True))
    r = maria.post(MESSAGE, data={**fields, "step": "edit"})
    page = html.unescape(r.get_data(as_text=True))
    assert r.status_code == 200
    assert 'value="The letter goes out on Friday"' in page
    assert "The letter goes to the President on Friday." in page
    assert "Preview the message</button>" in page


@pytest.mark.parametrize(
    ("subject", "body", "error"),
    [
        ("", BODY, "Enter a subject"),
        ("Hello", "", "Write the message"),
        ("Hello", "   \r\n  ", "Write the message"),
        ("Hel\x00lo", BODY, "Remove the invisible control characters from this field"),
        ("Hello", "Bad \x1b[31m text", "Remove the invisible control characters from this field"),
        ("x" * 201, BODY, "Keep the subject under 200 characters"),
    ],
)
def test_a_message_with_a_problem_is_shown_again_with_the_error_and_nothing_is_sent(maria, app, subject, body, error):
    for step in ("preview", "send"):
        r = maria.post(MESSAGE, data={"subject": subject, "body": body, "step": step})
        assert r.status_code == 422
        assert error in r.get_data(as_text=True)
    assert queued(app) == []


def test_an_unknown_step_sends_nothing(maria, app):
    r = maria.post(MESSAGE, data={"subject": "Hello", "body": BODY, "step": "blast"})
    assert r.status_code == 422
    assert queued(app) == []


# --------------------------------------------------------------------------- sending


def test_sending_queues_one_email_per_distinct_verified_address(maria, app):
    r = send_from(maria, preview(maria))

    assert r.status_code == 303
    assert r.headers["Location"].endswith(f"/coordinator/s/{SLUG}/share")
    messages = queued(app)
    assert sorted(m.recipient.lower() for m in messages) == ["ana@came.example.org", "lisa@lawg.example.org"]
    assert {m.kind for m in messages} == {"message_to_signatories"}
    assert {m.subject for m in messages} == {"The letter goes out on Friday"}
    page = maria.get(r.headers["Location"]).get_data(as_text=True)
    assert "Your message is on its way to 2 addresses." in page


def test_the_emails_arrive_over_smtp_with_the_text_a_reply_address_and_why(maria, send_outbox, smtp):
    send_from(maria, preview(maria))

    assert send_outbox().sent == 2
    lisa = smtp.to("lisa@lawg.example.org")[0]
    assert lisa["Reply-To"] == "coalition@example.org"
    text = smtp.text_of(lisa).replace("\r\n", "\n")
    assert text.startswith("Dear partners,\n\nThe letter goes to the President on Friday.\nThank you all.\n\nMaría\n")
    assert "because Latin America Working Group, LAWG Education Fund signed" in text
    assert f"{TEST_BASE_URL}/s/{SLUG}" in text
    page = smtp.html_of(lisa).replace("\r\n", "\n")
    assert "<p>The letter goes to the President on Friday.<br>\nThank you all.</p>" in page
    ana = smtp.text_of(smtp.to("ana@came.example.org")[0])
    assert "because Centro de Atención al Migrante Exodus signed" in ana


def test_markup_in_the_message_is_shown_as_text_in_the_html_email(maria, send_outbox, smtp):
    send_from(maria, preview(maria, body='<script>alert(1)</script> & <a href="x">link</a>'))
    send_outbox()
    page = smtp.html_of(smtp.messages[0])
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;a" in page


def test_without_a_contact_address_replies_go_to_the_coordinator_who_wrote(maria, app, send_outbox, smtp):
    with seeding(app):
        statement = db.session.execute(db.select(Statement).where(Statement.slug == SLUG)).scalar_one()
        statement.contact_email = None
        db.session.commit()
    assert "replies go to maria@lawg.example.org" in preview(maria).get_data(as_text=True)
    send_from(maria, preview(maria))
    send_outbox()
    assert {m["Reply-To"] for m in smtp.messages} == {"maria@lawg.example.org"}


def test_the_message_is_recorded_with_who_sent_it_and_to_how_many(maria, app):
    send_from(maria, preview(maria))

    [event] = events(app)
    with seeding(app):
        maria_id = db.session.execute(
            db.select(Coordinator.id).where(Coordinator.email == "maria@lawg.example.org")
        ).scalar_one()
        statement_id = db.session.execute(db.select(Statement.id).where(Statement.slug == SLUG)).scalar_one()
    assert event.actor == f"coordinator:{maria_id}"
    assert event.statement_id == statement_id
    assert event.details["subject"] == "The letter goes out on Friday"
    assert event.details["body"] == BODY.replace("\r\n", "\n")
    assert event.details["recipients"] == 2


def test_pressing_send_twice_sends_the_message_once(maria, app):
    checked = preview(maria)
    send_from(maria, checked)

    r = send_from(maria, checked)

    assert r.status_code == 303
    assert "That message was already sent; it was not sent again." in maria.get(r.headers["Location"]).get_data(
        as_text=True
    )
    assert len(queued(app)) == 2
    assert len(events(app)) == 1


def test_the_same_text_written_again_is_a_new_message(maria, app):
    send_from(maria, preview(maria))
    send_from(maria, preview(maria))
    assert len(queued(app)) == 4


def test_without_verified_signatories_there_is_no_one_to_write_to(app, client):
    with seeding(app):
        statement = factories.open_statement(SLUG)
        factories.pending_signature(statement, "Kino Border Initiative")
        factories.coordinator("maria@lawg.example.org", statements=(statement,))
    log_in(client)

    assert "There is no verified signatory to write to yet." in client.get(MESSAGE).get_data(as_text=True)
    r = send_from(client, preview(client))
    assert r.status_code == 422
    assert "There is no verified signatory to write to yet" in r.get_data(as_text=True)
    assert queued(app) == []


# --------------------------------------------------------------------------- who may send


def test_a_coordinator_of_another_statement_gets_404_and_sends_nothing(maria, app):
    otto = app.test_client()
    log_in(otto, "otto@other.example.org")
    assert otto.get(MESSAGE).status_code == 404
    assert otto.post(MESSAGE, data={"subject": "Hi", "body": "Spam", "step": "send"}).status_code == 404
    assert queued(app) == []


def test_an_anonymous_visitor_is_sent_to_sign_in_and_nothing_is_sent(maria, app):
    r = app.test_client().post(MESSAGE, data={"subject": "Hi", "body": "Spam", "step": "send"})
    assert r.status_code == 302
    assert "/login" in r.headers["Location"]
    assert queued(app) == []


def test_an_editor_may_write_to_the_signatories(maria, app):
    with seeding(app):
        statement = db.session.execute(db.select(Statement).where(Statement.slug == SLUG)).scalar_one()
        factories.team_member(statement, "ben@lawg.example.org", role="editor")
    ben = app.test_client()
    log_in(ben, "ben@lawg.example.org")
    assert send_from(ben, preview(ben)).status_code == 303
    assert len(queued(app)) == 2


def test_without_the_csrf_token_nothing_is_sent(maria, app):
    fields = hidden_fields(preview(maria).get_data(as_text=True))
    app.config["WTF_CSRF_ENABLED"] = True
    fields.pop("csrf_token", None)

    r = maria.post(MESSAGE, data={**fields, "step": "send"})

    assert r.status_code == 422
    assert queued(app) == []


def test_with_csrf_on_the_whole_round_trip_works(maria, app):
    app.config["WTF_CSRF_ENABLED"] = True
    form = hidden_fields(maria.get(MESSAGE).get_data(as_text=True))
    checked = maria.post(
        MESSAGE, data={"csrf_token": form["csrf_token"], "subject": "Hi", "body": BODY, "step": "preview"}
    )
    assert checked.status_code == 200
    assert send_from(maria, checked).status_code == 303
    assert len(queued(app)) == 2
