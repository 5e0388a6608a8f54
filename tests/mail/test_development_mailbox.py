"""The development mailbox at /dev/mail/: outgoing email in the browser when no mail server is
set in development; never in production, never when a mail server is set."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from typing import Any

import pytest
from flask import Flask

from signon import create_app, worker
from signon.extensions import db as _db
from signon.models import OutboxMessage
from tests import factories
from tests.conftest import base_overrides, empty_tables

SIGNER = "ana@came.example.org"
SIGN_FORM = {
    "organization": "Centro de Atención al Migrante Exodus",
    "category": "international",
    "city": "Agua Prieta",
    "country": "Mexico",
    "contact_name": "Ana",
    "email": SIGNER,
    "authorized": "y",
}


def build(migrated_database: str, smtp_port: int, **settings: Any) -> Flask:
    return create_app({**base_overrides(migrated_database, smtp_port), **settings})


@pytest.fixture
def dev_app(migrated_database, smtp) -> Iterator[Flask]:
    # Posts a bare form, as a bot would: the minimum fill time is for the bot tests to check.
    app = build(migrated_database, smtp.port, SIGNON_ENV="development", MAIL_SERVER=None, SIGNON_MIN_FILL_SECONDS=0)
    yield app
    empty_tables(app)


def sign_through(app: Flask) -> None:
    with app.app_context():
        factories.open_statement()
        _db.session.remove()
    response = app.test_client().post("/s/national-guard-letter/sign", data=SIGN_FORM)
    assert response.status_code == 303


def outbox_rows(app: Flask) -> list[OutboxMessage]:
    with app.app_context():
        rows = list(_db.session.execute(_db.select(OutboxMessage).order_by(OutboxMessage.id)).scalars())
        _db.session.expunge_all()
        _db.session.remove()
    return rows


def test_in_development_without_a_mail_server_sent_email_is_listed_in_the_mailbox(dev_app, smtp):
    sign_through(dev_app)

    report = worker.send_once(dev_app)

    assert report.sent == 1
    (message,) = outbox_rows(dev_app)
    assert message.transport == "devmail"
    assert message.sent_at is not None
    assert smtp.messages == []
    page = dev_app.test_client().get("/dev/mail/")
    assert page.status_code == 200
    text = html.unescape(page.get_data(as_text=True))
    assert SIGNER in text
    assert message.subject in text
    assert f'href="/dev/mail/{message.id}"' in text


def test_the_mailbox_message_page_shows_a_confirmation_link_that_works(dev_app):
    sign_through(dev_app)
    worker.send_once(dev_app)
    (message,) = outbox_rows(dev_app)
    client = dev_app.test_client()

    page = client.get(f"/dev/mail/{message.id}")

    assert page.status_code == 200
    text = html.unescape(page.get_data(as_text=True))
    assert SIGNER in text
    link = re.search(r'href="http://signon\.example\.org(/confirm/[^"\s]+)"', text)
    assert link, text
    assert client.get(link.group(1)).status_code == 200
    assert client.post(link.group(1)).status_code == 303
    public = client.get("/s/national-guard-letter").get_data(as_text=True)
    assert "Centro de Atención al Migrante Exodus" in public


def test_the_mailbox_answers_404_for_a_message_that_does_not_exist(dev_app):
    client = dev_app.test_client()

    assert client.get("/dev/mail/999999").status_code == 404
    assert client.get(f"/dev/mail/{2**40}").status_code == 404


def test_the_mailbox_does_not_exist_in_production(migrated_database, smtp):
    app = build(migrated_database, smtp.port, SIGNON_ENV="production", MAIL_SERVER=None)
    client = app.test_client()

    assert client.get("/dev/mail/", base_url="http://signon.example.org").status_code == 404
    assert client.get("/dev/mail/1", base_url="http://signon.example.org").status_code == 404


def test_the_mailbox_does_not_exist_when_a_mail_server_is_set(migrated_database, smtp):
    app = build(migrated_database, smtp.port, SIGNON_ENV="development", SIGNON_MIN_FILL_SECONDS=0)
    try:
        client = app.test_client()
        assert client.get("/dev/mail/").status_code == 404
        sign_through(app)

        assert worker.send_once(app).sent == 1

        (message,) = outbox_rows(app)
        assert message.transport == "smtp"
        assert [str(m["To"]) for m in smtp.messages] == [SIGNER]
    finally:
        empty_tables(app)
