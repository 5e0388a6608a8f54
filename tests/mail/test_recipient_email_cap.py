"""The public forms can make Signon email any address typed into them, so one address gets at
most SIGNON_RECIPIENT_EMAILS_PER_HOUR (10) public emails an hour: confirmation links, "already
signed" answers and manage links. The rest are stored, marked "held: recipient cap", and never
sent, so nothing is lost silently. The cap is kept in the database: it holds with the rate
limiter off, and the forms answer as usual."""

from __future__ import annotations

from datetime import timedelta

import pytest
from flask import Flask

from signon import create_app
from signon.clock import utcnow
from signon.config import ConfigError
from signon.extensions import db
from signon.models import OutboxMessage
from signon.services.mail import outbox
from tests import factories
from tests.conftest import base_overrides
from tests.sessions import make_team, seeding

SLUG = "national-guard-letter"
SIGN = f"/s/{SLUG}/sign"
ANA = "ana@came.example.org"


@pytest.fixture
def statement(app: Flask) -> None:
    with seeding(app):
        factories.open_statement(SLUG)


def stored(app: Flask) -> list[OutboxMessage]:
    with app.app_context():
        rows = list(db.session.execute(db.select(OutboxMessage).order_by(OutboxMessage.id)).scalars())
        db.session.expunge_all()
        db.session.remove()
    return rows


def held(rows: list[OutboxMessage]) -> list[OutboxMessage]:
    return [m for m in rows if m.last_error.startswith("held: recipient cap")]


def sign_as(client, n: int, email: str = ANA):
    response = client.post(SIGN, data=factories.sign_form(organization=f"Organization number {n}", email=email))
    assert response.status_code == 303
    return response


def test_one_address_gets_ten_public_emails_an_hour_and_the_rest_are_held_not_sent(
    app, client, statement, send_outbox, smtp
):
    assert app.config["RATELIMIT_ENABLED"] is False  # the cap does not depend on the limiter
    for n in range(12):
        sign_as(client, n)

    report = send_outbox(retry_now=True)

    assert report.sent == 10
    assert len(smtp.to(ANA)) == 10
    rows = stored(app)
    assert len(rows) == 12, "a held message is still stored"
    assert [m.id for m in held(rows)] == [rows[10].id, rows[11].id]
    for message in held(rows):
        assert message.sent_at is None
        assert message.failed_at is not None
        assert message.kind == "verify"
    # The signatures themselves are all stored; only the flood of email stops.
    with seeding(app):
        assert db.session.execute(db.select(db.func.count()).select_from(factories.Signature)).scalar_one() == 12


def test_a_held_message_is_never_sent_by_later_rounds(app, client, statement, send_outbox, smtp):
    for n in range(11):
        sign_as(client, n)
    send_outbox()
    smtp.clear()
    assert send_outbox(retry_now=True).sent == 0
    assert smtp.messages == []


def test_the_cap_is_per_recipient(app, client, statement, send_outbox, smtp):
    for n in range(11):
        sign_as(client, n)
    sign_as(client, 99, email="joanna@kino.example.org")
    send_outbox()
    assert len(smtp.to("joanna@kino.example.org")) == 1


def test_the_cap_ignores_case_in_the_address(app, client, statement):
    for n in range(10):
        sign_as(client, n, email=ANA if n % 2 else ANA.upper())
    sign_as(client, 10, email="Ana@Came.Example.org")
    assert len(held(stored(app))) == 1


def test_already_signed_answers_and_resent_links_count_towards_the_cap(app, client, statement, send_outbox, smtp):
    sign_as(client, 99, email="joanna@kino.example.org")
    for _ in range(4):  # 1-4: Ana signs for an organization already signed by someone else
        sign_as(client, 99)
    sign_as(client, 0)  # 5: her own confirmation link
    for _ in range(4):  # 6-9: the same again, from the same address: the link again
        sign_as(client, 0)
    for _ in range(3):  # 10, then held
        assert client.post("/confirm/resend", data={"email": ANA}).status_code == 303
    rows = [m for m in stored(app) if m.recipient == ANA]
    assert [m.kind for m in rows] == ["already_signed"] * 4 + ["verify"] * 8
    assert len(held(rows)) == 2
    send_outbox()
    assert len(smtp.to(ANA)) == 10


