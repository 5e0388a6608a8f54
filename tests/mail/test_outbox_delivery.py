"""The outbox: every message delivered exactly once, retried through outages, never lost."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest

from signon import worker
from signon.clock import utcnow
from signon.extensions import db as _db
from signon.models import OutboxMessage
from signon.services.mail.outbox import retry_delay
from tests import factories
from tests.conftest import wait_until
from tests.mail.outbox_messages import queue, received_by, stored


def send(runner, *extra: str) -> str:
    result = runner.invoke(args=["outbox", "send", *extra])
    assert result.exit_code == 0, result.output
    return result.stdout.strip()


def test_outbox_send_delivers_every_due_message_once_and_reports_the_counts(app, runner, smtp):
    queue(app, "ana@example.org", "ben@example.org", "eva@example.org")

    assert send(runner) == "sent 3, to retry 0, failed 0"

    assert received_by(smtp) == ["ana@example.org", "ben@example.org", "eva@example.org"]
    assert [m["Subject"] for m in smtp.messages] == ["Confirm your signature"] * 3
    for message in stored(app):
        assert message.sent_at is not None
        assert message.attempts == 1
        assert message.transport == "smtp"


def test_a_second_outbox_run_sends_nothing_again(app, runner, smtp):
    queue(app, "ana@example.org", "ben@example.org")
    send(runner)

    assert send(runner) == "sent 0, to retry 0, failed 0"
    assert send(runner, "--retry-now") == "sent 0, to retry 0, failed 0"

    assert received_by(smtp) == ["ana@example.org", "ben@example.org"]


def test_a_mail_server_outage_keeps_every_message_for_a_retry_in_thirty_seconds(app, runner, smtp, smtp_server):
    queue(app, "ana@example.org", "ben@example.org")
    smtp_server.stop()
    before = utcnow()

    assert send(runner) == "sent 0, to retry 2, failed 0"

    messages = stored(app)
    assert len(messages) == 2
    for message in messages:
        assert message.sent_at is None
        assert message.failed_at is None
        assert message.attempts == 1
        assert message.last_error != ""
        assert before + timedelta(seconds=29) <= message.next_attempt_at <= utcnow() + timedelta(seconds=31)
        assert message.next_attempt_at < before + timedelta(minutes=1)


def test_after_an_outage_each_message_is_delivered_exactly_once(app, runner, smtp, smtp_server):
    queue(app, "ana@example.org", "ben@example.org")
    smtp_server.stop()
    send(runner)
    smtp_server.start()

    # Before the retry time, a plain run leaves them waiting.
    assert send(runner) == "sent 0, to retry 0, failed 0"
    assert smtp.messages == []

    assert send(runner, "--retry-now") == "sent 2, to retry 0, failed 0"
    assert send(runner, "--retry-now") == "sent 0, to retry 0, failed 0"

    assert received_by(smtp) == ["ana@example.org", "ben@example.org"]
    for message in stored(app):
        assert message.sent_at is not None
        assert message.attempts == 2
        assert message.last_error == ""


def test_retry_delay_starts_at_thirty_seconds_and_doubles():
    assert retry_delay(1) == timedelta(seconds=30)
    assert retry_delay(2) == timedelta(minutes=1)
    assert retry_delay(3) == timedelta(minutes=2)
    assert retry_delay(7) == timedelta(minutes=32)


@pytest.mark.parametrize("attempts", [8, 20, 43, 1000])
def test_retry_delay_is_capped_at_one_hour_however_many_attempts_failed(attempts):
    assert retry_delay(attempts) == timedelta(hours=1)


def test_a_message_that_failed_many_times_still_waits_an_hour_during_an_outage(app, runner, smtp, smtp_server):
    """A day and a half of outage is about 45 failed attempts at the one-hour cap."""
    (message_id,) = queue(app, "ana@example.org")
    with app.app_context():
        _db.session.get(OutboxMessage, message_id).attempts = 45
        _db.session.commit()
        _db.session.remove()
    smtp_server.stop()
    before = utcnow()

    assert send(runner) == "sent 0, to retry 1, failed 0"

    (message,) = stored(app)
    assert message.attempts == 46
    assert before + timedelta(minutes=59) <= message.next_attempt_at <= utcnow() + timedelta(hours=1)


def test_a_permanent_refusal_marks_the_message_failed_and_it_is_never_retried(app, runner, smtp):
    queue(app, "nobody@example.org")
    smtp.refuse_with = "550 5.1.1 no such user"

    assert send(runner) == "sent 0, to retry 0, failed 1"

    (message,) = stored(app)
    assert message.failed_at is not None
    assert message.sent_at is None
    assert "550" in message.last_error
    smtp.refuse_with = None
    assert send(runner, "--retry-now") == "sent 0, to retry 0, failed 0"
    assert smtp.messages == []
    assert stored(app)[0].attempts == 1


def test_a_temporary_refusal_is_retried(app, runner, smtp):
    queue(app, "busy@example.org")
    smtp.refuse_with = "451 4.3.0 try again later"

    assert send(runner) == "sent 0, to retry 1, failed 0"

    (message,) = stored(app)
    assert message.failed_at is None
    assert "451" in message.last_error
    smtp.refuse_with = None
    assert send(runner, "--retry-now") == "sent 1, to retry 0, failed 0"
    assert received_by(smtp) == ["busy@example.org"]


def test_a_statement_title_with_line_breaks_cannot_inject_email_headers(app, db, client, smtp, send_outbox):
    factories.open_statement(title="Protect shelters\r\nBcc: victim@example.org\nX-Injected: yes")
    response = client.post(
        "/s/national-guard-letter/sign",
        data={
            "organization": "Hope Border Institute",
            "category": "national",
            "city": "El Paso",
            "country": "United States",
            "contact_name": "Ana",
            "email": "ana@hope.example.org",
            "authorized": "y",
        },
    )
    assert response.status_code == 303

    assert send_outbox().sent == 1

    (message,) = smtp.messages
    subject = str(message["Subject"])
    assert "\n" not in subject
    assert "\r" not in subject
    assert "Protect shelters Bcc: victim@example.org X-Injected: yes" in subject
    assert message["Bcc"] is None
    assert message["X-Injected"] is None
    assert smtp.envelopes[0].rcpt_tos == ["ana@hope.example.org"]


def test_the_worker_loop_delivers_due_mail_and_stops_when_told(app, smtp):
    stop = threading.Event()
    thread = threading.Thread(target=worker.run, args=(app, stop, 0.05), daemon=True)
    thread.start()
    try:
        queue(app, "ana@example.org")
        assert wait_until(lambda: len(smtp.messages) == 1)
    finally:
        stop.set()
        thread.join(timeout=5)

    assert not thread.is_alive()
    assert received_by(smtp) == ["ana@example.org"]
    assert stored(app)[0].sent_at is not None


def test_every_email_carries_message_id_date_and_auto_submitted_headers(app, runner, smtp):
    queue(app, "ana@example.org")

    send(runner)

    (message,) = smtp.messages
    assert message["Message-ID"].startswith("<")
    assert message["Message-ID"].endswith("@signon.example.org>")
    assert message["Date"].datetime is not None
    assert abs(message["Date"].datetime - utcnow()) < timedelta(minutes=1)
    assert message["Auto-Submitted"] == "auto-generated"


def test_a_retried_message_keeps_its_message_id(app, runner, smtp, smtp_server):
    queue(app, "ana@example.org")
    smtp_server.stop()
    send(runner)
    written_id = stored(app)[0].headers["Message-ID"]
    smtp_server.start()

    send(runner, "--retry-now")

    (message,) = smtp.messages
    assert message["Message-ID"] == written_id
    assert len(message.get_all("Message-ID")) == 1
