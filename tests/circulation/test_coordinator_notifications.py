"""Email to coordinators: each new verified signature or a daily digest (her choice), none when
she chose none, a reminder 48 hours before the deadline and a notice when the statement closes.
All of it through the outbox to the real SMTP server, each email once, however many runs or
workers."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func

from signon import worker
from signon.clock import utcnow
from signon.extensions import db
from signon.models import AuditEvent, Coordinator, Membership, OutboxMessage
from signon.services.circulation import notifications
from tests import factories
from tests.circulation.notification_rounds import BEN, CLEO, MARIA, SLUG, run, statement_row
from tests.conftest import TEST_BASE_URL, wait_until
from tests.sessions import seeding

TITLE = "U.S. NGOs Denounce National Guard Actions in Migration Enforcement"

pytestmark = pytest.mark.usefixtures("settled_at_once")


def queued(app, kind: str | None = None) -> list[OutboxMessage]:
    with app.app_context():
        query = db.select(OutboxMessage).order_by(OutboxMessage.id)
        if kind:
            query = query.where(OutboxMessage.kind == kind)
        rows = list(db.session.execute(query).scalars())
        db.session.expunge_all()
        db.session.remove()
    return rows


def cursor_of(app, email: str) -> datetime | None:
    with seeding(app):
        return db.session.execute(
            db.select(Membership.digest_sent_at).join(Coordinator).where(Coordinator.email == email)
        ).scalar_one()


def verify(app, name: str, *, at: datetime | None = None, slug: str = SLUG, **fields) -> None:
    with seeding(app):
        factories.verified_signature(statement_row(slug), name, created_at=at or factories.now(), **fields)


# --------------------------------------------------------------------------- each new signature


def test_each_new_verified_signature_is_one_email_to_her_delivered_over_smtp(app, team, send_outbox, smtp):
    verify(app, "Latin America Working Group", city="Tucson", region="AZ", country="United States")

    report = run(app)

    assert report.signatures == 1
    assert send_outbox().sent == 1
    [message] = smtp.messages
    assert str(message["To"]) == MARIA
    assert message["Subject"] == f"New signature: Latin America Working Group – {TITLE}"
    text = smtp.text_of(message)
    assert "Hello María Coordinator," in text
    assert "Location: Tucson, AZ, United States" in text
    assert "Verified signatures so far: 1" in text
    assert f"{TEST_BASE_URL}/coordinator/s/{SLUG}/signatures" in text
    assert f"{TEST_BASE_URL}/coordinator/s/{SLUG}/share" in text
    assert f'href="{TEST_BASE_URL}/coordinator/s/{SLUG}/signatures"' in smtp.html_of(message)


def test_two_new_signatures_are_two_emails_in_the_order_they_were_verified(app, team):
    now = factories.now()
    verify(app, "Second Verified", at=now - timedelta(minutes=1))
    verify(app, "First Verified", at=now - timedelta(minutes=5))

    run(app)

    subjects = [m.subject for m in queued(app, "notify_signature")]
    assert subjects == [f"New signature: First Verified – {TITLE}", f"New signature: Second Verified – {TITLE}"]


def test_a_signature_awaiting_confirmation_or_approval_is_not_announced(app, team):
    with seeding(app):
        statement = statement_row()
        factories.pending_signature(statement, "Kino Border Initiative")
        awaiting = factories.pending_signature(statement, "Hope Border Institute")
        awaiting.confirmed_at = factories.now()
        db.session.commit()

    assert run(app).total == 0
    assert queued(app) == []


def test_a_signature_verified_before_her_cursor_is_not_announced(app, team):
    verify(app, "Old Friend", at=factories.now() - timedelta(hours=2))
    assert run(app).total == 0


def test_a_signature_is_announced_only_once_it_has_settled(app, team, monkeypatch):
    """A confirmation committed a moment after a round read is announced by a later round."""
    monkeypatch.setattr(notifications, "SETTLE", timedelta(minutes=1))
    verify(app, "Just Confirmed", at=factories.now() - timedelta(seconds=10))

    assert run(app).signatures == 0
    assert run(app, utcnow() + timedelta(minutes=1)).signatures == 1
    assert run(app, utcnow() + timedelta(minutes=2)).signatures == 0


def test_running_again_sends_nothing_twice(app, team, send_outbox, smtp):
    verify(app, "Latin America Working Group")
    run(app)
    assert send_outbox().sent == 1

    assert run(app).total == 0
    assert run(app, utcnow() + timedelta(minutes=5)).total == 0
    assert send_outbox().sent == 0
    assert len(smtp.messages) == 1


def test_a_later_signature_is_announced_in_a_later_run(app, team):
    verify(app, "First Organization")
    run(app)
    verify(app, "Second Organization")

    assert run(app).signatures == 1

    assert [m.subject.split(" – ")[0] for m in queued(app, "notify_signature")] == [
        "New signature: First Organization",
        "New signature: Second Organization",
    ]


def test_many_signatures_at_once_become_one_email_not_a_flood(app, team):
    now = factories.now()
    for i in range(notifications.EACH_LIMIT + 1):
        verify(app, f"Imported Organization {i:02}", at=now - timedelta(seconds=i))

    report = run(app)

    assert report.signatures == 0
    to_maria = [m for m in queued(app) if m.recipient == MARIA]
    assert len(to_maria) == 1
    assert to_maria[0].kind == "notify_digest"
    assert to_maria[0].subject == f"{notifications.EACH_LIMIT + 1} new signatures: {TITLE}"


def test_only_the_statements_own_team_hears_of_its_signatures(app, team):
    with seeding(app):
        other = factories.open_statement("other-letter")
        factories.team_member(other, "otto@other.example.org", name="Otto Other", notified_up_to=factories.now())
    verify(app, "Latin America Working Group")

    run(app)

    assert [m.recipient for m in queued(app)] == [MARIA]


# --------------------------------------------------------------------------- none


def test_she_who_chose_none_gets_no_email_about_signatures(app, team):
    verify(app, "Latin America Working Group")
    run(app, utcnow() + timedelta(days=2))
    assert CLEO not in [m.recipient for m in queued(app)]


# --------------------------------------------------------------------------- daily digest


def test_no_digest_is_sent_within_a_day_of_her_cursor(app, team):
    verify(app, "Latin America Working Group")
    run(app)
    assert queued(app, "notify_digest") == []


def test_the_digest_lists_the_signatures_verified_since_the_last_one(app, team, send_outbox, smtp):
    verify(app, "Latin America Working Group", city="Washington", region="DC", country="United States")
    verify(app, "Centro de Atención al Migrante Exodus", category="international", city="Agua Prieta")
    later = utcnow() + timedelta(hours=23, minutes=1)

    report = run(app, later)

    assert report.digests == 1
    send_outbox(retry_now=True)  # written "a day later": not yet due by the real clock
    [message] = smtp.to(BEN)
    assert message["Subject"] == f"2 new signatures: {TITLE}"
    text = smtp.text_of(message)
    assert "2 new organizations have signed" in text
    assert "- Latin America Working Group (National; Washington, DC, United States)" in text
    assert "- Centro de Atención al Migrante Exodus (International; Agua Prieta, DC, United States)" in text
    assert f"{TEST_BASE_URL}/coordinator/s/{SLUG}/signatures" in text
    assert "<li><strong>Latin America Working Group</strong>" in smtp.html_of(message)


def test_at_most_one_digest_a_day(app, team):
    verify(app, "First Organization")
    first = utcnow() + timedelta(hours=23, minutes=1)
    assert run(app, first).digests == 1
    verify(app, "Second Organization", at=first + timedelta(hours=1))

    assert run(app, first + timedelta(hours=23)).digests == 0
    assert run(app, first + timedelta(hours=24, minutes=1)).digests == 1

    digests = queued(app, "notify_digest")
    assert [m.subject for m in digests] == [f"1 new signature: {TITLE}"] * 2
    assert "First Organization" in digests[0].text_body and "Second Organization" not in digests[0].text_body
    assert "Second Organization" in digests[1].text_body and "First Organization" not in digests[1].text_body


def test_no_digest_when_nothing_new_and_the_next_one_goes_when_something_is(app, team):
    assert run(app, utcnow() + timedelta(days=3)).digests == 0
    assert queued(app, "notify_digest") == []
    cursor = cursor_of(app, BEN)

    verify(app, "Latin America Working Group")
    assert cursor_of(app, BEN) == cursor
    assert run(app, utcnow() + timedelta(days=3)).digests == 1


# --------------------------------------------------------------------------- new coordinators


def test_a_new_coordinator_is_not_sent_the_signatures_from_before_she_joined(app, send_outbox, smtp):
    with seeding(app):
        statement = factories.open_statement(SLUG)
        for i in range(3):
            factories.verified_signature(statement, f"Earlier Organization {i}")
        factories.team_member(statement, MARIA, name="María Coordinator", notify="each")

    assert run(app).total == 0
    assert cursor_of(app, MARIA) is not None

    verify(app, "Later Organization")
    assert run(app).signatures == 1
    send_outbox()
    assert [m["Subject"] for m in smtp.messages] == [f"New signature: Later Organization – {TITLE}"]


# --------------------------------------------------------------------------- 48 hours before the deadline


def set_deadline(app, deadline: datetime, slug: str = SLUG, **fields) -> None:
    with seeding(app):
        statement = statement_row(slug)
        statement.deadline = deadline
        for name, value in fields.items():
            setattr(statement, name, value)
        db.session.commit()


def test_48_hours_before_the_deadline_every_coordinator_is_reminded_once(app, team, send_outbox, smtp):
    set_deadline(app, utcnow() + timedelta(hours=47), timezone="America/New_York")
    verify(app, "Latin America Working Group", at=factories.now() - timedelta(hours=3))

    report = run(app)

    assert report.reminders == 3
    send_outbox()
    assert sorted(str(m["To"]) for m in smtp.messages) == [BEN, CLEO, MARIA]
    message = smtp.to(CLEO)[0]
    assert message["Subject"] == f"48 hours left to sign: {TITLE}"
    text = smtp.text_of(message)
    assert "closes in less than 48 hours" in text
    assert ("EST" in text) or ("EDT" in text)
    assert "Verified signatures so far: 1" in text
    assert f"{TEST_BASE_URL}/coordinator/s/{SLUG}/share" in text
    with seeding(app):
        assert statement_row().reminder_sent_at is not None
        event = db.session.execute(
            db.select(AuditEvent).where(AuditEvent.action == "statement.deadline_reminder_sent")
        ).scalar_one()
        assert event.actor == "system"
        assert event.details == {"recipients": 3}

    assert run(app).reminders == 0
    assert run(app, utcnow() + timedelta(hours=1)).reminders == 0
    assert send_outbox().sent == 0


def test_no_reminder_while_the_deadline_is_more_than_48_hours_away(app, team):
    set_deadline(app, utcnow() + timedelta(hours=49))
    assert run(app).reminders == 0
    assert run(app, utcnow() + timedelta(hours=2)).reminders == 3


def test_no_reminder_for_a_statement_without_deadline_a_draft_or_a_closed_one(app, team):
    set_deadline(app, None)  # type: ignore[arg-type]
    with seeding(app):
        factories.draft_statement("draft-letter", deadline=factories.now() + timedelta(hours=10))
        factories.closed_statement("closed-letter", deadline=factories.now() + timedelta(hours=10))
    assert run(app).reminders == 0


# --------------------------------------------------------------------------- closing


def test_when_the_statement_closes_every_coordinator_gets_the_final_count_once(app, team, send_outbox, smtp):
    verify(app, "Latin America Working Group", at=factories.now() - timedelta(hours=3))
    verify(app, "Centro de Atención al Migrante Exodus", at=factories.now() - timedelta(hours=2))
    with seeding(app):
        factories.pending_signature(statement_row(), "Kino Border Initiative")
        statement_row().status = "closed"
        db.session.commit()

    report = run(app)

    assert report.closed == 3
    send_outbox()
    assert sorted(str(m["To"]) for m in smtp.messages) == [BEN, CLEO, MARIA]
    message = smtp.to(MARIA)[0]
    assert message["Subject"] == f"Closed with 2 signatures: {TITLE}"
    text = smtp.text_of(message)
    assert "Final count: 2 verified signatures." in text
    assert "Never confirmed: 1" in text
    assert f"{TEST_BASE_URL}/coordinator/s/{SLUG}/export" in text
    assert f'href="{TEST_BASE_URL}/coordinator/s/{SLUG}/export"' in smtp.html_of(message)
    with seeding(app):
        assert statement_row().closed_notice_sent_at is not None

    assert run(app).closed == 0
    assert send_outbox().sent == 0


def test_a_statement_past_its_deadline_counts_as_closed(app, team):
    set_deadline(app, utcnow() - timedelta(minutes=1))
    report = run(app)
    assert report.closed == 3
    assert report.reminders == 0


def test_a_draft_past_its_deadline_gets_no_closing_notice(app):
    with seeding(app):
        draft = factories.draft_statement("draft-letter", deadline=factories.now() - timedelta(days=1))
        factories.team_member(draft, MARIA, name="María Coordinator")
    assert run(app).closed == 0


def test_a_closing_without_coordinators_is_marked_done_and_not_tried_again(app):
    with seeding(app):
        factories.closed_statement("closed-letter")
    assert run(app).closed == 0
    with seeding(app):
        assert statement_row("closed-letter").closed_notice_sent_at is not None


# --------------------------------------------------------------------------- racing workers


def test_a_worker_that_lost_the_race_for_a_signature_email_sends_nothing(app, team, monkeypatch):
    """Worker A reads what is due; worker B sends it all before A claims; A then sends nothing."""
    verify(app, "Latin America Working Group")
    original = notifications._due_memberships

    raced: list[bool] = []

    def read_then_lose_the_race(now):
        due = original(now)
        if not raced:
            raced.append(True)
            run(app, now)  # the other worker, in its own app context and session
        return due

    monkeypatch.setattr(notifications, "_due_memberships", read_then_lose_the_race)
    with seeding(app):
        loser = notifications.run_due(utcnow())

    assert loser.signatures == 0
    assert len(queued(app, "notify_signature")) == 1


def test_a_worker_that_lost_the_race_for_a_closing_notice_sends_nothing(app, team, monkeypatch):
    set_deadline(app, utcnow() - timedelta(minutes=1))
    original = notifications._claim_stamp
    raced: list[bool] = []

    def lose_the_race_first(statement_id, column, now):
        if not raced:
            raced.append(True)
            run(app, now)
        return original(statement_id, column, now)

    monkeypatch.setattr(notifications, "_claim_stamp", lose_the_race_first)
    with seeding(app):
        loser = notifications.run_due(utcnow())

    assert loser.closed == 0
    assert len(queued(app, "notify_closed")) == 3
    with seeding(app):
        count = db.session.execute(
            db.select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "statement.closed_notice_sent")
        ).scalar_one()
    assert count == 1


# --------------------------------------------------------------------------- how it runs


def test_flask_notifications_send_queues_what_is_due_and_says_so(app, team, runner):
    verify(app, "Latin America Working Group")
    set_deadline(app, utcnow() + timedelta(hours=40))

    result = runner.invoke(args=["notifications", "send"])

    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "queued 4: 1 new-signature, 0 digest, 3 deadline reminder, 0 closing notice"
    again = runner.invoke(args=["notifications", "send"])
    assert again.stdout.strip() == "queued 0: 0 new-signature, 0 digest, 0 deadline reminder, 0 closing notice"


def test_the_worker_loop_notifies_and_delivers_in_the_same_rounds(app, team, smtp):
    set_deadline(app, utcnow() - timedelta(minutes=1))
    stop = threading.Event()
    thread = threading.Thread(target=worker.run, args=(app, stop, 0.05), daemon=True)
    thread.start()
    try:
        assert wait_until(lambda: len(smtp.messages) >= 3)
    finally:
        stop.set()
        thread.join(timeout=5)
    assert sorted(str(m["To"]) for m in smtp.messages) == [BEN, CLEO, MARIA]
    assert {m["Subject"] for m in smtp.messages} == {f"Closed with 0 signatures: {TITLE}"}