def test_emails_sent_more_than_an_hour_ago_no_longer_count(app, client, statement, send_outbox, smtp):
    with seeding(app):
        earlier = utcnow() - timedelta(minutes=61)
        for _ in range(10):
            outbox.enqueue(earlier, recipient=ANA, subject="Confirm", text_body="link", kind="verify")
        db.session.commit()
    sign_as(client, 1)
    assert held(stored(app)) == []


def test_held_messages_do_not_count_so_a_flooded_address_gets_mail_again_an_hour_after_its_tenth(app):
    with seeding(app):
        start = utcnow() - timedelta(minutes=90)
        for minutes in [0] * 10 + [45] * 10:  # ten sent, then ten held 45 minutes later
            outbox.enqueue(start + timedelta(minutes=minutes), recipient=ANA, subject="s", text_body="t", kind="verify")
        db.session.commit()
        assert len(held(stored(app))) == 10
        # An hour after the ten that were sent; the held ones are more recent, but never arrived.
        assert outbox.enqueue(utcnow(), recipient=ANA, subject="s", text_body="t", kind="verify").failed_at is None
        db.session.rollback()


def test_emails_to_coordinators_are_not_capped(app, client):
    make_team(app)
    for _ in range(12):
        assert client.post("/password/forgot", data={"email": "maria@lawg.example.org"}).status_code == 303
    rows = stored(app)
    assert len(rows) == 12
    assert held(rows) == []


def test_other_kinds_of_email_are_neither_capped_nor_counted(app):
    with seeding(app):
        now = utcnow()
        for _ in range(10):
            outbox.enqueue(now, recipient=ANA, subject="s", text_body="t", kind="invitation")
        assert outbox.enqueue(now, recipient=ANA, subject="s", text_body="t", kind="verify").failed_at is None
        for _ in range(9):
            outbox.enqueue(now, recipient=ANA, subject="s", text_body="t", kind="manage_link")
        assert outbox.enqueue(now, recipient=ANA, subject="s", text_body="t", kind="already_signed").failed_at
        assert outbox.enqueue(now, recipient=ANA, subject="s", text_body="t", kind="letter_published").failed_at is None
        db.session.rollback()


def test_the_cap_is_set_by_its_variable_and_zero_switches_it_off(monkeypatch, migrated_database, smtp, tmp_path):
    monkeypatch.setenv("SIGNON_RECIPIENT_EMAILS_PER_HOUR", "0")
    app = create_app({**base_overrides(migrated_database, smtp.port), "SIGNON_EXPORT_CACHE": str(tmp_path)})
    assert app.config["SIGNON_RECIPIENT_EMAILS_PER_HOUR"] == 0
    with app.app_context():
        now = utcnow()
        messages = [outbox.enqueue(now, recipient=ANA, subject="s", text_body="t", kind="verify") for _ in range(12)]
        assert all(m.failed_at is None for m in messages)
        db.session.rollback()
    monkeypatch.setenv("SIGNON_RECIPIENT_EMAILS_PER_HOUR", "3")
    app = create_app({**base_overrides(migrated_database, smtp.port), "SIGNON_EXPORT_CACHE": str(tmp_path)})
    with app.app_context():
        messages = [outbox.enqueue(now, recipient=ANA, subject="s", text_body="t", kind="verify") for _ in range(4)]
        assert [m.failed_at is not None for m in messages] == [False, False, False, True]
        db.session.rollback()


def test_a_negative_cap_is_refused(migrated_database, smtp):
    with pytest.raises(ConfigError, match="SIGNON_RECIPIENT_EMAILS_PER_HOUR"):
        create_app({**base_overrides(migrated_database, smtp.port), "SIGNON_RECIPIENT_EMAILS_PER_HOUR": -1})
